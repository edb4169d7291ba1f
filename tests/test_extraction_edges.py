"""Rules that keep extraction right on articles it was not tuned on: name edges decided by the
division table, posts in title chains, support written around its ends, evidence that names both
ends. Every sentence here is our own; none comes from the sample corpus."""

from __future__ import annotations

from tests.test_extraction import names, rels, run


def test_words_glued_before_a_village_are_not_its_name():
    # 能为 is glued to the name by the segmenter; the table knows no village 能为建仪村
    doc = run("柳林镇引进农机，每年能为王庄村节约成本10万元。")
    assert "王庄村" in names(doc, "Village")
    assert not any(n.startswith("能为") for n in names(doc, "Village"))


def test_known_reading_takes_back_a_direction_character():
    # 下竹洋村 is in the division table; the part-of-speech rule alone would cut 下 off
    doc = run("石后乡不断为下竹洋村产业引来资金。")
    assert "下竹洋村" in names(doc, "Village")


def test_short_county_name_fused_with_a_township():
    doc = run("蕉城石后乡上竹洋村发展茶叶产业。")
    assert "石后乡" in names(doc, "Township")
    assert "蕉城区" in names(doc, "County")
    assert ("石后乡", "蕉城区") in rels(doc, "LOCATED_IN")


def test_city_short_name_before_a_township_is_not_part_of_it():
    doc = run("肇庆罗源镇发展特色农业。")
    assert "罗源镇" in names(doc, "Township") and "肇庆罗源镇" not in names(doc, "Township")


def test_common_word_place_name_the_table_knows():
    doc = run("近年来，统一镇党委坚持因地制宜。")
    assert "统一镇" in names(doc, "Township")


def test_generic_village_words_are_not_villages():
    doc = run("柳林镇着力消除集体经济空壳村，名誉村主任孙立业捐资建桥。")
    assert not names(doc, "Village") & {"空壳村", "名誉村", "集体经济空壳村"}


def test_village_before_inner_words():
    doc = run("12月1日，柳林镇王庄村内热闹非凡。")
    assert "王庄村" in names(doc, "Village")


def test_autonomous_county_by_its_written_form():
    doc = run("景东县文井镇发展茶产业。")
    assert "景东彝族自治县" in names(doc, "County")
    assert ("文井镇", "景东彝族自治县") in rels(doc, "LOCATED_IN")


def test_person_name_ends_before_a_verb():
    doc = run("柳林镇王庄村党支部书记孙明远念着名单，给村民发分红。")
    assert "孙明远" in names(doc, "Official")
    doc = run("柳林镇王庄村第一书记罗樊希望带领群众致富。")
    assert "罗樊" in names(doc, "Official")


def test_post_through_a_qualifier():
    doc = run("柳林镇王庄村驻村第一书记赵德华说，今年收成好。")
    assert ("赵德华", "王庄村") in rels(doc, "HOLDS_POST")
    doc = run("柳林镇王庄村的第一书记周海涛和大家交流。")
    assert ("周海涛", "王庄村") in rels(doc, "HOLDS_POST")


def test_two_titles_in_one_chain():
    doc = run("柳林镇王庄村党总支书记、主任钱玉兰告诉记者，冷库已建成。")
    assert {("钱玉兰", "王庄村党总支"), ("钱玉兰", "王庄村")} <= rels(doc, "HOLDS_POST")
    assert "王庄村党支部" not in names(doc, "Branch")  # 支书 inside 党总支书记 is no title


def test_village_party_secretary_short_title():
    doc = run("柳林镇王庄村村支书李长河带头种植。")
    assert ("李长河", "王庄村党支部") in rels(doc, "HOLDS_POST")
    post = next(r for r in doc.relations if r.type == "HOLDS_POST")
    assert post.properties["title"] == "书记"


def test_honorary_title_makes_a_person():
    doc = run("柳林镇王庄村迎来新到任的名誉村主任孙立业。")
    assert "孙立业" in names(doc, "Person") and "孙立业" not in names(doc, "Official")
    assert ("孙立业", "王庄村") in rels(doc, "HOLDS_POST")


def test_person_speaking_for_a_bureau_named_by_kind():
    doc = run("范县柳林镇发展大棚。县农业农村局李建平表示，要把产业做实。")
    assert ("李建平", "范县农业农村局") in rels(doc, "HOLDS_POST")
    assert ("范县农业农村局", "范县") in rels(doc, "LOCATED_IN")


def test_work_team_named_after_sender_and_place():
    doc = run("为推进乡村振兴，省委驻范县乡村振兴帮扶工作队聚焦柳林镇产业发展。")
    assert "省委驻范县乡村振兴帮扶工作队" in names(doc, "Organization")
    assert ("省委驻范县乡村振兴帮扶工作队", "范县") in rels(doc, "LOCATED_IN")


def test_support_under_someones_help():
    doc = run("在省委驻范县乡村振兴工作队的大力帮扶下，王庄村今年收入突破百万元。")
    assert ("省委驻范县乡村振兴工作队", "王庄村") in rels(doc, "SUPPORTS")


def test_support_by_the_sentence_subject_in_an_earlier_clause():
    doc = run("由华泰公司投入帮扶资金40万元，帮助王庄村建成大棚。")
    assert ("华泰公司", "王庄村") in rels(doc, "SUPPORTS")


def test_paired_and_cooperating_bodies():
    doc = run("柳林镇王庄村与李庄村结对帮扶，共同发展。")
    assert ("王庄村", "李庄村") in rels(doc, "SUPPORTS")
    doc = run("柳林镇供销社与王庄村合作，提供托管服务。")
    assert ("柳林镇供销社", "王庄村") in rels(doc, "SUPPORTS")


def test_bank_credit_is_support_with_its_amount():
    doc = run("柳林镇举办活动。范县农商银行还为该镇授信2亿元。")
    by_id = {e.id: e.name for e in doc.entities}
    credit = [r for r in doc.relations if r.type == "SUPPORTS" and by_id[r.source] == "范县农商银行"]
    assert credit and by_id[credit[0].target] == "柳林镇"
    assert credit[0].properties["credit_yuan"] == 200_000_000


def test_evidence_is_the_sentence_naming_both_ends():
    doc = run("柳林镇位于范县东部。柳林镇王庄村种植大棚。王庄村建成冷库。该村还开展培训。")
    by_id = {e.id: e.name for e in doc.entities}
    rel = next(r for r in doc.relations if r.type == "LOCATED_IN" and by_id[r.source] == "王庄村")
    assert [e.sentence for e in rel.evidence] == ["柳林镇王庄村种植大棚。"]
