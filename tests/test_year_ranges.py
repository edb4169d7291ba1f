"""A year or a range of years on comparisons, the graph view and the text search (issue 20, items 5–6).

Invented articles from two years, long before the sample corpus's, are loaded through the real
extractor into the real FalkorDB and Neo4j; the saved queries and the API are asked for each year.
"""

from __future__ import annotations

import pytest

from ruralkg.graph.fulltext import published_in
from ruralkg.graph.queries import QueryParamError, check_years

OLD = "松岗村种花生\n时间:2015-06-01 10:00\n近日，范县柳泉镇松岗村党支部书记李长林带领村民发展花生种植。"
NEW = ("榆树湾村建冷库\n时间:2016-06-01 10:00\n近日，范县龙王庄镇榆树湾村实施“五星”支部创建。"
       "范县绿源农业有限公司投资300万元，在榆树湾村建设冷库。")
UNDATED = "桑园铺村种桑\n近日，范县龙王庄镇桑园铺村党支部书记赵明远带领村民种桑养蚕。"
TOWNS = ["柳泉镇", "龙王庄镇"]


# --- no store ------------------------------------------------------------------------------------------
def test_a_publication_date_lies_in_a_range_of_years():
    assert published_in("2016-06-01", (2016, 2016)) and published_in("2016", (None, 2016))
    assert not published_in("2016-06-01", (2017, None)) and not published_in("2016-06-01", (None, 2015))
    assert published_in(None, (None, None))  # no range: every article, dated or not
    assert not published_in(None, (2015, None)) and not published_in("", (None, 2030))


def test_a_range_is_two_plausible_years_in_order():
    check_years(2015, 2016)
    check_years(None, 2016)
    with pytest.raises(QueryParamError, match="after"):
        check_years(2017, 2016)
    with pytest.raises(QueryParamError, match="between"):
        check_years(16, None)


# --- both engines ----------------------------------------------------------------------------------------
@pytest.fixture()
def two_years(store, tmp_path):
    from ruralkg.graph.loader import load_article
    from ruralkg.graph.retract import remove_articles
    from ruralkg.ingest.extraction.extractor import Extractor

    ids = []
    for key, text in (("old", OLD), ("new", NEW), ("undated", UNDATED)):
        doc = Extractor().extract_text(text, str(tmp_path / f"{key}.txt"))
        load_article(store, doc)
        ids.append(doc.article.id)
    yield ids
    remove_articles(store, ids)


def _compare(store, **years) -> dict[str, dict]:
    from ruralkg.graph.queries import load_queries, run_saved

    rows = run_saved(store, load_queries()["compare_townships"], {"names": TOWNS, **years})
    return {r["township"]: r for r in rows}


def test_compare_townships_for_one_year_counts_that_year_only(store, two_years):
    y2015, y2016 = _compare(store, from_year=2015, to_year=2015), _compare(store, from_year=2016, to_year=2016)
    assert "松岗村" in y2015["柳泉镇"]["village_names"] and "李长林" in y2015["柳泉镇"]["official_names"]
    assert "榆树湾村" not in y2015["龙王庄镇"]["village_names"] and y2015["龙王庄镇"]["investment_yuan"] == 0
    assert "“五星”支部创建" not in y2015["龙王庄镇"]["programmes"]
    assert "榆树湾村" in y2016["龙王庄镇"]["village_names"] and y2016["龙王庄镇"]["investment_yuan"] == 3_000_000
    assert "“五星”支部创建" in y2016["龙王庄镇"]["programmes"]
    assert "松岗村" not in y2016["柳泉镇"]["village_names"]  # reported in 2015 only
    assert "李长林" in y2016["柳泉镇"]["official_names"]  # his term, opened in 2015, is still open
    # the undated article's village and secretary count without a range, never within one
    everything = _compare(store)
    assert {"榆树湾村", "桑园铺村"} <= set(everything["龙王庄镇"]["village_names"])
    assert "赵明远" in everything["龙王庄镇"]["official_names"]
    assert "桑园铺村" not in _compare(store, from_year=1900)["龙王庄镇"]["village_names"]
    assert "赵明远" not in _compare(store, to_year=2100)["龙王庄镇"]["official_names"]
    # an open end: from 2016 on is 2016 and later
    assert "榆树湾村" in _compare(store, from_year=2016)["龙王庄镇"]["village_names"]
    assert "松岗村" in _compare(store, to_year=2015)["柳泉镇"]["village_names"]


def test_the_graph_around_a_village_in_a_year(store, two_years):
    from ruralkg.graph.queries import load_queries, run_saved

    def types(**years) -> set[str]:
        rows = run_saved(store, load_queries()["neighbourhood"], {"id": "榆树湾村", "depth": 1, **years})
        return {r["type"] for r in rows}

    assert {"INVESTS_IN", "IMPLEMENTS", "LOCATED_IN"} <= types()
    assert {"INVESTS_IN", "IMPLEMENTS", "LOCATED_IN"} <= types(from_year=2016, to_year=2016)
    assert types(from_year=2015, to_year=2015) == set()
    assert types(from_year=2017) == set()


def test_the_api_filters_comparison_graph_and_text_search_by_year(api, store, two_years):
    table = api.get("/compare/townships", params={"names": TOWNS, "from_year": 2016, "to_year": 2016}).json()
    assert (table["from_year"], table["to_year"]) == (2016, 2016)
    rows = {r["township"]: r for r in table["rows"]}
    assert rows["龙王庄镇"]["investment_yuan"] == 3_000_000 and "松岗村" not in rows["柳泉镇"]["village_names"]
    bad = api.get("/compare/townships", params={"names": TOWNS, "from_year": 2017, "to_year": 2016})
    assert bad.status_code == 422 and "after" in bad.text

    graph = api.get("/entities/榆树湾村/graph", params={"from_year": 2015, "to_year": 2015}).json()
    assert graph["edges"] == [] and graph["from_year"] == 2015
    assert api.get("/entities/榆树湾村/graph", params={"from_year": 2016}).json()["edges"]

    def hits(**years) -> list[str]:
        page = api.get("/search/text", params={"q": "花生 种植", **years}).json()
        return [h["published"] for h in page["hits"]]

    assert "2015-06-01" in hits()
    assert hits(from_year=2015, to_year=2015) == ["2015-06-01"]
    assert hits(from_year=2016) == [] or all(p >= "2016" for p in hits(from_year=2016))
    assert api.get("/search/text", params={"q": "养蚕", "to_year": 2100}).json()["total"] == 0  # undated
    assert api.get("/search/text", params={"q": "养蚕"}).json()["total"] >= 1
    assert api.get("/search/text", params={"q": "花生", "from_year": 2020, "to_year": 2019}).status_code == 422
