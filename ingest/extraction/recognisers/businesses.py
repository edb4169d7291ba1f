"""Businesses without a suffix: a quoted name before a kind of small business or after 办起了
(“山居人家”民宿), a brand before a trade (恒昌香油, 德润机电), and the central state-owned enterprises by
their short names (中国石化定点帮扶X县)."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.words import CJK, alternation, pos_table

# “X” and, after it, maybe a kind of small business (“山居人家”民宿)
_QUOTED = re.compile(rf"“([^“”，。]{{2,8}})”({alternation(vocab.BUSINESS_KINDS).pattern})?")
# 开办了…的“X”、“Y”: the quotations right after a verb of opening a business
_OPENED = re.compile(rf"(?:{alternation(vocab.OPEN_BUSINESS_CUES).pattern})(?:[^，。；]{{0,10}}的)?(?:“[^“”]+”[、和]?)*$")
_TRADES = alternation(vocab.ENTERPRISE_TRADES)
# 赐禾服饰|有限公司, 森禾农业|发展有限公司, 范县农业|农村局: a body suffix after the trade makes brand and trade
# part of a longer name
_BODY_SUFFIX = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + alternation(
    vocab.ENTERPRISE_SUFFIXES + vocab.COOPERATIVE_SUFFIXES + vocab.ORGANIZATION_SUFFIXES).pattern + ")")
# a facility kind right after the trade: the trade names the facility (冷链物流|中心, 电商|产业园), not a
# business; a 项目 or 工程 after it is the business's own (德润机电|项目)
_FACILITY_AFTER = alternation(tuple(w for w in vocab.PROJECT_SUFFIXES if w not in ("项目", "工程")))


_FACILITY_KINDS = tuple(w for w in vocab.PROJECT_SUFFIXES if w not in ("项目", "工程"))


def _inside_facility(s: str, lo: int, hi: int) -> bool:
    """冷链物|流园: a facility kind that starts inside the trade and runs past it (物流园 after 冷链) names the
    facility, not a business."""
    return any(s.startswith(w, k) and k + len(w) > hi for k in range(lo, hi) for w in _FACILITY_KINDS)


def quoted_businesses(ctx: SentenceContext) -> None:
    """Small businesses named in quotes: “山居人家”民宿, 开办“稻香小院”“知味斋”."""
    s = ctx.s
    for m in _QUOTED.finditer(s):
        opened = _OPENED.search(s[max(0, m.start() - 40):m.start()])
        if m.group(2) or opened:
            end = m.end(1) + 1
            ment = ctx.add(Mention("Enterprise", m.group(1), m.start(), end, {s[m.start():m.end()]}))
            if m.group(2):
                ment.aliases.add(m.group(1) + m.group(2))


def trade_enterprises(ctx: SentenceContext) -> None:
    """Brand + trade (恒昌香油, 德润机电): a two-character brand that is no common word."""
    table = pos_table()
    for m in _TRADES.finditer(ctx.s):
        trade = m.group()
        lo = m.start() - 2
        if lo < 0 or ctx.covered(m.start(), exclude=("Township",)) or _BODY_SUFFIX.match(ctx.s, m.end()) \
                or _FACILITY_AFTER.match(ctx.s, m.end()) or _inside_facility(ctx.s, m.start(), m.end()):
            continue
        brand = ctx.s[lo: m.start()]
        if not all(CJK.match(c) and c not in vocab.STOP_CHARS for c in brand):
            continue
        if not ctx.word_starts_at(lo):
            continue  # 文化园电商: the brand would start inside a word
        if brand in table and not (trade in vocab.BRAND_TRADES and table[brand] in ("n", "nz", "nr", "ns")
                                   and brand not in vocab.GENERIC_BODY_WORDS):
            continue
        if brand in table:
            lo = _name_before(ctx, lo, table)
        ctx.add(Mention("Enterprise", ctx.s[lo:m.end()], lo, m.end()))


def _name_before(ctx: SentenceContext, lo: int, table: dict[str, str]) -> int:
    """沙美|生态庄园, 青禾|绿色食品: a dictionary noun before the trade describes the business; a two-character
    name the dictionary does not know, right before it, is where the brand starts."""
    name = ctx.s[lo - 2:lo] if lo >= 2 else ""
    if len(name) == 2 and name not in table and all(CJK.match(c) and c not in vocab.STOP_CHARS for c in name) \
            and not ctx.covered(lo - 2) and not ctx.covered(lo - 1) and ctx.word_starts_at(lo - 2):
        return lo - 2
    return lo


_CENTRAL = alternation(vocab.words("organisations", "central_enterprises"))


def central_enterprises(ctx: SentenceContext) -> None:
    """中国石化, 国家电网 …: a central enterprise by the short name it is known by, unless it opens (or lies
    inside) a longer name already found (中国石化华中分公司, 国家电网青山县供电公司)."""
    for m in _CENTRAL.finditer(ctx.s):
        if not ctx.overlapped(m.start(), m.end()) and ctx.word_ends_at(m.end()):
            ctx.add(Mention("Enterprise", m.group(), m.start(), m.end()))  # not 中国电子|商务
