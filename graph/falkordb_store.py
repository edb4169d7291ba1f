"""Adapter for FalkorDB through its native client (Redis protocol, never its Bolt port)."""

from __future__ import annotations

from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FPath

from ruralkg.graph.embedded import store_password
from ruralkg.graph.steps import joined
from ruralkg.graph.store import QueryError, QueryTimeout, Row, StoreUnavailable, node_shape
from ruralkg.settings import Settings


def _plain(value: Any) -> Any:
    if isinstance(value, Node):
        return node_shape(value.id, list(value.labels or []), value.properties)
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": dict(value.properties)}
    if isinstance(value, FPath):
        return {"nodes": [_plain(n) for n in value.nodes()], "relationships": [_plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class FalkorStore:
    engine = "falkordb"

    def __init__(self, settings: Settings, socket_timeout_s: float | None = None):
        """``socket_timeout_s`` bounds every wait on the server (a frozen store becomes StoreUnavailable);
        the API sets it just above the query timeout, bulk loads leave it long."""
        self.settings = settings
        self.db = FalkorDB(host=settings.falkor_host, port=settings.falkor_port, socket_connect_timeout=3,
                           socket_timeout=socket_timeout_s or 600, password=store_password(settings))
        self.graph = self.db.select_graph(settings.graph_name)

    def _rows(self, result: Any) -> list[Row]:
        header = [h[1] if isinstance(h, (list, tuple)) else h for h in (result.header or [])]
        names = [h.decode() if isinstance(h, bytes) else str(h) for h in header]
        return [dict(zip(names, (_plain(v) for v in row), strict=False)) for row in result.result_set]

    def _run(self, fn: Any, cypher: str, params: dict[str, Any] | None, timeout_ms: int | None) -> list[Row]:
        try:
            return self._rows(fn(cypher, params or {}, timeout=timeout_ms))
        except redis.ResponseError as exc:
            msg = str(exc)
            if "timed out" in msg.lower() or "timeout" in msg.lower():
                raise QueryTimeout(f"the query ran longer than {timeout_ms} ms and was stopped") from exc
            if "empty key" in msg.lower() or "invalid graph operation on empty key" in msg.lower():
                return []  # nothing loaded yet: an empty graph answers with no rows
            raise QueryError(msg) from exc
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise StoreUnavailable(
                f"cannot reach the embedded store at {self.settings.falkor_host}:{self.settings.falkor_port}: {exc}"
            ) from exc

    def read(self, cypher: str, params: dict[str, Any] | None = None, timeout_ms: int | None = None) -> list[Row]:
        return self._run(self.graph.ro_query, cypher, params, timeout_ms or self.settings.query_timeout_ms)

    def write(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._run(self.graph.query, cypher, params, None)

    def write_steps(self, steps: list[str], params: dict[str, Any]) -> None:
        # one statement: every step, empty or not, so that its text (and cached plan) is the same each time
        self.write(joined(steps), params)

    def plan(self, cypher: str, params: dict[str, Any] | None = None) -> Row:
        try:
            root = self.graph.explain(cypher, params or {}).structured_plan
        except redis.ResponseError as exc:
            raise QueryError(str(exc)) from exc

        def walk(op: Any) -> Row:
            return {"operator": op.name, "details": op.args or "", "children": [walk(c) for c in op.children]}

        return walk(root)

    def admin(self, command: str, *args: Any) -> Any:
        return self.db.connection.execute_command(command, *args)

    def close(self) -> None:
        try:
            self.db.connection.close()
        except Exception:  # closing is best effort
            pass
