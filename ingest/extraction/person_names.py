"""Personal names: a known surname and one or two characters, ending where a word starts that no
name holds (a verb, a speech verb, a function word)."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.words import BREAK_POS, CJK, FUNCTION_POS, pos_table, tokenizer, tokens

# structural and aspect particles: never a name's last character
_PARTICLES = ("的", "了", "着", "们")


def name_at(s: str, i: int) -> str | None:
    """A personal name (2-3 characters, known surname) starting at ``i``, ending at a boundary."""
    name = _raw_name_at(s, i)
    if name is None or name.endswith(vocab.KINSHIP_WORDS) or (name in pos_table() and pos_table()[name] not in (
            "nr", "nrfg", "nrt")):
        return None
    first = tokens(s[i: i + 6])[0]
    if len(first) > len(name) and len(first) >= 3 and pos_table().get(first) not in (None, "nr", "nrfg", "nrt"):
        return None  # 群众|齐聚一堂: the characters open a longer dictionary word, no name
    return name


def _raw_name_at(s: str, i: int) -> str | None:
    if i >= len(s):
        return None
    for comp in vocab.COMPOUND_SURNAMES:
        if s.startswith(comp, i):
            for length in (4, 3):
                cand = s[i: i + length]
                if len(cand) == length and CJK.fullmatch(cand[-1]) and boundary(s, i + length):
                    return cand
    if s[i] not in vocab.SURNAMES:
        return None
    if s.startswith(vocab.SPEECH_VERBS, i + 2) and all(CJK.match(c) for c in s[i: i + 2]) \
            and pos_table().get(s[i: i + 2]) in (None, "nr", "nrfg", "nrt"):
        return s[i: i + 2]  # 书记张强|说: what a person says is never the end of the name
    three = s[i: i + 3]
    if s.startswith(vocab.SPEECH_VERBS, i + 3) and all(CJK.match(c) for c in three) \
            and three[2] not in vocab.STOP_CHARS and pos_table().get(three) in (None, "nr", "nrfg", "nrt"):
        return three  # 张开明|说: the speech verb closes a three-character name, though 张开 and 明说 are words
    if i + 3 < len(s) and s[i + 3] in vocab.ASPECT_PARTICLES and all(CJK.match(c) for c in three) \
            and pos_table().get(three) in (None, "v") and pos_table().get(s[i: i + 2]) in (None, "nr", "nrfg", "nrt"):
        return s[i: i + 2]  # 王强|种了: a one-character verb sits between the name and its aspect particle
    if len(three) == 3 and three[2] in vocab.SUBJECT_ADVERBS and all(CJK.match(c) for c in three) \
            and pos_table().get(three) is None and pos_table().get(s[i: i + 2]) in (None, "nr", "nrfg", "nrt"):
        return s[i: i + 2]  # 杨光|也到: an adverb after the subject opens the predicate
    for length in (3, 2):
        cand = s[i: i + length]
        if len(cand) == length and all(CJK.match(c) for c in cand) and boundary(s, i + length):
            if cand in pos_table() and pos_table()[cand] not in ("nr", "nrfg", "nrt"):
                continue
            if length == 3 and cand[-1] in _PARTICLES:
                continue  # 王磊|的带领下: a structural particle ends no name
            if length == 3 and pos_table().get(s[i + 2: i + 4]) == "v" and len(tokens(s[i: i + 6])[0]) == 2:
                continue  # 李明|来自: the segmenter and the dictionary both start a verb at the third character
            return cand
    # no clear boundary: a two-character name when a word of two or more characters follows it
    # (罗樊|希望), else three when a verb or another word starts after the third (孙明远|念着)
    two, three = s[i: i + 2], s[i: i + 3]
    names = (None, "nr", "nrfg", "nrt")
    if len(three) == 3 and all(CJK.match(c) for c in three) and s[i] not in vocab.STOP_CHARS and \
            s[i + 1] not in "副正原总" and pos_table().get(three) in names and not tokenizer().FREQ.get(two):
        if s.startswith(vocab.SPEECH_VERBS, i + 3):
            return three  # 张德明|说: what a person says closes the name, though 明说 is a word too
        if _word_at(s, i + 2, 2):
            return two
        if _word_at(s, i + 3, 1) and not _function_word(s[i + 1: i + 3]):
            return three
    # no clear boundary after the name (张立军算着…): let the segmenter decide
    toks = tokens(s[i: i + 8])
    first = toks[0]
    if 2 <= len(first) <= 3 and all(CJK.match(c) for c in first) and pos_table().get(first) in (None, "nr", "nrfg", "nrt"):
        return first
    # a surname the segmenter split from a given name that is also a word (韩|立新)
    if len(first) == 1 and first not in vocab.STOP_CHARS and len(toks) > 1 and 1 <= len(toks[1]) <= 2 \
            and all(CJK.match(c) for c in toks[1]) and toks[1] not in vocab.NAME_FOLLOWERS \
            and pos_table().get(toks[1]) not in BREAK_POS | {"n", "vn", "nz", "ns"}:
        return first + toks[1]
    return None


# a function word of running text is one jieba saw hundreds of times (就是, 已经); a given name it lists
# as an adverb a few dozen times (王|立新) is no evidence against the name
COMMON_WORD_FREQ = 100


def _function_word(word: str) -> bool:
    return pos_table().get(word) in FUNCTION_POS and (tokenizer().FREQ.get(word) or 0) >= COMMON_WORD_FREQ


def _word_at(s: str, j: int, shortest: int) -> bool:
    """A verb, adverb or function word of at least ``shortest`` characters starts at ``j``."""
    table = pos_table()
    return any(table.get(s[j: j + n]) in BREAK_POS for n in range(4, shortest - 1, -1) if j + n <= len(s))


_MINORITY_PARTS = tuple(sorted(set(vocab.words("people", "minority_name_parts")), key=len, reverse=True))


def minority_name_at(s: str, i: int) -> str | None:
    """A Tibetan or Mongolian given name starting at ``i`` (书记宝音介绍, 队长次旺多吉带领): one or two of the
    name elements these names are made of, ending where a name may end or before a verb."""
    j = i
    for _ in range(2):
        part = next((w for w in _MINORITY_PARTS if s.startswith(w, j)), None)
        if part is None:
            break
        j += len(part)
    if j == i:
        return None
    nxt = tokens(s[j:j + 4])[:1]
    if boundary(s, j) or (nxt and pos_table().get(nxt[0]) in ("v", "vn", "d", "p")):
        return s[i:j]
    return None


def boundary(s: str, j: int) -> bool:
    if j >= len(s):
        return True
    if not CJK.match(s[j]):
        return True
    return any(s.startswith(w, j) for w in vocab.NAME_FOLLOWERS)


# a transliterated name, its parts joined by the interpunct (间隔号, GB/T 15834: 艾尔肯·阿不都拉)
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8}){1,2}")


def dotted_name_at(s: str, i: int) -> str | None:
    """A transliterated name with an interpunct starting at ``i`` (书记艾尔肯·阿不都拉说), ending where a
    name may end (before punctuation or what a person does)."""
    m = _DOTTED.match(s, i)
    if m is None:
        return None
    last_dot = max(m.group().rfind(c) for c in "·•・") + i
    ends = range(last_dot + 2, m.end() + 1)
    end = next((e for e in ends if s.startswith(vocab.SPEECH_VERBS, e)), None)  # …阿不都拉|说
    if end is None:
        end = next((e for e in reversed(ends) if boundary(s, e)), None)
    return s[i:end] if end is not None else None


def name_before_speech(s: str, i: int) -> str | None:
    """A name with no known surname (格桑, 阿依古丽) right after a title or role and right before what
    the person says (书记格桑说): transliterated Tibetan, Uyghur or Mongolian names have no Han surname."""
    table = pos_table()
    for length in (2, 3, 4, 5, 6):
        cand = s[i: i + length]
        if len(cand) < length or not all(CJK.match(c) for c in cand) or cand[0] in "们等的":
            return None
        if not s.startswith(vocab.SPEECH_VERBS, i + length):
            continue
        if any(t in cand for t in vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES):
            return None
        if length <= 4 and table.get(cand) in _NAME_LIKE:
            return cand
        # 额尔敦巴特尔, 乌力吉木仁: a longer name written without the interpunct is made of words the
        # dictionary lacks or knows as names only (带领村民们 holds a verb)
        if length > 4 and all(table.get(t) in _NAME_LIKE for t in tokens(cand)):
            return cand
        return None
    return None


_NAME_LIKE = (None, "nr", "nrfg", "nrt", "ns", "nz")
