"""Edges.py: where a name starts, walking left over the segmenter's words. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, run


def test_a_one_character_morpheme_opens_a_village_name():
    assert "湾林村" in names(run("富,关键看支部。湾林村坚持党建引领。"), "Village")
    assert "湾林村" in names(run("大力发展湾林村产业。"), "Village")


def test_a_word_ending_in_a_place_suffix_closes_the_name_before_the_next():
    # 帮扶村 is a kind of village; the township named right after it starts after 村
    doc = run("结对帮扶村林坪乡后岭村开展技能培训。")
    assert "林坪乡" in names(doc, "Township")
    assert "后岭村" in names(doc, "Village")
    assert not any(n.startswith("村") or "乡" in n for n in names(doc, "Village"))


def test_a_preposition_glued_to_the_first_name_of_a_list_is_not_part_of_it():
    # the segmenter reads 对岭营 as one word
    doc = run("柳林镇重点对岭营、屯南等25个村的线路进行整治。")
    assert {"岭营村", "屯南村"} <= names(doc, "Village")
    assert not any(n.startswith("对") for n in names(doc, "Village"))


def test_a_numbered_village_keeps_the_word_before_its_number():
    # 下桥 alone reads as a verb (to get off a bridge); before 七村 it is the name of the village
    doc = run("柳林镇西沟七村、下桥七村都通了自来水。")
    assert "下桥七村" in names(doc, "Village")


def test_a_count_after_villages_is_no_numbered_village():
    doc = run("在柳林镇，东岭村、西河村、前坪村、后沟大村四村联动建立起联村党总支。")
    assert "大村四村" not in names(doc, "Village") and "后沟大村四村" not in names(doc, "Village")


def test_a_preposition_glued_to_one_name_character_is_not_part_of_the_name():
    # the segmenter reads 对湾 as one (unknown) word
    doc = run("镇里争取多方资金对湾二、石岭等6个村进行基础设施提升。")
    assert "湾二村" in names(doc, "Village")
    assert not any("对" in n for n in names(doc, "Village"))


def test_a_verb_that_introduces_its_object_ends_a_body_name():
    # 租给, 用于: the body is the object the complement 给/于 introduces, not part of it
    doc = run("如今柳林镇东岭村以20万元/年把仓库租给青禾果业公司。")
    assert "青禾果业公司" in names(doc, "Enterprise")
    assert not any("租给" in n for n in names(doc, "Enterprise"))
    doc = run("东岭村的分红中，30%用于村集体合作社的周转资金。")
    assert not any(n.startswith("用于") for n in names(doc, "Cooperative"))


def test_a_verb_of_regarding_as_ends_a_body_name():
    doc = run("东岭村把青山碧水当作生态基地来经营。")
    assert not any("当作" in n or "当成" in n for t in ("Project", "Enterprise") for n in names(doc, t))


def test_a_preposition_glued_to_the_word_before_a_company_is_not_in_its_name():
    from tests.extraction.relation_helpers import names as entity_names
    from tests.extraction.relation_helpers import rels as rel_props
    from tests.extraction.relation_helpers import run as run_text

    doc = run_text("平阴县南溪镇为青禾公司申报高新技术企业。")
    assert "青禾公司" in entity_names(doc, "Enterprise") and "为青禾公司" not in entity_names(doc, "Enterprise")
    assert ("南溪镇", "青禾公司") in rel_props(doc, "SUPPORTS")


def test_a_measure_word_before_a_body_opens_no_name():
    doc = run("石桥村去年建成1座光伏电站，还新建了这座加工厂。")
    assert not any(n.startswith(("座", "这座")) for n in names(doc, "Project") | names(doc, "Enterprise"))


def test_a_time_word_and_a_verb_before_a_kind_are_a_clause_not_a_name():
    doc = run("青禾公司今年收购合作社鲜叶200吨。")
    assert not names(doc, "Cooperative") and names(doc, "Enterprise") == {"青禾公司"}


def test_a_villages_area_and_a_graded_kind_are_no_names():
    doc = run("青檀岗村、油坊湾村打破村域界限，联合发展茶叶产业。")
    assert names(doc, "Village") == {"青檀岗村", "油坊湾村"}
    doc = run("横溪坪村的强村公司被评为市级强村公司。")
    assert not names(doc, "Enterprise")


def test_a_body_and_an_adverb_of_manner_are_a_subject_and_its_predicate():
    # 工作队|积极争取|项目资金: no project is named 青禾村工作队积极争取项目
    doc = run("近年来，县农业农村局驻青禾村工作队积极争取项目资金300万元，修建了灌溉渠。")
    assert not names(doc, "Project")
    assert "县农业农村局驻青禾村工作队" in names(doc, "Organization")


def test_a_verb_of_settling_ends_the_place_name_after_it():
    for s in ("柳河县蔬菜加工项目落地青禾村。", "一批产业项目扎根青禾村。"):
        assert names(run(s), "Village") == {"青禾村"}


def test_a_class_of_business_before_a_registered_name_is_no_part_of_it():
    # a registered name opens with its place: the class before it (国有企业, 龙头企业) and a verb of handing
    # over (交由) stay out
    doc = run("区属国有企业柳河青禾农业发展有限公司投资800万元。")
    assert names(doc, "Enterprise") == {"柳河青禾农业发展有限公司"}
    doc = run("加工厂建成后交由柳河青禾食品有限公司运营。")
    assert "柳河青禾食品有限公司" in names(doc, "Enterprise")
    # 企业 inside a name, before no place, stays (青禾企业管理有限公司)
    assert names(run("青禾企业管理有限公司今年成立。"), "Enterprise") == {"青禾企业管理有限公司"}


def test_a_count_and_its_measure_word_open_no_village():
    assert not names(run("农技专家先后12次进村开展技术指导。"), "Village")


def test_a_bare_kind_then_a_verb_is_a_subject_not_the_start_of_a_name():
    # 公司|负责收购|合作社: the company is the subject, the cooperative a bare reference the clause acts on
    assert not names(run("公司负责收购合作社产品，保障农户收益。"), "Cooperative")
    assert names(run("公司统一组织收购合作社的玉米。"), "Cooperative") == set()
    assert names(run("公司长期收购青禾合作社的玉米。"), "Cooperative") == {"青禾合作社"}
    # a verbal noun or a one-character verb after the kind belongs to a name
    assert names(run("青禾企业管理有限公司今年成立。"), "Enterprise") == {"青禾企业管理有限公司"}


def test_a_price_and_its_verb_open_no_name():
    # 以保底价|收购|合作社: a price adverbial and the verb, then the bare kind the clause acts on
    assert not names(run("青禾公司以保底价收购合作社红枣。"), "Cooperative")
    assert not names(run("公司以每斤高出市场价0.2元的价格收购合作社稻谷。"), "Cooperative")


def test_a_brand_ending_in_du_or_he_is_not_cut_at_that_character():
    # 梨|都, 京|和: the segmenter reads the brand's second character as an adverb or a conjunction
    assert "梨都农业科技有限公司" in names(run("合作社与贵德县梨都农业科技有限公司签约。"), "Enterprise")
    assert "北京京和纺织服装有限公司" in names(run("北京京和纺织服装有限公司在扎瓦镇投资600万元。"), "Enterprise")
    # a place or body before 和 still ends there
    assert "青禾公司" in names(run("王庄村和青禾公司签约。"), "Enterprise")


def test_a_verb_of_contacting_ends_a_name():
    assert "西南大学" in names(run("队长王某还联系西南大学的专家为村里开展技术培训。"), "Organization")


def test_a_county_jieba_tags_as_a_verb_still_opens_a_bureaus_name():
    # 宕昌县 (tagged v): a place word is never stripped from the start of a body's name as a verb is
    doc = run("韩立伟挂职宕昌县农业农村局副局长。")
    assert "宕昌县农业农村局" in names(doc, "Organization")


def test_investment_as_a_companys_trade_stays_in_its_name():
    # 某某投资集团有限公司, 城乡建设投资有限公司: 投资 right before the company's kind is its trade, no cue
    doc = run("湖南省湘水投资集团有限公司累计向洞溪村投入帮扶资金280万元。")
    assert any(n.endswith("湘水投资集团有限公司") for n in names(doc, "Enterprise"))
    assert "集团有限公司" not in names(doc, "Enterprise")
    # every county has one: the county stays in its name, so two counties' companies stay two
    doc = run("西峡县城乡建设投资有限公司负责建设。")
    assert names(doc, "Enterprise") == {"西峡县城乡建设投资有限公司"}
    doc = run("青禾公司投资绿源农业有限公司。")
    assert names(doc, "Enterprise") == {"青禾公司", "绿源农业有限公司"}
