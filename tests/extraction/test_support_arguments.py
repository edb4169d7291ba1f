"""Help read from its arguments (ingest/rule_support.py): every sentence here is invented."""

from __future__ import annotations

from tests.extraction.relation_helpers import names, rels, run


def test_help_written_around_its_receiver():
    doc = run("在鑫禾公司的大力帮扶下，平阴县南溪镇石湾村今年村集体收入突破50万元。")
    assert ("鑫禾公司", "石湾村") in rels(doc, "SUPPORTS")


def test_a_company_paired_with_villages_helps_them():
    doc = run("平阴县南溪镇柳塘村、河湾村与鑫禾科技有限公司签订协议，进行产销合作。")
    support = rels(doc, "SUPPORTS")
    assert ("鑫禾科技有限公司", "柳塘村") in support and ("鑫禾科技有限公司", "河湾村") in support


def test_two_villages_paired_the_first_helps_the_second():
    doc = run("平阴县南溪镇柳塘村与石湾村结对帮扶，共同发展。")
    assert ("柳塘村", "石湾村") in rels(doc, "SUPPORTS")


def test_a_resident_team_helps_the_village_it_is_sent_to():
    doc = run("鑫禾集团驻平阴县南溪镇柳塘村工作队走访农户。工作队入驻以来，持续开展帮扶。")
    assert ("鑫禾集团驻平阴县南溪镇柳塘村工作队", "柳塘村") in rels(doc, "SUPPORTS")


def test_benefactive_wei_with_a_verb_of_service():
    doc = run("平阴县南溪镇发展电商。该镇积极为柳塘村、河湾村免费提供技术培训。")
    support = rels(doc, "SUPPORTS")
    assert ("南溪镇", "柳塘村") in support and ("南溪镇", "河湾村") in support


def test_a_banks_credit_line():
    doc = run("平阴县农商银行为南溪镇授信2亿元。")
    assert rels(doc, "SUPPORTS")[("平阴县农商银行", "南溪镇")] == {"credit_yuan": 200000000}


def test_a_help_word_that_modifies_a_noun_is_no_help():
    # 帮促项目 names a kind of project: the team's station gets no help from this sentence
    doc = run("省委驻平阴县乡村振兴工作队聚焦南溪镇产业发展，扎实推进农村产业帮促项目。")
    assert ("省委驻平阴县乡村振兴工作队", "平阴县") not in rels(doc, "SUPPORTS")


def test_cooperative_inside_a_name_is_no_pairing():
    doc = run("今年以来，平阴县南溪镇柳塘村成立了柳塘村茶叶专业合作社和柳塘村光伏发电专业合作社。")
    assert not rels(doc, "SUPPORTS")


def test_an_office_and_the_head_written_as_its_subject_both_help():
    doc = run("近日，平阴县农业农村局党组书记、局长张某某带领干部，到帮扶村南溪镇柳塘村开展走访帮扶活动。")
    helps = rels(doc, "SUPPORTS")
    assert ("平阴县农业农村局", "柳塘村") in helps and ("张某某", "柳塘村") in helps
    assert ("平阴县农业农村局党组", "柳塘村") not in helps


def test_a_possessor_before_de_is_no_subject():
    doc = run("平阴县南溪镇柳塘村。青禾农机专业合作社采取村社合一模式。合作社的股东之一、家住柳塘村坳上组的张某某"
              "开心地说：“合作社成立的时候我家入了两股，一开始是抱着支持村里发展的心态投的钱，没想到效益这么好。”")
    assert ("青禾农机专业合作社", "柳塘村") not in rels(doc, "SUPPORTS")


def test_the_staff_of_a_body_act_for_it():
    doc = run("平阴县南溪镇柳塘村发展茶叶。平阴县农业农村局的技术人员多次来到村里，帮助柳塘村建起育苗大棚。")
    assert ("平阴县农业农村局", "柳塘村") in rels(doc, "SUPPORTS")


def test_a_bare_company_word_opening_a_clause_is_the_items_company():
    doc = run("青禾果业有限公司董事长王大明表示，公司将继续帮扶柳林镇东岭村。")
    assert ("青禾果业有限公司", "东岭村") in rels(doc, "SUPPORTS")


def test_buying_a_places_produce_and_signing_with_it_are_help():
    assert ("青禾果业有限公司", "东岭村") in rels(run("青禾果业有限公司每年以保底价收购柳林镇东岭村的葡萄。"), "SUPPORTS")
    doc = run("柳林镇东岭村与青禾果业有限公司签订收购协议，发展葡萄种植。")
    assert ("青禾果业有限公司", "东岭村") in rels(doc, "SUPPORTS")


