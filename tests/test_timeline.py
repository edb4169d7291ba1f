"""Facts in time (issue 20): relations dated by their articles, posts with terms, programmes by year.

The store tests load invented articles through the real extractor into the real FalkorDB and Neo4j,
ask the saved queries, then take the articles out again.
"""

from __future__ import annotations

import datetime
from datetime import UTC

import pytest

from ruralkg.graph.timeline import Statement, current_counts, fold, post_terms

TODAY = datetime.date.today().isoformat()
BODY = "杏花岭村党支部"
HEAD = "范县柳泉镇杏花岭村党支部书记"


# --- terms from statements, no store ---------------------------------------------------------------
def test_a_new_holder_closes_the_old_term_and_the_old_post_stays():
    terms = post_terms([Statement("a", "书记", "2019-03-02"), Statement("b", "书记", "2022-05-10"),
                        Statement("a", "书记", "2020-08-01")])
    assert terms == {"a": [("书记", "2019-03-02", "2022-05-10")], "b": [("书记", "2022-05-10", "")]}


def test_two_terms_of_one_person_stay_two_intervals():
    terms = post_terms([Statement("a", "书记", "2015-01-01"), Statement("b", "书记", "2018-01-01"),
                        Statement("a", "书记", "2021-01-01")])
    assert terms["a"] == [("书记", "2015-01-01", "2018-01-01"), ("书记", "2021-01-01", "")]
    assert terms["b"] == [("书记", "2018-01-01", "2021-01-01")]


def test_former_posts_undated_statements_and_stated_starts():
    terms = post_terms([Statement("a", "书记", "2020-05-01", since="2017"), Statement("a", "书记", "2023-01-01",
                                                                                  former=True),
                        Statement("c", "书记", ""), Statement("d", "委员", "2021-01-01"),
                        Statement("e", "委员", "2022-01-01")])
    assert terms["a"] == [("书记", "2017", "2023-01-01")]  # 2017年起担任…, then 原书记 in 2023
    assert "c" not in terms  # undated: no term, and it closes nobody's
    assert terms["d"] == [("委员", "2021-01-01", "")] and terms["e"] == [("委员", "2022-01-01", "")]


def test_terms_go_on_from_kept_terms_as_from_every_statement():
    """Statements dated after the kept terms' latest go on from them (graph/timeline.py fold_posts): for
    every cut between two dates, the terms are those of one pass over every statement."""
    statements = [Statement("a", "书记", "2015-01-01"), Statement("d", "委员", "2015-06-01"),
                  Statement("b", "书记", "2016-01-01", since="2015"), Statement("a", "书记", "2016-06-01"),
                  Statement("d", "委员", "2017-01-01", former=True), Statement("c", "村支书", "2018-01-01"),
                  Statement("b", "书记", "2019-01-01", former=True), Statement("e", "委员", "2019-06-01"),
                  Statement("a", "书记", "2020-01-01"), Statement("a", "书记", "2021-01-01", former=True)]
    whole = post_terms(statements)
    assert whole["c"] == [("书记", "2018-01-01", "2020-01-01")] and whole["a"][-1] == ("书记", "2020-01-01", "2021-01-01")
    for cut in range(1, len(statements)):
        assert post_terms(statements[cut:], post_terms(statements[:cut])) == whole, cut


def test_the_newest_published_count_is_current():
    mentions = [("2023-05-01", 3, '{"population": 900}'), ("2021-01-01", 9, '{"population": 700}'),
                (None, 10, '{"population": 500}')]
    assert current_counts(mentions) == {"population": 900}


