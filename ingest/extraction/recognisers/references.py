"""References (该镇, 全村, 镇党委, 该项目, 合作社 at a sentence's start) resolved to what the item is
about. Nothing is recognised as a mention here: relation rules ask when they need a subject."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import ArticleGraph, Focus, Node
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.words import any_of
from ruralkg.ingest.segment import Sentence

# 该村党支部, 镇党委: a branch named by its level only, in a sentence's first twelve characters
_BRANCH_REFERENCE = re.compile("(" + any_of(vocab.words("references", "branch_determiners")) + ")?("
                               + any_of(vocab.words("references", "branch_levels")) + ")("
                               + any_of(vocab.words("references", "branch_kinds")) + ")")
_VILLAGE_LEVELS = vocab.words("references", "village_levels")
REFERENCES = vocab.mapping("references", "places")
_TEAM = vocab.words("references", "team")
_PROJECT = vocab.words("references", "project")
_COOPERATIVE = vocab.words("references", "cooperative")


def reference(sent: Sentence, focus: Focus, graph: ArticleGraph | None = None) -> Node | None:
    """该镇, 全村, 镇党委 … resolved to what the item is about."""
    m = _BRANCH_REFERENCE.search(sent.text[:12])
    if m and graph is not None:
        branch = _level_branch(m, sent, focus, graph)
        if branch is not None:
            return branch
    if focus.actor is not None and sent.text.startswith(_TEAM):
        return focus.actor
    if focus.project is not None and any(w in sent.text for w in _PROJECT):
        return focus.project
    if focus.cooperative is not None and sent.text.startswith(_COOPERATIVE):
        return focus.cooperative  # 合作社采取…: the item's cooperative
    # the reference written first wins (该镇实施…，对全村农户… is about the township)
    found = [(sent.text.find(r), typ) for typ, refs in REFERENCES.items() for r in refs if r in sent.text]
    for _pos, typ in sorted(found):
        node = getattr(focus, typ.lower())
        if node is not None:
            return node
    return None


def _level_branch(m: re.Match, sent: Sentence, focus: Focus, graph: ArticleGraph) -> Node | None:
    place = focus.village if m.group(2) in _VILLAGE_LEVELS else focus.township
    if place is None:
        return None
    branch = graph.node("Branch", place.name + m.group(3))
    graph.relate("LOCATED_IN", branch, place, sent)
    return branch


def branch_by_level(text: str, sent: Sentence, focus: Focus, graph: ArticleGraph) -> Node | None:
    """村党支部, 镇党委 as the whole of ``text`` (在镇党委的支持下): the branch of the item's own village
    or township."""
    m = _BRANCH_REFERENCE.fullmatch(text)
    return _level_branch(m, sent, focus, graph) if m else None
