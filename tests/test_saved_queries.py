"""Every saved query runs on the embedded store against the ingested corpus and returns true rows."""

from __future__ import annotations

import pytest

from ruralkg.graph.queries import bind, load_queries, run_saved


def _id(store, name: str) -> str:
    return store.read("MATCH (n:Entity {name: $n}) RETURN n.id AS id", {"n": name})[0]["id"]


CHECKS = {
    "branch_cooperatives": ({"branch": "全民村党支部"}, lambda rows: any(r["name"] == "绿生园蔬菜种植专业合作社" for r in rows)),
    "body_leaders": ({"body": "绿生园蔬菜种植专业合作社"}, lambda rows: rows[0]["branch"] == "全民村党支部"),
    "entity_search": ({"q": "张炉集"}, lambda rows: rows[0]["name"] == "张炉集镇"),
    "entity_search_count": ({"q": "张炉集"}, lambda rows: rows == [{"total": 1}]),
    "articles_count": ({}, lambda rows: rows[0]["total"] >= 45),
    "person_posts": ({"person": "关威"}, lambda rows: rows[0]["title"] == "书记"),
    "posts_in_place": ({"place": "斗虎屯镇"}, lambda rows: any(r["person"] == "关威" for r in rows)),
    "supporters_of": ({"target": "毡张村"}, lambda rows: any(r["supporter"] == "张炉集镇" for r in rows)),
    "supported_by": ({"source": "张炉集镇"}, lambda rows: len(rows) >= 1),
    "place_programmes": ({"place": "城关镇"}, lambda rows: any(r["programme"] == "“五星”支部创建" for r in rows)),
    "programme_places": ({"programme": "“五星”支部创建"}, lambda rows: any(r["implemented_by"] == "城关镇" for r in rows)),
    "compare_townships": ({"names": "张炉集镇,斗虎屯镇"}, lambda rows: {r["township"] for r in rows} == {"张炉集镇", "斗虎屯镇"}),
    "compare_counties": ({"names": "东昌府区,范县"}, lambda rows: {r["county"] for r in rows} == {"东昌府区", "范县"}),
    "post_holders": ({"body": "全民村党支部", "as_of": "2023-01-01"},
                     lambda rows: rows[0]["person"] == "刘长伟" and rows[0]["since"] == "2022-10-09"),
    "programme_timeline": ({"programme": "“五星”支部创建"},
                           lambda rows: any(r["place"] == "城关镇" and r["year"] == 2023 for r in rows)),
    "programmes_ranked": ({}, lambda rows: rows[0]["adopters"] >= rows[-1]["adopters"]),
    "dq_isolated_nodes": ({}, lambda rows: isinstance(rows, list)),
    "dq_duplicate_names": ({}, lambda rows: isinstance(rows, list)),
    "dq_relations_without_evidence": ({}, lambda rows: rows == []),
    "entity_lookup": ({"ref": "村支部"}, lambda rows: len(rows) == 2 and all(r["path"] for r in rows)),
    "place_rollup": ({"place": "东昌府区"}, lambda rows: rows[0]["name"] == "东昌府区" and rows[0]["own"] == 0
                     and {"张炉集镇", "斗虎屯镇"} <= {r["name"] for r in rows[1:]}),
}


def test_every_saved_query_has_a_check():
    extra = {"entity_detail", "neighbourhood", "shortest_connection", "relation_evidence", "article_by_id",
             "articles_list", "article_detail",
             "investments_into",
             "entity_timeline", "count_history"}  # by id: tests/test_timeline.py asks them through the API
    assert set(load_queries()) == set(CHECKS) | extra


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_saved_query(store, name):
    params, check = CHECKS[name]
    rows = run_saved(store, load_queries()[name], params)
    assert check(rows), rows[:3]


def test_entity_detail_neighbourhood_shortest(store):
    q = load_queries()
    town = _id(store, "斗虎屯镇")
    detail = run_saved(store, q["entity_detail"], {"id": town})[0]
    assert detail["name"] == "斗虎屯镇" and any(n["name"] == "东昌府区" for n in detail["neighbours"] if n)
    hood = run_saved(store, q["neighbourhood"], {"id": town, "depth": 2})
    assert any(r["target_name"] == "东昌府区" for r in hood)
    path = run_saved(store, q["shortest_connection"], {"a": town, "b": _id(store, "山东省")})
    assert path[0]["names"][0] == "斗虎屯镇" and path[0]["names"][-1] == "山东省"


def test_relation_evidence_and_article(store):
    q = load_queries()
    rid = store.read("MATCH (:Official {name: '关威'})-[r:HOLDS_POST]->() RETURN r.id AS id")[0]["id"]
    rows = run_saved(store, q["relation_evidence"], {"id": rid})
    assert "关威" in rows[0]["sentence"]
    art = run_saved(store, q["article_by_id"], {"id": rows[0]["article_id"]})
    assert art[0]["path"].endswith(".txt")


def test_investments_into(store):
    rows = run_saved(store, load_queries()["investments_into"], {"target": "张炉集镇"})
    investments = rows[0]["investments"]
    assert investments[0] == {**investments[0], "investor": "宇航公司", "amount_yuan": 120000000}
    assert "1.2亿元" in investments[0]["evidence"][0]
    assert rows[0]["total_yuan"] == sum(i["amount_yuan"] or 0 for i in investments) >= 220000000


