"""Turn raw text from newspaper PDFs and web pages into clean simplified Chinese, keeping offsets.

Every character of the normalised text remembers its offset in the raw text, so evidence spans
can point into the file as it was read. Steps: width folding (full-width ASCII to half-width,
keeping Chinese punctuation), traditional to simplified (OpenCC, character for character),
joining line breaks inside paragraphs, dropping stray spaces between Chinese characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

# Chinese punctuation that NFKC would fold into ASCII; keep them as they are.
_KEEP = set("，。！？；：、“”‘’（）《》【】…—·")
_SENTENCE_END = set("。！？；…”")
_META_LINE = re.compile(r"\d{4}\s*[-年/.]\s*\d{1,2}|>>|来源|时间[:：]")
_BYLINE_HINT = re.compile(r"记者|通讯员|编辑|作者|^[□■◎●(（]")
# 本报讯（记者某某）由江|西省…: a dateline's credit followed by the item's text is a body line, which runs on
_CREDIT_THEN_TEXT = re.compile(r"[讯电]\s*[(（][^)）]*[)）]\s*[\u4e00-\u9fff]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_tight(ch: str) -> bool:
    """Characters between which a space is an artefact of PDF extraction."""
    return _is_cjk(ch) or ch.isdigit() or ch in _KEEP or ch in "%."


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@dataclass
class Normalised:
    text: str
    offsets: list[int]  # offsets[i] = index in the raw text of text[i]
    traditional: dict[str, str]  # simplified form -> original form, for words that changed

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if not self.offsets:
            return 0, 0
        start = min(max(start, 0), len(self.offsets) - 1)
        last = min(max(end - 1, start), len(self.offsets) - 1)
        return self.offsets[start], self.offsets[last] + 1


_WIDE = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_ASCII_MARKS = re.compile(r"[,;:!?()]")


def _widen_punctuation(text: str) -> str:
    """ASCII punctuation next to Chinese text becomes the Chinese form (one character for one)."""
    if _ASCII_MARKS.search(text) is None:
        return text
    chars = list(text)
    for m in _ASCII_MARKS.finditer(text):  # left to right: a mark widened counts for the next one
        i, ch = m.start(), m.group()
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if _is_cjk(prev) or _is_cjk(nxt) or prev in "”“" or nxt in "“”":
            chars[i] = _WIDE[ch]
    return "".join(chars)


def fold_width(ch: str) -> str:
    if ch in _KEEP:
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """fold_width for every character of the Basic Multilingual Plane that it changes, for str.translate."""
    return {cp: f for cp in range(0x10000) if (f := fold_width(chr(cp))) != chr(cp)}


def fold_text(text: str) -> str:
    """fold_width over a whole text, at the speed of ``str.translate`` (one character for one)."""
    folded = text.translate(_fold_table())
    if not folded.isascii() and max(folded) > "\uffff":
        folded = "".join(fold_width(c) if c > "\uffff" else c for c in folded)
    return folded


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters that OpenCC's t2s table changes: text without any of them needs no conversion."""
    from importlib import resources

    table = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    chars = set()
    for line in table.splitlines():
        src, _, dst = line.partition("\t")
        if src and dst and src.strip() != dst.split()[0]:
            chars.update(src.strip())
    return frozenset(chars)


def to_simplified(text: str) -> str:
    trad = _traditional_chars()
    if trad.isdisjoint(text):
        return text
    converted = _t2s().convert(text)
    return converted if len(converted) == len(text) else "".join(_t2s().convert(c) for c in text)


_PLAIN_RUN = re.compile(r"[^\n \t\u3000\xa0]+")


def _second_last(out: list[str]) -> str:
    return out[-1][-2] if len(out[-1]) >= 2 else out[-2][-1]


