"""A decision added or undone: the articles whose curated extraction changes are loaded again from
their kept extraction (retraction and load in one statement, in their original load order), so the
graph is what "articles + decisions" give, and an undo puts back exactly what was there."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ruralkg.graph.curation import raw
from ruralkg.graph.curation.apply import curate
from ruralkg.graph.curation.decisions import Decision
from ruralkg.graph.loader import load_articles
from ruralkg.graph.retract import plan_retraction
from ruralkg.graph.store import Store
from ruralkg.ingest.document import Extraction
from ruralkg.settings import Settings

ARTICLE_SEQ = "MATCH (a:Article) RETURN a.id AS id, a.seq AS seq"
# a re-derived article keeps its place in the load order ("the last loaded wins" stays as it was); the last
# article of all takes a new stamp, so the graph's version (graph/answers.py) moves and cached answers go
RESTORE_SEQ = "UNWIND $rows AS r MATCH (a:Article {id: r.id}) SET a.seq = r.seq RETURN count(*) AS c"


@dataclass
class Rederived:
    articles: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    without_extraction: list[str] = field(default_factory=list)  # loaded before curation kept extractions


def graph_articles(store: Store) -> dict[str, int]:
    """Article id → its place in the load order."""
    return {r["id"]: r["seq"] or 0 for r in store.read(ARTICLE_SEQ, timeout_ms=120_000)}


def extractions(settings: Settings, store: Store) -> tuple[dict[str, Extraction], dict[str, int], list[str]]:
    """The kept extraction of every article in the graph, the load order, and the articles without one."""
    seqs = graph_articles(store)
    docs: dict[str, Extraction] = {}
    missing: list[str] = []
    for aid in seqs:
        doc = raw.read(settings, aid)
        if doc is None:
            missing.append(aid)
        else:
            docs[aid] = doc
    return docs, seqs, missing


def changed_by(docs: dict[str, Extraction], before: list[Decision], after: list[Decision]) -> list[str]:
    """The articles that load differently under ``after`` than under ``before``."""
    return [aid for aid, doc in docs.items() if curate(doc, before).doc != curate(doc, after).doc]


def rederive(settings: Settings, store: Store, before: list[Decision], after: list[Decision]) -> Rederived:
    """Load again (the decisions file already says ``after``) every article the change touches."""
    docs, seqs, missing = extractions(settings, store)
    ids = sorted(changed_by(docs, before, after), key=lambda a: seqs[a])
    out = Rederived(without_extraction=missing)
    if not ids:
        return out
    result = load_articles(store, [docs[a] for a in ids],
                           prelude_for=lambda ds: plan_retraction(store, [d.article.id for d in ds]))
    out.articles, out.refused = result.loaded, result.refused
    store.write(RESTORE_SEQ, {"rows": _stamps(seqs, result.loaded)})
    return out


def _stamps(seqs: dict[str, int], loaded: list[str]) -> list[dict]:
    rows = {a: seqs[a] for a in loaded}
    if seqs:
        last = max(seqs, key=lambda a: seqs[a])
        rows[last] = max(time.time_ns(), seqs[last] + 1)
    return [{"id": a, "seq": v} for a, v in rows.items()]
