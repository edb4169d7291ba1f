"""The API under generated and malformed requests, behind a key, and with its store stopped or frozen."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import CORPUS, cli, free_port, health_while_frozen, serve_api


def test_schemathesis_finds_no_server_error_and_no_schema_violation(falkor_api):
    base = str(falkor_api.base_url).rstrip("/")
    proc = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "run", f"{base}/openapi.json", "-n", "30", "--seed", "1",
         "--checks", "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
         "--phases", "examples,coverage,fuzzing"],
        capture_output=True, text=True, timeout=900)
    summary = proc.stdout[-3000:]
    assert proc.returncode == 0, summary
    assert " passed" in summary and "failed" not in summary.split("Test cases:")[-1], summary


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), [
    ("get", "/entities?q=a%00b", {}, 400),
    ("post", "/queries/entity_search", {"content": "q=x", "headers": {"content-type": "text/plain"}}, 422),
    ("post", "/queries/entity_search", {"content": '{"q": "a", "limit": 1e400}',
                                        "headers": {"content-type": "application/json"}}, 422),
    ("post", "/queries/entity_search", {"content": '{"q": "\\ud800"}', "headers": {"content-type": "application/json"}}, 422),
    ("post", "/queries/entity_search", {"content": '{"q": ', "headers": {"content-type": "application/json"}}, 422),
    ("get", "/entities?q=a&skip=4294967296", {}, 422),
    ("get", "/queries/entity_search?q=a&limit=-5", {}, 422),
    ("get", "/queries/entity_search?q=a&skip=4294967296", {}, 422),
    ("delete", "/health", {}, 405),
])
def test_malformed_requests_get_a_4xx_error_body(falkor_api, method, path, kwargs, status):
    resp = getattr(falkor_api, method)(path, **kwargs) if method != "delete" else falkor_api.request("DELETE", path)
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error", "message", "detail"} and body["message"]
    if status == 405:
        assert resp.headers["allow"] == "GET"


def test_binding_beyond_loopback_needs_a_key(store_env):
    proc = cli(dict(store_env, RURALKG_API_KEY=""), "serve", "--host", "0.0.0.0", "--port", str(free_port()),
               check=False)
    assert proc.returncode == 2 and "RURALKG_API_KEY" in proc.stderr


def test_with_a_key_every_request_must_carry_it(falkor_ingested, store_env):
    env = dict(store_env, RURALKG_API_KEY="s3cret-key")
    gen = serve_api(env)
    client = next(gen)
    try:
        base = str(client.base_url).rstrip("/")
        assert httpx.get(base + "/health").status_code == 401
        assert httpx.get(base + "/health", headers={"X-API-Key": "wrong"}).status_code == 401
        assert httpx.get(base + "/health", headers={"X-API-Key": "s3cret-key"}).status_code == 200
        page = httpx.get(base + "/?key=s3cret-key")
        assert page.status_code == 200 and "ruralkg_key=" in page.headers["set-cookie"]
        assert httpx.get(base + "/health", cookies={"ruralkg_key": "s3cret-key"}).status_code == 200
    finally:
        gen.close()


@pytest.fixture()
def own_store(store_env, tmp_path):
    """A private embedded store holding one article, for the fault tests."""
    env = dict(store_env, RURALKG_DATA=str(tmp_path), RURALKG_FALKOR_PORT=str(free_port()),
               RURALKG_QUERY_TIMEOUT_MS="2000")
    cli(env, "store", "start")
    cli(env, "ingest", str(next(CORPUS.glob("d01_*.txt"))))
    yield env
    cli(env, "store", "stop", check=False)


def _pid(env) -> int:
    from pathlib import Path

    return int((Path(env["RURALKG_DATA"]) / "falkordb" / "redis.pid").read_text().strip())


def test_a_stopped_store_gives_503_with_retry_after(own_store):
    gen = serve_api(own_store)
    client = next(gen)
    try:
        assert client.get("/health").status_code == 200
        cli(own_store, "store", "stop")
        resp = client.get("/health")
        assert resp.status_code == 503 and resp.headers["retry-after"].isdigit()
        assert resp.json()["error"] == "store_unavailable"
        cli(own_store, "store", "start")
        deadline = time.monotonic() + 3  # the breaker probes the store a few times a second
        while client.get("/health").status_code != 200:
            assert time.monotonic() < deadline, "the API did not see the store come back"
            time.sleep(0.1)
    finally:
        gen.close()


def test_a_frozen_store_does_not_hang_the_api(own_store):
    resp, waited = health_while_frozen(own_store, _pid(own_store))
    assert resp.status_code == 503, resp.text
    assert waited < 15, waited
    time.sleep(0.5)


@pytest.fixture()
def repeated_fact_store(store_env, tmp_path):
    """Twelve articles of our own that each state one village's township: one relation, twelve sentences."""
    env = dict(store_env, RURALKG_DATA=str(tmp_path / "data"), RURALKG_FALKOR_PORT=str(free_port()))
    docs = tmp_path / "articles"
    docs.mkdir()
    crops = ["茶叶", "柑橘", "蔬菜", "花生", "香菇", "蜂蜜", "核桃", "葡萄", "草莓", "西瓜", "板栗", "红薯"]
    for n, crop in enumerate(crops):
        (docs / f"a{n:02d}.txt").write_text(
            f"{crop}产业助农增收\n\n第{n + 1}年，青山县柳林镇王庄村种植{crop}{n + 3}00亩，带动农户增收。\n",
            encoding="utf-8")
    cli(env, "store", "start")
    cli(env, "ingest", str(docs))
    yield env
    cli(env, "store", "stop", check=False)


def test_answers_are_capped_and_say_so(repeated_fact_store):
    gen = serve_api(repeated_fact_store)
    client = next(gen)
    try:
        village = client.get("/entities", params={"q": "王庄村", "type": "Village"}).json()["results"][0]["id"]
        detail = client.get(f"/entities/{village}", params={"limit": 5}).json()
        located = next(n for n in detail["neighbours"] if n["type"] == "LOCATED_IN")
        assert located["properties"]["evidence_count"] == 12
        assert len(located["properties"]["evidence_sentences"]) == 5  # the default: five per neighbour
        assert len(detail["articles"]) == 5 and detail["article_count"] == 12 and detail["truncated"]

        view = client.get(f"/entities/{village}/graph").json()
        edge = next(e for e in view["edges"] if e["type"] == "LOCATED_IN" and e["source"] == village)
        assert len(edge["evidence"]) == 3 and edge["evidence_count"] == 12 and view["truncated"]

        pages = [client.get(f"/relations/{edge['id']}/evidence", params={"skip": s, "limit": 5}).json()
                 for s in (0, 5, 10, 15)]
        assert [len(p["evidence"]) for p in pages] == [5, 5, 2, 0]
        assert all(p["evidence_count"] == 12 for p in pages)
        assert len({e["sentence"] for p in pages for e in p["evidence"]}) == 12  # pages never overlap
        assert client.get(f"/relations/{edge['id']}/evidence", params={"limit": 0}).status_code == 422
        assert client.get(f"/entities/{village}", params={"evidence": 101}).status_code == 422
    finally:
        gen.close()
