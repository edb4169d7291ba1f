"""Place names by the division table: which reading of the characters before a suffix is the name,
and which words that end like a place are no place (家乡, 软弱涣散村, 两个村).
"""

from __future__ import annotations

import re

import cn2an

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.words import CJK, NAME_POS, breaks_name, common_verb, pos_table, tokens
from ruralkg.ingest.gazetteer import gazetteer
from ruralkg.ingest.villages import is_known

_DIVISION_ENDS = vocab.chars("places", "division_end_chars")
_LEVEL_OFFICES = tuple(vocab.words("organisations", "level_office_suffixes")) + ("党委", "政府", "人民政府")
_SIZE_ENDINGS = vocab.words("places", "size_endings")
_SLOGAN_ENDINGS = vocab.words("places", "slogan_endings")
# 两个村, 十多个村, 第三村: a count or an ordinal, not a name
_COUNT_END = re.compile(r"[0-9几多等个]$")
_DATE_UNITS = "年月日号"
_STATIONED = vocab.chars("places", "stationed_chars")
_BODY_WORDS = set(vocab.ORGANIZATION_SUFFIXES + vocab.COOPERATIVE_SUFFIXES + vocab.ENTERPRISE_SUFFIXES)
_ALL_NUMERAL = re.compile(r"[第0-9一二三四五六七八九十两百千]+")
_COUNT_AFTER_VILLAGE = re.compile(r"村[一二三四五六七八九十两几]+$")
_COUNTED_END = re.compile(r"[两几多个等第][一二三四五六七八九十]+$")


def straddles_suffix(s: str, start: int, name: str) -> bool:
    """青和镇|康竹沙村 read as the county 镇康: a short name (no division suffix of its own) whose first
    character is the suffix that closes the name written before it."""
    return (name[-1] not in _DIVISION_ENDS and name[0] in "乡镇村县区市" and start > 0
            and bool(CJK.match(s[start - 1])) and s[start - 1] not in _DIVISION_ENDS)


def _prefix_place(s: str, lo: int, hi: int) -> Mention | None:
    """A county's or city's short name written right before a township (肇庆|罗源镇, 蕉城|石后乡)."""
    gz = gazetteer()
    for k in range(max(lo, hi - 3), hi - 1):
        if straddles_suffix(s, k, s[k:hi]):
            continue  # 青和镇|康竹沙村: 镇 closes the township before, it does not start 镇康
        divs = [d for d in gz.short.get(s[k:hi], []) if d.level in ("City", "County")]
        if len({d.code for d in divs}) == 1:
            m = Mention(divs[0].level, divs[0].name, k, hi, {s[k:hi]})
            m.info["codes"] = [divs[0].code]
            return m
    return None


