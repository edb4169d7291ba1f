"""Full-text search over what the articles say, on each engine's own full-text index, in Chinese.

Neo4j indexes ``Article.text`` with Lucene's CJK analyzer; FalkorDB's RediSearch does not split
Chinese (a run of Han characters is one token), so the loader writes ``search_words``, the text cut
by jieba (``ingest/search_text.py``; search mode: 集体经济 and 集体, 经济 alike) and joined with
spaces, and that is indexed
(``graph/ddl.py``). The index finds and ranks the articles; the hits are their sentences that hold
every word asked for, each with the character offsets of those words, so the evidence sentence
behind a fact is found where it was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ruralkg.graph.store import Store
from ruralkg.ingest.search_text import has_word, jieba_default, search_words

__all__ = ["search_words", "search_text", "terms"]

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
MAX_ARTICLES = 500  # articles read from the index per search; their sentences are the hits paged through


def terms(q: str) -> list[str]:
    """The words asked for: the query split at spaces and punctuation (每个词都要出现)."""
    return list(dict.fromkeys(t for t in re.split(r"[\s,，、;；。]+", q.strip()) if t and has_word(t)))


def _lucene(words: list[str]) -> str:
    return " AND ".join('"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"' for w in words)


def _redisearch(words: list[str]) -> str:
    tokens = [t.lower() for w in words for t in jieba_default().cut(w) if re.fullmatch(r"\w+", t)]
    return " ".join(dict.fromkeys(tokens))


@dataclass
class TextHit:
    article_id: str
    title: str | None
    published: str | None
    sentence: str
    marks: list[list[int]]
    score: float


def marks_in(sentence: str, words: list[str]) -> list[list[int]] | None:
    """[start, end) of every occurrence of each word in the sentence, merged and in order; None when a
    word is missing."""
    spans = []
    for w in words:
        found = [[m.start(), m.end()] for m in re.finditer(re.escape(w), sentence, re.IGNORECASE)]
        if not found:
            return None
        spans.extend(found)
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged


def published_in(published: str | None, years: tuple[int | None, int | None]) -> bool:
    """True when a publication date (``YYYY-MM-DD``, possibly partial) lies in the years ``(from, to)``,
    either end open; an undated article lies in no range, and in the open one."""
    lo, hi = years
    if lo is None and hi is None:
        return True
    if not published or not published[:4].isdigit():
        return False
    year = int(published[:4])
    return (lo is None or year >= lo) and (hi is None or year <= hi)


def search_text(store: Store, q: str, articles: set[str] | None = None,
                years: tuple[int | None, int | None] = (None, None)) -> list[TextHit]:
    """Every sentence holding all the words of ``q``, in the articles the index ranks best first (then
    in reading order); ``articles`` keeps only those article ids (a place's), ``years`` only the
    articles published in that range of years."""
    from ruralkg.graph.ddl import text_query

    words = terms(q)
    if not words:
        return []
    rows = text_query(store, _lucene(words), _redisearch(words), MAX_ARTICLES)
    hits: list[TextHit] = []
    for r in rows:
        if (articles is not None and r["id"] not in articles) or not published_in(r.get("published"), years):
            continue
        for m in _SENTENCE.finditer(r.get("text") or ""):
            sentence = m.group().strip()
            marks = marks_in(sentence, words) if sentence else None
            if marks:
                hits.append(TextHit(r["id"], r.get("title"), r.get("published"), sentence, marks,
                                    round(float(r["score"]), 4)))
    return hits


def page(hits: list[TextHit], page_no: int, size: int) -> dict[str, Any]:
    start = (page_no - 1) * size
    return {"total": len(hits), "page": page_no, "size": size,
            "hits": [h.__dict__ for h in hits[start:start + size]]}
