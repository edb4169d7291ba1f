"""Person_names.py: where a personal name ends. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction import person_names
from tests.extraction.helpers import names, rels, run


def test_person_name_ends_before_a_verb():
    doc = run("柳林镇王庄村党支部书记孙明远念着名单，给村民发分红。")
    assert "孙明远" in names(doc, "Official")
    doc = run("柳林镇王庄村第一书记罗樊希望带领群众致富。")
    assert "罗樊" in names(doc, "Official")


def test_a_speech_verb_after_a_two_character_name_is_not_part_of_it():
    doc = run("王庄村党支部书记、村委会主任张强说，今年要扩大种植。")
    assert "张强" in names(doc, "Official") and "张强说" not in names(doc, "Official")
    doc = run("柳林镇党委书记李文表示，要抓好产业。")
    assert "李文" in names(doc, "Official")


def test_a_one_character_verb_before_an_aspect_particle_is_not_part_of_the_name():
    doc = run("柳林镇王庄村村民赵亮种了二十亩茶叶，去年收入八万元。")
    assert "赵亮" in names(doc, "Person") and "赵亮种" not in names(doc, "Person")
    doc = run("王庄村党支部书记孙明远念着名单，村民钱小兰听着。")
    assert "孙明远" in names(doc, "Official")


def test_an_adverb_after_the_name_opens_the_predicate():
    doc = run("柳林镇副镇长杨光也到王庄村检查工作。")
    assert "杨光" in names(doc, "Official") and "杨光也" not in names(doc, "Official")


def test_characters_that_open_a_longer_dictionary_word_are_no_name():
    from ruralkg.ingest.extraction.person_names import name_at

    assert name_at("群众齐聚一堂，共同庆祝", 2) is None
    assert name_at("书记张强说", 2) == "张强"


def test_a_verb_starting_at_the_third_character_ends_a_two_character_name():
    doc = run("柳林镇东岭村第一书记王明来自省农科院。")
    assert "王明" in names(doc, "Official") and "王明来" not in names(doc, "Official")


def test_a_word_of_another_kind_at_the_third_character_keeps_a_three_character_name():
    doc = run("街道党工委书记庞立志在培训班上作了动员讲话。")
    assert "庞立志" in names(doc, "Official")


def test_a_particle_ends_no_name():
    doc = run("东岭村在驻村第一书记王磊的带领下发展香菇种植。")
    assert "王磊" in names(doc, "Official") and "王磊的" not in names(doc, "Official")


def test_a_given_name_jieba_lists_as_a_rare_adverb_stays_in_the_name():
    # 立新 is an adverb jieba saw a few dozen times; 王立新 before 担任 is one name
    doc = run("青山镇党委书记王立新担任柳塘村党支部第一书记。")
    assert "王立新" in names(doc, "Official")
    assert ("王立新", "柳塘村党支部") in rels(doc, "HOLDS_POST")


def test_a_speech_verb_after_three_characters_closes_a_three_character_name():
    # 明说 is a dictionary word; the speech verb after the third character still closes the name
    doc = run("石桥村党支部书记方德明说，今年要把茶园扩大一倍。")
    assert "方德明" in names(doc, "Official") and "方德" not in names(doc, "Official")


def test_a_transliterated_name_keeps_every_part_joined_by_the_interpunct():
    doc = run("合作社理事长、村党支部书记艾力·买买提说，今年收成好。")
    assert "艾力·买买提" in names(doc, "Official")
    doc = run("村党支部书记古丽·吐尔逊带领群众种植红枣。")
    assert "古丽·吐尔逊" in names(doc, "Official")


def test_already_after_a_name_opens_the_predicate():
    doc = run("东岗村第一书记邵晨已是第二次来到这里。")
    assert "邵晨" in names(doc, "Official") and "邵晨已" not in names(doc, "Official")


def test_ze_after_a_name_opens_the_predicate():
    doc = run("石桥村第一书记杨帆则把直播间搬进了茶山。")
    assert "杨帆" in names(doc, "Official") and "杨帆则" not in names(doc, "Official")


def test_a_long_transliterated_name_without_the_interpunct():
    s = "嘎查党支部书记乌力吉木仁介绍，今年牧民人均增收3000元。"
    assert person_names.name_before_speech(s, s.index("乌")) == "乌力吉木仁"
    s = "村党支部书记带领村民们说干就干。"
    assert person_names.name_before_speech(s, s.index("带")) is None
