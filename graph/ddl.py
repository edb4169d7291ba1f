"""Engine-specific statements, in one named place: indexes, constraints, full-text search.

Everything else the project runs is the Cypher subset that both engines accept.
"""

from __future__ import annotations

from ruralkg.graph.model import UNDATED_LISTING
from ruralkg.graph.names import name_grams, names_text
from ruralkg.graph.store import QueryError, Store

# Article.seq: the graph's version reads the newest load stamp (graph/answers.py). FalkorDB indexes
# list members too (``$x IN n.aliases``, and ``Entity.grams``, the characters and character pairs of its
# names that entity_search looks the query's start up in); Neo4j's indexes do not answer list membership.
# Evidence records are found by relation (a relation's sentences) and by article (an article's relations,
# retraction, and the loader's look for a sentence an article it holds states already). Not by their id on
# FalkorDB: an index of one entry per sentence ever loaded (1.7 million at 50,000 articles), written for
# every new record and read again by a uniqueness constraint, made the store's cost per article grow with
# the graph (issue 22); the id is a hash of the article's id, the relation and the sentence, and only the
# loader makes records. Neo4j keeps its constraint on it (a B-tree costs it little).
INDEXED = (("Entity", "id"), ("Entity", "name"), ("Entity", "aliases"), ("Entity", "grams"), ("Entity", "linked"), ("Article", "id"),
           ("Article", "seq"), ("Article", "listed_on"), ("Evidence", "rel"), ("Evidence", "article"))
UNIQUE = ("Entity", "Article")  # FalkorDB's uniqueness constraints on id
# relations are looked up by id between their two ends (the loader, retraction, post terms): one index per
# type on Neo4j. FalkorDB has none: it finds a relation between two ends without one, and there every
# write of a relation would re-index it, leaving a deleted entry for the index's garbage collection,
# which forks the whole server (graph/loader.py, ``_entity_block``): six more such indexes made the
# store's cost per article grow with the graph (issue 22)
REL_TYPES = ("LOCATED_IN", "LEADS", "HOLDS_POST", "INVESTS_IN", "SUPPORTS", "IMPLEMENTS")

# full-text search over article text (graph/fulltext.py): Neo4j's Lucene index with its CJK analyzer
# (bigrams) on the text itself; FalkorDB's RediSearch does not split Chinese, so it indexes
# ``search_words``, a jieba-tokenised, space-joined copy of the text the loader writes.
FULLTEXT_INDEX = "article_text"
NEO4J_FULLTEXT = (f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (a:Article) ON EACH [a.text] "
                  "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}")
FALKOR_FULLTEXT = "CALL db.idx.fulltext.createNodeIndex({label: 'Article', stopwords: []}, 'search_words')"
NEO4J_TEXT_QUERY = (f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $q, {{limit: $limit}}) YIELD node, score "
                    "RETURN node.id AS id, node.title AS title, node.published AS published, node.text AS text, score "
                    "ORDER BY score DESC, id LIMIT $limit")
FALKOR_TEXT_QUERY = ("CALL db.idx.fulltext.queryNodes('Article', $q) YIELD node, score "
                     "RETURN node.id AS id, node.title AS title, node.published AS published, node.text AS text, score "
                     "ORDER BY score DESC, id LIMIT $limit")

NEO4J_DDL = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    # the isolated entities (cypher/dq_isolated_nodes.cypher) are read from this index
    "CREATE INDEX entity_linked IF NOT EXISTS FOR (n:Entity) ON (n.linked)",
    # the name search and the alias lookup: CONTAINS on the names in one string (graph/names.py)
    "CREATE TEXT INDEX entity_names_text IF NOT EXISTS FOR (n:Entity) ON (n.names_text)",
    "CREATE INDEX article_seq IF NOT EXISTS FOR (a:Article) ON (a.seq)",
    # the article list: its page's cutoff day read in index order (cypher/articles_list.cypher)
    "CREATE INDEX article_listed_on IF NOT EXISTS FOR (a:Article) ON (a.listed_on)",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
    "CREATE INDEX evidence_rel IF NOT EXISTS FOR (v:Evidence) ON (v.rel)",
    "CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.article)",
    *(f"CREATE INDEX rel_id_{t.lower()} IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.id)" for t in REL_TYPES),
    NEO4J_FULLTEXT,
)

# FalkorDB: unnamed index DDL (no IF NOT EXISTS); an existing index answers with an error we ignore.
FALKOR_INDEXES = tuple(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label, prop in INDEXED)
# the relation indexes and the Evidence id index a graph made by an earlier version has, taken out (a missing
# one is an error we ignore); the Evidence constraint first, as an index under a constraint cannot be dropped
FALKOR_DROPPED = (*(f"DROP INDEX FOR ()-[r:{t}]-() ON (r.id)" for t in REL_TYPES), "DROP INDEX FOR (n:Evidence) ON (n.id)")
FALKOR_DROPPED_UNIQUE = ("Evidence",)