def test_folding_new_mentions_into_kept_counts_gives_what_all_of_them_give():
    """Folding in the order articles are loaded, one or many at a time, ends where one pass over every
    mention ends: the newest published wins each key on its own, undated never beats dated, and among
    equal dates the later loaded wins."""
    mentions = [("2022-03-01", 1, "a", '{"population": 800, "area_mu": 50}'),
                ("2023-05-01", 2, "b", '{"population": 900}'),
                (None, 3, "c", '{"population": 100, "party_member_count": 40}'),
                ("2021-01-01", 4, "d", '{"area_mu": 70, "population": 700}'),
                ("2023-05-01", 5, "e", '{"party_member_count": 45}'),
                ("2023-05-01", 6, "f", '{"population": 950, "name": "not a count"}')]
    everything = fold(None, mentions)
    assert {k: v[2] for k, v in everything.items()} == {"population": 950, "area_mu": 50, "party_member_count": 45}
    assert everything["population"][:2] == ["2023-05-01", "f"]
    for cut in range(len(mentions) + 1):
        assert fold(fold(None, mentions[:cut]), mentions[cut:]) == everything, cut
    assert current_counts([(pub, seq, raw) for pub, seq, _, raw in mentions]) == {
        "population": 950, "area_mu": 50, "party_member_count": 45}


# --- in the store, both engines ----------------------------------------------------------------------
ARTICLES = {
    "first": ("2019-03-02", f"杏花岭村发展香菇\n时间:2019-03-02 10:00\n近日，{HEAD}张德顺带领村民发展香菇种植。"),
    "again": ("2020-08-01", f"杏花岭村修路\n时间:2020-08-01 10:00\n近日，{HEAD}张德顺介绍，村里修通了水泥路。"),
    "second": ("2022-05-10", f"杏花岭村分红\n时间:2022-05-10 09:00\n近日，{HEAD}王光荣介绍，村里今年分红。"),
    "undated": (None, f"杏花岭村见闻\n{HEAD}刘长河说，村里修了路。"),
    "p1": ("2019-04-01", "桃源沟村创星\n时间:2019-04-01 09:00\n近日，范县柳泉镇桃源沟村实施“五星”支部创建。"),
    "p2": ("2020-04-01", "梨树坪村创星\n时间:2020-04-01 09:00\n近日，范县柳泉镇梨树坪村实施“五星”支部创建。"),
    "p3": ("2021-04-01", "枣林湾村创星\n时间:2021-04-01 09:00\n近日，范县柳泉镇枣林湾村实施“五星”支部创建。"),
}


@pytest.fixture()
def dated(store, tmp_path):
    """The invented articles loaded (article key → article id); removed again afterwards."""
    from ruralkg.graph.loader import load_article
    from ruralkg.graph.retract import remove_articles
    from ruralkg.ingest.extraction.extractor import Extractor

    ids = {}
    for key, (published, text) in ARTICLES.items():
        doc = Extractor().extract_text(text, str(tmp_path / f"{key}.txt"))
        assert doc.article.published == published, key
        load_article(store, doc)
        ids[key] = doc.article.id
    yield ids
    remove_articles(store, list(ids.values()))


def _holders(store, **params) -> list[dict]:
    from ruralkg.graph.queries import load_queries, run_saved

    return run_saved(store, load_queries()["post_holders"], {"body": BODY, **params})


def test_post_holders_as_of_a_day(store, dated):
    between = _holders(store, as_of="2021-01-01")
    assert [(r["person"], r["title"]) for r in between] == [("张德顺", "书记")]
    assert between[0]["since"] == "2019-03-02" and between[0]["until"] == "2022-05-10"
    assert between[0]["last_seen"] == "2020-08-01"  # named again in 2020: the same term, seen later
    now = _holders(store, as_of=TODAY)
    assert [r["person"] for r in now] == ["王光荣"] and now[0]["current"]
    assert _holders(store, as_of="2018-01-01") == []


def test_post_history_keeps_every_term_and_the_undated_post_apart(store, dated):
    rows = _holders(store)
    assert [(r["person"], r["since"], r["until"], r["undated"]) for r in rows] == [
        ("张德顺", "2019-03-02", "2022-05-10", False), ("王光荣", "2022-05-10", None, False),
        ("刘长河", None, None, True)]
    undated = rows[-1]
    assert undated["first_seen"] is None and undated["evidence_dates"] == [""]


