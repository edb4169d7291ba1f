"""Recognisers/people.py: people and the title chains before them. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import branches, people, suffixed_places
from tests.extraction.helpers import mentions, names, rels, run


def test_official_with_title_before_name():
    doc = run("范县龙王庄镇党委书记周明达表示，要把产业做实。")
    assert "周明达" in names(doc, "Official")
    assert ("周明达", "龙王庄镇党委") in rels(doc, "HOLDS_POST")
    post = next(r for r in doc.relations if r.type == "HOLDS_POST")
    assert post.properties["title"] == "书记"


def test_cooperative_chair_is_a_person():
    doc = run("范县龙王庄镇前进村党支部领办的前进种植专业合作社理事长韩立新说，今年收成好。")
    assert "韩立新" in names(doc, "Person")
    assert ("韩立新", "前进种植专业合作社") in rels(doc, "HOLDS_POST")


def test_title_without_its_body_refers_to_the_body_named_before():
    doc = run("清丰县农业农村局党组书记、局长韩立新到东岗村调研。")
    posts = rels(doc, "HOLDS_POST")
    assert ("韩立新", "清丰县农业农村局党组") in posts and ("韩立新", "清丰县农业农村局") in posts


def test_post_through_a_qualifier():
    doc = run("柳林镇王庄村驻村第一书记赵德华说，今年收成好。")
    assert ("赵德华", "王庄村") in rels(doc, "HOLDS_POST")
    doc = run("柳林镇王庄村的第一书记周海涛和大家交流。")
    assert ("周海涛", "王庄村") in rels(doc, "HOLDS_POST")


def test_two_titles_in_one_chain():
    doc = run("柳林镇王庄村党总支书记、主任钱玉兰告诉记者，冷库已建成。")
    assert {("钱玉兰", "王庄村党总支"), ("钱玉兰", "王庄村")} <= rels(doc, "HOLDS_POST")
    assert "王庄村党支部" not in names(doc, "Branch")  # 支书 inside 党总支书记 is no title


def test_honorary_title_makes_a_person():
    doc = run("柳林镇王庄村迎来新到任的名誉村主任孙立业。")
    assert "孙立业" in names(doc, "Person") and "孙立业" not in names(doc, "Official")
    assert ("孙立业", "王庄村") in rels(doc, "HOLDS_POST")


def test_person_speaking_for_a_bureau_named_by_kind():
    doc = run("范县柳林镇发展大棚。县农业农村局李建平表示，要把产业做实。")
    assert ("李建平", "范县农业农村局") in rels(doc, "HOLDS_POST")
    assert ("范县农业农村局", "范县") in rels(doc, "LOCATED_IN")


def test_people_named_without_a_title():
    doc = run("在外打工多年的王启明介绍，民宿优先雇用本村村民。拿到分红的刘秀英笑得合不拢嘴。")
    assert {"王启明", "刘秀英"} <= names(doc, "Person")


def test_each_people_recogniser_alone():
    chain = mentions("王庄村党支部书记、村委会主任张立军说", suffixed_places.townships_and_villages,
                     branches.owned_branches, people.titled_people)
    assert ("Official", "张立军") in chain
    assert mentions("村民李某某说", people.people_by_role) == {("Person", "李某某")}
    assert mentions("县农业农村局张某某表示", people.bureau_speakers) == {("Official", "张某某")}
    assert mentions("关威书记说", people.names_before_titles) == {("Official", "关威")}
    assert mentions("打工多年的王某某介绍", people.untitled_people) == {("Person", "王某某")}


def test_a_name_with_no_han_surname_before_what_is_said():
    doc = run("平阴县南溪镇柳塘村党支部书记达瓦说，合作社今年分红。牧民次仁激动地说：“日子好了。”")
    assert "达瓦" in names(doc, "Official") and "次仁" in names(doc, "Person")
    assert ("达瓦", "柳塘村党支部") in rels(doc, "HOLDS_POST")


def test_a_committee_members_portfolios_are_part_of_the_title():
    doc = run("平阴县南溪镇党委组织统战委员郑青山介绍，全镇推行积分制。")
    post = next(r for r in doc.relations if r.type == "HOLDS_POST")
    assert post.properties["title"] == "组织统战委员"
    assert ("郑青山", "南溪镇党委") in rels(doc, "HOLDS_POST")


def test_the_secretary_of_a_village_written_before_the_name():
    doc = run("平阴县南溪镇召开会议。笔者跟随柳塘村的王青山书记到青禾合作社。")
    assert ("王青山", "柳塘村") in rels(doc, "HOLDS_POST")


def test_the_head_of_a_government_after_its_party_committee():
    doc = run("平阴县南溪镇党委副书记、镇长王青山说，全镇推行积分制。")
    held = rels(doc, "HOLDS_POST")
    assert ("王青山", "南溪镇党委") in held and ("王青山", "南溪镇") in held


def test_a_person_named_once_is_found_again_by_name_alone():
    doc = run("柳林镇东岭村村民李小红今年种了葡萄。去年，李小红加入了东岭村葡萄种植专业合作社。")
    assert "李小红" in names(doc, "Person")
    # the second, bare mention is an argument: the cooperative's member is the subject there
    second = [e for e in doc.entities if e.name == "李小红"][0]
    assert second.mentions >= 2


def test_a_known_two_character_name_inside_a_word_is_not_that_person():
    doc = run("柳林镇东岭村村民王明介绍，村里重视王明德家庭农场的发展。")
    people = [e for e in doc.entities if e.name == "王明"]
    assert people and people[0].mentions == 1  # 王明德 is a word of its own, not 王明 again


def test_a_person_named_before_a_verb_of_taking_up_a_post_holds_the_posts_after_it():
    doc = run("王大明现任柳林镇东岭村党支部书记、村委会主任。")
    assert rels(doc, "HOLDS_POST") == {("王大明", "东岭村党支部"), ("王大明", "东岭村")}
    assert "柳林镇" in names(doc, "Township")  # 现任 is no part of the township's name
    doc = run("南乐县委组织部选派王大明担任柳林镇东岭村第一书记。")
    assert ("王大明", "东岭村") in rels(doc, "HOLDS_POST")
    doc = run("王大明2019年起担任柳林镇东岭村党支部书记。")
    assert ("王大明", "东岭村党支部") in rels(doc, "HOLDS_POST")
    # a verb of taking up a post with no title after it makes no one an official
    assert names(run("柳林镇东岭村由王大明担任联络人。"), "Official") == set()


def test_a_titled_person_takes_the_posts_after_a_verb_of_holding_another_too():
    doc = run("柳林镇东岭村党支部书记王大明兼任东岭村葡萄种植专业合作社理事长。")
    assert rels(doc, "HOLDS_POST") == {("王大明", "东岭村党支部"), ("王大明", "东岭村葡萄种植专业合作社")}


def test_a_surname_that_ends_the_word_before_a_title_opens_no_name():
    doc = run("县委组织部选派干部到村担任第一书记。")
    assert names(doc, "Official") == set()  # 担|任第一|书记: 任 ends 担任
    assert "陈航" in names(run("镇里召开会议，陈航书记到会讲话。"), "Official")


def test_a_copula_gives_the_posts_after_it_to_the_name_before_it():
    doc = run("王大明是柳林镇东岭村党支部书记。")
    assert rels(doc, "HOLDS_POST") == {("王大明", "东岭村党支部")}
    doc = run("王大明是县农业农村局派驻东岭村的第一书记。")
    assert ("王大明", "东岭村") in rels(doc, "HOLDS_POST")


def test_titles_followed_by_a_name_are_that_names_not_the_subjects():
    doc = run("王大明是柳林镇东岭村党支部书记赵德华的侄子。")
    assert rels(doc, "HOLDS_POST") == {("赵德华", "东岭村党支部")}
    assert "王大明" not in names(doc, "Official")


def test_a_name_opening_a_clause_before_a_passive_appointment_holds_the_posts_in_it():
    doc = run("2020年，王大明被选派到柳林镇东岭村任第一书记。")
    assert rels(doc, "HOLDS_POST") == {("王大明", "东岭村")}
    doc = run("赵德华于2018年被任命为东岭村党支部书记，带领群众种植花椒。")
    assert rels(doc, "HOLDS_POST") == {("赵德华", "东岭村党支部")}
    # a passive verb with no title after it makes no one an official
    assert names(run("王大明被选派到东岭村蹲点调研。"), "Official") == set()


def test_a_title_chain_joined_by_de_describes_the_name_after_it():
    doc = run("现任东岭村党支部书记的王大明说，村里变化很大。")
    assert rels(doc, "HOLDS_POST") == {("王大明", "东岭村党支部")}
    # a kinship word after 的 is no name, and the name after it holds no post
    doc = run("东岭村党支部书记的儿子王明在外打工。")
    assert rels(doc, "HOLDS_POST") == set()


def test_a_title_chain_introduced_by_as_belongs_to_the_name_after_the_comma():
    doc = run("作为青山镇党委书记，李春华多次到柳树村调研。")
    assert "李春华" in names(doc, "Official")
    assert ("李春华", "青山镇党委") in rels(doc, "HOLDS_POST")
    doc = run("作为柳树村驻村第一书记，王志刚每天走访农户。")
    assert ("王志刚", "柳树村") in rels(doc, "HOLDS_POST")


def test_as_without_a_title_before_the_comma_names_nobody():
    assert "王志刚" not in names(run("作为一名老党员，王志刚带头流转土地。"), "Official")  # 党员 is no title
    doc = run("作为全县的示范村，柳树村发展了乡村旅游。")
    assert not names(doc, "Official") and not names(doc, "Person")


def test_a_profile_opening_with_a_name_and_sex_gives_the_posts_taken_later():
    doc = run("李秀英，女，汉族，1982年5月生，中共党员，2018年起担任柳河村党支部书记、村委会主任。")
    assert ("李秀英", "柳河村党支部") in rels(doc, "HOLDS_POST")
    assert ("李秀英", "柳河村") in rels(doc, "HOLDS_POST")
    doc = run("张建华，男，今年65岁，是村里的老党员。")
    assert not names(doc, "Official") and not rels(doc, "HOLDS_POST")
    # a post another person of the profile takes is not the profile's
    doc = run("王秀兰，女，1980年出生，丈夫李建国任柳河村村委会主任。")
    assert ("王秀兰", "柳河村") not in rels(doc, "HOLDS_POST")


def test_a_preposition_of_time_between_the_name_and_the_year_is_not_in_the_name():
    doc = run("王志刚自2019年担任柳河村党支部书记以来，带领村民修路。")
    assert "王志刚" in names(doc, "Official") and "王志刚自" not in names(doc, "Official")
    assert ("王志刚", "柳河村党支部") in rels(doc, "HOLDS_POST")


def test_characters_before_a_title_that_make_a_longer_title_are_no_name():
    doc = run("青禾茶业有限公司董事长彭国栋任联合党委副书记。")
    assert "党委副" not in names(doc, "Official") | names(doc, "Person")


def test_names_listed_after_a_titled_name_hold_its_title():
    from tests.extraction.helpers import posts_held

    held = posts_held("石桥村驻村工作队入驻后，队长邵凯和队员吴昊、陈晓丽跑遍了全村。")
    assert {("吴昊", "石桥村驻村工作队", "队员"), ("陈晓丽", "石桥村驻村工作队", "队员")} <= held
    doc = run("村党支部书记王建国、村民李春生都说好。")
    assert "李春生" not in names(doc, "Official")


def test_a_name_before_its_title_and_a_speech_verb_or_personally():
    from tests.extraction.helpers import posts_held

    assert ("吴兰英", "竹源坑村", "书记") in posts_held("竹源坑村的吴兰英书记告诉记者，村里没有好项目。")
    assert ("赵永明", "蒲江县川西商会", "会长") in posts_held(
        "蒲江县川西商会为明水村捐款20万元；商会会长赵永明个人还向明水村小学捐赠了200套课桌椅。")


def test_a_title_one_person_holds_is_not_shared_with_names_listed_after():
    doc = run("村党支部书记王建华、张德明说，今年收成好。")
    assert "张德明" not in names(doc, "Official")
    doc = run("村党支部书记王建华、张家界来的游客都说好。")
    assert "张家界" not in names(doc, "Official") | names(doc, "Person")


def test_tibetan_and_mongolian_names_after_a_title():
    from tests.extraction.helpers import posts_held
    assert ("宝音", "代钦塔拉苏木党委", "书记") in posts_held("代钦塔拉苏木党委书记宝音介绍，牧业将再投资6000万元。")
    assert "次旺多吉" in names(run("工作队队长次旺多吉带领队员逐户走访。"), "Official")
