"""The graph as RDF over HTTP, whole or around one entity, streamed; the format from ``format`` or,
without it, from the ``Accept`` header."""

from itertools import chain
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse

from ruralkg.api.deps import StoreDep
from ruralkg.graph.rdf_formats import FORMATS, negotiate, stream

router = APIRouter(tags=["export"])
_FORMAT_PATTERN = "^(" + "|".join(FORMATS) + ")$"


@router.get("/export", summary="The graph as RDF (Turtle, RDF/XML, N-Triples, JSON-LD) with provenance",
            response_class=StreamingResponse,
            responses={200: {"content": {f.media_type: {} for f in FORMATS.values()}},
                       404: {"description": "no entity with that id"},
                       406: {"description": "the Accept header names no RDF format"}})
def export(store: StoreDep, request: Request,
           format: Annotated[str | None, Query(pattern=_FORMAT_PATTERN,
                                               description="turtle | ttl | xml | nt | json-ld; "
                                                           "without it, the Accept header decides")] = None,
           entity: Annotated[str | None, Query(description="only the neighbourhood of this entity id")] = None,
           depth: Annotated[int, Query(ge=1, le=3, description="hops around the entity")] = 1) -> Response:
    fmt = format or negotiate(request.headers.get("accept"))
    if fmt is None:
        raise HTTPException(406, f"cannot answer {request.headers.get('accept')!r}: ask for one of "
                            + ", ".join(sorted({f.media_type for f in FORMATS.values()})),
                            headers={"Vary": "Accept"})
    chunks = iter(stream(store, fmt, entity=entity, depth=depth))
    # the first chunk is read before the response starts: a store that is down or frozen, or an unknown
    # entity, gets its error status (503, 404) instead of a 200 whose connection then drops
    first = next(chunks, b"")
    return StreamingResponse(chain([first], chunks), media_type=FORMATS[fmt].media_type,
                             headers={"Content-Disposition": f'attachment; filename="ruralkg.{FORMATS[fmt].suffix}"',
                                      "Vary": "Accept"})
