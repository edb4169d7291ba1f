"""recognisers/sent_cadres.py: a cadre who goes to a place to take a post holds it there, not at the
body that sent them (SCHEMA, first secretaries). Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, posts_held, rels, run


def test_a_sent_cadre_named_after_the_verb_of_sending_holds_the_post_where_sent():
    posts = posts_held("县委组织部选派王志刚到柳树村担任第一书记。")
    assert ("王志刚", "柳树村", "第一书记") in posts
    assert not any(body == "县委组织部" for _, body, _ in posts)


def test_a_cadre_named_after_a_noun_for_staff_who_comes_to_take_a_post():
    doc = run("2022年，市审计局干部周立平来到河湾村任第一书记，帮助村里修路。")
    assert "周立平" in names(doc, "Official")
    assert ("周立平", "河湾村", "第一书记") in posts_held("2022年，市审计局干部周立平来到河湾村任第一书记。")


def test_a_title_written_before_the_name_is_held_where_the_cadre_serves():
    posts = posts_held("市财政局选派第一书记李雪梅到石桥村任职。")
    assert ("李雪梅", "石桥村", "第一书记") in posts
    assert not any(body == "市财政局" for _, body, _ in posts)
    assert ("李雪梅", "石桥村", "第一书记") in posts_held("市财政局选派李雪梅赴石桥村担任驻村第一书记。")


def test_going_somewhere_without_a_post_is_no_post():
    assert not posts_held("王志刚到柳树村调研产业发展情况。")
    assert not names(run("县里选派干部到柳树村开展帮扶。"), "Official")


def test_a_cadre_taking_a_branch_post_at_the_place_holds_it_in_that_places_branch():
    # 到X村担任村党支部副书记: the branch of that village, named after it
    posts = posts_held("2022年，选调生赵晓雪到王庄村担任村党支部副书记。")
    assert ("赵晓雪", "王庄村党支部", "副书记") in posts
    assert ("孙立", "白沙镇党委", "委员") in posts_held("孙立来到白沙镇任镇党委委员。")


def test_a_cadre_going_to_a_village_written_with_its_township():
    doc = run("与此同时，龙华区选派干部陈思远到加尤镇百陇村任驻村第一书记。")
    assert ("陈思远", "百陇村") in rels(doc, "HOLDS_POST")
