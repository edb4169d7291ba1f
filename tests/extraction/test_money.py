"""Relations/money.py: INVESTS_IN with amounts. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import money
from tests.extraction.helpers import names, relations, rels, run
from tests.extraction.relation_helpers import rels as rel_props


def test_investment_with_amount_into_company_project():
    doc = run("柳林镇引进投资2.5亿元的华泰公司新材料项目。")
    inv = [r for r in doc.relations if r.type == "INVESTS_IN"]
    by_id = {e.id: e.name for e in doc.entities}
    assert any(by_id[r.source] == "华泰公司" and by_id[r.target] == "华泰公司新材料项目"
               and r.properties["amount_yuan"] == 250_000_000 for r in inv)


def test_each_village_invests_in_the_company():
    doc = run("在柳林镇，东岗村、楼南村、王庄村联合注册成立华泰农业发展有限公司。"
              "我们在每村入股资金5万元的基础上扩大生产。")
    inv = {(s, t) for s, t in rels(doc, "INVESTS_IN")}
    assert {("东岗村", "华泰农业发展有限公司"), ("楼南村", "华泰农业发展有限公司")} <= inv
    assert all(r.properties["amount_yuan"] == 50000 for r in doc.relations if r.type == "INVESTS_IN")


def test_project_total_paid_by_a_village():
    doc = run("据悉，杨树湾技术服务中心项目总投资5000多万元，由王庄村独自出资建设。")
    by_id = {e.id: e.name for e in doc.entities}
    inv = [r for r in doc.relations if r.type == "INVESTS_IN"]
    assert [(by_id[r.source], by_id[r.target], r.properties["amount_yuan"]) for r in inv] == [
        ("王庄村", "杨树湾技术服务中心项目", 50_000_000)]
    assert "杨树湾技术服务中心" not in names(doc, "Organization")


def test_amount_goes_into_its_own_clause():
    doc = run("王庄村、李庄村共同出资150万元，在园区新建厂房，并协调鑫源公司入驻。")
    assert ("李庄村", "鑫源公司") not in rels(doc, "INVESTS_IN")
    doc = run("由华泰公司投入帮扶资金40万元，帮助王庄村建成大棚。")
    assert ("华泰公司", "王庄村") in rels(doc, "INVESTS_IN")


def test_aid_construction_of_a_village_facility():
    doc = run("近日,记者走进景东县文井镇光明村冷库厂房,只见工人们正在分拣。"
              "光明村党总支书记刘某告诉记者,冷库是上海2021年援建项目,投入资金510万元。")
    assert "光明村冷库" in names(doc, "Project") and "上海市" in names(doc, "Province")
    by_id = {e.id: e.name for e in doc.entities}
    money = [(by_id[r.source], by_id[r.target], r.properties.get("amount_yuan")) for r in doc.relations
             if r.type == "INVESTS_IN"]
    assert money == [("上海市", "光明村冷库", 5100000)]
    assert "江西村" in names(run("江西村的茶叶丰收。"), "Village")  # a province short name inside a name is not one


def test_money_alone():
    assert relations("青禾公司投入资金80万元，帮助东岗村修路。", [money.money]) == {("INVESTS_IN", "青禾公司", "东岗村")}
    assert relations("青禾公司帮扶东岗村。", [money.money]) == set()  # no amount


def test_a_money_cue_listed_among_ways_of_working_is_no_investment():
    doc = run("东岭村驻村工作队通过引进投资、委托帮扶、直接投入等模式推进柳林镇东岭村产业发展。")
    assert rels(doc, "INVESTS_IN") == set()
    doc = run("青禾公司投入资金200万元，在柳林镇东岭村建设冷库。")
    assert ("青禾公司", "东岭村") in rels(doc, "INVESTS_IN")


def test_the_object_of_a_pivot_verb_is_the_one_who_gives():
    # 协调X投入, 引进X，投资: X acts in the verb after the pivot, not the subject before it
    doc = run("工作队协调南乐县交通运输局为柳林镇东岭村投入资金80万元。")
    assert rels(doc, "INVESTS_IN") == {("南乐县交通运输局", "东岭村")}
    doc = run("柳林镇东岭村引进青禾果业有限公司，投资2000万元建设东岭村葡萄酒庄项目。")
    assert rels(doc, "INVESTS_IN") == {("青禾果业有限公司", "东岭村葡萄酒庄项目")}


def test_money_building_an_unnamed_facility_goes_to_the_one_village_named_before_it():
    doc = run("柳林镇东岭村第一书记王大明协调南乐县交通运输局投入资金80万元修建村道。")
    assert rels(doc, "INVESTS_IN") == {("南乐县交通运输局", "东岭村")}
    # villages named only after the money, or several, are not where it went
    assert rels(run("南乐县投入资金300万元修建产业路，覆盖东岭村等5个村。"), "INVESTS_IN") == set()


def test_the_projects_stated_total_is_its_owners_investment():
    doc = run("柳塘村青禾合作社肉牛养殖项目是全镇的示范项目。该项目共投资80万元，去年投入使用。")
    assert rel_props(doc, "INVESTS_IN")[("青禾合作社", "柳塘村青禾合作社肉牛养殖项目")]["amount_yuan"] == 800_000


def test_a_body_spending_on_no_named_receiver_spends_on_its_own_project():
    doc = run("在王庄村，记者走访了丰禾合作社蔬菜基地。丰禾蔬菜合作社由村党支部牵头成立，吸纳社员20户，"
              "投资50余万元购买冷藏设备。")
    props = rel_props(doc, "INVESTS_IN")[("丰禾蔬菜合作社", "丰禾合作社蔬菜基地")]
    assert props["amount_yuan"] == 500_000 and props["approximate"] is True


def test_spending_stays_unplaced_when_the_body_has_two_projects():
    doc = run("在王庄村，记者走访了丰禾合作社蔬菜基地和丰禾合作社养鸡场。丰禾合作社投资50万元购买设备。")
    assert all("amount_yuan" not in p for p in rel_props(doc, "INVESTS_IN").values())


def test_a_donation_that_builds_a_village_facility_helps_the_village_and_builds_the_project():
    doc = run("平阴县南溪镇河湾村发展茶叶。黎明商会捐资60万元建设河湾村文化广场。")
    assert rel_props(doc, "SUPPORTS")[("黎明商会", "河湾村")] == {"donation_yuan": 600000}
    assert rel_props(doc, "INVESTS_IN")[("黎明商会", "河湾村文化广场")] == {"amount_yuan": 600000}


def test_a_village_facility_is_a_project_only_when_money_or_building_is_put_into_it():
    doc = run("平阴县南溪镇河湾村发展茶叶。投资60万元，全面提升河湾村党群服务中心。")
    assert "河湾村党群服务中心" in names(doc, "Project")
    doc = run("平阴县南溪镇河湾村发展茶叶。村民常到河湾村党群服务中心办事。")
    assert "河湾村党群服务中心" not in names(doc, "Project")


def test_who_brings_in_a_joint_investment_helps_where_it_goes_and_no_partner_takes_the_whole_amount():
    doc = run("平阴县南溪镇发展工业。平阴县委驻南溪镇工作队协调青禾公司、山东省财政厅、鑫禾集团共同出资150万元，"
              "在南溪镇新建标准化厂房。")
    assert rel_props(doc, "SUPPORTS") == {("平阴县委驻南溪镇工作队", "南溪镇"): {}}


def test_what_the_money_founds_after_its_amount_and_a_comma():
    doc = run("县供销社与青禾公司共同出资500万元，成立南乐县农产品销售有限公司。")
    assert rels(doc, "INVESTS_IN") == {("南乐县供销社", "南乐县农产品销售有限公司"),
                                       ("青禾公司", "南乐县农产品销售有限公司")}


def test_a_partner_after_a_joining_verb_gives_money_too():
    doc = run("县供销社联合青禾公司共同出资，成立南乐县农产品销售有限公司。")
    assert ("青禾公司", "南乐县农产品销售有限公司") in rels(doc, "INVESTS_IN")


def test_an_elderly_canteen_with_its_village_is_a_project_the_donation_builds():
    doc = run("青山县旅杭商会捐资35万元援建石桥村老年食堂。")
    assert ("青山县旅杭商会", "石桥村老年食堂") in rels(doc, "INVESTS_IN")
    assert not names(run("全县建成老年食堂12个。"), "Project")


def test_respectively_pairs_givers_receivers_and_amounts_in_their_written_order():
    doc = run("青禾农业有限公司、石桥食品有限公司分别为东岗村、楼南村捐资15万元和20万元，用于修缮村卫生室。")
    got = rel_props(doc, "SUPPORTS")
    assert got.get(("青禾农业有限公司", "东岗村")) == {"donation_yuan": 150000}
    assert got.get(("石桥食品有限公司", "楼南村")) == {"donation_yuan": 200000}
    assert ("青禾农业有限公司", "楼南村") not in got and ("石桥食品有限公司", "东岗村") not in got
    doc = run("青禾农业有限公司分别为东岗村、楼南村投入15万元和20万元。")
    got = rel_props(doc, "INVESTS_IN")
    assert got[("青禾农业有限公司", "东岗村")]["amount_yuan"] == 150000
    assert got[("青禾农业有限公司", "楼南村")]["amount_yuan"] == 200000


def test_a_village_listed_with_the_giver_is_no_receiver():
    doc = run("东岗村、楼南村分别投入50万元、30万元发展茶叶产业。")
    assert ("东岗村", "楼南村") not in rels(doc, "INVESTS_IN")


def test_who_receives_an_investment_is_the_subject_of_a_verb_of_receiving():
    doc = run("石桥村党支部领办了石桥村富民专业合作社。去年，合作社又获得青禾农业有限公司投资300万元，新建了一条生产线。")
    assert rel_props(doc, "INVESTS_IN")[("青禾农业有限公司", "石桥村富民专业合作社")] == {"amount_yuan": 3000000}
    doc = run("黄坑村获得青禾文旅发展有限公司投资500万元，将闲置农房改造成民宿。")
    assert ("青禾文旅发展有限公司", "黄坑村") in rels(doc, "INVESTS_IN")
    assert ("黄坑村", "青禾文旅发展有限公司") not in rels(doc, "INVESTS_IN")


def test_a_group_named_by_its_kind_gives_to_the_village_named_by_reference():
    doc = run("青龙村是青禾集团有限公司的重点联系村。集团先后为村里投入180万元，新建茶叶加工厂1座。")
    assert any(t == "青龙村" and s.startswith("青禾集团") for s, t in rels(doc, "INVESTS_IN"))


def test_a_donation_whose_amount_closes_its_clause_builds_what_the_next_clause_builds():
    doc = run("今年4月，上海婺源商会捐资120万元，援建晓岚村文化礼堂。")
    assert rel_props(doc, "SUPPORTS").get(("上海婺源商会", "晓岚村")) == {"donation_yuan": 1200000}


def test_this_project_described_by_its_total_is_the_items_project():
    doc = run("柳林镇预制菜产业园项目正式开工。这个总投资1.2亿元的项目由青禾食品有限公司投资建设。")
    assert ("青禾食品有限公司", "柳林镇预制菜产业园项目") in rels(doc, "INVESTS_IN")


def test_respectively_with_one_amount_gives_it_to_each_pair():
    got = rel_props(run("青禾公司、绿源公司分别向石岭村捐款5万元。"), "SUPPORTS")
    assert got.get(("青禾公司", "石岭村")) == got.get(("绿源公司", "石岭村")) == {"donation_yuan": 50000}


def test_a_stake_with_no_object_is_in_the_body_founded_before_it():
    doc = run("柳河县青禾村位于山区。2022年，村党支部牵头成立柳河县青禾村山参种植专业合作社，村集体以300亩林地经营权入股，占股30%。")
    assert ("青禾村", "青禾村山参种植专业合作社") in rels(doc, "INVESTS_IN")
    # a kind word standing for a body not named is no founded body
    doc = run("柳河县青禾村位于山区。青禾村蔬菜专业合作社发展很快。村里计划成立养猪合作社，吸收群众入股，发展生猪养殖。")
    assert not rels(doc, "INVESTS_IN")


def test_a_project_by_its_kind_after_its_full_name():
    doc = run("柳河县青禾村位于山区。去年，红岭茶业投资3000万元建设青禾村红茶产业园。"
              "青禾村股份经济合作社以200亩茶园的经营权入股产业园，每年获得保底收益16万元。"
              "产业园已入驻企业6家，带动青禾村80户群众就业。")
    assert ("青禾村股份经济合作社", "青禾村红茶产业园") in rels(doc, "INVESTS_IN")
    # opening a clause, the kind describes the project; it helps no one
    assert not any(s == "青禾村红茶产业园" for s, _ in rels(doc, "SUPPORTS"))


def test_a_donation_with_its_village_around_the_money():
    # the village framing the sentence, or opening the clause after the money with 在, takes the gift
    doc = run("在柳林镇青禾村，海南椰风实业有限公司捐资30万元，用于村内道路硬化和路灯安装。")
    assert ("海南椰风实业有限公司", "青禾村") in rels(doc, "SUPPORTS")
    # a stake goes into a body, never into the framing place
    doc = run("在柳林镇青禾村，村党支部牵头成立柳林青禾茶旅发展有限公司，柳河县徽韵旅游开发有限公司出资300万元入股。")
    assert ("柳河县徽韵旅游开发有限公司", "青禾村") not in rels(doc, "INVESTS_IN")


def test_a_person_whose_title_a_body_opens_gives_the_gift():
    doc = run("柳河县青禾村位于山区。江苏恒茗茶业有限公司董事长孙建国被乡亲们打动，个人捐资20万元，在青禾村设立助学基金。")
    assert ("孙建国", "青禾村") in rels(doc, "SUPPORTS")
    assert ("江苏恒茗茶业有限公司", "青禾村") not in rels(doc, "SUPPORTS")


def test_money_for_a_village_after_an_adverb_of_purpose():
    doc = run("柳林镇青禾村位于山区。武进区另拨付协作资金300万元，专门用于青禾村产业路拓宽。")
    assert ("武进区", "青禾村") in rels(doc, "INVESTS_IN")


def test_a_donation_for_the_village_that_builds_a_named_project():
    doc = run("柳林镇青禾村位于山区。今年1月，柳河县福建商会捐资50万元，为村里新建了青禾村幸福院。")
    assert ("柳河县福建商会", "青禾村幸福院") in rels(doc, "INVESTS_IN")
    assert ("柳河县福建商会", "青禾村") in rels(doc, "SUPPORTS")


def test_a_class_noun_between_two_bodies_makes_the_second_the_giver():
    doc = run("北京农学院校友企业北京禾丰种苗科技有限公司还向青禾村捐赠板栗苗木1.2万株。")
    assert ("北京禾丰种苗科技有限公司", "青禾村") in rels(doc, "SUPPORTS")
    assert ("北京农学院", "青禾村") not in rels(doc, "SUPPORTS")


def test_a_list_of_places_each_taking_a_stake():
    doc = run("2022年，草原牧歌乳业有限公司建设牧歌乳业万头奶牛牧场项目。"
              "宝力格、查干、巴音花等3个村各以集体资金200万元入股牧场。")
    got = {pair: props.get("amount_yuan") for pair, props in rel_props(doc, "INVESTS_IN").items()}
    for village in ("宝力格村", "查干村", "巴音花村"):
        assert got.get((village, "牧歌乳业万头奶牛牧场项目")) == 2000000
    assert "草原牧歌乳业有限公司建设牧歌乳业万头奶牛牧场项目" not in names(doc, "Project")


def test_a_county_short_name_read_as_a_verb_opens_a_chamber_of_commerce():
    doc = run("重庆市奉节商会与天池村结对帮扶，去年捐资35万元修建了天池村产业便道。")
    assert "重庆市奉节商会" in names(doc, "Organization")
    assert ("重庆市奉节商会", "天池村产业便道") in rels(doc, "INVESTS_IN")


def test_a_gift_to_a_village_that_builds_a_quoted_project():
    doc = run("今年青禾茶业向双坑村捐赠80万元，建设“莲乡书屋”。")
    assert "莲乡书屋" in names(doc, "Project")
    assert ("青禾茶业", "莲乡书屋") in rels(doc, "INVESTS_IN")


def test_an_office_by_its_kind_character_gives():
    doc = run("柳河县文化旅游局对口帮扶云岭村。该局投入资金80万元，为云岭村修缮了一条古驿道。")
    assert ("柳河县文化旅游局", "云岭村") in rels(doc, "INVESTS_IN")


def test_money_that_helps_the_village_build_a_named_facility():
    doc = run("青禾公司与杨家山村结对后，并出资20万元帮助村里建设杨家山村农机服务站。")
    assert "杨家山村农机服务站" in names(doc, "Project")
    assert ("青禾公司", "杨家山村农机服务站") in rels(doc, "INVESTS_IN")
    # not built: the same kind is an office
    assert "杨家山村农机服务站" in names(run("杨家山村农机服务站为农户提供服务。"), "Organization")


def test_a_donation_that_builds_a_named_facility_invests_in_it():
    # SCHEMA, donations: 捐资 + building a named project gives INVESTS_IN donor → project as well as SUPPORTS
    doc = run("青山县青禾农业有限公司捐资30万元，为王庄村建设王庄村黄桃交易市场。")
    assert any("青禾" in a and b == "王庄村黄桃交易市场" for a, b in rels(doc, "INVESTS_IN"))
    doc = run("黎明商会捐资50万元，为王庄村修建了王庄村游客服务中心。")
    assert ("黎明商会", "王庄村游客服务中心") in rels(doc, "INVESTS_IN")
    assert "王庄村游客服务中心" in names(doc, "Project")


def test_a_project_a_company_builds_is_its_investment():
    # X项目由Y公司建设: no money cue, but the company builds its own project (not 承建: a contractor)
    doc = run("总投资2600万元的青山窑洞民宿项目由山西青禾文旅开发有限公司建设。")
    assert any("青禾文旅" in a and b == "青山窑洞民宿项目" for a, b in rels(doc, "INVESTS_IN"))
    doc = run("青山窑洞民宿项目由山西青禾建筑工程有限公司承建。")
    assert not rels(doc, "INVESTS_IN")


def test_respectively_pairs_amounts_written_in_a_manner_phrase_before_the_stake():
    # 分别以N元、M元入股: the amounts of the 以 phrase, in the written order of the givers
    doc = run("青禾牧业有限公司在东坡村建设“青禾”肉牛养殖场，东坡村、西坡村分别以村集体资金120万元、80万元入股该项目。")
    got = {s: p.get("amount_yuan") for (s, d), p in rel_props(doc, "INVESTS_IN").items() if d == "“青禾”肉牛养殖场"}
    assert got == {"东坡村": 1200000, "西坡村": 800000}
