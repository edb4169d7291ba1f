"""Recognisers/short_names.py and the folding of declared short names. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, rels, run


def test_a_declared_short_name_is_the_same_body():
    doc = run("在柳林镇石桥村，村党支部牵头成立青山县石桥茶旅发展有限公司（以下简称石桥公司）。石桥公司带动200户增收。")
    (company,) = [e for e in doc.entities if e.type == "Enterprise"]
    assert company.name.endswith("石桥茶旅发展有限公司") and "石桥公司" in company.aliases
    assert ("石桥村党支部", company.name) in rels(doc, "LEADS")


def test_a_short_name_in_quotation_marks_and_a_bracket_that_declares_nothing():
    doc = run("青禾农业发展有限公司（简称“青禾农业”）投资300万元建设青禾农业冷链项目。")
    assert names(doc, "Enterprise") == {"青禾农业发展有限公司"}
    doc = run("青禾农业发展有限公司（民营企业）投资300万元。")
    assert not any(e.aliases for e in doc.entities if e.name == "青禾农业发展有限公司")


def test_a_declared_short_name_no_shortening_rule_would_find():
    doc = run("柳林县农村商业银行（以下简称柳林农商银行）设立助农服务点。柳林农商银行为石桥村授信500万元。")
    banks = [e for e in doc.entities if e.type == "Organization" and "银行" in e.name]
    assert len(banks) == 1 and "柳林农商银行" in banks[0].aliases
    assert (banks[0].name, "石桥村") in rels(doc, "SUPPORTS")


def test_a_bracket_with_a_shortening_declares_a_short_name():
    doc = run("其中，广西田东锦华农业发展有限公司（锦华农业）与渠怀村结对，投入220万元建设渠怀村芒果干加工车间。"
              "锦华农业还收购芒果3000吨。")
    assert names(doc, "Enterprise") == {"广西田东锦华农业发展有限公司"}
    assert ("广西田东锦华农业发展有限公司", "渠怀村芒果干加工车间") in rels(doc, "INVESTS_IN")
