"""What every relation rule reads: one sentence, its mentions and their nodes, and the item's focus;
and the questions rules share (who is the sentence's subject, what does a chain of places end in)."""

from __future__ import annotations

import re
from functools import cached_property

from ruralkg.ingest.article_graph import PLACE_RANK, ArticleGraph, Focus, Node
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.arguments import Arg, partner_of_left_out_subject
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.recognisers.references import reference
from ruralkg.ingest.extraction.words import tokens
from ruralkg.ingest.segment import Sentence

# 分别 ("respectively"): lists before and after it pair in their written order (money, founding shares)
RESPECTIVELY = "分别"

ACTORS = ("Township", "Village", "County", "City", "Branch", "Organization", "Enterprise", "Cooperative")


SUPPORTERS = ("Organization", "Enterprise", "Cooperative", "Branch", "Township", "County", "City", "Village",
              "Official", "Person")
SUPPORTED = ("Village", "Township", "County", "Cooperative", "Enterprise", "Person", "Organization", "Project")


def chain_end(m: Mention, ordered: list[Mention]) -> Mention:
    """The most specific place of a chain that starts with ``m`` (纸房乡|陈庄村 → 陈庄村)."""
    while True:
        nxt = next((x for x in ordered if x.start == m.end and x.type in PLACE_RANK and m.type in PLACE_RANK), None)
        if nxt is None:
            return m
        m = nxt


class RelationContext:
    """One sentence with its mentions, their nodes and the item's focus: what every relation rule reads."""

    def __init__(self, graph: ArticleGraph, sent: Sentence, mentions: list[Mention], nodes: dict, focus: Focus):
        self.graph, self.sent, self.mentions, self.nodes, self.focus = graph, sent, mentions, nodes, focus
        self.s = sent.text
        self.ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.places = [m for m in self.ordered if m.type in PLACE_RANK]

    @cached_property
    def arguments(self) -> list[Arg]:
        """Named nodes and resolved references, for the rules that read a cue's arguments."""
        from ruralkg.ingest.extraction.argument_references import sentence_arguments

        return sentence_arguments(self.ordered, self.nodes, self.s, self.graph, self.focus)

    @cached_property
    def team_homes(self) -> dict[str, Node]:
        from ruralkg.ingest.extraction.argument_references import team_homes

        return team_homes(self.graph, self.focus)

    def is_word(self, start: int, end: int) -> bool:
        """True when [start, end) is whole words of the sentence (服务 in 党群服务中心 is not)."""
        lo = max(0, start - 4)
        bounds, pos = {lo}, lo
        for tok in tokens(self.s[lo:end + 4]):
            pos += len(tok)
            bounds.add(pos)
        return start in bounds and end in bounds


def subject(sent: Sentence, mentions: list[Mention], nodes: dict, focus: Focus, before: int,
             graph: ArticleGraph | None = None, later: bool = False) -> Node | None:
    """Who acts in the sentence: the first actor named before ``before``, else a reference (该镇),
    else (``later``) an actor named after it (为推动…，寺庄乡制订…), else what the item is about."""
    ordered = sorted(mentions, key=lambda x: (x.start, -x.end))

    def most_specific(m: Mention) -> Node:
        return nodes[id(chain_end(m, ordered))]  # 滨州市滨城区北镇街道 → 北镇街道

    for m in ordered:
        if m.start >= before:
            break
        if m.type in ACTORS and not partner_of_left_out_subject(sent.text, m.start, 0):
            return most_specific(m)
    ref = reference(sent, focus, graph)
    if ref is not None:
        return ref
    if later:
        after = next((m for m in ordered if m.start >= before and m.type in (
            "Township", "County", "City", "Branch", "Organization")), None)
        if after is not None:
            return most_specific(after)
    return focus.actor or focus.township or focus.village


def place_subject(sent: Sentence, ordered: list[Mention], nodes: dict, focus: Focus) -> Node | None:
    """The place a sentence is about: one named at its start (most specific of a chain), else the item's."""
    head = [m for m in ordered if m.type in PLACE_RANK and m.start <= 8]
    if head:
        return nodes[id(chain_end(head[0], ordered))]
    return reference(sent, focus) or focus.township or focus.village


def listed_after(first: Mention, ordered: list[Mention], s: str) -> list[Mention]:
    """The rest of an enumeration that starts with ``first`` (毡张、邓院等村)."""
    out, cur = [], first
    while True:
        nxt = next((m for m in ordered if m.type == first.type and m.start > cur.start
                    and s[cur.end:m.start].strip() in ("、", "和", "及", "与", "、村")), None)
        if nxt is None:
            return out
        out.append(nxt)
        cur = nxt


def article_place(graph: ArticleGraph, focus: Focus, level: str) -> Node | None:
    if level == "County" and focus.county is not None:
        return focus.county
    found = [n for n in graph.nodes.values() if n.type == level]
    return found[0] if len(found) == 1 else None


# a joint branch written by its kind only (联合党委, 联村党总支): the article's one branch of that kind
_JOINT_BRANCH_KIND = re.compile("(?:" + "|".join(vocab.words("organisations", "branch_joining_words")) + ")(?:党总支|党委|党支部)$")


def joint_branch(graph: ArticleGraph, head: str) -> Node | None:
    """The branch a joint kind ending ``head`` refers to (在联合党委领办下, 联合党委书记由…兼任): the one branch
    of the article whose longer name ends with that kind, else None."""
    m = _JOINT_BRANCH_KIND.search(head)
    if m is None:
        return None
    named = [n for n in graph.nodes.values() if n.type == "Branch" and n.name.endswith(m.group()) and n.name != m.group()]
    return named[0] if len(named) == 1 else None
