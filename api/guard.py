"""Requests refused before any route runs: NUL bytes in the URL, and a missing API key.

The API binds loopback by default; bound anywhere else (``ruralkg serve --host``) it needs
``RURALKG_API_KEY``, and then every request must carry it in ``X-API-Key`` (the explorer's page and
its assets too, so a browser user passes it once as ``?key=`` and keeps it in a cookie).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable, Callable], Awaitable[None]]


def _reply(status: int, error: str, message: str,
           extra_headers: list[tuple[bytes, bytes]] | None = None) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
    body = json.dumps({"error": error, "message": message, "detail": None}, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    return status, body, headers + (extra_headers or [])


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
        return (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("key") or [None])[0]

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = scope.get("raw_path") or scope.get("path", "").encode()
        problem = None
        if b"%00" in raw.lower() or b"\x00" in raw or b"%00" in scope.get("query_string", b"") or "\x00" in scope["path"]:
            problem = _reply(400, "bad_parameter", "a NUL character (%00) is not allowed in a URL")
        elif self.api_key is not None:
            given = self._key_of(scope)
            if given is None or not hmac.compare_digest(given.encode(), self.api_key.encode()):
                problem = _reply(401, "unauthorized", "this API needs its key: send the X-API-Key header "
                                 "(or open the explorer once with ?key=…)", [(b"www-authenticate", b"ApiKey")])
        if problem is not None:
            status, body, headers = problem
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if self.api_key is not None and b"key=" in scope.get("query_string", b""):
            async def send_with_cookie(message: dict) -> None:
                if message["type"] == "http.response.start":
                    message.setdefault("headers", []).append(
                        (b"set-cookie", f"ruralkg_key={self.api_key}; HttpOnly; SameSite=Strict; Path=/".encode()))
                await send(message)

            await self.app(scope, receive, send_with_cookie)
            return
        await self.app(scope, receive, send)
