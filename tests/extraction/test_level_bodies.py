"""Recognisers/level_bodies.py: bodies written with a bare level. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import level_bodies
from tests.extraction.helpers import mentions, names, rels, run


def test_a_bare_level_body_is_named_with_the_articles_place_of_that_level():
    doc = run("平阴县南溪镇柳塘村发展养殖。县政协副主席王青山一行到柳塘村调研。")
    assert "平阴县政协" in names(doc, "Organization")
    assert ("王青山", "平阴县政协") in rels(doc, "HOLDS_POST")
    alias = next(e for e in doc.entities if e.name == "平阴县政协").aliases
    assert "县政协" in alias


def test_a_level_that_ends_a_word_or_a_deputys_title_names_no_body():
    assert mentions("开发区人大代表和县人大代表李某发言", level_bodies.level_bodies) == set()
    assert mentions("区人大常委会和县委组织部联合调研", level_bodies.level_bodies) == {
        ("Organization", "区人大常委会"), ("Organization", "县委组织部")}


def test_with_two_places_of_the_level_the_written_form_stays():
    doc = run("平阴县与东阿县合作。县委组织部派出干部。")
    assert "县委组织部" in names(doc, "Organization")


def test_a_bare_level_department_or_public_body_is_the_articles():
    assert mentions("县交通运输局和镇卫生院、县供销社联合开展义诊", level_bodies.level_offices) == {
        ("Organization", "县交通运输局"), ("Organization", "镇卫生院"), ("Organization", "县供销社")}
    doc = run("平阴县南溪镇柳塘村发展茶叶。在县农科院的支持下，该村引进了新品种。")
    assert ("平阴县农科院", "柳塘村") in rels(doc, "SUPPORTS")


def test_a_level_character_inside_a_word_or_a_verb_before_the_kind_names_no_body():
    assert mentions("市场监督管理局和区域发展局到村调研", level_bodies.level_offices) == set()
    assert mentions("县里帮助建设局面", level_bodies.level_offices) == set()


def test_a_clause_that_opens_with_a_partner_keeps_the_left_out_subject():
    doc = run("平阴县南溪镇发展茶叶。与县林业局联合，南溪镇组织开展“护林保绿”行动。")
    assert ("南溪镇", "“护林保绿”行动") in rels(doc, "IMPLEMENTS")
    doc = run("平阴县南溪镇发展茶叶。南溪镇实施生态优先战略。与县林业局联合，先后组织开展“护林保绿”行动。")
    assert ("平阴县林业局", "“护林保绿”行动") not in rels(doc, "IMPLEMENTS")


def test_a_provinces_department_ends_in_ting_and_a_common_word_in_ju_is_no_office():
    assert ("Organization", "省财政厅") in mentions("省财政厅和县交通运输局到村调研", level_bodies.level_offices)
    doc = run("平阴县南溪镇柳塘村发展茶叶。山东省农业农村厅定点帮扶柳塘村。柳塘村顾全大局，形成了产业发展新格局。")
    assert ("山东省农业农村厅", "柳塘村") in rels(doc, "SUPPORTS")
    assert not any(n.endswith("局") for n in names(doc, "Organization"))


def test_a_bureau_named_by_its_level_holds_the_post_of_the_title_after_it():
    doc = run("南乐县东岭村今年发展肉牛养殖。县乡村振兴局副局长韩梅告诉记者，全县已消除薄弱村。")
    assert ("韩梅", "南乐县乡村振兴局") in rels(doc, "HOLDS_POST")
    # a level character glued into a word the segmenter does not make there (县乡|村振兴局) still opens it
    assert "南乐县乡村振兴局" in names(doc, "Organization")


def test_a_county_or_townships_stations_and_offices_are_its_bodies():
    doc = run("县农技站技术人员定期到柳河村开展技术指导。")
    assert "县农技站" in names(doc, "Organization")
    assert ("县农技站", "柳河村") in rels(doc, "SUPPORTS")
    assert "镇文化站" in names(run("镇文化站为柳河村送去图书500册。"), "Organization")


def test_a_prefecture_office_by_its_level():
    doc = run("恩施州石门坎村位于山区。州交通运输局先后投入资金150万元，为村里修通产业路。")
    assert "恩施土家族苗族自治州交通运输局" in names(doc, "Organization")
