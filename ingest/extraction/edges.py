"""Where a name starts: walking left from its suffix over the segmenter's words.

Places (``strict``) stop at any word that cannot be part of a name; bodies stop only at cue verbs
and function words, then lose any verb or adverb left at their start.
"""

from __future__ import annotations

import re
from functools import cache

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.body_names import distinctive
from ruralkg.ingest.extraction.words import (
    CJK,
    CUES,
    NAME_POS,
    VERB_POS,
    breaks_name,
    hard_break,
    is_stop_token,
    pos_table,
    tokens,
)
from ruralkg.ingest.gazetteer import gazetteer

_GLUED_PREPOSITIONS = vocab.word_set("generic", "glued_prepositions")
_ACTIVITY_VERBS = vocab.word_set("generic", "activity_verbs")
# counters after a numeral: 六把|地村 is a name, 两个|村 is a count
_COUNTED_PLACE = re.compile("[" + vocab.chars("generic", "counters_of_places") + "]")
# the levels a body is named by alone (县农业农村局, 镇政府), as recognisers/level_bodies.py reads them
_LEVEL_CHARS = "".join(vocab.mapping("organisations", "levels"))
_JOINING_VERBS = vocab.word_set("generic", "joining_verbs")
_BODY_KINDS = tuple(vocab.COOPERATIVE_SUFFIXES + vocab.ENTERPRISE_SUFFIXES + vocab.ORGANIZATION_SUFFIXES)
_BARE_KINDS = frozenset(_BODY_KINDS) | frozenset(vocab.GENERIC_BODY_NAMES)  # a kind written alone (公司, 企业)
_MANNER = tuple(vocab.words("adverbs", "manner"))
_CLASS_NOUNS = vocab.word_set("generic", "class_nouns")


def _predicate_after_body(tok: str, before: str) -> bool:
    """工作队|积极争取|项目, 公司|大力|发展…: a body, then an adverb of manner opening a verb, is a subject and
    its predicate; the name of what follows starts after them."""
    return before.endswith(_BODY_KINDS) and tok.startswith(_MANNER) and (
        pos_table().get(tok) in ("l", "d", "ad") if len(tok) > 2 else pos_table().get(tok) in ("d", "ad"))
_COUNTED_BODY = re.compile("[" + vocab.chars("generic", "counters_of_kinds") + "]")


def left_edge(sentence: str, end: int, max_len: int, floor: int, strict: bool, min_len: int = 2,
              adjective_ok: bool = False, clause_verbs: bool = False, inside: bool = False,
              company: bool = False) -> int | None:
    """Start index of the name whose suffix begins at ``end``; None when no name fits.

    Places (``strict``) stop at any word that cannot be part of a name; bodies stop only at cue
    verbs and function words, then lose any verb or adverb left at their start. With
    ``clause_verbs`` a body's name also stops at the verb of the clause it is the object of
    (进行|合作社, 涵盖|桐川公交集团). ``inside``: the place ending at ``floor`` contains this one, so a
    conjunction right after it opens the name (柳林县|和青北镇). ``company``: the suffix is a company's kind,
    so a trade that is also a cue (投资) may end the name before it.
    """
    if not strict and "和" in sentence[max(0, end - 9):end]:
        joined = next((st for st in _JOINED_DEPARTMENTS if sentence.endswith(st, 0, end)), None)
        if joined is not None:  # 文化和旅游|局: the department's joined name, and the place before it
            return _with_place_before(sentence, end - len(joined))
    marks = "·" if strict else "·“”—"
    lo = end
    while lo > floor and end - lo < max_len + 3 and (CJK.match(sentence[lo - 1]) or sentence[lo - 1] in marks):
        lo -= 1
    while lo < end and sentence[lo] in "”—":
        lo += 1  # a name does not start with a closing quote or a dash
    if end - lo < 1:
        return None
    toks = tokens(sentence[lo:end])
    if strict and lo == floor and floor > 0 and _whole_window_is_name(sentence[lo:end], toks, max_len, inside):
        return lo  # right after another place: the whole span is the name (青禾镇|柳树坪|村, 青山县|白沙|乡)
    kept_toks = _place_words(toks, min_len, adjective_ok) if strict else _body_words(toks, clause_verbs, company)
    if kept_toks is None:
        return None
    kept = sum(map(len, kept_toks))
    if kept < min_len:
        return None
    if strict and kept >= 4 and not any(len(t) == 1 or pos_table().get(t) in NAME_POS | {None}
                                        for t in kept_toks):
        return None  # four characters of common words (时间联系社区) are no place name
    lo = end - min(kept, max_len)
    return _joined_start(sentence, lo, end) if not strict and "和" in sentence[max(0, lo - 8):end] else lo


