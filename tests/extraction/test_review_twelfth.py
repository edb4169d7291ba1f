"""Fixes from the review of the twelfth session's rules (every sentence invented)."""

from __future__ import annotations

from tests.extraction.relation_helpers import names, rels, run


def test_money_for_the_people_of_a_place_is_still_the_givers():
    doc = run("瑞丰公司为村民投资80万元修建石湾村便民桥。")
    assert rels(doc, "INVESTS_IN")[("瑞丰公司", "石湾村便民桥")]["amount_yuan"] == 800000


def test_people_who_take_stakes_give_no_body_money():
    doc = run("石湾村位于青山镇，村党支部领办青禾种植专业合作社，组织本村40户村民以现金入股。")
    assert not any(s == "石湾村" for s, _ in rels(doc, "INVESTS_IN"))


def test_a_count_or_rank_ending_after_one_name_character_is_a_village():
    doc = run("苏百村党支部书记王强介绍，邢万村也发展了产业。")
    assert {"苏百村", "邢万村"} <= names(doc, "Village")


def test_the_help_verb_right_after_the_moneys_kind():
    doc = run("瑞丰公司投入50万元帮扶资金扶持石湾村合作社。")
    assert ("瑞丰公司", "石湾村合作社") in rels(doc, "INVESTS_IN")


def test_an_office_set_up_is_no_project():
    doc = run("县农商银行设立石湾村金融服务站。")
    assert "石湾村金融服务站" not in names(doc, "Project")


def test_experts_help_only_with_a_service_in_their_clause():
    assert not rels(run("青山县农业技术推广中心派出3名专家到石湾村调研。"), "SUPPORTS")
    assert not rels(run("中国农业大学的专家到石湾村考察，认为当地发展服务业条件成熟。"), "SUPPORTS")


def test_credit_to_each_of_a_list_with_fenbie():
    got = rels(run("县农商银行为石湾村、河湾村分别授信500万元。"), "SUPPORTS")
    assert got[("县农商银行", "石湾村")]["credit_yuan"] == got[("县农商银行", "河湾村")]["credit_yuan"] == 5000000


def test_a_villages_school_is_no_university():
    doc = run("中国海洋大学帮扶石湾村多年。瑞丰公司向学校捐赠图书1000册。")
    assert ("瑞丰公司", "中国海洋大学") not in rels(doc, "SUPPORTS")


def test_a_group_is_no_company_of_another_name():
    doc = run("瑞丰食品公司在石湾村建设冷库。集团董事长王强说，明年还要扩建。")
    assert ("王强", "瑞丰食品公司") not in rels(doc, "HOLDS_POST")


def test_a_purchase_agreement_that_does_not_say_who_buys():
    doc = run("青禾茶叶合作社与瑞丰公司签订种苗采购协议，从公司购买茶苗。")
    assert ("瑞丰公司", "青禾茶叶合作社") not in rels(doc, "SUPPORTS")
