"""Export the graph as RDF with the terms of ontology.ttl (rdflib serialises any of its formats)."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from ruralkg.graph.store import Store

RK = Namespace("https://ruralkg.example.org/ontology#")
DATA = Namespace("https://ruralkg.example.org/id/")
FORMATS = {"turtle": "turtle", "ttl": "turtle", "xml": "xml", "nt": "nt", "json-ld": "json-ld"}

NODES = "MATCH (n:Entity) RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases"
EDGES = ("MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, type(r) AS type, t.id AS t, r.id AS id, "
         "r.evidence_sentences AS evidence, r.title AS title, r.amount_yuan AS amount")


def build(store: Store) -> Graph:
    g = Graph()
    g.bind("rk", RK)
    g.bind("rkd", DATA)
    for row in store.read(NODES, timeout_ms=120000):
        node = DATA[row["id"]]
        g.add((node, RDF.type, RK[row["type"]]))
        g.add((node, RDFS.label, Literal(row["name"], lang="zh")))
        for alias in row.get("aliases") or []:
            g.add((node, RK.alias, Literal(alias, lang="zh")))
    for row in store.read(EDGES, timeout_ms=120000):
        s, t = DATA[row["s"]], DATA[row["t"]]
        prop = RK[_camel(row["type"])]
        g.add((s, prop, t))
        rel = URIRef(DATA[f"rel/{row['id']}"])
        g.add((rel, RDF.type, RDF.Statement))
        g.add((rel, RDF.subject, s))
        g.add((rel, RDF.predicate, prop))
        g.add((rel, RDF.object, t))
        for sentence in row.get("evidence") or []:
            g.add((rel, RK.evidence, Literal(sentence, lang="zh")))
        if row.get("title"):
            g.add((rel, RK.title, Literal(row["title"], lang="zh")))
        if row.get("amount") is not None:
            g.add((rel, RK.amountYuan, Literal(row["amount"])))
    return g


def _camel(rel_type: str) -> str:
    first, *rest = rel_type.lower().split("_")
    return first + "".join(w.title() for w in rest)


def export_graph(store: Store, out: Path, fmt: str = "turtle") -> int:
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    g = build(store)
    g.serialize(destination=str(out), format=FORMATS[fmt])
    return len(g)
