"""Requests within bounds and responses with their security headers, over HTTP against the real API."""

from __future__ import annotations

import subprocess
import time

import httpx
import pytest

from tests.conftest import ROOT, RURALKG, free_port

JSON = {"content-type": "application/json"}


def _error(resp: httpx.Response, status: int) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error", "message", "detail"} and body["message"]
    return body


def test_deep_json_is_refused_not_a_crash(falkor_api):
    deep = "[" * 2000 + "]" * 2000
    _error(falkor_api.post("/queries/entity_search", content='{"q": ' + deep + "}", headers=JSON), 422)
    body = _error(falkor_api.post("/queries/entity_search", content=deep, headers=JSON), 422)
    assert "levels deep" in body["message"]
    # nested lists inside a string parameter (parsed by the saved query's list coercion)
    _error(falkor_api.post("/queries/compare_counties", content='{"names": "' + deep + '"}', headers=JSON), 422)
    _error(falkor_api.get("/queries/compare_counties", params={"names": deep}), 422)
    # brackets inside strings are text, not depth
    ok = falkor_api.post("/queries/entity_search", content='{"q": "' + "[" * 2000 + '"}', headers=JSON)
    assert ok.status_code == 200, ok.text


def test_big_bodies_get_413_without_being_read(falkor_api):
    big = b'{"q": "' + b"a" * 2_000_000 + b'"}'
    _error(falkor_api.post("/queries/entity_search", content=big, headers=JSON), 413)

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(40):
            yield b" " * 100_000

    _error(falkor_api.post("/queries/entity_search", content=chunks(), headers=JSON), 413)
    many = "[" + ",".join(["1"] * 150_000) + "]"
    assert "values" in _error(falkor_api.post("/queries/entity_search", content=many, headers=JSON), 422)["message"]


@pytest.mark.parametrize("path", ["/", "/health", "/web/app.js", "/docs", "/no/such/route", "/entities?q=a%00"])
def test_every_response_carries_the_security_headers(falkor_api, path):
    resp = falkor_api.get(path)
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert resp.headers["x-frame-options"] == "DENY"
    csp = resp.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert ("'unsafe-inline'" in csp.split("script-src")[1].split(";")[0]) == (path == "/docs")


def test_csv_cells_never_reach_a_spreadsheet_as_formulas():
    from ruralkg.graph.queries import rows_to_csv

    text = rows_to_csv([{"name": "=HYPERLINK(\"http://x\")", "n": -3, "note": "+1", "who": "@SUM(A1)",
                         "list": ["-x", "ok"], "plain": "王庄村"}])
    row = text.splitlines()[1]
    assert "'=HYPERLINK" in row and ",-3," in row and "'+1" in row and "'@SUM" in row and "'-x" in row
    assert row.endswith(",王庄村")


def test_the_key_stays_out_of_the_log_and_the_cookie_is_only_for_key(falkor_ingested, store_env, tmp_path):
    key = "s3cret-key-9"
    port = free_port()
    log = (tmp_path / "api.log").open("wb")
    proc = subprocess.Popen([*RURALKG, "serve", "--port", str(port)], env=dict(store_env, RURALKG_API_KEY=key),
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 401:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the API did not come up"
            time.sleep(0.2)
        page = httpx.get(base + "/", params={"key": key})
        assert page.status_code == 200 and "ruralkg_key=" in page.headers["set-cookie"]
        assert "secure" not in page.headers["set-cookie"].lower()
        # a key in another parameter (?monkey=…) sets no cookie, nor does a request with the header only
        assert "set-cookie" not in httpx.get(base + "/", params={"monkey": key}, headers={"X-API-Key": key}).headers
        assert "set-cookie" not in httpx.get(base + "/", headers={"X-API-Key": key}).headers
        # behind an HTTPS proxy on this machine (uvicorn trusts X-Forwarded-Proto from loopback)
        proxied = httpx.get(base + "/", params={"key": key}, headers={"X-Forwarded-Proto": "https"})
        assert "; Secure" in proxied.headers["set-cookie"]
        assert httpx.get(base + "/health", params={"key": key}).status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()
    text = (tmp_path / "api.log").read_text(errors="replace")
    assert "GET /?key=[redacted]" in text and "/health?key=[redacted]" in text
    assert key not in text
