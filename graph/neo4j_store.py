"""Adapter for Neo4j 5 through the official driver: managed transactions, database always named.

Reads run in read transactions with a server-side timeout; writes in write transactions. A URI that
points at nothing fails within seconds with one line (``StoreUnavailable``), not after the driver's
30 s of retries.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

import neo4j
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.graph import Node, Path, Relationship

from ruralkg.graph.steps import has_rows, params_of
from ruralkg.graph.store import QueryError, QueryTimeout, Row, StoreUnavailable, node_shape
from ruralkg.settings import Settings

CONNECT_TIMEOUT_S = 3.0
RETRY_TIME_S = 5.0


def _plain(value: Any) -> Any:
    if isinstance(value, Node):
        return node_shape(value.element_id, list(value.labels), dict(value))
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": dict(value)}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _records(tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any]) -> list[Row]:
    return [{k: _plain(v) for k, v in rec.items()} for rec in tx.run(cypher, params)]


def _run_steps(tx: neo4j.ManagedTransaction, steps: list[tuple[str, dict[str, Any]]]) -> None:
    for step, params in steps:
        tx.run(step, params).consume()


# The driver has no read timeout of its own (it applies one only when the server sends a keep-alive
# hint), so a frozen server would hold a request for ever. Reads run in this pool and are given up
# on a few seconds after their own timeout; a thread stuck on the dead socket ends when it closes.
_READS = ThreadPoolExecutor(max_workers=8, thread_name_prefix="neo4j-read")
DEADLINE_GRACE_S = 5.0


class Neo4jStore:
    engine = "neo4j"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.driver = neo4j.GraphDatabase.driver(
            settings.neo4j_uri, auth=(settings.neo4j_user, settings.neo4j_password),
            connection_timeout=CONNECT_TIMEOUT_S, max_transaction_retry_time=RETRY_TIME_S,
            connection_acquisition_timeout=CONNECT_TIMEOUT_S * 2, notifications_min_severity="OFF")
        try:
            self.driver.verify_connectivity()
        except AuthError as exc:
            self.driver.close()
            raise StoreUnavailable(f"Neo4j at {settings.neo4j_uri} refused user {settings.neo4j_user!r}: "
                                   "check NEO4J_USER and NEO4J_PASSWORD") from exc
        except (ServiceUnavailable, SessionExpired, DriverError, OSError, ValueError) as exc:
            self.driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {settings.neo4j_uri} ({type(exc).__name__}); "
                                   "is it running? (`ruralkg neo4j start` starts a local one)") from exc

    def _run(self, cypher: str, params: dict[str, Any] | None, mode: str, timeout_ms: int | None,
             work: Callable[..., Any] = _records) -> Any:
        work = neo4j.unit_of_work(timeout=(timeout_ms / 1000) if timeout_ms else None)(work)
        try:
            with self.driver.session(database=self.settings.neo4j_database, default_access_mode=mode) as session:
                fn = session.execute_read if mode == neo4j.READ_ACCESS else session.execute_write
                return fn(work, cypher, params or {})
        except ClientError as exc:
            code = exc.code or ""
            if "TransactionTimedOut" in code or "TransactionTimedOutClientConfiguration" in code:
                raise QueryTimeout(f"the query ran longer than {timeout_ms} ms and was stopped") from exc
            raise QueryError(exc.message or str(exc)) from exc
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreUnavailable(f"cannot reach Neo4j at {self.settings.neo4j_uri}: {exc}") from exc
        except Neo4jError as exc:
            if "TransactionTimedOut" in (exc.code or ""):
                raise QueryTimeout(f"the query ran longer than {timeout_ms} ms and was stopped") from exc
            raise QueryError(str(exc)) from exc

    def read(self, cypher: str, params: dict[str, Any] | None = None, timeout_ms: int | None = None) -> list[Row]:
        timeout_ms = timeout_ms or self.settings.query_timeout_ms
        future = _READS.submit(self._run, cypher, params, neo4j.READ_ACCESS, timeout_ms)
        wait_s = timeout_ms / 1000 + DEADLINE_GRACE_S if timeout_ms else None
        try:
            return future.result(timeout=wait_s)
        except FutureTimeout as exc:
            future.cancel()
            raise StoreUnavailable(f"Neo4j at {self.settings.neo4j_uri} did not answer within {wait_s:.0f} s") from exc

    def write(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, neo4j.WRITE_ACCESS, None)

    def write_steps(self, steps: list[str], params: dict[str, Any]) -> None:
        # a statement per step, planned and cached on its own; a step with no rows is not sent
        todo = [(step, params_of(step, params)) for step in steps if has_rows(step, params)]
        if todo:
            self._run("", None, neo4j.WRITE_ACCESS, None, work=lambda tx, _c, _p: _run_steps(tx, todo))

    def plan(self, cypher: str, params: dict[str, Any] | None = None) -> Row:
        try:
            with self.driver.session(database=self.settings.neo4j_database,
                                     default_access_mode=neo4j.READ_ACCESS) as session:
                root = session.run("EXPLAIN " + cypher, params or {}).consume().plan
        except Neo4jError as exc:
            raise QueryError(exc.message or str(exc)) from exc

        def walk(op: dict[str, Any]) -> Row:
            return {"operator": op["operatorType"].split("@")[0], "details": str(op.get("args", {}).get("Details", "")),
                    "children": [walk(c) for c in op.get("children", [])]}

        return walk(root)

    def admin(self, command: str, *args: Any) -> Any:
        return self.write(command)

    def close(self) -> None:
        self.driver.close()
