"""Recognisers/suffixed_places.py: townships and villages by their suffix. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import suffixed_places
from tests.extraction.helpers import mentions, names, rels, run


def test_village_after_township_keeps_stop_characters():
    doc = run("江口县官和乡官和村村委会组织分红。")
    assert "官和乡" in names(doc, "Township") and "官和村" in names(doc, "Village")
    assert ("官和村", "官和乡") in rels(doc, "LOCATED_IN")


def test_county_short_name_with_村_is_not_a_village():
    doc = run("桦甸村党支部领办合作社达86个\n\n桦甸市全面推进村党支部领办合作社。")
    assert "桦甸村" not in names(doc, "Village") and "桦甸村党支部" not in names(doc, "Branch")


def test_village_before_inner_words():
    doc = run("12月1日，柳林镇王庄村内热闹非凡。")
    assert "王庄村" in names(doc, "Village")


def test_a_suffix_that_starts_a_word_is_skipped():
    assert mentions("柳林镇王庄村村民代表", suffixed_places.townships_and_villages) == {
        ("Township", "柳林镇"), ("Village", "王庄村")}
    assert mentions("镇长到村民家中", suffixed_places.townships_and_villages) == set()


def test_a_preposition_ending_the_word_before_is_no_part_of_the_name():
    doc = run("得益于柳林镇的支持，青山村建成冷库。")
    assert "柳林镇" in names(doc, "Township") and "于柳林镇" not in names(doc, "Township")
    # 于 + one character + 乡 is a county's short name (湘乡 → 湘乡市), not a township
    assert mentions("得益于湘乡、宁乡两地协作", suffixed_places.townships_and_villages) == {("County", "湘乡市")}
    assert "于家村" in names(run("工作队进驻在于家村。"), "Village")  # a name that starts with 于


def test_a_village_before_its_committees_closes_at_its_suffix():
    doc = run("东岭村委会主任王大明说，今年收成好。")
    assert "东岭村" in names(doc, "Village")
    assert ("王大明", "东岭村") in rels(doc, "HOLDS_POST")
    assert "东岭村" in names(run("东岭村“两委”班子带领群众种植烟叶。"), "Village")
    # the next title in a chain is no village (书记兼|村委会主任)
    doc = run("东岭村党支部书记兼村委会主任王大明说。")
    assert names(doc, "Village") == {"东岭村"}


def test_a_rare_time_word_of_the_dictionary_is_part_of_a_name():
    # jieba's dictionary tags 上石 and 今乐 as time words it saw a few times: no evidence against a name
    doc = run("上石乡青苗村成立了果蔬合作社。据了解，今乐镇红旗村也成立了合作社。")
    assert {"上石乡", "今乐镇"} <= names(doc, "Township") and ("青苗村", "上石乡") in rels(doc, "LOCATED_IN")
    # a time word jieba knows well still stops a name
    assert names(run("今年村里成立了果蔬合作社。"), "Village") == set()


def test_a_known_village_before_a_longer_word_than_a_village_word_is_the_village():
    # 村道, 村小 are words (a village road, a village school), but 石门村|道路 and 石门村|小学 are read
    # with a longer word after 村, and 石门村 is a village the division table knows
    assert ("Village", "石门村") in mentions("县财政拨付资金50万元用于石门村道路硬化。", suffixed_places.townships_and_villages)
    assert ("Village", "石门村") in mentions("石门村小学新建了教学楼。", suffixed_places.townships_and_villages)
    # no village is called 新硬化村: 村道路 is the village roads
    assert not mentions("全镇今年新硬化村道路5公里。", suffixed_places.townships_and_villages)


def test_a_township_the_table_knows_may_hold_村():
    # 次村乡, 阎村镇 are townships of the division table; a stem with 村 the table lacks stays no township
    assert ("Township", "次村乡") in mentions("次村乡党委书记介绍，今年全乡种植谷子3万亩。",
                                            suffixed_places.townships_and_villages)
    assert ("Township", "阎村镇") in mentions("记者走进阎村镇的田间地头。", suffixed_places.townships_and_villages)
    assert not any(t == "Township" for t, _ in mentions("王家村乡亲们说，日子越过越好。",
                                                        suffixed_places.townships_and_villages))


def test_a_嘎查_right_after_its_苏木_keeps_a_long_mongolian_name():
    # 乌兰 is also a county's short name (乌兰县), but no county stands between a 苏木 and its 嘎查
    found = mentions("记者走进宝力格苏木乌兰查干敖包嘎查，棚圈里牛羊成群。", suffixed_places.townships_and_villages)
    assert ("Village", "乌兰查干敖包嘎查") in found and ("County", "乌兰县") not in found


def test_a_township_the_table_knows_may_be_named_by_a_verb():
    # 擂鼓 is a verb for jieba; 擂鼓镇 is a township of the division table, and a project is named after it
    doc = run("两家公司与擂鼓镇共同打造擂鼓镇羌绣产业园。")
    assert "擂鼓镇" in names(doc, "Township") and "擂鼓镇羌绣产业园" in names(doc, "Project")


def test_a_known_township_keeps_a_first_character_the_rule_cut_off():
    # 吾 reads as a pronoun, but 吾库萨克镇 is a township of the table; 在|X镇 keeps its preposition out
    assert ("Township", "吾库萨克镇") in mentions("公司还向吾库萨克镇捐资50万元。", suffixed_places.townships_and_villages)
