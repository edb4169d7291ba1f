"""Articles are known by their source: an edited article replaces its old version, a removed one
leaves nothing behind, and in both cases the graph equals a clean ingest of the corpus as it now is.
All against the real embedded FalkorDB server."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import CORPUS, cli
from tests.test_curation import canonical_names_text

ARTICLES = ["d01_jilin.txt", "d02_hebei.txt", "d04_guizhou.txt", "d06_shanxi.txt", "n04_ningxia.txt",
            "n05_jiangsu.txt"]


def graph_dump(env: dict[str, str]) -> dict:
    """Everything in one graph, ids and all, in a form two graphs can be compared in."""
    from ruralkg.graph.store import open_store
    from ruralkg.settings import Settings

    store = open_store(Settings(**_settings_kwargs(env)))
    try:
        nodes = store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", timeout_ms=60_000)
        rels = store.read("MATCH (s)-[r]->(t) RETURN type(r) AS type, s.id AS s, t.id AS t, properties(r) AS props",
                          timeout_ms=60_000)
    finally:
        store.close()

    def clean(props: dict) -> str:
        props = {k: v for k, v in props.items() if k != "seq"}  # load time
        for listed in ("aliases", "grams"):  # sets, appended in load order
            if isinstance(props.get(listed), list):
                props[listed] = sorted(props[listed])
        canonical_names_text(props)
        if "evidence_sentences" in props:
            # the preview holds the first sentences loaded, and load order differs between the two graphs;
            # every sentence is an Evidence node, compared with the nodes
            props["evidence_preview"] = len(props.pop("evidence_sentences"))
            props.pop("evidence_articles"), props.pop("evidence_dates")
            props["evidence_years"] = sorted(props.get("evidence_years") or [])
        return json.dumps(props, ensure_ascii=False, sort_keys=True)

    return {
        "nodes": sorted(json.dumps(sorted(n["labels"])) + clean(n["props"]) for n in nodes),
        "relations": sorted(f"{r['type']} {r['s']} {r['t']} " + clean(r["props"]) for r in rels),
    }


def _settings_kwargs(env: dict[str, str]) -> dict:
    from pathlib import Path

    return {"data_dir": Path(env["RURALKG_DATA"]), "falkor_port": int(env["RURALKG_FALKOR_PORT"]),
            "graph_name": env["RURALKG_GRAPH"], "neo4j_uri": ""}


@pytest.fixture()
def graphs(store_env, falkor_ingested, tmp_path):
    """Two empty graphs on the test server and a corpus folder of our own to edit."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ARTICLES:
        shutil.copy(CORPUS / name, corpus / name)
    envs = []
    for n in (1, 2):
        env = {**store_env, "RURALKG_GRAPH": f"incremental_{tmp_path.name}_{n}"}
        cli(env, "reset", "--yes")
        envs.append(env)
    return corpus, envs[0], envs[1]


def test_unchanged_articles_are_skipped(graphs):
    corpus, env, _ = graphs
    first = json.loads(cli(env, "ingest", str(corpus)).stdout.strip().splitlines()[-1])
    again = json.loads(cli(env, "ingest", str(corpus)).stdout.strip().splitlines()[-1])
    assert first["loaded"] == len(ARTICLES) and again["loaded"] == 0 and again["unchanged"] == len(ARTICLES)
    assert again["graph_nodes"] == first["graph_nodes"] and again["graph_relations"] == first["graph_relations"]


def test_edited_article_equals_a_clean_ingest_of_the_edited_corpus(graphs, tmp_path):
    corpus, incremental, clean = graphs
    cli(incremental, "ingest", str(corpus))
    edited = corpus / "d06_shanxi.txt"
    text = edited.read_text(encoding="utf-8")
    assert "铁炉村" in text
    edited.write_text(text.replace("铁炉村", "铁岭村"), encoding="utf-8")  # a corrected name
    summary = json.loads(cli(incremental, "ingest", str(corpus)).stdout.strip().splitlines()[-1])
    assert summary["loaded"] == 1 and summary["unchanged"] == len(ARTICLES) - 1
    cli(clean, "ingest", str(corpus))
    after, expected = graph_dump(incremental), graph_dump(clean)
    assert after == expected
    assert not any("铁炉村" in n for n in after["nodes"])  # the old name kept nothing


def test_removed_article_equals_a_clean_ingest_without_it(graphs, tmp_path):
    corpus, incremental, clean = graphs
    cli(incremental, "ingest", str(corpus))
    gone = corpus / "n05_jiangsu.txt"
    cli(incremental, "remove", str(gone))
    gone.unlink()
    cli(clean, "ingest", str(corpus))
    assert graph_dump(incremental) == graph_dump(clean)
    listed = json.loads(cli(incremental, "articles", "--format", "json").stdout)
    assert len(listed) == len(ARTICLES) - 1 and all("n05_jiangsu" not in (a["path"] or "") for a in listed)


def test_remove_names_an_unknown_article(graphs):
    _, env, _ = graphs
    proc = cli(env, "remove", "no-such-article", check=False)
    assert proc.returncode == 2 and "no ingested article" in proc.stderr


def test_store_killed_mid_ingest_then_a_rerun_equals_a_clean_ingest(store_env, falkor_ingested, tmp_path):
    """SIGKILL the store in the middle of an ingest: the run says what was not loaded, nothing half-written
    stays, and the same command run again gives exactly the graph of a clean ingest."""
    import os
    import signal
    import subprocess
    import time

    from ruralkg.graph.loader import graph_counts
    from ruralkg.graph.store import open_store
    from ruralkg.settings import Settings
    from tests.conftest import ROOT, RURALKG, free_port

    env = {**store_env, "RURALKG_DATA": str(tmp_path / "data"), "RURALKG_FALKOR_PORT": str(free_port()),
           "RURALKG_GRAPH": "killed"}
    cli(env, "store", "start")
    total = len(list(CORPUS.glob("*.txt")))
    proc = subprocess.Popen([*RURALKG, "ingest", str(CORPUS), "--batch", "1", "--workers", "1"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    store = open_store(Settings(**_settings_kwargs(env)))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if graph_counts(store)["articles"] >= 3:
                break
        except Exception:  # noqa: BLE001 - the graph does not exist before the first load
            pass
        time.sleep(0.02)
    store.close()
    pid = int((tmp_path / "data" / "falkordb" / "redis.pid").read_text().strip())
    os.kill(pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode != 0
    assert "not loaded" in err and "Traceback" not in err, err[-2000:]
    cli(env, "store", "start")
    first = graph_counts(open_store(Settings(**_settings_kwargs(env))))
    assert 3 <= first["articles"] < total
    cli(env, "ingest", str(CORPUS))
    clean = {**env, "RURALKG_GRAPH": "clean"}
    cli(clean, "ingest", str(CORPUS))
    try:
        assert graph_dump(env) == graph_dump(clean)
    finally:
        cli(env, "store", "stop", check=False)
