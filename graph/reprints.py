"""Reprints in the graph: a story's other sources are kept on its Article, never loaded as articles.

A reprint is not extracted: the graph, the counts and the comparisons see one story. Its address or
identity, its site and its date are appended to the story's ``reprint_*`` lists (parallel lists, as
both engines store them). When the story itself changes and is loaded again its lists start empty,
and its reprints are found again the next time they are ingested (cheaply: no extraction).
"""

from __future__ import annotations

from typing import Any

from ruralkg.graph.store import Store
from ruralkg.ingest.reprints import ReprintIndex

_SIGNATURES = ("MATCH (a:Article) WHERE a.minhash IS NOT NULL "
               "RETURN a.id AS id, a.minhash AS sig, coalesce(a.reprint_ids, []) AS reprints")
_ADD = ("UNWIND $rows AS r MATCH (a:Article {id: r.story}) WHERE NOT r.id IN coalesce(a.reprint_ids, []) "
        "SET a.reprint_ids = coalesce(a.reprint_ids, []) + [r.id], "
        "a.reprint_paths = coalesce(a.reprint_paths, []) + [r.path], "
        "a.reprint_sources = coalesce(a.reprint_sources, []) + [r.source], "
        "a.reprint_dates = coalesce(a.reprint_dates, []) + [r.published] RETURN count(a) AS attached")
_LIST = ("MATCH (a:Article) WHERE size(coalesce(a.reprint_ids, [])) > 0 "
         "RETURN a.id AS id, a.title AS title, a.path AS path, a.source AS source, a.published AS published, "
         "a.reprint_paths AS reprint_paths, a.reprint_sources AS reprint_sources, a.reprint_dates AS reprint_dates "
         "ORDER BY a.path, a.id")


def reprint_state(store: Store) -> tuple[ReprintIndex, dict[str, str]]:
    """The stories' signatures as an index, and reprint id → story id of the reprints already kept."""
    index = ReprintIndex()
    known: dict[str, str] = {}
    for row in store.read(_SIGNATURES, timeout_ms=120_000):
        index.add(row["id"], [int(v) for v in row["sig"]])
        for rid in row["reprints"]:
            known[rid] = row["id"]
    return index, known


def attach_reprints(store: Store, rows: list[dict[str, Any]]) -> int:
    """Append reprints to their stories: rows of story, id, path, source, published ("" when unknown)."""
    if not rows:
        return 0
    result = store.write(_ADD, {"rows": rows})
    return result[0]["attached"] if result else 0


def list_duplicates(store: Store) -> list[dict[str, Any]]:
    """Every story with more than one source: the story and its reprints."""
    rows = store.read(_LIST, timeout_ms=120_000)
    for row in rows:
        row["reprints"] = [{"path": p, "source": s or None, "published": d or None} for p, s, d in
                           zip(row.pop("reprint_paths"), row.pop("reprint_sources"), row.pop("reprint_dates"),
                               strict=True)]
    return rows
