"""A store that does not answer costs the API nothing: short waits, a circuit breaker, a background probe.

A stopped store refuses connections at once, but a frozen one (SIGSTOP, a hung disk) accepts them and
never answers, so every request would wait out its socket timeout and the worker pool would fill.
``GuardedStore`` runs each call on its own pool and waits in short slices: a call that takes longer
than ``SUSPECT_AFTER_S`` wakes the probe, which asks the server for a PING (or ``RETURN 1``) on a
connection of its own. A probe that gets no answer within ``PROBE_TIMEOUT_S`` opens the breaker: the
waiting calls and every new one fail at once with ``StoreUnavailable`` (the API's 503 with
Retry-After) until a later probe, every ``PROBE_OPEN_EVERY_S``, gets its answer again. A long query
on a store that answers its PING is left to run to its own time limit.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from ruralkg.graph.store import Row, Store, StoreUnavailable, open_store
from ruralkg.settings import Settings

log = logging.getLogger("ruralkg.graph.breaker")

SUSPECT_AFTER_S = 0.1  # a call still waiting this long has the store probed
PROBE_TIMEOUT_S = 0.4  # with a call waiting, a store that does not answer its probe within this is down
PROBE_IDLE_TIMEOUT_S = 2.0  # with none waiting, the probe may take this long (a busy machine is not a down store)
PROBE_OPEN_EVERY_S = 0.25  # while down, how often the store is probed
PROBE_IDLE_EVERY_S = 2.0  # while up, how often it is probed anyway (so a freeze is known early)
SLICE_S = 0.02
# calls stuck on a frozen socket hold a thread until their socket timeout; they never hold a request
_CALLS = ThreadPoolExecutor(max_workers=64, thread_name_prefix="store-call")


class Breaker:
    """Open (the store is known down) or closed; a daemon thread probes and opens or closes it."""

    def __init__(self, probe: Callable[[], None], name: str = "store"):
        self.probe = probe
        self.name = name
        self._lock = threading.Lock()
        self._open_since: float | None = None
        self._reason = ""
        self._wake = threading.Event()
        self._probing: Future | None = None
        self._prober = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-probe")
        self._thread = threading.Thread(target=self._loop, name="store-breaker", daemon=True)
        self._thread.start()

    @property
    def is_open(self) -> bool:
        return self._open_since is not None

    def retry_after_s(self) -> int:
        return 1

    def check(self) -> None:
        """Raise at once while the store is known to be down."""
        since = self._open_since
        if since is not None:
            raise StoreUnavailable(f"the {self.name} is not answering ({self._reason}; known for "
                                   f"{time.monotonic() - since:.1f} s); try again shortly")

    def trip(self, reason: str) -> None:
        with self._lock:
            if self._open_since is None:
                self._open_since = time.monotonic()
                log.warning("%s not answering: %s", self.name, reason)
            self._reason = reason
        self._wake.set()

    def suspect(self) -> None:
        """A call is waiting longer than it should: probe now, and expect a quick answer."""
        self._suspected = True
        self._wake.set()

    _suspected = False

    def _loop(self) -> None:
        while True:
            self._wake.wait(PROBE_OPEN_EVERY_S if self.is_open else PROBE_IDLE_EVERY_S)
            self._wake.clear()
            urgent, self._suspected = self._suspected or self.is_open, False
            problem = self._probe_once(PROBE_TIMEOUT_S if urgent else PROBE_IDLE_TIMEOUT_S)
            with self._lock:
                if problem is None and self._open_since is not None:
                    log.warning("%s answers again", self.name)
                    self._open_since = None
                elif problem is not None and self._open_since is None:
                    self._open_since = time.monotonic()
                    self._reason = problem
                    log.warning("%s not answering: %s", self.name, problem)

    def _probe_once(self, timeout_s: float) -> str | None:
        """None when the store answered; else why not. One probe at a time: one still stuck on a
        frozen socket counts as no answer."""
        if self._probing is not None and not self._probing.done():
            return "no answer to the last probe yet"
        self._probing = self._prober.submit(self.probe)
        try:
            self._probing.result(timeout=timeout_s)
        except FutureTimeout:
            return f"no answer within {timeout_s} s"
        except Exception as exc:  # noqa: BLE001 - refused, reset, auth: all mean "not answering"
            return f"{type(exc).__name__}: {exc}"
        return None


def _probe_for(settings: Settings) -> Callable[[], None]:
    if settings.engine == "falkordb":
        import redis

        from ruralkg.graph.embedded import store_password

        def ping() -> None:
            client = redis.Redis(host=settings.falkor_host, port=settings.falkor_port, socket_timeout=2,
                                 socket_connect_timeout=2, password=store_password(settings))
            try:
                client.ping()
            finally:
                client.close()

        return ping

    from urllib.parse import urlsplit

    where = urlsplit(settings.neo4j_uri)
    host, port = where.hostname or "127.0.0.1", where.port or 7687

    def bolt_handshake() -> None:
        """Bolt's opening handshake on a socket of its own, answered by the server's network threads: a
        frozen server does not answer it, a busy one does, and it never queues behind the driver's reads."""
        with socket.create_connection((host, port), timeout=2) as sock:
            sock.sendall(b"\x60\x60\xb0\x17" + b"\x00\x00\x04\x05" + b"\x00" * 12)  # Bolt 5.4, then nothing
            if len(sock.recv(4)) != 4:
                raise ConnectionError(f"Neo4j at {host}:{port} closed the connection")

    return bolt_handshake


class GuardedStore:
    """The Store interface over a store opened on first use, behind a breaker (see the module's doc)."""

    def __init__(self, settings: Settings, socket_timeout_s: float | None = None):
        self.settings = settings
        self.engine = settings.engine
        self._socket_timeout_s = socket_timeout_s
        self._inner: Store | None = None
        self._lock = threading.Lock()
        self.breaker = Breaker(_probe_for(settings), name=f"{self.engine} store")

    def inner(self) -> Store:
        with self._lock:
            if self._inner is None:
                self._inner = open_store(self.settings, socket_timeout_s=self._socket_timeout_s)
            return self._inner

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        from ruralkg.graph.embedded import StoreError

        self.breaker.check()
        future = _CALLS.submit(lambda: getattr(self.inner(), method)(*args, **kwargs))
        started = time.monotonic()
        while True:
            try:
                return future.result(timeout=SLICE_S)
            except FutureTimeout:
                pass
            except (StoreUnavailable, StoreError) as exc:
                self.breaker.trip(str(exc).splitlines()[0])
                raise StoreUnavailable(str(exc)) from exc
            self.breaker.check()
            if time.monotonic() - started > SUSPECT_AFTER_S:
                self.breaker.suspect()

    def ping(self) -> None:
        """Raise ``StoreUnavailable`` unless the store answers now (before a response commits to 200)."""
        self._call("read", "RETURN 1 AS ok", None, 2000)

    def read(self, cypher: str, params: dict[str, Any] | None = None, timeout_ms: int | None = None) -> list[Row]:
        return self._call("read", cypher, params, timeout_ms)

    def write(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._call("write", cypher, params)

    def write_steps(self, steps: list[str], params: dict[str, Any]) -> None:
        self._call("write_steps", steps, params)

    def plan(self, cypher: str, params: dict[str, Any] | None = None) -> Row:
        return self._call("plan", cypher, params)

    def admin(self, command: str, *args: Any) -> Any:
        return self._call("admin", command, *args)

    def close(self) -> None:
        with self._lock:
            if self._inner is not None:
                self._inner.close()
                self._inner = None
