"""Money read from its arguments (ingest/rule_money.py): every sentence here is invented."""

from __future__ import annotations

from tests.extraction.relation_helpers import names, rels, run


def test_object_of_wei_before_the_cue_receives_the_money():
    doc = run("平阴县水口乡柳塘村发展茶叶。青山集团累计为柳塘村投入300万元帮扶资金，用于发展茶叶产业。")
    assert rels(doc, "INVESTS_IN")[("青山集团", "柳塘村")] == {"amount_yuan": 3000000}


def test_subject_of_the_sentence_and_a_purpose_clause():
    doc = run("平阴县水口乡柳塘村发展茶叶。鑫禾公司驻柳塘村工作队坚持因地制宜，不仅帮助制定发展规划，"
              "还投资200余万元，帮助村里发展产业。")
    team = "鑫禾公司驻柳塘村工作队"
    assert rels(doc, "INVESTS_IN")[(team, "柳塘村")] == {"amount_yuan": 2000000, "approximate": True}
    assert (team, "柳塘村") in rels(doc, "SUPPORTS")


def test_place_of_spending_after_an_adverbial_clause():
    doc = run("为保证增收实效，平阴县还给群众送上了大礼包：投资100多万元，在河湾村兴建一座冷库。")
    assert rels(doc, "INVESTS_IN")[("平阴县", "河湾村")]["amount_yuan"] == 1000000


def test_money_into_a_township_is_support():
    doc = run("福临公司向平阴县南溪镇投入约300万元，建设道路。")
    assert rels(doc, "SUPPORTS")[("福临公司", "南溪镇")] == {"support_yuan": 3000000, "approximate": True}
    assert not rels(doc, "INVESTS_IN")


def test_a_donation_supports_the_village_and_builds_its_named_project():
    doc = run("平阴县南溪镇河湾村缺少桥梁。黎明商会捐资60万元建设河湾村便民桥项目。")
    assert rels(doc, "SUPPORTS")[("黎明商会", "河湾村")] == {"donation_yuan": 600000}  # SCHEMA: donations
    assert rels(doc, "INVESTS_IN")[("黎明商会", "河湾村便民桥项目")] == {"amount_yuan": 600000}


def test_partner_of_a_joint_investment_invests_too():
    doc = run("平阴县松坪镇柳塘村发展茶叶。柳塘村与瑞丰公司共同注资成立福临公司，发展茶叶加工。")
    invests = rels(doc, "INVESTS_IN")
    assert ("柳塘村", "福临公司") in invests and ("瑞丰公司", "福临公司") in invests


def test_attributive_amount_belongs_to_the_project_of_its_owner():
    doc = run("平阴县南溪镇积极招商，引进投资800万元的鑫禾公司冷链物流项目。")
    assert rels(doc, "INVESTS_IN")[("鑫禾公司", "鑫禾公司冷链物流项目")] == {"amount_yuan": 8000000}


def test_an_unnamed_subject_gives_nobody_the_money():
    # the investor is an office the rules cannot name: the township talked about before is not it
    doc = run("平阴县南溪镇发展农机服务。考虑到这一情况，省某某厅投入资金20万元，帮助河湾村购买农机。")
    assert not any(src == "南溪镇" for src, _ in rels(doc, "INVESTS_IN"))
    assert not any(src == "南溪镇" for src, _ in rels(doc, "SUPPORTS"))


def test_each_village_of_a_list_buys_shares():
    doc = run("在南溪镇，柳塘村、河湾村、石湾村联合注册成立福临农业发展有限公司。"
              "我们在每村入股资金5万元的基础上，整合资金建成冷库。")
    invests = rels(doc, "INVESTS_IN")
    for village in ("柳塘村", "河湾村", "石湾村"):
        assert invests[(village, "福临农业发展有限公司")] == {"amount_yuan": 50000}


def test_a_project_total_with_its_investor_after_you():
    doc = run("据悉，河湾村游客中心项目总投资5000多万元，由河湾村独自出资建设。")
    assert rels(doc, "INVESTS_IN")[("河湾村", "河湾村游客中心项目")]["amount_yuan"] == 50000000


def test_a_comparison_clause_is_no_subject():
    doc = run("平阴县南溪镇发展茶叶。与石湾村一样，鑫禾公司驻柳塘村工作队坚持扶志扶智，不仅帮助制定规划，"
              "还投资200余万元，帮助村里发展产业。")
    assert rels(doc, "INVESTS_IN").get(("鑫禾公司驻柳塘村工作队", "柳塘村")) == {"amount_yuan": 2000000,
                                                                        "approximate": True}


def test_a_subject_the_rules_cannot_name_gives_no_fallback_giver():
    doc = run("鑫禾公司驻柳塘村工作队走访农户。目前，供电部门已投入60余万元，新增两台变压器。")
    assert ("鑫禾公司驻柳塘村工作队", "柳塘村") not in rels(doc, "INVESTS_IN")


