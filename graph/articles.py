"""The ingested articles as an analyst lists and names them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruralkg.graph.store import Store
from ruralkg.ingest.extraction.extractor import source_id
from ruralkg.ingest.pipeline import identity

_LIST = (
    "MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS]->() "
    "RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.path AS path, "
    "a.authors AS authors, a.char_count AS char_count, count(m) AS entities ORDER BY a.path, a.id"
)


def list_articles(store: Store) -> list[dict[str, Any]]:
    return store.read(_LIST, timeout_ms=120_000)


def resolve_articles(store: Store, refs: list[str]) -> tuple[list[str], list[str]]:
    """Article ids for ids or source paths; the references that name no ingested article."""
    known = {r["id"]: r for r in store.read("MATCH (a:Article) RETURN a.id AS id, a.path AS path",
                                            timeout_ms=120_000)}
    by_path = {r["path"]: i for i, r in known.items() if r.get("path")}
    found, unknown = [], []
    for ref in refs:
        if ref in known:
            found.append(ref)
            continue
        # a file named as it was ingested: its identity (folder and file name), or its old absolute path
        ident = identity(Path(ref))
        resolved = str(Path(ref).resolve())
        aid = next((by_path[p] for p in (ref, ident, resolved) if p in by_path), None) \
            or next((source_id(p) for p in (ident, resolved) if source_id(p) in known), None)
        (found if aid else unknown).append(aid or ref)
    return found, unknown


def article_titles_and_dates(store: Store, ids: list[str]) -> dict[str, tuple[str, str]]:
    """(title, publication date) of each article id given, for sheets that cite sentences by article."""
    rows = store.read("MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, "
                      "a.published AS published", {"ids": sorted(set(ids))})
    return {r["id"]: (r["title"] or "", r["published"] or "") for r in rows}


def articles_in_place(store: Store, place_id: str) -> set[str]:
    """The ids of the articles that mention a place or anything inside it (up to four levels down)."""
    rows = store.read("MATCH (pl:Entity {id: $id})<-[:LOCATED_IN*0..4]-(n:Entity)<-[:MENTIONS]-(a:Article) "
                      "RETURN DISTINCT a.id AS id", {"id": place_id})
    return {r["id"] for r in rows}
