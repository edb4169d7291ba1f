"""Is a body's name a name? Unnamed things (一家企业, 志愿服务队, 产业项目, 猕猴桃合作社) are no nodes."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.words import CJK, pos_table, tokens

_NEEDS_NAME = vocab.words("suffixes", "needs_name")
_PLANT_SUFFIXES = vocab.word_set("suffixes", "plants")
_ATTRIBUTE_ENDS = tuple(vocab.words("generic", "attribute_ends"))
# 一家合作社, 三个项目: counted, not named
_COUNTED = re.compile(r"[0-9一二三四五六七八九十两几多]+\s*[" + vocab.chars("generic", "counters_of_bodies") + "]")
# 杨树湾|技术服务中心: a natural place name opens it (not a village, township or 乡 right after)
_TOPONYM_START = re.compile(rf"[\u4e00-\u9fff]{{1,3}}[{vocab.TOPONYM_CHARS}](?![\u4e00-\u9fff]?[村镇乡])")


def generic_body(name: str, suffix: str) -> bool:
    stem = name[: -len(suffix)]
    if len(stem) < 2:
        return True
    if "某" in stem:
        return True  # 广州某公司: a body the article does not name
    if (stem[-1] in "各该本等个家和与及的" and not _noun_in_jia(stem)) or (
            stem[0] in "各该本等个家和与及的" and not _proper_first(stem)):  # (和田|昆仑果品: a name opens it)
        return True  # (一家, 各|合作社: counted or every one; but 企业家|协会, 专家|服务团: a noun in 家)
    if _COUNTED.match(stem):
        return True  # 一家合作社, 三个项目: counted, not named
    if stem.endswith(_ATTRIBUTE_ENDS) and len(stem) <= 4:
        return True  # 经营性公司, 公益性岗位: a kind described by its nature, not a name
    if suffix in ("局", "厅") and name[-2:] in pos_table() and name[-3:] not in pos_table():
        return True  # 新格局, 顾全大局, 服务大厅: a common word ends in the suffix (财政局 is a word of its own)
    if _GRADE.match(name) and name[_GRADE.match(name).end():] in vocab.GENERIC_BODY_NAMES:
        return True  # 市级强村公司, 省级示范基地: a grade of a kind, not a name
    return name in vocab.GENERIC_BODY_NAMES


def _proper_first(stem: str) -> bool:
    """The stem opens with a proper noun of two characters or more (和田, a place jieba tags nz)."""
    first = tokens(stem)[0]
    return len(first) >= 2 and pos_table().get(first) in ("ns", "nz", "nt", "nr")


def _noun_in_jia(stem: str) -> bool:
    """企业家, 专家, 农家: the stem ends with a noun of its own that ends in 家, not a counter."""
    last = tokens(stem)[-1]
    return len(last) >= 2 and last.endswith("家") and pos_table().get(last) == "n"


# a grade by level (省级, 市级, 县级, 国家级) before a kind of body
_GRADE = re.compile("(?:" + "|".join([*vocab.mapping("organisations", "levels"), "国家", "村"]) + ")级")


def distinctive(stem: str) -> bool:
    """A stem that names one thing: a quotation, a proper noun, or a word no dictionary has."""
    if "“" in stem or "”" in stem:
        return True
    table = pos_table()
    toks = tokens(stem)
    if _TOPONYM_START.match(stem) and len(toks) > 1 \
            and any(len(t) == 1 and t in vocab.TOPONYM_CHARS for t in toks[:3]):
        return True  # 杨树湾|技术服务中心: a natural place name opens it
    singles = [len(t) == 1 and CJK.match(t) and t not in vocab.STOP_CHARS
               and table.get(t) in (None, "n", "ng", "nr", "ns", "a", "ag") for t in toks]
    if any(a and b for a, b in zip(singles, singles[1:], strict=False)):
        return True  # 懒|妖溪谷: the segmenter cut an unknown word into characters
    for tok in toks:
        if not CJK.match(tok):
            continue
        if tok in vocab.GENERIC_BODY_WORDS:
            continue
        tag = table.get(tok)
        # jieba tags many common nouns nr (玉米, 黑木耳): only place, organisation and brand tags count
        if tag in ("ns", "nz", "nt", "j") or (tag is None and len(tok) >= 2):
            return True
    return False


def is_named(typ: str, name: str, suffix: str, has_place: bool, has_owner: bool) -> bool:
    """Unnamed things are not nodes: 一家企业, 志愿服务队, 产业项目 are left out."""
    stem = name[: -len(suffix)]
    if has_place or has_owner:
        return True
    if typ == "Project":
        return "“" in name or distinctive(stem)
    if typ == "Organization":
        if name.endswith("局"):
            return False  # a bureau named without its place is a reference (县人社局)
        if suffix in _NEEDS_NAME or any(name.endswith(w) for w in _NEEDS_NAME):
            return distinctive(stem) or _one_personal_word(stem)
        return not all(tok in vocab.GENERIC_BODY_WORDS for tok in tokens(stem))
    if typ == "Cooperative" or (typ == "Enterprise" and suffix in _PLANT_SUFFIXES):
        return branded(name, suffix)  # 腐竹厂, 猕猴桃合作社: a product and a kind name no one body
    return True


def _one_personal_word(stem: str) -> bool:
    """黎明商会, 春晖协会: a stem that is one word jieba tags as a name (nr) names the association, though
    ``distinctive`` does not count nr words inside longer stems (玉米, 黑木耳 are tagged nr too)."""
    toks = tokens(stem)
    return len(toks) == 1 and len(stem) >= 2 and pos_table().get(stem) == "nr"


def branded(rest: str, suffix: str, trade_words: bool = False) -> bool:
    """True when a body name after its place carries a brand, i.e. is more than generic words or the
    product it deals in (猕猴桃合作社, 西瓜合作社 describe any such cooperative). ``trade_words``: the
    verbal nouns of a trade count as generic too (柳林县|农产品销售有限公司 keeps its place)."""
    stem = rest[: -len(suffix)] if rest.endswith(suffix) else rest
    if len(stem) < 2:
        return False
    # jieba tags many products nr (玉米, 黑木耳): a product is no brand (闫家村|玉米种植专业合作社 keeps its place)
    generic = ("n", "vn", "nr", "l") if trade_words else ("n", "nr")  # l: fixed phrases (城乡建设)
    trades = _TRADE_WORDS if trade_words else frozenset()  # X村|乡村旅游开发|有限公司: a trade and a filler
    return not all(tok in vocab.GENERIC_BODY_WORDS or tok in trades or pos_table().get(tok) in generic
                   for tok in tokens(stem))


# the classes of trade and the fillers company names are made of (GB/T 4754 short forms; 发展, 开发), and
# the kinds of body a union's name holds (X镇茶叶专业合作社|联合社: jieba tags 合作社 l)
_TRADE_WORDS = frozenset(vocab.ENTERPRISE_TRADES) | frozenset(vocab.words("trades", "company_fillers")) \
    | frozenset(vocab.COOPERATIVE_SUFFIXES) | {"投资"}  # GB/T 4754 L 72: 城乡建设投资有限公司, every county's
