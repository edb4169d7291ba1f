"""The article text as a word index reads it, for an engine whose full-text index cannot split Chinese.

FalkorDB's RediSearch takes a run of Han characters as one token, so the loader gives it the text cut
by jieba (search mode: 集体经济 and 集体, 经济 alike), lower-cased and joined with spaces
(``graph/fulltext.py`` asks in the same words). Cutting is the costly part of loading an article, so
the extraction workers do it, beside the extraction, when the store is FalkorDB.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w", re.UNICODE)


def jieba_default():
    """jieba's default segmenter (not the extractor's own), quiet."""
    import jieba

    jieba.setLogLevel(60)  # no "Building prefix dict" on stderr
    return jieba


def has_word(s: str) -> bool:
    """True when ``s`` holds a letter, digit or Han character (not punctuation or space alone)."""
    return _WORD.search(s) is not None


def search_words(text: str) -> str:
    """The text as FalkorDB's index reads it: jieba's search-mode words, lower-cased, space-joined."""
    return " ".join(w.lower() for w in jieba_default().cut_for_search(text) if has_word(w))
