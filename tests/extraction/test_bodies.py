"""Recognisers/bodies.py: bodies by their suffix. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import bodies, suffixed_places
from tests.extraction.helpers import mentions, names, rels, run


def test_generic_bodies_are_not_nodes():
    doc = run("全镇共有一家企业和志愿服务队，希望合作社发展更好。")
    assert not names(doc, "Enterprise") | names(doc, "Organization") | names(doc, "Cooperative")


def test_unknown_word_names_a_project_and_quotes_do_not_open_names():
    doc = run("该村打造懒妖溪谷游乐场。“自从合作社成立以来，收入翻番。”")
    assert "懒妖溪谷游乐场" in names(doc, "Project")
    assert not names(doc, "Cooperative")


def test_generic_kinds_of_body_are_not_nodes():
    doc = run("柳林镇成立强村公司，推进强村项目。")
    assert not names(doc, "Enterprise") and not names(doc, "Project")


def test_generic_aid_projects_are_not_named():
    doc = run("工作队扎实推进农村产业帮促项目。")
    assert not names(doc, "Project")


def test_bodies_by_suffix_alone():
    found = mentions("王庄村果蔬专业合作社和青禾农业发展有限公司", suffixed_places.townships_and_villages,
                     bodies.bodies)
    assert {("Cooperative", "王庄村果蔬专业合作社"), ("Enterprise", "青禾农业发展有限公司")} <= found
    assert mentions("成立了一家合作社", bodies.bodies) == set()  # counted, not named


def test_a_bureau_glued_by_the_segmenter_to_what_follows_is_still_a_bureau():
    # the segmenter reads 局为 and 局局长 as words; 为 is a function character, 局长 the head's title
    doc = run("南乐县农业农村局为东岭村争取资金50万元。")
    assert "南乐县农业农村局" in names(doc, "Organization")
    doc = run("南乐县人社局局长王大明介绍了情况。")
    assert "南乐县人社局" in names(doc, "Organization")
    assert ("王大明", "南乐县人社局") in rels(doc, "HOLDS_POST")
    # 实践所|以: a suffix starting a dictionary word (所以) still ends no name
    assert not any(n.endswith("实践所") for n in names(run("东岭村新时代文明实践所以志愿服务为抓手。"), "Organization"))


def test_a_trade_word_before_a_bureau_suffix_is_part_of_the_bureau_name():
    doc = run("范县农业农村局局长王大明介绍了情况。")
    assert "范县农业农村局" in names(doc, "Organization") and "范县农业" not in names(doc, "Enterprise")


def test_a_project_named_after_its_facility_is_one_project():
    doc = run("青禾果业有限公司投资500万元建设的范县柳林镇东岭村冷链物流中心项目已投入使用。")
    projects = [e for e in doc.entities if e.type == "Project"]
    assert [p.name for p in projects] == ["东岭村冷链物流中心项目"]
    assert "东岭村冷链物流中心" in projects[0].aliases
    assert ("青禾果业有限公司", "东岭村冷链物流中心项目") in rels(doc, "INVESTS_IN")


def test_foundations_and_charities_are_organisations():
    doc = run("青山县慈善总会向石桥村捐赠助学金8万元。东川爱心基金会为柳塘村捐款5万元。")
    assert {"青山县慈善总会", "东川爱心基金会"} <= names(doc, "Organization")
    assert {("青山县慈善总会", "石桥村"), ("东川爱心基金会", "柳塘村")} <= rels(doc, "SUPPORTS")


def test_a_chamber_of_a_home_place_in_another_city():
    doc = run("宣恩县在汉商会积极响应“万企兴万村”行动，捐款30万元为水田村、龙潭村各修建一座产业桥。")
    assert "宣恩县在汉商会" in names(doc, "Organization")
    assert ("宣恩县在汉商会", "“万企兴万村”行动") in rels(doc, "IMPLEMENTS")


def test_an_adverb_and_verb_open_no_name_and_a_count_names_no_body():
    assert not names(run("2019年，村里已有羌绣专业合作社3家。"), "Cooperative")
    assert names(run("吉娜坪村还有羌绣专业合作社。"), "Cooperative") == {"羌绣专业合作社"}


def test_a_centre_of_public_service_is_an_institution():
    # 县农业技术推广中心, 县果业发展中心: public institutions (事业单位) with staff and heads, not facilities
    doc = run("青山县果业发展中心主任王志明带领技术服务队，常年在石桥镇开展服务。")
    assert "青山县果业发展中心" in names(doc, "Organization")
    assert ("王志明", "青山县果业发展中心") in rels(doc, "HOLDS_POST")
    doc = run("柳沟村建成了冷链物流中心。")
    assert "青山县果业发展中心" not in names(doc, "Organization") and not names(doc, "Organization")
