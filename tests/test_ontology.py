"""ontology.ttl declares every label and relation type of the model, and the RDF export uses them."""

from rdflib import OWL, RDF, Graph, Namespace

from ruralkg.graph.model import ENTITY_LABELS, RELATION_TYPES
from ruralkg.graph.rdf_export import _camel
from ruralkg.settings import ONTOLOGY_PATH

RK = Namespace("https://ruralkg.example.org/ontology#")


def test_ontology_declares_the_model():
    g = Graph().parse(ONTOLOGY_PATH, format="turtle")
    classes = set(g.subjects(RDF.type, OWL.Class))
    for label in ENTITY_LABELS + ("Article", "Place", "Entity"):
        assert RK[label] in classes, label
    props = set(g.subjects(RDF.type, OWL.ObjectProperty))
    for rel in RELATION_TYPES + ("MENTIONS",):
        assert RK[_camel(rel)] in props, rel


def test_rdf_export_of_the_ingested_graph(store, tmp_path):
    from ruralkg.graph.rdf_export import export_graph

    out = tmp_path / "g.ttl"
    n = export_graph(store, out)
    g = Graph().parse(out, format="turtle")
    assert len(g) == n > 100
    assert (None, RK.locatedIn, None) in g
