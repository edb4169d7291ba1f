"""The one store interface the rest of the project uses, and the factory that picks an adapter.

Rows come back as lists of plain dicts whichever engine answered: nodes as
``{"id", "labels", "properties"}``, relationships as ``{"type", "properties"}``,
paths as ``{"nodes", "relationships"}``.
"""

from __future__ import annotations

from typing import Any, Protocol

from ruralkg.settings import Settings

Row = dict[str, Any]


class QueryError(RuntimeError):
    """A query the store refused or could not finish; the message is meant for the analyst."""


class QueryTimeout(QueryError):
    """A query that ran past its time limit."""


class StoreUnavailable(QueryError):
    """The store cannot be reached (down, frozen or refusing connections): try again later."""


class Store(Protocol):
    engine: str

    def read(self, cypher: str, params: dict[str, Any] | None = None, timeout_ms: int | None = None) -> list[Row]:
        """Run a read-only query (the engine enforces read-only)."""

    def write(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Run one statement as one atomic unit."""

    def write_steps(self, steps: list[str], params: dict[str, Any]) -> None:
        """Run write steps (``UNWIND … RETURN count(*) AS c_…``) in order as one atomic write
        (graph/steps.py): one statement on FalkorDB, one transaction on Neo4j."""

    def plan(self, cypher: str, params: dict[str, Any] | None = None) -> Row:
        """The engine's plan for a query, not run: ``{"operator", "details", "children"}`` from the root
        (FalkorDB's GRAPH.EXPLAIN, Neo4j's EXPLAIN), operator names as the engine spells them."""

    def admin(self, command: str, *args: Any) -> Any:
        """Engine-specific commands (DDL) that are not Cypher on every engine."""

    def close(self) -> None: ...


def node_shape(node_id: Any, labels: list[str], properties: dict[str, Any]) -> Row:
    return {"id": properties.get("id", node_id), "labels": sorted(labels), "properties": dict(properties)}


def open_store(settings: Settings, *, start_embedded: bool = False, socket_timeout_s: float | None = None) -> Store:
    """Neo4j when NEO4J_URI is set, else the embedded FalkorDB (started on demand when asked)."""
    if settings.engine == "neo4j":
        from ruralkg.graph.neo4j_store import Neo4jStore

        return Neo4jStore(settings)
    from ruralkg.graph.embedded import EmbeddedFalkor, StoreError
    from ruralkg.graph.falkordb_store import FalkorStore

    server = EmbeddedFalkor(settings)
    if start_embedded:
        server.start()
    elif not (status := server.status()).running:
        if status.frozen and server.loading() and server.wait_ready():
            return FalkorStore(settings, socket_timeout_s=socket_timeout_s)  # it was loading its data: now it serves
        if status.frozen:
            raise StoreError(status.describe())
        raise StoreError(
            f"the embedded store is not running on {settings.falkor_host}:{settings.falkor_port}; "
            "start it with `ruralkg store start` (or set NEO4J_URI to use Neo4j)"
        )
    return FalkorStore(settings, socket_timeout_s=socket_timeout_s)
