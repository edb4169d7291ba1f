"""Requests refused before any route runs, and the headers every response carries.

Refused: NUL bytes in the URL (400), a missing API key (401), a body over ``MAX_BODY_BYTES`` (413), a
JSON body nested deeper than ``MAX_JSON_DEPTH`` or holding more than ``MAX_JSON_VALUES`` values (422).
All in the one error shape. Every response gets the security headers (``SECURITY_HEADERS``).

The API binds loopback by default; bound anywhere else (``ruralkg serve --host``) it needs
``RURALKG_API_KEY``, and then every request must carry it in ``X-API-Key`` (the explorer's page and
its assets too, so a browser user passes it once as ``?key=`` and keeps it in a cookie, ``Secure``
when the request came over HTTPS). The key never reaches the access log (``RedactKey``).
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable, Callable], Awaitable[None]]
Reply = tuple[int, bytes, list[tuple[bytes, bytes]]]

MAX_BODY_BYTES = 1_000_000
MAX_JSON_DEPTH = 32
MAX_JSON_VALUES = 100_000

# everything the explorer and the API docs load is served from here (web/vendor); style attributes are
# set by the explorer's templates, and the docs pages start their bundles with an inline script
_CSP = ("default-src 'self'; script-src 'self'{inline}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer")]
_DOCS_PATHS = ("/docs", "/redoc")


def csp_for(path: str) -> bytes:
    return _CSP.format(inline=" 'unsafe-inline'" if path in _DOCS_PATHS else "").encode()


def _reply(status: int, error: str, message: str, extra_headers: list[tuple[bytes, bytes]] | None = None) -> Reply:
    body = json.dumps({"error": error, "message": message, "detail": None}, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    return status, body, headers + (extra_headers or [])


_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_STRUCTURE = re.compile(rb"[\[\]{},]")


def json_shape_problem(body: bytes) -> str | None:
    """Why a JSON body is too deep or too big to parse safely, or None. Counts brackets outside strings,
    without parsing (parsing is what a deep body would crash)."""
    depth = deepest = values = 0
    for m in _STRUCTURE.finditer(_STRINGS.sub(b'""', body)):
        ch = m.group()
        if ch in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                return f"the JSON body is nested more than {MAX_JSON_DEPTH} levels deep"
        elif ch == b",":
            values += 1
            if values >= MAX_JSON_VALUES:
                return f"the JSON body holds more than {MAX_JSON_VALUES} values"
        else:
            depth -= 1
    return None


class RedactKey(logging.Filter):
    """Takes the value of a ``key=`` parameter, and the API key wherever else it was put, out of
    uvicorn's access log lines."""

    _KEY = re.compile(r"([?&]key=)[^&\s]*")

    def __init__(self, secret: str | None = None):
        super().__init__()
        self.secret = secret or None

    def _clean(self, text: str) -> str:
        text = self._KEY.sub(r"\1[redacted]", text)
        return text.replace(self.secret, "[redacted]") if self.secret else text

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._clean(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = self._clean(record.msg)
        return True


def redact_access_log(secret: str | None = None) -> None:
    logger = logging.getLogger("uvicorn.access")
    for old in [f for f in logger.filters if isinstance(f, RedactKey)]:
        logger.removeFilter(old)
    logger.addFilter(RedactKey(secret))


class RequestGuard:
    def __init__(self, app: ASGIApp, api_key: str | None = None):
        self.app = app
        self.api_key = api_key or None

    def _key_of(self, scope: Scope) -> str | None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if "x-api-key" in headers:
            return headers["x-api-key"]
        for part in headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == "ruralkg_key":
                return value
        return self._query_key(scope)

    @staticmethod
    def _query_key(scope: Scope) -> str | None:
        return (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("key") or [None])[0]

    def _refusal(self, scope: Scope) -> Reply | None:
        raw = scope.get("raw_path") or scope.get("path", "").encode()
        if b"%00" in raw.lower() or b"\x00" in raw or b"%00" in scope.get("query_string", b"") or "\x00" in scope["path"]:
            return _reply(400, "bad_parameter", "a NUL character (%00) is not allowed in a URL")
        if self.api_key is not None:
            given = self._key_of(scope)
            if given is None or not hmac.compare_digest(given.encode(), self.api_key.encode()):
                return _reply(401, "unauthorized", "this API needs its key: send the X-API-Key header "
                              "(or open the explorer once with ?key=…)", [(b"www-authenticate", b"ApiKey")])
        length = dict(scope.get("headers", [])).get(b"content-length", b"")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            return _too_large()
        return None

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        extra = [*SECURITY_HEADERS, (b"content-security-policy", csp_for(path))]
        if (self.api_key is not None and (self._query_key(scope) or "") == self.api_key):
            secure = "; Secure" if scope.get("scheme") == "https" else ""
            extra.append((b"set-cookie",
                          f"ruralkg_key={self.api_key}; HttpOnly; SameSite=Strict; Path=/{secure}".encode()))

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        problem = self._refusal(scope)
        if problem is None and scope.get("method") in ("POST", "PUT", "PATCH"):
            body, problem = await _read_body(receive)
            if problem is None:
                receive = _replay(body, receive)
        if problem is not None:
            status, body, headers = problem
            await send_with_headers({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send_with_headers)


def _too_large() -> Reply:
    return _reply(413, "too_large", f"the request body is over {MAX_BODY_BYTES} bytes")


async def _read_body(receive: Callable) -> tuple[bytes, Reply | None]:
    """The whole body (bounded), or the refusal it earns."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"", _reply(400, "bad_parameter", "the client went away mid-request")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return b"", _too_large()
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    body = b"".join(chunks)
    stripped = body.lstrip()
    if stripped[:1] in (b"[", b"{"):
        problem = json_shape_problem(stripped)
        if problem is not None:
            return body, _reply(422, "bad_parameter", problem)
    return body, None


def _replay(body: bytes, receive: Callable) -> Callable:
    sent = False

    async def replay() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: the disconnect, when it comes

    return replay