def test_params_are_validated():
    from ruralkg.graph.queries import QueryParamError

    q = load_queries()["entity_search"]
    with pytest.raises(QueryParamError):
        bind(q, {})
    with pytest.raises(QueryParamError):
        bind(q, {"q": "x", "limit": "many"})
    with pytest.raises(QueryParamError):
        bind(q, {"q": "x", "evil": "1"})
    assert bind(q, {"q": "x", "limit": 10**9})["limit"] == 1000


def test_search_ranks_by_the_article_count_the_loader_keeps(store):
    # the count the loader keeps on each node equals its MENTIONS edges, so ranking needs no counting
    q = load_queries()["entity_search"]
    rows = run_saved(store, q, {"q": "村", "limit": 50})
    truth = {r["id"]: r["c"] for r in store.read(
        "MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE n.id IN $ids RETURN n.id AS id, count(a) AS c",
        {"ids": [r["id"] for r in rows]})}
    assert rows and all(r["articles"] == truth[r["id"]] for r in rows)
    ranked = [(r["rank"], -r["articles"]) for r in rows]
    assert ranked == sorted(ranked)


def test_search_within_a_place_only_returns_what_is_inside_it(store):
    q = load_queries()["entity_search"]
    rows = run_saved(store, q, {"q": "村", "place": "东昌府区", "limit": 100})
    assert rows and all("东昌府区" in r["places"] for r in rows)


def _newest_first(rows: list[dict]) -> list[str]:
    """The article list's order, computed here: newest first, undated last, then title, then id."""
    by_title = sorted(rows, key=lambda r: (r["title"] or "", r["id"]))
    return [r["id"] for r in sorted(by_title, key=lambda r: r["published"] or "", reverse=True)]


def test_article_list_pages_are_cuts_of_the_whole_order(store):
    """The list reads its page's cutoff day from an index: every page, including the ones that reach the
    undated articles and the one past the end, is the same cut of the whole order a full sort gives."""
    everything = store.read("MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.published AS published")
    assert any(not r["published"] for r in everything) and len(everything) > 20, "the corpus must have undated articles"
    whole = _newest_first(everything)
    q = load_queries()["articles_list"]
    for skip in (0, 1, 7, len(whole) - 9, len(whole) - 3, len(whole), len(whole) + 4):
        for limit in (1, 5):
            rows = run_saved(store, q, {"skip": skip, "limit": limit})
            assert [r["id"] for r in rows] == whole[skip:skip + limit], (skip, limit)
    titled = _newest_first([r for r in everything if "村" in (r["title"] or "")])
    assert len(titled) > 3
    assert [r["id"] for r in run_saved(store, q, {"q": "村", "skip": 2, "limit": 3})] == titled[2:5]


def test_articles_of_an_older_graph_get_their_list_day_back(store):
    """A graph loaded before ``listed_on``: ``ensure_schema`` gives each article its day (the date, or
    the undated mark), and the list finds the article again."""
    from ruralkg.graph.ddl import add_missing_list_days, ensure_schema
    from ruralkg.graph.model import UNDATED_LISTING

    rows = store.read("MATCH (a:Article) RETURN a.id AS id, a.published AS published, a.listed_on AS day ORDER BY a.id")
    assert all(r["day"] == (r["published"] or UNDATED_LISTING) for r in rows)
    dated = next(r for r in rows if r["published"])
    undated = next(r for r in rows if not r["published"])
    q = load_queries()["articles_list"]
    store.write("MATCH (a:Article) WHERE a.id IN $ids SET a.listed_on = null", {"ids": [dated["id"], undated["id"]]})
    try:
        listed = {r["id"] for r in run_saved(store, q, {"limit": 1000})}
        assert dated["id"] not in listed and undated["id"] not in listed  # the list reads the day
    finally:
        ensure_schema(store)
    days = {r["id"]: r["day"] for r in store.read("MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, "
                                                   "a.listed_on AS day", {"ids": [dated["id"], undated["id"]]})}
    assert days == {dated["id"]: dated["published"], undated["id"]: UNDATED_LISTING}
    assert {dated["id"], undated["id"]} <= {r["id"] for r in run_saved(store, q, {"limit": 1000})}
    assert add_missing_list_days(store) == 0


def test_isolated_entities_of_an_older_graph_are_found_again(store):
    """A graph loaded before ``linked`` was false on new entities (only ``true`` was written):
    ``ensure_schema`` marks the rest false, and the audit of isolated entities, read from the index on
    ``linked``, finds them again (computed past the answer cache, which a hand edit does not move)."""
    from ruralkg.graph.ddl import add_missing_linked, ensure_schema
    from ruralkg.graph.queries import bind

    q = load_queries()["dq_isolated_nodes"]

    def isolated() -> list[str]:
        return [r["id"] for r in store.read(q.text, bind(q, {"limit": 1000}))]

    before = isolated()
    assert before, "the sample corpus has entities with no relation to another"
    assert all(r["linked"] is False for r in store.read(
        "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.linked AS linked", {"ids": before}))
    store.write("MATCH (n:Entity) WHERE n.id IN $ids SET n.linked = null", {"ids": before})
    try:
        assert isolated() == []
    finally:
        ensure_schema(store)
    assert isolated() == before
    assert add_missing_linked(store) == 0
