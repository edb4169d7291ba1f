"""Short forms folded into the full name (ingest/variants.py): invented sentences."""

from __future__ import annotations

from tests.extraction.helpers import rels
from tests.extraction.relation_helpers import names, run


def test_team_without_its_station_is_the_full_team():
    doc = run("鑫禾公司驻平阴县南溪镇柳塘村工作队走访农户。在鑫禾公司驻工作队的帮扶下，柳塘村人均收入提高。")
    teams = {e.name: e.aliases for e in doc.entities if e.type == "Organization"}
    assert "鑫禾公司驻工作队" not in teams
    assert "鑫禾公司驻工作队" in teams["鑫禾公司驻平阴县南溪镇柳塘村工作队"]


def test_company_and_group_of_one_stem_are_one_node():
    doc = run("青山集团在平阴县投资建厂。青山公司还为柳塘村修建道路。")
    assert "青山集团" in names(doc, "Enterprise") and "青山公司" not in names(doc, "Enterprise")


def test_a_cooperative_without_its_trade_is_the_full_cooperative():
    doc = run("平阴县南溪镇柳塘村成立青禾养殖专业合作社。据悉，青禾合作社由该村党支部书记牵头成立。")
    assert "青禾养殖专业合作社" in names(doc, "Cooperative") and "青禾合作社" not in names(doc, "Cooperative")


def test_a_short_cooperative_name_that_fits_two_full_ones_stays():
    doc = run("平阴县南溪镇柳塘村成立了青禾茶叶专业合作社。石湾村成立了青禾养蜂专业合作社。青禾合作社已分红。")
    coops = names(doc, "Cooperative")
    assert {"青禾茶叶专业合作社", "青禾养蜂专业合作社"} <= coops


def test_a_team_written_without_one_kind_word_is_the_same_team():
    doc = run("东川省委政法委驻村工作组助农增收。由东川省委政法委选派干部组成的驻村扶贫工作组入驻柳塘村。")
    teams = {e.name: e.aliases for e in doc.entities if e.type == "Organization" and e.name.endswith("工作组")}
    assert list(teams) == ["东川省委政法委驻村扶贫工作组"]
    assert "东川省委政法委驻村工作组" in teams["东川省委政法委驻村扶贫工作组"]


def test_a_group_written_with_its_company_kind_and_a_school_without_its_university_are_one_node():
    from tests.extraction.helpers import names as entity_names
    from tests.extraction.helpers import run as run_article

    doc = run_article("平阴县南溪镇石湾村发展茶叶。鑫禾集团股份有限公司投资300万元建设冷库。鑫禾公司还提供了岗位。"
                      "青禾农业大学园艺学院与石湾村签订协议。园艺学院派出专家指导。")
    assert "鑫禾公司" not in entity_names(doc, "Enterprise") and "园艺学院" not in entity_names(doc, "Organization")
    assert "青禾农业大学园艺学院" in entity_names(doc, "Organization")


def test_a_group_named_in_full_keeps_its_legal_form_and_its_short_form_later():
    # 某某集团|有限公司: one name, the legal form included; 闽禾集团 later is that company (brand + kind word)
    doc = run("这个项目由福建青禾食品集团有限公司投资1.2亿元建设。青禾集团还与王庄村签订收购协议。")
    assert names(doc, "Enterprise") == {"福建青禾食品集团有限公司"}


def test_a_stake_with_no_object_goes_to_the_project_named_before_it():
    doc = run("总投资2600万元的青山窑洞民宿项目由山西青禾文旅开发有限公司建设，王庄村以28孔闲置窑洞入股，占股20%。")
    assert ("王庄村", "青山窑洞民宿项目") in rels(doc, "INVESTS_IN")
    doc = run("2023年，青禾公司在王庄村建设青禾脆李深加工项目。项目所用的30亩土地，由李庄村以集体建设用地入股。")
    assert ("李庄村", "青禾脆李深加工项目") in rels(doc, "INVESTS_IN")


def test_a_company_short_form_leaves_out_its_products():
    # 枣香公司 of 枣香红枣制品有限公司: the nouns of what it makes come off as a trade does
    doc = run("东湾村与晋丰源食品有限公司共同出资成立临县枣香红枣制品有限公司。枣香公司建成3条生产线，带动东湾村农户增收。")
    assert "枣香公司" not in names(doc, "Enterprise")
    assert any("枣香红枣制品有限公司" in n for n in names(doc, "Enterprise"))
