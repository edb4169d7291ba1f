"""Where things are (relations/located_in.py) and branches placed by their names (resolve.py): invented
sentences."""

from __future__ import annotations

from tests.extraction.relation_helpers import rels, run


def test_the_founder_is_the_subject_of_the_founding_clause():
    doc = run("平阴县南溪镇发展茶叶。随着集体经济扶持力度加大，石湾村成立了石湾茶叶专业合作社。")
    assert ("石湾茶叶专业合作社", "石湾村") in rels(doc, "LOCATED_IN")
    assert ("石湾茶叶专业合作社", "南溪镇") not in rels(doc, "LOCATED_IN")


def test_the_agent_of_you_founds():
    doc = run("平阴县南溪镇石湾村位于山区。据悉，石湾茶叶专业合作社由该村党支部书记牵头成立。")
    assert ("石湾茶叶专业合作社", "石湾村") in rels(doc, "LOCATED_IN")


def test_a_place_of_a_township_founds_in_its_own_clause():
    doc = run("平阴县南溪镇引导各村抱团发展；松坪镇的9个村成立松坪粮油农机发展有限公司，发展稻米产业。")
    located = rels(doc, "LOCATED_IN")
    assert ("松坪粮油农机发展有限公司", "松坪镇") in located
    assert ("松坪粮油农机发展有限公司", "南溪镇") not in located


def test_a_locative_verb_places_its_subject():
    doc = run("平阴县南溪镇积极发展产业。石湾村茶叶基地项目位于该镇柳塘村，面积200亩。")
    assert ("石湾村茶叶基地项目", "柳塘村") in rels(doc, "LOCATED_IN")


def test_a_natural_village_after_its_village():
    doc = run("平阴县南溪镇柳塘村上湾自然村由于线路老化，供电不足。")
    assert ("上湾自然村", "柳塘村") in rels(doc, "LOCATED_IN")


def test_a_branch_known_by_a_post_is_in_its_village():
    doc = run("平阴县南溪镇柳塘村发展茶叶。村党总支书记王某某说，今年收入翻番。")
    assert ("柳塘村党总支", "柳塘村") in rels(doc, "LOCATED_IN")


def test_a_villages_party_organisation_written_two_ways_is_one():
    doc = run("平阴县南溪镇柳塘村党总支书记王某某牵头成立合作社。柳塘村党支部书记王某某介绍了经验。")
    branches = {e.name for e in doc.entities if e.type == "Branch"}
    assert branches == {"柳塘村党总支"}


def test_villages_that_found_a_body_named_after_their_city_and_the_framing_township():
    doc = run("平阴县发展茶叶。在南溪镇，石湾村、柳塘村联合组建起平阴县青禾农业发展有限公司，抱团发展。")
    located = {(a, b) for a, b in rels(doc, "LOCATED_IN") if a.endswith("青禾农业发展有限公司")}
    assert {b for _a, b in located} >= {"石湾村", "柳塘村", "南溪镇"}


def test_a_place_inside_a_preposition_is_no_frame():
    doc = run("平阴县南溪镇发展茶叶。在石湾村的帮助下，柳塘村成立了柳塘茶叶专业合作社。")
    located = rels(doc, "LOCATED_IN")
    assert ("柳塘茶叶专业合作社", "柳塘村") in located
    assert ("柳塘茶叶专业合作社", "石湾村") not in located


def test_a_partner_of_a_joint_founding_is_no_founded_body():
    doc = run("平阴县南溪镇发展茶叶。2019年，南溪镇整合资金，与青山农园有限公司共同注资成立青禾农业有限公司。")
    located = rels(doc, "LOCATED_IN")
    assert ("青禾农业有限公司", "南溪镇") in located
    assert ("青山农园有限公司", "南溪镇") not in located


def test_a_body_named_with_what_its_county_goes_by_is_in_the_county():
    doc = run("梁山县刘庄村发展养殖。刘庄村因地制宜，成立梁山青禾种植专业合作社，由党支部领办。")
    assert ("梁山青禾种植专业合作社", "梁山县") in rels(doc, "LOCATED_IN")


def test_bodies_listed_as_projects_that_land_are_in_the_township():
    doc = run("聊城市东昌府区柳林镇加快发展。实现鑫禾公司冷链、青山学校等项目落地实施，带动就业。")
    assert ("青山学校项目", "柳林镇") in rels(doc, "LOCATED_IN") or ("青山学校", "柳林镇") in rels(doc, "LOCATED_IN")


def test_a_project_in_a_sentence_a_village_frames_is_in_the_village():
    doc = run("平阴县南溪镇发展养殖。在柳塘村，张某某走访了青禾合作社母牛养殖基地。")
    assert ("青禾合作社母牛养殖基地", "柳塘村") in rels(doc, "LOCATED_IN")


def test_a_project_of_a_village_by_its_de_is_in_the_village():
    doc = run("眼下，在平阴县南溪镇柳塘村的青山技术服务中心项目现场，车辆穿梭。")
    assert ("青山技术服务中心项目", "柳塘村") in rels(doc, "LOCATED_IN")


def test_a_place_inside_a_help_frame_places_nothing():
    doc = run("平阴县南溪镇发展养殖。在柳塘村的帮助下，青禾养殖专业合作社建起了牛棚。")
    assert ("青禾养殖专业合作社", "柳塘村") not in rels(doc, "LOCATED_IN")


def test_a_village_placed_by_a_chain_is_not_also_in_the_items_township():
    doc = run("平阴县南溪镇发展茶叶。10月26日，石门镇柳塘村举行分红大会。一大早，柳塘村村委大院便人声鼎沸。")
    located = rels(doc, "LOCATED_IN")
    assert ("柳塘村", "石门镇") in located and ("柳塘村", "南溪镇") not in located


def test_a_township_placed_by_a_chain_is_not_also_in_the_items_county():
    doc = run("平阴县发展茶叶。积石山县石门乡柳塘村举行分红大会。近年来，石门乡柳塘村壮大集体经济。")
    located = rels(doc, "LOCATED_IN")
    assert ("石门乡", "积石山保安族东乡族撒拉族自治县") in located and ("石门乡", "平阴县") not in located


def test_a_village_in_a_known_township_is_not_straight_in_the_county():
    doc = run("平阴县南溪镇柳塘村发展茶叶。据平阴县柳塘村党支部书记王某某介绍，村里成立了合作社。")
    located = rels(doc, "LOCATED_IN")
    assert ("柳塘村", "南溪镇") in located and ("柳塘村", "平阴县") not in located


def test_a_village_named_after_its_county_first_then_its_township_keeps_the_township():
    doc = run("据平阴县柳塘村党支部书记王某某介绍，村里成立了合作社。平阴县南溪镇柳塘村发展茶叶。")
    located = rels(doc, "LOCATED_IN")
    assert ("柳塘村", "南溪镇") in located and ("柳塘村", "平阴县") not in located