def test_money_that_builds_what_follows_a_verb_of_building_right_after_the_cue():
    doc = run("平阴县南溪镇石湾村发展茶叶。由青禾公司投资建设的石湾村茶旅综合体项目已经开工。")
    assert ("青禾公司", "石湾村茶旅综合体项目") in rels(doc, "INVESTS_IN")


def test_a_planned_investment_keeps_its_amount_in_a_clause_that_leaves_the_subject_out():
    doc = run("平阴县南溪镇石湾村发展茶叶。鑫禾公司与石湾村签订协议，计划投资5000万元建设石湾村茶叶产业园。")
    assert rels(doc, "INVESTS_IN")[("鑫禾公司", "石湾村茶叶产业园")] == {"amount_yuan": 50000000}


def test_money_spent_in_a_place_with_no_amount_and_a_subsidiary_as_its_giver():
    doc = run("平阴县南溪镇石湾村发展茶叶。鑫禾集团旗下绿源食品有限公司在石湾村投资建设了蔬菜基地。")
    assert rels(doc, "INVESTS_IN") == {("绿源食品有限公司", "石湾村"): {}}
    doc = run("平阴县南溪镇石湾村、河湾村发展茶叶。我们在每村出资8万元的基础上，筹集资金60万元建成烘干房。")
    assert not any(b in ("石湾村", "河湾村") for _, b in rels(doc, "INVESTS_IN"))


def test_the_subject_of_a_time_frame_gives_in_the_clause_after_it():
    # 工作队进驻以来，累计投入…: the next clause names no subject of its own, the frame's acts
    doc = run("市农业农村局驻柳塘村工作队进驻以来，累计投入资金约80万元，帮助村里修建道路3公里。")
    assert ("市农业农村局驻柳塘村工作队", "柳塘村") in rels(doc, "INVESTS_IN")
    # a clause with its own subject keeps it
    doc = run("瑞丰公司入驻以来，河湾村投资100万元建设了河湾村游客中心。")
    assert ("瑞丰公司", "河湾村游客中心") not in rels(doc, "INVESTS_IN")


def test_money_into_a_project_its_amount_describes():
    # the total describes the project; the agent of 由 puts money in (no share stated)
    doc = run("总投资1200万元的柳塘村蔬菜产业园由瑞丰公司投资建设。")
    assert ("瑞丰公司", "柳塘村蔬菜产业园") in rels(doc, "INVESTS_IN")
    # the subject of a relative clause is whose money the project is, with the amount
    doc = run("瑞丰公司投资500万元的河湾村茶叶产业园已经开工。")
    [rel] = [r for r in doc.relations if r.type == "INVESTS_IN"]
    assert rel.properties.get("amount_yuan") == 5_000_000


def test_the_object_of_bringing_in_invests_with_an_aspect_particle_between():
    doc = run("柳河村引进了青山农业开发有限公司，投资800万元建设蔬菜大棚。")
    assert ("青山农业开发有限公司", "柳河村") in rels(doc, "INVESTS_IN")


def test_the_amount_between_the_cue_and_the_receiver_of_wei():
    doc = run("县水利局投资80万元为柳河村修建了提灌站。")
    assert rels(doc, "INVESTS_IN")[("县水利局", "柳河村")]["amount_yuan"] == 800000


def test_money_that_founds_a_company_with_a_partner_in_the_next_clause():
    doc = run("柳河村股份经济合作社出资40万元，与青山农业开发有限公司共同成立柳河农业发展有限公司。")
    assert rels(doc, "INVESTS_IN")[("柳河村股份经济合作社", "柳河农业发展有限公司")]["amount_yuan"] == 400000


def test_a_receiver_after_a_preposition_and_a_short_modifier():
    doc = run("青禾公司先后投入1200万元，在前柳村建设电商直播基地，并出资50万元为邻近的后柳村修建了一条产业路。")
    assert rels(doc, "INVESTS_IN").get(("青禾公司", "后柳村")) == {"amount_yuan": 500000}


def test_a_named_project_built_at_the_place_of_spending_is_what_the_money_goes_into():
    doc = run("青禾公司投资260万元，在柳树湾村建设了柳树湾村茶叶加工基地。")
    assert rels(doc, "INVESTS_IN").get(("青禾公司", "柳树湾村茶叶加工基地")) == {"amount_yuan": 2600000}
    doc = run("青禾公司投资260万元在柳树湾村建设茶叶加工基地。")
    assert ("青禾公司", "柳树湾村") in rels(doc, "INVESTS_IN")


