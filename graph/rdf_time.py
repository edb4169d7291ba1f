"""The time of a statement in RDF: when its articles stated it, the date its sentence gives, and a
post's terms as ORG membership intervals in OWL-Time.

Dates stay inside OWL 2 DL, whose datatype map has no ``xsd:date``: a whole day is an ``xsd:dateTime``
at midnight (as ``dcterms:issued``), and an instant of OWL-Time is given by
``time:inXSDDateTimeStamp`` (UTC midnight). A partial date (a year, a year and month, as sentences
give them: "2019年起担任") has no day: it is kept as the text it is (``2019``) and an instant with
only a label, never stretched to a day it does not name.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ruralkg.graph.rdf_terms import ORG, RK, TIME, date_time

Triple = tuple[Node, Node, Node]


def date_value(text: str) -> Literal | None:
    """A date of the graph as RDF: a whole day as xsd:dateTime, a partial one as its text."""
    if not text:
        return None
    return date_time(text) or Literal(text)


def statement_time(stmt: URIRef, props: dict) -> Iterator[Triple]:
    """First and last seen, and the dates its sentence gives (the fact's own date, a post's start)."""
    for key, term in (("first_seen", RK.firstSeen), ("last_seen", RK.lastSeen),
                      ("date", RK.statedDate), ("since", RK.since)):
        value = date_value(str(props.get(key) or ""))
        if value is not None:
            yield stmt, term, value
    if props.get("former"):
        yield stmt, RK.former, Literal(True)


def _instant(iri: URIRef, text: str) -> Iterator[Triple]:
    yield iri, RDF.type, TIME.Instant
    if date_time(text) is not None:
        yield iri, TIME.inXSDDateTimeStamp, Literal(f"{text}T00:00:00Z", datatype=XSD.dateTimeStamp)
    else:
        yield iri, RDFS.label, Literal(text)


def membership_terms(stmt: URIRef, props: dict, membership: bool) -> Iterator[Triple]:
    """Each term of a post: an ``org:memberDuring`` interval of a membership (a post in a body), with
    the instants it begins and ends at when they are known; an open term has no end. A post in a
    place is no membership: its terms are still written as the statement's term starts and ends."""
    titles = props.get("term_titles") or []
    starts = props.get("term_starts") or [""] * len(titles)
    ends = props.get("term_ends") or [""] * len(titles)
    for i, (title, start, end) in enumerate(zip(titles, starts, ends, strict=False)):
        for value, term in ((start, RK.termStart), (end, RK.termEnd)):
            if (literal := date_value(value or "")) is not None:
                yield stmt, term, literal
        if title:
            yield stmt, RK.termTitle, Literal(title, lang="zh")
        if not membership:
            continue
        interval = URIRef(f"{stmt}#term-{i + 1}")
        yield stmt, ORG.memberDuring, interval
        yield interval, RDF.type, TIME.ProperInterval
        if title:
            yield interval, RDFS.label, Literal(title, lang="zh")
        for value, link, name in ((start, TIME.hasBeginning, "start"), (end, TIME.hasEnd, "end")):
            if value:
                instant = URIRef(f"{stmt}#term-{i + 1}-{name}")
                yield interval, link, instant
                yield from _instant(instant, value)
