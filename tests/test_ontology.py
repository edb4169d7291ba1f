"""ontology.ttl, shapes.ttl and the RDF export: one vocabulary for graph, code and RDF, provenance in
every export, and shapes that a good export passes and a broken one fails."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from ruralkg.graph.model import ENTITY_PROPERTIES, FACT_KEYS, graph_keys
from ruralkg.graph.rdf_formats import build, export_graph
from ruralkg.graph.rdf_terms import DCTERMS, SCHEMA, Iris
from ruralkg.graph.rdf_validate import owl_rl_problems, validate
from ruralkg.settings import ONTOLOGY_PATH, PROJECT_ROOT, Settings

RK = Namespace("https://ruralkg.example.org/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
IRIS = Iris(Settings().base_iri)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def _own_terms(g: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {s for k in kinds for s in g.subjects(RDF.type, k) if isinstance(s, URIRef) and str(s).startswith(str(RK))}


def test_every_term_has_chinese_and_english_labels_and_a_comment(ontology):
    terms = _own_terms(ontology)
    assert len(terms) > 50
    for term in terms:
        langs = {lit.language for lit in ontology.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, term
        assert any(True for _ in ontology.objects(term, RDFS.comment)), term
    onto = URIRef("https://ruralkg.example.org/ontology")
    assert ontology.value(onto, OWL.versionInfo) is not None


def test_ontology_aligns_to_shared_vocabularies(ontology):
    org = Namespace("http://www.w3.org/ns/org#")
    schema = Namespace("https://schema.org/")
    assert (RK.Branch, RDFS.subClassOf, org.Organization) in ontology
    assert (RK.Article, RDFS.subClassOf, PROV.Entity) in ontology
    assert (RK.locatedIn, RDFS.subPropertyOf, schema.containedInPlace) in ontology
    assert (RK.Village, RDFS.subClassOf, RK.Place) in ontology


def test_ontology_is_consistent_under_owl_rl(ontology):
    assert owl_rl_problems() == []


def test_code_and_ontology_name_the_same_graph_elements(ontology):
    declared = {str(k) for k in ontology.objects(None, RK.graphKey)}
    assert declared == graph_keys(), (declared - graph_keys(), graph_keys() - declared)


def test_the_extractor_reads_only_facts_the_model_declares():
    from ruralkg.ingest import amounts

    keys = {key for _, key in amounts.COUNT_FACTS} | {"collective_income_yuan", "households_served"}
    assert keys <= set(FACT_KEYS)


def test_the_graph_holds_only_declared_elements(store):
    known = graph_keys()
    found = set()
    for row in store.read("MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l"):
        found.add(f"label:{row['l']}")
    for row in store.read("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t"):
        found.add(f"type:{row['t']}")
    for row in store.read("MATCH (n:Entity) UNWIND keys(n) AS k RETURN DISTINCT k"):
        found.add(f"Entity.{row['k']}")
    for row in store.read("MATCH (n:Article) UNWIND keys(n) AS k RETURN DISTINCT k"):
        found.add(f"Article.{row['k']}")
    for row in store.read("MATCH (v:Evidence) UNWIND keys(v) AS k RETURN DISTINCT k"):
        found.add(f"Evidence.{row['k']}")
    for row in store.read("MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT type(r) AS t, k"):
        found.add(f"MENTIONS.{row['k']}" if row["t"] == "MENTIONS" else f"relation.{row['k']}")
    assert found - known == set()
    assert {"Entity.name", "relation.evidence_sentences", "relation.evidence_count", "Evidence.span",
            "Evidence.sentence", "Article.title"} <= found
    assert set(ENTITY_PROPERTIES) >= {k.split(".", 1)[1] for k in found if k.startswith("Entity.")}


@pytest.fixture(scope="module")
def exported(store, tmp_path_factory) -> Graph:
    out = tmp_path_factory.mktemp("rdf") / "g.ttl"
    n = export_graph(store, out)
    g = Graph().parse(out, format="turtle")
    assert len(g) == n
    return g


def test_export_conforms_to_the_shapes(exported):
    result = validate(exported)
    assert result.conforms, result.describe()


def test_export_holds_what_the_store_holds(store, exported):
    entities = store.read("MATCH (n:Entity) RETURN count(n) AS c")[0]["c"]
    relations = store.read("MATCH (:Entity)-[r:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]->(:Entity) "
                           "RETURN count(r) AS c")[0]["c"]
    articles = store.read("MATCH (a:Article) RETURN count(a) AS c")[0]["c"]
    assert len(set(exported.subjects(SCHEMA.name, None))) == entities
    assert len(set(exported.subjects(RDF.type, RK.Statement))) == relations
    assert len(set(exported.subjects(RDF.type, RK.Article))) == articles


def test_export_carries_provenance(store, exported):
    row = store.read("MATCH (:Official {name: '关威'})-[r:HOLDS_POST]->() RETURN r.id AS id, "
                     "r.evidence_articles AS arts")[0]
    art_hash = store.read("MATCH (a:Article {id: $id}) RETURN a.content_hash AS h", {"id": row["arts"][0]})[0]["h"]
    stmt, art = IRIS.statement(row["id"]), IRIS.article(art_hash[:16])
    assert (stmt, PROV.wasDerivedFrom, art) in exported
    ev = exported.value(stmt, RK.evidence)
    assert "关威" in str(exported.value(ev, RK.sentence))
    start, end = exported.value(ev, RK.spanStart), exported.value(ev, RK.spanEnd)
    assert start is not None and end.toPython() > start.toPython()
    assert exported.value(art, DCTERMS.title) is not None
    amounts = list(exported.objects(None, RK.amountYuan))
    assert amounts and all(a.datatype == rdflib.XSD.decimal for a in amounts)
    dated = [d for d in exported.objects(None, DCTERMS.issued)]
    assert dated and all(d.datatype == rdflib.XSD.dateTime for d in dated)


def test_export_and_ontology_are_consistent_under_owl_rl(exported):
    assert owl_rl_problems(exported) == []


def test_shapes_catch_a_broken_export(exported):
    g = Graph()
    g += exported
    village = next(v for v in g.subjects(RDF.type, RK.Village) if g.value(v, RK.locatedIn) is not None)
    g.add((village, RDF.type, RK.Enterprise))                          # two types
    stmt = next(iter(g.subjects(RDF.type, RK.Statement)))
    g.remove((stmt, RK.evidence, None))                                # no evidence
    town = next(iter(g.objects(village, RK.locatedIn)))
    g.add((town, RK.locatedIn, village))                               # a cycle
    invest = next(iter(g.subjects(RK.amountYuan, None)))
    g.set((invest, RK.amountYuan, Literal(Decimal("-5"), datatype=rdflib.XSD.decimal)))  # negative amount
    result = validate(g)
    assert not result.conforms
    text = "\n".join(result.failures)
    assert "exactly one type" in text and "at least one evidence" in text and "cycle" in text
    assert str(invest) in text


def test_partial_export_over_http(api, store):
    town = store.read("MATCH (n:Township {name: '斗虎屯镇'}) RETURN n.id AS id")[0]["id"]
    resp = api.get("/export", params={"format": "turtle", "entity": town, "depth": 1})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=resp.text, format="turtle")
    names = {str(o) for o in g.objects(None, SCHEMA.name)}
    assert {"斗虎屯镇", "东昌府区"} <= names and "全民村党支部" not in names
    assert validate(g).conforms
    jsonld = api.get("/export", params={"format": "json-ld", "entity": town})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    nt = api.get("/export", params={"format": "nt"})
    assert nt.headers["content-type"].startswith("application/n-triples")
    assert len(Graph().parse(data=nt.text, format="nt")) > 1000
    assert nt.headers["vary"] == "Accept"
    assert api.get("/export", params={"entity": "no-such-id"}).status_code == 404
    assert api.get("/export", params={"format": "xlsx"}).status_code == 422


def test_the_readme_sparql_example_runs(exported, tmp_path, monkeypatch, capsys):
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- sparql-example -->\s*```python\n(.*?)```", readme, re.S).group(1)
    exported.serialize(tmp_path / "ruralkg.ttl", format="turtle")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed and "→" in printed[0] and "元" in printed[0]


def test_cli_export_validates_and_refuses_unknown_formats(ingested, tmp_path):
    from tests.conftest import cli

    out = tmp_path / "g.nt"
    proc = cli(ingested, "export", "--out", str(out), "--format", "nt", "--validate")
    assert "conforms" in proc.stderr + proc.stdout
    assert len(Graph().parse(out, format="nt")) > 1000
    bad = cli(ingested, "export", "--out", str(out), "--format", "xlsx", check=False)
    assert bad.returncode == 2 and "unknown RDF format" in bad.stderr
    missing = cli(ingested, "export", "--out", str(tmp_path / "no" / "g.ttl"), check=False)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_build_partial_refuses_bad_depth(store):
    from ruralkg.graph.rdf_export import ExportError

    town = store.read("MATCH (n:Township {name: '斗虎屯镇'}) RETURN n.id AS id")[0]["id"]
    with pytest.raises(ExportError):
        build(store, entity=town, depth=9)


def test_owl_rl_check_reports_an_entity_of_two_disjoint_types():
    g = Graph()
    thing = URIRef("https://ruralkg.example.org/id/e/test")
    g.add((thing, RDF.type, RK.Village))
    g.add((thing, RDF.type, RK.Enterprise))
    assert owl_rl_problems(g)
