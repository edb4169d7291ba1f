"""The graph as RDF over HTTP, whole or around one entity, streamed."""

from itertools import chain
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from ruralkg.api.deps import StoreDep
from ruralkg.graph.rdf_export import FORMATS, media_type, stream

router = APIRouter(tags=["export"])
_FORMAT_PATTERN = "^(" + "|".join(FORMATS) + ")$"


@router.get("/export", summary="The graph as RDF (Turtle, RDF/XML, N-Triples, JSON-LD) with provenance",
            response_class=StreamingResponse,
            responses={200: {"content": {FORMATS[f][1]: {} for f in FORMATS}},
                       404: {"description": "no entity with that id"}})
def export(store: StoreDep,
           format: Annotated[str, Query(pattern=_FORMAT_PATTERN, description="turtle | ttl | xml | nt | json-ld")] = "turtle",
           entity: Annotated[str | None, Query(description="only the neighbourhood of this entity id")] = None,
           depth: Annotated[int, Query(ge=1, le=3, description="hops around the entity")] = 1) -> StreamingResponse:
    chunks = iter(stream(store, format, entity=entity, depth=depth))
    # the first chunk is read before the response starts: a store that is down or frozen, or an unknown
    # entity, gets its error status (503, 404) instead of a 200 whose connection then drops
    first = next(chunks, b"")
    suffix = FORMATS[format][2]
    return StreamingResponse(chain([first], chunks), media_type=media_type(format),
                             headers={"Content-Disposition": f'attachment; filename="ruralkg.{suffix}"'})
