"""Adapter for Neo4j 5 through the official driver: managed transactions, database always named."""

from __future__ import annotations

from typing import Any

import neo4j
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from ruralkg.graph.store import QueryError, QueryTimeout, Row, StoreUnavailable, node_shape
from ruralkg.settings import Settings


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


class Neo4jStore:
    engine = "neo4j"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.driver = neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=(settings.neo4j_user, settings.neo4j_password))

    def _run(self, cypher: str, params: dict[str, Any] | None, mode: str, timeout_ms: int | None) -> list[Row]:
        query = neo4j.Query(cypher, timeout=(timeout_ms / 1000) if timeout_ms else None)
        try:
            with self.driver.session(database=self.settings.neo4j_database, default_access_mode=mode) as session:
                fn = session.execute_read if mode == neo4j.READ_ACCESS else session.execute_write
                return fn(lambda tx: [{k: _plain(v) for k, v in rec.items()} for rec in tx.run(query, params or {})])
        except ClientError as exc:
            if "TransactionTimedOut" in (exc.code or ""):
                raise QueryTimeout(f"the query ran longer than {timeout_ms} ms and was stopped") from exc
            raise QueryError(exc.message or str(exc)) from exc
        except ServiceUnavailable as exc:
            raise StoreUnavailable(f"cannot reach Neo4j at {self.settings.neo4j_uri}: {exc}") from exc
        except Neo4jError as exc:
            raise QueryError(str(exc)) from exc

    def read(self, cypher: str, params: dict[str, Any] | None = None, timeout_ms: int | None = None) -> list[Row]:
        return self._run(cypher, params, neo4j.READ_ACCESS, timeout_ms or self.settings.query_timeout_ms)

    def write(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, neo4j.WRITE_ACCESS, None)

    def admin(self, command: str, *args: Any) -> Any:
        return self.write(command)

    def close(self) -> None:
        self.driver.close()
