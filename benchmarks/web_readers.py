"""The web-page reader measured against the old BeautifulSoup walk, on saved pages of two layouts.

    .venv/bin/python benchmarks/web_readers.py

Every corpus article is saved as a county-portal page (meta tags, menu, sidebar, footer) and as a
news-site page (JSON-LD, plain divs, related links, comments) by ``tests/made_files.py``. Per reader:
the share of the article's paragraphs kept, pages with any boilerplate left (menu, sidebar, related
links, comments, footer), metadata found right (date, author, site, address), and time per page.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruralkg.ingest.reader import html_to_text  # noqa: E402
from ruralkg.ingest.sources.html import read_html  # noqa: E402
from tests.made_files import news_site_page, portal_page  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
BOILERPLATE = ("县委书记信箱", "热点新闻", "版权所有", "网友评论", "相关阅读", "站内搜索")
URL = "http://www.example.gov.cn/xczx/1.html"


def main() -> None:
    pages = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        for layout in (portal_page, news_site_page):
            pages.append((layout.__name__, lines[1:], layout(lines[0], lines[1:], "2024-03-05", "张明", "范县人民政府", URL)))
    for name, read in (("BeautifulSoup walk (old)", lambda h: (html_to_text(h), None)),
                       ("trafilatura 2.3.1 (new)", lambda h: (lambda d: (d.text, d))(read_html(h)))):
        kept = total = dirty = 0
        meta = {"date": 0, "author": 0, "site": 0, "url": 0}
        started = time.perf_counter()
        for _layout, paras, html in pages:
            text, doc = read(html)
            flat = "".join(text.split())
            kept += sum(1 for p in paras if "".join(p.split())[:20] in flat)
            total += len(paras)
            dirty += any(b in text for b in BOILERPLATE)
            if doc is not None:
                meta["date"] += doc.published == "2024-03-05"
                meta["author"] += doc.authors == ["张明"]
                meta["site"] += doc.site == "范县人民政府"
                meta["url"] += doc.url == URL
        ms = (time.perf_counter() - started) / len(pages) * 1000
        print(f"{name:26} paragraphs kept {kept}/{total} ({kept / total:.1%}), pages with boilerplate "
              f"{dirty}/{len(pages)}, metadata right {meta} of {len(pages)}, {ms:.1f} ms/page")


if __name__ == "__main__":
    main()
