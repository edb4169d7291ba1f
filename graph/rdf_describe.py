"""What ``GET /id/{kind}/{id}`` says about one resource: its own triples (and those of its hash IRIs:
an entity's facts, a statement's evidence), the statements it takes part in, and the names of
everything they point to, so a reader (or the HTML page) sees labels, not bare IRIs.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from ruralkg.graph.rdf_export import (
    ARTICLE_BY_CONTENT,
    RELATION_BY_ID,
    TIMEOUT_MS,
    Scope,
    new_graph,
    scope_of,
    triples,
)
from ruralkg.graph.rdf_terms import DCTERMS, ORG, SCHEMA, Iris, digest
from ruralkg.graph.store import Store

_ROLES = "MATCH (:Entity)-[r:HOLDS_POST]->(:Entity) WHERE r.title IS NOT NULL RETURN DISTINCT r.title AS title"
_NAMES = (SCHEMA.name, RDFS.label, DCTERMS.title)


def _own(iri: URIRef, subject: object) -> bool:
    return subject == iri or str(subject).startswith(f"{iri}#")


def _select(g: Graph, iri: URIRef) -> Graph:
    """The resource's own triples, the statements about it, and the names of what they point to."""
    out = new_graph()
    statements = {s for s in g.subjects(RDF.subject, iri)} | {s for s in g.subjects(RDF.object, iri)}
    for s, p, o in g:
        if _own(iri, s) or any(_own(st, s) for st in statements):
            out.add((s, p, o))
    for node in {o for o in out.objects() if isinstance(o, URIRef)} | set(out.subjects()):
        for name in _NAMES:
            for value in g.objects(node, name):
                out.add((node, name, value))
    return out


def describe(store: Store, kind: str, ident: str, iris: Iris) -> Graph | None:
    """The description of ``{base}{kind}/{ident}``, or None if there is no such resource."""
    if kind == "e":
        if not store.read("MATCH (n:Entity {id: $id}) RETURN n.id AS id", {"id": ident}, timeout_ms=TIMEOUT_MS):
            return None
        return _select(_graph(store, scope_of(store, ident, 1), iris), iris.entity(ident))
    if kind == "article":
        rows = store.read(ARTICLE_BY_CONTENT, {"cid": ident}, timeout_ms=TIMEOUT_MS) if len(ident) == 16 else []
        if not rows:
            return None
        ids = [r["id"] for r in store.read("MATCH (a:Article {id: $id})-[:MENTIONS]->(n:Entity) RETURN n.id AS id",
                                           {"id": rows[0]["id"]}, timeout_ms=TIMEOUT_MS)]
        scope = Scope(ids=ids, articles=[rows[0]["id"]])
        return _select(_graph(store, scope, iris), iris.article(ident))
    if kind == "rel":
        rows = store.read(RELATION_BY_ID, {"id": ident}, timeout_ms=TIMEOUT_MS)
        if not rows:
            return None
        scope = Scope(ids=sorted({rows[0]["s"], rows[0]["t"]}), articles=sorted(set(rows[0]["articles"] or [])))
        return _select(_graph(store, scope, iris), iris.statement(ident))
    if kind == "role":
        titles = [r["title"] for r in store.read(_ROLES, {}, timeout_ms=TIMEOUT_MS)]
        title = next((t for t in titles if digest(t, size=12) == ident), None)
        if title is None:
            return None
        g = new_graph()
        g.add((iris.role(title), RDF.type, ORG.Role))
        g.add((iris.role(title), RDFS.label, Literal(title, lang="zh")))
        return g
    return None


def _graph(store: Store, scope: Scope, iris: Iris) -> Graph:
    g = new_graph()
    for triple in triples(store, scope, iris):
        g.add(triple)
    return g
