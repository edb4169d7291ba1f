"""Programmes: a quoted name with a policy head (“千村示范”工程, “绿水”经验), a quoted campaign, coded name
or parallel pair (“六统一”, “迎乡贤，兴家园”), an unquoted model after an implement cue (实施红黄绿预警模式),
a campaign year or time-bound action (X攻坚年, X三年行动), a named loan product (青禾兴农贷, X专项贷款)
and the fixed names of national policies (积分制, 以工代赈), never inside a longer name."""

from __future__ import annotations

import re
from functools import cache

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.body_names import distinctive
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.words import CUES, alternation, any_of, last_chars, pos_table, tokens

# a coded name: numerals with the things they count (六统一, 两进三帮, 百千万工程)
_CODE = re.compile(r"[0-9+＋xX×\-]{2,}|[一二三四五六七八九十两]个[一二三四五六七八九十百0-9]+")
_CODED_NAME = re.compile(r"[一二三四五六七八九十百千万两双]{1,3}[\u4e00-\u9fff]{1,3}(?:[一二三四五六七八九十两][\u4e00-\u9fff]{1,2})*(?:工程|行动)?")
_CODE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?" + any_of(vocab.words("programmes", "code_served_as")))
_CODE_BEFORE = re.compile(any_of(vocab.words("cues", "carry_out_code")) + "了?$")
_DE_HEADS = vocab.words("programmes", "heads_after_de")
_LIST_HEADS = vocab.words("programmes", "heads_of_lists")
_DESCRIPTION_HEADS = vocab.words("programmes", "heads_of_descriptions")
# 实施了红黄绿预警模式: an unquoted model or mechanism with a distinctive name
_UNQUOTED = re.compile(any_of(vocab.words("cues", "carry_out_model")) + r"了?([\u4e00-\u9fff]{3,8}?)("
                       + any_of(vocab.words("programmes", "unquoted_heads")) + ")")
_COLOURS = re.compile("[" + vocab.chars("programmes", "colour_chars") + "]{2,}")
# 青禾兴农贷: a named loan product (not 贷款, not 授信贷)
_LOAN = re.compile(r"([\u4e00-\u9fff]{4})贷(?!款)")
_LOAN_NOT_AFTER = vocab.chars("programmes", "loan_stem_not_ending")
# 增效提速攻坚年, 人居环境三年行动: a campaign year, or a period before 行动
_CAMPAIGN = re.compile("(?:" + any_of(vocab.words("programmes", "campaign_years")) + ")|(?:"
                       + any_of(vocab.words("programmes", "campaign_periods")) + ")行动")
_CAMPAIGN_CUE = last_chars(vocab.words("programmes", "campaign_years") + ("行动",))
_MODEL_CUES = vocab.word_set("cues", "carry_out_model")
_LOAN_VERBS = vocab.word_set("programmes", "loan_verbs")
# 互助资金增信贷款: a loan kind before 贷款, with a name before the kind
_LOAN_KIND = re.compile("(" + any_of(vocab.words("programmes", "loan_kinds")) + ")贷款")
_TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")  # “党支部+合作社+农户” is a formula when it holds words
_SENTENCE_MARK = re.compile(r"[，。！？]")  # a quotation holding these is a saying, not a name
_JOINED = re.compile(r"[等和与及的]")  # “X”等和…: words between the quotes and the head join, not name
_RIGHT_AFTER_HEADS = vocab.words("programmes", "heads_right_after_quote")
_LABEL_CUE = re.compile(any_of(vocab.words("programmes", "label_cues")) + r"[^，。；]*的$")
_PAIR_BREAK = re.compile("[" + vocab.chars("programmes", "slogan_breaks") + "]")
_NOT_CAMPAIGN = re.compile(r"[^，。；“]{0,4}?" + any_of(vocab.words("programmes", "not_campaign_after")))
_NUMERALS = "一二三四五六七八九十百千万两"
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_MARK = re.compile(r"[，,。；;！？]")


@cache
def _quoted_programme() -> re.Pattern[str]:
    """“X” + up to eight characters + a head word; ‘…’ inside a quotation counts too (‘三金’运行模式)."""
    heads = alternation(vocab.PROGRAMME_HEADS).pattern
    return re.compile(rf"[“‘]([^”“‘’]{{1,16}})[”’](?:([\u4e00-\u9fff]{{0,8}}?)({heads}))?")


def quoted_programmes(ctx: SentenceContext) -> None:
    """A quotation with a head word after it (“村社合一”发展模式), or a quoted campaign or coded name."""
    for m in _quoted_programme().finditer(ctx.s):
        _quoted(ctx, m)
        lo, hi = m.start(), m.end(1) + 1
        if any(x.type == "Programme" and x.start <= lo and hi <= x.end for x in ctx.found):
            # “百企帮百村”行动: a village or township suffix inside a programme's quoted name is its words
            ctx.spans.keep(lambda x, lo=lo, hi=hi: not (
                x.type in ("Village", "Township") and lo < x.start and x.end < hi))


