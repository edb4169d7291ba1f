"""Linked data that other tools accept: the ontology plus an export is consistent under HermiT and
inside OWL 2 DL by the OWL API's profile checker, the shapes agree with the ontology, IRIs do not
depend on the corpus folder, JSON-LD round-trips, N-Triples has each triple once, the IRIs
dereference by content negotiation, and the n10s recipe of the README keeps every value."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from ruralkg.graph.rdf_formats import CONTEXT_PATH, build, export_graph, negotiate, stream
from ruralkg.graph.rdf_reasoning import hermit_problems, profile_violations
from ruralkg.graph.rdf_terms import DCAT, DCTERMS, ONTOLOGY, ORG, RK, SCHEMA, VOID, Iris
from ruralkg.graph.rdf_validate import SHAPES_PATH, validate
from ruralkg.settings import ONTOLOGY_PATH, PROJECT_ROOT, Settings
from tests.conftest import CORPUS, cli, free_port

SH = Namespace("http://www.w3.org/ns/shacl#")
IRIS = Iris(Settings().base_iri)


@pytest.fixture(scope="module")
def nt_export(store, tmp_path_factory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("nt") / "g.nt"
    return out, export_graph(store, out, "nt")


@pytest.fixture(scope="module")
def exported(nt_export) -> Graph:
    return Graph().parse(nt_export[0], format="nt")


def _data(g: Graph) -> Graph:
    """The export without its dataset description (which carries the time it was made)."""
    described = {s for s in g.subjects(RDF.type, VOID.Dataset)}
    parts = {o for d in described for o in g.objects(d, VOID.classPartition)}
    out = Graph()
    for t in g:
        if t[0] not in described and t[0] not in parts:
            out.add(t)
    return out


# --- the ontology plus an export under real OWL tools ----------------------------------------------

def test_hermit_finds_the_ontology_and_the_export_consistent(exported):
    assert hermit_problems(exported) == []


def test_hermit_catches_a_tagged_string_where_the_ontology_wants_xsd_string(exported):
    g = Graph()
    entity = next(iter(exported.subjects(RDF.type, RK.Village)))
    g.add((entity, RDF.type, RK.Village))
    g.add((entity, RK.identityKey, Literal("全民村", lang="zh")))  # the clash of issue 25: range xsd:string
    assert hermit_problems(g) == ["HermiT: the ontology and the data are inconsistent"]
    g.remove((entity, RK.identityKey, None))
    g.add((entity, RDF.type, RK.Enterprise))                         # disjoint classes
    assert hermit_problems(g)


def test_the_ontology_and_the_export_are_owl_2_dl(exported):
    violations, summary = profile_violations(exported, "DL")
    assert violations == [] and "OWL 2 DL: in profile" in summary, "\n".join(violations[:20])


def test_the_profile_checker_refuses_what_issue_25_found():
    g = Graph()
    g.add((RK.Statement2, RDF.type, OWL.Class))
    g.add((RK.Statement2, RDFS.subClassOf, RDF.Statement))           # reserved vocabulary
    g.add((RK.day, RDF.type, OWL.DatatypeProperty))
    g.add((RK.day, RDFS.range, XSD.date))                              # not an OWL 2 datatype
    violations, _ = profile_violations(g, "DL")
    text = "\n".join(violations)
    assert "reserved vocabulary" in text and "xsd:date" in text


def test_shapes_agree_with_the_ontology_ranges():
    onto = Graph().parse(ONTOLOGY_PATH, format="turtle")
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    checked = 0
    for prop in shapes.subjects(SH.path, None):
        path = shapes.value(prop, SH.path)
        ranges = set(onto.objects(path, RDFS.range))
        if not ranges:
            continue
        if shapes.value(prop, SH.languageIn) is not None:
            assert ranges == {RDF.langString}, (path, ranges)
            checked += 1
        datatype = shapes.value(prop, SH.datatype)
        if datatype is not None:
            assert datatype in ranges or (datatype, ranges) == (XSD.integer, {XSD.decimal}), (path, datatype, ranges)
            checked += 1
    assert checked >= 15
    lang_ranged = {p for p in onto.subjects(RDFS.range, RDF.langString)}
    assert {SCHEMA.name, SCHEMA.alternateName, DCTERMS.title, RK.sentence, RK.author} <= lang_ranged
    assert not set(onto.subjects(RDFS.range, XSD.date)) and (None, RDFS.subClassOf, RDF.Statement) not in onto


def test_every_export_term_is_declared_in_the_ontology(exported):
    onto = Graph().parse(ONTOLOGY_PATH, format="turtle")
    declared = {s for k in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                for s in onto.subjects(RDF.type, k)}
    builtin = {RDF.type, RDF.subject, RDF.predicate, RDF.object, RDFS.label}
    used = {p for p in exported.predicates()} | set(exported.objects(None, RDF.type))
    assert used - declared - builtin == set()


# --- the export's own shape ------------------------------------------------------------------------

def test_n_triples_has_each_triple_once_and_the_count_is_right(nt_export, exported):
    path, n = nt_export
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) == len(set(lines)) == n == len(exported)
    assert not re.search(r'\.0"\^\^<http://www.w3.org/2001/XMLSchema#decimal>', path.read_text(encoding="utf-8"))


def test_counts_are_integers_and_amounts_decimals(exported):
    for prop in (RK.population, RK.householdsServed, RK.spanStart, RK.charCount):
        values = list(exported.objects(None, prop))
        assert values and all(v.datatype == XSD.integer for v in values), prop
    amounts = list(exported.objects(None, RK.amountYuan))
    assert amounts and all(a.datatype == XSD.decimal and not str(a).endswith(".0") for a in amounts)


def test_json_ld_is_compact_with_the_shipped_context_and_round_trips(store, exported):
    data = json.loads(_bytes(store, "json-ld"))
    shipped = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    assert data["@context"] == shipped
    first = data["@graph"][0]
    assert all(not k.startswith("http") for k in first)               # terms, not expanded IRIs
    back = _data(Graph().parse(data=json.dumps(data), format="json-ld"))
    assert set(back) == set(_data(exported))


def _bytes(store, fmt: str) -> bytes:
    return b"".join(stream(store, fmt))


def test_posts_follow_orgs_membership_pattern(store, exported):
    organisations = {RK.Branch, RK.Cooperative, RK.Enterprise, RK.Organization}
    memberships = set(exported.subjects(RDF.type, ORG.Membership))
    assert memberships
    for m in memberships:
        assert set(exported.objects(exported.value(m, ORG.organization), RDF.type)) <= organisations
        role = exported.value(m, ORG.role)
        assert role is None or (role, RDF.type, ORG.Role) in exported
    assert not list(exported.subjects(ORG.postIn, None)) and not list(exported.subjects(RDF.type, ORG.Post))
    in_villages = store.read("MATCH (:Entity)-[r:HOLDS_POST]->(:Village) RETURN count(r) AS c")[0]["c"]
    based = [(s, o) for s, o in exported.subject_objects(ORG.basedAt) if (o, RDF.type, RK.Village) in exported]
    assert len(based) == in_villages > 0
    roles = {str(exported.value(r, RDFS.label)) for r in exported.subjects(RDF.type, ORG.Role)}
    assert "书记" in roles


def test_no_server_paths_and_sources_are_not_file_names(exported):
    text = "\n".join(str(o) for o in exported.objects() if isinstance(o, Literal | URIRef))
    assert str(CORPUS) not in text and str(CORPUS.parent) not in text
    assert not list(exported.subjects(RK.sourceFile, None))
    for source in exported.objects(None, RK.source):
        assert not str(source).endswith((".txt", ".html", ".htm")), source


def test_division_codes_are_their_own_property(store, exported):
    code = store.read("MATCH (n:Province) RETURN n.id AS id, n.key AS key LIMIT 1")[0]
    province = IRIS.entity(code["id"])
    six = code["key"].rsplit("|", 1)[-1]
    assert exported.value(province, RK.divisionCode) == Literal(six)
    assert exported.value(province, DCTERMS.identifier) == Literal(six)
    assert all(re.fullmatch(r"\d{6}", str(c)) for c in exported.objects(None, RK.divisionCode))


def test_the_export_describes_itself(store, exported):
    ds = IRIS.dataset
    assert (ds, RDF.type, VOID.Dataset) in exported and (ds, RDF.type, DCAT.Dataset) in exported
    assert (ds, VOID.vocabulary, ONTOLOGY) in exported
    assert exported.value(ds, DCTERMS.license) is not None and exported.value(ds, DCAT.version) is not None
    assert exported.value(ds, DCTERMS.issued).datatype == XSD.dateTime
    assert exported.value(ds, VOID.triples).toPython() == len(_data(exported))
    articles = store.read("MATCH (a:Article) RETURN count(a) AS c")[0]["c"]
    assert exported.value(ds, RK.sourceArticleCount).toPython() == articles
    parts = {exported.value(p, VOID["class"]): exported.value(p, VOID.entities).toPython()
             for p in exported.objects(ds, VOID.classPartition)}
    assert parts[RK.Article] == articles
    assert parts[RK.Village] == len(set(exported.subjects(RDF.type, RK.Village)))


def test_the_base_iri_is_configurable(store):
    town = store.read("MATCH (n:Township {name: '斗虎屯镇'}) RETURN n.id AS id")[0]["id"]
    g = build(store, entity=town, base="http://127.0.0.1:9/kg/id/")
    subjects = {str(s) for s in g.subjects() if isinstance(s, URIRef)}
    assert len(subjects) > 10 and all(s.startswith("http://127.0.0.1:9/kg/id/") for s in subjects)
    assert (URIRef("http://127.0.0.1:9/kg/id/dataset"), VOID.subset, None) in g
    assert validate(g).conforms, validate(g).describe()


# --- the same corpus from two folders -----------------------------------------------------------------

def test_the_same_corpus_from_two_folders_gives_the_same_iris(tmp_path):
    files = sorted(CORPUS.iterdir())[:6]
    folders = [tmp_path / "a" / "corpus", tmp_path / "b" / "elsewhere" / "copy"]
    for folder in folders:
        folder.mkdir(parents=True)
        for f in files:
            shutil.copy(f, folder / f.name)
    env = dict(os.environ, RURALKG_DATA=str(tmp_path / "data"), RURALKG_FALKOR_PORT=str(free_port()))
    env.pop("NEO4J_URI", None)
    graphs = []
    cli(env, "store", "start")
    try:
        for i, folder in enumerate(folders):
            cli(env, "reset", "--yes")
            cli(env, "ingest", str(folder))
            out = tmp_path / f"export{i}.nt"
            cli(env, "export", "--out", str(out), "--format", "nt")
            graphs.append(Graph().parse(out, format="nt"))
    finally:
        cli(env, "store", "stop", check=False)
    iris = [{t for triple in g for t in triple if isinstance(t, URIRef)} for g in graphs]
    assert iris[0] == iris[1] and len(iris[0]) > 100
    assert set(_data(graphs[0])) == set(_data(graphs[1]))
    assert str(tmp_path) not in (tmp_path / "export0.nt").read_text(encoding="utf-8")


# --- dereferencing and content negotiation --------------------------------------------------------------

def test_negotiate_reads_accept_headers():
    assert negotiate(None) == "turtle" and negotiate("*/*") == "turtle"
    assert negotiate("application/ld+json") == "json-ld"
    assert negotiate("text/html,application/xhtml+xml,*/*;q=0.8", html=True) == "html"
    assert negotiate("text/html;q=0.5, text/turtle", html=True) == "turtle"
    assert negotiate("application/n-triples;q=0.9, application/rdf+xml") == "xml"
    assert negotiate("image/png") is None and negotiate("text/turtle;q=0") is None


def test_export_negotiates_by_accept(api):
    nt = api.get("/export", headers={"Accept": "application/n-triples"})
    assert nt.status_code == 200 and nt.headers["content-type"].startswith("application/n-triples")
    assert len(Graph().parse(data=nt.text, format="nt")) > 1000
    jsonld = api.get("/export", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json") and "@context" in jsonld.json()
    assert api.get("/export", headers={"Accept": "image/png"}).status_code == 406
    forced = api.get("/export", params={"format": "nt"}, headers={"Accept": "application/ld+json"})
    assert forced.headers["content-type"].startswith("application/n-triples")


def _in_value_space(pairs) -> set:
    """Predicate-object pairs with typed literals as (datatype, value): one decimal has several spellings."""
    return {(p, (o.datatype, o.value) if isinstance(o, Literal) and o.datatype else o) for p, o in pairs}


def test_every_kind_of_iri_dereferences(api, exported):
    villages = sorted(exported.subjects(RDF.type, RK.Village))
    with_amount = [v for v in villages if any(isinstance(o, Literal) and o.datatype == XSD.decimal
                                              for o in exported.objects(v))]
    examples = {  # chosen by sort, not by set order: the same IRIs on every run
        "e": (with_amount or villages)[0],  # a decimal fact: Turtle writes 1970000.0 where N-Triples has "1970000"
        "article": sorted(exported.subjects(RDF.type, RK.Article))[0],
        "rel": sorted(exported.subjects(RDF.type, ORG.Membership))[0],
        "role": sorted(exported.subjects(RDF.type, ORG.Role))[0],
    }
    for kind, iri in examples.items():
        path = "/id/" + str(iri)[len(IRIS.base):]
        assert path.startswith(f"/id/{kind}/")
        resp = api.get(path, headers={"Accept": "text/turtle"})
        assert resp.status_code == 200, (path, resp.text)
        assert resp.headers["content-type"].startswith("text/turtle") and resp.headers["vary"] == "Accept"
        g = Graph().parse(data=resp.text, format="turtle")
        assert _in_value_space(g.predicate_objects(iri)) == _in_value_space(exported.predicate_objects(iri)), kind
    stmt = examples["rel"]
    described = Graph().parse(data=api.get("/id/" + str(stmt)[len(IRIS.base):]).text, format="turtle")
    evidence = exported.value(stmt, RK.evidence)
    assert (evidence, RK.sentence, exported.value(evidence, RK.sentence)) in described


def test_an_entity_iri_answers_rdf_or_html_by_accept(api, store):
    row = store.read("MATCH (n:Township {name: '斗虎屯镇'}) RETURN n.id AS id")[0]
    path = f"/id/e/{row['id']}"
    iri = IRIS.entity(row["id"])
    ld = api.get(path, headers={"Accept": "application/ld+json"})
    assert ld.headers["content-type"].startswith("application/ld+json")
    g = Graph().parse(data=ld.text, format="json-ld")
    assert (iri, SCHEMA.name, Literal("斗虎屯镇", lang="zh")) in g
    assert any(g.subjects(RDF.subject, iri)) or any(g.subjects(RDF.object, iri))  # its statements
    nt = api.get(path, headers={"Accept": "application/n-triples"})
    assert (iri, RDF.type, RK.Township) in Graph().parse(data=nt.text, format="nt")
    page = api.get(path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.headers["content-type"].startswith("text/html") and "斗虎屯镇" in page.text
    assert 'href="/id/e/' in page.text
    assert api.get(path, headers={"Accept": "image/png"}).status_code == 406
    assert api.get("/id/e/no-such-id", headers={"Accept": "text/turtle"}).status_code == 404
    assert api.get("/id/article/0000000000000000").status_code == 404
    assert api.get("/id/nothing/x").status_code == 404


# --- neosemantics, when its jar is at hand ----------------------------------------------------------------

def _n10s_jar() -> Path | None:
    if os.environ.get("RURALKG_N10S_JAR"):
        return Path(os.environ["RURALKG_N10S_JAR"])
    found = sorted((PROJECT_ROOT / "tools" / "neo4j" / "plugins").glob("neosemantics-*.jar"))
    return found[-1] if found else None


def _recipe() -> list[str]:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- n10s-recipe -->\s*```cypher\n(.*?)```", readme, re.S).group(1)
    return [s.strip() for s in block.split(";\n") if s.strip()]


def test_the_readme_n10s_recipe_keeps_every_value(store, tmp_path):
    jar = _n10s_jar()
    if jar is None or not jar.is_file():
        pytest.skip("neosemantics (n10s) is not on Maven Central: set RURALKG_N10S_JAR to its jar "
                    "(github.com/neo4j-labs/neosemantics/releases) or put it in tools/neo4j/plugins/")
    from neo4j import GraphDatabase

    from ruralkg.graph.neo4j_local import LocalNeo4j
    from tests.conftest import settings_of

    turtle = b"".join(stream(store, "turtle"))
    g = Graph().parse(data=turtle, format="turtle")
    env = dict(os.environ, RURALKG_DATA=str(tmp_path / "data"), RURALKG_NEO4J_BOLT_PORT=str(free_port()),
               RURALKG_NEO4J_HTTP_PORT=str(free_port()), RURALKG_NEO4J_HEAP="768m")
    plugins = tmp_path / "data" / "neo4j" / "server" / "plugins"
    plugins.mkdir(parents=True)
    shutil.copy(jar, plugins / jar.name)
    server = LocalNeo4j(settings_of(env))
    status = server.start()
    try:
        with GraphDatabase.driver(status.bolt_uri, auth=("neo4j", server.password())) as driver:
            for statement in _recipe():
                if "n10s.rdf.import.fetch" in statement:
                    driver.execute_query("CALL n10s.rdf.import.inline($rdf, 'Turtle')", rdf=turtle.decode("utf-8"))
                else:
                    driver.execute_query(statement)
            aliases = driver.execute_query("MATCH (n) WHERE n.schema__alternateName IS NOT NULL "
                                           "RETURN sum(size(n.schema__alternateName)) AS c").records[0]["c"]
            authors = driver.execute_query("MATCH (n) WHERE n.rk__author IS NOT NULL "
                                           "RETURN sum(size(n.rk__author)) AS c").records[0]["c"]
            villages = driver.execute_query("MATCH (n:rk__Village) RETURN count(n) AS c").records[0]["c"]
            stray = driver.execute_query("CALL db.labels() YIELD label WHERE label STARTS WITH 'ns' "
                                         "RETURN collect(label) AS l").records[0]["l"]
    finally:
        server.stop()
    assert aliases == len(list(g.objects(None, SCHEMA.alternateName)))
    assert authors == len(list(g.objects(None, RK.author)))
    assert villages == len(set(g.subjects(RDF.type, RK.Village))) and stray == []
