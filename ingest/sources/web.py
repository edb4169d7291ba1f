"""Addresses and feeds: pages fetched politely, read as saved pages are, known by their address.

Every address is asked with the validators of its last answer (ETag / Last-Modified): a 304 means
unchanged and the page is not read again. ``robots.txt`` is asked once per site and obeyed; requests
to one site are spaced by ``RURALKG_FETCH_DELAY`` seconds (default 1); an answer slower than
``RURALKG_FETCH_TIMEOUT`` seconds (default 20) is given up. Every failure is a sentence naming the
address. Feeds (RSS/Atom) are read by feedparser: each entry's link is an address, its date the
page's date when the page gives none. The addresses and feeds an ingest was given, and their
validators, are kept in the data folder so ``ruralkg sync`` can ask again.
"""

from __future__ import annotations

import json
import os
import time
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from ruralkg.ingest.sources import ReadDoc

USER_AGENT = "ruralkg/0.1 (news reader for a rural-revitalisation knowledge graph)"


def is_address(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError as exc:
        raise SystemExit(f"environment variable {name}={os.environ[name]!r} is not a number") from exc


@dataclass
class Fetched:
    url: str  # as asked: the article's identity
    doc: ReadDoc | None = None
    error: str | None = None
    not_modified: bool = False
    validators: dict[str, str] = field(default_factory=dict)  # etag, last_modified of this answer


@dataclass
class SyncState:
    """What ``ruralkg sync`` asks again: addresses and feeds, with the validators of their last answers."""

    path: Path
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> SyncState:
        if not path.is_file():
            return cls(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SystemExit(f"{path}: the list of addresses to sync cannot be read ({exc}); delete it and "
                             "ingest the addresses again") from exc
        return cls(path, raw.get("addresses", {}), raw.get("feeds", {}))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"addresses": self.addresses, "feeds": self.feeds}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
        tmp.replace(self.path)


class Fetcher:
    """One polite HTTP client: robots.txt obeyed, one request per site per delay, a timeout per answer."""

    def __init__(self, delay: float | None = None, timeout: float | None = None) -> None:
        self.delay = _env_float("RURALKG_FETCH_DELAY", 1.0) if delay is None else delay
        timeout = _env_float("RURALKG_FETCH_TIMEOUT", 20.0) if timeout is None else timeout
        self.timeout = timeout
        self.client = httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def _wait(self, site: str) -> None:
        gap = time.monotonic() - self._last.get(site, -1e9)
        if gap < self.delay:
            time.sleep(self.delay - gap)
        self._last[site] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._wait(site)
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                resp = self.client.get(site + "/robots.txt")
                if resp.status_code >= 400:
                    parser = None  # no robots.txt: everything is allowed
                else:
                    parser.parse(resp.text.splitlines())
            except httpx.HTTPError:
                parser = None
            self._robots[site] = parser
        parser = self._robots[site]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def get(self, url: str, validators: dict[str, str] | None = None) -> tuple[httpx.Response | None, str | None]:
        """(the answer, None) or (None, why not), asking conditionally with ``validators``."""
        if not self.allowed(url):
            return None, f"{url}: the site's robots.txt does not allow it to be fetched"
        headers = {}
        if validators and validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators and validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        parts = urlsplit(url)
        self._wait(f"{parts.scheme}://{parts.netloc}")
        try:
            resp = self.client.get(url, headers=headers)
        except httpx.TimeoutException:
            return None, f"{url}: no answer within {self.timeout:g} s (RURALKG_FETCH_TIMEOUT)"
        except httpx.TooManyRedirects:
            return None, f"{url}: too many redirects"
        except httpx.HTTPError as exc:
            return None, f"{url}: cannot be fetched ({type(exc).__name__}: {exc})"
        if resp.status_code == 304:
            return resp, None
        if resp.status_code >= 400:
            return None, f"{url}: the server answered {resp.status_code} {resp.reason_phrase}"
        return resp, None


def _validators(resp: httpx.Response) -> dict[str, str]:
    out = {}
    if resp.headers.get("etag"):
        out["etag"] = resp.headers["etag"]
    if resp.headers.get("last-modified"):
        out["last_modified"] = resp.headers["last-modified"]
    return out


def _page_text(resp: httpx.Response, url: str) -> tuple[str, list[str]]:
    """The page as text: the charset the server names, else the project's decoder (GBK, Big5, …)."""
    from ruralkg.ingest.reader import decode_checked

    charset = resp.charset_encoding
    if charset:
        try:
            return resp.content.decode(charset), []
        except (LookupError, UnicodeDecodeError):
            pass
    read = decode_checked(resp.content, Path(urlsplit(url).path or "/"))
    return read.text, [w.replace(urlsplit(url).path or "/", url, 1) for w in read.warnings]


def fetch_page(fetcher: Fetcher, url: str, validators: dict[str, str] | None = None,
               published: str | None = None) -> Fetched:
    """One address, read as a web page (``published``: the feed's date for it, when the page has none)."""
    from ruralkg.ingest.sources.html import read_html

    resp, error = fetcher.get(url, validators)
    if resp is None:
        return Fetched(url, error=error)
    if resp.status_code == 304:
        return Fetched(url, not_modified=True, validators=dict(validators or {}))
    text, warnings = _page_text(resp, url)
    doc = read_html(text, url=str(resp.url))
    doc.warnings = warnings + [f"{url}: {w}" for w in doc.warnings]
    doc.url = doc.url or str(resp.url)
    doc.published = doc.published or published
    return Fetched(url, doc, validators=_validators(resp))


def feed_entries(fetcher: Fetcher, url: str, validators: dict[str, str] | None = None
                 ) -> tuple[list[tuple[str, str | None]], dict[str, str], str | None]:
    """((link, date) of each entry, the feed's validators, an error); nothing when it has not changed."""
    import feedparser

    resp, error = fetcher.get(url, validators)
    if resp is None:
        return [], dict(validators or {}), error
    if resp.status_code == 304:
        return [], dict(validators or {}), None
    parsed = feedparser.parse(resp.content)
    if parsed.bozo and not parsed.entries:
        return [], {}, f"{url}: not an RSS or Atom feed ({parsed.get('bozo_exception')})"
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = time.strftime("%Y-%m-%d", stamp) if stamp else None
        entries.append((urljoin(str(resp.url), link), date))
    return entries, _validators(resp), None


def fetch_all(addresses: list[str], feeds: list[str], state: SyncState, fetcher: Fetcher) -> Iterator[Fetched]:
    """Every feed's entries and every address, each asked conditionally; ``state`` learns the feeds and
    addresses (their validators are kept by the caller once the article is in the graph)."""
    seen: set[str] = set()
    for feed in feeds:
        entries, validators, error = feed_entries(fetcher, feed, state.feeds.get(feed))
        if error:
            yield Fetched(feed, error=error)
            continue
        state.feeds[feed] = validators
        for link, date in entries:
            if link not in seen:
                seen.add(link)
                yield fetch_page(fetcher, link, state.addresses.get(link), date)
    for url in addresses:
        if url not in seen:
            seen.add(url)
            yield fetch_page(fetcher, url, state.addresses.get(url))
