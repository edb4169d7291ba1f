"""The same corpus gives the same graph and the same answers, byte for byte, whatever ``--batch`` or
``--workers``: every saved query run on two real graphs loaded one article per statement on one
process, and a hundred per statement on two."""

from __future__ import annotations

import json

from tests.conftest import CORPUS, cli, settings_of


def _answers(env: dict[str, str]) -> dict[str, str]:
    from ruralkg.graph.queries import example_params, load_queries, run_saved
    from ruralkg.graph.store import open_store

    store = open_store(settings_of(env))
    try:
        out = {q.name: json.dumps(run_saved(store, q, example_params(store, q)), ensure_ascii=False, sort_keys=True)
               for q in load_queries().values()}
        out["(every relation's evidence)"] = json.dumps(store.read(
            "MATCH ()-[r]->() RETURN r.id AS id, r.evidence_count AS n, r.evidence_sentences AS preview ORDER BY id"),
            ensure_ascii=False)
        out["(every evidence record)"] = json.dumps(store.read(
            "MATCH (v:Evidence) RETURN v.id AS id, v.rel AS rel, v.article AS article, v.sentence AS sentence, "
            "v.span AS span, v.date AS date, v.props AS props, v.pos AS pos ORDER BY id"), ensure_ascii=False)
        return out
    finally:
        store.close()


def test_batch_size_and_workers_do_not_change_any_answer(falkor_ingested, store_env):
    one = dict(store_env, RURALKG_GRAPH="batch_one")
    hundred = dict(store_env, RURALKG_GRAPH="batch_hundred")
    cli(one, "ingest", str(CORPUS), "--batch", "1", "--workers", "1")
    cli(hundred, "ingest", str(CORPUS), "--batch", "100", "--workers", "2")
    a, b = _answers(one), _answers(hundred)
    assert json.loads(a["articles_list"]), "the graphs are empty: the comparison would prove nothing"
    different = [name for name in a if a[name] != b[name]]
    assert not different, different
