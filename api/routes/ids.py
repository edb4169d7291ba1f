"""The export's IRIs dereference: ``GET /id/{kind}/{id}`` answers RDF or HTML as the ``Accept``
header asks (set ``RURALKG_BASE_IRI`` to this API's ``/id/`` so the IRIs point here)."""

from __future__ import annotations

import html

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import Graph, Literal, URIRef

from ruralkg.api.config import get_settings
from ruralkg.api.deps import StoreDep
from ruralkg.api.errors import NotFound
from ruralkg.graph.rdf_describe import describe
from ruralkg.graph.rdf_formats import FORMATS, negotiate, serialize
from ruralkg.graph.rdf_terms import KINDS, Iris

router = APIRouter(tags=["export"])
_KINDS = [k for k in KINDS if k != "dataset"]


@router.get("/id/{kind}/{ident}", summary="One resource of the RDF export, as RDF or HTML by Accept",
            responses={200: {"content": {"text/html": {}, **{f.media_type: {} for f in FORMATS.values()}}},
                       404: {"description": "no such resource"}, 406: {"description": "no acceptable format"}})
def resource(kind: str, ident: str, request: Request, store: StoreDep) -> Response:
    fmt = negotiate(request.headers.get("accept"), html=True)
    if fmt is None:
        raise HTTPException(406, f"cannot answer {request.headers.get('accept')!r}: ask for text/html or one of "
                        + ", ".join(sorted({f.media_type for f in FORMATS.values()})),
                            headers={"Vary": "Accept"})
    if kind not in _KINDS:
        raise NotFound(f"no kind of resource {kind!r}; the kinds are {', '.join(_KINDS)}")
    iris = Iris(get_settings().base_iri)
    g = describe(store, kind, ident, iris)
    if g is None or not len(g):
        raise NotFound(f"no resource {iris.base}{kind}/{ident}")
    headers = {"Vary": "Accept"}
    if fmt == "html":
        return HTMLResponse(_page(g, URIRef(f"{iris.base}{kind}/{ident}"), iris.base), headers=headers)
    return Response(serialize(g, fmt), media_type=FORMATS[fmt].media_type, headers=headers)


def _term(g: Graph, node: object, base: str) -> str:
    if isinstance(node, Literal):
        lang = f' <small lang="en">@{node.language}</small>' if node.language else ""
        return f"{html.escape(str(node))}{lang}"
    text = g.namespace_manager.normalizeUri(node) if isinstance(node, URIRef) else str(node)
    href = str(node)
    if href.startswith(base):
        href = "/id/" + href[len(base):]
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


def _page(g: Graph, iri: URIRef, base: str) -> str:
    """A plain page: one table per subject, the resource itself first."""
    subjects = sorted(set(g.subjects()), key=lambda s: (s != iri, not str(s).startswith(str(iri)), str(s)))
    parts = []
    for s in subjects:
        rows = "".join(f"<tr><td>{_term(g, p, base)}</td><td>{_term(g, o, base)}</td></tr>"
                       for p, o in sorted(g.predicate_objects(s), key=lambda po: (str(po[0]), str(po[1]))))
        parts.append(f"<h2>{_term(g, s, base)}</h2><table>{rows}</table>")
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(str(iri))}</title></head><body><h1>{html.escape(str(iri))}</h1>"
            + "".join(parts) + "</body></html>")
