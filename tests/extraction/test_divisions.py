"""Recognisers/divisions.py: provinces, cities and counties the division table names. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import divisions
from tests.extraction.helpers import mentions, names, rels, run


def test_county_that_became_a_city():
    doc = run("子长市安定镇发展红枣产业。")
    assert "子长市" in names(doc, "County")
    assert ("子长市", "延安市") in rels(doc, "LOCATED_IN")


def test_autonomous_county_by_its_written_form():
    doc = run("景东县文井镇发展茶产业。")
    assert "景东彝族自治县" in names(doc, "County")
    assert ("文井镇", "景东彝族自治县") in rels(doc, "LOCATED_IN")


def test_a_township_suffix_does_not_start_a_county_short_name():
    # 青和镇|康竹沙村 holds the county short name 镇康 across the boundary
    doc = run("青和镇康竹沙村与广州某企业合作。")
    assert not names(doc, "County") and "康竹沙村" in names(doc, "Village")
    kept = run("近日，镇康南伞镇的茶叶丰收。")  # at a clause start it is the county
    assert "镇康县" in names(kept, "County")


def test_a_province_named_in_passing_is_the_same_node_as_everywhere():
    doc = run("与山东、四川、湖南等地的蔬菜供销商签订产销协议。")
    keys = {e.name: e.key for e in doc.entities if e.type == "Province"}
    assert keys.get("山东省") == "Province|370000", keys


def test_division_names_and_province_short_names_alone():
    assert mentions("山东省聊城市东昌府区", divisions.gazetteer_places) == {
        ("Province", "山东省"), ("City", "聊城市"), ("County", "东昌府区")}
    # a short name followed by a verb of aid is the province; followed by a name character it is not
    assert mentions("浙江对口帮扶", divisions.province_short_names) == {("Province", "浙江省")}
    assert mentions("浙江大学", divisions.province_short_names) == set()


def test_development_zone_named_after_its_place():
    assert mentions("聊城经济开发区", divisions.development_zones) == {("County", "聊城经济开发区")}


def test_a_function_word_before_县_is_no_county_unless_a_division_comes_before():
    doc = run("在鑫禾公司和县农业农村局的帮助下，青山村建成冷库。")
    assert "和县" not in names(doc, "County")
    doc = run("马鞍山市和县的青山村建成冷库。")
    assert "和县" in names(doc, "County")


def test_a_banner_written_by_its_short_form():
    # 科右中旗 is how Inner Mongolia writes 科尔沁右翼中旗; the township after it keeps its own name
    doc = run("科右中旗巴彦呼舒镇党委书记介绍，全镇今年新建牛舍120座。")
    assert "科尔沁右翼中旗" in names(doc, "County")
    assert "巴彦呼舒镇" in names(doc, "Township") and "旗巴彦呼舒镇" not in names(doc, "Township")
    assert ("巴彦呼舒镇", "科尔沁右翼中旗") in rels(doc, "LOCATED_IN")
    # a land of two characters is not shortened: 巴左旗 names nothing
    assert "巴林左旗" not in names(run("巴左旗的牧民今年增收。"), "County")


def test_a_county_name_that_closes_a_verb_of_appointment_is_none():
    # 原任|县农业农村局: 任县 is a county, but here 任 closes 原任 and 县 is the level
    doc = run("黄某原任县农业农村局经济作物站副站长。")
    assert "任县" not in names(doc, "County") and "任县农业农村局" not in names(doc, "Organization")
    assert "任县" in names(run("邢台市任县乡村振兴局局长王某说。"), "County")