def test_the_village_collective_puts_in_the_villages_money():
    doc = run("石桥村党支部领办了石桥村富民专业合作社。合作社成立后，村集体以120万元扶持资金入股合作社。")
    assert rels(doc, "INVESTS_IN").get(("石桥村", "石桥村富民专业合作社")) == {"amount_yuan": 1200000}


def test_the_shares_of_the_items_project_after_its_total():
    doc = run("去年10月，青禾食品有限公司与石岭村签约，在村里建设青禾香菇深加工项目。项目总投资3200万元，"
              "其中青禾食品出资2600万元，石岭村以集体建设用地作价入股近600万元。")
    got = rels(doc, "INVESTS_IN")
    assert got.get(("青禾食品有限公司", "青禾香菇深加工项目")) == {"amount_yuan": 26000000}
    assert got.get(("石岭村", "青禾香菇深加工项目")) == {"amount_yuan": 6000000, "approximate": True}


def test_a_count_of_villages_is_the_villages_the_item_listed():
    doc = run("在柳林镇，新庄村、杨湾村、唐河村联合成立柳林镇强村富民联合党委。联合党委领办柳林镇联强农业发展有限公司，"
              "3个村各出资100万元入股。")
    got = {s for (s, d), p in rels(doc, "INVESTS_IN").items() if p.get("amount_yuan") == 1000000}
    assert got == {"新庄村", "杨湾村", "唐河村"}
    doc = run("在柳林镇，新庄村、杨湾村联合成立柳林镇联强农业发展有限公司。全镇3个村各出资100万元修路。")
    assert not any(p.get("amount_yuan") == 1000000 for p in rels(doc, "INVESTS_IN").values())


def test_a_semicolon_opens_a_part_with_its_own_subject():
    doc = run("柳河县爱心基金会向水田村捐赠助学金12万元，资助46名困难学生；"
              "柳河县青禾商会积极响应号召，捐款30万元为水田村、龙潭村各修建一座产业桥。")
    assert ("柳河县青禾商会", "龙潭村") in rels(doc, "SUPPORTS")
    assert ("柳河县爱心基金会", "龙潭村") not in rels(doc, "SUPPORTS")


def test_a_project_named_after_a_three_character_brand_is_its_companys():
    doc = run("2022年，梨树县稻香源米业有限公司投资6000万元，在白沙镇建设稻香源有机大米加工项目。")
    assert any(b == "稻香源有机大米加工项目" for _, b in rels(doc, "INVESTS_IN").keys())


def test_a_places_bare_kind_after_de_is_that_places_body():
    # 入股红光村的合作社: the article's one cooperative named after 红光 (村)
    doc = run("青山县红光稻花香水稻种植专业合作社成立于2019年。去年，青禾公司又出资200万元入股红光村的合作社。")
    assert ("青禾公司", "青山县红光稻花香水稻种植专业合作社") in rels(doc, "INVESTS_IN")


def test_a_body_by_its_kind_alone_gives():
    # 商会捐资…: the one chamber of commerce the article named; 商会会长赵某 is the person's title chain
    doc = run("深圳市瑶乡同心商会成立于2015年。去年，商会捐资80万元，为那桃村修建了那桃村瑶寨风雨桥。")
    assert ("深圳市瑶乡同心商会", "那桃村") in rels(doc, "SUPPORTS")
    doc = run("青山县同心商会为明水村捐款20万元；商会会长赵永明个人还向明水村捐赠了200套课桌椅。")
    assert ("赵永明", "明水村") in rels(doc, "SUPPORTS")


def test_a_donor_described_by_role_and_hometown_gives_in_person():
    # 常州籍企业家、X公司董事长孙某…个人捐资: the person gives (SCHEMA: donations); 向X村 receives, no actor
    doc = run("常州籍企业家、江苏恒茗茶业有限公司董事长孙建国也被乡亲们的干劲打动，个人捐资20万元，在茶岭村设立助学奖励基金。")
    assert ("孙建国", "茶岭村") in rels(doc, "SUPPORTS")
    doc = run("西峡籍企业家、河南伏牛山食品有限公司董事长周建国得知后，向木家沟村捐款30万元，为村里修建了果品分拣场。")
    assert ("周建国", "木家沟村") in rels(doc, "SUPPORTS")
    doc = run("乡贤钱卫东是从金竹岭村走出去的企业家，去年捐资15万元，为村里的老年食堂添置了设备。")
    assert ("钱卫东", "金竹岭村") in rels(doc, "SUPPORTS")


def test_money_then_its_kind_then_a_verb_of_help_goes_into_the_verbs_object():
    doc = run("光山县檀岗油茶专业合作社成立于2019年。县农业农村局投入95万元低产林改造补助资金扶持合作社。")
    assert ("光山县农业农村局", "檀岗油茶专业合作社") in rels(doc, "INVESTS_IN")


