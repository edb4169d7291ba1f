"""References resolved to the item's own nodes (ingest/references.py): invented sentences."""

from __future__ import annotations

from tests.extraction.relation_helpers import rels, run


def test_village_reference_receives_help():
    doc = run("平阴县南溪镇石湾村发展茶叶。2019年，鑫禾公司结对帮扶该村后，村里建起了茶厂。")
    assert ("鑫禾公司", "石湾村") in rels(doc, "SUPPORTS")


def test_bare_branch_is_the_items_village_branch():
    doc = run("平阴县南溪镇石湾村党支部书记王某说。去年，在村党支部的帮助下，我们建起了茶厂。")
    assert ("石湾村党支部", "石湾村") in rels(doc, "SUPPORTS")


def test_bare_team_is_the_items_team():
    doc = run("鑫禾公司驻柳塘村工作队走访农户。驻村工作队投入资金80万元，帮助村里修路。")
    assert rels(doc, "INVESTS_IN").get(("鑫禾公司驻柳塘村工作队", "柳塘村")) == {"amount_yuan": 800000}


def test_a_bare_team_that_acts_in_an_article_about_one_village_is_that_villages_team():
    doc = run("平阴县南溪镇石湾村发展茶叶。驻村扶贫工作队累计投入资金约80万元，帮助村里修路。")
    assert ("石湾村驻村扶贫工作队", "石湾村") in rels(doc, "SUPPORTS")
    assert ("石湾村驻村扶贫工作队", "石湾村") in rels(doc, "LOCATED_IN")
    assert rels(doc, "INVESTS_IN")[("石湾村驻村扶贫工作队", "石湾村")]["amount_yuan"] == 800000


def test_a_bare_team_that_does_nothing_or_has_two_villages_to_serve_is_no_node():
    doc = run("平阴县南溪镇石湾村发展茶叶。驻村工作队的同志们走访了农户。")
    assert not any("工作队" in a for a, _ in rels(doc, "LOCATED_IN"))
    doc = run("平阴县南溪镇石湾村、河湾村发展茶叶。驻村工作队投入资金80万元，帮助村里修路。")
    assert not any("工作队" in a for a, _ in rels(doc, "SUPPORTS"))


def test_the_villages_committees_found_for_the_village():
    doc = run("平阴县南溪镇石湾村发展茶叶。2019年，由村“两委”班子带头成立青禾茶叶专业合作社。")
    assert ("青禾茶叶专业合作社", "石湾村") in rels(doc, "LOCATED_IN")


def test_the_whole_township_founds_its_company():
    doc = run("平阴县南溪镇发展茶叶。全镇成立青禾农业发展有限公司，统一销售茶叶。")
    assert ("青禾农业发展有限公司", "南溪镇") in rels(doc, "LOCATED_IN")


def test_a_company_written_after_its_county_is_one_argument():
    doc = run("平阴县南溪镇柳塘村发展养殖。柳塘村股份经济合作社与平阴县青山农业发展有限公司合作，流转土地44亩。")
    assert not any(b == "平阴县" for _a, b in rels(doc, "SUPPORTS"))


def test_gai_cun_is_the_village_the_last_sentence_was_about():
    doc = run("平阴县南溪镇发展茶叶。柳塘村是南溪镇6个茶叶村之一，与石湾村相邻。2016年，鑫禾公司结对帮扶该村后，村里建起茶厂。")
    helps = rels(doc, "SUPPORTS")
    assert ("鑫禾公司", "柳塘村") in helps and ("鑫禾公司", "石湾村") not in helps


def test_two_villages_counted_found_together():
    doc = run("平阴县南溪镇柳塘村和石湾村山水相连。为了让村民致富，两个兄弟村庄联手经营，去年成立了青禾种植专业合作社。")
    located = rels(doc, "LOCATED_IN")
    assert ("青禾种植专业合作社", "柳塘村") in located and ("青禾种植专业合作社", "石湾村") in located


def test_the_word_village_after_a_help_verb_is_the_items_village_but_other_villages_are_not():
    doc = run("平阴县南溪镇石湾村发展艾草。第一书记王某帮助村庄制定了艾草产业规划。")
    assert ("王某", "石湾村") in rels(doc, "SUPPORTS")
    doc = run("平阴县南溪镇石湾村发展艾草。南溪镇推广庭院种植，引导其他村庄整治“三堆”、开展“四净”。")
    assert set(rels(doc, "IMPLEMENTS")) == {("南溪镇", "四净")}


def test_gongsi_is_the_company_whose_name_ends_in_gongsi():
    # a quoted workshop named after the company is the body named last, but 公司 is the company
    doc = run("青禾白茶有限公司董事长潘某介绍，公司在王庄村开设“共富工坊”，吸纳村民就业。今年，公司又投资800万元，"
              "在王庄村建设青禾白茶文化体验馆。")
    assert ("青禾白茶有限公司", "青禾白茶文化体验馆") in rels(doc, "INVESTS_IN")


def test_hezuoshe_is_the_farmers_cooperative_not_the_village_collective():
    doc = run("王庄村青禾水稻种植专业合作社成立于2019年。2023年，李庄村股份经济合作社出资100万元成立旅游公司。"
              "县农商银行为合作社发放贷款1200万元，帮助合作社开设直营店。")
    assert any(t.endswith("青禾水稻种植专业合作社") for _, t in rels(doc, "SUPPORTS"))
    assert not any(t == "李庄村股份经济合作社" for _, t in rels(doc, "SUPPORTS"))
