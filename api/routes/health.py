"""Liveness and what the graph holds."""

from fastapi import APIRouter

from ruralkg.api.deps import StoreDep
from ruralkg.api.models import Health
from ruralkg.graph.loader import graph_counts

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Is the API up, which store answers, how big is the graph")
def health(store: StoreDep) -> Health:
    counts = graph_counts(store)
    return Health(status="ok", engine=store.engine, **counts)
