"""Addresses and feeds, fetched from a real HTTP server the test starts on loopback (never the internet):
pages, a feed, a 404, a slow server, a redirect, a page in GBK, a path robots.txt forbids; then
``ruralkg sync`` asks again with ETag / Last-Modified, skips what did not change, replaces what did."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import CORPUS, cli
from tests.made_files import news_site_page, portal_page


def _paras(name: str) -> list[str]:
    return [p.strip() for p in (CORPUS / name).read_text(encoding="utf-8").splitlines() if p.strip()][1:]


class Site:
    """Pages by path: (status, headers, body); every request is logged with its conditional headers."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.log: list[tuple[str, str | None, str | None, int]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page(self, path: str, html: str, etag: str | None = None, encoding: str = "utf-8",
             content_type: str | None = None) -> str:
        headers = {"Content-Type": content_type or f"text/html; charset={encoding}"}
        if etag:
            headers["ETag"] = etag
            headers["Last-Modified"] = "Tue, 05 Mar 2024 09:30:00 GMT"
        self.pages[path] = (200, headers, html.encode(encoding))
        return self.base + path

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                path = self.path
                if path == "/slow.html":
                    time.sleep(3)
                status, headers, body = site.pages.get(path, (404, {"Content-Type": "text/plain"}, b"not found"))
                if status == 200 and headers.get("ETag") and self.headers.get("If-None-Match") == headers["ETag"]:
                    status, body = 304, b""
                site.log.append((path, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"),
                                 status))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        return Handler

    def requests(self, path: str) -> list[tuple[str, str | None, str | None, int]]:
        return [r for r in self.log if r[0] == path]


@pytest.fixture()
def site():
    s = Site()
    s.pages["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    s.page("/a.html", portal_page("党支部领办合作社 村集体和群众双增收", _paras("d01_jilin.txt"), "2022-10-09", "张明",
                                  "吉林日报", "http://www.jl.gov.cn/a.html"), etag='"a1"')
    s.page("/b.html", news_site_page("宁夏村集体经济发展纪实", _paras("n04_ningxia.txt"), "2023-05-20", "李华",
                                     "宁夏日报", "http://nx.example.cn/b.html"), etag='"b1"')
    s.page("/gbk.html", portal_page("河北村党支部领办合作社", _paras("d02_hebei.txt"), "2023-01-15", "王强",
                                    "河北新闻网", "http://hb.example.cn/gbk.html").replace('charset="utf-8"', 'charset="gbk"'),
           encoding="gbk", content_type="text/html")  # no charset in the header: the bytes and the meta tag say GBK
    s.page("/private/secret.html", news_site_page("不应抓取", _paras("d03_yunnan.txt"), "2023-01-01", "某人", "某站",
                                                  "http://x/"))
    s.page("/slow.html", news_site_page("慢", _paras("d04_guizhou.txt"), "2023-01-01", "某人", "某站", "http://x/"))
    s.pages["/old.html"] = (301, {"Location": "/b.html"}, b"")
    feed = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>吉林日报 乡村振兴</title>
<link>{s.base}/</link><description>乡村振兴</description>
<item><title>党支部领办合作社</title><link>{s.base}/a.html</link><pubDate>Sun, 09 Oct 2022 08:00:00 +0800</pubDate></item>
<item><title>宁夏</title><link>{s.base}/old.html</link><pubDate>Sat, 20 May 2023 08:00:00 +0800</pubDate></item>
</channel></rss>"""
    s.pages["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"f1"'}, feed.encode("utf-8"))
    yield s
    s.server.shutdown()
    s.server.server_close()


@pytest.fixture()
def web_env(store_env, falkor_ingested, tmp_path):
    env = {**store_env, "RURALKG_GRAPH": f"web_{tmp_path.name}", "RURALKG_DATA": store_env["RURALKG_DATA"],
           "RURALKG_FETCH_DELAY": "0", "RURALKG_FETCH_TIMEOUT": "1"}
    cli(env, "reset", "--yes")
    return env


def _run(env, *args) -> tuple[dict, dict[str, dict]]:
    import tempfile
    from pathlib import Path

    report = Path(tempfile.mkstemp(suffix=".json")[1])
    proc = cli(env, *args, "--report", str(report), check=False)
    assert proc.returncode in (0, 2), proc.stderr
    files = {f["path"]: f for f in json.loads(report.read_text(encoding="utf-8"))["files"]}
    report.unlink()
    return json.loads(proc.stdout.strip().splitlines()[-1]), files


def test_addresses_and_a_feed_then_sync(site, web_env):
    b = site.base
    summary, files = _run(web_env, "ingest", "--feed", f"{b}/feed.xml", f"{b}/gbk.html", f"{b}/missing.html",
                          f"{b}/slow.html", f"{b}/private/secret.html")
    assert files[f"{b}/a.html"]["outcome"] == "loaded" and files[f"{b}/old.html"]["outcome"] == "loaded"
    assert files[f"{b}/gbk.html"]["outcome"] == "loaded"
    assert "404" in files[f"{b}/missing.html"]["reason"]
    assert "no answer within 1 s" in files[f"{b}/slow.html"]["reason"]
    assert "robots.txt" in files[f"{b}/private/secret.html"]["reason"]
    assert not site.requests("/private/secret.html")  # never asked
    assert summary["loaded"] == 3 and summary["refused"] == 3
    rows = {a["path"]: a for a in json.loads(cli(web_env, "articles", "--format", "json").stdout)}
    assert rows[f"{b}/a.html"]["published"] == "2022-10-09" and rows[f"{b}/a.html"]["source"] == "吉林日报"
    assert rows[f"{b}/old.html"]["source"] == "宁夏日报"  # the redirect's target was read, known by the address asked
    assert rows[f"{b}/gbk.html"]["title"] == "河北村党支部领办合作社"  # GBK bytes read right
    assert len(site.requests("/robots.txt")) == 1

    # sync: the same addresses and the feed, asked conditionally; a changed page replaces its old version
    site.page("/gbk.html", portal_page("河北村党支部领办合作社（更新）", _paras("d02_hebei.txt")[:-1], "2023-01-16",
                                       "王强", "河北新闻网", "http://hb.example.cn/gbk.html"), etag='"g2"')
    before = len(site.log)
    summary, files = _run(web_env, "sync")
    assert site.requests("/a.html")[-1][1:] == ('"a1"', "Tue, 05 Mar 2024 09:30:00 GMT", 304)
    assert site.requests("/feed.xml")[-1][1] == '"f1"' and site.requests("/feed.xml")[-1][3] == 304
    assert files[f"{b}/a.html"]["outcome"] == "unchanged" and files[f"{b}/gbk.html"]["outcome"] == "loaded"
    assert files[f"{b}/missing.html"]["outcome"] == "refused"  # asked again, still a clear message
    assert len(site.log) > before
    rows = {a["path"]: a for a in json.loads(cli(web_env, "articles", "--format", "json").stdout)}
    assert rows[f"{b}/gbk.html"]["published"] == "2023-01-16" and len(rows) == 3
