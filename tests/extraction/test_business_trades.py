"""Brand + trade companies (recognisers/businesses.py): every sentence here is invented."""

from __future__ import annotations

from tests.extraction.relation_helpers import names, run


def test_a_brand_before_a_common_trade_is_a_company():
    doc = run("平阴县南溪镇柳塘村引进瑞丰机械，带动村民就业。")
    assert "瑞丰机械" in names(doc, "Enterprise")


def test_cement_is_a_trade():
    doc = run("平阴县南溪镇柳塘村与泓晟水泥签订用工协议。")
    assert "泓晟水泥" in names(doc, "Enterprise")

