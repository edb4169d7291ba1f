"""Find the named things in one sentence: places, Party organisations, bodies, people, programmes.

Rules are keyed on suffixes (镇, 村, 合作社, 公司 …), on titles next to names, on the gazetteer
and on quotation marks. A name's left edge is found by walking left from its suffix over a
jieba segmentation until a stop word, a cue verb, punctuation or the end of another name.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

import ahocorasick
import cn2an
import jieba

from ruralkg.ingest.extraction import vocab as lx
from ruralkg.ingest.gazetteer import gazetteer, short_name
from ruralkg.ingest.spans import SpanIndex
from ruralkg.ingest.villages import is_known

jieba.setLogLevel(logging.WARNING)
_CODE = re.compile(r"[0-9+＋xX×\-]{2,}|[一二三四五六七八九十两]个[一二三四五六七八九十百0-9]+")
_PLACES = ("Province", "City", "County", "Township", "Village")
# a coded name: numerals with the things they count (六统一, 两进三帮, 百千万工程)
_CODE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(服务|活动|部署|工作|行动|要求)")
_CODE_BEFORE = re.compile(r"(实施|开展|推行|落实|推进|践行|推广|坚持)了?$")
_CODED_NAME = re.compile(r"[一二三四五六七八九十百千万两双]{1,3}[\u4e00-\u9fff]{1,3}(?:[一二三四五六七八九十两][\u4e00-\u9fff]{1,2})*(?:工程|行动)?")
CJK = re.compile(r"[\u4e00-\u9fff]")
_STOP_POS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "q", "f", "t", "ad", "y", "e", "o",
             "vd", "zg", "mq", "v", "vn", "a", "l", "i"}
_CUES = set(lx.LEAD_CUES + lx.SUPPORT_CUES + lx.INVEST_CUES + lx.IMPLEMENT_CUES) | lx.NAME_BREAKERS
# lists closed by 等企业 / 等公司 / 等项目: found from their closing words backwards, never by a pattern
# that starts at every character of a long list (quadratic)
_ENTERPRISE_LIST_END = re.compile(r"等(?:[\u4e00-\u9fff、]{0,6}?)(?:企业|公司|龙头企业)")
_ENTERPRISE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}|[\u4e00-\u9fff]{2,10})$")
_BODY_LIST_END = re.compile(r"等(公司|企业|项目|合作社)")
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


@dataclass
class Mention:
    type: str
    name: str
    start: int
    end: int
    aliases: set[str] = field(default_factory=set)
    info: dict = field(default_factory=dict)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.initialize()
    for name in gazetteer().names():
        tok.add_word(name, freq=200000, tag="ns")
    for word in lx.LEAD_CUES + lx.SUPPORT_CUES + lx.INVEST_CUES:
        tok.add_word(word, freq=50000, tag="v")
    return tok


@lru_cache(maxsize=1)
def _pos_table() -> dict[str, str]:
    import jieba.posseg  # its import loads the tag table: only processes that extract pay for it

    jieba.posseg.dt.tokenizer.initialize()
    return jieba.posseg.dt.word_tag_tab


def load_tables() -> None:
    """Load the segmenter, its tag table and the gazetteer automaton now (before worker processes fork,
    so that they share them)."""
    _tokenizer()
    _pos_table()
    _gazetteer_automaton()


def tokens(text: str) -> list[str]:
    return list(_tokenizer().cut(text, HMM=True))


@lru_cache(maxsize=1)
def _gazetteer_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for name in gazetteer().names():
        if len(name) >= 2 and name not in lx.GENERIC_PLACE_WORDS:
            auto.add_word(name, name)
    auto.make_automaton()
    return auto


_DIVISION_ENDS = "省市县区州盟旗乡镇村"


@cache
def _province_shorts() -> tuple[re.Pattern[str], dict]:
    """One pattern for every province's short name (上海, 广西, 内蒙古), and the province of each."""
    by_short = {short_name(d.name): d for d in gazetteer().provinces() if short_name(d.name) != d.name}
    return alternation(tuple(by_short)), by_short


def _straddles_suffix(s: str, start: int, name: str) -> bool:
    """青和镇|康竹沙村 read as the county 镇康: a short name (no division suffix of its own) whose first
    character is the suffix that closes the name written before it."""
    return (name[-1] not in _DIVISION_ENDS and name[0] in "乡镇村县区市" and start > 0
            and bool(CJK.match(s[start - 1])) and s[start - 1] not in _DIVISION_ENDS)