def test_programme_timeline_gives_the_year_of_each_take_up(store, dated):
    from ruralkg.graph.queries import load_queries, run_saved

    rows = run_saved(store, load_queries()["programme_timeline"], {"programme": "“五星”支部创建"})
    mine = {r["place"]: r["year"] for r in rows if r["place"] in ("桃源沟村", "梨树坪村", "枣林湾村")}
    assert mine == {"桃源沟村": 2019, "梨树坪村": 2020, "枣林湾村": 2021}
    years = [r["year"] for r in rows]
    assert years == sorted(years, key=lambda y: (y is None, y or 0))
    only = run_saved(store, load_queries()["programme_timeline"],
                     {"programme": "“五星”支部创建", "from_year": 2020, "to_year": 2020})
    assert "梨树坪村" in {r["place"] for r in only} and {r["year"] for r in only} == {2020}


def test_removing_an_article_moves_first_and_last_seen_back(store, dated):
    from ruralkg.graph.retract import remove_articles

    located = ("MATCH (:Branch {name: $b})-[r:LOCATED_IN]->(:Village {name: '杏花岭村'}) "
               "RETURN r.first_seen AS first, r.last_seen AS last, r.evidence_dates AS dates")
    before = store.read(located, {"b": BODY})[0]
    assert (before["first"], before["last"]) == ("2019-03-02", "2022-05-10")
    assert sorted(before["dates"]) == ["", "2019-03-02", "2020-08-01", "2022-05-10"]
    remove_articles(store, [dated["second"], dated["first"]])
    after = store.read(located, {"b": BODY})[0]
    assert (after["first"], after["last"]) == ("2020-08-01", "2020-08-01")
    # with 王光荣's article gone, 张德顺's term is open again
    assert [(r["person"], r["until"]) for r in _holders(store, as_of=TODAY)] == [("张德顺", None)]


def test_as_of_must_be_a_day(store):
    from ruralkg.graph.queries import QueryParamError, load_queries, run_saved

    with pytest.raises(QueryParamError, match="as_of"):
        run_saved(store, load_queries()["post_holders"], {"body": BODY, "as_of": "last year"})


# --- over HTTP, both engines ---------------------------------------------------------------------------
def test_api_body_post_history_and_as_of(api, store, dated):
    body = api.get(f"/bodies/{BODY}/posts").json()
    assert [(p["person"], p["since"], p["until"], p["undated"]) for p in body["posts"]] == [
        ("张德顺", "2019-03-02", "2022-05-10", False), ("王光荣", "2022-05-10", None, False),
        ("刘长河", None, None, True)]
    then = api.get(f"/bodies/{BODY}/posts", params={"as_of": "2021-01-01"}).json()
    assert [p["person"] for p in then["posts"]] == ["张德顺"]
    assert api.get(f"/bodies/{BODY}/posts", params={"as_of": "yesterday"}).status_code == 422
    assert api.get("/bodies/没有这个组织/posts").status_code == 404


def test_api_entity_timeline_dates_each_sentence_and_keeps_undated_apart(api, store, dated):
    t = api.get(f"/entities/{BODY}/timeline").json()
    days = [f["date"] for f in t["dated"]]
    assert days == sorted(days) and days[0] == "2019-03-02" and days[-1] == "2022-05-10"
    assert all(f["sentence"] and f["article_id"] for f in t["dated"])
    assert any(f["other_name"] == "刘长河" for f in t["undated"]) and all(f["date"] is None for f in t["undated"])
    only = api.get(f"/entities/{BODY}/timeline", params={"from_year": 2020, "to_year": 2020}).json()
    assert {f["date"][:4] for f in only["dated"]} == {"2020"} and only["undated"] == []