def _quoted(ctx: SentenceContext, m: re.Match) -> None:
    s = ctx.s
    inner = m.group(1).strip()
    between = m.group(2) if m.group(3) else ""
    if between.startswith("的") and m.group(3) in _DE_HEADS:
        between = between[1:]  # “村社合一”的发展模式 is “村社合一”发展模式
    if ctx.covered(m.start(), ("Organization", "Project", "Enterprise", "Cooperative")):
        same = [x for x in ctx.found if x.type == "Project" and x.start == m.start() and x.end == m.end()]
        if m.group(3) and same and not m.group(2):
            # “千村示范、万村整治”工程: a quoted name and a programme head is a campaign, not a construction
            ctx.spans.keep(lambda x, same=same: all(x is not y for y in same))
        elif not (m.group(1).strip().endswith(vocab.QUOTED_PROGRAMME_ENDS) and not m.group(3)):
            return
    formula = "+" in inner and _TWO_CJK.search(inner)
    listing = _SENTENCE_MARK.search(inner) or ("、" in inner and not _parallel_pair(inner)
                                               and (between or m.group(3) not in _LIST_HEADS))
    if m.group(3) in _DESCRIPTION_HEADS and len(between) > 2:
        listing = True  # “带头人”队伍建设, “三线”四类专项治理行动: a description, not a name
    if m.group(3) in _RIGHT_AFTER_HEADS and between:
        listing = True  # “三线整治”工作积累经验: 经验 ends a clause, it is no head of the quotation
    if _parallel_pair(inner) and _campaign_after(s, m.start(), m.end(1) + 1):
        ctx.add(Mention("Programme", inner, m.start(), m.end(1) + 1,
                        {f"“{inner}”", _PAIR_BREAK.sub("", inner)}))  # “迎乡贤，兴家园”返乡创业活动
        return
    if m.group(3) and not formula and not listing and not _JOINED.search(between):
        name = f"“{inner}”{between}{m.group(3)}"
        mention = Mention("Programme", name, m.start(), m.end(), {inner, name.replace("“", "").replace("”", "")})
        ctx.add(mention)
    elif _CODE.fullmatch(inner) or (
            # a coded name that is carried out or served: 提供“六统一”生产服务, 开展“两进三帮”
            _CODED_NAME.fullmatch(inner) and inner not in vocab.GENERIC_CODES and pos_table().get(inner) is None
            and (_CODE_AFTER.match(s, m.end(1) + 1) or _CODE_BEFORE.search(s, 0, m.start()))) or (
            # a campaign named with its head inside the quotes: 落实省“千村示范工程”部署, 响应县里的“春雨工程”项目
            # (not a label: 作为全镇的“一号工程”)
            # (a loan product may be three characters: “强村贷”)
            inner.endswith(vocab.QUOTED_PROGRAMME_ENDS) and not listing
            and len(inner) >= (3 if inner.endswith("贷") else 4) and not _is_label(s, m.start())):
        span = Mention("Programme", inner, m.start(), m.end(), {f"“{inner}”"})
        ctx.spans.keep(lambda x, span=span: not (x.type == "Project" and x.overlaps(span)))
        ctx.add(span)  # a campaign, not a construction project


def _parallel_pair(inner: str) -> bool:
    """“迎乡贤，兴家园”, “人人持证、技能兴乡”: two halves of the same length (three to five characters)
    name a campaign; three or more parts are a principle or a list (optional in SCHEMA.md)."""
    parts = _PAIR_BREAK.split(inner)
    return (len(parts) == 2 and len(parts[0]) == len(parts[1]) and 3 <= len(parts[0]) <= 5
            and all(_CJK_ONLY.fullmatch(p) for p in parts)
            and (parts[0][0] != parts[1][0] or parts[0][0] in _NUMERALS))  # 大排查、大化解: a list of verbs


def _campaign_after(s: str, start: int, end: int) -> bool:
    """A quoted pair names a campaign when a noun follows it (“…”培训活动, “…”扶持资金), it stands alone
    (not one of a row of quotations: event titles) and is presented as no idea, goal or label."""
    after = s[end:end + 1]
    before = _CLAUSE_MARK.split(s[max(0, start - 14):start])[-1]
    later = _CLAUSE_MARK.split(s[end:end + 14])[0]
    alone = "”" not in before and "“" not in later
    return (bool(after) and _CJK_ONLY.match(after) is not None and after != "的" and alone
            and not _NOT_CAMPAIGN.match(s, end) and not _is_label(s, start))


def _is_label(s: str, quote_start: int) -> bool:
    """把X作为全镇的“一号工程”: a quotation after 作为…的 labels something, it names no programme."""
    return bool(_LABEL_CUE.search(s, max(0, quote_start - 30), quote_start))