def test_help_written_around_its_receiver_with_drive_and_an_adverbial_before_the_receiver():
    doc = run("平阴县南溪镇石湾村发展茶叶。在瑞丰农业有限公司的带动下，预计石湾村今年茶叶收入突破百万元。")
    assert ("瑞丰农业有限公司", "石湾村") in rels(doc, "SUPPORTS")


def test_bringing_an_investor_in_is_no_help_to_its_project():
    doc = run("平阴县南溪镇石湾村发展茶叶。石湾村引进鑫禾公司投资800万元建设石湾村茶叶加工厂。")
    assert not any(a == "石湾村" for a, _ in rels(doc, "SUPPORTS"))
    doc = run("平阴县南溪镇石湾村发展茶叶。平阴县委驻石湾村工作队协调平阴县交通运输局为石湾村投入资金80万元。")
    assert ("平阴县委驻石湾村工作队", "石湾村") in rels(doc, "SUPPORTS")


def test_who_goes_to_a_village_to_help_helps_it_and_so_do_those_led():
    doc = run("平阴县南溪镇石湾村、河湾村发展茶叶。平阴县林业局局长王青山带领驻村工作队，到帮扶村南溪镇石湾村开展走访帮扶活动。")
    supports = rels(doc, "SUPPORTS")
    assert {("平阴县林业局", "石湾村"), ("石湾村驻村工作队", "石湾村")} <= set(supports)
    assert not any(b == "河湾村" for _, b in supports)


def test_a_benefactive_list_whose_first_item_is_unnamed_still_helps_the_named_ones():
    doc = run("平阴县南溪镇发展工业。南溪镇优化营商环境，为甲乙泵业、鸿达公司积极申报专精特新企业。")
    assert ("南溪镇", "鸿达公司") in rels(doc, "SUPPORTS")


def test_a_helper_that_pairs_with_a_village_through_an_unnamed_middle_helps_it():
    doc = run("平阴县南溪镇石湾村发展茶叶。平阴县工商联组织会员企业与石湾村开展结对帮扶。")
    assert ("平阴县工商联", "石湾村") in rels(doc, "SUPPORTS")


def test_pairing_with_a_list_helps_every_place_of_it():
    doc = run("平阴县南溪镇发展茶叶。瑞丰农业有限公司与东沟村、西岔村结对帮扶，每年采购茶叶。")
    assert {("瑞丰农业有限公司", "东沟村"), ("瑞丰农业有限公司", "西岔村")} <= set(rels(doc, "SUPPORTS"))


def test_what_a_place_owes_to_a_bodys_help():
    doc = run("柳河村的发展离不开青山农业开发有限公司的支持。")
    assert ("青山农业开发有限公司", "柳河村") in rels(doc, "SUPPORTS")
    # nothing named before: the place the item is about
    doc = run("柳河村位于青山镇。这些变化，得益于县农业农村局的大力帮扶。")
    assert ("县农业农村局", "柳河村") in rels(doc, "SUPPORTS")
    # a speaker before the place is no receiver
    doc = run("王志强说柳河村的发展离不开县农业农村局的支持。")
    assert ("县农业农村局", "柳河村") in rels(doc, "SUPPORTS") and ("县农业农村局", "王志强") not in rels(doc, "SUPPORTS")


def test_a_service_for_the_people_of_a_place_supports_the_place():
    assert ("市妇联", "柳河村") in rels(run("市妇联为柳河村妇女提供技能培训。"), "SUPPORTS")
    doc = run("柳河村位于青山镇。市妇联为村里的妇女提供技能培训。")
    assert ("市妇联", "柳河村") in rels(doc, "SUPPORTS")


def test_a_speakers_title_chain_is_no_subject_of_what_they_report():
    doc = run("青龙村党支部领办了青龙村生态茶叶专业合作社。村党支部书记、合作社理事长覃德武介绍，合作社统一收购鲜叶、"
              "统一加工销售，带动全村186户茶农增收。")
    got = rels(doc, "SUPPORTS")
    assert ("青龙村生态茶叶专业合作社", "青龙村") in got
    assert ("青龙村党支部", "青龙村") not in got and ("覃德武", "青龙村") not in got


def test_a_class_noun_in_apposition_before_the_subject():
    doc = run("济南企业山东青禾农业科技有限公司投资800万元，在柳树村建成冷链物流中心，带动柳树村160户果农增收。")
    assert ("山东青禾农业科技有限公司", "柳树村") in rels(doc, "SUPPORTS")


def test_a_place_designated_as_the_focus_of_help():
    doc = run("江苏省委驻涟水县乡村振兴帮扶工作队把高沟镇作为帮扶重点。")
    assert ("江苏省委驻涟水县乡村振兴帮扶工作队", "高沟镇") in rels(doc, "SUPPORTS")


