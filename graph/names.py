"""A name is enough: an entity asked for by id, name or alias, resolved once for routes, queries and commands.

An id or a name that one entity carries resolves to that entity; a name several carry is ambiguous and
answers with every candidate and the places it lies in (the caller offers the choice); a name none
carries is unknown. Exact names win over aliases, so 南乐县 is the county even when a body calls
itself that too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ruralkg.graph.store import Store

LOOKUP_QUERY = "entity_lookup"
# the ranks alone, as entity_lookup ranks them: resolving reads the places an entity lies in only when a
# name is ambiguous and the candidates must be told apart (an entity can lie in thousands of places)
_RANKS = (
    "CALL { MATCH (n:Entity {id: $ref}) RETURN n "
    "UNION MATCH (n:Entity {name: $ref}) RETURN n "
    "UNION MATCH (n:Entity) WHERE $ref IN n.aliases AND n.names_text CONTAINS $ref RETURN n } "
    "RETURN n.id AS id, CASE WHEN n.id = $ref THEN 0 WHEN n.name = $ref THEN 1 ELSE 2 END AS rank "
    "ORDER BY rank, id LIMIT 50"
)


def name_grams(names: Iterable[str]) -> list[str]:
    """Every character, and every pair of adjacent characters, of an entity's names (its name and
    aliases), sorted. ``entity_search`` looks the first two characters of the query up among them
    (``substring($q, 0, 2) IN n.grams``, an index lookup on FalkorDB) before it tests ``CONTAINS``, so a
    search reads the nodes that share the query's start, not every node of the graph."""
    grams: set[str] = set()
    for name in names:
        grams.update(name)
        grams.update(name[i:i + 2] for i in range(len(name) - 1))
    return sorted(grams)


def names_text(name: str, aliases: Iterable[str]) -> str:
    """The entity's name and aliases in one string (``|`` between them), for Neo4j's TEXT index, which
    answers ``CONTAINS`` on a string but not list membership: the search and the alias lookup test
    ``n.names_text CONTAINS $q`` beside their exact test, so Neo4j reads the few nodes the index gives.
    The loader appends aliases in load order (Cypher cannot sort), so the order after the name is not
    meaningful."""
    return "|".join([name, *aliases])


class EntityRefError(LookupError):
    """An entity reference that names no single entity; ``message`` says which and what to do."""

    def __init__(self, message: str, ref: str, candidates: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.message, self.ref, self.candidates = message, ref, candidates or []


class UnknownName(EntityRefError):
    """No entity has this id, name or alias."""


class AmbiguousName(EntityRefError):
    """Several entities carry this name or alias: ``candidates`` lists them with their place paths."""


def candidates(store: Store, ref: str) -> list[dict[str, Any]]:
    """Every entity whose id, name or alias is ``ref``: id matches first, then names, then aliases."""
    from ruralkg.graph.queries import load_queries, run_saved

    rows = run_saved(store, load_queries()[LOOKUP_QUERY], {"ref": ref})
    return [{"id": r["id"], "name": r["name"], "type": r["type"], "path": r["path"] or [], "rank": r["rank"]}
            for r in rows]


def resolve(store: Store, ref: str, what: str = "entity") -> str:
    """The id of the one entity ``ref`` names; UnknownName or AmbiguousName otherwise."""
    ref = ref.strip()
    ranked = store.read(_RANKS, {"ref": ref})
    if ranked and sum(1 for r in ranked if r["rank"] == ranked[0]["rank"]) == 1:
        return ranked[0]["id"]
    found = candidates(store, ref) if ranked else []
    if not found:
        raise UnknownName(f"no {what} with id, name or alias {ref!r}; search with GET /entities?q= "
                          "or `ruralkg query entity_search -p q=…`", ref)
    best = [c for c in found if c["rank"] == found[0]["rank"]]
    if len(best) == 1:
        return best[0]["id"]
    listed = [{k: c[k] for k in ("id", "name", "type", "path")} for c in best]
    raise AmbiguousName(f"{len(best)} entities are called {ref!r}: give one of their ids", ref, listed)


def describe_candidates(exc: AmbiguousName) -> list[str]:
    """One line per candidate, as the CLI prints them: id, type, name and place path."""
    return [f"{c['id']}  {c['type']:<12} {c['name']}  ({' › '.join(c['path']) or 'no place known'})"
            for c in exc.candidates]


# the comparison tables: which column of a row holds the name asked for
COMPARED = {"compare_townships": "township", "compare_counties": "county"}


def not_compared(query_name: str, wanted: list[str], rows: list[dict[str, Any]]) -> list[str]:
    """The names (or ids) asked for that no row of a comparison table answers: the API lists them in
    ``unknown`` and the CLI prints them, the same way."""
    column = COMPARED.get(query_name)
    if column is None:
        return []
    found = {r.get(column) for r in rows} | {r.get("id") for r in rows}
    return [n for n in wanted if n not in found]