def test_api_counts_over_time_newest_published_is_current(api, store, tmp_path):
    from ruralkg.graph.loader import load_article
    from ruralkg.graph.retract import remove_articles
    from ruralkg.ingest.extraction.extractor import Extractor

    texts = [("2023-06-01", "杏花岭村人口\n时间:2023-06-01 10:00\n范县柳泉镇杏花岭村共有人口1200人。"),
             ("2021-06-01", "杏花岭村人口\n时间:2021-06-01 10:00\n范县柳泉镇杏花岭村共有人口900人。")]
    ids = []
    for n, (_, text) in enumerate(texts):  # the newer article is loaded first: loading order must not decide
        doc = Extractor().extract_text(text, str(tmp_path / f"count{n}.txt"))
        load_article(store, doc)
        ids.append(doc.article.id)
    try:
        t = api.get("/entities/杏花岭村/timeline").json()
        population = [c for c in t["counts"] if c["key"] == "population"]
        assert [(c["date"], c["value"], c["current"]) for c in population] == [
            ("2023-06-01", 1200, True), ("2021-06-01", 900, False)]
    finally:
        remove_articles(store, ids)


COUNTED = [  # (published, population): loaded in this order, so neither order decides the current count
    ("2022-06-01", 1100), ("2024-06-01", 1300), (None, 500), ("2020-06-01", 800), ("2024-06-01", 1350),
    ("2023-06-01", 1250)]


def _population(store) -> tuple:
    row = store.read("MATCH (n:Entity {name: '杏花岭村'}) RETURN n.population AS p, n.counts_from AS kept")[0]
    return row["p"], row["kept"]


def test_kept_counts_follow_loads_and_removals_as_a_full_recount_would(store, tmp_path):
    """Each load folds only its own articles into the kept counts (graph/timeline.py); after every load,
    every batch and every removal the village's population is what a recount of every article gives."""
    from ruralkg.graph.loader import load_article, load_articles
    from ruralkg.graph.retract import remove_articles
    from ruralkg.graph.timeline import PendingRefresh, refresh_counts
    from ruralkg.ingest.extraction.extractor import Extractor

    def doc(n: int, published: str | None, people: int):
        head = f"杏花岭村人口\n时间:{published} 10:00\n" if published else "杏花岭村人口\n"
        return Extractor().extract_text(f"{head}范县柳泉镇杏花岭村共有人口{people}人，第{n}次统计。",
                                        str(tmp_path / f"people{n}.txt"))

    def recounted() -> tuple:
        kept = _population(store)
        nid = store.read("MATCH (n:Entity {name: '杏花岭村'}) RETURN n.id AS id")[0]["id"]
        refresh_counts(store, [nid])
        return kept, _population(store)

    docs = [doc(n, published, people) for n, (published, people) in enumerate(COUNTED)]
    try:
        for d in docs[:3]:  # one at a time
            load_article(store, d)
            folded, full = recounted()
            assert folded == full
        assert _population(store)[0] == 1300
        stale = PendingRefresh()  # then a batch, refreshed as an ingest run does
        load_articles(store, docs[3:], prelude_for=lambda ds: None, pending=stale)
        stale.flush(store)
        folded, full = recounted()
        assert folded == full and folded[0] == 1350
        remove_articles(store, [docs[4].article.id])  # the removal rewrites the node: it keeps nothing then
        assert _population(store) == (1300, None)
        load_article(store, doc(9, "2019-01-01", 600))  # older: the kept count stays, recounted from all
        folded, full = recounted()
        assert folded == full and folded[0] == 1300
    finally:
        remove_articles(store, [d.article.id for d in docs] + [doc(9, "2019-01-01", 600).article.id])


def _terms(store) -> dict:
    return {r["id"]: (r["titles"], r["starts"], r["ends"]) for r in store.read(
        "MATCH (:Entity)-[x:HOLDS_POST]->(:Entity {name: '杏花岭村党支部'}) "
        "RETURN x.id AS id, x.term_titles AS titles, x.term_starts AS starts, x.term_ends AS ends")}


