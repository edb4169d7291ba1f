"""Townships and villages by their suffix (镇, 乡, 街道, 村, 社区): the name walks left from the
suffix, and the division table decides between readings (能为|建新村, 下|竹洋村)."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import PLACE_RANK
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.place_names import generic_place, table_reading
from ruralkg.ingest.extraction.words import alternation, any_of, common_verb, tokens
from ruralkg.ingest.gazetteer import gazetteer
from ruralkg.ingest.villages import is_known

_SUFFIXES = alternation(vocab.TOWNSHIP_SUFFIXES + vocab.VILLAGE_SUFFIXES)
# 镇长, 镇上 start words, but in 新户镇长兴新村, 永坡镇上凤西村 a township is followed by a village
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}" + any_of(vocab.VILLAGE_SUFFIXES))
_VILLAGE_WORDS = vocab.words("places", "village_words")
# 柳树坪村|集体经济合作社: the village's collective body, not the word 村集体
_COLLECTIVE_BODY = re.compile(r"村集体(股份)?经济(合作社|组织)")
# what follows a village's name when its committees are meant (东岭村委会, 东岭村“两委”, 东岭村支两委)
_COMMITTEES = vocab.words("places", "village_committees")
_TITLE_BEFORE = re.compile("(?:" + alternation(vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES).pattern + ")[兼、和及]?$")
_OFFICE_SUFFIXES = ("街道办事处", "办事处")  # 蒋官屯街道办事处 is 蒋官屯街道


_MONGOLIAN_SUFFIXES = ("苏木", "嘎查")


def townships_and_villages(ctx: SentenceContext) -> None:
    """Each township or village suffix, left to right: a suffix that starts a word (村民, 镇长) is
    skipped one character on; a name found continues the search after it."""
    s = ctx.s
    i = 0
    while True:
        hit = _SUFFIXES.search(s, i)
        if hit is None:
            break
        i, suf = hit.start(), hit.group()
        typ = "Township" if suf in vocab.TOWNSHIP_SUFFIXES else "Village"
        end = i + len(suf)
        if _starts_a_word(ctx, i, suf, typ):
            i += 1
            continue
        if ctx.covered(i):
            i = end
            continue
        floor = ctx.floor_before(i)
        # Mongolian names of 苏木 and 嘎查 run longer than Han names (乌兰陶勒盖嘎查)
        max_len = 6 if suf in _MONGOLIAN_SUFFIXES else 5 if typ == "Township" else 4
        inside = _inside_place_before(ctx, floor, typ)
        lo = left_edge(s, i, max_len, floor, strict=True, adjective_ok=typ == "Township", inside=inside)
        inside = inside and lo == floor  # the name starts right where the containing place ends
        lo, fused = table_reading(s, i, suf, typ, lo, floor, max_len, inside=inside)
        if fused is not None:
            ctx.add(fused)  # 肇庆|罗源镇: a city's short name written before the township
        if (lo is not None and s[lo] in vocab.STOP_CHARS and not ctx.word_starts_at(lo)
                and not (inside and lo == floor and s[lo] in vocab.INNER_OPENERS)
                and not is_known(typ, s[lo:end])):
            lo = _glued_preposition(ctx, lo, i, suf)  # 得益于|湘乡: 于 ends the word before the name
        if lo is not None and typ == "Village" and s[i - 1] in _COUNTS and s.startswith(_JOINT_AFTER, end):
            lo = None  # 甲篆三村联合…, 两村联建…: a count of villages acting together, no village's name
        if lo is not None and (title := _TITLE_AT.match(s, lo)) is not None and title.end() > end:
            lo = None  # 科技副村|长: the name is the start of a title (科技副村长, 副村长)
        if lo is not None:
            stem = s[lo:i]
            name = stem + suf
            if not generic_place(typ, stem, name, inside=inside and lo == floor):
                aliases = {stem} if len(stem) >= 2 else set()
                if suf in _OFFICE_SUFFIXES:
                    aliases.add(name)
                    name = stem + "街道"
                ctx.add(Mention(typ, name, lo, end, aliases))
        i = end


_TITLE_AT = alternation(vocab.OFFICIAL_TITLES)
_COUNTS = "两二三四五六七八九十"
_JOINT_AFTER = ("联合", "联建", "共建", "抱团", "联营", "联动")


def _inside_place_before(ctx: SentenceContext, floor: int, typ: str) -> bool:
    """A place of a higher level ends right at ``floor`` (柳林县|…镇, 龙义镇|…村): the name after it
    lies inside it, so no conjunction stands between the two."""
    if floor <= 0:
        return False
    before = ctx.ends_at(floor, tuple(PLACE_RANK))
    return before is not None and PLACE_RANK[before.type] < PLACE_RANK[typ]


def _glued_preposition(ctx: SentenceContext, lo: int, i: int, suf: str) -> int | None:
    """The first character of the stem ends the word before it (得益于|湘乡, 位于|X镇): the name starts
    after it; a one-character rest that, with the suffix, is a county's or city's short name is that
    division (湘乡 → 湘乡市), any other is no name."""
    rest = ctx.s[lo + 1:i]
    if len(rest) >= 2:
        return lo + 1
    divs = {d.code: d for d in gazetteer().short.get(rest + suf, []) if d.level in ("City", "County")}
    if len(divs) == 1:
        d = next(iter(divs.values()))
        m = ctx.add(Mention(d.level, d.name, lo + 1, i + len(suf), {rest + suf}))
        m.info["codes"] = [d.code]
    return None


# the words each suffix starts, by length: one slice and a set lookup per length, not a scan of the list
_WORD_STARTS = {suf: [(n, frozenset(w for w in ws if len(w) == n)) for n in sorted({len(w) for w in ws})]
                for suf, ws in vocab.SUFFIX_WORD_STARTS.items()}


def _starts_a_word(ctx: SentenceContext, i: int, suf: str, typ: str) -> bool:
    """The suffix at ``i`` starts a word (村民, 镇域, 乡亲) instead of closing a name; but not 村党支部,
    镇党委, a township before a village (镇长兴新村, 永坡镇|上凤西村) or a known village before 村集体经济."""
    s, end = ctx.s, i + len(suf)
    starts = [s[i:i + n] for n, ws in _WORD_STARTS.get(suf, ()) if s[i:i + n] in ws]
    if starts and all(len(w) == len(suf) + 1 for w in starts) and _longer_word_at(s, end) \
            and _known_before(ctx, i, suf, typ):
        # 石门村|道路, 石门村|小学: a village the division table knows, and the segmenter reads a longer
        # word than 村道, 村小 after it (全镇新修|村道路 are roads: the table knows no such village)
        starts = []
    village_next = (suf in ("镇", "乡") and s[end:end + 1] not in vocab.VILLAGE_SUFFIXES
                    and _VILLAGE_AFTER.match(s[end:end + 6]))
    # 东岭村|委会, 东岭村|“两委”: but not a title chain's next title (党支部书记兼|村委会主任, 书记、|村委会主任)
    committee = suf == "村" and any(s.startswith(w, end) for w in _COMMITTEES) and not _TITLE_BEFORE.search(s, 0, i)
    return bool(starts and not s.startswith(suf + "党", i) and not committee and not (
        suf in ("镇", "乡") and s.startswith(suf + "党委", i)
    ) and not (village_next and s[end:end + 2] not in _VILLAGE_WORDS) and not (
        _COLLECTIVE_BODY.match(s[i:i + 11])
    ) and not (s.startswith("村集", i) and _known_before(ctx, i, suf, typ)))  # 建新村|集体经济


def _longer_word_at(s: str, pos: int) -> bool:
    """The segmentation of the text around ``pos`` has a word of two or more characters starting there."""
    start = max(0, pos - 5)
    offset = start
    for tok in tokens(s[start:pos + 4]):
        if offset == pos:
            return len(tok) >= 2
        offset += len(tok)
        if offset > pos:
            return False
    return False


def _known_before(ctx: SentenceContext, i: int, suf: str, typ: str) -> bool:
    """A name the division table knows ends right before ``i``."""
    return any(is_known(typ, ctx.s[k:i] + suf) and not common_verb(ctx.s[k:i])
               for k in range(max(0, i - 4), i - 1))
