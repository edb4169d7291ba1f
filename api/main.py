"""The FastAPI application: routes per resource, one error shape, OpenAPI at /docs."""

from fastapi import FastAPI

from ruralkg.api import errors
from ruralkg.api.routes import branches, browser, compare, entities, evidence, export, health, queries

app = FastAPI(
    title="ruralkg",
    summary="Knowledge graph of China's rural revitalization: places, Party branches, cooperatives, officials, "
    "programmes, and the sentence every fact came from.",
    version="0.1.0",
)
errors.install(app)
for module in (health, branches, entities, evidence, queries, compare, browser, export):
    app.include_router(module.router)