def gazetteer_matches(text: str) -> list[tuple[int, int, str]]:
    """Longest non-overlapping gazetteer names in ``text``, left to right."""
    found = sorted(((end - len(name) + 1, end + 1, name) for end, name in _gazetteer_automaton().iter(text)),
                   key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if not out or start >= out[-1][1]:
            out.append((start, end, name))
    return out


@cache
def _quoted_programme() -> re.Pattern[str]:
    """“X” + up to eight characters + a head word; ‘…’ inside a quotation counts too (‘三金’运行模式)."""
    heads = alternation(lx.PROGRAMME_HEADS).pattern
    return re.compile(rf"[“‘]([^”“‘’]{{1,16}})[”’](?:([\u4e00-\u9fff]{{0,8}}?)({heads}))?")


@cache
def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a word list, longest words first."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


_NAME_WORDS = {"发展", "服务", "建设", "创新", "合作", "联合", "指导", "支持", "实业", "开发", "种植", "养殖", "加强"}


def _is_stop_token(tok: str, strict: bool) -> bool:
    if not tok or not CJK.match(tok):
        return True
    if tok in lx.STOP_CHARS or tok in lx.PLACE_INTERIOR:
        return True
    if tok in _CUES and (strict or tok not in _NAME_WORDS):
        return True
    if strict:
        return _breaks_name(tok) or _pos_table().get(tok) in _STOP_POS
    return False


_BREAK_POS = {"v", "vd", "vn", "p", "c", "d", "r", "u", "uj", "ul", "uz", "ud", "ug", "uv", "ad", "a", "i", "m",
              "b", "l", "f", "t", "y", "e", "o"}
_VERB_POS = {"v", "vd", "vn"}


def _breaks_name(tok: str) -> bool:
    """A word that cannot start or sit inside a name: a verb, adverb, pronoun, preposition or cue."""
    if not tok or not CJK.match(tok) or tok in _CUES or tok in lx.STOP_CHARS or tok in lx.VERB_PHRASES:
        return True
    return _pos_table().get(tok) in _BREAK_POS


_FUNCTION_POS = {"p", "c", "d", "r", "u", "uj", "ul", "uz", "ud", "ug", "uv", "ad", "y", "e", "o", "f", "t", "m"}


def _hard_break(tok: str) -> bool:
    return (tok in _CUES or tok in lx.STOP_CHARS or tok in lx.VERB_PHRASES or tok in lx.PLACE_INTERIOR
            or _pos_table().get(tok) in _FUNCTION_POS)


def left_edge(sentence: str, end: int, max_len: int, floor: int, strict: bool, min_len: int = 2,
              adjective_ok: bool = False) -> int | None:
    """Start index of the name whose suffix begins at ``end``; None when no name fits.

    Places (``strict``) stop at any word that cannot be part of a name; bodies stop only at cue
    verbs and function words, then lose any verb or adverb left at their start.
    """
    marks = "·" if strict else "·“”—"
    lo = end
    while lo > floor and end - lo < max_len + 3 and (CJK.match(sentence[lo - 1]) or sentence[lo - 1] in marks):
        lo -= 1
    while lo < end and sentence[lo] in "”—":
        lo += 1  # a name does not start with a closing quote or a dash
    if end - lo < 1:
        return None
    toks = tokens(sentence[lo:end])
    if strict and lo == floor and floor > 0 and _whole_window_is_name(sentence[lo:end], toks, max_len):
        return lo  # right after another place: the whole span is the name (五街镇|六把地|村, 江口县|官和|乡)
    kept_toks = _place_words(toks, min_len, adjective_ok) if strict else _body_words(toks)
    if kept_toks is None:
        return None
    kept = sum(map(len, kept_toks))
    if kept < min_len:
        return None
    if strict and kept >= 4 and not any(len(t) == 1 or _pos_table().get(t) in (None, "ns", "nr", "nz", "nrt")
                                        for t in kept_toks):
        return None  # four characters of common words (时间联系社区) are no place name
    return end - min(kept, max_len)


class SentenceMentions:
    """All mentions found in one sentence, and the helpers that find them."""

    def __init__(self, sentence: str):
        self.s = sentence
        self.spans = SpanIndex()

    @property
    def found(self) -> list[Mention]:
        return self.spans.items

    def add(self, m: Mention) -> Mention:
        self.spans.add(m)
        return m

    def covered(self, pos: int, types: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> bool:
        """A mention already found spans ``pos``."""
        return self.spans.covering(pos, types, exclude)

    def overlapped(self, lo: int, hi: int) -> bool:
        """A mention already found overlaps ``[lo, hi)``."""
        return any(self.spans.covering(p) for p in range(lo, hi))

    def ends_at(self, pos: int, types: tuple[str, ...] | None = None) -> Mention | None:
        best = None
        for m in self.spans.ending_at(pos):
            if types is None or m.type in types:
                if best is None or m.end - m.start > best.end - best.start:
                    best = m
        return best

    def floor_before(self, pos: int) -> int:
        """The end of the nearest place mention before ``pos``: names never run across it."""
        return self.spans.floor_before(pos)

    # --- places ---------------------------------------------------------------------------------
    def gazetteer_places(self) -> None:
        gz = gazetteer()
        for start, end, name in gazetteer_matches(self.s):
            divs = gz.lookup(name)
            if not divs or _straddles_suffix(self.s, start, name):
                continue
            canonical = divs[0].name if len({d.name for d in divs}) == 1 else name  # 景东县 → 景东彝族自治县
            mention = Mention(divs[0].level, canonical, start, end, {short_name(canonical), name})
            mention.info["codes"] = [d.code for d in divs]
            self.add(mention)
        self._province_short_names(gz)
        for m in re.finditer(r"([\u4e00-\u9fff]{2})市", self.s):
            if self.covered(m.start()) or gz.lookup(m.group()):
                continue
            counties = [d for d in gz.short.get(m.group(1), []) if d.level == "County"]
            if len(counties) == 1:
                mention = Mention("County", m.group(), m.start(), m.end(), {counties[0].name, m.group(1)})
                mention.info["codes"] = [counties[0].code]
                self.add(mention)
        for m in alternation(lx.COUNTY_PATTERN_SUFFIXES).finditer(self.s):
            if self.covered(m.start()):
                continue
            lo = left_edge(self.s, m.start(), 6, self.floor_before(m.start()), strict=True)
            if lo is None:
                continue
            self.add(Mention("County", self.s[lo: m.end()], lo, m.end()))

    def _province_short_names(self, gz) -> None:
        """上海2021年援建, 浙江对口帮扶: a province by its short name, where nothing follows that could
        continue a name (a digit, a mark, or a verb of aid or money)."""
        pattern, by_short = _province_shorts()
        for m in pattern.finditer(self.s):
            nxt = self.s[m.end(): m.end() + 1]
            if self.overlapped(m.start(), m.end()):
                continue
            if nxt and CJK.match(nxt) and nxt not in "援对帮投等籍":
                continue
            if m.start() > 0 and CJK.match(self.s[m.start() - 1]) and self.s[m.start() - 1] not in "是由在从与和、":
                continue
            div = by_short[m.group()]
            mention = Mention("Province", div.name, m.start(), m.end(), {m.group()})
            mention.info["codes"] = [div.code]
            self.add(mention)

    def townships_and_villages(self) -> None:
        s = self.s
        pattern = alternation(lx.TOWNSHIP_SUFFIXES + lx.VILLAGE_SUFFIXES)
        i = 0
        while True:
            hit = pattern.search(s, i)
            if hit is None:
                break
            i, suf = hit.start(), hit.group()
            typ = "Township" if suf in lx.TOWNSHIP_SUFFIXES else "Village"
            end = i + len(suf)
            starts = lx.SUFFIX_WORD_STARTS.get(suf, ())
            # 镇长 is a title, but 新户镇长兴新村 is a township followed by a village
            village_next = s.startswith(("镇长", "乡长"), i) and re.match(r"[\u4e00-\u9fff]{1,3}(新村|村|社区)", s[end:end + 5])
            if any(s.startswith(w, i) for w in starts) and not s.startswith(suf + "党", i) and not (
                suf in ("镇", "乡") and s.startswith(suf + "党委", i)
            ) and not (village_next and s[end:end + 2] not in ("村民", "村级", "村集")) and not (
                re.match(r"村集体(股份)?经济(合作社|组织)", s[i:i + 11])  # 六把地村|集体经济合作社
            ) and not (s.startswith("村集", i) and self._known_before(i, suf, typ)):  # 建新村|集体经济
                i += 1
                continue
            if self.covered(i):
                i = end
                continue
            floor = self.floor_before(i)
            max_len = 5 if typ == "Township" else 4
            lo = left_edge(s, i, max_len, floor, strict=True, adjective_ok=typ == "Township")
            lo, fused = table_reading(s, i, suf, typ, lo, floor, max_len)
            if fused is not None:
                self.add(fused)  # 肇庆|罗源镇: a city's short name written before the township
            if lo is not None:
                stem = s[lo:i]
                name = stem + suf
                if not _generic_place(typ, stem, name):
                    aliases = {stem} if len(stem) >= 2 else set()
                    if suf in ("街道办事处", "办事处"):
                        aliases.add(name)
                        name = stem + "街道"  # 蒋官屯街道办事处 is 蒋官屯街道
                    self.add(Mention(typ, name, lo, end, aliases))
            i = end

    def _known_before(self, i: int, suf: str, typ: str) -> bool:
        """A name the division table knows ends right before ``i``."""
        return any(is_known(typ, self.s[k:i] + suf) and not _common_verb(self.s[k:i])
                   for k in range(max(0, i - 4), i - 1))

    def single_listed_village(self) -> None:
        """如后石槽等村 / 于庄等6个村: one name before 等…村."""
        for m in re.finditer(r"([\u4e00-\u9fff]{2,6})等\s*(?:\d+\s*个|[两三四五六七八九十]+个)?\s*(村|社区)(?![民级集委庄干内里容貌务])", self.s):
            if self.covered(m.start(1)) or self.covered(m.end(1) - 1):
                continue
            lo = left_edge(self.s, m.end(1), 4, m.start(1), strict=True)
            if lo is None:
                continue
            stem = re.sub(r"^(例如|比如|如|像|即)", "", self.s[lo: m.end(1)])
            lo = m.end(1) - len(stem)
            if "、" in stem or len(stem) < 2 or _generic_place("Village", stem, stem + m.group(2)):
                continue
            self.add(Mention("Village", stem + m.group(2), lo, m.end(1), {stem}))

    def enumerated_villages(self) -> None:
        """毡张、邓院等村 / 东岗、楼南两村 / 于庄、祝庄等6个村 → villages named with 村."""
        pat = re.compile(
            r"((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}?)"
            r"(?:等\s*(?:\d+\s*个|[两三四五六七八九十]+个)?|(\d+\s*个|[两三四五六七八九十]+个?))"
            r"\s*(村|社区)(?![民级集委庄干内里容貌务])"
        )
        for m in pat.finditer(self.s):
            items = m.group(1).split("、")
            if m.group(2) and _count(m.group(2)) != len(items):
                continue  # 岭枣新村温棚瓜菜、竹康七村: a count with no 等 counts the names before it
            first_start = m.start(1)
            # the first item may carry a verb or preposition glued to it
            suffix = next((x for x in ("社区", "村") if items[0].endswith(x)), "")
            stem_end = first_start + len(items[0]) - len(suffix)
            lo = left_edge(self.s, stem_end, 4, first_start, strict=True)
            if lo is not None:
                items[0] = self.s[lo: first_start + len(items[0])]
            pos = m.start(1) + (len(m.group(1).split("、")[0]) - len(items[0]))
            for item in items:
                start = self.s.find(item, pos)
                if item.endswith(("村", "社区")):
                    name, alias = item, item
                else:
                    name, alias = item + m.group(3), item
                if 2 <= len(alias) <= 5 and not any(alias.startswith(h) for h in ("各", "全", "该")):
                    if not any(x.type == "Village" and x.name == name for x in self.spans.starting_at(start)):
                        self.add(Mention("Village", name, start, start + len(item), {alias}))
                pos = start + len(item)

    # --- Party organisations ------------------------------------------------------------------------
    def branches(self) -> None:
        s = self.s
        for m in alternation(lx.BRANCH_KINDS).finditer(s):
            kind = m.group()
            i = m.start()
            if self.covered(i, ("Branch",)):
                continue
            owner = self.ends_at(i)
            if owner is None and i > 0 and s[i - 1] in "村镇乡":
                owner = self.ends_at(i - 1)  # 梅家村村党支部 → 梅家村党支部
            unit = ""
            if owner is None:
                # a branch of a part of a village: 长兴新村|南楼|党支部, 厦安村|下村|网格党支部
                for k in (2, 3):
                    village = self.ends_at(i - k, ("Village",))
                    part = s[i - k: i]
                    if village is not None and all(CJK.match(c) for c in part) and not _breaks_name(part) \
                            and part[-1] not in "村镇乡的":
                        owner, unit = village, part
                        break
            if owner is None or owner.type not in ("Township", "Village", "County", "City", "Organization",
                                                   "Enterprise", "Cooperative"):
                continue
            canonical_kind = "党总支" if kind == "总支" else kind
            name = owner.name + unit + canonical_kind
            surface = s[owner.start: m.end()]
            ment = self.add(Mention("Branch", name, owner.start, m.end(), {surface} if surface != name else set()))
            ment.info["owner"] = owner
        # branches named by a natural village or group alone, in a list: 老井支部、羊厩房支部
        for m in re.finditer(r"(?:(?<=[、，和及与])|(?<=联合))([\u4e00-\u9fff]{2,3})(党支部|支部)", s):
            listed = s[m.start() - 1] == "、" or re.match(r"[、，和及与。]|\d|[一二三四五六七八九十]个", s[m.end():m.end() + 2])
            if not listed:
                continue
            stem = m.group(1)
            if self.covered(m.start()) or stem[-1] in "村镇乡党" or any(
                    _breaks_name(t) for t in tokens(stem)) or stem in lx.BRANCH_KIND_STEMS:
                continue  # 网格党支部, 机关党支部: kinds of branch, not names
            if stem in lx.GENERIC_PLACE_WORDS or any(stem.startswith(h) for h in lx.GENERIC_PLACE_HEADS):
                continue
            self.add(Mention("Branch", stem + "党支部", m.start(), m.end(), {m.group()}))
        # 区委 / 县委 / 市委 as the Party committee of a county or city
        for m in re.finditer(r"(?<=[区县市])委(?!员|会|托|屈|婉)", s):
            owner = self.ends_at(m.start(), ("County", "City"))
            if owner:
                ment = self.add(Mention("Branch", owner.name + "委", owner.start, m.end()))
                ment.info["owner"] = owner

    # --- bodies -------------------------------------------------------------------------------------
    def teams(self) -> None:
        """Work teams named after where they are sent and who sends them: 市委组织部驻王庄村帮扶工作队."""
        s = self.s
        for m in _TEAM.finditer(s):
            place = self.ends_at(m.start(), _PLACES)
            if place is None:
                continue
            start = place.start
            while (before := self.ends_at(start, _PLACES)) is not None:
                start = before.start  # 驻淮安区苏嘴镇…: the whole chain
            if start > 0 and s[start - 1] == "驻":
                sender = left_edge(s, start - 1, 12, 0, strict=False, min_len=2)
                if sender is not None and s[sender:start - 1].endswith(_SENDER_END):
                    start = sender
                else:
                    start -= 1  # 驻王庄村工作队
            ment = self.add(Mention("Organization", s[start:m.end()], start, m.end()))
            ment.info["place"] = place

    def bodies(self) -> None:
        self.trade_enterprises()
        groups = (
            ("Cooperative", lx.COOPERATIVE_SUFFIXES, 14),
            ("Enterprise", lx.ENTERPRISE_SUFFIXES, 12),
            ("Organization", lx.ORGANIZATION_SUFFIXES, 20),
            ("Project", lx.PROJECT_SUFFIXES, 18),
        )
        s = self.s
        taken = {p for x in self.found if x.type in ("Enterprise", "Organization") for p in range(x.start, x.end)}
        for typ, suffixes, max_len in groups:
            for m in alternation(suffixes).finditer(s):
                suf = m.group()
                end = m.end()
                if m.start() in taken:
                    continue
                if not self._word_ends_at(end):
                    continue  # 实践所|以: the suffix is the start of another word
                if re.match(r"(工作)?(机制|模式|体系|格局)", s[end:end + 4]):
                    continue  # “一干五枝”商会工作机制 is a programme, not a body
                lo = left_edge(s, m.start(), max_len, 0, strict=False, min_len=2)
                if lo is None and m.start() > 0 and s[m.start() - 1] == "”":
                    lo = m.start()
                if lo is None:
                    continue
                quote = s.rfind("“", max(0, lo - 14), lo)
                if lo > 0 and s[lo - 1] == "”" and quote >= 0:
                    lo = quote  # “红桑榆”志愿服务队: the quoted name belongs to the body
                head = s[lo:m.start()]
                if head.count("”") > head.count("“"):
                    opening = s.rfind("“", max(0, lo - 14), lo)
                    lo = opening if opening >= 0 else s.index("”", lo) + 1  # 红桑榆”… → “红桑榆”…
                elif head.count("“") > head.count("”"):
                    lo = s.index("“", lo) + 1  # an opening quote never closed: the name starts after it
                if lo >= m.start():
                    continue
                # a name never reaches left past the place it starts with (正在举行|江口县…合作社)
                full_lo = None
                inner = sorted((x for x in self.spans.starting_in(lo, m.start()) if x.type in _PLACES
                                and x.end <= m.start()), key=lambda x: x.start)
                if inner:
                    # the name starts at the most specific place before it (淄博市沂源县|东里镇冷链物流中心)
                    chain_end = inner[-1]
                    while any(x.end == chain_end.start for x in inner):
                        chain_end = next(x for x in inner if x.end == chain_end.start)
                    last = inner[-1]
                    if chain_end.start > lo or last.start > lo:
                        full_lo = chain_end.start if chain_end.start >= lo else None
                    lo = last.start
                name = s[lo:end]
                if name in lx.GENERIC_BODY_NAMES or _generic_body(name, suf):
                    continue
                if typ == "Project" and alternation(lx.OFFICIAL_TITLES + lx.PERSON_TITLES).search(name):
                    continue  # 名誉村主任张某董事长谈项目: a person's title inside is a clause, not a name
                place = self._leading_place(lo, end)
                if place is not None and s[place.end:end] in lx.FACILITIES:
                    continue  # 郭庄村党群服务中心: a facility every village has, not a named body
                if place is not None and typ == "Project" and s[place.end:end] != suf:
                    words = [t for t in tokens(s[place.end:m.start()]) if CJK.match(t)]
                    if words and all(_breaks_name(t) for t in words):
                        continue  # 张炉集镇|牢固树立|项目: a verb phrase, not a project name
                owner = self._leading_body(lo, end) if typ == "Project" else None
                if not _named(typ, name, suf, place is not None, owner is not None):
                    continue
                mention = Mention(typ, name, lo, end)
                if full_lo is not None and full_lo < lo:
                    mention.aliases.add(s[full_lo:end])
                if place is not None:
                    rest = s[place.end:end]
                    mention.info["place"] = place
                    if typ in ("Cooperative", "Enterprise") and _branded(rest, suf):
                        mention.name = rest
                        mention.aliases.add(name)
                        mention.start = place.end
                    elif len(rest) > len(suf) + 1:
                        mention.aliases.add(rest)
                if owner is not None:
                    mention.info["owner"] = owner
                self.add(mention)
                taken.update(range(mention.start, end))

    def _place_at(self, pos: int) -> bool:
        return any(x.type in _PLACES for x in self.spans.starting_at(pos))

    def _leading_place(self, lo: int, end: int) -> Mention | None:
        best = None
        for x in self.spans.starting_in(lo, end):
            if x.type in ("Province", "City", "County", "Township", "Village") and x.end < end:
                if x.start == lo or (best is not None and x.start == best.end):
                    best = x
        return best

    def _leading_body(self, lo: int, end: int) -> Mention | None:
        for x in self.spans.starting_in(lo, end):
            if x.type in ("Enterprise", "Cooperative", "Organization") and x.end < end:
                return x
        return None

    def quoted_businesses(self) -> None:
        """Small businesses named in quotes: “山居人家”民宿, 开办“稻香小院”“知味斋”."""
        s = self.s
        kinds = alternation(lx.BUSINESS_KINDS).pattern
        for m in re.finditer(rf"“([^“”，。]{{2,8}})”({kinds})?", s):
            opened = re.search(rf"(?:{alternation(lx.OPEN_BUSINESS_CUES).pattern})(?:[^，。；]{{0,10}}的)?(?:“[^“”]+”[、和]?)*$",
                               s[max(0, m.start() - 40):m.start()])
            if m.group(2) or opened:
                end = m.end(1) + 1
                ment = self.add(Mention("Enterprise", m.group(1), m.start(), end, {s[m.start():m.end()]}))
                if m.group(2):
                    ment.aliases.add(m.group(1) + m.group(2))

    def listed_enterprises(self) -> None:
        """A list closed by 等企业 names companies that carry no suffix: 华康药业、鑫源集团等企业."""
        s = self.s
        for m, _closing in lists_closed_by(s, _ENTERPRISE_LIST, _ENTERPRISE_LIST_END):
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
                if self.covered(start) or not item.endswith(
                        lx.ENTERPRISE_TRADES + lx.ENTERPRISE_SUFFIXES + ("股份", "控股", "药业", "集团")):
                    continue
                if len(item) < 4 or item in lx.GENERIC_BODY_NAMES:
                    continue
                self.add(Mention("Enterprise", item, start, start + len(item)))

    def untitled_people(self) -> None:
        """A name with no title before what people say or do (王某某介绍, 拿到分红的刘某某笑得…)."""
        s = self.s
        for m in alternation(lx.SPEECH_VERBS).finditer(s):
            end = m.start()
            if self.covered(end - 1):
                continue
            for length in (3, 2):
                k = end - length
                name = s[k:end]
                if k < 0 or name[0] not in lx.SURNAMES or not all(CJK.match(c) for c in name):
                    continue
                if not (k == 0 or not CJK.match(s[k - 1]) or s[k - 1] in "的"):
                    continue
                if any(c in lx.STOP_CHARS for c in name[1:]) or _pos_table().get(name) not in (None, "nr", "nrfg"):
                    continue
                if _tokenizer().FREQ.get(name[:2]) or any(t in name for t in lx.OFFICIAL_TITLES + lx.PERSON_TITLES):
                    continue
                self.add(Mention("Person", name, k, end))
                break

    def trade_enterprises(self) -> None:
        """Brand + trade (恒昌香油, 德润机电): a two-character brand that is no common word."""
        table = _pos_table()
        for m in alternation(lx.ENTERPRISE_TRADES).finditer(self.s):
            trade = m.group()
            lo = m.start() - 2
            if lo < 0 or self.covered(m.start(), exclude=("Township",)):
                continue
            brand = self.s[lo: m.start()]
            if not all(CJK.match(c) and c not in lx.STOP_CHARS for c in brand):
                continue
            if not self._word_starts_at(lo):
                continue  # 文化园电商: the brand would start inside a word
            if brand in table and not (trade in lx.BRAND_TRADES and table[brand] in ("n", "nz", "nr", "ns")
                                       and brand not in lx.GENERIC_BODY_WORDS):
                continue
            self.add(Mention("Enterprise", brand + trade, lo, m.end()))

    def _word_ends_at(self, pos: int) -> bool:
        if pos >= len(self.s) or not CJK.match(self.s[pos]):
            return True
        start = max(0, pos - 3)
        offset = start
        for tok in tokens(self.s[start: pos + 3]):
            offset += len(tok)
            if offset == pos:
                return True
            if offset > pos:
                return offset - len(tok) >= pos
        return True

    def _word_starts_at(self, pos: int) -> bool:
        if pos == 0 or not CJK.match(self.s[pos - 1]) or self.s[pos - 1] in lx.STOP_CHARS:
            return True
        start = max(0, pos - 4)
        offset = start
        for tok in tokens(self.s[start: pos + 2]):
            if offset == pos:
                return True
            offset += len(tok)
            if offset > pos:
                return False
        return offset == pos

    def enumerated_bodies(self) -> None:
        """洪保、万华等公司 / 犇逸牧业、华盛公司真皮箱包、银河学校等项目."""
        kinds = {"公司": "Enterprise", "企业": "Enterprise", "项目": "Project", "合作社": "Cooperative"}
        for m, closing in lists_closed_by(self.s, _BODY_LIST, _BODY_LIST_END):
            items = m.group(1).split("、")
            lo = left_edge(self.s, m.start(1) + len(items[0]), 10, 0, strict=False)
            if lo is not None:
                items[0] = self.s[lo: m.start(1) + len(items[0])]
            kind = closing.group(1)
            typ = kinds[kind]
            pos = m.start(1)
            for item in items:
                start = self.s.find(item, pos)
                pos = start + len(item)
                suffix = "公司" if kind == "企业" else kind
                name = item if item.endswith(suffix) else item + suffix
                if typ == "Enterprise" and item.endswith(lx.ENTERPRISE_TRADES + lx.ENTERPRISE_SUFFIXES):
                    name = item
                if any(x.type == typ for x in self.spans.starting_at(start)):
                    continue
                inner = self._leading_body(start, start + len(item) + 1) if typ == "Project" else None
                if typ == "Project" and inner is None and not _distinctive(item):
                    continue  # 稻谷、玉米等项目: kinds of work, not named projects
                ment = self.add(Mention(typ, name, start, start + len(item), {item}))
                if inner is not None:
                    ment.info["owner"] = inner

    # --- people -----------------------------------------------------------------------------------
    def people(self) -> None:
        s = self.s
        for m in alternation(lx.OFFICIAL_TITLES + lx.PERSON_TITLES).finditer(s):
            name = _name_at(s, m.end())
            if not name or (m.group() == "村支书" and name.startswith("记")):
                continue
            posts = self._posts_before(m.start(), m.end())
            official = any(t not in lx.PERSON_TITLES and not t.startswith(lx.HONORARY) for _, t in posts)
            ment = Mention("Official" if official else "Person", name, m.end(), m.end() + len(name))
            ment.info["posts"] = posts
            if any(x.type in ("Official", "Person") for x in self.spans.starting_at(ment.start)):
                continue
            self.add(ment)
        for m in alternation(lx.PERSON_ROLES).finditer(s):
            name = _name_at(s, m.end())
            if name and not self.spans.starting_at(m.end()):
                self.add(Mention("Person", name, m.end(), m.end() + len(name)))
        # a named person speaking for an office, with no title: 县农业农村局张某某表示
        for m in re.finditer(rf"(?:(该|本)?(县|区|市|镇|乡))?({alternation(lx.BUREAUS).pattern})", s):
            name = _name_at(s, m.end())
            if not name or self.covered(m.end()) or not _boundary(s, m.end() + len(name)):
                continue
            org = self.ends_at(m.end(), ("Organization",))
            if org is None:
                if m.group(3) not in lx.BUREAUS:
                    continue
                org = Mention("Organization", m.group(3), m.start(3), m.end(3))
                org.info["reference"] = "Township" if m.group(2) in ("镇", "乡") else "County"
            ment = self.add(Mention("Official", name, m.end(), m.end() + len(name)))
            ment.info["posts"] = [(org, "")]
        # name before title: 关威书记, 李四同志
        for m in re.finditer(r"([\u4e00-\u9fff]{2,3})(书记|主任|镇长|乡长|村长|局长)(?=[，。、：说表介])", s):
            name = m.group(1)
            if name[0] in lx.SURNAMES and not self.overlapped(m.start(1), m.end(1)):
                if _pos_table().get(name) is None:
                    ment = self.add(Mention("Official", name, m.start(1), m.end(1)))
                    ment.info["posts"] = [(None, m.group(2))]

    def _posts_before(self, title_start: int, title_end: int) -> list[tuple[Mention | None, str]]:
        """(organisation, title) pairs in the chain of titles before a name: X党支部书记、Y合作社理事长Z."""
        s = self.s
        posts: list[tuple[Mention | None, str]] = []
        pos = title_end
        seg_start = max(s.rfind(c, 0, title_start) for c in "，。；：“”") + 1
        for tm in alternation(lx.OFFICIAL_TITLES + lx.PERSON_TITLES).finditer(s, seg_start, pos):
            title = tm.group()
            qualified = _QUALIFIERS.search(s, seg_start, tm.start())
            at = qualified.start() if qualified else tm.start()  # 上竹洋村|省派|第一书记, 王庄村|的|第一书记
            if qualified and lx.HONORARY in qualified.group():
                title = lx.HONORARY + title  # 名誉村主任: an honour, not a post of the Party or government
            org = self.ends_at(at, ("Branch", "Township", "Village", "County", "City", "Organization",
                                    "Cooperative", "Enterprise"))
            if org is None:
                # 自然资源局党组书记、局长X: the title names the kind of body held, named earlier in the chain
                heads = lx.TITLE_BODY_SUFFIXES.get(title, ())
                earlier = [x for x in self.spans.starting_in(max(seg_start, tm.start() - 200), tm.start())
                           if x.end <= tm.start() and x.type != "Branch" and heads and x.name.endswith(heads)]
                org = earlier[-1] if earlier else None
            if org is None and posts and posts[-1][0] is not None and s[at - 1: at] == "、":
                org = _chained_post_org(posts[-1][0], title)  # 队长、第一书记X; 村党总支书记、主任X
            posts.append((org, title))  # org None: 镇党委书记, resolved by reference later
        return posts

    # --- programmes -------------------------------------------------------------------------------
    def programmes(self) -> None:
        s = self.s
        for m in _quoted_programme().finditer(s):
            inner = m.group(1).strip()
            between = m.group(2) if m.group(3) else ""
            if between.startswith("的") and m.group(3) in ("模式", "机制", "发展模式", "运行模式", "工作机制"):
                between = between[1:]  # “村社合一”的发展模式 is “村社合一”发展模式
            if self.covered(m.start(), ("Organization", "Project", "Enterprise", "Cooperative")):
                if not (m.group(1).strip().endswith(lx.QUOTED_PROGRAMME_ENDS) and not m.group(3)):
                    continue
            formula = "+" in inner and re.search(r"[\u4e00-\u9fff]{2}", inner)  # “党支部+合作社+农户”
            listing = re.search(r"[，。！？]", inner) or ("、" in inner and (between or m.group(3) not in (
                "机制", "模式", "工作机制", "制度")))
            if m.group(3) in ("建设", "活动", "服务", "志愿服务", "行动") and len(between) > 2:
                listing = True  # “带头人”队伍建设, “三线”四类专项治理行动: a description, not a name
            if m.group(3) and not formula and not listing and not re.search(r"[等和与及的]", between):
                name = f"“{inner}”{between}{m.group(3)}"
                mention = Mention("Programme", name, m.start(), m.end(), {inner, name.replace("“", "").replace("”", "")})
                self.add(mention)
            elif _CODE.fullmatch(inner) or (
                    # a coded name that is carried out or served: 提供“六统一”生产服务, 开展“两进三帮”
                    _CODED_NAME.fullmatch(inner) and inner not in lx.GENERIC_CODES and _pos_table().get(inner) is None
                    and (_CODE_AFTER.match(s, m.end()) or _CODE_BEFORE.search(s, 0, m.start()))) or (
                    # a campaign named with its head inside the quotes: 落实省“千村示范工程”部署 (not 的“一号工程”)
                    inner.endswith(lx.QUOTED_PROGRAMME_ENDS) and not listing and len(inner) >= 4
                    and s[m.start() - 1: m.start()] != "的"):
                span = Mention("Programme", inner, m.start(), m.end(), {f"“{inner}”"})
                self.spans.keep(lambda x, span=span: not (x.type == "Project" and x.overlaps(span)))
                self.add(span)  # a campaign, not a construction project
        cue = r"(?:开展|实施|推进|推行|落实|践行|打响|打好|启动|深化|创新)了?"
        # 实施了红黄蓝预警模式: an unquoted model or mechanism with a distinctive name
        for m in re.finditer(rf"{cue}([\u4e00-\u9fff]{{3,8}}?)(预警模式|工作模式|模式|机制|工作法)", s):
            stem = m.group(1)
            if self.covered(m.start(1)) or any(c in lx.STOP_CHARS for c in stem):
                continue
            if _distinctive(stem) or stem[:1] in "一二三四五六七八九十两" or re.search(r"[红黄蓝绿白]{2,}", stem):
                self.add(Mention("Programme", stem + m.group(2), m.start(1), m.end()))
        # 齐鲁富民贷: a named loan product
        for m in re.finditer(r"([\u4e00-\u9fff]{4})贷(?!款)", s):
            stem = m.group(1)
            proper = _pos_table().get(stem[:2]) in (None, "ns", "nr", "nz")
            if self._word_starts_at(m.start(1)) and proper and stem[-1] not in "信放额尽":
                self.add(Mention("Programme", stem + "贷", m.start(1), m.end()))
        for m in alternation(lx.PROGRAMME_NAMES).finditer(s):
            name = m.group()
            if self.covered(m.start(), ("Programme",)):
                continue
            canonical = lx.PROGRAMME_SYNONYMS.get(name, name)
            self.add(Mention("Programme", canonical, m.start(), m.end(), {name}))

    def drop_facilities_inside_projects(self) -> None:
        """杨树湾技术服务中心项目 is one project: the 中心 inside its name is no body of its own."""
        projects = [x for x in self.found if x.type == "Project" and x.name.endswith("项目")]
        self.spans.keep(lambda x: not (
            x.type == "Organization" and x.name.endswith(("中心", "站", "基地"))
            and any(p.start <= x.start and x.end == p.end - 2 for p in projects)))

    def run(self) -> list[Mention]:
        self.gazetteer_places()
        self.townships_and_villages()
        self.enumerated_villages()
        self.single_listed_village()
        self.teams()
        self.quoted_businesses()
        self.bodies()
        self.listed_enterprises()
        self.enumerated_bodies()
        self.branches()
        self.drop_facilities_inside_projects()
        self.people()
        self.untitled_people()
        self.programmes()
        return self.found


# a work team: [sender 驻] place [kind words] 工作队 (省委驻淮安区乡村振兴帮促工作队, 王庄村驻村工作队)
_TEAM = re.compile(r"(?:乡村振兴|驻村|帮扶|帮促|定点|结对|第一书记|工作)*(?:工作队|帮扶队|服务队|工作组|帮扶组)")
_SENDER_END = ("省委", "市委", "州委", "县委", "区委", "部", "厅", "局", "办", "委员会", "公司", "集团", "大学", "学院",
               "银行", "医院", "法院", "检察院", "政府")


# words between a body and a title held there: 王庄村|驻村|第一书记, 上竹洋村|省派|第一书记, 王庄村|的|书记
_QUALIFIERS = re.compile(r"(?:的|相关|驻村|省派|市派|县派|区派|选派|派驻|原|现任|新任|常务|名誉)+$")


def _chained_post_org(prev: Mention, title: str) -> Mention | None:
    """A title listed after another with no body of its own (队长、第一书记X): held in the same body,
    or, after a village branch's secretary, a 主任 is the village's (党总支书记、主任X)."""
    if prev.type == "Organization" and prev.name.endswith(("队", "组")) and title in lx.TEAM_TITLES:
        return prev
    owner = prev.info.get("owner")
    if prev.type == "Branch" and owner is not None and owner.type == "Village" and title in lx.VILLAGE_TITLES:
        return owner
    return None


def _prefix_place(s: str, lo: int, hi: int) -> Mention | None:
    """A county's or city's short name written right before a township (肇庆|罗源镇, 蕉城|石后乡)."""
    gz = gazetteer()
    for k in range(max(lo, hi - 3), hi - 1):
        if _straddles_suffix(s, k, s[k:hi]):
            continue  # 青和镇|康竹沙村: 镇 closes the township before, it does not start 镇康
        divs = [d for d in gz.short.get(s[k:hi], []) if d.level in ("City", "County")]
        if len({d.code for d in divs}) == 1:
            m = Mention(divs[0].level, divs[0].name, k, hi, {s[k:hi]})
            m.info["codes"] = [divs[0].code]
            return m
    return None


def table_reading(s: str, i: int, suf: str, typ: str, lo: int | None, floor: int,
                  max_len: int) -> tuple[int | None, Mention | None]:
    """Decide a township's or village's left edge with the division table.

    The suffix rule's reading stands when the table knows it. Otherwise a reading the table knows
    wins: a shorter one drops words glued in front (能为|建新村, 驻|张庄村, 肇庆|罗源镇 — a city's
    short name there becomes a mention of its own); a longer one takes back direction and size
    characters the rule cut off (下|竹洋村). With no known reading, a first word the segmenter made
    up around a function character loses it (由洛舍|村 → 洛舍村), and a stem that is one common word
    (空壳村, 名誉村主任) is no place.
    """
    j = i
    while j > max(floor, i - max_len - 3) and CJK.match(s[j - 1]):
        j -= 1
    known = [k for k in range(j, i - 1) if i - k <= max_len and is_known(typ, s[k:i] + suf)]
    if lo is not None:
        longer = [k for k in known if k < lo and all(c in lx.NAME_PREFIX_CHARS for c in s[k:lo])]
        if longer:
            return longer[0], None
        if lo in known:
            return lo, None
        for k in (k for k in known if k > lo):
            fused = _prefix_place(s, j, k)
            if fused is not None or _glued(s[lo:k]):
                return k, fused
        for k in range(lo + 1, i - 1):
            # 十堰|山寿乡, 蕉城|桃福乡: a city's or county's short name glued to a name the table lacks
            fused = _prefix_place(s, max(j, k - 3), k)
            if fused is not None and fused.start <= lo and s[fused.start - 1: fused.start] not in tuple("镇乡村县区市"):
                return k, fused
        return _unknown_reading(s, lo, i, chained=lo == floor > 0), None
    # the rule found no name: a known one stands right after another place (辽阳县|统一镇), at
    # the start of a clause, or after a verb or function word (听说|吾隘镇) unless it is a verb itself
    for k in known:
        if k == floor > 0 or k == 0 or not CJK.match(s[k - 1]):
            return k, None
        before = tokens(s[j:k])
        if not _common_verb(s[k:i]) and _breaks_name(before[-1]):
            # 发展|黄|三泉村, (|后|石前村: one character between a break and a known name is its first
            # character (a name the table lacks that ends in a known one), unless it is a function word
            lone = before[-1]
            if (len(lone) == 1 and lone not in lx.STOP_CHARS and lone not in lx.MOTION_CHARS
                    and (len(before) == 1 or _breaks_name(before[-2]))):
                return k - 1, None
            return k, None
    return None, None


def _common_verb(stem: str) -> bool:
    return stem in _CUES or stem in lx.VERB_PHRASES or _pos_table().get(stem) in _VERB_POS | {"a", "ad", "d"}


def _glued(part: str) -> bool:
    """Words in front of a place name that cannot belong to it: function characters, motion
    characters (驻, 邻), verbs and adverbs (每年能为|建新村)."""
    if any(c in lx.STOP_CHARS or c in lx.MOTION_CHARS for c in part):
        return True
    return any(_breaks_name(t) and t not in lx.NAME_PREFIX_CHARS for t in tokens(part) if len(t) > 1)


def _unknown_reading(s: str, lo: int, i: int, chained: bool = False) -> int | None:
    """``chained``: the name starts right where another place ends (利津县|义庄乡), so even a stem that
    is a common word (义庄, 和平, 太平) is the name of the place under it."""
    toks = tokens(s[lo:i])
    first = toks[0]
    table = _pos_table()
    pos, cut = lo, None
    for tok in toks:
        # a function character alone, or inside a word the segmenter made up (由洛舍, 议|由|桑红): the
        # name starts after it
        if (tok in lx.STOP_CHARS or tok not in table) and any(c in lx.STOP_CHARS for c in tok):
            cut = pos + max(n for n, c in enumerate(tok) if c in lx.STOP_CHARS) + 1
        pos += len(tok)
    if cut is not None and i - cut >= 2:
        return cut
    if len(toks) == 1 and table.get(first) in ("n", "vn", "v", "a", "l", "i") and first not in lx.VILLAGE_NAME_WORDS \
            and not chained:
        return None  # 空壳村, 名誉村: a common word, not a name
    return lo


def _whole_window_is_name(window: str, toks: list[str], max_len: int) -> bool:
    return (2 <= len(window) <= max_len
            and not any(len(t) > 1 and (t in _CUES or t in lx.VERB_PHRASES) for t in toks)
            and not (len(toks[0]) == 1 and toks[0] in lx.STOP_CHARS and len(window) > 2)
            and (len(window) <= 3 or not any(len(t) > 1 and _pos_table().get(t) in _VERB_POS for t in toks)))


def _place_words(toks: list[str], min_len: int, adjective_ok: bool) -> list[str]:
    """The words of a place name, right to left, from the words before its suffix."""
    kept: list[str] = []
    for n, tok in enumerate(reversed(toks)):
        if len(tok) > 2 and tok[0] in "村镇乡" and tok not in _pos_table():
            kept.append(tok[1:])  # 帮扶|村信麻|乡: a word the segmenter made up across a suffix
            break
        if len(tok) >= 2 and tok[0] in _GLUED_PREPOSITIONS and tok not in _pos_table():
            kept.append(tok[1:])  # 重点|对七营|、: a preposition the segmenter glued to the name after it
            break
        if n == 1 and kept == [toks[-1]] and len(toks[-1]) == 1 and toks[-1] in "一二三四五六七八九十" \
                and 2 <= len(tok) <= 3 and not _hard_break(tok) and not any(c in lx.STOP_CHARS for c in tok) \
                and tok[-1] not in "村镇乡区":  # 李家沟村|四|村 counts the villages before it
            kept.append(tok)  # 下桥|七|村: a numbered village keeps the word before its number
            break
        if n == 0 and _ends_place_name(tok, toks, adjective_ok):
            kept.append(tok)  # the word right before the suffix belongs to the name (鸿雁湾村)
            continue
        if tok in lx.NAME_PREFIX_CHARS and (n == len(toks) - 1 or (sum(map(len, kept)) < 3 and not _hard_break(tok))):
            kept.append(tok)  # 后|刘楼村, 西|街关村: direction and size words open many names
            continue
        if tok in lx.PLACE_SUFFIX_TOKENS:
            break  # 村|纸房乡, 街道|和平社区: another place ends here
        if n > 0 and len(tok) >= 2 and tok[0] in "一二三四五六七八九十" and _pos_table().get(tok) in ("m", None) \
                and not re.search(r"[个名家位]", tok):
            kept.append(tok)  # 六把|地村, 五里|铺村: numbers open many place names
            continue
        if len(tok) > 1 and tok[0] in "村镇乡" and n > 0:
            kept.append(tok[1:])  # 帮扶|村纸|房 → 纸房乡
            break
        if n > 0 and len(tok) > 1 and tok[-1] in "村镇乡":
            break  # 帮|扶村|信麻乡: a word ending in a place suffix closes the name before this one
        if len(tok) == 1 and kept and _pos_table().get(tok) in ("zg", "ng", "g") and tok not in lx.STOP_CHARS \
                and tok not in lx.MOTION_CHARS:
            kept.append(tok)  # 湾|林村: a one-character morpheme (no word of its own) opens the name
            continue
        if _is_stop_token(tok, True):
            need = min_len - sum(map(len, kept))
            if 0 < need < len(tok) and tok not in lx.STOP_CHARS and CJK.match(tok) and (
                    _pos_table().get(tok) in ("p", "c") or (need == 1 and tok[-1] in "于在和与及")):
                kept.append(tok[-need:])  # a preposition glued to a short name (对于庄 -> 于庄)
            break
        kept.append(tok)
    return kept


def _ends_place_name(tok: str, toks: list[str], adjective_ok: bool) -> bool:
    """May the word right before a place suffix belong to the name?"""
    if not _breaks_name(tok) or tok in lx.VILLAGE_NAME_WORDS:
        return True
    if len(tok) == 1:
        return tok not in lx.STOP_CHARS and tok not in lx.MOTION_CHARS  # 蒲笠堌|堆村
    after_preposition = len(toks) >= 2 and toks[-2] in ("在", "到", "于", "从", "向", "对", "赴")
    # townships are often named by adjectives or verbs: 在|安定|镇
    return adjective_ok and ((after_preposition and tok not in _CUES) or _pos_table().get(tok) == "a")


def _body_words(toks: list[str]) -> list[str] | None:
    """The words of a body's name, right to left; None when nothing names it."""
    kept: list[str] = []
    for tok in reversed(toks):
        if tok in ("“", "”", "—", "·"):
            kept.append(tok)  # 王英庄村“水肥一体化”智慧农业项目, 活水养鱼—秋月梨项目
            continue
        if _is_stop_token(tok, False):
            break
        kept.append(tok)
    while kept and kept[-1] == "“" and "”" not in kept:
        kept.pop()  # “自从合作社成立…: the quotation opens before the name
    # 争取|农高集团: a verb at the start goes, unless it is the only distinctive word (前进种植专业合作社)
    while kept and _breaks_name(kept[-1]) and kept[-1] not in lx.NAME_PREFIX_CHARS and not (
            len(kept[-1]) >= 2 and kept[-1][0] in "一二三四五六七八九十" and not re.search(r"[个家名位类批项种]", kept[-1])):
        rest = "".join(reversed(kept[:-1]))
        if _hard_break(kept[-1]) or not rest or _distinctive(rest):
            kept.pop()
        else:
            break
    while kept and kept[-1] in ("”", "—", "·"):
        kept.pop()
    if not kept or not any(CJK.match(t) for t in kept):
        return None
    return kept


_GLUED_PREPOSITIONS = set("对由在向从为把将给与及被")
_SIZE_ENDINGS = ("大村", "强村", "大镇", "强镇", "名镇", "重镇")


def _name_morpheme(ch: str) -> bool:
    """A character that can open a place name: no function word, numeral, measure or motion word."""
    return (bool(CJK.match(ch)) and ch not in lx.STOP_CHARS and ch not in lx.MOTION_CHARS
            and ch not in "一二三四五六七八九十百千万两几多个等是为成有")


def _count(numeral: str) -> int | None:
    """两个 → 2, 12个 → 12, 十一 → 11; None when it is no number."""
    digits = numeral.rstrip("个").strip()
    try:
        return int(digits) if digits.isdigit() else int(cn2an.cn2an(digits.replace("两", "二"), "smart"))
    except (ValueError, KeyError):
        return None


def _generic_place(typ: str, stem: str, name: str) -> bool:
    """家乡, 软弱涣散村, 各行政村: words, not places."""
    if name in lx.GENERIC_PLACE_WORDS or stem in lx.GENERIC_PLACE_WORDS:
        return True
    if any(stem.startswith(h) for h in lx.GENERIC_PLACE_HEADS):
        return True
    if (re.search(r"[0-9几多等个]$", stem) or re.fullmatch(r"[第0-9一二三四五六七八九十两百千]+", stem)
            or re.search(r"[两几多个等第][一二三四五六七八九十]+$", stem) or stem.endswith("两")) \
            and not is_known(typ, name):
        return True  # 两个村, 十多个村, 第三村; but 统一镇, 李庄二村 are places
    ending = next((w for w in lx.GENERIC_PLACE_ENDINGS if name.endswith(w)), None)
    if ending is not None and ending in _SIZE_ENDINGS and len(name) == len(ending) + 1 and _name_morpheme(name[0]):
        ending = None  # 张大村, 石大村: one name character before 大村 / 强村 is a name, not a description
    if ending is not None and (ending in lx.GENERIC_PLACE_WORDS or ending in _pos_table()
                               or not is_known(typ, name)):
        return True  # 齐镇村 is a village the table knows; 大农村, 新乡村 are words
    if any(w in stem for w in lx.NOT_IN_PLACE_NAMES):
        return True
    if all(c in "零〇一二三四五六七八九十百千两" for c in stem):
        return True
    if typ == "Township" and "村" in stem:
        return True
    if typ == "Village" and stem.endswith("区"):
        return True  # 滩区村, 园区村: kinds of village
    return False


def _name_at(s: str, i: int) -> str | None:
    """A personal name (2-3 characters, known surname) starting at ``i``, ending at a boundary."""
    name = _raw_name_at(s, i)
    if name is None or name.endswith(lx.KINSHIP_WORDS) or (name in _pos_table() and _pos_table()[name] not in (
            "nr", "nrfg", "nrt")):
        return None
    return name


def _raw_name_at(s: str, i: int) -> str | None:
    if i >= len(s):
        return None
    for comp in lx.COMPOUND_SURNAMES:
        if s.startswith(comp, i):
            for length in (4, 3):
                cand = s[i: i + length]
                if len(cand) == length and CJK.fullmatch(cand[-1]) and _boundary(s, i + length):
                    return cand
    if s[i] not in lx.SURNAMES:
        return None
    if s.startswith(lx.SPEECH_VERBS, i + 2) and all(CJK.match(c) for c in s[i: i + 2]) \
            and _pos_table().get(s[i: i + 2]) in (None, "nr", "nrfg", "nrt"):
        return s[i: i + 2]  # 书记张强|说: what a person says is never the end of the name
    for length in (3, 2):
        cand = s[i: i + length]
        if len(cand) == length and all(CJK.match(c) for c in cand) and _boundary(s, i + length):
            if cand in _pos_table() and _pos_table()[cand] not in ("nr", "nrfg", "nrt"):
                continue
            return cand
    # no clear boundary: a two-character name when a word of two or more characters follows it
    # (罗樊|希望), else three when a verb or another word starts after the third (孙明远|念着)
    two, three = s[i: i + 2], s[i: i + 3]
    names = (None, "nr", "nrfg", "nrt")
    if len(three) == 3 and all(CJK.match(c) for c in three) and s[i] not in lx.STOP_CHARS and \
            s[i + 1] not in "副正原总" and _pos_table().get(three) in names and not _tokenizer().FREQ.get(two):
        if _word_at(s, i + 2, 2):
            return two
        if _word_at(s, i + 3, 1) and _pos_table().get(s[i + 1: i + 3]) not in _FUNCTION_POS:
            return three
    # no clear boundary after the name (张立军算着…): let the segmenter decide
    toks = tokens(s[i: i + 8])
    first = toks[0]
    if 2 <= len(first) <= 3 and all(CJK.match(c) for c in first) and _pos_table().get(first) in (None, "nr", "nrfg", "nrt"):
        return first
    # a surname the segmenter split from a given name that is also a word (韩|立新)
    if len(first) == 1 and first not in lx.STOP_CHARS and len(toks) > 1 and 1 <= len(toks[1]) <= 2 \
            and all(CJK.match(c) for c in toks[1]) and toks[1] not in lx.NAME_FOLLOWERS \
            and _pos_table().get(toks[1]) not in _BREAK_POS | {"n", "vn", "nz", "ns"}:
        return first + toks[1]
    return None


def _word_at(s: str, j: int, shortest: int) -> bool:
    """A verb, adverb or function word of at least ``shortest`` characters starts at ``j``."""
    table = _pos_table()
    return any(table.get(s[j: j + n]) in _BREAK_POS for n in range(4, shortest - 1, -1) if j + n <= len(s))


def _boundary(s: str, j: int) -> bool:
    if j >= len(s):
        return True
    if not CJK.match(s[j]):
        return True
    return any(s.startswith(w, j) for w in lx.NAME_FOLLOWERS)


def _generic_body(name: str, suffix: str) -> bool:
    stem = name[: -len(suffix)]
    if len(stem) < 2:
        return True
    if "某" in stem:
        return True  # 广州某公司: a body the article does not name
    if stem[-1] in "各该本等个家和与及的" or stem[0] in "各该本等个家和与及的":
        return True
    if re.match(r"[0-9一二三四五六七八九十两几多]+\s*[个家名位类批项种所座处条]", stem):
        return True  # 一家合作社, 三个项目: counted, not named
    return name in lx.GENERIC_BODY_NAMES


_NEEDS_NAME = ("工作队", "服务队", "联盟", "服务站", "工作站", "中心", "委员会", "领导小组", "办公室", "理事会", "协会",
               "商会", "联合会", "工会", "团委", "妇联")


def _distinctive(stem: str) -> bool:
    """A stem that names one thing: a quotation, a proper noun, or a word no dictionary has."""
    if "“" in stem or "”" in stem:
        return True
    table = _pos_table()
    toks = tokens(stem)
    if re.match(rf"[\u4e00-\u9fff]{{1,3}}[{lx.TOPONYM_CHARS}](?![\u4e00-\u9fff]?[村镇乡])", stem) and len(toks) > 1 \
            and any(len(t) == 1 and t in lx.TOPONYM_CHARS for t in toks[:3]):
        return True  # 杨树湾|技术服务中心: a natural place name opens it
    singles = [len(t) == 1 and CJK.match(t) and t not in lx.STOP_CHARS
               and table.get(t) in (None, "n", "ng", "nr", "ns", "a", "ag") for t in toks]
    if any(a and b for a, b in zip(singles, singles[1:], strict=False)):
        return True  # 懒|妖溪谷: the segmenter cut an unknown word into characters
    for tok in toks:
        if not CJK.match(tok):
            continue
        if tok in lx.GENERIC_BODY_WORDS:
            continue
        tag = table.get(tok)
        # jieba tags many common nouns nr (玉米, 黑木耳): only place, organisation and brand tags count
        if tag in ("ns", "nz", "nt", "j") or (tag is None and len(tok) >= 2):
            return True
    return False


def _named(typ: str, name: str, suffix: str, has_place: bool, has_owner: bool) -> bool:
    """Unnamed things are not nodes: 一家企业, 志愿服务队, 产业项目 are left out."""
    stem = name[: -len(suffix)]
    if has_place or has_owner:
        return True
    if typ == "Project":
        return "“" in name or _distinctive(stem)
    if typ == "Organization":
        if name.endswith("局"):
            return False  # a bureau named without its place is a reference (县人社局)
        if suffix in _NEEDS_NAME or any(name.endswith(w) for w in _NEEDS_NAME):
            return _distinctive(stem)
        return not all(tok in lx.GENERIC_BODY_WORDS for tok in tokens(stem))
    if typ == "Cooperative":
        return _branded(name, suffix)
    return True


def _branded(rest: str, suffix: str) -> bool:
    """True when a body name after its place carries a brand, i.e. is more than generic words or the
    product it deals in (猕猴桃合作社, 西瓜合作社 describe any such cooperative)."""
    stem = rest[: -len(suffix)] if rest.endswith(suffix) else rest
    if len(stem) < 2:
        return False
    return not all(tok in lx.GENERIC_BODY_WORDS or _pos_table().get(tok) == "n" for tok in tokens(stem))


def find_mentions(sentence: str) -> list[Mention]:
    return SentenceMentions(sentence).run()
