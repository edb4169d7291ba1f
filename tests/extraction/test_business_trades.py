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


def test_agriculture_is_a_trade_but_not_inside_a_longer_company_name():
    doc = run("青山村引进翠禾农业，又成立柳溪市森茂农业发展有限公司。")
    assert "翠禾农业" in names(doc, "Enterprise")
    assert "森茂农业" not in names(doc, "Enterprise")
    assert not {"现代农业", "生态农业"} & names(run("柳林镇发展现代农业和生态农业。"), "Enterprise")


def test_an_estate_after_a_brand_is_a_company():
    doc = run("青山县柳塘村以投资80万元的翠湖庄园蓝莓种植项目为依托，发展采摘游。")
    assert "翠湖庄园" in names(doc, "Enterprise")


def test_a_name_before_a_descriptive_noun_starts_the_brand():
    doc = run("青山县柳塘村依托古树群发展农文旅，溪美生态庄园已建成民宿。")
    assert "溪美生态庄园" in names(doc, "Enterprise")
    assert "生态庄园" not in names(doc, "Enterprise")


def test_a_trade_before_a_facility_kind_names_the_facility_not_a_business():
    assert "冷链物流" not in names(run("柳塘村与瑞丰公司合作建设冷链物流中心。"), "Enterprise")
    assert "电商物流" not in names(run("青山县建成电商物流产业园。"), "Enterprise")



def test_a_trade_inside_a_facility_kind_names_no_business():
    # 冷链物流园: 物流园 runs past the trade 物流, so the facility is named, not a company 冷链物流
    doc = run("总投资4500万元的桃园坪村猕猴桃冷链物流园今年6月建成。")
    assert not names(doc, "Enterprise") and "桃园坪村猕猴桃冷链物流园" in names(doc, "Project")
