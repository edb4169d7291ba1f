"""IMPLEMENTS: a programme named in a sentence that holds an implement cue, by the sentence's subject."""

from __future__ import annotations

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.relations.base import (
    RelationContext,
    subject,
)


def implements(c: RelationContext) -> None:
    """Each programme of a sentence that holds an implement cue is implemented by the sentence's subject
    (named before it, a reference, an actor named after it, or what the item is about)."""
    graph, sent, s, mentions, ordered, nodes, focus = c.graph, c.sent, c.s, c.mentions, c.ordered, c.nodes, c.focus
    cue = next((w for w in vocab.IMPLEMENT_CUES if w in s), None)
    for m in ordered:
        if m.type != "Programme" or cue is None:
            continue
        actor = subject(sent, mentions, nodes, focus, m.start, graph, later=True)
        if actor is not None:
            graph.relate("IMPLEMENTS", actor, nodes[id(m)], sent)
