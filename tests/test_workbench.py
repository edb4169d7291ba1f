"""Issue 23, the analyst's workbench, met the way an analyst meets it: the API over HTTP and the CLI,
against the real stores holding the sample corpus (both engines unless the store's lifecycle is tested).

Names everywhere (409 with candidates, 404), the county comparison, CLI list parameters and unknown
names, counts, CSV, help, a busy port, whole ids, titles, full-text search, roll-ups, Excel."""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess

import pytest
from openpyxl import load_workbook

from tests.conftest import ROOT, RURALKG, cli

# --- the defects ------------------------------------------------------------------------------------------

def test_county_comparison_reports_only_the_counties_that_are_not_there(api):
    r = api.get("/compare/counties", params=[("names", "南乐县"), ("names", "范县")])
    assert r.status_code == 200, r.text
    assert {row["county"] for row in r.json()["rows"]} == {"南乐县", "范县"}
    assert r.json()["unknown"] == []  # both were listed as "not in the graph" next to their own rows
    r = api.get("/compare/counties", params=[("names", "南乐县"), ("names", "不存在县")])
    assert r.json()["unknown"] == ["不存在县"]
    r = api.get("/compare/counties", params=[("names", "无此县"), ("names", "不存在县")])
    assert r.status_code == 404 and "is a county in the graph" in r.json()["message"]  # never "countie"


def test_cli_list_parameters_keep_every_value_and_unknown_names_are_said(ingested):
    proc = cli(ingested, "query", "compare_counties", "-p", "names=南乐县", "-p", "names=范县", "--format", "json")
    assert {r["county"] for r in json.loads(proc.stdout)} == {"南乐县", "范县"}
    proc = cli(ingested, "query", "compare_counties", "-p", "names=南乐县", "-p", "names=不存在县", "--format", "json")
    assert [r["county"] for r in json.loads(proc.stdout)] == ["南乐县"]
    assert "not in the graph: 不存在县" in proc.stderr
    proc = cli(ingested, "query", "entity_search", "-p", "q=村", "-p", "q=镇", check=False)
    assert proc.returncode == 2 and "given twice" in proc.stderr


def test_health_and_store_status_count_nodes_alike(falkor_api, store_env):
    nodes = falkor_api.get("/health").json()["nodes"]
    status = cli(store_env, "store", "status").stdout
    assert f"{nodes} nodes in the graph" in status, (nodes, status)


def test_articles_as_csv_and_every_article_titled(ingested):
    proc = cli(ingested, "articles", "--format", "csv")
    lines = proc.stdout.lstrip("\ufeff").splitlines()
    assert proc.stdout.startswith("\ufeff") and lines[0].startswith("id,title,published")
    listed = json.loads(cli(ingested, "articles", "--format", "json").stdout)
    assert len(lines) - 1 == len(listed) >= 45
    untitled = [a["id"] for a in listed if not a.get("title")]
    assert not untitled, untitled  # nine sample files have no headline: the first sentence names them


def test_every_store_subcommand_has_help(store_env):
    listing = cli(store_env, "store", "--help").stdout
    for command in ("start", "stop", "status", "repair"):
        line = next(x for x in listing.splitlines() if re.search(rf"\b{command}\b", x))
        assert re.search(rf"{command}\s+\S", line), f"`store {command}` has no help: {line!r}"


def test_a_busy_api_port_names_the_setting(store_env):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = subprocess.run([*RURALKG, "serve", "--port", str(port)], env=store_env, cwd=ROOT, capture_output=True,
                              text=True, timeout=60)
    assert proc.returncode == 1 and "RURALKG_API_PORT" in proc.stderr and "in use" in proc.stderr, proc.stderr


def test_ids_are_never_cut_in_tables(ingested):
    env = dict(ingested, COLUMNS="60")
    ids = [r["id"] for r in json.loads(cli(env, "query", "entity_search", "-p", "q=村", "--format", "json").stdout)]
    table = cli(env, "query", "entity_search", "-p", "q=村").stdout
    assert ids and all(i in table for i in ids), table[:2000]
    articles = [a["id"] for a in json.loads(cli(env, "articles", "--format", "json").stdout)]
    table = cli(env, "articles").stdout
    assert all(i in table for i in articles)


# --- a name is enough -------------------------------------------------------------------------------------

def test_a_name_or_alias_is_enough_and_an_ambiguous_one_offers_candidates(api):
    r = api.get("/entities/村支部")  # the alias two village branches carry in the sample
    assert r.status_code == 409, r.text
    body = r.json()
    assert len(body["candidates"]) == 2 and body["detail"]
    assert all(c["type"] == "Branch" and c["path"] and c["id"] for c in body["candidates"])
    chosen = body["candidates"][0]["id"]
    assert api.get(f"/entities/{chosen}").json()["id"] == chosen
    r = api.get("/entities/没有这个地方")
    assert r.status_code == 404 and "没有这个地方" in r.json()["detail"]
    graph = api.get("/neighbourhood", params={"ref": "张炉集镇"}).json()
    assert graph["nodes"] and graph["edges"]
    assert api.get("/neighbourhood", params={"ref": "村支部"}).status_code == 409
    path = api.get("/shortest", params={"a": "斗虎屯镇", "b": "山东省"}).json()
    assert path["hops"] == 3 and [n["label"] for n in path["nodes"]][::3] == ["斗虎屯镇", "山东省"]
    assert [n["type"] for n in path["nodes"]] == ["Township", "County", "City", "Province"]
    r = api.get("/queries/neighbourhood", params={"id": "张炉集镇"})
    assert r.status_code == 200 and r.json()["count"] > 0


