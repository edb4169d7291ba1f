"""Export the graph as RDF in the terms of ontology.ttl (OWL 2 DL), with the provenance of every fact.

Each entity is one resource with exactly one class, named with ``schema:name``/``rdfs:label``;
each relation is a plain triple *and* a reified ``rk:Statement`` (``rdf:subject``/``rdf:predicate``/
``rdf:object``, see docs/decisions.md) that carries ``prov:wasDerivedFrom`` its articles and one
``rk:Evidence`` per sentence. A HOLDS_POST to an organisation is also an ``org:Membership``
(``org:member``, ``org:organization``, ``org:role`` an ``org:Role``); a post in a place makes the
person ``org:basedAt`` that place. Articles are named by their content, so the same corpus read from
any folder gives the same IRIs, and no server path is written. Every export ends with its own
VoID/DCAT description (graph/rdf_dataset.py), which points to the ontology.

``triples()`` yields triples as it reads, each once, so N-Triples streams for a graph of any size.
``entity``/``depth`` limit the export to the neighbourhood of one entity (typed relations only)
and the articles behind it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from ruralkg.graph.curation.rdf import same_as
from ruralkg.graph.model import FACT_KEYS, RELATION_TYPES
from ruralkg.graph.rdf_terms import (
    DCTERMS,
    INTEGER_FACTS,
    ORG,
    ORGANISATIONS,
    PROV,
    RK,
    SCHEMA,
    VOCABULARIES,
    Iris,
    content_id,
    date_time,
    division_code,
    is_file_name,
    number,
)
from ruralkg.graph.rdf_time import membership_terms, statement_time
from ruralkg.graph.store import Store

Triple = tuple[Node, Node, Node]
TIMEOUT_MS = 600_000
MAX_DEPTH = 3
_TYPED = "|".join(RELATION_TYPES)

_NODES = ("MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids RETURN n.id AS id, n.type AS type, n.name AS name, "
          "n.aliases AS aliases, n.key AS key, properties(n) AS props")
_RELATIONS = (f"MATCH (s:Entity)-[r:{_TYPED}]->(t:Entity) WHERE $ids IS NULL OR (s.id IN $ids AND t.id IN $ids) "
              "RETURN s.id AS s, type(r) AS type, t.id AS t, t.type AS t_type, properties(r) AS props")
_ARTICLES = ("MATCH (a:Article) WHERE $articles IS NULL OR a.id IN $articles "
             "RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, "
             "a.authors AS authors, a.path AS path, a.char_count AS chars, a.content_hash AS hash, a.text AS text")
_MENTIONS = ("MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE $ids IS NULL OR n.id IN $ids "
             "RETURN a.id AS article, n.id AS entity")
_AROUND = (f"MATCH (n:Entity {{id: $id}}) OPTIONAL MATCH p = (n)-[:{_TYPED}*1..3]-(m:Entity) "
           "WHERE length(p) <= $depth RETURN n.id AS root, collect(DISTINCT m.id) AS ids")
# /id/article/{content id} and /id/rel/{id}: the graph ids behind an IRI
ARTICLE_BY_CONTENT = "MATCH (a:Article) WHERE a.content_hash STARTS WITH $cid RETURN a.id AS id LIMIT 1"
RELATION_BY_ID = ("MATCH (v:Evidence {rel: $id}) WITH v.source AS s, v.target AS t, collect(DISTINCT v.article) AS articles "
                  "RETURN s, t, articles LIMIT 1")
# the sentences behind a set of relations (their Evidence records), in load order
_EVIDENCE = ("MATCH (v:Evidence) WHERE v.rel IN $rels RETURN v.rel AS rel, v.article AS article, "
             "v.sentence AS sentence, v.span AS span, v.date AS date ORDER BY v.seq, v.pos")
_EVIDENCE_CHUNK = 2000


class ExportError(ValueError):
    """An export that cannot be made as asked (unknown format or entity); the message says why."""


@dataclass
class Scope:
    """What one export covers: the whole graph (all None) or the neighbourhood of one entity."""

    ids: list[str] | None = None
    articles: list[str] | None = None
    entity: str | None = None
    depth: int = 1
    # article graph id -> content id, filled as the articles are read
    content_ids: dict[str, str] = field(default_factory=dict)


def _camel(rel_type: str) -> str:
    first, *rest = rel_type.lower().split("_")
    return first + "".join(w.title() for w in rest)


FACT_TERMS = {key: _camel(key.upper()) for key in FACT_KEYS}


def scope_of(store: Store, entity: str | None, depth: int) -> Scope:
    """Entity ids and article ids of a partial export, or everything for the whole graph."""
    if entity is None:
        return Scope()
    if not 1 <= depth <= MAX_DEPTH:
        raise ExportError(f"depth must be between 1 and {MAX_DEPTH}, got {depth}")
    rows = store.read(_AROUND, {"id": entity, "depth": depth}, timeout_ms=TIMEOUT_MS)
    if not rows:
        raise ExportError(f"no entity with id {entity!r}; find ids with `ruralkg query entity_search -p q=…`")
    ids = sorted({rows[0]["root"], *rows[0]["ids"]})
    articles = {r["article"] for r in store.read(_MENTIONS, {"ids": ids}, timeout_ms=TIMEOUT_MS)}
    rels = [r["props"]["id"] for r in store.read(_RELATIONS, {"ids": ids}, timeout_ms=TIMEOUT_MS)]
    for rows in _evidence_of(store, rels).values():
        articles.update(r["article"] for r in rows)
    return Scope(ids, sorted(articles), entity, depth)


def _entity_triples(row: dict, iris: Iris) -> Iterator[Triple]:
    node = iris.entity(row["id"])
    yield node, RDF.type, RK[row["type"]]
    yield node, SCHEMA.name, Literal(row["name"], lang="zh")
    yield node, RDFS.label, Literal(row["name"], lang="zh")
    yield node, RK.graphId, Literal(row["id"])
    if row.get("key"):
        yield node, RK.identityKey, Literal(row["key"])
        code = division_code(row["key"])
        if code and row["type"] in ("Province", "City", "County", "Township", "Village"):
            yield node, RK.divisionCode, Literal(code)
            yield node, DCTERMS.identifier, Literal(code)
    for alias in sorted(set(row.get("aliases") or []) - {row["name"]}):
        yield node, SCHEMA.alternateName, Literal(alias, lang="zh")
    props = row["props"]
    if props.get("investment_yuan") is not None:
        yield node, RK.investmentYuan, number(props["investment_yuan"])
    approximate = set(props.get("approximate") or [])
    for key, term in FACT_TERMS.items():
        if props.get(key) is None:
            continue
        value = number(props[key], whole=key in INTEGER_FACTS)
        yield node, RK[term], value
        fact = iris.fact(row["id"], key)
        yield node, RK.fact, fact
        yield fact, RDF.type, RK.Fact
        yield fact, RK.factAbout, node
        yield fact, RK.factKey, Literal(key)
        yield fact, RK.value, value
        if key in approximate:
            yield fact, RK.approximate, Literal(True)
        if props.get(f"{key}_evidence"):
            yield fact, RK.sentence, Literal(props[f"{key}_evidence"], lang="zh")


def _membership(row: dict, stmt: URIRef, s: URIRef, t: URIRef, iris: Iris, roles: set[str]) -> Iterator[Triple]:
    """A post in a body is ORG's membership pattern; a post in a place makes the person based there."""
    title = row["props"].get("title")
    if row["t_type"] not in ORGANISATIONS:
        yield s, ORG.basedAt, t
        return
    yield stmt, RDF.type, ORG.Membership
    yield stmt, ORG.member, s
    yield stmt, ORG.organization, t
    if title:
        role = iris.role(title)
        yield stmt, ORG.role, role
        if title not in roles:
            roles.add(title)
            yield role, RDF.type, ORG.Role
            yield role, RDFS.label, Literal(title, lang="zh")


