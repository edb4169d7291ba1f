"""Relations/posts.py: HOLDS_POST. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import posts
from tests.extraction.helpers import names, posts_held, relations, rels, run


def test_village_party_secretary_short_title():
    doc = run("柳林镇王庄村村支书李长河带头种植。")
    assert ("李长河", "王庄村党支部") in rels(doc, "HOLDS_POST")
    post = next(r for r in doc.relations if r.type == "HOLDS_POST")
    assert post.properties["title"] == "书记"


def test_a_bare_provincial_committee_is_the_articles_province():
    doc = run("山西省平遥县东泉镇是试点乡镇。镇党委书记李某参加了省委书记赵某某主持召开的座谈会。")
    assert "山西省委" in names(doc, "Branch")
    assert ("赵某某", "山西省委") in rels(doc, "HOLDS_POST") and ("山西省委", "山西省") in rels(doc, "LOCATED_IN")
    two = run("河北省与山西省开展合作。省委书记赵某某出席。")  # two provinces: which one is not known
    assert not any(n.endswith("省委") for n in names(two, "Branch"))


def test_a_bare_cooperative_before_a_title_is_the_one_the_article_named():
    doc = run("柳林镇宏达养殖专业合作社发展很快。“收益更稳定。”合作社负责人郁长青信心满满地说。")
    assert ("郁长青", "宏达养殖专业合作社") in rels(doc, "HOLDS_POST")
    # two cooperatives and none named in the item: no guess
    doc = run("甲村宏达养殖专业合作社和乙村丰收种植专业合作社都有分红。\n\n合作社负责人洪立新说。")
    assert not any(p == "洪立新" for p, _ in rels(doc, "HOLDS_POST"))


def test_posts_alone():
    assert relations("王庄村党支部书记张立军说。", [posts.posts]) == {("HOLDS_POST", "张立军", "王庄村党支部")}


def test_a_teams_titles_with_the_team_written_by_reference():
    doc = run("平阴县南溪镇柳塘村地处山区。驻村扶贫工作队队长、第一书记王青山介绍，村里修了路。")
    assert "柳塘村驻村扶贫工作队" in names(doc, "Organization")
    held = rels(doc, "HOLDS_POST")
    assert ("王青山", "柳塘村驻村扶贫工作队") in held and ("王青山", "柳塘村") in held


def test_a_first_secretary_of_a_named_team_serves_its_village():
    doc = run("鑫禾集团驻柳塘村工作队第一书记王青山说道，产业有了起色。")
    held = rels(doc, "HOLDS_POST")
    assert ("王青山", "鑫禾集团驻柳塘村工作队") in held and ("王青山", "柳塘村") in held


def test_a_branch_first_secretary_also_serves_the_village_and_leads_the_named_team():
    doc = run("东川省委政法委驻村工作组进驻柳塘村。据驻村工作组组长、柳塘村党支部第一书记王青山介绍，村里变化大。")
    held = rels(doc, "HOLDS_POST")
    assert {("王青山", "柳塘村党支部"), ("王青山", "柳塘村"), ("王青山", "东川省委政法委驻村工作组")} <= held


def test_a_bare_team_before_its_leader_is_the_villages_team():
    doc = run("平阴县南溪镇柳塘村地处山区。工作队队长王青山带领队员走访。")
    assert ("王青山", "柳塘村驻村工作队") in rels(doc, "HOLDS_POST")
    assert ("柳塘村驻村工作队", "柳塘村") in rels(doc, "LOCATED_IN")


def test_a_bare_first_secretary_serves_the_items_village_unless_the_sentence_names_another():
    doc = run("平阴县南溪镇柳塘村地处山区。第一书记王青山介绍，村里修了路。")
    assert ("王青山", "柳塘村") in rels(doc, "HOLDS_POST")
    doc = run("平阴县南溪镇柳塘村地处山区。第一书记王青山带领群众到柳塘村学习技术。")
    assert not rels(doc, "HOLDS_POST")


def test_a_holder_of_an_honour_only_is_a_person_with_that_post():
    # named in a list after an official, the honorary head is still no official
    doc = run("柳林镇龙泉村党支部副书记王贯军和名誉村主任张松涛总经理谈红薯深加工项目。")
    assert "张松涛" in names(doc, "Person") and "张松涛" not in names(doc, "Official")
    assert ("张松涛", "龙泉村") in rels(doc, "HOLDS_POST")
    assert "王贯军" in names(doc, "Official")


def test_a_person_listed_after_another_holds_only_the_titles_written_before_their_own_name():
    doc = run("柳林镇党委书记王大明、镇长李小红参加了分红大会。")
    assert rels(doc, "HOLDS_POST") == {("王大明", "柳林镇党委"), ("李小红", "柳林镇")}
    doc = run("柳林镇东岭村党支部书记王大明和村委会主任李小红参加了分红大会。")
    assert rels(doc, "HOLDS_POST") == {("王大明", "东岭村党支部"), ("李小红", "东岭村")}


def test_a_title_after_a_listed_person_names_the_same_branch():
    doc = run("柳林镇东岭村党支部书记王大明、副书记李小红参加了分红大会。")
    titles = {(r.source, r.properties.get("title")) for r in doc.relations if r.type == "HOLDS_POST"}
    by_name = {e.id: e.name for e in doc.entities}
    assert {(by_name[s], t) for s, t in titles} == {("王大明", "书记"), ("李小红", "副书记")}
    assert rels(doc, "HOLDS_POST") == {("王大明", "东岭村党支部"), ("李小红", "东岭村党支部")}


def test_village_cadres_hold_posts_in_the_village():
    # SCHEMA, village cadres: 会计, 妇女主任, 监委会主任 of the village are its Officials
    doc = run("河湾村村会计赵丽说，妇女主任孙梅和监委会主任钱江也参加了会议。")
    assert {"赵丽", "孙梅", "钱江"} <= names(doc, "Official")
    assert {("赵丽", "河湾村"), ("孙梅", "河湾村"), ("钱江", "河湾村")} <= rels(doc, "HOLDS_POST")
    # a company's clerk holds no post of the village or the Party
    assert "王芳" not in names(run("该公司会计王芳介绍。"), "Official")



def test_a_chain_of_titles_by_reference_in_an_item_about_one_township():
    held = posts_held("柳河村位于青山镇。镇党委副书记、镇长王秀英说，今年全镇发展了5个产业。")
    assert ("王秀英", "青山镇党委", "副书记") in held  # the committee written before the first title
    assert ("王秀英", "青山镇", "镇长") in held  # a head of government naming its level, no place written
    assert ("李明", "柳河村", "副主任") in posts_held("柳河村位于青山镇。村委会副主任李明说，村里修了路。")


def test_a_title_read_across_two_places_names_is_no_post():
    held = posts_held("东川市青禾区青禾镇长乐新村北楼党支部书记助理李立超说。")
    assert {body for _, body, _ in held} == {"长乐新村北楼党支部"}


def test_a_village_committees_posts_are_the_villages():
    held = posts_held("青山镇柳河村村民委员会主任赵立强说，村里修了路。")
    assert ("赵立强", "柳河村", "村委会主任") in held  # SCHEMA: a 村委会 is optional, the post is the village's
    assert not any(title == "委员" for _, _, title in held)  # 委员 inside 委员会 is no title
    assert ("孙丽华", "柳河村", "委员") in posts_held("柳河村村委会委员孙丽华说，村里修了路。")


def test_a_past_post_after_a_verb_of_having_held_it_is_read_and_stops_a_place_name():
    held = posts_held("青禾村党支部书记王建国曾任柳林镇农业综合服务中心主任。")
    assert ("王建国", "柳林镇农业综合服务中心", "主任") in held
    assert "国曾任柳林镇" not in names(run("青禾村党支部书记王建国曾任柳林镇农业综合服务中心主任。"), "Township")


def test_a_team_title_opening_a_clause_is_held_in_the_team_the_sentence_just_named():
    held = posts_held("2021年，县农业农村局选派3名干部组成驻东岗村工作队，队长、村第一书记由局农技推广站高级农艺师田志强担任。")
    # both titles are the team's too (SCHEMA: a team's 第一书记 is a member's post), one post of both
    assert ("田志强", "驻东岗村工作队", "队长、第一书记") in held and ("田志强", "东岗村", "第一书记") in held


def test_a_commission_glued_to_its_head_title_and_civil_service_ranks():
    doc = run("崇明区农业农村委副主任陆某某表示，区里将继续支持。")
    assert ("陆某某", "崇明区农业农村委") in rels(doc, "HOLDS_POST")
    doc = run("工作队队长、江苏省商务厅二级巡视员郑某某说，要把花木搬进直播间。")
    assert ("郑某某", "江苏省商务厅") in rels(doc, "HOLDS_POST")


def test_seconded_cadres_and_science_deputies_hold_their_posts():
    # 挂职/挂任 take a post as 担任 does; a cadre noun may open the name; 科技副村长 is a title, not a village
    assert ("孙立", "白沙镇党委", "副书记") in posts_held("青山县农业农村局干部孙立挂职白沙镇党委副书记。")
    doc = run("青山农业大学教师赵磊被聘为王庄村科技副村长。")
    assert names(doc, "Village") == {"王庄村"}
    assert ("赵磊", "王庄村") in rels(doc, "HOLDS_POST")


def test_a_name_then_a_dash_then_its_title_chain():
    posts = posts_held("在白沙镇王庄村，记者见到了刘海波——王庄村党支部书记、青禾黄桃专业合作社理事长。")
    assert ("刘海波", "王庄村党支部", "书记") in posts
    assert ("刘海波", "青禾黄桃专业合作社", "理事长") in posts


def test_cun_before_a_collective_in_a_title_chain_is_the_chains_village():
    # X村村委会主任兼|村股份经济合作社理事长: 兼 ends the name, 村 stands for the village
    posts = posts_held("王庄村村委会主任兼村股份经济合作社理事长陈永福说。")
    assert ("陈永福", "王庄村股份经济合作社", "理事长") in posts


def test_korean_nationality_surnames():
    assert ("朴永哲", "新兴村党支部", "书记") in posts_held("说起村企合作，新兴村党支部书记朴永哲很有底气。")


def test_two_titles_in_one_body_are_one_post_of_both():
    assert ("李明", "青山县绿源农业有限公司", "董事长、总经理") in posts_held("青山县绿源农业有限公司董事长兼总经理李明介绍。")


def test_a_profile_opening_with_a_name_and_a_comma_without_the_sex():
    held = posts_held("郑某某，王庄村土生土长的“茶二代”，曾任梨树县青禾茶业有限公司总经理，2021年起担任村委会主任。")
    assert any(p == "郑某某" and "青禾茶业有限公司" in b and t == "总经理" for p, b, t in held)


def test_a_bracketed_aside_between_a_name_and_its_verb_of_taking_a_post():
    held = posts_held("白岭村集体经济发展有限公司成立。公司董事长由村党支部书记杨某兼任，村委会副主任吴春梅（女，苗族）任总经理。")
    assert ("吴春梅", "白岭村集体经济发展有限公司", "总经理") in held


def test_a_verb_of_taking_a_post_or_moving_in_closes_a_name():
    # 李某兼任…, 周某住进…: the verb is no part of the name
    doc = run("柳沟村党支部书记李成文兼任青山农业发展有限公司董事长。")
    assert {("李成文", "柳沟村党支部"), ("李成文", "青山农业发展有限公司")} <= set(rels(doc, "HOLDS_POST"))
    doc = run("队长、第一书记汪明远带着队员高诗琪、周斌住进了村里。")
    assert "周斌" in names(doc, "Official") and "周斌住" not in names(doc, "Official")


def test_an_aside_in_brackets_between_title_and_name():
    doc = run("工作队队长、石桥镇党委副书记（挂职）梁志远告诉记者，工作队把柳沟村作为重点。")
    assert ("梁志远", "石桥镇党委") in rels(doc, "HOLDS_POST")


def test_a_name_then_its_titles_in_brackets():
    doc = run("“小蚕共育后成活率提高了。”罗永福（央林村党支部书记）说。")
    assert ("罗永福", "央林村党支部") in rels(doc, "HOLDS_POST")
    doc = run("吴某（女，苗族）说。")
    assert not rels(doc, "HOLDS_POST")


def test_a_group_by_its_kind_and_its_president():
    # 集团董事长X, 集团总裁X: the article's one company named as a 集团
    doc = run("湖南湘岭食品集团有限公司落户花垣县。集团董事长彭建华说，集团总裁彭晓东也来了。")
    held = rels(doc, "HOLDS_POST")
    assert {("彭建华", "湖南湘岭食品集团有限公司"), ("彭晓东", "湖南湘岭食品集团有限公司")} <= set(held)


def test_an_office_by_its_kind_before_its_heads_titles():
    # 局党组书记、局长X: the article's bureau (its 党组 for the Party post), named in full
    doc = run("渭源县农业农村局把半坡沟村作为定点帮扶村，局党组书记、局长冯建军先后5次到村调研。")
    assert {("冯建军", "渭源县农业农村局党组"), ("冯建军", "渭源县农业农村局")} <= set(rels(doc, "HOLDS_POST"))


def test_a_speech_verb_closes_a_three_character_name():
    doc = run("翠峰村党支部书记、村委会主任张开明说，茶叶卖得更远了。")
    assert "张开明" in names(doc, "Official")