def normalise(raw: str) -> Normalised:
    text = fold_text(raw.replace("\r\n", "\n").replace("\r", "\n"))
    # keep offsets into raw: \r\n collapsed above, so recompute a map for that case
    if "\r" in raw:
        raw_index = []
        i = 0
        while i < len(raw):
            raw_index.append(i)
            i += 2 if raw[i] == "\r" and i + 1 < len(raw) and raw[i + 1] == "\n" else 1
    else:
        raw_index = list(range(len(raw)))
    simplified = to_simplified(text)
    # without traditional characters no word changes (widening swaps ASCII marks alone, one for one)
    converted = simplified is not text
    simplified = _widen_punctuation(simplified)
    lengths = sorted(len(line) for line in simplified.split("\n") if len(line.strip()) >= 8)
    full_line = max(12, lengths[len(lengths) // 2] - 2) if lengths else 12
    out: list[str] = []  # runs of characters, never empty
    offs: list[int] = []
    n = len(simplified)
    i = 0
    while i < n:
        plain = _PLAIN_RUN.match(simplified, i)
        if plain is not None:  # a run with no line break or space is copied whole
            out.append(plain.group())
            offs.extend(raw_index[i:plain.end()])
            i = plain.end()
            continue
        ch = simplified[i]
        if ch == "\n":
            j = i
            while j < n and simplified[j] in " \t\u3000\n":
                j += 1
            blank = simplified.count("\n", i, j) >= 2
            prev = out[-1][-1] if out else ""
            if prev == "”" and len(offs) >= 2 and _second_last(out) not in "。！？…":
                prev = "＂"  # a closing quote ends a sentence only after 。！？ (“党员联户”|机制)
            line_start = simplified.rfind("\n", 0, i) + 1
            line = simplified[line_start:i].strip()
            next_end = simplified.find("\n", j)
            next_line = simplified[j: next_end if next_end >= 0 else n].strip()
            prev_start = simplified.rfind("\n", 0, max(0, line_start - 1)) + 1
            prev_line = simplified[prev_start: max(prev_start, line_start - 1)].strip()
            nxt = simplified[j] if j < n else ""
            # a line as wide as its neighbours is a column line: the text runs on (清丰县自然资|源局)
            width = max(len(prev_line), len(next_line), 1)
            full = len(line) >= 6 and len(line) >= width - 2
            byline = (_BYLINE_HINT.search(line) and not _CREDIT_THEN_TEXT.search(line)) or _BYLINE_HINT.match(next_line)
            # a column break inside a sentence: a full line that does not end a sentence
            broken = (prev not in _SENTENCE_END and len(line) >= full_line and (_is_cjk(nxt) or nxt.isdigit())
                      and not byline and not _META_LINE.search(line) and len(next_line) >= min(full_line, 12))
            joined = (full and not byline and prev not in _SENTENCE_END or (
                not full and not byline and prev not in _SENTENCE_END and len(line) >= full_line - 2)) \
                and not _META_LINE.match(next_line)  # a headline above its date line stays a line of its own
            if (blank and not broken) or not prev or (not blank and not joined):
                out.append("\n")
                offs.append(raw_index[i])
            # a single line break inside a paragraph is dropped
            i = j
            continue
        if ch in " \t\u3000\xa0":
            j = i
            while j < n and simplified[j] in " \t\u3000\xa0":
                j += 1
            prev = out[-1][-1] if out else ""
            nxt = simplified[j] if j < n else ""
            # spaces next to digits or punctuation are PDF artefacts; between two Chinese characters
            # they may separate names (bylines), so they stay
            tight = _is_tight(prev) and _is_tight(nxt) and not (_is_cjk(prev) and _is_cjk(nxt))
            if prev and nxt and not tight and prev != "\n" and nxt != "\n":
                out.append(" ")
                offs.append(raw_index[i])
            i = j
            continue
        out.append(ch)
        offs.append(raw_index[i])
        i += 1
    simple = "".join(out)
    traditional = _changed_words(text, simplified) if converted else {}
    return Normalised(simple, offs, traditional)


_WORD = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _changed_words(original: str, simplified: str) -> dict[str, str]:
    """Runs of Chinese characters whose simplified form differs from the original."""
    changed: dict[str, str] = {}
    for m in _WORD.finditer(original):
        conv = simplified[m.start() : m.end()]
        if conv != m.group():
            changed[conv] = m.group()
    return changed
