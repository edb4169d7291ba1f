"""Recognisers/agent_posts.py and the bodies of bare titles (relations/posts.py). Every sentence here
is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, posts_held, run


def test_the_holder_after_you_takes_the_post_before_it():
    assert ("李春生", "石桥村富民专业合作社", "理事长") in posts_held("石桥村富民专业合作社理事长由种植大户李春生担任。")
    assert ("郑春生", "柳塘村茶叶专业合作社", "理事长") in posts_held(
        "柳塘村茶叶专业合作社理事长由茶农代表郑春生担任，郑春生从事制茶已有30年。")


def test_a_pronoun_or_a_body_after_you_holds_nothing():
    assert not posts_held("石桥村富民专业合作社理事长由他担任。")
    doc = run("石桥村富民专业合作社理事长由村集体经济组织担任。")
    assert not names(doc, "Person") | names(doc, "Official")


def test_a_bare_title_after_the_verb_is_held_in_the_one_body_of_its_kind_the_sentence_names():
    held = posts_held("2019年，东岗村党支部牵头成立东岗村富民实业有限公司，由村党支部书记赵长明兼任董事长。")
    assert {("赵长明", "东岗村富民实业有限公司", "董事长"), ("赵长明", "东岗村党支部", "书记")} <= held


def test_a_bare_title_is_not_guessed_between_two_companies():
    held = posts_held("东岗村富民实业有限公司与青禾农业有限公司签约，董事长赵长明表示满意。")
    assert not any(title == "董事长" for _, _, title in held)


def test_a_chamber_of_commerce_written_by_its_kind_is_the_one_the_article_names():
    held = posts_held("青山县旅杭商会捐资35万元援建石桥村老年食堂。商会会长徐建民说：“我们心里踏实。”")
    assert ("徐建民", "青山县旅杭商会", "会长") in held


def test_titles_after_a_verb_of_holding_take_the_kinds_written_before_them():
    held = posts_held("莲塘村党支部领办莲塘白莲专业合作社。莲塘村党支部书记吴建民兼任合作社理事长。")
    assert ("吴建民", "莲塘白莲专业合作社", "理事长") in held


def test_a_bare_title_after_the_verb_is_held_in_the_body_the_sentence_refers_to():
    held = posts_held("白岭村成立白岭村集体经济发展有限公司（以下简称白岭公司）。公司董事长由村党支部书记杨光荣兼任，"
                      "村委会副主任吴春梅任总经理。")
    assert ("吴春梅", "白岭村集体经济发展有限公司", "总经理") in held


def test_a_bracket_declaring_a_short_name_is_no_part_of_the_name():
    doc = run("村里牵头成立了丰收村大豆种植专业合作社（以下简称丰裕合作社）。")
    assert not any(n.startswith("简称") for n in names(doc, "Cooperative"))


def test_a_bare_title_with_no_verb_of_holding_is_not_given_to_a_company_named_later():
    assert not any(t == "经理" for _, _, t in posts_held("村电商服务站经理王芳说，青禾公司每年收购茶叶。"))
    assert not any(t == "董事长" for _, _, t in posts_held("返乡创业的董事长王芳说，青禾公司帮了大忙。"))


def test_a_business_title_opening_a_clause_is_the_companys_the_item_names():
    held = posts_held("山东青禾服饰有限公司落户王庄村。青禾服饰是镇商会的会员企业，董事长孙卫东是王庄村人。")
    assert ("孙卫东", "山东青禾服饰有限公司", "董事长") in held
    assert ("王刚", "青禾合作社", "理事长") in posts_held("青禾合作社成立于2019年。理事长王刚说。")
