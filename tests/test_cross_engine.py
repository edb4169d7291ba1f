"""The sample corpus in both engines: the same graph, and every saved query gives the same rows.

Rows are compared in order where the query ends in ORDER BY, else as a multiset. Lists built with
``collect()`` have no defined order on either engine, so they are compared as sets, except the
columns a query names in its ``// ordered-lists:`` header (a path's nodes and hops). The table of
row counts is written to ``tests/artefacts/cross_engine.md``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ruralkg.graph.loader import graph_counts
from ruralkg.graph.queries import SavedQuery, example_params, load_queries, run_saved
from ruralkg.graph.store import open_store
from tests.conftest import CORPUS, ROOT, cli, settings_of

pytestmark = pytest.mark.neo4j
ARTEFACTS = ROOT / "tests" / "artefacts"


def _canonical_cell(column: str, value, ordered: tuple[str, ...]):
    if isinstance(value, list) and column not in ordered:
        return sorted((_canonical_cell("", v, ()) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    if isinstance(value, dict):
        return {k: _canonical_cell(k, v, ordered) for k, v in value.items()}
    return value


def canonical(query: SavedQuery, rows: list[dict]) -> list[dict]:
    rows = [_canonical_cell("", row, query.ordered_lists) for row in rows]
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("//"))
    ordered = re.search(r"ORDER BY[^\n]*(\n\s*(SKIP|LIMIT)[^\n]*)*\s*$", body.strip()) is not None
    if not ordered:
        rows.sort(key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
    return rows


@pytest.fixture(scope="module")
def both(neo4j_server, falkor_ingested, store_env, tmp_path_factory):
    """Both engines holding exactly the sample corpus (nothing the other tests added)."""
    envs = {"falkordb": dict(store_env, RURALKG_GRAPH="cross_engine"), "neo4j": dict(neo4j_server)}
    stores = {}
    for engine, env in envs.items():
        cli(env, "reset", "--yes")
        cli(env, "ingest", str(CORPUS))
        stores[engine] = open_store(settings_of(env))
    yield stores
    for s in stores.values():
        s.close()
    cli(envs["falkordb"], "reset", "--yes", check=False)
    # the Neo4j database is shared with the engine-parametrised tests: leave it as they expect it
    cli(envs["neo4j"], "reset", "--yes")
    cli(envs["neo4j"], "ingest", str(CORPUS))


def test_same_graph_on_both_engines(both):
    counts = {engine: graph_counts(s) for engine, s in both.items()}
    assert counts["falkordb"] == counts["neo4j"]
    ids = {engine: sorted(r["id"] for r in s.read("MATCH (n:Entity) RETURN n.id AS id")) for engine, s in both.items()}
    assert ids["falkordb"] == ids["neo4j"]


def test_every_saved_query_gives_the_same_rows(both):
    table, differ = [], []
    for name, query in sorted(load_queries().items()):
        results = {}
        for engine, store in both.items():
            results[engine] = canonical(query, run_saved(store, query, example_params(store, query)))
        f, n = results["falkordb"], results["neo4j"]
        table.append(f"| {name} | {len(f)} | {len(n)} | {'same' if f == n else 'DIFFERENT'} |")
        if f != n:
            differ.append(name)
        # a clean sample graph has no relation without evidence: that query's empty answer is right
        assert f or name == "dq_relations_without_evidence", f"{name}: its example returns no rows"
    ARTEFACTS.mkdir(exist_ok=True)
    Path(ARTEFACTS / "cross_engine.md").write_text(
        "| query | rows on FalkorDB | rows on Neo4j | rows |\n|---|---|---|---|\n" + "\n".join(table) + "\n",
        encoding="utf-8")
    assert not differ, differ


def test_list_columns_come_back_in_the_same_order(both):
    """A table of list values reads the same on both engines: lists are not sorted before comparing."""
    differ = []
    queries = load_queries()
    # the examples, and the tables whose lists are longest on the sample: places, articles, neighbours
    cases = [(name, None) for name in sorted(queries)] + [
        ("entity_search", {"q": "村", "limit": 200}), ("entity_search", {"q": "合作社", "limit": 200}),
        ("entity_detail", {"id": "东昌府区"}), ("entity_detail", {"id": "南乐县"}), ("entity_detail", {"id": "聊城市"}),
        ("investments_into", {"target": "山东省"}), ("compare_counties", {"names": ["南乐县", "范县", "东昌府区"]})]
    for name, params in cases:
        query = queries[name]
        results = {}
        for engine, store in both.items():
            rows = run_saved(store, query, params if params is not None else example_params(store, query))
            results[engine] = canonical(query, rows) if not any(isinstance(v, list) for r in rows for v in r.values()) \
                else sorted(rows, key=lambda r: json.dumps({k: v for k, v in r.items() if not isinstance(v, list)},
                                                           ensure_ascii=False, sort_keys=True, default=str))
        if results["falkordb"] != results["neo4j"]:
            f, n = results["falkordb"], results["neo4j"]
            cols = sorted({k for a, b in zip(f, n, strict=False) for k in a if a.get(k) != b.get(k)})
            differ.append(f"{name} {params or ''}: {cols}")
    assert not differ, differ
