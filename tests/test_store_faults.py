"""A store that does not answer costs the API nothing, and the CLI says what the store is doing.

The real embedded store is frozen with SIGSTOP (it accepts connections and never answers, as a hung
machine does) while the real API serves 60 requests at once."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS, cli, free_port, serve_api


@pytest.fixture()
def own_store(store_env, tmp_path):
    env = dict(store_env, RURALKG_DATA=str(tmp_path / "data"), RURALKG_FALKOR_PORT=str(free_port()),
               RURALKG_QUERY_TIMEOUT_MS="5000")
    cli(env, "store", "start")
    cli(env, "ingest", str(next(CORPUS.glob("d01_*.txt"))))
    yield env
    cli(env, "store", "stop", check=False)


def _pid(env) -> int:
    return int((Path(env["RURALKG_DATA"]) / "falkordb" / "redis.pid").read_text().strip())


STORE_BACKED = ["/health", "/entities?q=村", "/queries/entity_search?q=镇", "/articles", "/queries"]


async def _burst(base: str, n: int) -> tuple[list[tuple[int, str | None, float]], float, int]:
    """``n`` store-backed requests at once, and the explorer page asked 50 ms into the burst."""
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=n + 5)) as client:
        async def one(path: str) -> tuple[int, str | None, float]:
            started = time.monotonic()
            resp = await client.get(path)
            return resp.status_code, resp.headers.get("retry-after"), time.monotonic() - started

        async def page() -> tuple[float, int]:
            await asyncio.sleep(0.05)
            started = time.monotonic()
            resp = await client.get("/")
            return time.monotonic() - started, resp.status_code

        results = await asyncio.gather(*(one(STORE_BACKED[i % len(STORE_BACKED)]) for i in range(n)), page())
    *answers, (page_s, page_status) = results
    return answers, page_s, page_status


def test_a_frozen_store_costs_the_api_nothing(own_store):
    gen = serve_api(own_store)
    client = next(gen)
    pid = _pid(own_store)
    try:
        for path in STORE_BACKED:  # every route has run once: what is measured is the wait, not a first load
            assert client.get(path).status_code == 200, path
        base = str(client.base_url).rstrip("/")
        os.kill(pid, signal.SIGSTOP)
        # on a thread of its own: Playwright's tests leave an event loop running on this one
        with ThreadPoolExecutor(1) as pool:
            answers, page_s, page_status = pool.submit(asyncio.run, _burst(base, 60)).result()
        assert {status for status, _, _ in answers} == {503}, answers
        assert all(retry and retry.isdigit() for _, retry, _ in answers)
        slowest = max(seconds for _, _, seconds in answers)
        print(f"frozen store: 60 requests, slowest {slowest:.3f} s; / in {page_s:.3f} s")
        # the breaker needs SUSPECT_AFTER_S + PROBE_TIMEOUT_S (0.5 s); without it every request would wait
        # out its socket timeout (query timeout + 5 s = 10 s). 2 s leaves room for a busy 2-core CI machine.
        assert slowest < 2.0, f"the slowest answer took {slowest:.2f} s"
        assert page_status == 200 and page_s < 0.5, f"/ took {page_s:.3f} s"
        assert client.get("/web/app.js").status_code == 200

        # known down now: answered at once, and the export says so before it sends a 200
        started = time.monotonic()
        assert client.get("/health").status_code == 503 and time.monotonic() - started < 0.5
        export = client.get("/export", params={"format": "nt"})
        assert export.status_code == 503 and export.json()["error"] == "store_unavailable"

        # the CLI tells a frozen store from a stopped one
        status = cli(own_store, "store", "status", check=False)
        assert status.returncode == 3 and f"not answering; process {pid} is stopped" in status.stdout
        start = cli(own_store, "store", "start", check=False)
        assert start.returncode == 1 and f"process {pid} is stopped" in start.stderr
        assert "another program" not in start.stderr
    finally:
        os.kill(pid, signal.SIGCONT)
    try:
        deadline = time.monotonic() + 5
        while client.get("/health").status_code != 200:  # the breaker closes once the store answers
            assert time.monotonic() < deadline, "the API did not see the store come back"
            time.sleep(0.1)
        assert client.get("/export", params={"format": "nt"}).status_code == 200
    finally:
        gen.close()


def test_a_foreign_program_on_the_port_is_named_as_such(store_env, tmp_path):
    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
        sock.listen()
        env = dict(store_env, RURALKG_DATA=str(tmp_path / "data"), RURALKG_FALKOR_PORT=str(port))
        proc = cli(env, "store", "start", check=False)
    assert proc.returncode == 1 and "in use by another program" in proc.stderr
    assert cli(env, "store", "status", check=False).stdout.startswith("embedded FalkorDB: stopped")


def test_the_data_folder_is_never_chmodded_and_a_shared_one_is_refused(store_env, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    env = dict(store_env, RURALKG_DATA=str(shared), RURALKG_FALKOR_PORT=str(free_port()))
    proc = cli(env, "store", "start", check=False)
    assert proc.returncode == 1 and "writable by every user" in proc.stderr and "RURALKG_DATA" in proc.stderr
    assert os.stat(shared).st_mode & 0o7777 == 0o1777  # the sticky bit and the mode are untouched
    assert not (shared / "falkordb").exists()

    mine = tmp_path / "mine"
    mine.mkdir()
    os.chmod(mine, 0o755)
    env = dict(store_env, RURALKG_DATA=str(mine), RURALKG_FALKOR_PORT=str(free_port()))
    try:
        cli(env, "store", "start")
        assert os.stat(mine).st_mode & 0o7777 == 0o755  # not the project's folder: its mode is kept
        assert os.stat(mine / "falkordb").st_mode & 0o777 == 0o700  # the project's own folder inside it
    finally:
        cli(env, "store", "stop", check=False)
