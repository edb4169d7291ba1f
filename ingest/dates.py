"""Dates read from article text: when an article was published, and when a sentence says a fact began.

A publication date comes only from lines that are about the article, not from its story: a newspaper
page header (``2024年1月4日 星期四``), a metadata line (``时间:2023-08-07 09:11:31``, ``发布时间：…``,
``2022-03-24 17:32 来源:…``, ``09.09.2020 05:30``), or a dateline (``本报4月19日讯``) when the page gives
the year. A full date inside a sentence (``2023年5月8日，村里召开…``) is an event, never the publication
date; an article with none of these stays undated (``None``), never today and never the file's time.

``stated_date`` reads the date a sentence gives for a fact (``2019年起担任`` → ``2019``,
``2021年5月投资200万元`` → ``2021-05``) as a partial ISO date, which sorts and compares as text.
``former_post`` says whether a sentence names a post as a past one (原村党支部书记, 前任主任).
"""

from __future__ import annotations

import re
from datetime import date

_YEAR = r"((?:19|20)\d{2})"
_SEP = r"\s*[年\-/.]\s*"
# 2024年1月4日, 2023-08-07, 2023/8/7, 2023.08.07, 2024年 1月 4日
_GLUED_TIME = r"(?=\D|$|\d{1,2}:\d{2})"  # the normaliser drops spaces: 2023-08-0709:11:31
_YMD = re.compile(_YEAR + _SEP + r"(\d{1,2})" + r"\s*[月\-/.]\s*" + r"(\d{1,2})" + _GLUED_TIME + r"\s*日?")
# 09.09.2020 05:30: day first, as European sites print it
_DMY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})" + _GLUED_TIME)
_WEEKDAY = re.compile(r"(星期|周|礼拜)[一二三四五六日天]")
_META_LABEL = re.compile(r"(发布时间|发布日期|发稿时间|更新时间|时间|日期|来源|作者|编辑|责任编辑|稿源|出处|浏览|点击)\s*[:：]")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_SENTENCE_MARK = re.compile(r"[，。！？；,;!?]")
# 本报4月19日讯, 本报济宁6月12日讯, 新华社北京3月5日电, 本网南丹5月12日讯
_DATELINE = re.compile(r"(?:本报|本网|本台|本刊|新华社|中新社|中新网|人民网|新华网)[\u4e00-\u9fff]{0,8}?"
                       r"(\d{1,2})月(\d{1,2})日(?:电|讯)")
_HEADER_LINES = 12  # the lines before the story where a page or site prints its dates
_HEADER_CHARS = 600


def _valid(y: int, mo: int, d: int) -> str | None:
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _full_date(line: str) -> tuple[str | None, re.Match | None]:
    for m in _YMD.finditer(line):
        found = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if found:
            return found, m
    for m in _DMY.finditer(line):
        found = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if found:
            return found, m
    return None, None


def _is_metadata(line: str, m: re.Match) -> bool:
    """A line that carries the article's date rather than telling its story: labelled (时间：), a date
    with a clock time, or a short line with no sentence punctuation around the date."""
    before = line[:m.start()]
    if _META_LABEL.search(before[-12:]) or _META_LABEL.match(line):
        return True
    rest = (before + " " + line[m.end():]).strip()
    if _TIME.match(line[m.end():].strip()):
        return not _SENTENCE_MARK.search(line[m.end():m.end() + 12])
    if _SENTENCE_MARK.search(line[m.end():m.end() + 3]):
        return False  # 2023年5月8日，… : the date opens a sentence
    return not _SENTENCE_MARK.search(rest) and len(rest) <= 40


def _header(text: str) -> list[str]:
    lines: list[str] = []
    used = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        lines.append(line)
        used += len(line)
        if len(lines) >= _HEADER_LINES or used >= _HEADER_CHARS:
            break
    return lines


def publication_date(text: str) -> str | None:
    """The article's publication date as ``YYYY-MM-DD``, or None when its header gives none."""
    lines = _header(text)
    page = meta = None
    for line in lines:
        found, m = _full_date(line)
        if not found or m is None:
            continue
        if _WEEKDAY.search(line[m.end():m.end() + 6]) and page is None:
            page = found  # a newspaper page header: the page's date is the article's
        elif meta is None and _is_metadata(line, m):
            meta = found
    if page or meta:
        return page or meta
    return _dateline(lines)


def _dateline(lines: list[str]) -> str | None:
    """本报4月19日讯 with the year a header line gives (2023年第12期, 2023年4月)."""
    year = None
    for line in lines:
        y = re.search(_YEAR + r"\s*年", line)
        if y and not _SENTENCE_MARK.search(line) and len(line) <= 40:
            year = int(y.group(1))
            break
    if year is None:
        return None
    for line in lines:
        m = _DATELINE.search(line)
        if m:
            return _valid(year, int(m.group(1)), int(m.group(2)))
    return None


# --- dates a sentence gives for a fact -------------------------------------------------------------
_STATED = re.compile(_YEAR + r"\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")
_SINCE_CUE = re.compile(r"^(?:[^，。；]{0,6}?)(起|以来|开始|至今|就任|上任|当选|担任|任|出任)")


def stated_date(sentence: str, cue: str | None = None) -> str | None:
    """The date a sentence gives for its fact: ``2019``, ``2019-05`` or ``2019-05-08``.

    With ``cue`` (the title or the amount the fact is about), the date nearest before it; else the first
    date of the sentence. A date range (2021~2023年) gives its first year.
    """
    found = list(_STATED.finditer(sentence))
    if not found:
        return None
    pick = found[0]
    if cue:
        at = sentence.find(cue)
        before = [m for m in found if m.start() < at] if at >= 0 else []
        pick = before[-1] if before else found[0]
    y, mo, d = pick.group(1), pick.group(2), pick.group(3)
    if mo and not 1 <= int(mo) <= 12:
        return y
    if d and _valid(int(y), int(mo), int(d)):
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    return f"{y}-{int(mo):02d}" if mo else y


def since_date(sentence: str, title: str | None = None) -> str | None:
    """The start a sentence gives for a post: 2019年起担任…, 2021年5月当选…, 自2018年以来任… ."""
    for m in _STATED.finditer(sentence):
        if _SINCE_CUE.match(sentence[m.end():]):
            return stated_date(sentence[m.start():m.end()])
    return None


def former_post(sentence: str, title: str | None, person: str | None = None) -> bool:
    """True when the sentence names the post as a past one: 原村党支部书记张三, 前任主任, 张三曾任书记."""
    if not title:
        return False
    for m in re.finditer(re.escape(title), sentence):
        before = sentence[max(0, m.start() - 14):m.start()]
        lead = re.search(r"((?<![草高平中太还复])原(?![来本因料始则])|前任|时任|曾任|曾担任)[\u4e00-\u9fff]*$", before)
        if lead and not re.search(r"[，。；、]", before[lead.start():]):
            if person is None or person in sentence[max(0, m.start() - 20):m.end() + 8]:
                return True
    return False
