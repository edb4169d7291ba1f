"""SUPPORTS: a support cue between a supporter and what follows it in the clause; support written
around its ends (在A的帮扶下，B…; A与B结对; A为B授信N元)."""

from __future__ import annotations

import re

from ruralkg.ingest.amounts import find_money
from ruralkg.ingest.article_graph import Node
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.recognisers.references import reference
from ruralkg.ingest.extraction.relations.base import (
    SUPPORTED,
    SUPPORTERS,
    RelationContext,
    chain_end,
    listed_after,
)
from ruralkg.ingest.extraction.words import alternation, any_of
from ruralkg.ingest.segment import Sentence


def _cue(group: str) -> str:
    return any_of(vocab.words("cues", group))


# 为X申报…: doing something for someone is supporting them
_FOR_SOMEONE = re.compile(r"为(?=[^，。；]{2,20}(" + _cue("for_someone") + "))")
_SUPPORT_CUES = alternation(vocab.SUPPORT_CUES)
_CLAUSE_MARK = re.compile(r"[，；：。]")
# 在A的（大力）帮扶下，B…
_UNDER_HELP = re.compile(r"在(?:[^，。；]{2,30}?)(?:的)?(?:" + _cue("help_manner") + r")?(" + _cue("under_help")
                         + r")下[，,]?")
# A与B结对（帮扶）, A与B合作，提供…
_PAIRED = re.compile(r"(?:与|和|同)[^，。；与和]{2,20}?(?:" + _cue("paired") + r"|合作[，,]?(?="
                     + _cue("cooperate_to") + "))")
# A为B授信N元 / 向B授信 / 给予B授信
_CREDIT = re.compile(r"(?:为|向|给予|对)(?P<who>[^，。；]{1,20}?)(?:" + _cue("credit")
                     + r")(?:额度)?(?P<amount>[0-9.一二三四五六七八九十百千万亿余多近约]+元)")


def support(c: RelationContext) -> None:
    """帮扶, 扶持, 带动, 为X申报 …: the supporter named in the cue's clause (else the sentence's or the
    item's subject) supports what follows the cue within two characters, and the rest of its list."""
    graph, sent, s, ordered, nodes = c.graph, c.sent, c.s, c.ordered, c.nodes
    # a cue must be whole words (服务 in 党群服务中心 is not), checked last: segmenting costs the most
    cues = [(m.start(), m.end(), True) for m in _SUPPORT_CUES.finditer(s)]
    cues += [(m.start(), m.start() + 1, False) for m in _FOR_SOMEONE.finditer(s)]
    for pos, cue_end, word_cue in cues:
        first = next((m for m in ordered if m.start >= cue_end and m.type != "Programme"
                      and m.start - cue_end <= 2 and not _CLAUSE_MARK.search(s[cue_end:m.start])), None)
        if first is None or (word_cue and not c.is_word(pos, cue_end)):
            continue
        targets = [chain_end(first, ordered)] + listed_after(first, ordered, s)
        source = _supporter(c, pos)
        for t in targets:
            if source is not None and source is not nodes[id(t)]:
                graph.relate("SUPPORTS", source, nodes[id(t)], sent)


def _supporter(c: RelationContext, pos: int) -> Node | None:
    """Named in the cue's clause, else what the sentence or item is about."""
    s, ordered, nodes, focus = c.s, c.ordered, c.nodes, c.focus
    clause = max(s.rfind(x, 0, pos) for x in "，；：。") + 1
    before = [m for m in ordered if clause <= m.start and m.end <= pos and m.type in SUPPORTERS]
    if not before:
        # 由A投入资金，帮助B…: the sentence's subject, when it opens the sentence or follows 由
        before = [m for m in ordered if m.end <= pos and m.type in SUPPORTERS
                  and (m.start <= 1 or s[m.start - 1] == "由")]
    before.sort(key=lambda m: (m.end, m.end - m.start))  # the nearest, and of nested names the whole
    return nodes[id(before[-1])] if before else (
        reference(c.sent, focus, c.graph) or focus.actor or focus.township or focus.village)


def under_help(c: RelationContext) -> None:
    """在A的（大力）帮扶下，B…: A supports B (or, with no B named, what the sentence refers to)."""
    graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
    for m in _UNDER_HELP.finditer(s):
        helper = [x for x in ordered if m.start() <= x.start and x.end <= m.start(1) and x.type in SUPPORTERS]
        after = [x for x in ordered if x.start >= m.end() and x.type in SUPPORTED]
        target = nodes[id(chain_end(after[0], ordered))] if after else reference(sent, focus, graph)
        if helper and target is not None:
            graph.relate("SUPPORTS", nodes[id(max(helper, key=lambda x: x.end - x.start))], target, sent)


def paired(c: RelationContext) -> None:
    """A与B结对, A与B合作，提供…: A supports B."""
    graph, sent, s, ordered, nodes = c.graph, c.sent, c.s, c.ordered, c.nodes
    for m in _PAIRED.finditer(s):
        a = [x for x in ordered if x.end <= m.start() and x.type in SUPPORTERS]
        b = [x for x in ordered if m.start() < x.start and x.end <= m.end() and x.type in SUPPORTED]
        if a and b:
            graph.relate("SUPPORTS", nodes[id(max(a, key=lambda x: (x.end, x.end - x.start)))],
                         nodes[id(chain_end(b[0], ordered))], sent)


def credit(c: RelationContext) -> None:
    """A为B授信N元: the lender (a bank or company named before) supports B, with ``credit_yuan``."""
    graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
    for m in _CREDIT.finditer(s):
        amount = next(iter(find_money(s[m.start("amount"):m.end()])), None)
        lender = [x for x in ordered if x.end <= m.start() and x.type in ("Organization", "Enterprise")]
        inside = [x for x in ordered if m.start() < x.start < m.start("amount") and x.type in SUPPORTED]
        target = nodes[id(chain_end(inside[0], ordered))] if inside else reference(
            Sentence(m.group("who"), sent.start, sent.end, sent.item), focus)
        if lender and target is not None and amount is not None:
            graph.relate("SUPPORTS", nodes[id(lender[-1])], target, sent, credit_yuan=amount.as_number)
