"""Recognisers/village_lists.py: villages named in lists sharing one suffix. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import village_lists
from tests.extraction.helpers import mentions, names, rels, run


def test_enumerated_villages_take_the_suffix():
    doc = run("范县龙王庄镇大力扶持东岗、楼南两村发展大棚蔬菜。")
    assert {"东岗村", "楼南村"} <= names(doc, "Village")
    aliases = {a for e in doc.entities for a in e.aliases}
    assert {"东岗", "楼南"} <= aliases


def test_a_sentence_listing_thousands_of_villages_keeps_every_village_and_its_township():
    # the index of mention spans keeps this linear; every village must still be found and placed
    stems = [a + b for a in "东西南北上下前后大小" for b in "河山岭坪塘湾沟桥庄寨"]  # 100 distinct stems
    villages = [f"{s}{k}村" for k in "一二三四五六七八九十" for s in stems][:1000]
    doc = run("青山县柳林镇近年来，" + "、".join(villages) + "等村全部实现通水。")
    found = names(doc, "Village")
    assert set(villages) <= found
    located = rels(doc, "LOCATED_IN")
    assert all((v, "柳林镇") in located for v in villages[::97])


def test_a_bare_count_must_count_the_names_before_it():
    doc = run("东岗、楼南两村共建冷库。")
    assert names(doc, "Village") == {"东岗村", "楼南村"}
    # 七村 here closes a name (a numbered village), not a list of seven
    doc = run("柳林镇建成张湾新村大棚瓜菜、李庄七村蛋鸡养殖项目。")
    assert "李庄七村" in names(doc, "Village")
    assert "大棚瓜菜村" not in names(doc, "Village") and "李庄村" not in names(doc, "Village")


def test_a_list_sharing_one_suffix_alone():
    assert mentions("他们走访了东岗、楼南等3个村。", village_lists.enumerated_villages) == {
        ("Village", "东岗村"), ("Village", "楼南村")}


def test_a_list_closed_by_village_committees_names_villages():
    doc = run("柳林镇整合青岗、白溪、石门等3个村委会的扶贫资金建设冷库。")
    assert {"青岗村", "白溪村", "石门村"} <= names(doc, "Village")
    assert mentions("东岗、楼南两村委会", village_lists.enumerated_villages) == {
        ("Village", "东岗村"), ("Village", "楼南村")}
    assert not mentions("各村委会", village_lists.enumerated_villages, village_lists.single_listed_village)


def test_a_list_closed_by_嘎查():
    # Inner Mongolia's villages are 嘎查: a list closed by 等N个嘎查 names each of them
    doc = run("苏木为宝力格、查干、阿拉坦等3个嘎查修建了饮水工程。")
    assert {"宝力格嘎查", "查干嘎查", "阿拉坦嘎查"} <= names(doc, "Village")
    assert not names(run("全苏木12个嘎查达参加培训。"), "Village")


def test_a_count_of_嘎查村_names_no_village():
    assert not names(run("今年全旗173个嘎查村集体经济收入全部达到10万元以上。"), "Village")


def test_a_count_of_villages_acting_together_is_no_village():
    # 甲篆三村联合旅游开发有限公司: 三村联合 counts the villages, no village named 甲篆三村
    doc = run("去年，王庄村、李庄村和赵庄村各出资50万元，成立白沙三村联合旅游开发有限公司。")
    assert names(doc, "Village") == {"王庄村", "李庄村", "赵庄村"}
    assert "白沙三村联合旅游开发有限公司" in names(doc, "Enterprise")


def test_a_preposition_before_a_list_closed_by_a_count_is_no_part_of_the_first_name():
    doc = run("依汶镇党委牵头，由西沙河、南石门、后庄3个村党支部联合成立依汶镇果蔬联合党委。")
    assert {"西沙河村", "南石门村", "后庄村"} <= names(doc, "Village") and "由西沙河村" not in names(doc, "Village")
