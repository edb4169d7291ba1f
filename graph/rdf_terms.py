"""The vocabularies of the RDF export, its IRIs and its literals, in one place.

IRIs are minted under a configurable base (``RURALKG_BASE_IRI``, served by ``GET /id/...``) from
ids that do not depend on where the corpus lay: entities and relations from their identity keys,
articles from their content hash, evidence from the article's content and the sentence.
Evidence and facts are hash IRIs of their statement or entity, so dereferencing the statement or
entity describes them too.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from rdflib import XSD, Literal, Namespace, URIRef

RK = Namespace("https://ruralkg.example.org/ontology#")
ONTOLOGY = URIRef("https://ruralkg.example.org/ontology")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
TIME = Namespace("http://www.w3.org/2006/time#")
VOCABULARIES = {"rk": RK, "prov": PROV, "org": ORG, "schema": SCHEMA, "dcterms": DCTERMS, "foaf": FOAF,
                "skos": SKOS, "void": VOID, "dcat": DCAT, "time": TIME}

# the kinds of resource under the base IRI, as /id/{kind}/{id} serves them
KINDS = ("e", "article", "rel", "role", "dataset")
# the bodies ORG calls organisations: only these are an org:organization of a membership
ORGANISATIONS = ("Branch", "Cooperative", "Enterprise", "Organization")
# facts that count things: whole numbers, typed xsd:integer (the others are amounts: xsd:decimal)
INTEGER_FACTS = ("cooperative_count", "enterprise_count", "administrative_village_count", "natural_village_count",
                 "community_count", "party_member_count", "population", "households_served")
_DIVISION_CODE = re.compile(r"\d{6}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def digest(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


class Iris:
    """The IRIs of one export, under its base."""

    def __init__(self, base: str):
        self.base = base
        self.ns = Namespace(base)

    def entity(self, entity_id: str) -> URIRef:
        return self.ns[f"e/{entity_id}"]

    def article(self, content_id: str) -> URIRef:
        return self.ns[f"article/{content_id}"]

    def statement(self, relation_id: str) -> URIRef:
        return self.ns[f"rel/{relation_id}"]

    def evidence(self, relation_id: str, content_id: str, sentence: str, span: str) -> URIRef:
        return URIRef(f"{self.statement(relation_id)}#ev-{digest(content_id, sentence, span, size=12)}")

    def fact(self, entity_id: str, key: str) -> URIRef:
        return URIRef(f"{self.entity(entity_id)}#{key}")

    def role(self, title: str) -> URIRef:
        return self.ns[f"role/{digest(title, size=12)}"]

    @property
    def dataset(self) -> URIRef:
        return self.ns["dataset"]


def content_id(content_hash: str) -> str:
    """An article's id in the export: the start of the hash of its text, the same wherever it was read."""
    return content_hash[:16]


def number(value: float | int, whole: bool = False) -> Literal:
    """An amount as xsd:decimal without a trailing ``.0``; a count (``whole``) as xsd:integer when it is one."""
    dec = Decimal(str(value))
    if dec == dec.to_integral_value():
        if whole:
            return Literal(int(dec), datatype=XSD.integer)
        return Literal(Decimal(int(dec)), datatype=XSD.decimal)
    return Literal(dec.normalize(), datatype=XSD.decimal)


def date_time(published: str) -> Literal | None:
    """A publication date as xsd:dateTime (midnight): OWL 2 has no xsd:date. None if it is not a date."""
    if not _DATE.fullmatch(published or ""):
        return None
    return Literal(f"{published}T00:00:00", datatype=XSD.dateTime)


def division_code(key: str | None) -> str | None:
    """The GB/T 2260 code of a place whose identity key ends with its own six-digit code (``County|451221``)."""
    last = (key or "").rsplit("|", 1)[-1]
    return last if _DIVISION_CODE.fullmatch(last) else None


def is_file_name(source: str, path: str | None) -> bool:
    """Whether an article's ``source`` is only the name of the file it was read from (not a newspaper)."""
    return bool(path) and (source == path.replace("\\", "/").rsplit("/", 1)[-1])
