"""Evidence as records of their own (issue 22): a fact stated by many articles keeps one Evidence node
per sentence, and the relation only a count, a short preview, its years and its first and last dates.

Invented articles are loaded into the real FalkorDB and Neo4j, then taken out again.
"""

from __future__ import annotations

import pytest

from ruralkg.graph.model import EVIDENCE_PREVIEW

N = 8
YEARS = [2011 + i for i in range(N)]


def _doc(i: int):
    from ruralkg.ingest.document import Extraction

    return Extraction.model_validate({
        "article": {"id": f"evidence-records-{i}", "title": f"记录测试{i}", "published": f"{2011 + i}-03-0{1 + i % 9}"},
        "entities": [
            {"id": "e1", "type": "Township", "name": "记录镇", "key": "Township|evidence-records"},
            {"id": "e2", "type": "Village", "name": "记录村", "key": "Village|evidence-records"},
        ],
        "relations": [{"type": "LOCATED_IN", "source": "e2", "target": "e1",
                       "evidence": [{"sentence": f"记录镇记录村第{i}次见报。"}, {"sentence": f"记录村隶属记录镇（{i}）。"}]}],
    })


def _relation(store) -> dict:
    rows = store.read("MATCH (:Village {key: 'Village|evidence-records'})-[r:LOCATED_IN]->(:Township) "
                      "RETURN properties(r) AS p")
    return rows[0]["p"] if rows else {}


def _records(store) -> list[dict]:
    return store.read("MATCH (v:Evidence) WHERE v.article STARTS WITH 'evidence-records-' "
                      "RETURN v.article AS article, v.sentence AS sentence, v.date AS date ORDER BY v.seq, v.pos")


@pytest.fixture()
def eight(store):
    from ruralkg.graph.loader import load_article
    from ruralkg.graph.retract import remove_articles

    docs = [_doc(i) for i in range(N)]
    for doc in docs:
        load_article(store, doc)
    yield docs
    remove_articles(store, [d.article.id for d in docs])


def test_each_sentence_is_a_record_and_the_relation_keeps_a_count_and_a_preview(store, eight):
    rel = _relation(store)
    records = _records(store)
    assert len(records) == 2 * N and rel["evidence_count"] == 2 * N
    assert len(rel["evidence_sentences"]) == EVIDENCE_PREVIEW < 2 * N
    assert rel["evidence_sentences"] == [r["sentence"] for r in records[:EVIDENCE_PREVIEW]]  # the first loaded
    assert rel["evidence_articles"] == [r["article"] for r in records[:EVIDENCE_PREVIEW]]
    assert sorted(rel["evidence_years"]) == YEARS
    assert rel["first_seen"].startswith("2011") and rel["last_seen"].startswith(str(YEARS[-1]))


def test_loading_an_article_again_adds_no_record(store, eight):
    from ruralkg.graph.loader import load_article

    load_article(store, eight[3])
    assert _relation(store)["evidence_count"] == 2 * N and len(_records(store)) == 2 * N


def test_every_sentence_pages_through_the_saved_query(store, eight):
    from ruralkg.graph.queries import load_queries, run_saved

    q = load_queries()["relation_evidence"]
    rid = _relation(store)["id"]
    pages = [run_saved(store, q, {"id": rid, "skip": s, "limit": 5}) for s in range(0, 2 * N + 5, 5)]
    assert [len(p) for p in pages] == [5, 5, 5, 1, 0]
    sentences = [r["sentence"] for p in pages for r in p]
    assert sentences == [r["sentence"] for r in _records(store)]  # load order, no page overlapping another
    assert all(r["evidence_count"] == 2 * N for p in pages for r in p)


def test_taking_articles_out_refills_the_preview_and_moves_the_dates(store, eight):
    from ruralkg.graph.retract import remove_articles

    remove_articles(store, [eight[0].article.id, eight[N - 1].article.id])
    rel = _relation(store)
    records = _records(store)
    assert len(records) == 2 * (N - 2) and rel["evidence_count"] == 2 * (N - 2)
    assert rel["evidence_sentences"] == [r["sentence"] for r in records[:EVIDENCE_PREVIEW]]
    assert sorted(rel["evidence_years"]) == YEARS[1:-1]
    assert rel["first_seen"].startswith(str(YEARS[1])) and rel["last_seen"].startswith(str(YEARS[-2]))
    remove_articles(store, [d.article.id for d in eight[1:-1]])
    assert _relation(store) == {} and _records(store) == []


def test_an_article_names_every_relation_it_states_however_many_others_state_it(store, eight):
    from ruralkg.graph.queries import load_queries, run_saved

    last = run_saved(store, load_queries()["article_detail"], {"id": eight[N - 1].article.id})[0]
    assert [r["sentences"] for r in last["relations"]] == [[f"记录镇记录村第{N - 1}次见报。", f"记录村隶属记录镇（{N - 1}）。"]]


def test_only_the_records_of_an_article_the_graph_holds_are_looked_up(store, eight):
    """A record's id is made from its article's: the records of an article new to the graph are made
    without a look into the Evidence index, those of one it holds are looked up (issue 22)."""
    from ruralkg.graph.loader import _mark_new, load_articles, plan_batch
    from ruralkg.graph.retract import remove_articles

    new, held = _doc(N), eight[2]
    plan = plan_batch([held, new], words=store.engine == "falkordb")
    _mark_new(store, plan.params)
    [row] = plan.params["r_LOCATED_IN"]
    assert {e["article"] for e in row["evidence"]} == {held.article.id, new.article.id}
    assert {e["article"] for e in row["probe"]} == {held.article.id}
    try:
        load_articles(store, [held, new])  # one loaded again, one new: each sentence one record
        assert _relation(store)["evidence_count"] == 2 * (N + 1) and len(_records(store)) == 2 * (N + 1)
        load_articles(store, [new, held])  # both held now: nothing added
        assert _relation(store)["evidence_count"] == 2 * (N + 1) and len(_records(store)) == 2 * (N + 1)
    finally:
        remove_articles(store, [new.article.id])
