"""Split a normalised article into news items, headings, bylines and sentences.

A newspaper page holds several items; each item ends with a byline in brackets or begins
with 本报讯 / a short heading. Items matter because a township named in one item must not
become the parent of a village in another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ruralkg.ingest.dates import publication_date
from ruralkg.ingest.extraction.vocab import BYLINE_MARKERS, SURNAMES

_NAME = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff](?![\u4e00-\u9fff]))"
_BRACKET_BYLINE = re.compile(rf"^[(（]\s*({_NAME}(?:[\s、，,]+{_NAME})*)\s*[)）]$")
_MARKED_BYLINE = re.compile(
    r"(?:^|(?<=[\s(（□■。！？【]))(?:本报|本台)?(?:全媒体|融媒体|特约|见习)?(?:记者|通讯员|责任编辑|编辑|作者|撰稿|摄影)"
    r"\s*】?\s*[:：]?\s*((?:[\u4e00-\u9fff·]{2,4}(?=[\s)）,，、】]|$)[\s、，,]*)+)"
)
_NOT_NAMES = set(BYLINE_MARKERS) | {"报道", "文图", "摄影", "本报", "通讯", "资料图", "图片", "供图"}
# photo and text credits: （张三 摄）, （文 李四）, 摄影 王五, （记者 A B 文/图）
_CREDIT = re.compile(rf"[(（]\s*(?:(?:文|图|文/图|图/文|文字|摄影)[\s:：/]*)?({_NAME}(?:[\s、，,]+{_NAME})*)\s*(?:摄|摄影|供图|/摄)?\s*[)）]")
_PHOTO_CREDIT = re.compile(rf"[(（]\s*({_NAME}(?:[\s、，,]+{_NAME})*)\s*(?:摄|摄影|供图)\s*[)）]|[(（]\s*(?:文|图|文/图)[\s:：/]+"
                           rf"({_NAME}(?:[\s、，,]+{_NAME})*)\s*[)）]|(?:^|\s)(?:摄影|摄)[\s:：]+({_NAME})(?=\s|$)")
# a bracketed byline closing the last paragraph: …座谈会。（刘某某）
_TRAILING_BYLINE = re.compile(rf"(?<=[。！？”])\s*[(（]\s*((?:{_NAME}|[\u4e00-\u9fff]{{5,8}})(?:[\s、，,]+{_NAME})*)\s*[)）]$")
# a source name and the reporter in brackets before the dateline: 大梦蕉城（杨某）1月26日
_SOURCE_BYLINE = re.compile(rf"^[\u4e00-\u9fff]{{2,10}}[(（]({_NAME}(?:[\s、，,]+{_NAME})*)[)）](?=\d{{1,2}}月|\d{{4}}年)")
# 景东县融媒体中心记者 卢某 李某: a line that is a newsroom and its reporters
_NEWSROOM_BYLINE = re.compile(rf"^[\u4e00-\u9fff]{{2,20}}?(?:记者|通讯员)\s*((?:{_NAME}[\s、，,]*)+)$")
# a news item's opener: 本报讯, 本网讯, 本报济宁6月12日讯, 中工网讯, 某某客户端讯, 新华社北京3月1日电
_ITEM_OPENER = re.compile(r"^(?:本报|本网|本台|[\u4e00-\u9fff·]{1,10}?(?:网|报|台|社|客户端|融媒体中心|新闻))"
                          r"[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日)?(?:讯|电)(?=[\s(（【:：]|[\u4e00-\u9fff\d])")
# a bracket after an item's last sentence that names a place or office is its source, not an author
_SOURCE_CREDIT_END = ("乡", "镇", "村", "县", "区", "市", "街道", "办", "局", "委", "部", "中心", "站", "所")
_ORIGINAL_TITLE = re.compile(r"^[(（]\s*原标题[:：]\s*(.+?)\s*[)）]$")
_PAGE_LABEL = re.compile(r"^\d{1,5}\s*版[:：]|^第?\d{1,3}\s*版")
_LEADING_MARK = re.compile(rf"^[□■◎●]\s*({_NAME}(?:\s+{_NAME})*)\s*")
_BREADCRUMB = re.compile(r"^.*(>>|>\s*>|»)\s*")
_PLACE_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,12}(镇|乡|街道|办事处|县|区|市)$")
_META_LINE = re.compile(r"^\d{4}\s*[-年/.]\s*\d{1,2}|^(来源|发布时间|时间)[:：]|来源[:：]")
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
    parts = re.split(r"[\s、，,]+", raw.strip())
    merged: list[str] = []
    for part in parts:
        if len(part) == 1 and merged and len(merged[-1]) == 1:
            merged[-1] += part  # 陈 阳: a two-character name printed with a space inside
        else:
            merged.append(part)
    out: list[str] = []
    for n in merged:
        out.extend(_glued_names(n) if len(n) > 4 else [n])
    return [n for n in out if 2 <= len(n) <= 4 and n not in _NOT_NAMES]


def _glued_names(run: str) -> list[str]:
    """Names printed without a space between them (赵某某马某某): cut where each part opens with a
    surname, three characters a name first."""
    if not run:
        return []
    for size in (3, 2):
        rest = run[size:]
        if run[0] in SURNAMES and len(run) >= size and (not rest or rest[0] in SURNAMES):
            tail = _glued_names(rest)
            if not rest or tail:
                return [run[:size], *tail]
    return []


def _is_heading(par: str) -> bool:
    """A short paragraph that does not end a sentence: a headline, a kicker or a section title."""
    if re.search(r"[。！？；：]$", par) or re.search(r"[。！？]", par):
        return False
    return len(par) <= 30 or (len(par) <= 40 and par.endswith(("——", "—")))


def _is_exclaimed_headline(par: str) -> bool:
    """A first line that ends in ！ or ？ but is a headline: short, one line, no full stop."""
    return len(par) <= 50 and "。" not in par and not par.endswith(("：", "；"))


_NEWS_OPENER = re.compile(r"^(?:(?:通讯员|记者)\S*\s+|\S{0,8}?讯(?:\s*[(（][^)）]*[)）])?\s*)+")


def opener_end(text: str) -> int:
    """Where a sentence's news opener (本报讯（记者某某）) ends: 0 when it has none."""
    m = _NEWS_OPENER.match(text)
    return m.end() if m else 0


