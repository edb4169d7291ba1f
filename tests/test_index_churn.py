"""A load writes each node at most once (graph/loader.py), on FalkorDB where that matters: every write
of a node or relation re-indexes it (a delete and an add in its label's index), and the deleted
entries are collected by forking the whole server, a cost that grows with the graph (issue 22).

Counted as the index's ``maxDocId - numDocuments`` (``db.indexes()``): the entries added for nodes
that were written again. Invented articles, loaded into the real FalkorDB.
"""

from __future__ import annotations

import pytest


def _doc(i: int, entities: list[tuple[str, str, str]], relations: list[tuple[str, str, str]]):
    from ruralkg.ingest.document import Extraction

    return Extraction.model_validate({
        "article": {"id": f"index-churn-{i}", "title": f"第{i}篇", "published": f"2023-03-0{i + 1}",
                    "text": f"第{i}篇的正文。"},
        "entities": [{"id": local, "type": kind, "name": name, "key": f"{kind}|index-churn|{name}"}
                     for local, kind, name in entities],
        "relations": [{"type": kind, "source": s, "target": t, "evidence": [{"sentence": f"第{i}句。"}]}
                      for kind, s, t in relations],
    })


def _written_again(store) -> dict[str, int]:
    rows = store.read("CALL db.indexes() YIELD label, entitytype, info RETURN label, entitytype, info")
    return {f"{r['entitytype']}:{r['label']}": r["info"]["maxDocId"] - r["info"]["numDocuments"] for r in rows}


def test_a_load_writes_each_node_once_and_indexes_no_relation(store):
    if store.engine != "falkordb":
        pytest.skip("Neo4j's indexes are not rewritten by a write to another property")
    from ruralkg.graph.loader import load_articles
    from ruralkg.graph.retract import remove_articles

    town, village, other = ("t", "Township", "甲乙镇"), ("v", "Village", "丙丁村"), ("w", "Village", "戊己村")
    first = [_doc(0, [town, village], [("LOCATED_IN", "v", "t")]), _doc(1, [town], [])]
    later = [_doc(2, [town, other], [("LOCATED_IN", "w", "t")])]
    ids = [d.article.id for d in first + later]
    try:
        before = _written_again(store)
        load_articles(store, first)  # new articles, entities and relation: each created once, with all it has
        after_first = _written_again(store)
        load_articles(store, later)  # the township is in the graph: written once (its count), nothing else
        after_later = _written_again(store)
        rows = store.read("MATCH (n:Entity) WHERE n.key STARTS WITH 'Township|index-churn' "
                          "RETURN n.article_count AS c, n.linked AS linked")
    finally:
        remove_articles(store, ids)
    assert not [k for k in after_later if not k.startswith("NODE")], "FalkorDB keeps no relation index"
    grew = {k: after_first[k] - before.get(k, 0) for k in after_first if after_first[k] != before.get(k, 0)}
    assert grew == {}
    grew = {k: after_later[k] - after_first.get(k, 0) for k in after_later if after_later[k] != after_first.get(k, 0)}
    assert grew == {"NODE:Entity": 1}
    assert rows == [{"c": 3, "linked": True}]


def test_no_index_of_evidence_ids_on_falkordb_and_an_older_graphs_is_dropped(store):
    """One entry per sentence ever loaded, written for every new record and read again by a uniqueness
    constraint: FalkorDB keeps no index of Evidence ids (issue 22), and takes out the one and the
    constraint a graph made by an earlier version has. Every other index stays."""
    if store.engine != "falkordb":
        pytest.skip("Neo4j keeps its constraint on Evidence ids")
    import time

    from ruralkg.graph.ddl import ensure_schema

    def schema() -> tuple[dict[str, list[str]], set[str]]:
        indexes = {r["label"]: sorted(r["properties"]) for r in
                   store.read("CALL db.indexes() YIELD label, properties RETURN label, properties")}
        constraints = {f"{r['label']}.{','.join(r['properties'])}:{r['status']}" for r in store.read("CALL db.constraints()")}
        return indexes, constraints

    ensure_schema(store)
    now, constraints = schema()
    assert now["Evidence"] == ["article", "rel"] and not any(c.startswith("Evidence") for c in constraints)
    graph = store.settings.graph_name
    store.write("CREATE INDEX FOR (n:Evidence) ON (n.id)")  # as an earlier version made them
    store.admin("GRAPH.CONSTRAINT", "CREATE", graph, "UNIQUE", "NODE", "Evidence", "PROPERTIES", "1", "id")
    deadline = time.monotonic() + 30
    while "Evidence.id:OPERATIONAL" not in schema()[1] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert schema()[0]["Evidence"] == ["article", "id", "rel"]
    ensure_schema(store)
    assert schema() == (now, constraints)
