"""From one article's raw text to the extraction format: the stages around the pipeline.

normalise → segment (items, bylines, sentences) → recognisers per sentence → the item's focus →
relation rules per sentence (``pipeline.py``) → resolve (one entity per thing, identity keys from
the place path) → validated ``Extraction``. See docs/extraction.md.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ruralkg.ingest.article_graph import ArticleGraph, Focus
from ruralkg.ingest.document import ArticleMeta, Entity, Extraction
from ruralkg.ingest.extraction.argument_references import settle_village_teams, team_homes
from ruralkg.ingest.extraction.body_aliases import merge_short_forms
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.known_bodies import known_bodies
from ruralkg.ingest.extraction.known_people import known_people
from ruralkg.ingest.extraction.pipeline import find_mentions, relate
from ruralkg.ingest.extraction.recognisers.level_bodies import name_level_bodies
from ruralkg.ingest.extraction.relations.base import ACTORS, RelationContext
from ruralkg.ingest.extraction.relations.money import own_spending
from ruralkg.ingest.extraction.relations.support import resident_teams
from ruralkg.ingest.extraction.words import forget_tokens
from ruralkg.ingest.normalize import normalise
from ruralkg.ingest.resolve import (
    assign_keys,
    branches_in_their_places,
    drop_place_stems,
    drop_word_counties,
    gazetteer_ancestors,
    merge_variants,
    offices_in_their_places,
    one_type_per_person,
    original_forms,
    restore_cut_prefixes,
    sharpen_evidence,
    window_long_evidence,
)
from ruralkg.ingest.segment import Sentence, segment
from ruralkg.ingest.variants import merge_name_variants


def article_id(text: str) -> str:
    """The id of an article known only by its text."""
    return hashlib.sha1(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()[:16]


def source_id(source: str) -> str:
    """An article's identity is its source (path or URL): an edited file is the same article."""
    return hashlib.sha1(("source\x1f" + source).encode("utf-8")).hexdigest()[:16]


def content_hash(raw: str) -> str:
    """The hash that tells an edited article from an unchanged one."""
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()


class Extractor:
    """Reads articles into the extraction format; holds no state between articles."""

    def extract_text(self, raw: str, path: str | None = None, article: str | None = None) -> Extraction:
        """One article; its id is ``article`` when given, else its source ``path``, else its text."""
        forget_tokens()
        norm = normalise(raw)
        seg = segment(norm.text)
        graph = ArticleGraph(norm)
        authors = set(seg.authors)
        by_item: dict[int, list[tuple[Sentence, list[Mention]]]] = {}
        for sent in seg.sentences:
            if any(a <= sent.start < b and sent.end <= b for a, b in seg.byline_spans):
                continue
            mentions = [m for m in find_mentions(sent.text) if m.name not in authors]
            by_item.setdefault(sent.item, []).append((sent, mentions))
        known_people([(sent, mentions, sent.text) for found in by_item.values() for sent, mentions in found])
        known_bodies([(sent, mentions, sent.text) for found in by_item.values() for sent, mentions in found])
        for item in sorted(by_item):
            # a page of several items: each item's places are its own (no county carried over)
            focus = Focus()
            self._item(graph, by_item[item], focus)
        settle_village_teams(graph)
        merge_variants(graph)
        merge_name_variants(graph)
        merge_short_forms(graph)
        own_spending(graph)
        name_level_bodies(graph)
        branches_in_their_places(graph)
        offices_in_their_places(graph)
        resident_teams(graph, team_homes(graph, Focus()))
        restore_cut_prefixes(graph)
        one_type_per_person(graph)
        drop_place_stems(graph)
        drop_word_counties(graph)
        gazetteer_ancestors(graph)
        assign_keys(graph)
        original_forms(graph, norm, raw)
        sharpen_evidence(graph)
        window_long_evidence(graph, norm)
        meta = ArticleMeta(
            id=article or (source_id(path) if path else article_id(norm.text)),
            content_hash=content_hash(raw),
            title=seg.title,
            published=seg.published,
            authors=seg.authors,
            path=path,
            source=Path(path).name if path else None,
            char_count=len(norm.text),
            text=norm.text,
        )
        entities = [
            Entity(id=n.id, type=n.type, name=n.name, aliases=sorted(n.aliases - {n.name}), properties=n.properties,
                   key=n.key, mentions=max(n.mentions, 1), facts=n.facts)
            for n in graph.nodes.values()
        ]
        return Extraction(article=meta, entities=entities, relations=list(graph.relations.values()))

    def _item(self, graph: ArticleGraph, sentences: list[tuple[Sentence, list[Mention]]], focus: Focus) -> None:
        """One news item: its focus from its own places, then the relation rules sentence by sentence."""
        # the item's own places come first: its first township and county, from the body before headings
        # (a page may print the previous item's headline after its byline)
        ordered_sents = [x for x in sentences if not x[0].heading] + [x for x in sentences if x[0].heading]
        for _sent, mentions in ordered_sents:
            for m in mentions:
                if m.type == "Township" and focus.township is None:
                    focus.township = graph.node("Township", m.name, m.aliases)
                    graph.nodes[("Township", m.name)].mentions -= 1
                if m.type == "County" and focus.county is None:
                    focus.county = graph.node("County", m.name, m.aliases)
                    graph.nodes[("County", m.name)].mentions -= 1
        for index, (sent, mentions) in enumerate(sentences):
            nodes = {id(m): graph.node(m.type, m.name, m.aliases) for m in mentions}
            for m in mentions:
                if m.info.get("declared"):
                    graph.declared.setdefault(nodes[id(m)].id, set()).update(m.info["declared"])
            if focus.actor is None and (sent.heading or index < 3):
                # a work team the item is about (张家楼街道乡村振兴工作队——) acts where no subject is named
                first = next((m for m in sorted(mentions, key=lambda x: (x.start, -x.end)) if m.type in ACTORS), None)
                if first is not None and first.type == "Organization" and first.name.endswith(("队", "工作组")):
                    focus.actor = nodes[id(first)]
            relate(RelationContext(graph, sent, mentions, nodes, focus))


def extract_file(path: Path, raw: str | None = None) -> Extraction:
    """One article file (or its already-read text)."""
    from ruralkg.ingest.reader import read_article

    text = raw if raw is not None else read_article(path)
    return Extractor().extract_text(text, str(path))
