"""Saved web pages → main text and what the page says of itself, by trafilatura.

trafilatura (a maintained main-text extractor, measured against the old hand-written BeautifulSoup
walk in docs/decisions.md, Issue 21) drops menus, sidebars, related links and comments, and reads the
page's metadata: title, publication date (from the page's meta tags and JSON-LD only: dates printed
in the text are the text reader's job), author, site name and the page's own address. A page where
it finds no main text falls back to the old reader, so no page that read before reads worse now.
"""

from __future__ import annotations

import re

from ruralkg.ingest.sources import ReadDoc

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# the date the page declares (meta tags, JSON-LD, <time>), never one guessed from its text
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def _authors(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [a.strip() for a in re.split(r"[;；,，、]|\s{2,}", raw) if a.strip()]


def _meta_author(html: str) -> str | None:
    """``<meta name="author">``, which trafilatura 2.3 drops when the name is in Chinese."""
    from bs4 import BeautifulSoup

    head = html[: html.lower().find("</head>") + 7] if "</head>" in html.lower() else html[:20_000]
    tag = BeautifulSoup(head, "html.parser").find("meta", attrs={"name": re.compile("^author$", re.I)})
    return (tag.get("content") or "").strip() or None if tag else None


def read_html(html: str, url: str | None = None) -> ReadDoc:
    """The article of a web page; ``url`` is where it was fetched from (the page's canonical address wins)."""
    import trafilatura

    from ruralkg.ingest.reader import html_to_text

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, date_extraction_params=_DATE_PARAMS)
    text = (doc.text or "") if doc is not None else ""
    warnings: list[str] = []
    if len(_CJK.findall(text)) < 10:
        text = html_to_text(html)  # the old reader: a page trafilatura finds no article in
        warnings.append("the main-text extractor found no article; the whole page was read")
    title = (doc.title or None) if doc is not None else None
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"  # the headline opens the article, as on the page
    date = doc.date if doc is not None and doc.date and _ISO.match(doc.date) else None
    return ReadDoc(text, warnings, title=title, published=date,
                   authors=_authors((doc.author if doc is not None else None) or _meta_author(html)),
                   site=(doc.sitename or None) if doc is not None else None,
                   url=(doc.url or url or None) if doc is not None else url)
