"""Fixes from a helper's review of the eleventh session's rules. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, posts_held, rels, run


def test_a_price_adverbial_keeps_the_named_cooperative_after_its_verb():
    doc = run("吉农种业有限公司以保底价收购丰禾村玉米种植专业合作社的玉米。")
    assert "丰禾村玉米种植专业合作社" in names(doc, "Cooperative")


def test_a_business_title_after_two_businesses_is_not_guessed():
    held = posts_held("丰禾村股份经济合作社将土地流转给吉农种业有限公司，董事长张立新表示，村集体每年可增收20万元。")
    assert not any(p == "张立新" for p, _, _ in held)


def test_a_member_of_another_team_is_not_the_work_teams():
    held = posts_held("丰禾村驻村工作队帮扶村民发展产业。丰禾村秧歌队队员王桂兰说，日子越过越好。")
    assert not any(p == "王桂兰" for p, _, _ in held)


def test_a_contractor_that_builds_is_no_investor():
    doc = run("丰禾村村部改造项目由梨树县宏达建筑工程有限公司建设，资金来自省级财政衔接资金。")
    assert not rels(doc, "INVESTS_IN")


def test_departments_named_with_he_whatever_the_word_after_it():
    doc = run("梨树县文化和旅游局为丰禾村开展乡村旅游培训。")
    assert ("梨树县文化和旅游局", "丰禾村") in rels(doc, "SUPPORTS") and ("梨树县", "丰禾村") not in rels(doc, "SUPPORTS")
    assert "梨树县住房和城乡建设局" in names(run("梨树县住房和城乡建设局帮扶丰禾村。"), "Organization")


def test_a_company_branch_is_in_the_place_it_serves():
    doc = run("吉农种业有限公司梨树县分公司今年销售种子200吨。")
    assert ("吉农种业有限公司梨树县分公司", "梨树县") in rels(doc, "LOCATED_IN")


def test_ren_of_a_past_post_ends_the_company_name():
    held = posts_held("孙立平，丰禾村土生土长的“玉米状元”，曾任吉农种业有限公司总经理，2021年当选丰禾村党支部书记。")
    assert ("孙立平", "吉农种业有限公司", "总经理") in held


def test_a_bureau_glued_to_zhu_before_its_cadre_is_named():
    doc = run("梨树县农业农村局驻丰禾村第一书记何建国，为村里争取资金80万元建设冷链仓储中心。")
    assert "梨树县农业农村局" in names(doc, "Organization")
    assert ("何建国", "丰禾村") in rels(doc, "SUPPORTS") and ("梨树县", "丰禾村") not in rels(doc, "SUPPORTS")