# departments whose names join two words with 和, as the State Council's ministries are named (人力资源和社会保障部,
# 住房和城乡建设部, 文化和旅游部, 工业和信息化部, 国家林业和草原局) and their provincial and county counterparts
_JOINED_DEPARTMENTS = tuple(vocab.words("organisations", "joined_department_stems"))


def _joined_start(sentence: str, lo: int, end: int) -> int:
    """林业和|草原局: a department's name cut at its 和 starts where the joined name starts."""
    for stem in _JOINED_DEPARTMENTS:
        at = sentence.rfind(stem, max(0, lo - len(stem)), end)
        if 0 <= at < lo < at + len(stem) <= end:
            return _with_place_before(sentence, at)
    return lo


def _with_place_before(sentence: str, at: int) -> int:
    """``at``, or the start of a division's name written right before it (内蒙古自治区|林业和草原局)."""
    place = next((at - n for n in range(6, 1, -1) if at - n >= 0 and is_place_word(sentence[at - n:at])), None)
    return place if place is not None else at


def _whole_window_is_name(window: str, toks: list[str], max_len: int, inside: bool = False) -> bool:
    return (2 <= len(window) <= max_len
            and not any(len(t) > 1 and (t in CUES or t in vocab.VERB_PHRASES) for t in toks)
            and not (len(toks[0]) == 1 and toks[0] in vocab.STOP_CHARS and len(window) > 2
                     and not (inside and toks[0] in vocab.INNER_OPENERS))
            and (len(window) <= 3 or not any(len(t) > 1 and pos_table().get(t) in VERB_POS for t in toks)))