def table_reading(s: str, i: int, suf: str, typ: str, lo: int | None, floor: int,
                  max_len: int, inside: bool = False) -> tuple[int | None, Mention | None]:
    """Decide a township's or village's left edge with the division table.

    The suffix rule's reading stands when the table knows it. Otherwise a reading the table knows
    wins: a shorter one drops words glued in front (能为|建新村, 驻|张庄村, 肇庆|罗源镇 — a city's
    short name there becomes a mention of its own); a longer one takes back direction and size
    characters the rule cut off (下|竹洋村). With no known reading, a first word the segmenter made
    up around a function character loses it (由柳塘|村 → 柳塘村), and a stem that is one common word
    (空壳村, 名誉村主任) is no place. ``inside``: the place before contains this one (柳林县|和青北镇).
    """
    j = i
    while j > max(floor, i - max_len - 3) and CJK.match(s[j - 1]):
        j -= 1
    known = [k for k in range(j, i - 1) if i - k <= max_len and is_known(typ, s[k:i] + suf)]
    if lo is not None:
        # 下|竹洋村 (direction and size characters); 吾|库萨克镇: a known township's first character the rule
        # cut off, when it is no function, motion or verb character
        longer = [k for k in known if k < lo and (all(c in vocab.NAME_PREFIX_CHARS for c in s[k:lo])
                                                  or typ == "Township" and k >= floor and not _glued(s[k:lo]))]
        if longer:
            return longer[0], None
        if lo in known:
            return lo, None
        # a village right after the place that holds it (苏木|乌兰陶勒盖嘎查) has no county or city between
        fusing = not (inside and typ == "Village")
        for k in (k for k in known if k > lo):
            fused = _prefix_place(s, j, k) if fusing else None
            if fused is not None or _glued(s[lo:k]):
                return k, fused
        for k in range(lo + 1, i - 1) if fusing else ():
            # 十堰|山寿乡, 蕉城|桃福乡: a city's or county's short name glued to a name the table lacks
            fused = _prefix_place(s, max(j, k - 3), k)
            if fused is not None and fused.start <= lo and s[fused.start - 1: fused.start] not in tuple("镇乡村县区市"):
                return k, fused
        return _unknown_reading(s, lo, i, chained=lo == floor > 0 and inside, inside=inside), None
    # the rule found no name: a known one stands right after another place (辽阳县|统一镇), at
    # the start of a clause, or after a verb or function word (听说|吾隘镇) unless it is a verb itself
    for k in known:
        if k == floor > 0 or k == 0 or not CJK.match(s[k - 1]):
            return k, None
        if _splits_a_verb(s, j, k, i):
            continue  # 修建|通村公路: 建通村 is a known name, but 修建 is one word
        before = tokens(s[j:k])
        # a township the table knows may be named by a verb (来到|擂鼓镇); a village so named is rarer than
        # the verb before 村 (修建|通村)
        verb_named = typ == "Township" and not s.startswith(_LEVEL_OFFICES, i + 1)  # 新建|镇卫生院: a verb and a level
        if (verb_named or not common_verb(s[k:i])) and breaks_name(before[-1]):
            # 发展|黄|三泉村, (|后|石前村: one character between a break and a known name is its first
            # character (a name the table lacks that ends in a known one), unless it is a function word
            lone = before[-1]
            if (len(lone) == 1 and lone not in vocab.STOP_CHARS and lone not in vocab.MOTION_CHARS
                    and (len(before) == 1 or breaks_name(before[-2]))):
                return k - 1, None
            return k, None
    return None, None


def _splits_a_verb(s: str, j: int, k: int, i: int) -> bool:
    """The segmentation of ``s[j:i]`` has a verb running across ``k`` (修建|通村: 修|建通村 would cut it)."""
    pos = j
    for tok in tokens(s[j:i]):
        if pos < k < pos + len(tok):
            return pos_table().get(tok) in ("v", "vn")
        pos += len(tok)
    return False


def _glued(part: str) -> bool:
    """Words in front of a place name that cannot belong to it: function characters, motion
    characters (驻, 邻), verbs and adverbs (每年能为|建新村)."""
    if any(c in vocab.STOP_CHARS or c in vocab.MOTION_CHARS for c in part):
        return True
    return any(breaks_name(t) and t not in vocab.NAME_PREFIX_CHARS for t in tokens(part) if len(t) > 1)


