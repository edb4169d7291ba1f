"""The FastAPI application: routes per resource, one error shape, the explorer at /, docs at /docs."""

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ruralkg.api import errors
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
    web,
)

app = FastAPI(
    title="ruralkg",
    summary="Knowledge graph of China's rural revitalization: places, Party branches, cooperatives, officials, "
    "programmes, and the sentence every fact came from.",
    version="0.1.0",
    docs_url=None,
    redoc_url=None,
)
errors.install(app)
for module in (health, branches, entities, evidence, articles, queries, compare, browser, export, web):
    app.include_router(module.router)
app.mount("/web", StaticFiles(directory=web.WEB_DIR), name="web")
