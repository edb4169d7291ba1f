"""Recognisers/teams.py: work teams named after their place and sender. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import suffixed_places, teams
from tests.extraction.helpers import mentions, names, rels, run


def test_work_team_named_after_sender_and_place():
    doc = run("为推进乡村振兴，省委驻范县乡村振兴帮扶工作队聚焦柳林镇产业发展。")
    assert "省委驻范县乡村振兴帮扶工作队" in names(doc, "Organization")
    assert ("省委驻范县乡村振兴帮扶工作队", "范县") in rels(doc, "LOCATED_IN")


def test_a_team_after_its_place_and_sender_alone():
    found = mentions("市委组织部驻王庄村帮扶工作队进村", suffixed_places.townships_and_villages, teams.teams)
    assert ("Organization", "市委组织部驻王庄村帮扶工作队") in found
    assert mentions("帮扶工作队进村", teams.teams) == set()  # no place: no named team


def test_a_team_named_after_its_sender_with_no_station():
    doc = run("青禾县柳塘村位于山区。他们就是兴农银行东川省分行驻村帮扶工作队队长王青山及两名队员。")
    assert "兴农银行东川省分行驻村帮扶工作队" in names(doc, "Organization")
    assert "兴农银行东川省分行" in names(doc, "Organization")
    assert ("王青山", "兴农银行东川省分行驻村帮扶工作队") in rels(doc, "HOLDS_POST")


def test_a_committee_office_sends_a_team():
    doc = run("东川省委政法委驻村扶贫工作组帮扶成效初显。")
    assert "东川省委政法委驻村扶贫工作组" in names(doc, "Organization")


def test_a_bare_team_names_no_team():
    doc = run("驻村工作队积极帮助群众。")
    assert not names(doc, "Organization")


def test_a_village_read_across_zhu_is_the_station_after_it():
    found = mentions("青禾大学驻柳屯村乡村振兴工作队结合学校优势。该公司驻桑青村工作队帮助村里。",
                     suffixed_places.townships_and_villages, teams.teams)
    assert {("Organization", "青禾大学驻柳屯村乡村振兴工作队"), ("Village", "柳屯村")} <= found
    assert ("Organization", "驻桑青村工作队") in found and ("Village", "桑青村") in found
    assert not any("驻" in name for typ, name in found if typ == "Village")


def test_a_team_formed_by_a_sender_is_named_after_it():
    doc = run("由东川省委政法委从机关选派两名干部组成的驻村扶贫工作组，入驻平阴县柳塘村进行帮扶。")
    assert "东川省委政法委驻村扶贫工作组" in names(doc, "Organization")
    assert ("东川省委政法委驻村扶贫工作组", "柳塘村") in rels(doc, "SUPPORTS")
    assert ("柳塘村", "柳塘村") not in rels(doc, "SUPPORTS")


def test_the_team_a_relative_clause_describes_acts_not_its_sender():
    doc = run("由青山县农业农村局派出的驻村工作队进驻柳塘村，帮助村里发展产业。")
    supports = rels(doc, "SUPPORTS")
    assert ("青山县农业农村局驻村工作队", "柳塘村") in supports
    assert ("青山县农业农村局", "柳塘村") not in supports


def test_a_unit_of_an_aid_team_named_after_the_county_it_serves():
    doc = run("福建省援宁工作队西吉工作组组长、西吉县委常委、副县长林某某介绍。")
    assert "福建省援宁工作队西吉工作组" in names(doc, "Organization")
    assert "福建省援宁工作队" not in names(doc, "Organization")
    doc = run("上海市第十批援藏干部联络组江孜小组组长张某某介绍。")
    assert "上海市第十批援藏干部联络组江孜小组" in names(doc, "Organization")


def test_a_place_sends_a_team():
    doc = run("柳河县选派干部组成吉林省柳河县驻柳林镇工作队。")
    assert "吉林省柳河县驻柳林镇工作队" in names(doc, "Organization")


def test_the_body_that_sends_a_team_is_a_node_named_in_full():
    doc = run("在达嘎村，日喀则市人民医院驻达嘎村工作队深入开展义诊活动。")
    assert {"日喀则市人民医院", "日喀则市人民医院驻达嘎村工作队"} <= names(doc, "Organization")
    doc = run("恩施州交通运输局驻石门坎村工作队队长覃某某介绍。")
    assert "恩施土家族苗族自治州交通运输局" in names(doc, "Organization")
    # a name cut at a conjunction is no sender: 林业和|草原局
    assert "草原局" not in names(run("内蒙古自治区林业和草原局驻宝力格嘎查工作队进驻以来，成效明显。"), "Organization")


def test_team_members_after_a_conjunction_in_an_article_with_one_team():
    from tests.extraction.helpers import posts_held
    held = posts_held("青山县农业农村局驻王庄村工作队进驻以来，队长邵某带领队员走访农户。工作队入驻后，邵某和队员吴昊、"
                      "陈晓丽跑遍了全村。")
    assert any(p == "吴昊" and b.endswith("驻王庄村工作队") and t == "队员" for p, b, t in held)


def test_a_department_named_with_he_sends_a_team_under_its_full_name():
    # 林业和草原局, 人力资源和社会保障厅: 和 joins the department's two words and ends no name
    doc = run("内蒙古自治区林业和草原局驻乌兰陶勒盖嘎查工作队队长那日苏带着队员走访牧户。")
    assert "内蒙古自治区林业和草原局驻乌兰陶勒盖嘎查工作队" in names(doc, "Organization")
    assert not any(n.startswith("草原局") for n in names(doc, "Organization"))


def test_the_sender_of_a_team_starts_after_a_verb_of_forming_it():
    # X院选派干部组成|X院驻Y村工作队: the clause of sending is no part of the sender's name
    doc = run("青山省农业科学院选派干部组成青山省农业科学院驻柳沟乡桃园村工作队，队员住进了村里。")
    orgs = names(doc, "Organization")
    assert "青山省农业科学院驻柳沟乡桃园村工作队" in orgs and not any(n.startswith("干部") for n in orgs)


def test_a_town_team_of_the_bangzhen_fucun_scheme_keeps_its_sender():
    doc = run("广州市海珠区驻连江口镇帮镇扶村工作队全面推行“一村一策”。")
    assert "广州市海珠区驻连江口镇帮镇扶村工作队" in names(doc, "Organization") and not names(doc, "Village")
