"""Fixtures that start real things: the project's FalkorDB server and the API under uvicorn."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def ingested(store_env: dict[str, str]):
    """The sample corpus loaded into a fresh embedded store; stopped at the end."""
    cli(store_env, "store", "start")
    proc = cli(store_env, "ingest", str(CORPUS))
    yield proc
    cli(store_env, "store", "stop", check=False)


@pytest.fixture(scope="session")
def settings_for(store_env):
    def make():
        from ruralkg.settings import Settings

        old = dict(os.environ)
        os.environ.update(store_env)
        try:
            return Settings()
        finally:
            os.environ.clear()
            os.environ.update(old)

    return make


@pytest.fixture(scope="session")
def store(ingested, settings_for):
    from ruralkg.graph.store import open_store

    s = open_store(settings_for())
    yield s
    s.close()


@pytest.fixture(scope="session")
def api(ingested, store_env):
    """The real API over HTTP, against the ingested store."""
    port = free_port()
    proc = subprocess.Popen([*RURALKG, "serve", "--port", str(port)], env=store_env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("the API did not come up: " + (proc.stdout.read().decode() if proc.stdout else ""))
    with httpx.Client(base_url=base, timeout=30) as client:
        yield client
    proc.terminate()
    proc.wait(10)
