"""Bodies written with a bare level (市政协, 区人大, 县委组织部): an official organisation kind
after 省/市/县/区/镇/乡 with no place name before it. The level stands for the article's place of that
level, so the name is completed once the article's places are known (``name_level_bodies``)."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import ArticleGraph
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.words import alternation, pos_table, tokens

_LEVELS = vocab.mapping("organisations", "levels")
_KINDS = tuple(vocab.words("organisations", "level_body_kinds"))
_LEVEL_BODY = re.compile("([" + "".join(_LEVELS) + "])(" + alternation(_KINDS).pattern + ")")
_OFFICE_KINDS = tuple(sorted(vocab.words("organisations", "level_office_suffixes"), key=len, reverse=True))
_LEVEL_OFFICE = re.compile("([" + "".join(_LEVELS) + "])([\u4e00-\u9fff]{0,6}?(?:" + alternation(_OFFICE_KINDS).pattern + "))")
LEVEL_NAME = re.compile("^(?:" + _LEVEL_BODY.pattern + "|" + _LEVEL_OFFICE.pattern + ")$")
# what may stand between the level and the kind (县|交通运输|局, 县|人民|医院): nouns, never a verb or particle
_OFFICE_WORD_TAGS = ("n", "nz", "vn", "j", "nt", "an")
_PLACE_TYPES = ("Province", "City", "County", "Township", "Village")


def level_bodies(ctx: SentenceContext) -> None:
    """市政协, 县委组织部: a level character that ends no place name, then an organisation kind."""
    for m in _LEVEL_BODY.finditer(ctx.s):
        if ctx.overlapped(m.start(), m.end()) or not ctx.word_starts_at(m.start()):
            continue  # 青山市|政协 is named with its place already; 开发区|… ends a word
        if ctx.s.startswith("代表", m.end()):
            continue  # 县人大代表: a deputy's title, no body the article is about
        ctx.add(Mention("Organization", m.group(), m.start(), m.end()))


def level_offices(ctx: SentenceContext) -> None:
    """县交通运输局, 区财政局, 县供销社, 在县农科院的支持下: a level character that is a word of its own (not
    市场, 县域, 区域), common nouns, and the kind of a department or public body: that level's body, named in
    full once the article's places are known, like 市政协."""
    table = pos_table()
    for m in _LEVEL_OFFICE.finditer(ctx.s):
        level, rest = m.group(1), m.group(2)
        if ctx.overlapped(m.start(), m.end()) or not ctx.word_starts_at(m.start()) or (
                level + rest[0] in table and tokens(ctx.s[m.start():m.end()])[0] != level):
            continue  # 青山县|交通局 is named with its place; 市场监督管理局 opens with the word 市场 (县|乡村振兴局 does not)
        head = rest[: len(rest) - len(next(k for k in _OFFICE_KINDS if rest.endswith(k)))]
        if head and rest not in vocab.BUREAUS and not all(table.get(t, "n").startswith(_OFFICE_WORD_TAGS)
                                                          for t in tokens(head)):
            continue  # 县里|帮助建设|局: a verb between
        if not head and rest == "局":
            continue  # 县局: too short to name a body
        ctx.add(Mention("Organization", m.group(), m.start(), m.end()))



def name_level_bodies(graph: ArticleGraph) -> None:
    """Name each 市政协 in full with the article's one place of that level (青山市政协; the written form
    an alias); with no such place, or two, the written form stays."""
    for node in list(graph.nodes.values()):
        m = LEVEL_NAME.match(node.name) if node.type == "Organization" else None
        if m is None:
            continue
        level = m.group(1) or m.group(3)
        if any(node.name.startswith(n.name) for n in graph.nodes.values() if n.type in _PLACE_TYPES):
            continue  # 镇安县林业局 opens with a place of the article, not with the level 镇
        place = None
        for typ in _LEVELS[level]:
            found = [n for n in graph.nodes.values() if n.type == typ and n.name.endswith(level)]
            if len(found) == 1:
                place = found[0]
                break
            if found:
                break
        if place is None:
            continue
        full = graph.nodes.get(("Organization", place.name + node.name[1:]))
        if full is None:
            full = graph.node("Organization", place.name + node.name[1:])
            full.mentions = 0
        graph.merge(node, full)
