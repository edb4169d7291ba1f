"""Split a normalised article into news items, headings, bylines and sentences.

A newspaper page holds several items; each item ends with a byline in brackets or begins
with 本报讯 / a short heading. Items matter because a township named in one item must not
become the parent of a village in another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.lexicon import BYLINE_MARKERS

_NAME = r"[\u4e00-\u9fff·]{2,4}"
_BRACKET_BYLINE = re.compile(rf"^[(（]\s*({_NAME}(?:[\s、，,]+{_NAME})*)\s*[)）]$")
_MARKED_BYLINE = re.compile(
    r"(?:^|(?<=[\s(（□■。！？]))(?:本报|本台)?(?:全媒体|融媒体|特约|见习)?(?:记者|通讯员|责任编辑|编辑|作者|撰稿|摄影)"
    r"\s*[:：]?\s*((?:[\u4e00-\u9fff·]{2,4}(?=[\s)）,，、]|$)[\s、，,]*)+)"
)
_NOT_NAMES = set(BYLINE_MARKERS) | {"报道", "文图", "摄影", "本报", "通讯", "资料图", "图片"}
_LEADING_MARK = re.compile(rf"^[□■◎●]\s*({_NAME}(?:\s+{_NAME})*)\s*")
_BREADCRUMB = re.compile(r"^.*(>>|>\s*>|»)\s*")
_PLACE_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,12}(镇|乡|街道|办事处|县|区|市)$")
_DATE = re.compile(r"(20\d{2}|19\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』]?|$)")


@dataclass
class Sentence:
    text: str
    start: int  # offsets in the normalised text
    end: int
    item: int
    heading: bool = False


@dataclass
class Segmented:
    sentences: list[Sentence]
    authors: list[str]
    title: str | None
    published: str | None
    items: int
    byline_spans: list[tuple[int, int]] = field(default_factory=list)


def _split_names(raw: str) -> list[str]:
    return [n for n in re.split(r"[\s、，,]+", raw.strip()) if 2 <= len(n) <= 4 and n not in _NOT_NAMES]


def _is_heading(par: str) -> bool:
    """A short paragraph that does not end a sentence: a headline, a kicker or a section title."""
    if re.search(r"[。！？；：]$", par) or re.search(r"[。！？]", par):
        return False
    return len(par) <= 30 or (len(par) <= 40 and par.endswith(("——", "—")))


def find_date(text: str) -> str | None:
    m = _DATE.search(text[:400])
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def segment(text: str) -> Segmented:
    sentences: list[Sentence] = []
    authors: list[str] = []
    spans: list[tuple[int, int]] = []
    leading: list[str] = []
    started = False
    item = 0
    item_has_body = False
    pos = 0
    for par in text.split("\n"):
        start = pos
        pos += len(par) + 1
        stripped = par.strip()
        if not stripped:
            continue
        offset = start + (len(par) - len(par.lstrip()))
        m = _BRACKET_BYLINE.match(stripped)
        if m:
            authors.extend(_split_names(m.group(1)))
            spans.append((offset, offset + len(stripped)))
            started = True
            item += 1
            item_has_body = False
            continue
        lead = _LEADING_MARK.match(stripped)
        if lead:
            authors.extend(_split_names(lead.group(1)))
            spans.append((offset, offset + lead.end()))
            offset += lead.end()
            stripped = stripped[lead.end():]
            if not stripped:
                continue
        marked = list(_MARKED_BYLINE.finditer(stripped))
        for mk in marked:
            authors.extend(_split_names(mk.group(1)))
            spans.append((offset + mk.start(), offset + mk.end()))
        if marked and marked[0].start() == 0 and marked[-1].end() >= len(stripped) - 2:
            continue  # a line that is only a byline (本报通讯员 丁云飞)
        if stripped.startswith("本报讯") and item_has_body:
            item += 1
            item_has_body = False
        if not started and _BREADCRUMB.match(stripped):
            crumb = _BREADCRUMB.match(stripped).end()  # 您当前的位置：首页 >> 观点 > > (headline)
            offset, stripped = offset + crumb, stripped[crumb:]
            if not stripped:
                continue
        if _is_heading(stripped):
            # a section heading inside an article does not open a new item; a heading that is just a
            # place (濮阳县郎中乡, 利津街道) opens the next brief on a newspaper page
            if item_has_body and _PLACE_HEADING.match(stripped):
                item += 1
                item_has_body = False
            # the title: the first headings before any body text (a kicker and a headline, at most two)
            if not started and len(leading) < 2 and len(stripped) >= 2 and not _DATE.search(stripped) \
                    and not re.search(r"来源|作者|编辑|记者", stripped):
                leading.append(stripped)
            sentences.append(Sentence(stripped, offset, offset + len(stripped), item, heading=True))
            continue
        item_has_body = True
        started = True
        for sm in _SENTENCE.finditer(stripped):
            s = sm.group().strip()
            if len(s) < 2:
                continue
            lead_ws = len(sm.group()) - len(sm.group().lstrip())
            st = offset + sm.start() + lead_ws
            sentences.append(Sentence(s, st, st + len(s), item))
    seen: list[str] = []
    for a in authors:
        if a not in seen:
            seen.append(a)
    title = " ".join(leading) or None
    return Segmented(sentences, seen, title, find_date(text), item + 1, spans)
