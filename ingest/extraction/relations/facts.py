"""Counts (收入, 户数) on the place or body the sentence is about."""

from __future__ import annotations

from ruralkg.ingest.amounts import find_facts
from ruralkg.ingest.document import Fact
from ruralkg.ingest.extraction.relations.base import (
    RelationContext,
    subject,
)


def facts(c: RelationContext) -> None:
    """Numbers (collective income, households helped) on what the sentence is about; the first value
    of a key wins."""
    sent, s, mentions, nodes, focus = c.sent, c.s, c.mentions, c.nodes, c.focus
    found = find_facts(s)
    if found:
        about = subject(sent, mentions, nodes, focus, len(s))
        if about is not None:
            for f in found:
                if f.key not in about.properties:
                    about.properties[f.key] = f.value
                    if f.approximate:
                        about.properties.setdefault("approximate", []).append(f.key)
                    about.facts.append(Fact(key=f.key, value=f.value, sentence=s, approximate=f.approximate))
