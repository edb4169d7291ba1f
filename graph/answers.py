"""Answers to the whole-graph queries, kept until the graph changes.

Audits and rankings (``// cache: graph`` in a saved query's header) read every node or relation:
at 10,000 articles that is 0.2–0.4 s of the store's time per call, and their answer changes only
when the graph does. Before each such call the graph's version is read: the counts both engines
keep without a scan (articles, entities, relations) and the newest load stamp (``Article.seq``,
indexed). An answer computed at the current version is served from memory; any other is computed
again, once, however many requests are waiting for it.

The version moves with every write the project makes (an ingest, an article replaced or removed, a
reset). A hand edit that changes no count and no article (a ``SET`` typed in Neo4j Browser) is seen
when the answer is older than ``answer_max_age_s``. The API keeps the default answers warm
(``queries.warm_answers``, run by ``api/warmer.py``), so the first analyst after an ingest does
not wait either.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ruralkg.graph.loader import graph_counts
from ruralkg.graph.store import Row, Store

_NEWEST = "MATCH (a:Article) WHERE a.seq >= $seen RETURN max(a.seq) AS newest"


@dataclass(frozen=True)
class GraphVersion:
    articles: int
    entities: int
    relations: int
    newest: int | None  # the load stamp of the article loaded last


def graph_version(store: Store, seen: int | None = None) -> GraphVersion:
    """The graph's version; ``seen``, the newest stamp of an earlier version, keeps the stamp lookup to
    the few articles loaded since (an index range) instead of every article."""
    counts = graph_counts(store)
    rows = store.read(_NEWEST, {"seen": seen or 0})
    newest = rows[0]["newest"] if rows else None
    if newest is None and seen:  # the article stamped ``seen`` is gone: look at all of them
        rows = store.read(_NEWEST, {"seen": 0})
        newest = rows[0]["newest"] if rows else None
    return GraphVersion(counts["articles"], counts["nodes"], counts["relations"], newest)


@dataclass
class _Answer:
    version: GraphVersion
    rows: list[Row]
    computed: float  # time.monotonic()


class AnswerCache:
    """Answers by (query, parameters), each with the graph version it was computed at."""

    def __init__(self, max_age_s: float, max_entries: int = 256):
        self.max_age_s, self.max_entries = max_age_s, max_entries
        self._answers: OrderedDict[str, _Answer] = OrderedDict()
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._newest: int | None = None
        self.hits = self.misses = 0

    def version(self, store: Store) -> GraphVersion:
        version = graph_version(store, self._newest)
        self._newest = version.newest
        return version

    def _fresh(self, key: str, version: GraphVersion) -> _Answer | None:
        with self._guard:
            answer = self._answers.get(key)
            if answer is None or answer.version != version or time.monotonic() - answer.computed > self.max_age_s:
                return None
            self._answers.move_to_end(key)
            return answer

    def get(self, store: Store, key: str, compute: Callable[[], list[Row]]) -> list[Row]:
        """The answer at the graph's current version (the same rows to every caller: read, never change)."""
        version = self.version(store)
        answer = self._fresh(key, version)
        if answer is None:
            with self._guard:
                lock = self._locks.setdefault(key, threading.Lock())
            with lock:  # one computation per key; the others wait for it and take its answer
                answer = self._fresh(key, version)
                if answer is None:
                    rows = compute()
                    self.misses += 1
                    self._put(key, _Answer(version, rows, time.monotonic()))
                    return rows
        self.hits += 1
        return answer.rows

    def _put(self, key: str, answer: _Answer) -> None:
        with self._guard:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.max_entries:
                old, _ = self._answers.popitem(last=False)
                self._locks.pop(old, None)

    def stale(self, store: Store, keys: Iterable[str]) -> list[str]:
        """Which of ``keys`` have no answer at the graph's current version (or one past its age)."""
        version = self.version(store)
        return [k for k in keys if self._fresh(k, version) is None]


def answer_key(query_name: str, params: dict[str, Any]) -> str:
    return query_name + json.dumps(params, sort_keys=True, ensure_ascii=False, default=str)


_CACHES: dict[tuple, AnswerCache] = {}
_CACHES_GUARD = threading.Lock()


def cache_for(store: Store, max_age_s: float) -> AnswerCache:
    """One cache per graph (engine, address, graph or database name), shared by every store object
    that reaches it: the API's request handlers and its warmer."""
    s = store.settings  # type: ignore[attr-defined]  # both adapters keep the settings they were opened with
    where = (s.neo4j_uri, s.neo4j_database) if store.engine == "neo4j" else (s.falkor_host, s.falkor_port, s.graph_name)
    with _CACHES_GUARD:
        cache = _CACHES.setdefault((store.engine, *where), AnswerCache(max_age_s))
    cache.max_age_s = max_age_s  # the setting as it is now
    return cache
