"""A real Neo4j 5.26 Community on this machine, without Docker: the launcher in ``tools/neo4j``.

``tools/neo4j`` holds a Maven project (pinned Neo4j and Neo4j Browser artifacts from Maven Central)
and one Java class that runs the server in its JVM. This module builds it when needed, starts it as
a daemon on loopback with its data in ``RURALKG_DATA/neo4j``, waits until it answers, and stops it
with SIGTERM (the launcher shuts the server down cleanly). The password of the ``neo4j`` user is
generated once and kept in ``RURALKG_DATA/neo4j/password`` (mode 600); ``Settings`` reads it from
there when ``NEO4J_PASSWORD`` is not set. The test suite starts the same launcher on free ports.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from ruralkg.graph.embedded import StoreError
from ruralkg.settings import PROJECT_ROOT, Settings

LAUNCHER_DIR = PROJECT_ROOT / "tools" / "neo4j"
LAUNCHER_JAR = LAUNCHER_DIR / "target" / "ruralkg-neo4j-1.0.jar"
CLASSPATH_FILE = LAUNCHER_DIR / "target" / "classpath.txt"
READY = "RURALKG_NEO4J_READY"
START_TIMEOUT_S = 180.0


@dataclass
class Neo4jStatus:
    running: bool
    pid: int | None
    bolt_uri: str
    browser_url: str
    home: Path

    def describe(self) -> str:
        if not self.running:
            return f"local Neo4j: stopped (data in {self.home})"
        return f"local Neo4j: running, pid {self.pid}, {self.bolt_uri}, Browser {self.browser_url} (data in {self.home})"


def build_launcher(quiet: bool = True) -> None:
    """Compile the launcher and resolve its classpath with Maven (offline after the first time)."""
    if LAUNCHER_JAR.exists() and CLASSPATH_FILE.exists():
        sources = list((LAUNCHER_DIR / "src").rglob("*.java")) + [LAUNCHER_DIR / "pom.xml"]
        if all(p.stat().st_mtime <= LAUNCHER_JAR.stat().st_mtime for p in sources):
            return
    if shutil.which("mvn") is None or shutil.which("java") is None:
        raise StoreError("the local Neo4j needs Java 17 and Maven (apt-get install openjdk-17-jdk-headless maven), "
                         "or use Docker: docker compose up neo4j")
    cmd = ["mvn", "-B", "package"] + (["-q"] if quiet else [])
    proc = subprocess.run(cmd, cwd=LAUNCHER_DIR, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise StoreError(f"building the Neo4j launcher in {LAUNCHER_DIR} failed:\n{tail}")


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        # as the server binds it: connections of a stopped server left in TIME_WAIT do not block it
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _extra_settings() -> list[str]:
    """Other Neo4j settings for the local server: RURALKG_NEO4J_SETTINGS="name=value;name=value"."""
    out = []
    for item in filter(None, (x.strip() for x in os.environ.get("RURALKG_NEO4J_SETTINGS", "").split(";"))):
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise StoreError(f"RURALKG_NEO4J_SETTINGS: {item!r} is not name=value")
        out.append(f"-Dneo4j.setting.{name.strip()}={value.strip()}")
    return out


class LocalNeo4j:
    """Start, stop and inspect the project's own Neo4j server (one per data folder)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.home = settings.data_dir / "neo4j"
        self.bolt_port = settings.neo4j_bolt_port
        self.http_port = settings.neo4j_http_port

    @property
    def pidfile(self) -> Path:
        return self.home / "launcher.pid"

    @property
    def logfile(self) -> Path:
        return self.home / "launcher.log"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"

    def _pid(self) -> int | None:
        try:
            pid = int(self.pidfile.read_text().strip())
            os.kill(pid, 0)
        except (OSError, ValueError):
            return None
        return pid

    def _answers(self) -> bool:
        with socket.socket() as sock:
            sock.settimeout(1.0)
            return sock.connect_ex(("127.0.0.1", self.bolt_port)) == 0

    def status(self) -> Neo4jStatus:
        pid = self._pid()
        return Neo4jStatus(pid is not None and self._answers(), pid, self.bolt_uri, self.browser_url, self.home)

    def password(self) -> str:
        """The generated password of user ``neo4j``, created on first use and readable by its owner only."""
        self.home.mkdir(parents=True, exist_ok=True)
        os.chmod(self.home, 0o700)
        if not self.password_file.exists():
            fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(18))
        return self.password_file.read_text().strip()

    def start(self, timeout_s: float = START_TIMEOUT_S) -> Neo4jStatus:
        current = self.status()
        if current.running:
            return current
        build_launcher()
        for name, port in (("RURALKG_NEO4J_BOLT_PORT", self.bolt_port), ("RURALKG_NEO4J_HTTP_PORT", self.http_port)):
            if not _port_free(port):
                raise StoreError(f"port {port} is in use by another program; choose another with {name}=PORT")
        self.password()
        classpath = f"{LAUNCHER_JAR}{os.pathsep}{CLASSPATH_FILE.read_text().strip()}"
        heap = os.environ.get("RURALKG_NEO4J_HEAP", "1g")
        # transaction logs kept: two files of 64 MB unless told (RURALKG_NEO4J_TXLOG_RETENTION="7 days" …)
        retention = os.environ.get("RURALKG_NEO4J_TXLOG_RETENTION", "2 files")
        # the page cache holds the store files' pages; too small a cache re-reads them on every batch
        pagecache = os.environ.get("RURALKG_NEO4J_PAGECACHE", "128m")
        cmd = ["java", f"-Xmx{heap}", "-XX:+UseSerialGC", f"-Druralkg.txlog.retention={retention}",
               f"-Druralkg.pagecache={pagecache}", *_extra_settings(),
               "-cp", classpath, "ruralkg.Neo4jLauncher",
               str(self.home / "server"), str(self.bolt_port), str(self.http_port), str(self.password_file)]
        log = open(self.logfile, "w")  # noqa: SIM115 - handed to the daemon, closed here after Popen
        try:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    start_new_session=True)
        finally:
            log.close()
        self.pidfile.write_text(str(proc.pid))
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise StoreError(f"Neo4j exited while starting (code {proc.returncode}); see {self.logfile}:\n"
                                 + "\n".join(self.logfile.read_text(errors="replace").splitlines()[-8:]))
            if READY in self.logfile.read_text(errors="replace"):
                return self.status()
            time.sleep(0.25)
        self.stop()
        raise StoreError(f"Neo4j did not answer within {timeout_s:.0f} s; see {self.logfile}")

    def stop(self, timeout_s: float = 60.0) -> bool:
        """SIGTERM and wait (the launcher stops the server cleanly); SIGKILL only if it does not end."""
        pid = self._pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not _alive(pid):
                break
            time.sleep(0.2)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pidfile.unlink(missing_ok=True)
        return True


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
