"""Recognisers/body_lists.py: bodies in lists closed by a category word. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import body_lists
from tests.extraction.helpers import mentions, names, run


def test_companies_listed_before_a_category_word():
    doc = run("镇里协调修正药业、鑫源集团等企业入驻园区。")
    assert {"修正药业", "鑫源集团"} <= names(doc, "Enterprise")


def test_a_company_list_after_a_long_list_of_villages_is_still_read():
    villages = "、".join(f"{a}{b}村" for a in "东西南北上下前后大小" for b in "河山岭坪塘湾沟桥庄寨")
    doc = run(f"柳林镇{villages}等村，引进华康药业、鑫源集团等企业。")
    assert {"华康药业", "鑫源集团"} <= names(doc, "Enterprise")


def test_a_list_closed_by_a_category_word_alone():
    assert mentions("引进华康药业、鑫源集团等企业", body_lists.listed_enterprises) == {
        ("Enterprise", "华康药业"), ("Enterprise", "鑫源集团")}
    assert ("Enterprise", "洪保公司") in mentions("引进了洪保、万华等公司", body_lists.enumerated_bodies)
