"""An entity several articles of one batch name (graph/loader.py): one row per entity and batch, its
names and facts merged in article order, so the node is the one loading the articles one by one
leaves, on both engines; each article still has its own MENTIONS.

Invented articles, loaded into the real FalkorDB and Neo4j.
"""

from __future__ import annotations

KEY = "Township|loader-entities"


def _doc(i: int, aliases: list[str], props: dict):
    from ruralkg.ingest.document import Extraction

    return Extraction.model_validate({
        "article": {"id": f"loader-entities-{i}", "title": f"第{i}篇", "published": f"2022-05-0{i + 1}"},
        "entities": [{"id": "e1", "type": "Township", "name": "合批镇", "key": KEY, "aliases": aliases,
                      "properties": props, "mentions": i + 1}],
        "relations": [],
    })


DOCS = [(["合批乡"], {"population": 100}), (["合批", "合批乡"], {}), (["合批街道"], {"population": 120, "area": 9})]


def _state(store) -> dict:
    node = store.read("MATCH (n:Entity {key: $k}) RETURN n.aliases AS aliases, n.names_text AS names_text, "
                      "n.population AS population, n.area AS area, n.article_count AS article_count, "
                      "n.grams AS grams", {"k": KEY})
    mentions = store.read("MATCH (a:Article)-[m:MENTIONS]->(n:Entity {key: $k}) "
                          "RETURN a.id AS article, m.count AS count, m.aliases AS aliases ORDER BY article", {"k": KEY})
    return {"node": node, "mentions": mentions}


def test_one_batch_leaves_the_entity_as_loading_its_articles_one_by_one(store):
    from ruralkg.graph.loader import load_articles
    from ruralkg.graph.retract import remove_articles

    docs = [_doc(i, aliases, props) for i, (aliases, props) in enumerate(DOCS)]
    ids = [d.article.id for d in docs]
    try:
        load_articles(store, docs)
        together = _state(store)
        remove_articles(store, ids)
        for doc in docs:
            load_articles(store, [doc])
        one_by_one = _state(store)
    finally:
        remove_articles(store, ids)
    assert together == one_by_one
    [node] = together["node"]
    assert node["aliases"] == ["合批乡", "合批", "合批街道"]
    assert node["names_text"] == "合批镇|合批乡|合批|合批街道"
    assert (node["population"], node["area"], node["article_count"]) == (120, 9, 3)
    assert [(m["article"], m["count"], m["aliases"]) for m in together["mentions"]] == [
        ("loader-entities-0", 1, ["合批乡"]), ("loader-entities-1", 2, ["合批", "合批乡"]),
        ("loader-entities-2", 3, ["合批街道"])]