def test_a_personal_pronoun_gives_for_the_person_named_before_it():
    doc = run("柳林镇青禾村位于山区。青禾公司董事长王建国是土生土长的青禾村人，他先后为家乡青禾村捐资60万元。")
    assert ("王建国", "青禾村") in rels(doc, "SUPPORTS")
    assert ("青禾公司", "青禾村") not in rels(doc, "SUPPORTS")


def test_the_cadre_a_body_sends_acts_after_taking_up_the_post():
    doc = run("柳林镇吉娜坪村位于山区。绵阳市生态环境局派驻吉娜坪村第一书记何俊到任后，帮助村里注册了商标。")
    assert ("何俊", "吉娜坪村") in rels(doc, "SUPPORTS")
    assert ("绵阳市生态环境局", "吉娜坪村") not in rels(doc, "SUPPORTS")


def test_a_sent_first_secretary_helps_the_village_not_the_body_sending_them():
    # SCHEMA: sending a cadre is no help from the sender; the titled cadre who acts is the helper
    doc = run("梨树县财政局驻王庄村第一书记李华，为村里争取到资金300万元，帮助村里修通了产业路。")
    assert ("李华", "王庄村") in rels(doc, "SUPPORTS")
    assert ("梨树县财政局", "王庄村") not in rels(doc, "SUPPORTS")


def test_a_position_word_before_the_helped_places():
    doc = run("青禾杂粮专业合作社成立于2018年。如今，合作社还带动周边柳树屯村、北水泉村等5个村种植谷子。")
    assert {("青禾杂粮专业合作社", "柳树屯村"), ("青禾杂粮专业合作社", "北水泉村")} <= set(rels(doc, "SUPPORTS"))


def test_the_staff_of_a_body_brought_in_act_for_it():
    # 联系X大学的专家为村里开展培训: 联系 is a pivot verb, X's experts act for X
    doc = run("王庄村位于白沙镇。队长王某还联系青山农业大学的专家为村里开展技术培训。")
    assert ("青山农业大学", "王庄村") in rels(doc, "SUPPORTS")


def test_a_titled_person_opening_the_sentence_acts_in_its_later_clauses():
    # 第一书记韩某跑市场、找客商，帮助合作社…: the titles before the name are the person's, no adverbial
    doc = run("东湾村稻米专业合作社成立于2019年。第一书记韩明跑市场、找客商，帮助合作社注册了大米商标。")
    assert ("韩明", "东湾村稻米专业合作社") in rels(doc, "SUPPORTS")


def test_every_place_of_a_list_after_an_under_frame_is_helped_but_not_by_pushing():
    doc = run("在东湾村的带动下，石桥镇西湾村、南坪村等7个村相继发展稻蟹种养。")
    assert {("东湾村", "西湾村"), ("东湾村", "南坪村")} <= set(rels(doc, "SUPPORTS"))
    # 在X推动下: who set it going, not who helps
    doc = run("在石桥镇党委推动下，西湾村、南坪村打破村域界限，联合成立石桥镇稻米产业联合党委。")
    assert not rels(doc, "SUPPORTS")


def test_a_bodys_experts_pair_for_it_and_experts_it_sends_serve_the_place():
    doc = run("东湾村稻米专业合作社成立于2019年。队员徐立则联系青山市农业科学院专家与合作社结成帮扶对子，定期来村指导。")
    assert ("青山市农业科学院", "东湾村稻米专业合作社") in rels(doc, "SUPPORTS")
    doc = run("青山县人参产业发展中心派出技术员常驻柳沟村，为参农开展病虫害防控指导。")
    assert ("青山县人参产业发展中心", "柳沟村") in rels(doc, "SUPPORTS")
    doc = run("青山县农业农村局选派干部到柳沟村任第一书记。")
    assert not rels(doc, "SUPPORTS")  # a cadre sent is no help from the sender (SCHEMA)


def test_a_company_brought_in_and_paired_helps():
    # 牵线X公司与合作社结对: 牵线 ends the company's name on its left; 结对 is a pairing for help
    doc = run("青山大学驻柳沟村工作队进驻柳沟村。柳沟茶叶专业合作社成立于2020年。工作队还牵线青山徽韵电子商务有限公司与合作社结对，"
              "帮助合作社开设直播间。")
    assert "青山徽韵电子商务有限公司" in names(doc, "Enterprise")
    assert ("青山徽韵电子商务有限公司", "柳沟茶叶专业合作社") in rels(doc, "SUPPORTS")