def _unknown_reading(s: str, lo: int, i: int, chained: bool = False, inside: bool = False) -> int | None:
    """``chained``: the name starts right where another place ends (利津县|义庄乡), so even a stem that
    is a common word (义庄, 和平, 太平) is the name of the place under it; ``inside``: that place
    contains this one, so a conjunction opening the stem is its first character (柳林县|和青北镇)."""
    if s[i - 1] in vocab.STOP_CHARS and s[i - 1] not in vocab.INNER_OPENERS:
        return None  # 乡亲们在|村里: a stem the table lacks that ends in a function character is no name
    if lo > 0 and s[lo - 1].isdigit() and s[lo] in _DATE_UNITS and i - lo >= 3:
        lo += 1  # 2020年|凤平镇: a date glued to the name
    elif lo > 0 and s[lo - 1].isdigit() and pos_table().get(s[lo]) == "q":
        return None  # 12次|进村, 173个|嘎查村: a count's measure word opens no name
    toks = tokens(s[lo:i])
    first = toks[0]
    table = pos_table()
    pos, cut = lo, None
    for tok in toks:
        # a function character alone, or inside a word the segmenter made up (由柳塘, 议|由|桑红), or a
        # verb of being stationed (工作队驻|礼凤村): the name starts after it
        breaks = [n for n, c in enumerate(tok) if (c in vocab.STOP_CHARS or c in _STATIONED)
                  and not (inside and pos + n == lo and c in vocab.INNER_OPENERS)]
        if (tok in vocab.STOP_CHARS or tok in _STATIONED or tok not in table) and breaks:
            cut = pos + max(breaks) + 1
        elif tok[0] in vocab.INNER_OPENERS and len(tok) > 1 and table.get(tok) != "ns" and not inside:
            cut = pos + 1  # 工作队|和义|孝村: a conjunction the segmenter glued to the name after it
        elif tok in _BODY_WORDS and pos + len(tok) < i:
            cut = pos + len(tok)  # 协会|礼牛村: the body before is no part of the village's name
        elif tok in _HOMETOWN and pos + len(tok) < i:
            cut = pos + len(tok)  # 向老家|排拢村: the hometown word describes the village, it is no part of its name
        pos += len(tok)
    start = cut if cut is not None else lo
    across = None if chained or inside else _word_across(s, start, i)
    if across is not None:
        return across  # 帮|建黑石沟村: the window of the name began inside a word (帮建) that ends before it
    if cut is not None and i - cut >= 2:
        return cut
    if len(toks) == 1 and table.get(first) in ("n", "vn", "v", "a", "l", "i") and first not in vocab.VILLAGE_NAME_WORDS \
            and not chained:
        return None  # 空壳村, 名誉村: a common word, not a name
    if len(toks) > 1 and toks[-1] in _TAKING_POSTS and s.startswith(_VILLAGE_POSTS, i + 1):
        return None  # 马某|任|村第一书记: a verb of taking a post, then the village's post (no 任村 named)
    return lo


_TAKING_POSTS = frozenset(vocab.words("titles", "appointment_verbs"))
# the posts of a village written after its 村 (任村第一书记, 兼任村党支部书记, 任村委会主任)
_VILLAGE_POSTS = tuple(sorted(vocab.words("titles", "village_titles") + vocab.words("organisations", "village_committee_names")
                              + ("第一书记", "党支部", "党总支", "党委", "“两委”", "两委", "支部书记", "书记"), key=len, reverse=True))


_HOMETOWN = frozenset(vocab.words("clauses", "hometown_words"))


def _word_across(s: str, start: int, i: int) -> int | None:
    """Where a word that the segmenter reads across ``start`` (帮建|黑石沟, the window cut it) ends, when
    it is no name word and two characters of the stem stay after it."""
    at = max(0, start - 3)
    for tok in tokens(s[at:i]):
        if at < start < at + len(tok) and pos_table().get(tok) not in NAME_POS and i - (at + len(tok)) >= 2:
            return at + len(tok)
        at += len(tok)
        if at >= start:
            break
    return None


def _name_morpheme(ch: str) -> bool:
    """A character that can open a place name: no function word, numeral, measure or motion word."""
    return (bool(CJK.match(ch)) and ch not in vocab.STOP_CHARS and ch not in vocab.MOTION_CHARS
            and ch not in "一二三四五六七八九十百千万两几多个等是为成有")


def count_of(numeral: str) -> int | None:
    """两个 → 2, 12个 → 12, 十一 → 11; None when it is no number."""
    digits = numeral.rstrip("个").strip()
    try:
        return int(digits) if digits.isdigit() else int(cn2an.cn2an(digits.replace("两", "二"), "smart"))
    except (ValueError, KeyError):
        return None


def _numeral_name(typ: str, stem: str, name: str) -> bool:
    """八一村, 七一村: two numerals that are no count (no 十, 百, 两 in second place) name a place
    after a date, when the division table knows the name."""
    return (typ == "Village" and len(stem) == 2 and stem[0] not in "零〇两" and stem[1] not in "零〇十百千万两"
            and is_known(typ, name))


