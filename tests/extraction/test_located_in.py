"""Relations/located_in.py: LOCATED_IN. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import located_in
from tests.extraction.helpers import names, relations, rels, run


def test_place_chain_and_gazetteer_above():
    doc = run("近日，聊城市东昌府区柳林镇王庄村举办了丰收节。")
    assert {"柳林镇"} <= names(doc, "Township") and "王庄村" in names(doc, "Village")
    assert ("王庄村", "柳林镇") in rels(doc, "LOCATED_IN") and ("柳林镇", "东昌府区") in rels(doc, "LOCATED_IN")
    assert ("东昌府区", "聊城市") in rels(doc, "LOCATED_IN") and ("聊城市", "山东省") in rels(doc, "LOCATED_IN")


def test_a_company_a_village_brings_in_is_in_the_village_even_if_named_after_its_city():
    doc = run("为壮大实体经济,青石村党支部引进宁德市远山农业发展有限公司,共同开发林下经济。")
    located = rels(doc, "LOCATED_IN")
    assert any(src.endswith("远山农业发展有限公司") and dst == "青石村" for src, dst in located), located
    founded = run("在安定镇,三个村联动注册成立子长市联村农业发展有限公司。")
    assert not any(dst == "安定镇" and "公司" in src for src, dst in rels(founded, "LOCATED_IN"))


def test_place_chains_alone():
    assert relations("聊城市东昌府区柳林镇王庄村建成冷库。", [located_in.place_chains]) == {
        ("LOCATED_IN", "东昌府区", "聊城市"), ("LOCATED_IN", "柳林镇", "东昌府区"), ("LOCATED_IN", "王庄村", "柳林镇")}


def test_a_body_named_with_a_townships_stem_is_in_that_township():
    doc = run("柳林街道新时代文明实践站启动。柳林商会组织会员企业参与志愿服务。")
    assert ("柳林商会", "柳林街道") in rels(doc, "LOCATED_IN")


def test_a_project_built_at_a_place_written_with_zai_is_there():
    doc = run("今年4月，白沙镇引进青禾食品有限公司，投资800万元在王庄村建设青禾小米深加工项目。")
    assert {("青禾小米深加工项目", "王庄村"), ("青禾小米深加工项目", "白沙镇")} <= rels(doc, "LOCATED_IN")
    doc = run("青禾公司在王庄村建设青禾冷库项目。")
    assert ("青禾冷库项目", "王庄村") in rels(doc, "LOCATED_IN")
    assert ("青禾公司", "王庄村") not in rels(doc, "LOCATED_IN")  # the builder is not what is built


def test_a_project_built_where_the_money_is_spent():
    # 在X镇投资N元建设Y: the money spent between the place and the verb of building
    doc = run("深圳鹏瑞丝绸有限公司在凌云县加尤镇投资1.2亿元建设鹏瑞凌云缫丝厂。")
    assert ("鹏瑞凌云缫丝厂", "加尤镇") in rels(doc, "LOCATED_IN")
