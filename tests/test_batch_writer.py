"""Batches prepared while the one before is written (graph/batch_writer.py): written in order, each
reported once with its tag, and nothing written after the store goes away.

Invented articles, loaded into the real FalkorDB and Neo4j; the failure is a real embedded store that
is stopped between two batches.
"""

from __future__ import annotations

import pytest

from tests.conftest import cli, free_port, settings_of


def _doc(i: int, title: str):
    from ruralkg.ingest.document import Extraction

    return Extraction.model_validate({
        "article": {"id": f"batch-writer-{i}", "title": title, "published": "2022-05-01"},
        "entities": [
            {"id": "e1", "type": "Township", "name": "批次镇", "key": "Township|batch-writer"},
            {"id": "e2", "type": "Village", "name": f"批次{i}村", "key": f"Village|batch-writer-{i}"},
        ],
        "relations": [{"type": "LOCATED_IN", "source": "e2", "target": "e1",
                       "evidence": [{"sentence": f"批次镇批次{i}村（{title}）。"}]}],
    })


def _titles(store) -> dict[str, str]:
    rows = store.read("MATCH (a:Article) WHERE a.id STARTS WITH 'batch-writer-' RETURN a.id AS id, a.title AS title")
    return {r["id"]: r["title"] for r in rows}


def test_batches_are_written_in_order_and_each_comes_back_once(store):
    from ruralkg.graph.batch_writer import BatchWriter
    from ruralkg.graph.retract import remove_articles
    from ruralkg.graph.timeline import PendingRefresh

    batches = [[_doc(0, "初版"), _doc(1, "初版")], [_doc(0, "改版")], [_doc(2, "初版"), _doc(0, "三版")]]
    pending = PendingRefresh()
    writer: BatchWriter[int] = BatchWriter(store, pending)
    done = []
    try:
        for n, docs in enumerate(batches):
            done += writer.submit(docs, n)
        done += writer.close()
        pending.flush(store)
        assert [tag for tag, _ in done] == [0, 1, 2]
        assert [sorted(result.loaded) for _, result in done] == [
            ["batch-writer-0", "batch-writer-1"], ["batch-writer-0"], ["batch-writer-0", "batch-writer-2"]]
        # the version written last wins, as in a plain loop: the writes kept their order
        assert _titles(store) == {"batch-writer-0": "三版", "batch-writer-1": "初版", "batch-writer-2": "初版"}
        rows = store.read("MATCH (v:Village)-[:LOCATED_IN]->(t:Township {key: 'Township|batch-writer'}) "
                          "RETURN count(v) AS n")
        assert rows[0]["n"] == 3
    finally:
        remove_articles(store, ["batch-writer-0", "batch-writer-1", "batch-writer-2"])


@pytest.fixture()
def own_store(store_env, tmp_path):
    env = dict(store_env, RURALKG_DATA=str(tmp_path / "data"), RURALKG_FALKOR_PORT=str(free_port()))
    cli(env, "store", "start")
    yield env
    cli(env, "store", "stop", check=False)


def test_after_the_store_goes_away_no_later_batch_is_written_and_the_first_stays(own_store):
    from ruralkg.graph.batch_writer import BatchWriter
    from ruralkg.graph.ddl import ensure_schema
    from ruralkg.graph.store import StoreUnavailable, open_store
    from ruralkg.graph.timeline import PendingRefresh

    store = open_store(settings_of(own_store))
    ensure_schema(store)
    writer: BatchWriter[str] = BatchWriter(store, PendingRefresh())
    assert writer.submit([_doc(0, "初版")], "first") == []
    [(tag, result)] = writer.finish()
    assert tag == "first" and result.loaded == ["batch-writer-0"]

    cli(own_store, "store", "stop")
    assert writer.submit([_doc(1, "初版")], "second") == []  # written on the worker: the failure comes back later
    third = writer.submit([_doc(2, "初版")], "third")
    assert [t for t, _ in third] == ["second", "third"]
    assert all(isinstance(r, StoreUnavailable) for _, r in third)
    assert writer.close() == []

    cli(own_store, "store", "start")
    store = open_store(settings_of(own_store))
    assert _titles(store) == {"batch-writer-0": "初版"}  # what was loaded before the failure stays
