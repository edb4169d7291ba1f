"""Provinces, cities and counties the division table names: full names, written forms (景东县),
provinces by their short name (上海2021年援建), counties that became cities (X市) and development
zones named after their place (聊城经济开发区)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import ahocorasick

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.place_names import straddles_suffix
from ruralkg.ingest.extraction.words import CJK, alternation, pos_table
from ruralkg.ingest.gazetteer import gazetteer, short_name

# what may follow a province's short name: a verb of aid or money (上海援建, 浙江对口), not a name's next character
_PROVINCE_FOLLOWERS = vocab.chars("places", "province_short_followers")
_PROVINCE_LEADERS = vocab.chars("places", "province_short_leaders")
_DIVISION_ENDS = vocab.chars("places", "division_end_chars")
_TWO_CHARACTER_CITY = re.compile(r"([\u4e00-\u9fff]{2})市")


@lru_cache(maxsize=1)
def gazetteer_automaton() -> ahocorasick.Automaton:
    """Every name of the division table (but generic words) in one automaton, built once per process."""
    auto = ahocorasick.Automaton()
    for name in gazetteer().names():
        if len(name) >= 2 and name not in vocab.GENERIC_PLACE_WORDS:
            auto.add_word(name, name)
    auto.make_automaton()
    return auto


@cache
def _province_shorts() -> tuple[re.Pattern[str], dict]:
    """One pattern for every province's short name (上海, 广西, 内蒙古), and the province of each."""
    by_short = {short_name(d.name): d for d in gazetteer().provinces() if short_name(d.name) != d.name}
    return alternation(tuple(by_short)), by_short


@lru_cache(maxsize=1)
def _names_by_opening() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]], frozenset[str]]:
    """The automaton's names: a class of their first characters, their lengths (longest first) by their
    first two characters, and the names.

    Every name has two characters or more, and most sentences hold none: a look at the two characters
    of each position that may open a name finds the names there faster than the automaton walks the
    sentence."""
    names = frozenset(gazetteer_automaton().keys())
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[:2], set()).add(len(name))
    firsts = re.compile("[" + re.escape("".join(sorted({name[0] for name in names}))) + "]")
    return firsts, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}, names


def gazetteer_matches(text: str) -> list[tuple[int, int, str]]:
    """Longest non-overlapping gazetteer names in ``text``, left to right."""
    firsts, by_opening, names = _names_by_opening()
    found = []  # every name at every position, by start and then the longest first
    for first in firsts.finditer(text, 0, len(text) - 1):
        start = first.start()
        for n in by_opening.get(text[start:start + 2], ()):
            if len(name := text[start:start + n]) == n and name in names:
                found.append((start, start + n, name))
    out: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if not out or start >= out[-1][1]:
            out.append((start, end, name))
    return out


def gazetteer_places(ctx: SentenceContext) -> None:
    """Names the division table holds, longest first, by their full name (景东县 → 景东彝族自治县)."""
    gz = gazetteer()
    for start, end, name in gazetteer_matches(ctx.s):
        divs = gz.lookup(name)
        if not divs or straddles_suffix(ctx.s, start, name) or _conjunction_and_level(ctx.s, start, name) \
                or _verb_and_level(ctx.s, start, name):
            continue
        canonical = divs[0].name if len({d.name for d in divs}) == 1 else name  # 景东县 → 景东彝族自治县
        mention = Mention(divs[0].level, canonical, start, end, {short_name(canonical), name})
        mention.info["codes"] = [d.code for d in divs]
        ctx.add(mention)


_APPOINTING = frozenset(vocab.words("titles", "appointment_verbs"))


def _verb_and_level(s: str, start: int, name: str) -> bool:
    """原任|县农业农村局 read as the county 任县: a two-character name whose first character closes a verb
    of the dictionary before it (担任, 原任, 出任) is that verb and a level."""
    verb = s[start - 1:start + 1]
    return len(name) == 2 and start > 0 and (pos_table().get(verb) == "v" or verb in _APPOINTING)


def _conjunction_and_level(s: str, start: int, name: str) -> bool:
    """X公司和县农业农村局: a one-character name that is a function word (和, 与) glued to the word before is
    that word and a level (县…), unless a division's suffix comes right before it (X市和县)."""
    return (len(name) == 2 and name[0] in vocab.STOP_CHARS and start > 0 and bool(CJK.match(s[start - 1]))
            and s[start - 1] not in _DIVISION_ENDS)


def province_short_names(ctx: SentenceContext) -> None:
    """上海2021年援建, 浙江对口帮扶: a province by its short name, where nothing follows that could
    continue a name (a digit, a mark, or a verb of aid or money)."""
    pattern, by_short = _province_shorts()
    for m in pattern.finditer(ctx.s):
        nxt = ctx.s[m.end(): m.end() + 1]
        if ctx.overlapped(m.start(), m.end()):
            continue
        # 新疆|喀什地区疏附县: a place of the division table right after it continues the chain
        place_after = any(x.type in ("City", "County") for x in ctx.spans.starting_at(m.end()))
        if nxt and CJK.match(nxt) and nxt not in _PROVINCE_FOLLOWERS and not place_after:
            continue
        if m.start() > 0 and CJK.match(ctx.s[m.start() - 1]) and ctx.s[m.start() - 1] not in _PROVINCE_LEADERS \
                and not place_after:
            continue
        div = by_short[m.group()]
        mention = Mention("Province", div.name, m.start(), m.end(), {m.group()})
        mention.info["codes"] = [div.code]
        ctx.add(mention)


def counties_that_became_cities(ctx: SentenceContext) -> None:
    """X市 for a county the table still lists as a county (a county-level city newer than the table)."""
    gz = gazetteer()
    for m in _TWO_CHARACTER_CITY.finditer(ctx.s):
        if ctx.covered(m.start()) or gz.lookup(m.group()):
            continue
        counties = [d for d in gz.short.get(m.group(1), []) if d.level == "County"]
        if len(counties) == 1:
            mention = Mention("County", m.group(), m.start(), m.end(), {counties[0].name, m.group(1)})
            mention.info["codes"] = [counties[0].code]
            ctx.add(mention)


def development_zones(ctx: SentenceContext) -> None:
    """聊城经济开发区, X高新区: a county-level zone named by its place and its kind."""
    for m in alternation(vocab.COUNTY_PATTERN_SUFFIXES).finditer(ctx.s):
        if ctx.covered(m.start()):
            continue
        lo = left_edge(ctx.s, m.start(), 6, ctx.floor_before(m.start()), strict=True)
        if lo is None:
            continue
        ctx.add(Mention("County", ctx.s[lo: m.end()], lo, m.end()))
