"""Typed dependencies shared by the routes: the store and the saved queries."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request

from ruralkg.api.config import get_settings
from ruralkg.graph.breaker import GuardedStore
from ruralkg.graph.queries import SavedQuery, load_queries, run_saved
from ruralkg.graph.store import Row, Store

_OPENING = threading.Lock()


def get_store(request: Request) -> Store:
    """The app's one store, behind the breaker (graph/breaker.py): opened on first use, so the API starts
    and serves its pages with the store down, and a store that stops answering costs a request
    a fraction of a second, not its socket timeout."""
    store = getattr(request.app.state, "store", None)
    if store is None:
        with _OPENING:
            store = getattr(request.app.state, "store", None)
            if store is None:
                settings = get_settings()
                store = GuardedStore(settings, socket_timeout_s=settings.query_timeout_ms / 1000 + 5)
                request.app.state.store = store
    return store


def get_queries() -> dict[str, SavedQuery]:
    return load_queries()


StoreDep = Annotated[Store, Depends(get_store)]
QueriesDep = Annotated[dict[str, SavedQuery], Depends(get_queries)]


class Runner:
    """Runs a saved query by name with the per-query timeout."""

    def __init__(self, store: Store, queries: dict[str, SavedQuery]):
        self.store, self.queries = store, queries

    def __call__(self, name: str, **params: Any) -> list[Row]:
        return run_saved(self.store, self.queries[name], params, timeout_ms=get_settings().query_timeout_ms)


def get_runner(store: StoreDep, queries: QueriesDep) -> Iterator[Runner]:
    yield Runner(store, queries)


RunnerDep = Annotated[Runner, Depends(get_runner)]
