"""Recognisers/projects.py: facilities named after a proper head, and kind-only nouns. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import projects
from tests.extraction.helpers import mentions, names, rels, run


def test_a_facility_kind_after_an_owner_or_a_distinctive_stem_is_a_project():
    doc = run("鑫禾集团累计为柳塘村青禾种养专业合作社肉牛养殖场投入200万元。")
    assert "柳塘村青禾种养专业合作社肉牛养殖场" in names(doc, "Project")
    doc = run("该村青螺山旅游区修好了道路，村里还建成翠岭苦丁有机茶园。")
    assert {"青螺山旅游区", "翠岭苦丁有机茶园"} <= names(doc, "Project")


def test_a_facility_kind_after_common_words_or_a_clause_is_no_project():
    assert not mentions("村里发展茶园和果园", projects.named_facilities)
    assert not names(run("推广茶园修剪技术提升茶园效益。"), "Project")


def test_plants_named_by_their_product_are_kinds():
    doc = run("青山村成立了柳溪坪种养合作社，投资经营矿泉水厂、豆腐厂、养鸡场。")
    assert not names(doc, "Enterprise")
    doc = run("柳林镇引导各村抱团成立经营性公司。")
    assert not names(doc, "Enterprise")
    doc = run("青山村引进翠溪酒厂。")
    assert "翠溪酒厂" in names(doc, "Enterprise")  # a brand before 酒厂 names it


def test_a_project_named_by_the_committee_or_starting_inside_a_village_is_no_name():
    doc = run("柳林镇整合青岗、白溪等2个村委会产业发展扶贫项目资金。")
    assert not names(doc, "Project")
    doc = run("为推进茶叶产业发展，青山村新修产业基地机耕道300米。")
    assert not names(doc, "Project")


def test_a_dash_between_two_names_makes_one_project():
    doc = run("青山村领到柳溪市“千村联建项目”——翠谷数字产业园20万元分红。")
    assert "翠谷数字产业园" in names(doc, "Project")
    assert not any("——" in n or n == "千村联建项目" for n in names(doc, "Project"))
    aliases = {a for e in doc.entities if e.name == "翠谷数字产业园" for a in e.aliases}
    assert "千村联建项目" in aliases


def test_a_village_glued_to_a_company_is_two_things():
    doc = run("项目位于该镇柳塘村翠丰农业有限公司种植基地。")
    assert "柳塘村" in names(doc, "Village")
    assert "翠丰农业有限公司" in names(doc, "Enterprise")


def test_a_list_of_places_and_products_sharing_a_head_gives_one_project_each():
    doc = run("此外，柳塘村茶叶、河湾村蔬菜、石门村香水柠檬等基地也初具规模。")
    assert {"柳塘村茶叶基地", "河湾村蔬菜基地", "石门村香水柠檬基地"} <= names(doc, "Project")
    assert not mentions("发展茶叶、蔬菜等基地", projects.listed_projects)  # no place: kinds only


def test_a_facility_named_with_its_village_or_its_villages_body_is_in_that_village():
    doc = run("柳林镇东岭村肉牛养殖场建成投用。")
    assert ("东岭村肉牛养殖场", "东岭村") in rels(doc, "LOCATED_IN")
    doc = run("柳林镇东岭村葡萄种植专业合作社肉牛养殖场建成投用。")
    assert ("东岭村葡萄种植专业合作社肉牛养殖场", "东岭村") in rels(doc, "LOCATED_IN")


def test_each_listed_facility_is_in_the_place_it_opens_with():
    doc = run("柳林镇建成东岭村葡萄、西河村蔬菜等基地。")
    assert {("东岭村葡萄基地", "东岭村"), ("西河村蔬菜基地", "西河村")} <= rels(doc, "LOCATED_IN")


def test_a_building_verb_after_a_place_opens_no_name():
    doc = run("瑞丰农业有限公司投资1200万元在柳林镇东岭村建设茶叶加工厂。")
    assert "建设茶叶加工厂" not in names(doc, "Enterprise") | names(doc, "Project")
    assert ("瑞丰农业有限公司", "东岭村") in rels(doc, "INVESTS_IN")


def test_a_building_verb_after_a_place_and_an_adverb_or_co_verb_opens_no_name():
    doc = run("瑞丰公司出资200万元与柳塘村合作建设冷链物流中心。河湾村积极兴建茶叶加工厂。")
    found = names(doc, "Enterprise") | names(doc, "Project")
    assert not any(n.startswith(("柳塘村合作", "河湾村积极")) for n in found)


def test_a_quoted_name_after_a_building_verb_is_the_projects_own():
    doc = run("平阴县南溪镇发展茶旅。南溪镇建设“翠屏”茶旅综合体项目。瑞丰公司投资建设“青岚”茶旅综合体。")
    assert {"“翠屏”茶旅综合体项目", "“青岚”茶旅综合体"} <= names(doc, "Project")
    assert ("瑞丰公司", "“青岚”茶旅综合体") in rels(doc, "INVESTS_IN")


def test_a_quoted_campaign_with_a_programme_head_is_no_construction_project():
    doc = run("平阴县南溪镇发展茶旅。南溪镇实施“百村提升、千户增收”工程。")
    assert not any("百村提升" in n for n in names(doc, "Project"))
    assert any("百村提升" in n for n in names(doc, "Programme"))


def test_a_power_station_owned_by_a_village_is_a_project_its_investor_puts_money_into():
    doc = run("由青禾公司投资建设的东岭村光伏电站已并网发电。")
    assert "东岭村光伏电站" in names(doc, "Project")
    assert rels(doc, "INVESTS_IN") == {("青禾公司", "东岭村光伏电站")}


def test_a_counted_facility_is_no_project():
    doc = run("国家电网青禾供电公司为河湾村捐建了一座光伏电站。柳塘村建起了两个茶园。")
    assert not any(n.startswith(("一座", "两个")) for n in names(doc, "Project"))


def test_bridges_reservoirs_and_water_works_with_a_proper_head_are_projects():
    doc = run("黎明商会捐资60万元建设河湾村便民桥。")  # SCHEMA's example of a donation that builds
    assert "河湾村便民桥" in names(doc, "Project")
    assert ("黎明商会", "河湾村便民桥") in rels(doc, "INVESTS_IN")
    assert "柳河水库" in names(run("县水利局投资300万元修建了柳河水库。"), "Project")
    assert not names(run("村里新修了一座便民桥。"), "Project")  # counted, no name


def test_a_project_built_by_a_place_is_named_from_after_the_verb_of_building():
    doc = run("青禾公司投资3000万元，在丹麻镇建设青禾公司青稞精深加工项目。")
    assert "青禾公司青稞精深加工项目" in names(doc, "Project")
    assert ("青禾公司", "青禾公司青稞精深加工项目") in rels(doc, "INVESTS_IN")
    assert not names(run("在石湾村建设200亩育苗基地。"), "Project")


def test_a_counted_facility_after_a_verb_of_building_is_no_name():
    doc = run("工作队投入帮扶资金约800万元，为唐河村建起一座智能育苗中心。")
    assert not any("建起" in n for n in names(doc, "Project") | names(doc, "Organization"))


def test_a_named_park_of_leisure_agriculture_is_a_project():
    doc = run("青禾茶业有限公司拟投资5000万元，在柳林镇建设岚山古茶文化体验园。")
    assert ("青禾茶业有限公司", "岚山古茶文化体验园") in rels(doc, "INVESTS_IN")
    assert not names(run("全县建成采摘园12个。"), "Project")


def test_a_project_named_after_the_brand_of_the_company_that_builds_it():
    doc = run("柳河青禾农业科技有限公司去年在柳河镇投资3000万元，建设了占地200亩的青禾智能育苗项目。")
    assert "青禾智能育苗项目" in names(doc, "Project")
    assert ("柳河青禾农业科技有限公司", "青禾智能育苗项目") in rels(doc, "INVESTS_IN")
    # no company of that brand: common words alone name no project
    assert "智能育苗项目" not in names(run("柳河镇建设了智能育苗项目。"), "Project")


def test_elderly_canteens_and_reading_rooms_are_projects():
    doc = run("县工商联捐资120万元援建青禾村长者饭堂。")
    assert "青禾村长者饭堂" in names(doc, "Project")


def test_a_plant_named_after_a_project_and_a_dash_is_that_project():
    doc = run("走进柳林镇青禾村，闽宁协作项目——青禾村马铃薯全粉加工厂内机器轰鸣。")
    assert "青禾村马铃薯全粉加工厂" in names(doc, "Project")
    assert not names(doc, "Enterprise") and "闽宁协作项目" not in names(doc, "Project")


def test_a_landmark_after_a_locative_verb_is_no_project():
    assert not names(run("燕落村地处密云水库上游，生态优美。"), "Project")
    assert "青禾水库" in names(run("青禾村新建的青禾水库已经蓄水。"), "Project")


def test_a_body_then_a_co_verb_and_a_building_verb_is_no_project_name():
    # 与青禾公司合作建设|冷链仓储中心: the company builds; what follows the verb is the project's own name
    doc = run("王庄村以集体建设用地入股，与青山县青禾农业有限公司合作建设冷链仓储中心。")
    assert not any("公司" in n for n in names(doc, "Project"))
    doc = run("青山县青禾农业有限公司投资新建王庄村冷链仓储中心。")
    assert names(doc, "Project") == {"王庄村冷链仓储中心"}


def test_a_villages_plant_the_text_builds_is_a_project_named_with_its_village():
    doc = run("2022年，北京市援疆和田指挥部援建资金1800万元，建成阿克其村核桃精深加工厂。")
    assert "阿克其村核桃精深加工厂" in names(doc, "Project")
    assert ("北京市援疆和田指挥部", "阿克其村核桃精深加工厂") in rels(doc, "INVESTS_IN")


def test_carrying_out_after_a_place_opens_a_clause_not_a_project():
    doc = run("静宁县果业发展中心主任王志明带领技术服务队，常年在威戎镇开展果园提质增效服务。")
    assert not names(doc, "Project")


def test_setting_up_after_a_place_opens_a_clause():
    doc = run("深圳市龙华区人力资源局在凌云县设立劳务协作工作站。")
    assert not any(n.startswith("凌云县设立") for n in names(doc, "Organization") | names(doc, "Project"))


def test_parks_belts_halls_and_live_rooms_are_project_kinds():
    for text, name in (("今年镇里将整合资金300万元，建设井店镇花椒精深加工园。", "井店镇花椒精深加工园"),
                       ("推动建设雁洋镇客家茶旅融合示范带。", "雁洋镇客家茶旅融合示范带"),
                       ("该村建起了弄怀村瑶医药文化馆。", "弄怀村瑶医药文化馆"),
                       ("工作队帮助建成塔吉勒克村农产品直播间。", "塔吉勒克村农产品直播间")):
        assert name in names(run(text), "Project")


def test_a_place_by_a_locative_and_its_verb_of_building_are_no_part_of_a_project_name():
    doc = run("该公司投资900万元在园内建设秦岭菌业菌包加工车间。")
    assert "秦岭菌业菌包加工车间" in names(doc, "Project")
    assert "柳沟村基础设施建设项目" in names(run("柳沟村基础设施建设项目开工。"), "Project")


def test_a_phase_of_a_project_is_part_of_its_name():
    doc = run("集团计划再投资5000万元，建设湘岭花垣腊味产业园二期。")
    assert "湘岭花垣腊味产业园二期" in names(doc, "Project")


def test_a_product_opening_with_a_date_character_after_a_place():
    doc = run("里水镇累计投入协作资金460万元，建设莲花镇月柿冷链仓储中心。")
    assert "莲花镇月柿冷链仓储中心" in names(doc, "Project")


def test_counted_places_and_the_extent_of_land_name_no_facility():
    assert not names(run("两村茶园面积达到3000亩。"), "Project")
    assert not names(run("走进满山茶园，茶农忙着采茶。"), "Project")