def _place_words(toks: list[str], min_len: int, adjective_ok: bool) -> list[str]:
    """The words of a place name, right to left, from the words before its suffix."""
    kept: list[str] = []
    for n, tok in enumerate(reversed(toks)):
        if len(tok) > 2 and tok[0] in "村镇乡" and tok not in pos_table():
            kept.append(tok[1:])  # 帮扶|村信麻|乡: a word the segmenter made up across a suffix
            break
        if len(tok) >= 2 and tok[0] in _GLUED_PREPOSITIONS and tok not in pos_table():
            kept.append(tok[1:])  # 重点|对七营|、: a preposition the segmenter glued to the name after it
            break
        if n == 1 and kept == [toks[-1]] and len(toks[-1]) == 1 and toks[-1] in "一二三四五六七八九十" \
                and 2 <= len(tok) <= 3 and not hard_break(tok) and not any(c in vocab.STOP_CHARS for c in tok) \
                and tok[-1] not in "村镇乡区":  # 李家沟村|四|村 counts the villages before it
            kept.append(tok)  # 下桥|七|村: a numbered village keeps the word before its number
            break
        if n == 0 and _ends_place_name(tok, toks, adjective_ok):
            kept.append(tok)  # the word right before the suffix belongs to the name (鸿雁湾村)
            continue
        if tok in vocab.NAME_PREFIX_CHARS and (n == len(toks) - 1 or (sum(map(len, kept)) < 3 and not hard_break(tok))):
            kept.append(tok)  # 后|刘楼村, 西|街关村: direction and size words open many names
            continue
        if tok in vocab.PLACE_SUFFIX_TOKENS:
            break  # 村|纸房乡, 街道|和平社区: another place ends here
        if n > 0 and len(tok) >= 2 and tok[0] in "一二三四五六七八九十" and pos_table().get(tok) in ("m", None) \
                and not _COUNTED_PLACE.search(tok):
            kept.append(tok)  # 六把|地村, 五里|铺村: numbers open many place names
            continue
        if len(tok) > 1 and tok[0] in "村镇乡" and n > 0:
            kept.append(tok[1:])  # 帮扶|村纸|房 → 纸房乡
            break
        if n > 0 and len(tok) > 1 and tok[-1] in "村镇乡":
            break  # 帮|扶村|信麻乡: a word ending in a place suffix closes the name before this one
        if len(tok) == 1 and kept and pos_table().get(tok) in ("zg", "ng", "g") and tok not in vocab.STOP_CHARS \
                and tok not in vocab.MOTION_CHARS:
            kept.append(tok)  # 湾|林村: a one-character morpheme (no word of its own) opens the name
            continue
        if is_stop_token(tok, True):
            need = min_len - sum(map(len, kept))
            if 0 < need < len(tok) and tok not in vocab.STOP_CHARS and CJK.match(tok) and (
                    pos_table().get(tok) in ("p", "c") or (need == 1 and tok[-1] in "于在和与及")):
                kept.append(tok[-need:])  # a preposition glued to a short name (对于庄 -> 于庄)
            break
        kept.append(tok)
    return kept


def _ends_place_name(tok: str, toks: list[str], adjective_ok: bool) -> bool:
    """May the word right before a place suffix belong to the name?"""
    if not breaks_name(tok) or tok in vocab.VILLAGE_NAME_WORDS:
        return True
    if len(tok) == 1 and tok in vocab.INNER_OPENERS:
        # 北|和|乡 is a name, 县|和|乡 two levels joined: a conjunction right before the suffix
        # joins it to a word of its own kind only
        return len(toks) >= 2 and len(toks[-2]) == 1 and toks[-2] not in "省市县区镇乡村" and not breaks_name(toks[-2])
    if len(tok) == 1:
        return tok not in vocab.STOP_CHARS and tok not in vocab.MOTION_CHARS  # 蒲笠堌|堆村
    after_preposition = len(toks) >= 2 and toks[-2] in ("在", "到", "于", "从", "向", "对", "赴")
    # townships are often named by adjectives or verbs: 在|安定|镇
    return adjective_ok and ((after_preposition and tok not in CUES) or pos_table().get(tok) == "a")


@cache
def _division_names() -> frozenset[str]:
    """Names of the division table, full and without their level (桐川市, 桐川)."""
    names = gazetteer().names()
    return frozenset(names | {n[:-1] for n in names if len(n) >= 3 and n[-1] in "省市县区"})


def is_place_word(tok: str) -> bool:
    """A name of the division table (桐川, 江北省): a body named after it stands on its own."""
    return tok in _division_names()


def _inside_brand(toks: list[str], n: int, kept: list[str]) -> bool:
    """toks[n], one of the function characters brands end with (都, 和), is the second character of a brand:
    a single character before it, a word of two characters or more after it, no dictionary word of the two."""
    tok = toks[n]
    if tok not in _BRAND_CHARS or n == 0 or not kept or len(kept[-1]) < 2 or not CJK.match(kept[-1]):
        return False
    before = toks[n - 1]
    return (len(before) == 1 and CJK.match(before) is not None and before not in vocab.STOP_CHARS
            and before not in _KIND_CHARS and before + tok not in pos_table() and (n < 2 or len(toks[n - 2]) >= 2))


