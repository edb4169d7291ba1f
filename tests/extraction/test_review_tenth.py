"""The tenth session's review: sentences a helper wrote to break the session's rules (all invented).

Each test pins what SCHEMA asks on a sentence where a rule of the session first went wrong."""

from __future__ import annotations

from tests.extraction.helpers import names, rels, run

_ITEM = "柳林镇青禾村位于山区。"


def test_a_class_noun_after_a_preposition_does_not_make_its_object_the_giver():
    doc = run(_ITEM + "县农商银行向龙头企业柳林县青禾果业有限公司授信500万元，带动青禾村300户增收。")
    assert not any(s == "青禾果业有限公司" for s, _ in rels(doc, "SUPPORTS"))


def test_a_sent_cadre_acts_only_in_a_time_frame():
    doc = run(_ITEM + "县农业农村局派驻青禾村第一书记张某，投入资金20万元为青禾村建设冷库。")
    assert ("县农业农村局", "青禾村") in rels(doc, "INVESTS_IN")


def test_the_partner_of_a_time_frame_is_no_giver():
    doc = run(_ITEM + "与柳林县青禾果业有限公司签约后，投入资金100万元建设青禾村冷库。")
    assert not any(s == "青禾果业有限公司" for s, _ in rels(doc, "INVESTS_IN"))


def test_a_counted_kind_is_not_the_articles_one_project():
    doc = run("青禾村建成了青禾村红茶产业园。近年来，县农业农村局累计投入资金2000万元，在全县建设产业园12个。")
    assert not any(t == "青禾村红茶产业园" for _, t in rels(doc, "INVESTS_IN"))


def test_a_verb_and_a_level_office_are_no_township():
    doc = run("县卫健局投入资金200万元新建镇卫生院，方便青禾村群众就医。")
    assert "新建镇" not in names(doc, "Township")


def test_该局_is_the_office_the_sentence_named_last():
    doc = run(_ITEM + "县交通运输局和县农业农村局联合召开现场会。县交通运输局局长王某表示，该局将继续支持青禾村。")
    assert ("县交通运输局", "青禾村") in rels(doc, "SUPPORTS")
    assert ("县农业农村局", "青禾村") not in rels(doc, "SUPPORTS")


def test_a_pronoun_that_was_an_object_or_speaks_gives_nothing():
    doc = run(_ITEM + "村民王某在外经商多年。青禾村党支部书记李某找到他，他当即为家乡青禾村捐资10万元。")
    assert ("李某", "青禾村") not in rels(doc, "SUPPORTS")
    doc = run(_ITEM + "县农业农村局局长张某到村调研，他表示将投入资金50万元支持青禾村建设冷库。")
    assert ("张某", "青禾村") not in rels(doc, "SUPPORTS")


def test_a_count_of_things_a_named_body_has_keeps_the_body():
    doc = run(_ITEM + "金穗种植合作社5个大棚全部建成，带动青禾村30户增收。")
    assert "金穗种植合作社" in names(doc, "Cooperative")


def test_a_noun_opening_with_a_manner_adverb_stays_in_the_name():
    doc = run("柳林县青禾果业有限公司共同富裕示范基地落地青禾村。")
    assert any(n.endswith("共同富裕示范基地") for n in names(doc, "Project"))


def test_a_village_using_help_funds_is_not_helping():
    doc = run(_ITEM + "青禾村用上级帮扶资金50万元投资青禾村种植专业合作社。")
    assert not any(s == "青禾村" for s, _ in rels(doc, "SUPPORTS"))


def test_two_places_paired_as_equals_help_neither():
    doc = run("青禾村与浙江省安吉县余村结成对子，学习发展经验。")
    assert not rels(doc, "SUPPORTS")


def test_units_only_of_paired_aid_teams():
    doc = run("省委驻青禾村工作队和平小组负责联系脱贫户。")
    assert "省委驻青禾村工作队" in names(doc, "Organization")


def test_a_bracketed_place_is_no_short_name_but_a_bracketed_shortening_is():
    doc = run("柳林镇青禾村股份经济合作社（青禾村）成立。")
    assert "青禾村" in names(doc, "Village")
    doc = run("柳河县农村商业银行（柳河县农商银行）对合作社整体授信1000万元。")
    assert names(doc, "Organization") == {"柳河县农村商业银行"}
