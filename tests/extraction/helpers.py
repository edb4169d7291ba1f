"""Shared by the component tests: run the whole extractor, or some recognisers on one sentence."""

from __future__ import annotations

from collections.abc import Sequence

from ruralkg.ingest.article_graph import ArticleGraph, Focus
from ruralkg.ingest.document import Extraction
from ruralkg.ingest.extraction.extractor import Extractor
from ruralkg.ingest.extraction.pipeline import Recogniser, RelationRule, find_mentions, relate
from ruralkg.ingest.extraction.relations.base import RelationContext
from ruralkg.ingest.normalize import normalise
from ruralkg.ingest.segment import Sentence


def run(text: str) -> Extraction:
    return Extractor().extract_text(text, "t.txt")


def posts_held(text: str) -> set[tuple[str, str, str]]:
    """(person, body, title) of every HOLDS_POST the extractor reads in ``text``."""
    doc = run(text)
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target], r.properties.get("title", "")) for r in doc.relations
            if r.type == "HOLDS_POST"}


def names(doc: Extraction, typ: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == typ}


def rels(doc: Extraction, typ: str) -> set[tuple[str, str]]:
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target]) for r in doc.relations if r.type == typ}


def mentions(sentence: str, *recognisers: Recogniser) -> set[tuple[str, str]]:
    """(type, name) of what only ``recognisers`` find in ``sentence``, run in the order given."""
    return {(m.type, m.name) for m in find_mentions(sentence, recognisers)}


def relations(text: str, rules: Sequence[RelationRule]) -> set[tuple[str, str, str]]:
    """(type, source, target) that only ``rules`` make from one sentence, with every recogniser run."""
    norm = normalise(text)
    graph = ArticleGraph(norm)
    sent = Sentence(norm.text, 0, len(norm.text), 0)
    found = find_mentions(sent.text)
    nodes = {id(m): graph.node(m.type, m.name, m.aliases) for m in found}
    relate(RelationContext(graph, sent, found, nodes, Focus()), rules)
    by_id = {n.id: n.name for n in graph.nodes.values()}
    return {(r.type, by_id[r.source], by_id[r.target]) for r in graph.relations.values()}
