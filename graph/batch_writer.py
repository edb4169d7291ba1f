"""Batches written in order on one worker thread while the caller prepares the next one.

A load is two halves: the client plans a batch's statement and packs its parameters (about 4 ms an
article), then the store writes it. Done one after the other, each waits for the other; on two
cores the next batch's planning can run while the store writes the one before. Writes stay one at a
time and in order, so the graph is the one a plain loop gives. Preparing only reads the store: what
old versions of *its own* articles stated, which the batch being written does not touch.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from ruralkg.graph.loader import LoadResult, Prelude, prepare_batch, write_batch
from ruralkg.graph.store import Store, StoreUnavailable
from ruralkg.graph.timeline import PendingRefresh
from ruralkg.ingest.document import Extraction

Tag = TypeVar("Tag")
Done = list[tuple[Tag, LoadResult | StoreUnavailable]]


class BatchWriter(Generic[Tag]):
    """``submit`` prepares a batch, collects the one written before, and starts writing the new one.

    Each batch comes back once, with the caller's tag, as its ``LoadResult`` or the
    ``StoreUnavailable`` that stopped it; after a store failure no later batch is written.
    """

    def __init__(self, store: Store, pending: PendingRefresh, prelude_for: Prelude | None = None):
        self.store, self.pending, self.prelude_for = store, pending, prelude_for
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ruralkg-write")
        self._inflight: tuple[Tag, Future[LoadResult]] | None = None
        self._failed: StoreUnavailable | None = None

    def submit(self, docs: list[Extraction], tag: Tag) -> Done[Tag]:
        """Prepare ``docs`` while the batch before is written; the batches finished meanwhile."""
        try:
            prepared = prepare_batch(self.store, docs, self.prelude_for) if self._failed is None else None
        except StoreUnavailable as exc:
            prepared, self._failed = None, self._failed or exc
        done = self.finish()
        if prepared is None or self._failed is not None:
            done.append((tag, self._failed or StoreUnavailable("the store became unreachable")))
        else:
            self._inflight = (tag, self._pool.submit(write_batch, self.store, prepared, self.prelude_for, self.pending))
        return done

    def finish(self) -> Done[Tag]:
        """Wait for the batch being written (before a refresh reads what it wrote, and at the end)."""
        if self._inflight is None:
            return []
        tag, future = self._inflight
        self._inflight = None
        try:
            return [(tag, future.result())]
        except StoreUnavailable as exc:
            self._failed = self._failed or exc
            return [(tag, exc)]

    def close(self) -> Done[Tag]:
        """Finish and stop the worker thread."""
        try:
            return self.finish()
        finally:
            self._pool.shutdown(wait=True)
