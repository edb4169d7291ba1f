"""Bodies named in a list closed by a category word: 华康药业、鑫源集团等企业, 安泰、永达等公司,
骏达牧业、青苗学校等项目. Lists are read back from their closing words, never by a pattern that
starts at every character of a long list (that is quadratic)."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.body_names import distinctive
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.words import any_of

ENTERPRISE_LIST_END = re.compile(r"等(?:[\u4e00-\u9fff、]{0,6}?)" + any_of(vocab.words("trades", "enterprise_list_closers")))
ENTERPRISE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}|[\u4e00-\u9fff]{2,10})$")
_LISTED_ENDINGS = vocab.ENTERPRISE_TRADES + vocab.ENTERPRISE_SUFFIXES + vocab.words("trades", "enterprise_list_endings")
_BODY_KINDS = vocab.mapping("organisations", "body_list_kinds")
_BODY_LIST_END = re.compile("等(" + any_of(tuple(_BODY_KINDS)) + ")")
_BODY_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})$")
_LIST_WINDOW = 400  # characters before the closing words a list may take


def lists_closed_by(s: str, items: re.Pattern, closing: re.Pattern) -> list[tuple[re.Match, re.Match]]:
    """(list, closing words) pairs: each list ends right before its closing words, within a bounded window."""
    found = []
    last = 0
    for close in closing.finditer(s):
        lo = max(last, close.start() - _LIST_WINDOW)
        listed = items.search(s, lo, close.start())
        if listed is not None:
            found.append((listed, close))
            last = close.end()
    return found


def listed_enterprises(ctx: SentenceContext) -> None:
    """A list closed by 等企业 names companies that carry no suffix: 华康药业、鑫源集团等企业."""
    s = ctx.s
    for m, _closing in lists_closed_by(s, ENTERPRISE_LIST, ENTERPRISE_LIST_END):
        pos = m.start(1)
        items = m.group(1).split("、")
        for n, item in enumerate(items):
            start = pos
            pos += len(item) + 1
            if n == 0:
                lo = left_edge(s, start + len(item), 10, 0, strict=False, min_len=2)
                if lo is None or lo < start:
                    continue
                item, start = s[lo:start + len(item)], lo
            if ctx.covered(start) or not item.endswith(_LISTED_ENDINGS):
                continue
            if len(item) < 4 or item in vocab.GENERIC_BODY_NAMES:
                continue
            ctx.add(Mention("Enterprise", item, start, start + len(item)))


def enumerated_bodies(ctx: SentenceContext) -> None:
    """安泰、永达等公司 / 骏达牧业、恒远公司真皮箱包、青苗学校等项目."""
    for m, closing in lists_closed_by(ctx.s, _BODY_LIST, _BODY_LIST_END):
        items = m.group(1).split("、")
        lo = left_edge(ctx.s, m.start(1) + len(items[0]), 10, 0, strict=False)
        if lo is not None:
            items[0] = ctx.s[lo: m.start(1) + len(items[0])]
        kind = closing.group(1)
        typ = _BODY_KINDS[kind]
        pos = m.start(1)
        for item in items:
            start = ctx.s.find(item, pos)
            pos = start + len(item)
            suffix = "公司" if kind == "企业" else kind
            name = item if item.endswith(suffix) else item + suffix
            if typ == "Enterprise" and item.endswith(vocab.ENTERPRISE_TRADES + vocab.ENTERPRISE_SUFFIXES):
                name = item
            if any(x.type == typ for x in ctx.spans.starting_at(start)):
                continue
            inner = ctx.leading_body(start, start + len(item) + 1) if typ == "Project" else None
            if typ == "Project" and inner is None and not distinctive(item):
                continue  # 稻谷、玉米等项目: kinds of work, not named projects
            ment = ctx.add(Mention(typ, name, start, start + len(item), {item}))
            if inner is not None:
                ment.info["owner"] = inner
