"""A Party organisation leads a body: a lead cue (领办, 牵头成立 …) after a branch and before the body,
the passive 由…牵头, and the village's 党支部 when the branch is named by kind only."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import Node
from ruralkg.ingest.extraction import arguments as ar
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.recognisers.references import branch_by_level
from ruralkg.ingest.extraction.relations.base import (
    RelationContext,
    joint_branch,
)
from ruralkg.ingest.extraction.words import any_of

# 村党支部领办…, 村党支部又牵头成立…, 村党支部于2022年领办…: named by its kind only, an adverb or a date
# between it and the cue
_BRANCH_BY_KIND = re.compile(r"(党支部|党总支|支部)(?:于?\d{4}年(?:\d{1,2}月)?)?[又还也再已都先率]?$")
_BODIES = ("Cooperative", "Enterprise", "Project", "Organization")
_JOIN = "联合"
# a number of branches before the cue (23个村党支部, 多个党组织): many branches, none named
_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十百千几多数]+)[" + vocab.chars("generic", "counters_of_bodies")
                      + "][^，。；]{0,3}?(?:" + "|".join(vocab.words("organisations", "branch_kinds") + ("党组织", "支部")) + ")")
# 在A的带领下 (under A's leadership): the verbs of leading, as SCHEMA's LEADS cues (统领, 领导) and their kin
_UNDER_LEADERSHIP = re.compile("在([^，。；]{1,24}?)的?" + any_of(vocab.words("cues", "leadership")) + "下")


def leads(c: RelationContext) -> None:
    """Each lead cue (vocab/cues.toml) in the sentence: the branch before it leads the body after it."""
    graph, sent, s = c.graph, c.sent, c.s
    for cue in vocab.LEAD_CUES:
        pos = s.find(cue)
        if pos < 0:
            continue
        if _COUNTED.search(s, ar.clause_start(s, pos), pos):
            continue  # 全镇已有23个村党支部领办了合作社: a count of branches, a fact on the place, no relation
        # 党支部领办合作社 as the name of a programme leads only the bodies the sentence names after it
        in_name = any(m.start <= pos < m.end for m in c.ordered)
        branch = _leader(c, pos)
        if branch is None:
            framed = _framed(c, pos)
            if framed is None:
                continue
            branch, target = framed
        else:
            frame = _UNDER_LEADERSHIP.search(s, 0, ar.clause_end(s, pos) + 1)
            if frame is not None and frame.start() <= pos < frame.end():
                target = _founded_after(c, frame.end())  # 在X党支部的牵头下，…，共同组建了Y: what is founded
            else:
                target = _named_after(c, pos) if in_name else _led(c, pos)
        if target is None:
            continue
        home = next((r.target for r in graph.relations.values()
                     if r.type == "LOCATED_IN" and r.source == branch.id), None)
        home_node = next((n for n in graph.nodes.values() if n.id == home), None)
        for led in _with_listed(c, target, pos):
            for leader in [branch, *_joined(c, pos)]:
                graph.relate("LEADS", leader, led, sent)
            if home_node is not None and home_node.type == "Village":
                # a body a village's branch founds is in that village
                graph.relate("LOCATED_IN", led, home_node, sent)


def _with_listed(c: RelationContext, target: Node, pos: int) -> list[Node]:
    """领办两个合作社，分别是A和B: the bodies listed with the first one led are led too."""
    first = next((a for a in c.arguments if a.node is target and a.start >= pos), None)
    if first is None:
        return [target]
    return [a.node for a in ar.with_listed(c.s, c.arguments, first)]


def _leader(c: RelationContext, pos: int) -> Node | None:
    """The last branch named before the cue, else the branch of the village the sentence or item is about."""
    s, ordered, nodes = c.s, c.ordered, c.nodes
    branch = None
    for m in ordered:
        if m.type == "Branch" and m.end <= pos:
            branch = nodes[id(m)]
    if branch is None and _BRANCH_BY_KIND.search(s[max(0, pos - 16):pos]):
        branch = _village_branch(c, pos)
    if branch is None:
        # 联合党委领办了X: a branch by a reference word (the article's one joint committee)
        branch = next((a.node for a in reversed(c.arguments) if a.type == "Branch" and a.end <= pos
                       and ar.clause_start(s, pos) <= a.start), None)
    return branch


def _village_branch(c: RelationContext, at: int) -> Node | None:
    """The branch of the village named before ``at`` (or the item's), by the kind written before ``at``."""
    s = c.s
    here = [c.nodes[id(m)] for m in c.ordered if m.type == "Village" and m.end <= at]
    owner = here[-1] if here else c.focus.village
    if owner is None:
        return None
    kind = "党委" if s[max(0, at - 2):at] == "党委" else ("党总支" if "总支" in s[max(0, at - 4):at] else "党支部")
    branch = c.graph.node("Branch", owner.name + kind)
    c.graph.relate("LOCATED_IN", branch, owner, c.sent)
    return branch


def _framed(c: RelationContext, pos: int) -> tuple[Node, Node] | None:
    """在村党支部的带领下，X村成立了Y合作社: the branch of the frame (named, or by its kind in an item
    about one village) leads the body named right after the cue in its clause."""
    frame = _UNDER_LEADERSHIP.search(c.s, 0, pos)
    if frame is None:
        return None
    end = ar.clause_end(c.s, pos)
    led = next((c.nodes[id(m)] for m in c.ordered if pos <= m.start < end and m.type in _BODIES), None)
    if led is None:
        return None
    branch = next((a.node for a in c.arguments if frame.start() < a.start and a.end <= frame.end()
                   and a.type == "Branch"), None)
    if branch is None:
        branch = joint_branch(c.graph, frame.group(1))  # 在联合党委领办下: the article's joint branch
    if branch is None:
        branch = branch_by_level(frame.group(1), c.sent, c.focus, c.graph)  # 在镇党委牵头下: the item's township's
    if branch is None and _BRANCH_BY_KIND.search(c.s, 0, frame.end(1)):
        branch = _village_branch(c, frame.end(1))
    return (branch, led) if branch is not None else None


_FOUNDING = re.compile("(?:" + "|".join(ar.FOUNDING_VERBS) + ")了?")


def _founded_after(c: RelationContext, at: int) -> Node | None:
    """The first body named right after a verb of founding after ``at`` (a co-investor named before it is
    not led: 在X党支部的牵头下，A村出资…；Y公司出资…，共同组建了Z)."""
    for m in _FOUNDING.finditer(c.s, at):
        body = next((c.nodes[id(x)] for x in c.ordered if x.start == m.end() and x.type in _BODIES), None)
        if body is not None:
            return body
    return None


def _joined(c: RelationContext, pos: int) -> list[Node]:
    """A联合B、C支部共同创建X: the branches listed after 联合 lead X too."""
    s, args = c.s, c.arguments
    at = s.find(_JOIN, ar.clause_start(s, pos))
    if at < 0:
        return []
    first = next((a for a in args if a.start == at + len(_JOIN) and a.type == "Branch"), None)
    return [a.node for a in ar.with_listed(s, args, first)] if first is not None else []


def _named_after(c: RelationContext, pos: int) -> Node | None:
    """The first body named (not referred to) after the cue and its name."""
    name_end = max((m.end for m in c.ordered if m.start <= pos < m.end), default=pos)
    return next((c.nodes[id(m)] for m in c.ordered if m.start >= name_end and m.type in _BODIES), None)


def _led(c: RelationContext, pos: int) -> Node | None:
    """The first body after the cue; in the passive (X合作社是由Y党总支牵头创建) the last before 由."""
    s, ordered, nodes, focus = c.s, c.ordered, c.nodes, c.focus
    target = next((nodes[id(m)] for m in ordered if m.start >= pos and m.type in _BODIES), None)
    if target is None and "由" in s[:pos]:
        by = s.rfind("由", 0, pos)
        # the topic before 由, named or by reference (合作社…，由支部领办: the item's cooperative)
        before = [a for a in c.arguments if a.end <= by and a.type in _BODIES]
        target = before[-1].node if before else None
    if target is None and "合作社" in s[pos:] and focus.cooperative is not None:
        target = focus.cooperative  # 由支部领办 … the item's cooperative
    return target
