"""Relations/support.py: SUPPORTS. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import support
from tests.extraction.helpers import names, relations, rels, run


def test_support_is_read_within_a_clause():
    doc = run("柳林镇推进华泰公司技改项目，为东兴公司、西岭公司申报高新技术企业，扶持东岗村发展。")
    support = rels(doc, "SUPPORTS")
    assert {("柳林镇", "东兴公司"), ("柳林镇", "西岭公司"), ("柳林镇", "东岗村")} <= support
    assert not any(s == "华泰公司" for s, _ in support)


def test_support_cue_must_be_a_word():
    doc = run("柳林镇新建党群服务中心2个（东岗村和楼南村）。")
    assert not rels(doc, "SUPPORTS")


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


def test_each_support_rule_alone():
    assert relations("青禾公司帮扶东岗村、楼南村发展产业。", [support.support]) == {
        ("SUPPORTS", "青禾公司", "东岗村"), ("SUPPORTS", "青禾公司", "楼南村")}
    assert relations("在青禾公司的大力帮扶下，东岗村建成冷库。", [support.support]) == {
        ("SUPPORTS", "青禾公司", "东岗村")}
    assert relations("青禾公司与东岗村结对。", [support.support]) == {("SUPPORTS", "青禾公司", "东岗村")}
    assert relations("青禾银行为东岗村授信500万元。", [support.support]) == {("SUPPORTS", "青禾银行", "东岗村")}


def test_help_from_a_branch_named_by_its_level_alone_is_the_items_own_branch():
    doc = run("柳林镇东岭村村民李小红今年种了葡萄。在村党支部的帮助下，李小红加入了东岭村葡萄种植专业合作社。")
    assert ("东岭村党支部", "李小红") in rels(doc, "SUPPORTS")
    doc = run("柳林镇东岭村发展葡萄种植。在镇党委的大力支持下，东岭村建起了冷库。")
    assert ("柳林镇党委", "东岭村") in rels(doc, "SUPPORTS")


def test_counterpart_support_is_support():
    doc = run("佛山市对口支援南乐县，援建学校两所。")
    assert ("佛山市", "南乐县") in rels(doc, "SUPPORTS")


def test_a_pairing_written_as_a_noun_after_a_copula():
    doc = run("东岭村是南乐县农业农村局的定点帮扶村。")
    assert rels(doc, "SUPPORTS") == {("南乐县农业农村局", "东岭村")}
    doc = run("南乐县农业农村局是东岭村的帮扶单位。")
    assert rels(doc, "SUPPORTS") == {("南乐县农业农村局", "东岭村")}
    assert rels(run("东岭村是南乐县的示范村。"), "SUPPORTS") == set()


def test_a_bank_lending_a_named_loan_supports_with_its_amount():
    doc = run("青禾农商银行向柳塘村发放“强村贷”500万元。兴农银行为河湾村果蔬合作社发放创业担保贷款300万元。")
    assert ("青禾农商银行", "柳塘村") in rels(doc, "SUPPORTS")
    assert ("兴农银行", "河湾村果蔬合作社") in rels(doc, "SUPPORTS")
    amounts = {r.properties.get("credit_yuan") for r in doc.relations if r.type == "SUPPORTS"}
    assert amounts == {5_000_000, 3_000_000}
    assert "强村贷" in names(doc, "Programme")


def test_a_body_designating_a_village_as_the_one_it_helps_supports_it():
    doc = run("市审计局将东岗村、楼南村列为结对帮扶村。")
    assert {("市审计局", "东岗村"), ("市审计局", "楼南村")} <= rels(doc, "SUPPORTS")
    doc = run("青龙村是青禾集团有限公司的重点联系村。")
    assert any(t == "青龙村" and s.startswith("青禾集团") for s, t in rels(doc, "SUPPORTS"))


def test_a_branchs_leadership_frame_is_no_help_to_the_village():
    doc = run("2021年，在丰收村党支部带领下，村里牵头成立了丰收村大豆种植专业合作社。")
    assert ("丰收村党支部", "丰收村") not in rels(doc, "SUPPORTS")
    assert ("丰收村党支部", "丰收村大豆种植专业合作社") in rels(doc, "LEADS")
    assert ("县农业农村局", "丰收村") in rels(run("在县农业农村局的帮扶下，丰收村建成了冷库。"), "SUPPORTS")


def test_two_bodies_paired_for_help_the_first_helps_the_other():
    doc = run("吉娜坪村党支部领办北川吉娜坪羌绣专业合作社。蜀中农业职业学院与合作社结成帮扶对子。")
    assert ("蜀中农业职业学院", "北川吉娜坪羌绣专业合作社") in rels(doc, "SUPPORTS")
    assert not rels(run("青禾公司与石桥合作社签订合作协议。"), "SUPPORTS")


def test_a_leadership_frame_that_founds_nothing_is_still_help():
    assert ("白云乡党委", "石岭村") in rels(run("在白云乡党委的带领下，石岭村修通了产业路。"), "SUPPORTS")


def test_two_bodies_paired_to_help_a_third_together_do_not_help_each_other():
    doc = run("县人社局与县妇联结成帮扶对子，共同帮扶石岭村。")
    assert ("县人社局", "县妇联") not in rels(doc, "SUPPORTS")


def test_a_credit_union_lends_to_a_whole_township():
    doc = run("柳河县农村信用合作联社为柳林镇整体授信1.5亿元。")
    assert "柳河县农村信用合作联社" in names(doc, "Organization")
    assert ("柳河县农村信用合作联社", "柳林镇") in rels(doc, "SUPPORTS")


def test_two_branches_paired_as_a_couple_of_help():
    doc = run("2022年，柳林街道党工委与青禾村党总支结成对子。")
    assert ("柳林街道党工委", "青禾村党总支") in rels(doc, "SUPPORTS")


def test_a_province_by_its_short_name_after_a_time_word():
    doc = run("今年上海对口支援江孜县的项目中，产业项目资金占比超过六成。")
    assert ("上海市", "江孜县") in rels(doc, "SUPPORTS")


def test_help_owed_by_a_topic_written_before_the_comma():
    doc = run("柳林镇青禾村位于山区。柳林镇的变化，也得益于广州市海珠区的倾力帮扶。")
    assert ("海珠区", "柳林镇") in rels(doc, "SUPPORTS")


def test_a_helper_then_an_adverb_pairs_with_every_village_listed():
    doc = run("县中心医院则与文殊乡龙井冲、黄土岭、石板桥等3个村结成帮扶对子。")
    for village in ("龙井冲村", "黄土岭村", "石板桥村"):
        assert ("县中心医院", village) in rels(doc, "SUPPORTS")


def test_a_province_short_name_opening_a_place_chain():
    doc = run("近年来，广东省广州市对口支援新疆喀什地区疏附县。")
    assert "新疆维吾尔自治区" in names(doc, "Province")
    assert ("广州市", "疏附县") in rels(doc, "SUPPORTS")


def test_help_funds_are_help_as_well_as_money():
    doc = run("柳河县青禾村位于山区。县交通运输局先后投入帮扶资金150万元，为村里修通产业路6.5公里。")
    assert ("柳河县交通运输局", "青禾村") in rels(doc, "SUPPORTS")
    assert ("柳河县交通运输局", "青禾村") in rels(doc, "INVESTS_IN")
    # a stake bought with support funds is no help
    doc = run("柳河县青禾村位于山区。村集体以120万元扶持资金入股青禾村蔬菜专业合作社。")
    assert not rels(doc, "SUPPORTS")


def test_a_project_the_copula_says_a_body_helps():
    doc = run("青禾村是县农业农村局帮扶的村。")
    assert ("县农业农村局", "青禾村") in rels(doc, "SUPPORTS")


def test_a_village_paired_with_a_wider_place_is_helped_by_it():
    # X村与Y街道结对: the street (or township, county) helps the village, whichever is named first
    doc = run("柳林镇王庄村与青山区南湖街道开展结对共建，街道每年帮助村里解决实际困难。")
    assert ("南湖街道", "王庄村") in rels(doc, "SUPPORTS") and ("王庄村", "南湖街道") not in rels(doc, "SUPPORTS")
    # two places of one level: the first named helps, as before, read through 签订|结对帮扶|协议
    doc = run("青山区南湖街道与柳林县白沙镇签订结对帮扶协议。")
    assert rels(doc, "SUPPORTS") == {("南湖街道", "白沙镇")}


def test_a_service_done_for_a_place_is_help():
    # 为X引进/对接/筹集…: the subject does it for X
    doc = run("南湖街道为王庄村引进项目3个。")
    assert ("南湖街道", "王庄村") in rels(doc, "SUPPORTS")


def test_paired_aid_written_around_its_receiver_and_its_headquarters():
    # 在X对口支援下 (no 的), 援X指挥部 as a body of its own
    assert ("江苏省", "河西镇") in rels(run("近年来，在江苏省对口支援下，河西镇推行“四联四带”工作机制。"), "SUPPORTS")
    doc = run("近年来，在北京市援疆和田指挥部的帮助下，扎瓦镇发展核桃产业。")
    assert ("北京市援疆和田指挥部", "扎瓦镇") in rels(doc, "SUPPORTS")


def test_credit_obtained_under_a_banks_support():
    # 在A银行的支持下，B获得授信N元: A lends to B
    doc = run("2022年，白沙镇引进梨树县青禾谷业有限公司。在中国农业银行梨树县支行的支持下，青禾谷业获得授信5000万元。")
    from tests.extraction.relation_helpers import rels as props
    found = props(doc, "SUPPORTS")
    assert any(a == "中国农业银行梨树县支行" and "青禾谷业" in b and p.get("credit_yuan") == 50000000
               for (a, b), p in found.items())


def test_help_received_and_goods_given_to_a_place():
    # B得到了A的大力支持 (as B离不开A的支持); A向B提供X (giving, not 向B申请: asking of B)
    assert ("吉农种业有限公司", "丰禾村") in rels(run("丰禾村的发展得到了吉农种业有限公司的大力支持。"), "SUPPORTS")
    assert ("吉农种业有限公司", "丰禾村") in rels(run("吉农种业有限公司每年向丰禾村提供种子和化肥。"), "SUPPORTS")
    assert not rels(run("丰禾村向梨树县农业农村局申请资金。"), "SUPPORTS")


def test_pairs_qualified_between_jiecheng_and_duizi():
    # 结成共建对子, 结成技术帮扶对子, 结成“强村带弱村”帮扶对子: the first named helps the other
    doc = run("青山药业有限公司党支部还与柳沟村党支部结成共建对子，每年为村里培训农民200人次。")
    assert ("青山药业有限公司党支部", "柳沟村党支部") in rels(doc, "SUPPORTS")
    doc = run("青山县农业科学院与柳沟村果蔬专业合作社结成技术帮扶对子，选派专家常年驻村指导。")
    assert ("青山县农业科学院", "柳沟村果蔬专业合作社") in rels(doc, "SUPPORTS")
    doc = run("柳沟村党支部还与相邻的桃园村党支部结成“强村带弱村”帮扶对子，共享销售渠道。")
    assert ("柳沟村党支部", "桃园村党支部") in rels(doc, "SUPPORTS")