def test_a_time_frame_opening_the_sentence_leaves_the_next_clause_its_subject():
    # 成立之初，X村将…，以120万元入股Y: 之初 closes a time frame, as 以来 does
    doc = run("成立之初，金桥村将扶贫资产折股量化，以120万元入股金桥村油茶种植专业合作社，农户则以土地经营权入股。")
    assert rels(doc, "INVESTS_IN")[("金桥村", "金桥村油茶种植专业合作社")].get("amount_yuan") == 1200000


def test_a_stake_valued_in_the_next_clause_in_the_total_of_the_sentence_before():
    # 其中，X公司以设备和技术入股，折价700万元: the share of the project whose total the sentence before gave
    doc = run("松阳县建设大东坝镇茶文旅综合体，总投资2300万元。其中，浙江松茗茶业有限公司以设备和技术入股，折价700万元。")
    assert rels(doc, "INVESTS_IN")[("浙江松茗茶业有限公司", "大东坝镇茶文旅综合体")].get("amount_yuan") == 7000000


def test_a_donor_described_by_a_relative_clause_and_role_gives():
    # 在外创业的X籍企业家王某…捐资: the 在-phrase closed by 的 describes the person, no adverbial frame
    doc = run("今年春节，在外创业的洞溪籍企业家王志高回乡过年，捐资50万元建设洞溪村老年食堂。")
    assert rels(doc, "SUPPORTS")[("王志高", "洞溪村")].get("donation_yuan") == 500000
    doc = run("在佛山经营餐饮连锁的恭城籍商人周家耀，向大岭村捐赠了2台柿饼烘干机和一批包装材料。")
    assert ("周家耀", "大岭村") in rels(doc, "SUPPORTS")
    doc = run("在外经商的乡贤钟永盛得知村里缺少农机，向村里捐赠了农机具。")
    assert "钟永盛" in {e.name for e in doc.entities if e.type == "Person"}


def test_a_group_by_its_kind_builds_a_named_plant():
    # 集团 for X集团有限公司 (the kind before its legal form); a plant right after a verb of building is a
    # project, whatever its name opens with
    doc = run("湖南湘岭食品集团有限公司落户花垣县。2022年，集团投资3200万元，在麻栗场镇建设湘岭花垣腊味加工厂。")
    got = rels(doc, "INVESTS_IN")
    assert got[("湖南湘岭食品集团有限公司", "湘岭花垣腊味加工厂")]["amount_yuan"] == 32000000
    assert "湘岭花垣腊味加工厂" in names(doc, "Project")


def test_money_spent_at_a_place_on_a_plant_built_there():
    doc = run("2022年，安徽金山茶业有限公司投资1800万元在云岭村建起金山茶业云岭茶叶加工厂。")
    assert ("安徽金山茶业有限公司", "金山茶业云岭茶叶加工厂") in rels(doc, "INVESTS_IN")


def test_the_object_of_a_pivot_invests_past_a_place_of_spending():
    # 招商引进X公司，在Y镇投资…: 在Y镇 is where, not who
    doc = run("西吉县招商引进宁夏六盘山薯业有限公司，在兴隆镇投资1.2亿元建设西吉县马铃薯精深加工产业园。")
    assert ("宁夏六盘山薯业有限公司", "西吉县马铃薯精深加工产业园") in rels(doc, "INVESTS_IN")


def test_a_stake_with_no_object_is_not_the_partners_or_another_givers():
    doc = run("江西赣南绿鲜农业发展有限公司落户梓山镇。上蕉、岭下、高坑3个村以村集体资金各入股30万元，与该公司合作成立了一家蔬菜合作社。")
    assert not any(t == "江西赣南绿鲜农业发展有限公司" for _, t in rels(doc, "INVESTS_IN"))
    doc = run("2023年，在马营河村党支部的牵头下，村集体以120亩闲置土地和80万元资金入股，占股30%；"
              "山西塞上牧业有限公司出资420万元，占股70%，共同组建了右玉县丰牧养殖有限公司。")
    assert any(s == "马营河村" and t.endswith("丰牧养殖有限公司") for s, t in rels(doc, "INVESTS_IN"))


def test_a_part_of_the_money_spent_on_a_named_project():
    doc = run("三年来，平度市累计向宕昌县投入东西部协作资金1.2亿元，其中3200万元用于建设“平宕协作”中药材加工产业园。")
    assert rels(doc, "INVESTS_IN")[("平度市", "“平宕协作”中药材加工产业园")]["amount_yuan"] == 32000000
    doc = run("青禾公司投入500万元，其中300万元用于建设柳沟村冷链仓储中心，200万元用于改造村道。")
    assert rels(doc, "INVESTS_IN")[("青禾公司", "柳沟村冷链仓储中心")]["amount_yuan"] == 3000000