def _named_head(head: str) -> bool:
    """One name character, or words that are not all common words of jieba's dictionary: a name."""
    if len(head) == 1:
        return _name_morpheme(head)
    return any(pos_table().get(t) is None or pos_table().get(t) in NAME_POS for t in tokens(head))


def generic_place(typ: str, stem: str, name: str, inside: bool = False) -> bool:
    """家乡, 软弱涣散村, 各行政村: words, not places. ``inside``: the name follows the place that contains
    it (安石乡|义富村), where no slogan (产业兴村) stands."""
    if name in vocab.GENERIC_PLACE_WORDS or stem in vocab.GENERIC_PLACE_WORDS:
        return True
    if stem.startswith(vocab.GENERIC_PLACE_HEADS):
        return True
    if (_COUNT_END.search(stem) or _ALL_NUMERAL.fullmatch(stem)
            or _COUNTED_END.search(stem) or stem.endswith("两")) \
            and not is_known(typ, name):
        return True  # 两个村, 十多个村, 第三村; but 统一镇, 李庄二村 are places
    ending = next((w for w in vocab.GENERIC_PLACE_ENDINGS if name.endswith(w)), None) \
        if name.endswith(vocab.GENERIC_PLACE_ENDINGS) else None  # most names end in none: one C call says so
    if ending is not None and ending in _SIZE_ENDINGS and len(name) == len(ending) + 1 and _name_morpheme(name[0]) \
            and pos_table().get(name[0]) not in ("v", "p", "c", "d"):
        ending = None  # 张大村, 苏百村: one name character before 大村 / 百村 is a name; 带|弱村 is a verb and a rank
    if inside and ending in _SLOGAN_ENDINGS and _named_head(name[:-len(ending)]):
        ending = None  # 安石乡|义富村, 沟口镇|庄山兴村 are villages; 产业兴村 is a slogan
    elif inside and ending in _SLOGAN_ENDINGS and ending.endswith("镇") and len(name) - len(ending) >= 2 \
            and not any(breaks_name(t) for t in tokens(name[:-len(ending)])):
        ending = None  # 宝坻区|八门城镇: a town's name after its county, though 八门 is a common noun
    if ending is not None and (ending in vocab.GENERIC_PLACE_WORDS or ending in pos_table()
                               or not is_known(typ, name)):
        return True  # 齐镇村 is a village the table knows; 大农村, 新乡村 are words
    if any(w in stem for w in vocab.NOT_IN_PLACE_NAMES):
        return True
    if all(c in "零〇一二三四五六七八九十百千两" for c in stem) and not _numeral_name(typ, stem, name):
        return True
    if typ == "Township" and "村" in stem and not is_known(typ, name):
        return True  # 张村|乡亲; but 次村乡, 阎村镇 are townships the table knows
    if typ == "Village" and _COUNT_AFTER_VILLAGE.search(stem) and not is_known(typ, name):
        return True  # 王庄村、桑园村两村: the count of the villages listed before, not a village
    if typ == "Village" and stem.endswith("区"):
        return True  # 滩区村, 园区村: kinds of village
    if typ == "Village" and _people_village(stem, name):
        return True
    return False


_ETHNIC = tuple(sorted(vocab.words("ethnic_groups", "groups"), key=len, reverse=True))
_ETHNIC_MORPHEMES = vocab.word_set("places", "ethnic_morphemes")


def _people_village(stem: str, name: str) -> bool:
    """瑶族村, 土苗村: an ethnic group (with at most one character before it) and 村 is 'a village of that
    people', not a name, unless the division table knows the name; 罗汉村, 白水村 end in ordinary morphemes."""
    base = stem.removesuffix("族")
    if not base.endswith(_ETHNIC):
        return False
    group = next((g for g in _ETHNIC if base.endswith(g) and g not in _ETHNIC_MORPHEMES), None)
    if group is None or len(base) - len(group) > 1:
        return False
    return stem.endswith("族") or not is_known("Village", name)
