"""One reader per kind of source (PDF pages, Word files, web pages, feeds); ``ingest/reader.py`` dispatches.

Every reader gives ``ReadDoc``s: the text to extract from, what the source itself says of the article
(its title, date, authors, site, address: metadata, never guessed from the text), and ``part`` when
one file holds several articles (the items of a newspaper page).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReadDoc:
    text: str
    warnings: list[str] = field(default_factory=list)
    part: str | None = None  # "p3-2": item 2 of page 3; None when the file is one article
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    site: str | None = None  # the paper or the web site
    url: str | None = None  # the page's own address, when it says it
    encoding: str = "utf-8"
