"""The order of extraction, in one place: recognisers over each sentence, then relation rules.

Recognisers read and write a ``SentenceContext``; each sees what the ones before it found (a body's
name stops at a place already found, a title chain reads the bodies before it). Relation rules
read a ``RelationContext``; later rules see the relations and focus earlier ones made. Both lists
can be run in part: ``find_mentions(sentence, [suffixed_places.townships_and_villages])``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.recognisers import (
    agent_posts,
    bank_branches,
    bodies,
    body_lists,
    branches,
    businesses,
    company_branches,
    divisions,
    founded_cooperatives,
    level_bodies,
    people,
    programmes,
    projects,
    sent_cadres,
    short_names,
    stations,
    suffixed_places,
    teams,
    village_lists,
)
from ruralkg.ingest.extraction.relations import (
    facts,
    founding_shares,
    implements,
    leads,
    located_in,
    money,
    posts,
    support,
)
from ruralkg.ingest.extraction.relations.base import RelationContext
from ruralkg.ingest.extraction.words import pos_table, tokenizer

Recogniser = Callable[[SentenceContext], None]
RelationRule = Callable[[RelationContext], None]

RECOGNISERS: tuple[Recogniser, ...] = (
    divisions.gazetteer_places,                # 聊城市, 景东县
    divisions.province_short_names,            # 上海2021年援建
    divisions.counties_that_became_cities,     # X市 for a county
    divisions.development_zones,               # 聊城经济开发区
    suffixed_places.townships_and_villages,    # 柳林镇, 王庄村
    village_lists.enumerated_villages,         # 毡张、邓院等村
    village_lists.single_listed_village,       # 如后石槽等村
    bank_branches.bank_branches,               # 某某银行东川省分行
    bank_branches.short_bank_branches,         # 农行墨玉县支行: 中国农业银行墨玉县支行
    teams.teams,                               # 市委组织部驻王庄村帮扶工作队
    businesses.quoted_businesses,              # “山居人家”民宿
    businesses.trade_enterprises,              # 恒昌香油
    bodies.bodies,                             # 王庄村果蔬合作社, 某某有限公司, 县农业农村局, X项目
    teams.team_units,                          # X援宁工作队西吉工作组
    company_branches.company_branches,         # 某某集团有限公司蔚县分公司
    bodies.away_chambers,                      # 宣恩县在汉商会
    body_lists.listed_enterprises,             # 华康药业、鑫源集团等企业
    body_lists.enumerated_bodies,              # 安泰、永达等公司
    branches.owned_branches,                   # 王庄村党支部
    branches.listed_branches,                  # 老井支部、羊厩房支部
    branches.founded_branches,                 # 成立青石岭联村党总支: a name of its own
    branches.county_committees,                # 县委
    founded_cooperatives.founded_cooperatives, # 柳塘村成立了蔬菜种植专业合作社
    level_bodies.level_bodies,                 # 市政协, 县委组织部: named in full after the article
    bodies.drop_facilities_inside_projects,    # 杨树湾技术服务中心项目 is one project
    stations.association_stations,             # 某某协会柳塘村工作服务站
    businesses.central_enterprises,            # 中国石化, 国家电网: not inside a longer name found before
    projects.named_facilities,                 # 柳塘村肉牛养殖场, 青螺山旅游区
    projects.listed_projects,                  # 柳塘村茶叶、河湾村蔬菜等基地
    projects.kind_only_nouns,                  # 腐竹厂, 经营性公司 are kinds, no names
    projects.appositions,                      # “X项目”——Y产业园 is one project, Y
    people.bureau_speakers,                    # 县农业农村局张某某表示
    level_bodies.level_offices,                # 县交通运输局, 县供销社: a level's departments and public bodies, as 市政协
    people.titled_people,                      # 党支部书记张某
    people.bracketed_titles,                   # 罗某（X村党支部书记）说
    people.dashed_titles,                      # 见到了张某——X村党支部书记、Y合作社理事长
    people.titled_by_as,                       # 作为村党支部书记，张某…
    people.people_by_role,                     # 村民李某
    people.names_before_titles,                # 陈航书记
    people.untitled_people,                    # 王某某介绍
    people.appointed_people,                   # 王某担任X村党支部书记
    people.profiled_people,                    # 王某，男，1975年出生，现任X村党支部书记
    people.passive_appointees,                 # 王某被选派到X村任第一书记
    sent_cadres.sent_cadres,                   # 选派王某到X村任第一书记: the post is the place's
    agent_posts.agent_posts,                   # 合作社理事长由王某兼任
    short_names.declared_short_names,          # X公司（以下简称Y）: Y is an alias
    programmes.quoted_programmes,              # “千村示范”工程, “六统一”
    programmes.unquoted_models,                # 实施红黄绿预警模式
    programmes.campaigns,                      # 增效提速攻坚年, 人居环境三年行动
    programmes.paired_provinces,               # 闽宁协作, 苏陕协作
    programmes.loan_products,                  # 青禾兴农贷
    programmes.named_loans,                    # 互助资金增信贷款
    programmes.fixed_programme_names,          # 积分制, 以工代赈
)

RELATION_RULES: tuple[RelationRule, ...] = (
    located_in.place_chains,                   # LOCATED_IN along 市|区|镇|村
    located_in.named_with_place_or_owner,      # LOCATED_IN, LEADS, INVESTS_IN by the name alone
    located_in.bodies_inside_places,           # 镇内…公司
    located_in.founded_bodies,                 # a place builds or brings in a body
    located_in.locative,                       # A位于B
    located_in.framed_bodies,                  # 在X村，…走访了Y基地
    posts.posts,                               # HOLDS_POST
    leads.leads,                               # LEADS: 党支部领办合作社
    money.money,                               # INVESTS_IN / SUPPORTS with money: giver, receiver, amount
    founding_shares.founding_shares,           # INVESTS_IN: A、B各出资N元，共同成立X
    support.support,                           # SUPPORTS: 帮扶 B, 在A的帮扶下，B, A与B结对, 为B授信
    implements.implements,                     # IMPLEMENTS
    facts.facts,                               # counts on what the sentence is about
    support.carry_subject,                     # the subject a next sentence may leave out
)


def find_mentions(sentence: str, recognisers: Sequence[Recogniser] = RECOGNISERS) -> list[Mention]:
    """The mentions of one sentence, found by ``recognisers`` in order."""
    ctx = SentenceContext(sentence)
    for recognise in recognisers:
        recognise(ctx)
    return ctx.found


def relate(c: RelationContext, rules: Sequence[RelationRule] = RELATION_RULES) -> None:
    """Every relation rule over one sentence, in order."""
    for rule in rules:
        rule(c)


def load_tables() -> None:
    """Load the segmenter, its tag table and the gazetteer automaton now (before worker processes fork,
    so that they share them)."""
    tokenizer()
    pos_table()
    divisions.gazetteer_automaton()
