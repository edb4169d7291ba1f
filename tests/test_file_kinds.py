"""Content, not names, decides what a file is: binary files named .txt, FIFOs and devices, ingested into
the real store; and an ingest killed with -9 leaves none of its workers behind."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from ruralkg.ingest.filetype import describe, looks_like_text, sniff
from tests.bad_inputs import TEXT
from tests.conftest import CORPUS, ROOT, RURALKG, cli


def _zip_of(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", text)
    return buf.getvalue()


def _random_no_nul(size: int) -> bytes:
    return bytes(b for b in os.urandom(size * 2) if b)[:size]


def test_kinds_by_content():
    article = (TEXT * 20).encode("utf-8")
    assert sniff(article) == "text" and sniff((TEXT * 20).encode("gb18030")) == "text"
    assert sniff((TEXT * 20).encode("utf-16-le")) == "text"
    assert sniff(_zip_of(TEXT * 20)) == "zip"
    assert sniff(b"%PDF-1.7\n" + article) == "pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n" + article) == "png" and describe("png") == "an image (png)"
    assert sniff(Path("/bin/sh").resolve().read_bytes()[:8192]) == "elf"
    for _ in range(20):  # random bytes never pass for text, whatever they hold
        assert not looks_like_text(_random_no_nul(8192))
        assert not looks_like_text(os.urandom(8192))


@pytest.fixture()
def kinds_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "kinds"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "zipped.txt").write_bytes(_zip_of(TEXT * 20))
    (folder / "random.txt").write_bytes(_random_no_nul(64 * 1024))
    (folder / "pdf_header.txt").write_bytes(b"%PDF-1.4\n" + (TEXT * 5).encode("utf-8"))
    db = sqlite3.connect(folder / "database.txt")
    db.execute("CREATE TABLE t (x TEXT)")
    db.execute("INSERT INTO t VALUES (?)", (TEXT * 5,))
    db.commit()
    db.close()
    (folder / "spaces.txt").write_text(" \u3000\n\t\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    return folder


def test_binary_files_fifos_and_devices_are_refused_with_their_kind(falkor_ingested, store_env, kinds_folder,
                                                                    tmp_path):
    env = dict(store_env, RURALKG_GRAPH="file_kinds", RURALKG_MAX_ARTICLE_BYTES="100000")
    report_file = tmp_path / "report.json"
    fifo = kinds_folder / "pipe.txt"
    started = time.monotonic()
    proc = cli(env, "ingest", str(kinds_folder), str(fifo), "/dev/zero", "--report", str(report_file), check=False)
    assert time.monotonic() - started < 120  # neither the FIFO nor /dev/zero held it
    assert proc.returncode == 0, proc.stderr
    files = json.loads(report_file.read_text(encoding="utf-8"))["files"]
    by_name = {}
    for f in files:
        by_name.setdefault(Path(f["path"]).name, []).append(f)
    assert [f["outcome"] for f in by_name["good.txt"]] == ["loaded"]
    reasons = {name: by_name[name][0]["reason"] for name in by_name}
    assert all(by_name[n][0]["outcome"] == "refused" for n in by_name if n != "good.txt"), files
    assert "a ZIP archive" in reasons["zipped.txt"]
    assert "binary data" in reasons["random.txt"]
    assert "not a readable PDF" in reasons["pdf_header.txt"]  # read as the PDF it says it is, and refused
    assert "an SQLite database" in reasons["database.txt"]
    assert "only whitespace" in reasons["spaces.txt"]
    assert all("named pipe" in f["reason"] for f in by_name["pipe.txt"])
    assert "not a regular file (a device)" in reasons["zero"]
    titles = json.loads(cli(env, "articles", "--format", "json").stdout)
    assert len(titles) == 1  # only the good article became one


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.add(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_ingest_leaves_no_worker_behind(falkor_ingested, store_env):
    env = dict(store_env, RURALKG_GRAPH="killed_ingest")
    proc = subprocess.Popen([*RURALKG, "ingest", str(CORPUS), "--workers", "2"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the ingest never started its workers"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]
