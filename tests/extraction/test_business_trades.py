"""Brand + trade companies (recognisers/businesses.py): every sentence here is invented."""

from __future__ import annotations

from tests.extraction.relation_helpers import names, run


def test_a_brand_before_a_common_trade_is_a_company():
    doc = run("平阴县南溪镇柳塘村引进瑞丰机械，带动村民就业。")
    assert "瑞丰机械" in names(doc, "Enterprise")


def test_cement_is_a_trade():
    doc = run("平阴县南溪镇柳塘村与泓晟水泥签订用工协议。")
    assert "泓晟水泥" in names(doc, "Enterprise")



def test_a_brand_and_trade_inside_a_company_name_are_that_company():
    doc = run("青山村引进柳溪市翠禾服饰有限公司，发展服装加工。")
    assert "翠禾服饰" not in names(doc, "Enterprise")
    assert names(doc, "Enterprise") & {"翠禾服饰有限公司", "柳溪市翠禾服饰有限公司"}
