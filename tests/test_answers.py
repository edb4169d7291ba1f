"""Whole-graph answers kept until the graph changes (graph/answers.py): never an answer the graph has
moved past, on the real stores."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.conftest import CORPUS, cli, settings_of

CACHED = ("dq_duplicate_names", "dq_isolated_nodes", "dq_relations_without_evidence", "programmes_ranked")


def _fresh(store, query) -> list:
    """The answer computed now, past any cache."""
    from ruralkg.graph.queries import bind

    return store.read(query.text, bind(query, {}))


@pytest.fixture()
def private(store_env, falkor_ingested, tmp_path):
    """An empty graph of its own on the test server, a corpus folder to edit, and a store on it."""
    from ruralkg.graph.store import open_store

    env = {**store_env, "RURALKG_GRAPH": f"answers_{tmp_path.name}"}
    cli(env, "reset", "--yes")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("d01_jilin.txt", "d04_guizhou.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    store = open_store(settings_of(env))
    yield env, corpus, store
    store.close()


def test_the_saved_queries_that_read_the_whole_graph_are_the_cached_ones():
    from ruralkg.graph.queries import load_queries

    assert sorted(q.name for q in load_queries().values() if q.cached) == sorted(CACHED)


def test_a_cached_answer_follows_every_write(private):
    from ruralkg.graph.answers import cache_for
    from ruralkg.graph.queries import load_queries, run_saved

    env, corpus, store = private
    queries = load_queries()
    cli(env, "ingest", str(corpus))
    cache = cache_for(store, 300)

    def check(step: str) -> dict[str, list]:
        answers = {}
        for name in CACHED:
            misses, hits = cache.misses, cache.hits
            first = run_saved(store, queries[name], {})
            assert cache.misses == misses + 1, f"{step}: {name} was not computed again"
            assert first == _fresh(store, queries[name]), f"{step}: {name}"
            assert run_saved(store, queries[name], {}) == first and cache.hits == hits + 1, f"{step}: {name}"
            answers[name] = first
        return answers

    loaded = check("first ingest")
    shutil.copy(CORPUS / "n09_guangdong.txt", corpus / "n09_guangdong.txt")
    cli(env, "ingest", str(corpus))
    assert check("a new article") != loaded
    edited = corpus / "d04_guizhou.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n花溪镇青岩村成立了青岩村蔬菜种植专业合作社。",
                      encoding="utf-8")
    cli(env, "ingest", str(corpus))
    check("an article replaced")
    cli(env, "remove", str(corpus / "n09_guangdong.txt"))
    check("an article removed")
    cli(env, "reset", "--yes")
    assert check("reset") == {name: [] for name in CACHED}


def test_a_hand_edit_is_seen_once_the_answer_is_older_than_its_age(private, monkeypatch):
    """An edit that changes no count and no article does not move the version: the answer is kept
    until it is ``RURALKG_ANSWER_MAX_AGE_S`` old, then computed again."""
    from ruralkg.graph.queries import load_queries, run_saved

    env, corpus, store = private
    cli(env, "ingest", str(corpus))
    query = load_queries()["dq_isolated_nodes"]
    before = run_saved(store, query, {})
    linked = store.read("MATCH (n:Entity) WHERE n.linked = true RETURN n.id AS id LIMIT 1")[0]["id"]
    store.write("MATCH (n:Entity {id: $id}) SET n.linked = false", {"id": linked})
    assert run_saved(store, query, {}) == before  # within its age: the answer as computed
    monkeypatch.setenv("RURALKG_ANSWER_MAX_AGE_S", "0")
    time.sleep(0.01)
    after = run_saved(store, query, {})
    assert linked in {r["id"] for r in after} and after == _fresh(store, query)


def test_the_warmer_computes_the_default_answers_the_graph_has_moved_past(private):
    from ruralkg.api.warmer import AnswerWarmer
    from ruralkg.graph.queries import warm_answers

    env, corpus, store = private
    cli(env, "ingest", str(corpus))
    assert sorted(warm_answers(store)) == sorted(CACHED)
    assert warm_answers(store) == []  # nothing has changed
    shutil.copy(CORPUS / "n09_guangdong.txt", corpus / "n09_guangdong.txt")
    cli(env, "ingest", str(corpus))
    warmer = AnswerWarmer(settings_of({**env, "RURALKG_ANSWER_WARM_S": "1"}))
    warmer.start()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and warm_answers(store):  # what the thread has not done yet
            time.sleep(0.2)
        assert warm_answers(store) == [], "the warmer did not compute the answers after the ingest"
    finally:
        warmer.stop()


def test_cached_answers_equal_the_queries_on_both_engines(ingested, store):
    """On the session's ingested graph (FalkorDB and Neo4j): the version reads work on each engine and
    a served answer is the query's own."""
    from ruralkg.graph.answers import graph_version
    from ruralkg.graph.queries import load_queries, run_saved

    queries = load_queries()
    version = graph_version(store)
    assert version.articles > 0 and version.entities > 0 and version.relations > 0 and version.newest
    assert graph_version(store, version.newest) == version
    for name in CACHED:
        assert run_saved(store, queries[name], {}) == run_saved(store, queries[name], {}) == _fresh(store, queries[name])
