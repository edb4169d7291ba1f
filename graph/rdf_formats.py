"""The RDF formats of the export, one registry as rdflib keeps its plugins: name, media type, writer.

N-Triples streams (each triple once, the dataset description at the end, counted as written);
the others are serialised by rdflib from an in-memory graph. JSON-LD is compacted with the
``@context`` shipped with the project (``context.jsonld``), embedded so the document reads offline
and round-trips to the same triples. ``negotiate`` picks a format from an HTTP ``Accept`` header.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

from rdflib import Graph

from ruralkg.graph.rdf_dataset import Stats, description
from ruralkg.graph.rdf_export import ExportError, Scope, Triple, new_graph, scope_of, triples
from ruralkg.graph.rdf_terms import Iris
from ruralkg.graph.store import Store
from ruralkg.settings import PROJECT_ROOT, get_settings

CONTEXT_PATH = PROJECT_ROOT / "context.jsonld"


@dataclass(frozen=True)
class Format:
    name: str
    serializer: str  # rdflib's name for its writer and parser
    media_type: str
    suffix: str


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("turtle", "turtle", "text/turtle", "ttl"),
    Format("ttl", "turtle", "text/turtle", "ttl"),
    Format("xml", "xml", "application/rdf+xml", "rdf"),
    Format("nt", "nt", "application/n-triples", "nt"),
    Format("json-ld", "json-ld", "application/ld+json", "jsonld"),
)}
# media types a client may ask for, best first when it does not care
MEDIA_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
               "application/rdf+xml": "xml", "application/x-turtle": "turtle", "text/n3": "turtle",
               "application/json": "json-ld", "text/plain": "nt"}


def get_format(name: str) -> Format:
    if name not in FORMATS:
        raise ExportError(f"unknown RDF format {name!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[name]


def negotiate(accept: str | None, html: bool = False) -> str | None:
    """The format an ``Accept`` header asks for ("html" if allowed and preferred); None if none fits.
    No header, or ``*/*`` alone, means Turtle."""
    if not accept or not accept.strip():
        return "turtle"
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for neg_q, _, media in sorted(ranked):
        if neg_q == 0:
            break
        if html and media in ("text/html", "application/xhtml+xml"):
            return "html"
        if media in MEDIA_TYPES:
            return MEDIA_TYPES[media]
        if media in ("*/*", "text/*", "application/*"):
            return "turtle"
    return None


@cache
def context() -> dict:
    """The shipped JSON-LD context (the value of its ``@context``)."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def serialize(g: Graph, fmt: str) -> bytes:
    f = get_format(fmt)
    if f.serializer == "json-ld":
        return g.serialize(format="json-ld", context=context(), auto_compact=True, encoding="utf-8")
    return g.serialize(format=f.serializer, encoding="utf-8")


def _described(store: Store, scope: Scope, iris: Iris) -> Iterator[Triple]:
    """The data triples, then the description of the export, which counts them."""
    stats = Stats()
    yield from stats.count(triples(store, scope, iris))
    yield from description(iris, stats, scope.entity, scope.depth)


def _iris(base: str | None) -> Iris:
    return Iris(base or get_settings().base_iri)


def build(store: Store, entity: str | None = None, depth: int = 1, base: str | None = None) -> Graph:
    g = new_graph()
    for triple in _described(store, scope_of(store, entity, depth), _iris(base)):
        g.add(triple)
    return g


def stream(store: Store, fmt: str = "turtle", entity: str | None = None, depth: int = 1,
           base: str | None = None) -> Iterable[bytes]:
    """The export as chunks of bytes. A bad format, entity or depth raises ExportError here, before
    the first chunk (so a streamed response can refuse it)."""
    f = get_format(fmt)
    scope = scope_of(store, entity, depth)
    if f.serializer == "nt":
        return _nt_chunks(_described(store, scope, _iris(base)))
    g = new_graph()
    for triple in _described(store, scope, _iris(base)):
        g.add(triple)
    return [serialize(g, fmt)]


def _nt_chunks(items: Iterable[Triple], chunk: int = 5000) -> Iterator[bytes]:
    """N-Triples in chunks: each chunk written by rdflib (so escaping is N-Triples', not Turtle's)."""
    batch = Graph()
    for triple in items:
        batch.add(triple)
        if len(batch) >= chunk:
            yield batch.serialize(format="nt", encoding="utf-8")
            batch = Graph()
    if len(batch):
        yield batch.serialize(format="nt", encoding="utf-8")


def export_graph(store: Store, out: Path | IO[bytes], fmt: str = "turtle", entity: str | None = None,
                 depth: int = 1, base: str | None = None) -> int:
    """Write the export to ``out``; returns the number of distinct triples written."""
    f = get_format(fmt)
    if f.serializer == "nt":
        n = 0
        with open(out, "wb") if isinstance(out, Path) else nullcontext(out) as fh:
            for chunk in stream(store, fmt, entity, depth, base):
                fh.write(chunk)
                n += chunk.count(b"\n")
        return n
    g = build(store, entity, depth, base)
    data = serialize(g, fmt)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)
    return len(g)