def unquoted_models(ctx: SentenceContext) -> None:
    """实施了红黄绿预警模式: a model or mechanism carried out, with a distinctive or numbered name."""
    for m in _UNQUOTED.finditer(ctx.s):
        stem = m.group(1)
        if ctx.covered(m.start(1)) or any(c in vocab.STOP_CHARS for c in stem):
            continue
        if distinctive(stem) or stem[:1] in "一二三四五六七八九十两" or _COLOURS.search(stem):
            ctx.add(Mention("Programme", stem + m.group(2), m.start(1), m.end()))


def campaigns(ctx: SentenceContext) -> None:
    """基层党组织增效提速攻坚年, 人居环境三年行动: a task before a campaign year or a period and 行动 names
    a campaign, with or without quotes; the name walks left to the cue or function word before it."""
    s = ctx.s
    if not _CAMPAIGN_CUE.search(s):
        return  # no campaign year and no 行动 (most sentences)
    for m in _CAMPAIGN.finditer(s):
        if ctx.covered(m.start()) or ctx.covered(m.end() - 1):
            continue
        lo = left_edge(s, m.start(), 10, ctx.floor_before(m.start()), strict=False)
        if lo is None:
            continue
        cue = next((w for w in _MODEL_CUES if s.startswith(w, lo)), None)
        if cue is not None:
            lo += len(cue)  # 打好|人居环境三年行动 (the segmenter reads 打|好人)
        for tok in tokens(s[lo:m.start()]):
            if (tok not in CUES and not tok.endswith(tuple(_MODEL_CUES))
                    and not (pos_table().get(tok) or "").startswith(("d", "ad", "p", "c", "u"))):
                break
            lo += len(tok)  # 积极开展|X攻坚年 (one word for the segmenter)
        if m.start() - lo >= 2 and "“" not in s[lo:m.start()] and "”" not in s[lo:m.start()]:
            ctx.add(Mention("Programme", s[lo:m.end()], lo, m.end()))


_ABBREVIATIONS = vocab.chars("places", "province_abbreviations")
_PAIRED = re.compile(f"[{_ABBREVIATIONS}]{{2}}(?:扶贫)?协作")


def paired_provinces(ctx: SentenceContext) -> None:
    """闽宁协作, 苏陕扶贫协作: two provinces' short names before 协作 name the east-west pairing of those
    provinces, a programme; a word that ends in the first character (会议|宁) is no short name."""
    for m in _PAIRED.finditer(ctx.s):
        if ctx.covered(m.start()) or not ctx.word_starts_at(m.start()) and not _opens_after_break(ctx.s, m.start()):
            continue
        ctx.add(Mention("Programme", m.group(), m.start(), m.end()))


def _opens_after_break(s: str, at: int) -> bool:
    return at == 0 or not ("\u4e00" <= s[at - 1] <= "\u9fff") or s[at - 1] in vocab.STOP_CHARS


def loan_products(ctx: SentenceContext) -> None:
    """青禾兴农贷: four characters that start a word, the first two a proper or unknown word, before 贷."""
    if "贷" not in ctx.s:
        return  # the pattern needs it (most sentences lack it)
    for m in _LOAN.finditer(ctx.s):
        stem = m.group(1)
        proper = pos_table().get(stem[:2]) in (None, "ns", "nr", "nz")
        if ctx.word_starts_at(m.start(1)) and proper and stem[-1] not in _LOAN_NOT_AFTER:
            ctx.add(Mention("Programme", stem + "贷", m.start(1), m.end()))


def named_loans(ctx: SentenceContext) -> None:
    """精准扶贫专项贷款, 互助资金增信贷款: a loan product named by a kind of loan after a name (SCHEMA.md
    lists loan products as programmes); 申请专项贷款 (a kind alone) names nothing."""
    s = ctx.s
    for m in _LOAN_KIND.finditer(s):
        if ctx.covered(m.start()):
            continue
        lo = left_edge(s, m.start(), 6, ctx.floor_before(m.start()), strict=False)
        if lo is None:
            continue
        for tok in tokens(s[lo:m.start()]):
            if tok not in _LOAN_VERBS and not (pos_table().get(tok) or "").startswith(("d", "p", "c")):
                break
            lo += len(tok)  # 发放|创业担保贷款: a verb before the name is no part of it
        if m.start() - lo < 2 or not ctx.word_starts_at(lo):
            continue
        ctx.add(Mention("Programme", s[lo:m.end()], lo, m.end()))


def fixed_programme_names(ctx: SentenceContext) -> None:
    """The fixed names of national and provincial policies (vocab/programmes.toml), by their canonical name."""
    for m in alternation(vocab.PROGRAMME_NAMES).finditer(ctx.s):
        name = m.group()
        if ctx.covered(m.start()) or ctx.covered(m.end() - 1):
            continue  # 精准扶贫专项贷款, 驻村帮扶工作队: a fixed name inside a longer name is no mention
        canonical = vocab.PROGRAMME_SYNONYMS.get(name, name)
        ctx.add(Mention("Programme", canonical, m.start(), m.end(), {name}))
