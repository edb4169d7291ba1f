"""Keeps the default answers of the whole-graph queries computed (graph/answers.py), so that the first
analyst to open an audit after an ingest does not wait for it either."""

from __future__ import annotations

import logging
import threading

from ruralkg.graph.queries import warm_answers
from ruralkg.graph.store import Store, open_store
from ruralkg.settings import Settings

log = logging.getLogger("ruralkg.api.warmer")


class AnswerWarmer:
    """A daemon thread that, every ``answer_warm_s`` seconds, asks the graph for its version and
    computes again the answers it has moved past. A store that is down is tried again next time."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._store: Store | None = None

    def start(self) -> None:
        if self.settings.answer_warm_s <= 0:
            return
        self._thread = threading.Thread(target=self._loop, name="answer-warmer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.settings.query_timeout_ms / 1000 + 5)
        if self._store is not None:
            self._store.close()

    def _loop(self) -> None:
        while True:
            try:
                if self._store is None:
                    self._store = open_store(self.settings,
                                             socket_timeout_s=self.settings.query_timeout_ms / 1000 + 5)
                done = warm_answers(self._store)
                if done:
                    log.info("answers computed again after a change to the graph: %s", ", ".join(done))
            except Exception as exc:  # noqa: BLE001 - a store that is down or busy is tried again next time
                log.debug("answer warmer: %s", exc)
                if self._store is not None:
                    self._store.close()
                    self._store = None
            if self._stop.wait(self.settings.answer_warm_s):
                return
