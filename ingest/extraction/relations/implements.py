"""IMPLEMENTS: a programme named in a sentence that carries it out (开展, 推行, 实施 … outside any name),
by the subject of the programme's clause: named before it, a reference (该镇, 驻村工作队), the subject
carried over when the clause leaves it out; else the sentence's first actor or what the item is about.
A person is no implementer (村民张某用好小额信贷政策 gives no place an IMPLEMENTS), a body inside
the programme's own name (村党支部 in 村党支部领办合作社) is not its subject, and in reported speech
(书记X说，…) with no actor of its own the item's place acts, not the speaker's body."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import Node
from ruralkg.ingest.extraction import arguments as ar
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.relations.base import RelationContext, subject
from ruralkg.ingest.extraction.words import alternation

IMPLEMENTERS = ("Province", "City", "County", "Township", "Village", "Branch", "Organization", "Cooperative",
                "Enterprise")
_CUES = alternation(vocab.IMPLEMENT_CUES)
# reported speech: what follows 说，/介绍： is said by the one named before, not done by them
_SAID = re.compile("(?:" + "|".join(vocab.SPEECH_VERBS) + ")[，,:：]")


def implements(c: RelationContext) -> None:
    """Each programme of a sentence with an implement cue is implemented by its clause's subject."""
    programmes = [m for m in c.ordered if m.type == "Programme"]
    if not programmes or next((x for x in _CUES.finditer(c.s) if not _inside_name(c, x.start())), None) is None:
        return
    for m in programmes:
        actor = _actor(c, m.start)
        if actor is not None and actor.type in IMPLEMENTERS:
            c.graph.relate("IMPLEMENTS", actor, c.nodes[id(m)], c.sent)


def _inside_name(c: RelationContext, pos: int) -> bool:
    """发展 inside 农业发展有限公司 is no cue."""
    return any(x.start <= pos < x.end for x in c.ordered)


def _actor(c: RelationContext, pos: int) -> Node | None:
    """The clause's subject (a person too, so that it blocks the fallback), else the first actor named
    before the programme, a reference, or what the item is about."""
    names = [x for x in c.ordered if x.type == "Programme"]
    args = [a for a in c.arguments if not any(x.start <= a.start < x.end for x in names)]
    said = [m.end() for m in _SAID.finditer(c.s, 0, pos)]
    if said and not ar.givers_before(c.s, args, said[-1], pos):
        return c.focus.village or c.focus.township  # 书记X说，实施的“三年计划”…: the speaker's place acts
    found = ar.giver(c.s, args, pos, lambda: c.focus.subject)
    if found is not None:
        return found
    return subject(c.sent, c.mentions, c.nodes, c.focus, pos, c.graph, later=True)
