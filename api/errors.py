"""Every error leaves the API in one JSON shape: {"error", "message", "detail"}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ruralkg.graph.embedded import StoreError
from ruralkg.graph.names import AmbiguousName, UnknownName
from ruralkg.graph.queries import QueryParamError
from ruralkg.graph.rdf_export import ExportError
from ruralkg.graph.store import QueryError, QueryTimeout, StoreUnavailable

log = logging.getLogger("ruralkg.api")
RETRY_AFTER_S = "2"  # the breaker (graph/breaker.py) probes the store several times a second


class NotFound(Exception):
    def __init__(self, message: str):
        self.message = message


def _body(status: int, error: str, message: str, detail: object = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": error, "message": message, "detail": detail})


def install(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def _not_found(_: Request, exc: NotFound) -> JSONResponse:
        return _body(404, "not_found", exc.message)

    @app.exception_handler(UnknownName)
    async def _unknown_name(_: Request, exc: UnknownName) -> JSONResponse:
        return _body(404, "not_found", exc.message, exc.message)

    @app.exception_handler(AmbiguousName)
    async def _ambiguous(_: Request, exc: AmbiguousName) -> JSONResponse:
        """Several entities carry the name: 409 with each candidate's id, type and place path, to choose from."""
        return JSONResponse(status_code=409, content={"error": "ambiguous", "message": exc.message,
                                                      "detail": exc.message, "candidates": exc.candidates})

    @app.exception_handler(QueryParamError)
    async def _bad_param(_: Request, exc: QueryParamError) -> JSONResponse:
        return _body(422, "bad_parameter", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
        detail = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        return _body(422, "bad_parameter", "; ".join(problems), detail)

    @app.exception_handler(QueryTimeout)
    async def _timeout(_: Request, exc: QueryTimeout) -> JSONResponse:
        return _body(504, "timeout", str(exc))

    @app.exception_handler(ExportError)
    async def _export(_: Request, exc: ExportError) -> JSONResponse:
        return _body(404 if str(exc).startswith("no entity") else 422, "bad_parameter", str(exc))

    @app.exception_handler(QueryError)
    async def _store(_: Request, exc: QueryError) -> JSONResponse:
        return _body(502, "store_error", str(exc))

    async def _unavailable(_: Request, exc: Exception) -> JSONResponse:
        """The store is down, frozen or not started (embedded or Neo4j): try again shortly."""
        response = _body(503, "store_unavailable", str(exc))
        response.headers["Retry-After"] = RETRY_AFTER_S
        return response

    app.add_exception_handler(StoreUnavailable, _unavailable)  # more specific than QueryError's 502
    app.add_exception_handler(StoreError, _unavailable)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        """A bug: still the one error shape, never a plain-text page (the traceback goes to the log)."""
        log.exception("unexpected error", exc_info=exc)
        return _body(500, "internal_error", "the API failed on this request; the server log says why")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {404: "not_found", 405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type"}.get(exc.status_code, "http_error")
        response = _body(exc.status_code, kind, str(exc.detail))
        for name, value in (exc.headers or {}).items():  # e.g. Allow on a 405
            response.headers[name] = value
        return response