# function characters brands end with (梨都, 茶都: a trade's capital; 京和, 瑞和: harmony), never after the
# last character of a place or body kind (X村|和, X公司|和 join two names)
_BRAND_CHARS = ("都", "和")
_KIND_CHARS = "村镇乡县市区旗社司局厂会队"


def _opens_predicate(tok: str) -> bool:
    """A verb, an adverb or a preposition (glued to the next word by the segmenter: 以保|底价)."""
    return breaks_name(tok) or (len(tok) >= 2 and tok[0] in _PREDICATE_PREPOSITIONS and tok not in pos_table())


_PREDICATE_PREPOSITIONS = _GLUED_PREPOSITIONS | {"以"}


def _clause_verb(tok: str, after: list[str]) -> bool:
    """A verb of the clause the body is the object of, not of its name: right before the bare kind
    (进行|合作社, 纳入|合作社), or before a name that opens with a place (涵盖|桐川公交集团); the verbs
    of a trade (果树|种植|合作社) stay, and so does a verb inside a name (省派|加强|…工作队)."""
    if len(tok) < 2 or tok in _ACTIVITY_VERBS or is_place_word(tok):
        return False  # (重庆市)奉节|商会: a county's short name that jieba also reads as a verb
    if tok in vocab.VERB_PHRASES:
        return True
    if len(tok) != 2 or pos_table().get(tok) != "v":
        return False  # longer words the table tags v are often nouns (选调生)
    return not after or is_place_word(after[-1]) or _opens_with_level(after[-1])


def _opens_with_level(tok: str) -> bool:
    """县|农业农村局, 县文旅|局: a body named by its level alone (来自|县文旅局) opens with the level's
    character, alone or glued into a word no dictionary has."""
    return tok[0] in _LEVEL_CHARS and (len(tok) == 1 or tok not in pos_table())


_DEMONSTRATIVES = vocab.chars("generic", "demonstratives")


def _counted(tok: str, first: bool) -> bool:
    """A measure word before the name: 这座|加工厂, 1|座|光伏电站 (jieba tags the measure word q); the name
    starts after it."""
    if len(tok) == 2 and tok[0] in _DEMONSTRATIVES and pos_table().get(tok[1]) == "q":
        return True
    return first and len(tok) == 1 and pos_table().get(tok) == "q"


_DATE_CHARS = frozenset("年月日")
_PLACE_ENDS = frozenset("镇乡村县区市")
# a cue that is also a company's trade when only its kind (and the fillers of a name) follow it (GB/T 4754
# L 7212 投资与资产管理: 某某投资集团有限公司, 某某投资发展有限公司)
_TRADE_CUES = frozenset({"投资"})
_KINDS_AND_FILLERS = frozenset(vocab.ENTERPRISE_SUFFIXES) | frozenset(vocab.words("trades", "company_fillers")) \
    | {"有限", "责任", "控股", "管理"}