def test_cli_takes_names_and_lists_the_candidates(ingested):
    proc = cli(ingested, "query", "shortest_connection", "-p", "a=斗虎屯镇", "-p", "b=山东省", "--format", "json")
    assert json.loads(proc.stdout)[0]["names"] == ["斗虎屯镇", "东昌府区", "聊城市", "山东省"]
    proc = cli(ingested, "query", "entity_detail", "-p", "id=村支部", check=False)
    assert proc.returncode == 2 and "2 entities are called '村支部'" in proc.stderr
    assert "新民村" in proc.stderr and "双际村" in proc.stderr  # each candidate's place path


# --- full-text search -------------------------------------------------------------------------------------

def test_full_text_search_finds_the_sentences_and_marks_the_words(api):
    r = api.get("/search/text", params={"q": "集体经济", "size": 5})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] > 20 and len(body["hits"]) == 5 and body["page"] == 1
    for hit in body["hits"]:
        assert all(hit["sentence"][s:e] == "集体经济" for s, e in hit["marks"]) and hit["title"]
    scores = [h["score"] for h in api.get("/search/text", params={"q": "集体经济", "size": 200}).json()["hits"]]
    assert scores == sorted(scores, reverse=True)
    second = api.get("/search/text", params={"q": "集体经济", "size": 5, "page": 2}).json()
    assert second["total"] == body["total"] and second["hits"][0] != body["hits"][0]
    both = api.get("/search/text", params={"q": "集体经济 分红"}).json()
    assert 0 < both["total"] < body["total"]
    assert all("分红" in h["sentence"] and "集体经济" in h["sentence"] for h in both["hits"])
    here = api.get("/search/text", params={"q": "集体经济", "place": "南乐县", "size": 200}).json()
    assert 0 < here["total"] < body["total"]
    assert api.get("/search/text", params={"q": "集体经济", "place": "没有这个县"}).status_code == 404
    assert api.get("/search/text", params={"q": "!!!"}).json()["total"] == 0


# --- roll-ups ---------------------------------------------------------------------------------------------

def test_place_rollup_by_name_as_json_csv_and_cli(api, ingested):
    r = api.get("/places/东昌府区/rollup")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["place"]["name"] == "东昌府区" and body["place"]["path"] == ["山东省", "聊城市"]
    children = {c["name"]: c for c in body["children"]}
    assert {"张炉集镇", "斗虎屯镇"} <= set(children)
    for key in ("villages", "bodies", "investments", "amount_yuan", "programmes", "posts"):
        assert body["totals"][key] >= max(c[key] for c in body["children"]), key
    assert body["totals"]["amount_yuan"] > 0 and body["totals"]["villages"] >= 11
    province = api.get("/places/山东省/rollup").json()
    assert "聊城市" in {c["name"] for c in province["children"]} and province["place"]["path"] == []
    csv = api.get("/places/东昌府区/rollup", params={"format": "csv"}).text
    assert csv.startswith("\ufeff") and csv.lstrip("\ufeff").splitlines()[0].startswith("level,id,name,type,villages")
    assert api.get("/places/全民村党支部/rollup").status_code == 404  # a branch is not a place
    out = json.loads(cli(ingested, "rollup", "东昌府区", "--format", "json").stdout)
    assert out == body


# --- Excel ------------------------------------------------------------------------------------------------

def test_excel_workbooks_of_comparisons_and_queries(api):
    r = api.get("/compare/counties", params=[("names", "南乐县"), ("names", "范县"), ("format", "xlsx")])
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["compare_counties", "evidence"]
    rows = list(book["compare_counties"].values)
    assert rows[0][:2] == ("id", "county") and {row[1] for row in rows[1:]} == {"南乐县", "范县"}
    r = api.get("/queries/branch_cooperatives", params={"branch": "全民村党支部", "format": "xlsx"})
    book = load_workbook(io.BytesIO(r.content))
    evidence = list(book["evidence"].values)
    assert evidence[0] == ("row", "name", "article", "title", "date", "sentence")
    assert len(evidence) > 1 and all(row[2] and row[3] and row[5] for row in evidence[1:])
    assert all("全民村" in row[5] or "合作社" in row[5] for row in evidence[1:])


@pytest.mark.parametrize("path", ["/compare/townships", "/queries/entity_search"])
def test_an_unknown_format_is_refused(api, path):
    assert api.get(path, params={"names": "a,b", "q": "村", "format": "docx"}).status_code == 422
