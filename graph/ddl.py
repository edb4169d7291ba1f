"""Engine-specific statements, in one named place: indexes, constraints, full-text search.

Everything else the project runs is the Cypher subset that both engines accept.
"""

from __future__ import annotations

from ruralkg.graph.store import QueryError, Store

# Article.seq: the graph's version reads the newest load stamp (graph/answers.py). FalkorDB indexes
# list members too (``$x IN n.aliases``); Neo4j's indexes do not answer list membership.
INDEXED = (("Entity", "id"), ("Entity", "name"), ("Entity", "aliases"), ("Article", "id"), ("Article", "seq"))
# relations are looked up by id (evidence of one relation, retraction): one index per type
REL_TYPES = ("LOCATED_IN", "LEADS", "HOLDS_POST", "INVESTS_IN", "SUPPORTS", "IMPLEMENTS")

NEO4J_DDL = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "CREATE INDEX article_seq IF NOT EXISTS FOR (a:Article) ON (a.seq)",
    *(f"CREATE INDEX rel_id_{t.lower()} IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.id)" for t in REL_TYPES),
)

# FalkorDB: unnamed index DDL (no IF NOT EXISTS); an existing index answers with an error we ignore.
FALKOR_INDEXES = tuple(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label, prop in INDEXED) + tuple(
    f"CREATE INDEX FOR ()-[r:{t}]-() ON (r.id)" for t in REL_TYPES)


def ensure_schema(store: Store) -> None:
    """Create the indexes and uniqueness constraints the loader's MERGE relies on; idempotent."""
    if store.engine == "neo4j":
        for statement in NEO4J_DDL:
            store.write(statement)
        return
    for statement in FALKOR_INDEXES:
        try:
            store.write(statement)
        except QueryError as exc:
            if "already indexed" not in str(exc).lower() and "already exists" not in str(exc).lower():
                raise
    graph = store.settings.graph_name
    for label in ("Entity", "Article"):
        try:
            store.admin("GRAPH.CONSTRAINT", "CREATE", graph, "UNIQUE", "NODE", label, "PROPERTIES", "1", "id")
        except Exception as exc:  # noqa: BLE001 - the redis client raises ResponseError for "exists"
            if "already exists" not in str(exc).lower():
                raise


def drop_graph(store: Store) -> None:
    """Delete every node and relationship: FalkorDB drops the graph key; Neo4j deletes in chunks."""
    if store.engine == "neo4j":
        while store.write("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c")[0]["c"]:
            pass
        return
    try:
        store.admin("GRAPH.DELETE", store.settings.graph_name)
    except Exception as exc:  # noqa: BLE001 - an empty store has no graph key to delete
        if "empty key" not in str(exc).lower() and "invalid graph" not in str(exc).lower():
            raise


def after_bulk_load(store: Store) -> None:
    """After a large load, FalkorDB rewrites its append-only log as an RDB snapshot plus a short tail,
    so a restart loads in seconds instead of replaying every statement. Neo4j needs nothing."""
    if store.engine == "falkordb":
        try:
            store.admin("BGREWRITEAOF")
        except Exception as exc:  # noqa: BLE001 - a rewrite already running is fine
            if "in progress" not in str(exc).lower() and "already" not in str(exc).lower():
                raise