def _relation_triples(row: dict, scope: Scope, iris: Iris, roles: set[str]) -> Iterator[Triple]:
    props = row["props"]
    s, t, prop = iris.entity(row["s"]), iris.entity(row["t"]), RK[_camel(row["type"])]
    yield s, prop, t
    stmt = iris.statement(props["id"])
    yield stmt, RDF.type, RK.Statement
    yield stmt, RDF.subject, s
    yield stmt, RDF.predicate, prop
    yield stmt, RDF.object, t
    yield stmt, RK.graphId, Literal(props["id"])
    if row["type"] == "HOLDS_POST":
        yield from _membership(row, stmt, s, t, iris, roles)
    if props.get("title"):
        yield stmt, RK.postTitle, Literal(props["title"], lang="zh")
    for key, term in (("amount_yuan", RK.amountYuan), ("credit_yuan", RK.creditYuan),
                      ("support_yuan", RK.supportYuan), ("donation_yuan", RK.donationYuan)):
        if props.get(key) is not None:
            yield stmt, term, number(props[key])
    if props.get("approximate") is not None:
        yield stmt, RK.approximate, Literal(bool(props["approximate"]))
    yield from statement_time(stmt, props)
    if row["type"] == "HOLDS_POST":
        yield from membership_terms(stmt, props, membership=row["t_type"] in ORGANISATIONS)
    derived: set[str] = set()
    seen: set[URIRef] = set()
    for record in row.get("evidence", []):
        art, sentence, span, day = record["article"], record["sentence"], record["span"], record["date"]
        cid = scope.content_ids.get(art)
        if cid is None:  # an article outside a partial export
            continue
        ev = iris.evidence(props["id"], cid, sentence, span or "")
        if ev in seen:
            continue
        seen.add(ev)
        yield stmt, RK.evidence, ev
        if cid not in derived:
            derived.add(cid)
            yield stmt, PROV.wasDerivedFrom, iris.article(cid)
        yield ev, RDF.type, RK.Evidence
        yield ev, RK.sentence, Literal(sentence, lang="zh")
        yield ev, PROV.wasQuotedFrom, iris.article(cid)
        if (when := date_time(day or "")) is not None:
            yield ev, RK.evidenceDate, when
        start, _, end = (span or "").partition("-")
        if start.isdigit() and end.isdigit():
            yield ev, RK.spanStart, number(int(start), whole=True)
            yield ev, RK.spanEnd, number(int(end), whole=True)


