"""What only Neo4j has: constraints before the first MERGE, concurrent ingests, a fast clear failure,
and the `ruralkg neo4j` lifecycle with its Browser."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from ruralkg.graph.store import open_store
from tests.conftest import CORPUS, ROOT, RURALKG, cli, free_port, health_while_frozen, settings_of

pytestmark = pytest.mark.neo4j


def test_uniqueness_constraints_exist_after_a_reset(neo4j_server):
    cli(neo4j_server, "reset", "--yes")
    cli(neo4j_server, "ingest", str(next(CORPUS.glob("d01_*.txt"))))
    store = open_store(settings_of(neo4j_server))
    try:
        rows = store.read("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *")
    finally:
        store.close()
    unique = {(r["labelsOrTypes"][0], r["properties"][0]) for r in rows if r["type"] == "UNIQUENESS"}
    assert {("Entity", "id"), ("Article", "id")} <= unique


def test_the_local_server_keeps_only_recent_transaction_logs(neo4j_server):
    """Neo4j's default keeps two days of transaction logs (5 GB at 10,000 articles): ours keeps two files."""
    store = open_store(settings_of(neo4j_server))
    try:
        rows = store.read("SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'db.tx_log.rotation' "
                          "RETURN name, value")
    finally:
        store.close()
    settings = {r["name"]: r["value"] for r in rows}
    assert settings["db.tx_log.rotation.retention_policy"] == "2 files", settings
    assert settings["db.tx_log.rotation.size"] in ("64M", "64.00MiB", "67108864"), settings


def test_two_concurrent_ingests_leave_no_duplicate(neo4j_server):
    cli(neo4j_server, "reset", "--yes")
    procs = [subprocess.Popen([*RURALKG, "ingest", str(CORPUS), "--workers", "1"], env=neo4j_server, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-2000:] for o in outs]
    store = open_store(settings_of(neo4j_server))
    try:
        dup_nodes = store.read("MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS d")
        dup_arts = store.read("MATCH (a:Article) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS d")
        dup_rels = store.read("MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH type(r) AS t, r.id AS id, count(*) AS c "
                              "WHERE c > 1 RETURN count(*) AS d")
        articles = store.read("MATCH (a:Article) RETURN count(a) AS c")[0]["c"]
    finally:
        store.close()
    assert dup_nodes[0]["d"] == dup_arts[0]["d"] == dup_rels[0]["d"] == 0
    assert articles == len(list(CORPUS.glob("*.txt")))
    # leave the shared database as the other Neo4j tests expect it: exactly the sample corpus
    cli(neo4j_server, "reset", "--yes")
    cli(neo4j_server, "ingest", str(CORPUS))


def test_a_uri_that_points_at_nothing_fails_fast_in_one_line(neo4j_server):
    env = dict(neo4j_server, NEO4J_URI=f"bolt://127.0.0.1:{free_port()}")
    started = time.monotonic()
    proc = cli(env, "ingest", str(CORPUS), check=False)
    assert time.monotonic() - started < 15
    assert proc.returncode == 1
    assert "cannot reach Neo4j" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 2, proc.stderr


def test_a_frozen_neo4j_does_not_hang_the_api(neo4j_server):
    env = dict(neo4j_server, RURALKG_QUERY_TIMEOUT_MS="2000")
    pid = int((Path(env["RURALKG_DATA"]) / "neo4j" / "launcher.pid").read_text().strip())
    resp, waited = health_while_frozen(env, pid)
    assert resp.status_code == 503 and resp.headers["retry-after"].isdigit(), resp.text
    assert waited < 15, waited
    # the server answers again once it runs again: later tests use it
    store = open_store(settings_of(neo4j_server))
    try:
        assert store.read("RETURN 1 AS one") == [{"one": 1}]
    finally:
        store.close()


def test_a_wrong_password_is_named(neo4j_server):
    proc = cli(dict(neo4j_server, NEO4J_PASSWORD="not-the-password"), "query", "programmes_ranked", check=False)
    assert proc.returncode == 1 and "NEO4J_PASSWORD" in proc.stderr and "Traceback" not in proc.stderr


def test_neo4j_start_status_stop_persist_the_graph(tmp_path):
    env = dict(os.environ, RURALKG_DATA=str(tmp_path), RURALKG_NEO4J_BOLT_PORT=str(free_port()),
               RURALKG_NEO4J_HTTP_PORT=str(free_port()), RURALKG_NEO4J_HEAP="512m")
    env.pop("NEO4J_URI", None)
    env.pop("NEO4J_PASSWORD", None)
    try:
        out = cli(env, "neo4j", "start").stdout
        uri_line = next(line for line in out.splitlines() if line.startswith("NEO4J_URI="))
        uri = uri_line.split("=", 1)[1]
        assert uri == f"bolt://127.0.0.1:{env['RURALKG_NEO4J_BOLT_PORT']}"
        assert cli(env, "neo4j", "status").returncode == 0
        browser = httpx.get(f"http://127.0.0.1:{env['RURALKG_NEO4J_HTTP_PORT']}/browser/", timeout=10)
        assert browser.status_code == 200 and "neo4j" in browser.text.lower()
        assert oct((tmp_path / "neo4j" / "password").stat().st_mode & 0o777) == "0o600"
        with_uri = dict(env, NEO4J_URI=uri)  # no NEO4J_PASSWORD: read from the data folder
        cli(with_uri, "ingest", str(next(CORPUS.glob("d02_*.txt"))))
        cli(env, "neo4j", "stop")
        assert cli(env, "neo4j", "status", check=False).returncode == 3
        cli(env, "neo4j", "start")
        rows = json.loads(cli(with_uri, "articles", "--format", "json").stdout)
        assert len(rows) == 1
    finally:
        cli(env, "neo4j", "stop", check=False)
