"""The console command against the real embedded store: saved queries, RDF export, clear failures."""

from __future__ import annotations

import json

from tests.conftest import cli


def test_query_lists_and_runs_saved_queries(ingested):
    listed = cli(ingested, "query").stdout
    assert "branch_cooperatives" in listed and "Which cooperatives" in listed
    assert "-p branch:entity, skip:int=0, limit:int=100" in listed
    rows = json.loads(cli(ingested, "query", "person_posts", "-p", "person=关威", "--format", "json").stdout)
    assert rows[0]["organisation"] == "斗虎屯镇党委"
    csv = cli(ingested, "query", "person_posts", "-p", "person=关威", "--format", "csv").stdout
    assert csv.startswith("\ufeff") and csv.lstrip("\ufeff").splitlines()[0].startswith("person,kind,title")
    bad = cli(ingested, "query", "person_posts", check=False)
    assert bad.returncode == 2 and "person" in bad.stderr
    no_equals = cli(ingested, "query", "person_posts", "-p", "person", check=False)
    assert no_equals.returncode == 2 and "NAME=VALUE" in no_equals.stderr
    xml = cli(ingested, "query", "person_posts", "-p", "person=关威", "--format", "xml", check=False)
    assert xml.returncode == 2 and "unknown --format" in xml.stderr
    assert cli(ingested, "articles", "--format", "xml", check=False).returncode == 2


def test_export_rdf(ingested, tmp_path):
    out = tmp_path / "graph.ttl"
    cli(ingested, "export", "--out", str(out))
    text = out.read_text(encoding="utf-8")
    assert "rk:locatedIn" in text and "张炉集镇" in text


def test_commands_say_when_the_store_is_down(store_env, tmp_path):
    env = dict(store_env, RURALKG_DATA=str(tmp_path), RURALKG_FALKOR_PORT="1")
    proc = cli(env, "query", "person_posts", "-p", "person=关威", check=False)
    assert proc.returncode == 1 and "ruralkg store start" in proc.stderr and "Traceback" not in proc.stderr
    status = cli(env, "store", "status", check=False)
    assert status.returncode == 3 and "stopped" in status.stdout
