"""The VoID/DCAT description every export carries: what it is, under which licence, from what, how big.

The counts are of the data triples before the description (VoID counts the dataset, not the
document describing it); they are taken as the triples stream by, so N-Triples can append the
description at its end. The description uses annotation properties in the ontology's terms, so it
does not take the ontology out of OWL 2 DL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.term import Node

from ruralkg.graph.rdf_terms import DCAT, DCTERMS, ONTOLOGY, RK, VOID, Iris

Triple = tuple[Node, Node, Node]
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
TITLE = "ruralkg 乡村振兴知识图谱"


def _version() -> str:
    try:
        return version("ruralkg")
    except PackageNotFoundError:
        return "0+unknown"


@dataclass
class Stats:
    """Counts of the triples that went by: all of them, and the instances of each class."""

    triples: int = 0
    classes: Counter = field(default_factory=Counter)

    def count(self, items: Iterable[Triple]) -> Iterator[Triple]:
        for triple in items:
            self.triples += 1
            if triple[1] == RDF.type:
                self.classes[triple[2]] += 1
            yield triple


def description(iris: Iris, stats: Stats, entity: str | None = None, depth: int = 1) -> Iterator[Triple]:
    """The description of one export; a partial one is a subset of the whole dataset."""
    whole = iris.dataset
    ds = whole if entity is None else iris.ns[f"dataset/e/{entity}/{depth}"]
    yield ds, RDF.type, VOID.Dataset
    yield ds, RDF.type, DCAT.Dataset
    title = TITLE if entity is None else f"{TITLE}（{entity} 周边 {depth} 跳）"
    yield ds, DCTERMS.title, Literal(title, lang="zh")
    yield ds, DCTERMS.license, LICENSE
    yield ds, DCTERMS.issued, Literal(datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                                     datatype=XSD.dateTime)
    yield ds, DCAT.version, Literal(_version())
    yield ds, VOID.vocabulary, ONTOLOGY
    yield ds, DCTERMS.conformsTo, ONTOLOGY
    yield ds, VOID.uriSpace, Literal(iris.base)
    yield ds, VOID.triples, Literal(stats.triples, datatype=XSD.integer)
    yield ds, RK.sourceArticleCount, Literal(stats.classes.get(RK.Article, 0), datatype=XSD.integer)
    if entity is not None:
        yield whole, VOID.subset, ds
    for cls, n in sorted(stats.classes.items()):
        part = URIRef(f"{ds}#class-{cls.split('#')[-1].split('/')[-1]}")
        yield ds, VOID.classPartition, part
        yield part, VOID["class"], cls
        yield part, VOID.entities, Literal(n, datatype=XSD.integer)
