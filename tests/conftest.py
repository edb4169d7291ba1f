"""Fixtures that start real things: the project's FalkorDB server, a real Neo4j 5.26, the API under uvicorn.

``engine_env`` is parametrised over both engines: every test that asks for it (or for ``ingested``,
``store`` or ``api``) runs once on the embedded FalkorDB and once on Neo4j. The Neo4j runs carry
the marker ``neo4j`` (``pytest -m neo4j`` runs just them). Tests of the embedded server's own
lifecycle ask for ``store_env``/``falkor_ingested`` and run on FalkorDB only.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
RURALKG = [sys.executable, "-m", "ruralkg.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def store_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for a private embedded store: its own data dir and port."""
    env = dict(os.environ)
    env.pop("NEO4J_URI", None)
    env["RURALKG_DATA"] = str(tmp_path_factory.mktemp("data"))
    env["RURALKG_FALKOR_PORT"] = str(free_port())
    return env


def cli(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([*RURALKG, *args], env=env, capture_output=True, text=True, cwd=ROOT, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"ruralkg {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


ENGINES = [pytest.param("falkordb", id="falkordb"), pytest.param("neo4j", id="neo4j", marks=pytest.mark.neo4j)]


def settings_of(env: dict[str, str]):
    """The Settings a command run with ``env`` would see."""
    from ruralkg.settings import Settings

    old = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        return Settings()
    finally:
        os.environ.clear()
        os.environ.update(old)


@pytest.fixture(scope="session")
def falkor_ingested(store_env: dict[str, str]):
    """The sample corpus loaded into a fresh embedded store; stopped at the end."""
    cli(store_env, "store", "start")
    proc = cli(store_env, "ingest", str(CORPUS))
    yield proc
    cli(store_env, "store", "stop", check=False)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Neo4j 5.26 Community (tools/neo4j) on free loopback ports, for the whole session."""
    from ruralkg.graph.neo4j_local import LocalNeo4j

    env = dict(os.environ)
    env.update(RURALKG_DATA=str(tmp_path_factory.mktemp("neo4j-data")),
               RURALKG_NEO4J_BOLT_PORT=str(free_port()), RURALKG_NEO4J_HTTP_PORT=str(free_port()),
               RURALKG_NEO4J_HEAP="768m")
    server = LocalNeo4j(settings_of(env))
    started = time.monotonic()
    status = server.start()
    env["NEO4J_URI"] = status.bolt_uri
    env["NEO4J_PASSWORD"] = server.password()
    env["RURALKG_NEO4J_START_SECONDS"] = f"{time.monotonic() - started:.1f}"
    yield env
    server.stop()


@pytest.fixture(scope="session", params=ENGINES)
def engine_env(request: pytest.FixtureRequest, store_env: dict[str, str]) -> dict[str, str]:
    """The environment of a store that holds the sample corpus: FalkorDB or Neo4j."""
    if request.param == "falkordb":
        proc = request.getfixturevalue("falkor_ingested")
        return dict(store_env, RURALKG_INGEST_OUTPUT=proc.stdout)
    env = dict(request.getfixturevalue("neo4j_server"))
    cli(env, "reset", "--yes")
    env["RURALKG_INGEST_OUTPUT"] = cli(env, "ingest", str(CORPUS)).stdout
    return env


@pytest.fixture(scope="session")
def ingested(engine_env: dict[str, str]) -> dict[str, str]:
    """The environment of a store holding the sample corpus; its ingest summary is the last line of
    ``RURALKG_INGEST_OUTPUT`` (Neo4j) or of the FalkorDB session ingest."""
    return engine_env


@pytest.fixture(scope="session")
def settings_for(engine_env):
    return lambda: settings_of(engine_env)


@pytest.fixture(scope="session")
def store(engine_env):
    from ruralkg.graph.store import open_store

    s = open_store(settings_of(engine_env))
    yield s
    s.close()


@pytest.fixture(scope="session")
def api(engine_env):
    """The real API over HTTP, against the ingested store."""
    yield from serve_api(engine_env)


@pytest.fixture(scope="session")
def falkor_api(falkor_ingested, store_env):
    """The real API over HTTP on the embedded store only (the web explorer's tests)."""
    yield from serve_api(store_env)


def serve_api(engine_env: dict[str, str]):
    """Start `ruralkg serve` on a free port (its log in a file, so a full pipe never blocks it)."""
    import tempfile

    port = free_port()
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([*RURALKG, "serve", "--port", str(port)], env=engine_env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=1).status_code in (200, 401):  # 401: up, behind a key
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        log.seek(0)
        raise RuntimeError("the API did not come up: " + log.read().decode(errors="replace"))
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            yield client
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


def health_while_frozen(env: dict[str, str], pid: int) -> tuple[httpx.Response, float]:
    """``GET /health`` while the store's process is stopped (SIGSTOP): the answer and the seconds it took."""
    gen = serve_api(env)
    client = next(gen)
    try:
        assert client.get("/health").status_code == 200
        os.kill(pid, signal.SIGSTOP)
        started = time.monotonic()
        resp = client.get("/health", timeout=60)
        return resp, time.monotonic() - started
    finally:
        os.kill(pid, signal.SIGCONT)
        gen.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium under Playwright (Playwright's own browser download does not work here)."""
    import shutil

    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.fail("Chromium is needed for the browser tests: apt-get install chromium (./run test does it)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()
