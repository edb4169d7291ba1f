"""Export the graph as RDF in the terms of ontology.ttl, with the provenance of every fact.

Each entity is one resource with exactly one class; each relation is a plain triple *and* an
``rdf:Statement`` (RDF reification, see docs/decisions.md) that carries ``prov:wasDerivedFrom``
its articles and one ``rk:Evidence`` per sentence (text, span, article). Articles are
``prov:Entity``/``schema:NewsArticle`` with title, date, source and authors. HOLDS_POST statements
are also ``org:Post``s (``org:heldBy``, ``org:postIn``, ``org:role``). Numbers are ``xsd:decimal``.

``triples()`` yields triples as it reads, so N-Triples streams for a graph of any size; the other
formats are serialised by rdflib from an in-memory graph. ``entity``/``depth`` limit the export to
the neighbourhood of one entity (typed relations only) and the articles behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from decimal import Decimal
from pathlib import Path
from typing import IO

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from ruralkg.graph.model import FACT_KEYS, RELATION_TYPES
from ruralkg.graph.store import Store

RK = Namespace("https://ruralkg.example.org/ontology#")
DATA = Namespace("https://ruralkg.example.org/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PREFIXES = {"rk": RK, "rkd": DATA, "prov": PROV, "org": ORG, "schema": SCHEMA, "dcterms": DCTERMS}

# format name -> (rdflib serializer, media type, file suffix)
FORMATS: dict[str, tuple[str, str, str]] = {
    "turtle": ("turtle", "text/turtle", "ttl"),
    "ttl": ("turtle", "text/turtle", "ttl"),
    "xml": ("xml", "application/rdf+xml", "rdf"),
    "nt": ("nt", "application/n-triples", "nt"),
    "json-ld": ("json-ld", "application/ld+json", "jsonld"),
}
TIMEOUT_MS = 600_000
MAX_DEPTH = 3
_TYPED = "|".join(RELATION_TYPES)

_NODES = ("MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids RETURN n.id AS id, n.type AS type, n.name AS name, "
          "n.aliases AS aliases, n.key AS key, properties(n) AS props")
_RELATIONS = (f"MATCH (s:Entity)-[r:{_TYPED}]->(t:Entity) WHERE $ids IS NULL OR (s.id IN $ids AND t.id IN $ids) "
              "RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props")
_ARTICLES = ("MATCH (a:Article) WHERE $articles IS NULL OR a.id IN $articles "
             "RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, "
             "a.authors AS authors, a.path AS path, a.char_count AS chars, a.content_hash AS hash, a.text AS text")
_MENTIONS = ("MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE $ids IS NULL OR n.id IN $ids "
             "RETURN a.id AS article, n.id AS entity")
_AROUND = (f"MATCH (n:Entity {{id: $id}}) OPTIONAL MATCH p = (n)-[:{_TYPED}*1..3]-(m:Entity) "
           "WHERE length(p) <= $depth RETURN n.id AS root, collect(DISTINCT m.id) AS ids")


class ExportError(ValueError):
    """An export that cannot be made as asked (unknown format or entity); the message says why."""


def _camel(rel_type: str) -> str:
    first, *rest = rel_type.lower().split("_")
    return first + "".join(w.title() for w in rest)


FACT_TERMS = {key: _camel(key.upper()) for key in FACT_KEYS}


def entity_iri(entity_id: str) -> URIRef:
    return DATA[f"e/{entity_id}"]


def article_iri(article_id: str) -> URIRef:
    return DATA[f"article/{article_id}"]


def _decimal(value: float | int) -> Literal:
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


def _scope(store: Store, entity: str | None, depth: int) -> tuple[list[str] | None, list[str] | None]:
    """Entity ids and article ids of a partial export, or (None, None) for the whole graph."""
    if entity is None:
        return None, None
    if not 1 <= depth <= MAX_DEPTH:
        raise ExportError(f"depth must be between 1 and {MAX_DEPTH}, got {depth}")
    rows = store.read(_AROUND, {"id": entity, "depth": depth}, timeout_ms=TIMEOUT_MS)
    if not rows:
        raise ExportError(f"no entity with id {entity!r}; find ids with `ruralkg query entity_search -p q=…`")
    ids = sorted({rows[0]["root"], *rows[0]["ids"]})
    articles = {r["article"] for r in store.read(_MENTIONS, {"ids": ids}, timeout_ms=TIMEOUT_MS)}
    for r in store.read(_RELATIONS, {"ids": ids}, timeout_ms=TIMEOUT_MS):
        articles.update(r["props"].get("evidence_articles") or [])
    return ids, sorted(articles)


def _entity_triples(row: dict) -> Iterator[tuple[Node, Node, Node]]:
    node = entity_iri(row["id"])
    yield node, RDF.type, RK[row["type"]]
    yield node, RK.name, Literal(row["name"], lang="zh")
    yield node, RDFS.label, Literal(row["name"], lang="zh")
    yield node, RK.graphId, Literal(row["id"])
    if row.get("key"):
        yield node, RK.identityKey, Literal(row["key"])
    for alias in row.get("aliases") or []:
        yield node, RK.alias, Literal(alias, lang="zh")
    props = row["props"]
    if props.get("investment_yuan") is not None:
        yield node, RK.investmentYuan, _decimal(props["investment_yuan"])
    approximate = set(props.get("approximate") or [])
    for key, term in FACT_TERMS.items():
        if props.get(key) is None:
            continue
        yield node, RK[term], _decimal(props[key])
        fact = DATA[f"fact/{row['id']}/{key}"]
        yield node, RK.fact, fact
        yield fact, RDF.type, RK.Fact
        yield fact, RK.factAbout, node
        yield fact, RK.factKey, Literal(key)
        yield fact, RK.value, _decimal(props[key])
        if key in approximate:
            yield fact, RK.approximate, Literal(True)
        if props.get(f"{key}_evidence"):
            yield fact, RK.sentence, Literal(props[f"{key}_evidence"], lang="zh")


def _relation_triples(row: dict, known_articles: set[str] | None) -> Iterator[tuple[Node, Node, Node]]:
    props = row["props"]
    s, t, prop = entity_iri(row["s"]), entity_iri(row["t"]), RK[_camel(row["type"])]
    yield s, prop, t
    stmt = DATA[f"rel/{props['id']}"]
    yield stmt, RDF.type, RK.Statement
    yield stmt, RDF.subject, s
    yield stmt, RDF.predicate, prop
    yield stmt, RDF.object, t
    yield stmt, RK.graphId, Literal(props["id"])
    if row["type"] == "HOLDS_POST":
        yield stmt, RDF.type, ORG.Post
        yield stmt, ORG.heldBy, s
        yield stmt, ORG.postIn, t
    if props.get("title"):
        yield stmt, RK.postTitle, Literal(props["title"], lang="zh")
    for key, term in (("amount_yuan", RK.amountYuan), ("credit_yuan", RK.creditYuan)):
        if props.get(key) is not None:
            yield stmt, term, _decimal(props[key])
    if props.get("approximate") is not None:
        yield stmt, RK.approximate, Literal(bool(props["approximate"]))
    ids = props.get("evidence_ids") or []
    articles = props.get("evidence_articles") or []
    sentences = props.get("evidence_sentences") or []
    spans = props.get("evidence_spans") or [""] * len(ids)
    derived: set[str] = set()
    for ev_id, art, sentence, span in zip(ids, articles, sentences, spans, strict=False):
        if known_articles is not None and art not in known_articles:
            continue
        ev = DATA[f"evidence/{ev_id}"]
        yield stmt, RK.evidence, ev
        if art not in derived:
            derived.add(art)
            yield stmt, PROV.wasDerivedFrom, article_iri(art)
        yield ev, RDF.type, RK.Evidence
        yield ev, RK.sentence, Literal(sentence, lang="zh")
        yield ev, PROV.wasQuotedFrom, article_iri(art)
        start, _, end = (span or "").partition("-")
        if start.isdigit() and end.isdigit():
            yield ev, RK.spanStart, Literal(int(start))
            yield ev, RK.spanEnd, Literal(int(end))


def _article_triples(row: dict) -> Iterator[tuple[Node, Node, Node]]:
    art = article_iri(row["id"])
    yield art, RDF.type, RK.Article
    yield art, RK.graphId, Literal(row["id"])
    if row.get("title"):
        yield art, RK.title, Literal(row["title"], lang="zh")
    if row.get("published"):
        yield art, RK.published, Literal(row["published"], datatype=XSD.date)
    if row.get("source"):
        yield art, RK.source, Literal(row["source"])
    for author in row.get("authors") or []:
        yield art, RK.author, Literal(author, lang="zh")
    if row.get("path"):
        yield art, RK.sourceFile, Literal(row["path"])
    if row.get("chars") is not None:
        yield art, RK.charCount, Literal(int(row["chars"]))
    if row.get("hash"):
        yield art, RK.contentHash, Literal(row["hash"])
    if row.get("text"):
        yield art, RK.text, Literal(row["text"], lang="zh")


def triples(store: Store, entity: str | None = None, depth: int = 1) -> Iterator[tuple[Node, Node, Node]]:
    """Every triple of the export, read from the store as they are produced. An unknown entity or a
    bad depth raises ExportError here, before the first triple (so a streamed response can refuse it)."""
    ids, articles = _scope(store, entity, depth)
    return _triples(store, ids, articles)


def _triples(store: Store, ids: list[str] | None, articles: list[str] | None) -> Iterator[tuple[Node, Node, Node]]:
    known = None if articles is None else set(articles)
    for row in store.read(_ARTICLES, {"articles": articles}, timeout_ms=TIMEOUT_MS):
        yield from _article_triples(row)
    for row in store.read(_NODES, {"ids": ids}, timeout_ms=TIMEOUT_MS):
        yield from _entity_triples(row)
    for row in store.read(_MENTIONS, {"ids": ids}, timeout_ms=TIMEOUT_MS):
        yield article_iri(row["article"]), RK.mentions, entity_iri(row["entity"])
    for row in store.read(_RELATIONS, {"ids": ids}, timeout_ms=TIMEOUT_MS):
        yield from _relation_triples(row, known)


def build(store: Store, entity: str | None = None, depth: int = 1) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for triple in triples(store, entity, depth):
        g.add(triple)
    return g


def _format(fmt: str) -> tuple[str, str, str]:
    if fmt not in FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt]


def media_type(fmt: str) -> str:
    return _format(fmt)[1]


def stream(store: Store, fmt: str = "turtle", entity: str | None = None, depth: int = 1) -> Iterable[bytes]:
    """The export as chunks of bytes: N-Triples line by line, other formats serialised whole."""
    serializer = _format(fmt)[0]
    if serializer == "nt":
        return _nt_lines(triples(store, entity, depth))
    return [build(store, entity, depth).serialize(format=serializer, encoding="utf-8")]


def _nt_lines(items: Iterable[tuple[Node, Node, Node]], chunk: int = 5000) -> Iterator[bytes]:
    """N-Triples in chunks: each chunk serialised by rdflib (so escaping is N-Triples', not Turtle's)."""
    batch = Graph()
    for triple in items:
        batch.add(triple)
        if len(batch) >= chunk:
            yield batch.serialize(format="nt", encoding="utf-8")
            batch = Graph()
    if len(batch):
        yield batch.serialize(format="nt", encoding="utf-8")


def export_graph(store: Store, out: Path | IO[bytes], fmt: str = "turtle", entity: str | None = None,
                 depth: int = 1) -> int:
    """Write the export to ``out``; returns the number of triples."""
    serializer = _format(fmt)[0]
    if serializer == "nt":
        n = 0
        with open(out, "wb") if isinstance(out, Path) else nullcontext(out) as fh:
            for chunk in _nt_lines(triples(store, entity, depth)):
                fh.write(chunk)
                n += chunk.count(b"\n")
        return n
    g = build(store, entity, depth)
    data = g.serialize(format=serializer, encoding="utf-8")
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)
    return len(g)