def ensure_schema(store: Store) -> None:
    """Create the indexes and uniqueness constraints the loader's MERGE relies on, and give the entities
    of a graph loaded before ``grams`` and ``names_text`` existed theirs; idempotent."""
    if store.engine == "neo4j":
        for statement in NEO4J_DDL:
            store.write(statement)
        store.write("CALL db.awaitIndexes(300)")
    else:
        _falkor_schema(store)
    add_missing_name_keys(store)
    add_missing_list_days(store)
    add_missing_linked(store)


BACKFILL_CHUNK = 5_000


def add_missing_name_keys(store: Store) -> int:
    """``grams`` and ``names_text`` for every entity without them (a graph loaded by an earlier version),
    in chunks; the number given them. One scan when every entity has them already."""
    done = 0
    while rows := store.read("MATCH (n:Entity) WHERE n.grams IS NULL OR n.names_text IS NULL "
                             "RETURN n.id AS id, n.name AS name, n.aliases AS aliases LIMIT $chunk",
                             {"chunk": BACKFILL_CHUNK}, timeout_ms=120_000):
        store.write("UNWIND $rows AS r MATCH (n:Entity {id: r.id}) SET n.grams = r.grams, n.names_text = r.text",
                    {"rows": [{"id": r["id"], "grams": name_grams([r["name"] or "", *(r["aliases"] or [])]),
                               "text": names_text(r["name"] or "", r["aliases"] or [])} for r in rows]})
        done += len(rows)
    return done


def add_missing_list_days(store: Store) -> int:
    """``listed_on`` for every article without it (a graph loaded by an earlier version), in chunks; how
    many were given it."""
    done = 0
    while rows := store.write("MATCH (a:Article) WHERE a.listed_on IS NULL WITH a LIMIT $chunk "
                              "SET a.listed_on = coalesce(a.published, $undated) RETURN count(a) AS c",
                              {"chunk": BACKFILL_CHUNK, "undated": UNDATED_LISTING}):
        if not rows[0]["c"]:
            break
        done += rows[0]["c"]
    return done


def add_missing_linked(store: Store) -> int:
    """``linked = false`` for every entity without a value (a graph loaded by an earlier version set
    only ``true``), in chunks; how many were given it."""
    done = 0
    while rows := store.write("MATCH (n:Entity) WHERE n.linked IS NULL WITH n LIMIT $chunk "
                              "SET n.linked = false RETURN count(n) AS c", {"chunk": BACKFILL_CHUNK}):
        if not rows[0]["c"]:
            break
        done += rows[0]["c"]
    return done


def _falkor_schema(store: Store) -> None:
    for statement in (*FALKOR_INDEXES, FALKOR_FULLTEXT):
        try:
            store.write(statement)
        except QueryError as exc:
            if "already indexed" not in str(exc).lower() and "already exists" not in str(exc).lower():
                raise
    graph = store.settings.graph_name
    for label in FALKOR_DROPPED_UNIQUE:
        try:
            store.admin("GRAPH.CONSTRAINT", "DROP", graph, "UNIQUE", "NODE", label, "PROPERTIES", "1", "id")
        except Exception as exc:  # noqa: BLE001 - the redis client raises ResponseError for a missing one
            if "not exist" not in str(exc).lower() and "no such" not in str(exc).lower():
                raise
    for statement in FALKOR_DROPPED:
        try:
            store.write(statement)
        except QueryError as exc:
            if "no such index" not in str(exc).lower():
                raise
    for label in UNIQUE:
        try:
            store.admin("GRAPH.CONSTRAINT", "CREATE", graph, "UNIQUE", "NODE", label, "PROPERTIES", "1", "id")
        except Exception as exc:  # noqa: BLE001 - the redis client raises ResponseError for "exists"
            if "already exists" not in str(exc).lower():
                raise


def text_query(store: Store, neo4j_q: str, falkor_q: str, limit: int) -> list[dict]:
    """Articles whose text matches, best first, from the engine's own full-text index: each engine gets
    the query in its own syntax (Lucene phrases; RediSearch words)."""
    if store.engine == "neo4j":
        return store.read(NEO4J_TEXT_QUERY, {"q": neo4j_q, "limit": limit})
    return store.read(FALKOR_TEXT_QUERY, {"q": falkor_q, "limit": limit})


DROP_CHUNK = 10_000


def drop_graph(store: Store) -> None:
    """Delete every node and relationship: FalkorDB drops the graph key; Neo4j deletes in chunks."""
    if store.engine == "neo4j":
        # relationships first, then the nodes, each in chunks one transaction's memory holds: a county's
        # node alone can carry tens of thousands of relationships, so chunks of nodes are not bounded
        for statement in ("MATCH ()-[r]->() WITH r LIMIT $chunk DELETE r RETURN count(*) AS c",
                          "MATCH (n) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS c"):
            while store.write(statement, {"chunk": DROP_CHUNK})[0]["c"]:
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