def _article_triples(row: dict, iris: Iris, cid: str) -> Iterator[Triple]:
    art = iris.article(cid)
    yield art, RDF.type, RK.Article
    yield art, DCTERMS.identifier, Literal(cid)
    if row.get("title"):
        yield art, DCTERMS.title, Literal(row["title"], lang="zh")
    issued = date_time(row.get("published") or "")
    if issued is not None:
        yield art, DCTERMS.issued, issued
    if row.get("source") and not is_file_name(row["source"], row.get("path")):
        yield art, RK.source, Literal(row["source"])
    for author in sorted(set(row.get("authors") or [])):
        yield art, RK.author, Literal(author, lang="zh")
    if row.get("chars") is not None:
        yield art, RK.charCount, number(int(row["chars"]), whole=True)
    if row.get("hash"):
        yield art, RK.contentHash, Literal(row["hash"])
    if row.get("text"):
        yield art, RK.text, Literal(row["text"], lang="zh")


def triples(store: Store, scope: Scope, iris: Iris) -> Iterator[Triple]:
    """Every data triple of the export, each once, read from the store as they are produced."""
    for row in store.read(_ARTICLES, {"articles": scope.articles}, timeout_ms=TIMEOUT_MS):
        cid = content_id(row.get("hash") or row["id"])
        scope.content_ids[row["id"]] = cid
        yield from _article_triples(row, iris, cid)
    for row in store.read(_NODES, {"ids": scope.ids}, timeout_ms=TIMEOUT_MS):
        yield from _entity_triples(row, iris)
    yield from same_as(store, scope.ids if scope.entity else None, iris.entity)  # curation's merges
    for row in store.read(_MENTIONS, {"ids": scope.ids}, timeout_ms=TIMEOUT_MS):
        if row["article"] in scope.content_ids:
            yield iris.article(scope.content_ids[row["article"]]), RK.mentions, iris.entity(row["entity"])
    roles: set[str] = set()
    relations = store.read(_RELATIONS, {"ids": scope.ids}, timeout_ms=TIMEOUT_MS)
    for start in range(0, len(relations), _EVIDENCE_CHUNK):
        chunk = relations[start:start + _EVIDENCE_CHUNK]
        evidence = _evidence_of(store, [row["props"]["id"] for row in chunk])
        for row in chunk:
            yield from _relation_triples({**row, "evidence": evidence.get(row["props"]["id"], [])}, scope, iris, roles)


def _evidence_of(store: Store, rels: list[str]) -> dict[str, list[dict]]:
    """Relation id → its evidence records in load order, read a chunk of relations at a time."""
    out: dict[str, list[dict]] = {}
    for start in range(0, len(rels), _EVIDENCE_CHUNK):
        for row in store.read(_EVIDENCE, {"rels": rels[start:start + _EVIDENCE_CHUNK]}, timeout_ms=TIMEOUT_MS):
            out.setdefault(row["rel"], []).append(row)
    return out


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in VOCABULARIES.items():
        g.bind(prefix, ns)
    return g