def _title_from_text(sentences: list[Sentence]) -> str | None:
    """A file without a headline: its first body sentence, without the 本报讯 opener, cut at 30 characters,
    so the article is listed by what it says rather than by its file's id."""
    for s in sentences:
        text = _NEWS_OPENER.sub("", s.text).strip()
        if _DATE.search(text[:12]) or len(re.findall(r"[\u4e00-\u9fff]", text)) < 6:
            continue
        text = text.rstrip("。！？；")
        return text if len(text) <= 30 else text[:30] + "…"
    return None


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
    original_title: str | None = None
    metadata_seen = False  # a date or source line ends the headline block
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
        original = _ORIGINAL_TITLE.match(stripped)
        if original:
            original_title = original.group(1)  # (原标题:…) names the article better than a caption
        for credit in _PHOTO_CREDIT.finditer(stripped):
            authors.extend(_split_names(next(g for g in credit.groups() if g)))
            spans.append((offset + credit.start(), offset + credit.end()))
        trailing = _TRAILING_BYLINE.search(stripped)
        if trailing and not trailing.group(1).endswith(_SOURCE_CREDIT_END):
            authors.extend(_split_names(trailing.group(1)))
            spans.append((offset + trailing.start(), offset + trailing.end()))
        source = _SOURCE_BYLINE.match(stripped) if not started else None
        if source:
            authors.extend(_split_names(source.group(1)))
        newsroom = _NEWSROOM_BYLINE.match(stripped)
        if newsroom:
            authors.extend(_split_names(newsroom.group(1)))
            spans.append((offset, offset + len(stripped)))
            continue
        if not started and leading and len(stripped) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", stripped) \
                and stripped[0] in SURNAMES:
            authors.append(stripped)  # a name alone under the headline: the author
            spans.append((offset, offset + len(stripped)))
            continue
        if _META_LINE.search(stripped) and not started:
            metadata_seen = True
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
        if _ITEM_OPENER.match(stripped) and item_has_body:
            item += 1
            item_has_body = False
        if not started and _BREADCRUMB.match(stripped):
            crumb = _BREADCRUMB.match(stripped).end()  # 您当前的位置：首页 >> 观点 > > (headline)
            offset, stripped = offset + crumb, stripped[crumb:]
            if not stripped:
                continue
        first_line = not started and not leading and not metadata_seen
        if _is_heading(stripped) or (first_line and _is_exclaimed_headline(stripped)):
            # a section heading inside an article does not open a new item; a heading that is just a
            # place (濮阳县郎中乡, 利津街道) opens the next brief on a newspaper page
            if item_has_body and _PLACE_HEADING.match(stripped):
                item += 1
                item_has_body = False
            # the title: the first headings before any body text (a kicker and a headline, at most two)
            caption = bool(_PHOTO_CREDIT.search(stripped)) or bool(_ORIGINAL_TITLE.match(stripped))
            two_part = bool(leading) and "——" in leading[0]  # 主标题——副标题 is already the whole title
            if not started and not metadata_seen and len(leading) < 2 and not two_part and len(stripped) >= 2 \
                    and not _DATE.search(stripped) and not caption and not _PAGE_LABEL.match(stripped) \
                    and not _MARKED_BYLINE.search(stripped) and not re.match(r"(来源|作者|编辑|责任编辑|发布)", stripped):
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
    title = original_title or " ".join(leading) or _title_from_text(sentences)
    return Segmented(sentences, seen, title, publication_date(text), item + 1, spans)
