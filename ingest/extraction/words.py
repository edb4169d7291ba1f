"""Words and their parts of speech: the segmenter, jieba's tag table and the word tests that every
recogniser shares (is this a function word, a verb, a cue?).

The segmenter is jieba with the gazetteer's names and the cue verbs added; the tag table is
jieba's own dictionary. Both load once per process (``load_tables`` before worker processes fork).
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from typing import Any

import jieba

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.segmenter import new_tokenizer
from ruralkg.ingest.gazetteer import gazetteer

jieba.setLogLevel(logging.WARNING)
CJK = re.compile(r"[\u4e00-\u9fff]")
STOP_POS = vocab.word_set("pos", "stop")
BREAK_POS = vocab.word_set("pos", "break")
VERB_POS = vocab.word_set("pos", "verb")
FUNCTION_POS = vocab.word_set("pos", "function")
NAME_POS = vocab.word_set("pos", "name")
CUES = set(vocab.LEAD_CUES + vocab.SUPPORT_CUES + vocab.INVEST_CUES + vocab.IMPLEMENT_CUES) | vocab.NAME_BREAKERS
NAME_WORDS = vocab.word_set("generic", "name_words")


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """jieba's segmenter (computed by jieba-next, see ``segmenter.py``) with the project's words."""
    tok = new_tokenizer()
    for name in gazetteer().names():
        tok.add_word(name, freq=200000, tag="ns")
    for word in vocab.LEAD_CUES + vocab.SUPPORT_CUES + vocab.INVEST_CUES:
        tok.add_word(word, freq=50000, tag="v")
    return tok


@lru_cache(maxsize=1)
def pos_table() -> dict[str, str]:
    import jieba.posseg  # its import loads the tag table: only processes that extract pay for it

    jieba.posseg.dt.tokenizer.initialize()
    freq = jieba.posseg.dt.tokenizer.FREQ
    return {w: t for w, t in jieba.posseg.dt.word_tag_tab.items() if not _rare_time_word(w, t, freq)}


# jieba's dictionary holds hundreds of two-character "time words" it saw a handful of times (上石, 一晚,
# 今乐, 公晓): the segmenter cuts them out of names (青松|上石|乡), and a time word stops a place name.
# Below this count a two-character word's time tag is no evidence: it reads as a word the table lacks.
RARE_TIME_WORD_FREQ = 10


def _rare_time_word(word: str, tag: str, freq: dict[str, int]) -> bool:
    return tag == "t" and len(word) == 2 and freq.get(word, 0) < RARE_TIME_WORD_FREQ


# The rules segment the same stretch of a sentence many times (each asks what stands before its cue);
# within one article a stretch is cut once. ``forget_tokens`` empties the memory between articles,
# so that it stays small and no article's words leak into another's.
_cut: dict[str, tuple[str, ...]] = {}


def tokens(text: str) -> tuple[str, ...]:
    """jieba's words of ``text`` (the project's segmenter), remembered for the current article."""
    toks = _cut.get(text)
    if toks is None:
        toks = _cut[text] = tuple(tokenizer().cut(text, HMM=True))
    return toks


_memos: list[dict] = [_cut]


def article_memo() -> dict:
    """A memory that lasts one article, as the words of its stretches do (emptied by ``forget_tokens``)."""
    memo: dict = {}
    _memos.append(memo)
    return memo


def forget_tokens() -> None:
    """Start a new article: the stretches cut so far, and every article memory, are not asked for again."""
    for memo in _memos:
        memo.clear()


@cache
def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a word list, longest words first."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def last_chars(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words' last characters as one class: a sentence with none of them holds none of the words,
    a test far cheaper than a pattern that tries every word at every position."""
    return re.compile("[" + re.escape("".join(sorted({w[-1] for w in words}))) + "]")


def any_of(words: tuple[str, ...]) -> str:
    """A non-capturing group of the words in their written order (the first that matches wins)."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


_OBJECT_COMPLEMENTS = vocab.chars("generic", "object_complements")


def introduces_object(tok: str) -> bool:
    """交给, 用于: a verb whose complement introduces its object, so what follows it is that object."""
    return len(tok) == 2 and tok[-1] in _OBJECT_COMPLEMENTS and pos_table().get(tok) == "v"


def is_stop_token(tok: str, strict: bool) -> bool:
    if not tok or not CJK.match(tok):
        return True
    if tok in vocab.STOP_CHARS or tok in vocab.PLACE_INTERIOR or introduces_object(tok):
        return True
    if tok in CUES and (strict or tok not in NAME_WORDS):
        return True
    if strict:
        return breaks_name(tok) or pos_table().get(tok) in STOP_POS
    return False


def breaks_name(tok: str) -> bool:
    """A word that cannot start or sit inside a name: a verb, adverb, pronoun, preposition or cue."""
    if not tok or not CJK.match(tok) or tok in CUES or tok in vocab.STOP_CHARS or tok in vocab.VERB_PHRASES:
        return True
    return pos_table().get(tok) in BREAK_POS


def hard_break(tok: str) -> bool:
    return (tok in CUES or tok in vocab.STOP_CHARS or tok in vocab.VERB_PHRASES or tok in vocab.PLACE_INTERIOR
            or pos_table().get(tok) in FUNCTION_POS)


def common_verb(stem: str) -> bool:
    return stem in CUES or stem in vocab.VERB_PHRASES or pos_table().get(stem) in VERB_POS | {"a", "ad", "d"}
