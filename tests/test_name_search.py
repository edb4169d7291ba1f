"""The name search's index (issue 22): every entity carries the characters and character pairs of its
names (``grams``, FalkorDB's index) and its names in one string (``names_text``, Neo4j's TEXT index), the
search narrows by them, and a graph loaded before they existed gets them at the next ingest or removal
(``ensure_schema``) — on both engines."""

from __future__ import annotations

import pytest

from ruralkg.graph.names import name_grams, names_text


def test_grams_are_every_character_and_pair_of_every_name():
    assert name_grams(["张炉集镇", "张炉集"]) == sorted({"张", "炉", "集", "镇", "张炉", "炉集", "集镇"})
    assert name_grams(["A村"]) == ["A", "A村", "村"]
    assert name_grams([]) == []


def _search(store, q: str) -> list[str]:
    from ruralkg.graph.queries import bind, load_queries

    query = load_queries()["entity_search"]
    return [r["id"] for r in store.read(query.text, bind(query, {"q": q, "limit": 1000}))]


def test_every_entity_has_the_grams_of_its_name_and_aliases(ingested, store):
    rows = store.read("MATCH (n:Entity) RETURN n.name AS name, n.aliases AS aliases, n.grams AS grams, "
                      "n.names_text AS text")
    assert rows
    wrong = [r["name"] for r in rows if sorted(r["grams"] or []) != name_grams([r["name"], *(r["aliases"] or [])])
             or r["text"] != names_text(r["name"], r["aliases"] or [])]
    assert wrong == []


def test_a_graph_without_grams_gets_them_back_and_is_found_again(ingested, store):
    from ruralkg.graph.ddl import add_missing_name_keys, ensure_schema

    row = store.read("MATCH (n:Entity) WHERE size(n.name) >= 3 RETURN n.id AS id, n.name AS name, n.grams AS grams "
                     "ORDER BY n.id LIMIT 1")[0]
    q = row["name"][1:3]
    assert row["id"] in _search(store, q)
    store.write("MATCH (n:Entity {id: $id}) SET n.grams = null, n.names_text = null", {"id": row["id"]})
    try:
        assert row["id"] not in _search(store, q)  # the search reads the grams: without them, not found
    finally:
        ensure_schema(store)
    again = store.read("MATCH (n:Entity {id: $id}) RETURN n.grams AS g", {"id": row["id"]})[0]["g"]
    assert sorted(again) == sorted(row["grams"])
    assert row["id"] in _search(store, q)
    assert add_missing_name_keys(store) == 0


def _operators(node: dict) -> list[str]:
    return [node["operator"], *(op for child in node["children"] for op in _operators(child))]


@pytest.mark.parametrize("name", ["entity_lookup", "entity_search", "entity_search_count"])
def test_the_name_lookups_start_from_an_index_on_both_engines(ingested, store, name):
    """The alias lookup that resolves every entity parameter, and the search: no label scan at all (Neo4j
    through its TEXT index on ``names_text``, FalkorDB through its list indexes)."""
    from ruralkg.graph.queries import bind, example_params, load_queries

    query = load_queries()[name]
    ops = _operators(store.plan(query.text, bind(query, example_params(store, query))))
    assert not {"NodeByLabelScan", "AllNodesScan", "Node By Label Scan", "All Node Scan"} & set(ops), ops