def _body_words(toks: list[str], clause_verbs: bool = False, company: bool = False) -> list[str] | None:
    """The words of a body's name, right to left; None when nothing names it."""
    kept: list[str] = []
    for n in range(len(toks) - 1, -1, -1):
        tok = toks[n]
        if tok in ("“", "”", "—", "·"):
            kept.append(tok)  # 王英庄村“水肥一体化”智慧农业项目, 活水养鱼—秋月梨项目
            continue
        if tok in _DATE_CHARS and kept and n > 0 and toks[n - 1][-1:] in _PLACE_ENDS:
            kept.append(tok)  # 莲花镇|月|柿冷链仓储中心: after a place, 月 opens a product (月柿), no date
            continue
        if tok in _TRADE_CUES and (kept or company) and all(k in _KINDS_AND_FILLERS for k in kept):
            kept.append(tok)  # X交通|投资|集团有限公司, 城乡建设|投资|有限公司: investment is the company's trade
            continue
        if is_stop_token(tok, False) and _inside_brand(toks, n, kept):
            kept.append(tok)  # 梨|都|农业科技有限公司, 京|和|纺织服装: a brand the segmenter cut around a function character
            continue
        if is_stop_token(tok, False) or _counted(tok, n == 0):
            break
        if kept and pos_table().get(tok) == "t" and pos_table().get(kept[-1]) == "v":
            break  # 青禾公司今年|收购|合作社: a time word and a verb are a clause, not a name
        if tok in _JOINING_VERBS and n > 0 and toks[n - 1].endswith(_BODY_KINDS):
            break  # 县供销社|联合|青禾公司: the verb joins two bodies
        if n > 0 and _predicate_after_body(tok, toks[n - 1]):
            break
        if len(tok) >= 2 and tok[0] in "已还都也又" and pos_table().get(tok) in ("v", "d", None):
            break  # 村里|已有|羌绣专业合作社: an adverb and its verb are a clause, not the start of a name
        if tok in _CLASS_NOUNS and kept and is_place_word(kept[-1]):
            break  # 国有企业|上海X农业发展有限公司: the class before a name that opens with its place
        if clause_verbs and _clause_verb(tok, kept):
            break
        if clause_verbs and kept and tok.endswith(("价", "价格")) and pos_table().get(kept[-1]) == "v":
            # 以保底价|收购|(X村玉米种植专业)合作社: a price and its verb are an adverbial and a predicate;
            # the name is what follows the verb
            kept.pop()
            break
        if clause_verbs and kept and tok in _BARE_KINDS \
                and len(kept[-1]) >= 2 and _opens_predicate(kept[-1]) and pos_table().get(kept[-1]) != "vn":
            # 公司|负责收购|合作社, 企业|以保底价收购|合作社: a bare kind then a verb is a subject and its
            # predicate; the name of the body it acts on starts after the predicate's last verb (the
            # verbs of a trade right before the kind stay: 公司|带领农户加入|玉米种植合作社); a verbal noun
            # after the kind is a name's (人大|工作委员会, 青禾企业|管理有限公司), and so is a one-character verb
            # (鑫禾公司|驻|工作队)
            del kept[next((i for i, t in enumerate(kept) if _opens_predicate(t) and (i or t not in _ACTIVITY_VERBS)),
                          len(kept)):]
            if all(t in _ACTIVITY_VERBS for t in kept):
                kept.clear()  # 公司负责|收购|合作社: a trade's verb alone names no body
            break
        if len(tok) >= 2 and tok[-1] in _GLUED_PREPOSITIONS and tok not in pos_table():
            break  # 南溪|镇为|青禾公司: a preposition the segmenter glued to the word before the name
        glued = [i for i, c in enumerate(tok[:-1]) if c in _GLUED_PREPOSITIONS]
        if len(tok) >= 2 and glued and tok not in pos_table():
            kept.append(tok[glued[-1] + 1:])  # 河湾|村与鑫|禾公司: a preposition the segmenter glued inside a word
            break
        kept.append(tok)
    while kept and kept[-1] == "“" and "”" not in kept:
        kept.pop()  # “自从合作社成立…: the quotation opens before the name
    # 争取|农高集团: a verb at the start goes, unless it is the only distinctive word (前进种植专业合作社)
    while kept and kept[-1] != "“" and breaks_name(kept[-1]) and kept[-1] not in vocab.NAME_PREFIX_CHARS \
            and not is_place_word(kept[-1]) and not (
            len(kept[-1]) >= 2 and kept[-1][0] in "一二三四五六七八九十" and not _COUNTED_BODY.search(kept[-1])):
        rest = "".join(reversed(kept[:-1]))
        if hard_break(kept[-1]) or not rest or distinctive(rest):
            kept.pop()
        else:
            break
    while kept and kept[-1] in ("”", "—", "·"):
        kept.pop()
    if not kept or not any(CJK.match(t) for t in kept):
        return None
    return kept
