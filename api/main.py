"""The FastAPI application: routes per resource, one error shape, the explorer at /, docs at /docs."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ruralkg.api import errors
from ruralkg.api.guard import MAX_BODY_BYTES, MAX_JSON_DEPTH, MAX_JSON_VALUES, RequestGuard, redact_access_log
from ruralkg.api.models import AmbiguousBody, ErrorBody
from ruralkg.api.routes import (
    articles,
    branches,
    browser,
    compare,
    curation,
    entities,
    evidence,
    export,
    health,
    ids,
    paths,
    places,
    queries,
    search,
    timeline,
    web,
)
from ruralkg.api.warmer import AnswerWarmer
from ruralkg.settings import get_settings

WORKER_THREADS = 200


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    # requests to the store wait in worker threads (at most about a second, graph/breaker.py): enough
    # of them that a burst of such requests leaves threads for static files and the other routes
    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    redact_access_log(get_settings().api_key)
    warmer = AnswerWarmer(get_settings())
    warmer.start()
    yield
    warmer.stop()


app = FastAPI(
    lifespan=lifespan,
    title="ruralkg",
    summary="Knowledge graph of China's rural revitalization: places, Party branches, cooperatives, officials, "
    "programmes, and the sentence every fact came from.",
    version="0.1.0",
    docs_url=None,
    redoc_url=None,
    responses={409: {"model": AmbiguousBody, "description": "a name several entities carry: the candidates"}} | {
        status: {"model": ErrorBody, "description": text} for status, text in (
        (400, "a malformed request (a NUL byte, bad JSON)"), (401, "the API key is missing or wrong"),
        (404, "nothing with that id or name"), (413, f"the request body is over {MAX_BODY_BYTES} bytes"),
        (422, "a parameter is missing, of the wrong type or out of range, or a JSON body nested more than "
              f"{MAX_JSON_DEPTH} levels deep or holding more than {MAX_JSON_VALUES} values"),
        (502, "the store refused the query"), (503, "the store cannot be reached: retry after Retry-After seconds"),
        (504, "the query ran past its time limit"))},
)
errors.install(app)
redact_access_log(get_settings().api_key)  # the key given as ?key= never reaches the access log
for module in (health, branches, entities, paths, places, search, timeline, evidence, articles, queries, compare, browser,
               export, ids, web, curation):
    app.include_router(module.router)
app.mount("/web", StaticFiles(directory=web.WEB_DIR), name="web")
app.add_middleware(RequestGuard, api_key=get_settings().api_key)
