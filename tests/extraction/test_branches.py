"""Recognisers/branches.py: Party organisations. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import branches, divisions, suffixed_places
from tests.extraction.helpers import mentions, names, posts_held, rels, run


def test_branch_is_named_after_its_place():
    doc = run("范县龙王庄镇前进村村党支部领办了前进种植专业合作社。")
    assert "前进村党支部" in names(doc, "Branch")
    assert ("前进村党支部", "前进种植专业合作社") in rels(doc, "LEADS")


def test_branch_of_part_of_a_village():
    doc = run("范县龙王庄镇前进村东组党支部书记韩立新介绍了情况。")
    assert "前进村东组党支部" in names(doc, "Branch")
    assert ("韩立新", "前进村东组党支部") in rels(doc, "HOLDS_POST")


def test_branch_kinds_after_their_owner_alone():
    found = mentions("柳林镇王庄村党支部领办合作社", suffixed_places.townships_and_villages, branches.owned_branches)
    assert ("Branch", "王庄村党支部") in found
    assert mentions("王庄村党支部", branches.owned_branches) == set()  # no owner found before it


def test_branches_listed_alone_and_county_committees():
    assert mentions("联合老井支部、羊厩房支部开展活动", branches.listed_branches) == {
        ("Branch", "老井党支部"), ("Branch", "羊厩房党支部")}
    assert ("Branch", "东昌府区委") in mentions("东昌府区委书记", divisions.gazetteer_places,
                                                branches.county_committees)


def test_a_department_written_right_after_a_county_committee_is_an_organisation_there():
    doc = run("南乐县委组织部选派王大明担任柳林镇东岭村第一书记。")
    assert "南乐县委组织部" in names(doc, "Organization")
    assert ("南乐县委组织部", "南乐县") in rels(doc, "LOCATED_IN")


def test_a_branch_founded_under_a_name_of_its_own():
    doc = run("在桐湾镇，柳塘村、河湾村联合成立双带双促联合党总支。")  # SCHEMA's founding-place example
    assert "双带双促联合党总支" in names(doc, "Branch")
    assert {("双带双促联合党总支", p) for p in ("柳塘村", "河湾村", "桐湾镇")} <= rels(doc, "LOCATED_IN")
    # kinds of branch, a preposition, the kind of a cooperative a branch leads: no branch of that name
    assert not names(run("村里成立了临时党支部。"), "Branch")
    assert not names(run("镇里成立以镇党委书记为组长的工作专班。"), "Branch")
    assert "青禾旺党支部" not in names(run("该村成立青禾旺党支部领办合作社。"), "Branch")


def test_a_verb_before_a_branch_kind_is_no_part_of_a_village():
    assert "柳塘村成立了党支部" not in names(run("柳塘村成立了党支部。"), "Branch")


def test_a_joint_branch_named_after_its_place_is_founded_and_referred_to_by_its_kind():
    text = ("2022年，东岗村、楼南村联合成立柳林镇茶叶产业联合党委。在联合党委领办下，两村共同出资成立柳林镇富民茶叶专业合作社。"
            "联合党委书记由东岗村党支部书记赵长明兼任。")
    doc = run(text)
    assert "柳林镇茶叶产业联合党委" in names(doc, "Branch")
    assert ("柳林镇茶叶产业联合党委", "柳林镇富民茶叶专业合作社") in rels(doc, "LEADS")
    assert ("赵长明", "柳林镇茶叶产业联合党委", "书记") in posts_held(text)
    assert "东岗村企联合党委" in names(run("东岗村党支部与青禾公司党支部组建东岗村企联合党委。"), "Branch")


def test_a_place_founding_a_plain_branch_names_no_joint_one():
    doc = run("柳林镇成立茶叶产业党委，统筹全镇茶产业发展。")
    assert "柳林镇茶叶产业党委" not in names(doc, "Branch")


def test_a_banner_committee_and_its_head():
    doc = run("科右中旗委副书记、旗长白某某表示，全旗正深入实施攻坚行动。")
    assert "科尔沁右翼中旗委" in names(doc, "Branch")
    assert ("白某某", "科尔沁右翼中旗") in rels(doc, "HOLDS_POST")