@pytest.mark.parametrize("order", ["by date", "out of order"])
def test_kept_terms_follow_loads_as_a_full_recomputation_would(store, tmp_path, order):
    """Articles in date order go on from the kept terms; an older one makes the body's statements be
    read again. Either way, after every load the terms are those every statement gives."""
    from ruralkg.graph.loader import load_article, load_articles
    from ruralkg.graph.retract import remove_articles
    from ruralkg.graph.timeline import PendingRefresh, refresh_posts
    from ruralkg.ingest.extraction.extractor import Extractor

    said = [("2018-03-01", "张德顺", ""), ("2019-03-01", "王光荣", ""), ("2019-09-01", "张德顺", "原"),
            ("2020-03-01", "李春华", ""), ("2021-03-01", "王光荣", ""), ("2022-03-01", "赵秋生", "")]
    if order == "out of order":
        said = said[3:] + said[:3]
    docs = [Extractor().extract_text(f"杏花岭村见闻{n}\n时间:{day} 10:00\n近日，{HEAD.replace('书记', prefix + '书记')}"
                                     f"{person}介绍了村里第{n}件事。", str(tmp_path / f"post{n}.txt"))
            for n, (day, person, prefix) in enumerate(said)]
    body = None
    try:
        for n, d in enumerate(docs):
            if n == 4:  # the rest as one batch, refreshed as an ingest run does
                stale = PendingRefresh()
                load_articles(store, docs[4:], prelude_for=lambda ds: None, pending=stale)
                stale.flush(store)
            elif n < 4:
                load_article(store, d)
            else:
                continue
            body = body or store.read("MATCH (b:Entity {name: '杏花岭村党支部'}) RETURN b.id AS id")[0]["id"]
            folded = _terms(store)
            refresh_posts(store, [body])
            assert folded == _terms(store), n
        holders = {r["person"]: r for r in _holders(store)}
        assert holders["赵秋生"]["current"] and holders["王光荣"]["until"] == "2022-03-01"
    finally:
        remove_articles(store, [d.article.id for d in docs])


def _day(instant) -> str:
    """An instant's UTC day, whichever lexical form of UTC (Z or +00:00) the serialiser chose."""
    from datetime import datetime

    when = datetime.fromisoformat(str(instant).replace("Z", "+00:00"))
    assert when.tzinfo is not None and when.utcoffset().total_seconds() == 0, instant
    return when.astimezone(UTC).date().isoformat()


def test_the_rdf_export_dates_statements_and_gives_terms_as_membership_intervals(store, dated):
    """Issue 20, item 7: first/last seen on each statement, evidence dated, posts as org:memberDuring
    intervals whose instants are OWL-Time dateTimeStamps; an open term has no end."""
    from io import BytesIO

    from rdflib import RDF, Graph, Literal
    from rdflib.namespace import XSD

    from ruralkg.graph.rdf_formats import export_graph
    from ruralkg.graph.rdf_terms import ORG, RK, TIME

    body = store.read("MATCH (b:Branch {name: $b}) RETURN b.id AS id", {"b": BODY})[0]["id"]
    out = BytesIO()
    export_graph(store, out, "nt", entity=body, depth=1)
    g = Graph().parse(data=out.getvalue().decode("utf-8"), format="nt")
    terms, undated = {}, 0
    for stmt in g.subjects(RDF.type, ORG.Membership):
        assert next(g.objects(stmt, ORG.member), None) is not None
        seen = list(g.objects(stmt, RK.firstSeen))
        for interval in g.objects(stmt, ORG.memberDuring):
            assert (interval, RDF.type, TIME.ProperInterval) in g
            starts = [next(g.objects(i, TIME.inXSDDateTimeStamp)) for i in g.objects(interval, TIME.hasBeginning)]
            ends = [_day(next(g.objects(i, TIME.inXSDDateTimeStamp))) for i in g.objects(interval, TIME.hasEnd)]
            if not starts:  # the undated article's post: no instant, no first seen
                undated += 1
                assert ends == [] and seen == []
                continue
            terms[_day(starts[0])] = ends
            assert seen and seen[0].datatype == XSD.dateTime
    assert terms == {"2019-03-02": ["2022-05-10"], "2022-05-10": []}
    assert undated <= 1  # an undated post may have no term at all
    evidence_dates = set(g.objects(None, RK.evidenceDate))
    assert Literal("2020-08-01T00:00:00", datatype=XSD.dateTime) in evidence_dates
