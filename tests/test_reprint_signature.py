"""Reprints are told by their text: a long story with another headline is one, two short briefs written to
one template are not (ingest/reprints.py)."""

from __future__ import annotations

from ruralkg.ingest.reprints import THRESHOLD, signature, similarity

_STORY = ("近年来，青山县柳林镇立足资源禀赋，以党建引领产业发展，组建茶叶专业合作社，流转土地八百亩，"
          "建成标准化茶园和加工车间，带动周边三个村一百二十户农户就近务工，户均年增收一万余元。"
          "镇党委负责人介绍，下一步将延伸产业链条，发展乡村旅游，让茶产业成为群众增收致富的支柱产业。")


def test_a_story_under_another_headline_and_byline_is_a_reprint():
    repost = "茶园里的致富经\n来源：某县融媒体中心\n" + _STORY + "\n（责任编辑：某某）"
    assert similarity(signature(_STORY), signature(repost)) >= THRESHOLD


def test_two_short_briefs_of_one_template_are_not_fingerprinted():
    a = "茶叶产业助农增收。第1年，青山县柳林镇王庄村种植茶叶300亩，带动农户增收。"
    b = "柑橘产业助农增收。第2年，青山县柳林镇王庄村种植柑橘400亩，带动农户增收。"
    assert signature(a) is None and signature(b) is None


def test_two_different_stories_are_far_apart():
    other = ("白水乡结合本地实际，引进食用菌加工企业，新建大棚六十座，采取企业加农户模式，统一供种、"
             "统一技术、统一回收，今年预计产值可达两千万元，吸纳脱贫劳动力八十余人稳定就业，"
             "乡里还开设技能培训班，邀请农技专家现场授课，帮助群众掌握种植技术，"
             "并为困难农户提供免息贷款，解决产业起步资金难题，让更多群众在家门口实现稳定增收。")
    assert similarity(signature(_STORY), signature(other)) < THRESHOLD
