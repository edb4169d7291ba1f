"""The FastAPI application: routes per resource, one error shape, the explorer at /, docs at /docs."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ruralkg.api import errors
from ruralkg.api.guard import RequestGuard
from ruralkg.api.models import ErrorBody
from ruralkg.api.routes import (
    articles,
    branches,
    browser,
    compare,
    entities,
    evidence,
    export,
    health,
    queries,
    timeline,
    web,
)
from ruralkg.api.warmer import AnswerWarmer
from ruralkg.settings import get_settings


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
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
    responses={status: {"model": ErrorBody, "description": text} for status, text in (
        (400, "a malformed request (a NUL byte, bad JSON)"), (401, "the API key is missing or wrong"),
        (404, "nothing with that id or name"), (422, "a parameter is missing, of the wrong type or out of range"),
        (502, "the store refused the query"), (503, "the store cannot be reached: retry after Retry-After seconds"),
        (504, "the query ran past its time limit"))},
)
errors.install(app)
for module in (health, branches, entities, timeline, evidence, articles, queries, compare, browser, export, web):
    app.include_router(module.router)
app.mount("/web", StaticFiles(directory=web.WEB_DIR), name="web")
app.add_middleware(RequestGuard, api_key=get_settings().api_key)