def test_credit_lines_listed_after_one_lender_and_to_a_union_by_its_kind():
    doc = run("光山县农村商业银行为槐店乡整体授信2亿元，为金桥村整村授信500万元。")
    assert {("光山县农村商业银行", "槐店乡"), ("光山县农村商业银行", "金桥村")} <= set(rels(doc, "SUPPORTS"))
    doc = run("勐库镇茶叶专业合作社联合社成立于2020年。中国农业银行双江支行为联合社授信1000万元。")
    assert ("中国农业银行双江支行", "勐库镇茶叶专业合作社联合社") in rels(doc, "SUPPORTS")


def test_a_bodys_experts_who_come_to_serve_a_place_help_it():
    doc = run("安徽农业大学茶学专家团队每年4次走进云岭村、石门冲村，为茶农开展修剪、施肥等技术指导。")
    assert {("安徽农业大学", "云岭村"), ("安徽农业大学", "石门冲村")} <= set(rels(doc, "SUPPORTS"))
    doc = run("6月，右玉县人民医院的医生们来到马营河村开展义诊，为120余名村民免费体检。")
    assert ("右玉县人民医院", "马营河村") in rels(doc, "SUPPORTS")
    doc = run("槐树岭村位于井店镇。市农业农村局还邀请河北农业大学的专家3次进村开展修剪技术培训。")
    assert ("河北农业大学", "槐树岭村") in rels(doc, "SUPPORTS")
    doc = run("河南农业大学的专家来到丁河镇参观考察。")
    assert not rels(doc, "SUPPORTS")  # a visit with no service named is no help


def test_credit_clauses_that_open_with_their_receiver_take_the_sentences_lender():
    doc = run("井店镇位于涉县。为解决椒农资金难题，涉县农村商业银行推出“椒农贷”，为全镇椒农授信1.2亿元。")
    assert ("涉县农村商业银行", "井店镇") in rels(doc, "SUPPORTS")
    doc = run("西峡县农商银行丁河支行推出“果农贷”，今年以来已为奎文村、木寨村等村186户果农发放贷款2300万元。")
    got = rels(doc, "SUPPORTS")
    assert {("西峡县农商银行丁河支行", "奎文村"), ("西峡县农商银行丁河支行", "木寨村")} <= set(got)
    assert "credit_yuan" not in got[("西峡县农商银行丁河支行", "奎文村")]  # a joint amount is no village's
    doc = run("金寨县农商银行花石支行与花石乡签订整村授信协议，为全乡农户授信2.6亿元，其中为云岭村授信3000万元。")
    assert rels(doc, "SUPPORTS")[("金寨县农商银行花石支行", "云岭村")]["credit_yuan"] == 30000000


def test_the_noun_a_relative_clause_describes_receives():
    # 支持|X村党支部领办的|Y合作社, 为|X村党支部领办的|Y合作社发放贷款: Y receives, not the branch
    doc = run("沂南县财政局协调资金50万元，支持北岭村党支部领办的沂南县北岭金银花种植专业合作社建设烘干车间。")
    got = set(rels(doc, "SUPPORTS"))
    assert any(t.endswith("北岭金银花种植专业合作社") for _, t in got) and ("沂南县财政局", "北岭村党支部") not in got
    assert not any("建设烘干车间" in n for n in names(doc, "Project"))  # 合作社建设|车间: a clause, no project name
    doc = run("青山农商银行通过“吉农振兴贷”为新发村党支部领办的农安县新发玉米种植专业合作社发放贷款300万元。")
    assert not any(t == "新发村党支部" for _, t in rels(doc, "SUPPORTS"))


def test_a_pivot_then_a_service_to_a_counted_list():
    doc = run("西吉县农业农村局协调宁夏塞上乳业有限公司为火石寨乡石峡村、扫竹岭村等5个村免费提供青贮收割服务。")
    assert {("宁夏塞上乳业有限公司", "石峡村"), ("宁夏塞上乳业有限公司", "扫竹岭村")} <= set(rels(doc, "SUPPORTS"))
    doc = run("西吉县农业农村局协调宁夏西吉农村商业银行为将台堡镇整镇授信2亿元。")
    assert ("宁夏西吉农村商业银行", "将台堡镇") in rels(doc, "SUPPORTS")  # 整镇: an adverb, the bank lends


def test_the_buyer_of_a_purchase_agreement_helps_the_other_side():
    doc = run("陕西秦岭菌业科技有限公司与石桥沟村股份经济合作社签订菌包供应和保底回收协议。")
    assert ("陕西秦岭菌业科技有限公司", "石桥沟村股份经济合作社") in rels(doc, "SUPPORTS")
    doc = run("石桥沟村食用菌专业合作社与陕西秦岭菌业科技有限公司签订订单收购合同。")
    assert ("陕西秦岭菌业科技有限公司", "石桥沟村食用菌专业合作社") in rels(doc, "SUPPORTS")
