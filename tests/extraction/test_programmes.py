"""Recognisers/programmes.py: programmes. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import programmes
from tests.extraction.helpers import mentions, names, rels, run


def test_quoted_and_unquoted_programmes():
    doc = run("柳林镇实施了红绿灯预警模式，推行“三包一联”工作机制，推广鲁信惠农贷。")
    assert {"红绿灯预警模式", "“三包一联”工作机制", "鲁信惠农贷"} <= names(doc, "Programme")
    assert ("柳林镇", "“三包一联”工作机制") in rels(doc, "IMPLEMENTS")


def test_formula_models_and_generic_phrases_are_not_programmes():
    doc = run("柳林镇推行“党支部+合作社+农户”模式，助力乡村振兴。")
    assert not names(doc, "Programme")


def test_nested_quotes_and_de_before_the_head():
    doc = run("合作社建立了‘入股有股金’的‘两金’分配模式。柳林镇推行“村社合一”的发展模式。")
    assert {"“两金”分配模式", "“村社合一”发展模式"} <= names(doc, "Programme")


def test_quoted_and_coded_programmes():
    doc = run("柳林镇认真贯彻落实省“千村示范工程”部署，为王庄村提供“五统一”生产服务。")
    assert {"千村示范工程", "五统一"} <= names(doc, "Programme")
    assert "千村示范工程" not in names(doc, "Project")
    doc = run("王庄村打造“金穗”自主品牌，实现“双增收”，成为全镇的“一号工程”。")
    assert not names(doc, "Programme")  # a brand, a slogan and a metaphor are no programmes


def test_each_programme_recogniser_alone():
    assert mentions("推行“村社合一”发展模式", programmes.quoted_programmes) == {("Programme", "“村社合一”发展模式")}
    assert mentions("开展“两进三帮”活动", programmes.quoted_programmes) == {("Programme", "“两进三帮”活动")}
    assert mentions("实施了红绿灯预警模式", programmes.unquoted_models) == {("Programme", "红绿灯预警模式")}
    assert mentions("发放齐鲁富民贷", programmes.loan_products) == {("Programme", "齐鲁富民贷")}
    assert mentions("落实防止返贫动态监测", programmes.fixed_programme_names) == {("Programme", "防返贫动态监测")}


def test_policy_heads_and_de_before_the_head():
    assert mentions("柳林村推广“青坪”经验", programmes.quoted_programmes) == {("Programme", "“青坪”经验")}
    assert mentions("用好“先租后包”政策引进能人", programmes.quoted_programmes) == {("Programme", "“先租后包”政策")}
    found = mentions("提出“坡上林果坡下菌菇”的生态种植规划", programmes.quoted_programmes)
    assert found == {("Programme", "“坡上林果坡下菌菇”生态种植规划")}
    # 经验 and 政策 end a clause when words stand between: no head of the quotation
    assert ("Programme", "“五线整治”工作积累经验") not in mentions("为“五线整治”工作积累经验",
                                                                  programmes.quoted_programmes)


def test_a_campaign_after_de_but_not_a_label():
    assert mentions("两村响应县委组织部的“春雨工程”项目", programmes.quoted_programmes) == {("Programme", "春雨工程")}
    assert mentions("从去年开始实施的“五年计划”，已让村里变样", programmes.quoted_programmes) == {("Programme", "五年计划")}
    assert not mentions("把合作社建设作为全镇的“头号工程”", programmes.quoted_programmes)


def test_quoted_parallel_pairs_name_a_campaign():
    found = mentions("工作队开展“回故乡，建家园”返乡创业活动", programmes.quoted_programmes)
    assert found == {("Programme", "回故乡，建家园")}
    assert mentions("获得“十村示范、百村提升”扶持资金", programmes.quoted_programmes) == {
        ("Programme", "十村示范、百村提升")}
    # a saying, a goal, a list of verbs, a row of event titles: no campaign
    assert not mentions("形成“你追我赶、比学赶超”的工作局面", programmes.quoted_programmes)
    assert not mentions("做到“离岗不离心，退休不褪色”", programmes.quoted_programmes)
    assert not mentions("开展“大走访、大排查”活动", programmes.quoted_programmes)
    assert not mentions("举办“欢歌迎新春”联欢会、“翰墨飘书香 经典永流传”主题书法活动", programmes.quoted_programmes)


def test_named_loans():
    found = mentions("青山村申请互助资金增信贷款、扶贫专项贷款等各类贷款", programmes.named_loans)
    assert found == {("Programme", "互助资金增信贷款")}  # 扶贫 is a verb: nothing named before 专项
    assert mentions("发放创业担保贷款300万元", programmes.named_loans) == {("Programme", "创业担保贷款")}
    assert not mentions("申请专项贷款", programmes.named_loans)


def test_fixed_names_inside_longer_names_and_help_labels():
    doc = run("青山村用精准扶贫专项贷款资金修建大棚。县人大结对帮扶青山村。")
    assert "精准扶贫" not in names(doc, "Programme")
    assert "精准扶贫专项贷款" in names(doc, "Programme")
    assert "结对帮扶" not in names(doc, "Programme")  # a 帮扶 label used as a verb
    doc = run("青山村在精准扶贫、精准脱贫工作中发展产业。")
    assert "精准扶贫" in names(doc, "Programme") and "精准脱贫" not in names(doc, "Programme")


def test_campaign_years_and_time_bound_actions():
    found = mentions("今年积极开展作风能力提升攻坚年", programmes.campaigns)
    assert found == {("Programme", "作风能力提升攻坚年")}
    assert mentions("打好村容整治三年行动收官战", programmes.campaigns) == {("Programme", "村容整治三年行动")}
    assert mentions("矛盾化解百日行动共上报案件30件", programmes.campaigns) == {("Programme", "矛盾化解百日行动")}
    assert not mentions("实施三年行动", programmes.campaigns)  # a period alone names nothing


def test_a_village_suffix_inside_a_quoted_programme_name_is_no_village():
    doc = run("南乐县实施“千企兴千村”行动，组织企业结对帮扶。")
    assert "“千企兴千村”行动" in names(doc, "Programme")
    assert names(doc, "Village") == set()


def test_two_provinces_short_names_before_协作_name_their_pairing():
    doc = run("近年来，柳林镇把苏陕协作作为产业发展的重要抓手。")
    assert "苏陕协作" in names(doc, "Programme") and ("柳林镇", "苏陕协作") in rels(doc, "IMPLEMENTS")
    assert "沪滇扶贫协作" in names(run("这是沪滇扶贫协作的成果。"), "Programme")
    assert not names(run("两家企业开展协作。"), "Programme")
