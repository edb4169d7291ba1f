"""Nothing left behind: damaged data files are reported at start with the command that repairs them, and
an ingest whose store dies after its last commit still writes its report and prints its summary."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import CORPUS, cli, free_port, settings_of


@pytest.fixture()
def small_store(store_env, tmp_path):
    env = dict(store_env, RURALKG_DATA=str(tmp_path / "data"), RURALKG_FALKOR_PORT=str(free_port()))
    cli(env, "store", "start")
    cli(env, "ingest", str(next(CORPUS.glob("d01_*.txt"))))
    yield env
    cli(env, "store", "stop", check=False)


def _kill(env) -> None:
    from ruralkg.graph.embedded import EmbeddedFalkor

    EmbeddedFalkor(settings_of(env)).kill()


def _articles(env) -> int:
    return len(json.loads(cli(env, "articles", "--format", "json").stdout))


def test_a_log_cut_short_is_reported_and_repaired(small_store):
    env = small_store
    aof_dir = Path(env["RURALKG_DATA"]) / "falkordb" / "appendonlydir"
    cli(env, "ingest", str(next(CORPUS.glob("d02_*.txt"))))
    _kill(env)
    incr = max(aof_dir.glob("*.incr.aof"), key=lambda p: p.stat().st_size)
    load = incr.read_bytes().rfind(b"CYPHER `articles`=")  # the statement that loads the second article
    assert load > 0
    os.truncate(incr, load + 200)  # that statement half written (and nothing after it), as a crash mid-write leaves it
    start = cli(env, "store", "start", check=False)
    assert start.returncode == 1, start.stderr
    assert "is damaged" in start.stderr and "ruralkg store repair" in start.stderr
    repair = cli(env, "store", "repair", check=False)
    assert repair.returncode == 0, repair.stderr
    assert "repaired" in repair.stderr and "backup-" in repair.stderr
    cli(env, "store", "start")
    assert _articles(env) == 1  # the statement cut was the second article's load; the first is whole
    assert cli(env, "store", "repair", check=False).returncode == 1  # refused while the store runs


def test_a_damaged_snapshot_is_reported_and_moved_aside(small_store):
    env = small_store
    cli(env, "store", "stop")  # compacts the log into its snapshot
    aof_dir = Path(env["RURALKG_DATA"]) / "falkordb" / "appendonlydir"
    base = next(aof_dir.glob("*.base.rdb"))
    os.truncate(base, base.stat().st_size // 2)
    start = cli(env, "store", "start", check=False)
    assert start.returncode == 1 and "is damaged" in start.stderr and "ruralkg store repair" in start.stderr
    repair = cli(env, "store", "repair", check=False)
    assert repair.returncode == 1 and "--move-aside" in repair.stderr
    moved = cli(env, "store", "repair", "--move-aside")
    assert "starts from its last snapshot" in moved.stderr  # the one `store stop` saved beside the log
    cli(env, "store", "start")
    assert _articles(env) == 1
    cli(env, "ingest", str(next(CORPUS.glob("d02_*.txt"))))
    assert _articles(env) == 2


def test_the_summary_survives_a_store_that_dies_after_the_last_commit(small_store, tmp_path, capsys):
    from ruralkg import cli as cli_module
    from ruralkg.graph.ingest_job import run_ingest
    from ruralkg.graph.store import open_store

    env = small_store
    store = open_store(settings_of(env))
    report = run_ingest(store, [next(CORPUS.glob("d02_*.txt"))], workers=1)
    assert report.summary()["loaded"] == 1
    _kill(env)  # after the last commit, before the totals are read
    summary = cli_module._summarise(store, report)
    store.close()
    assert summary["loaded"] == 1 and "after_load_error" in summary and "store_error" not in summary
    assert "every load was committed" in capsys.readouterr().err
