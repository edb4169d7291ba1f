"""Recognisers/businesses.py: businesses without a suffix. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import businesses
from tests.extraction.helpers import mentions, names, rels, run


def test_small_businesses_named_in_quotes():
    doc = run("他在村里办起了别具特色的“山居人家”民宿，又接连开办“稻香小院”“知味斋”。")
    assert {"山居人家", "稻香小院", "知味斋"} <= names(doc, "Enterprise")


def test_quoted_businesses_and_brands_before_a_trade_alone():
    assert mentions("村民开办了“稻香小院”，还有“山居人家”民宿", businesses.quoted_businesses) == {
        ("Enterprise", "稻香小院"), ("Enterprise", "山居人家")}
    assert mentions("引进恒昌粮油、德润机电", businesses.trade_enterprises) == {
        ("Enterprise", "恒昌粮油"), ("Enterprise", "德润机电")}


def test_a_central_enterprise_by_its_short_name():
    doc = run("中国石化定点帮扶柳河县已有10年。")
    assert "中国石化" in names(doc, "Enterprise")
    assert ("中国石化", "柳河县") in rels(doc, "SUPPORTS")
    # inside a longer name it is no node of its own
    doc = run("国家电网青山县供电公司定点帮扶柳河村。")
    assert "国家电网" not in names(doc, "Enterprise")
    assert "中国电子" not in names(run("柳河村获评中国电子商务示范村。"), "Enterprise")  # inside a longer word
