"""Bodies written with a bare level (市政协, 区人大, 县委组织部): an official organisation kind
after 省/市/县/区/镇/乡 with no place name before it. The level stands for the article's place of that
level, so the name is completed once the article's places are known (``name_level_bodies``)."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import ArticleGraph
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.words import alternation

_LEVELS = vocab.mapping("organisations", "levels")
_KINDS = tuple(vocab.words("organisations", "level_body_kinds"))
_LEVEL_BODY = re.compile("([" + "".join(_LEVELS) + "])(" + alternation(_KINDS).pattern + ")")
LEVEL_NAME = re.compile("^" + _LEVEL_BODY.pattern + "$")


def level_bodies(ctx: SentenceContext) -> None:
    """市政协, 县委组织部: a level character that ends no place name, then an organisation kind."""
    for m in _LEVEL_BODY.finditer(ctx.s):
        if ctx.overlapped(m.start(), m.end()) or not ctx.word_starts_at(m.start()):
            continue  # 青山市|政协 is named with its place already; 开发区|… ends a word
        if ctx.s.startswith("代表", m.end()):
            continue  # 县人大代表: a deputy's title, no body the article is about
        ctx.add(Mention("Organization", m.group(), m.start(), m.end()))


def name_level_bodies(graph: ArticleGraph) -> None:
    """Name each 市政协 in full with the article's one place of that level (青山市政协; the written form
    an alias); with no such place, or two, the written form stays."""
    for node in list(graph.nodes.values()):
        m = LEVEL_NAME.match(node.name) if node.type == "Organization" else None
        if m is None:
            continue
        level = m.group(1)
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
