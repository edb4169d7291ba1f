"""Cooperatives, enterprises, organisations and projects by their suffix (合作社, 公司, 局, 项目 …):
the name walks left from the suffix, starts at its most specific place, and must name something."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.body_names import branded, generic_body, is_named
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.edges import is_place_word, left_edge
from ruralkg.ingest.extraction.words import CJK, alternation, any_of, breaks_name, pos_table, tokens

_SUFFIX_GROUPS = (
    ("Cooperative", vocab.COOPERATIVE_SUFFIXES, 14),
    ("Enterprise", vocab.ENTERPRISE_SUFFIXES, 12),
    ("Organization", vocab.ORGANIZATION_SUFFIXES, 20),
    ("Project", vocab.PROJECT_SUFFIXES, 18),
)
# “一干五枝”商会工作机制 is a programme, not a body
_PROGRAMME_AFTER = re.compile("(工作)?" + any_of(vocab.words("programmes", "after_body_suffix")))
# 街道人大|工作委员会, 县政协|办公室: a body kind followed by another names the second body, not the first
_BODY_AFTER = re.compile("(工作|常务)?" + any_of(vocab.ORGANIZATION_SUFFIXES))
_TITLES = alternation(vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES)


def bodies(ctx: SentenceContext) -> None:
    """Every suffix of a body kind, in kind order; a name found covers the suffixes inside it."""
    s = ctx.s
    taken = {p for x in ctx.found if x.type in ("Enterprise", "Organization") for p in range(x.start, x.end)}
    for typ, suffixes, max_len in _SUFFIX_GROUPS:
        for m in alternation(suffixes).finditer(s):
            if m.start() in taken:
                continue
            if not ctx.word_ends_at(m.end()) and not _suffix_is_word(s, m) and not _glued_after(s, m):
                continue  # 实践所|以: the suffix is the start of another word
            if _PROGRAMME_AFTER.match(s[m.end():m.end() + 4]):
                continue
            if typ == "Enterprise" and _COMPANY_FORM.match(s, m.end()):
                continue  # 某某集团|有限公司: the name runs on to its legal form
            if typ == "Organization" and _BODY_AFTER.match(s, m.end()) and not _TITLES.match(s, m.end()):
                continue  # (人社局|局长: the title of its head follows, not another body)
            mention = _body_at(ctx, typ, m, max_len)
            if mention is not None:
                extended = mention.info.pop("extends", None)
                if extended is not None:
                    # 某某专业合作社|联合社: the longer name is the body; the one it extends was only its start
                    ctx.spans.keep(lambda x, gone=extended: x is not gone)
                ctx.add(mention)
                taken.update(range(mention.start, m.end()))


# the legal forms a company's registered name ends with (Company Law: 有限责任公司, 股份有限公司)
_COMPANY_FORM = re.compile(any_of(["股份有限公司", "有限责任公司", "有限公司"]))


def _suffix_is_word(s: str, m: re.Match) -> bool:
    """农商|银行为|南溪镇: segmented from the suffix on, the suffix is a word of its own (银行|为), while
    实践所|以 stays 实践|所以."""
    toks = tokens(s[m.start():m.end() + 3])
    return bool(toks) and toks[0] == m.group()


def _glued_after(s: str, m: re.Match) -> bool:
    """农村|局为|东岭村, 人社|局局长|王某, 农业农村|委副|主任: the segmenter glued the suffix's last character to what follows,
    a function character (局为, a word no dictionary has, unlike 所以) or the title of the body's head
    (局长 after 局)."""
    rest = s[m.end():m.end() + 4]
    if not rest:
        return False
    last = m.group()[-1]
    if rest[0] in vocab.STOP_CHARS or rest[0] == "驻":  # 局驻|X村第一书记: the body's cadre stationed in X
        return last + rest[0] not in pos_table()
    head = _TITLES.match(rest)
    # 人社|局局长: the title opens with the suffix's last character; 农业农村|委副|主任: a word no dictionary
    # has glues the suffix to the title
    return head is not None and (head.group().startswith(last) or last + rest[0] not in pos_table())


def _left_of_suffix(s: str, m: re.Match, max_len: int, typ: str = "Project") -> int | None:
    """Where the name ending in suffix ``m`` starts, with quotation marks kept whole; the name of a body
    (not a project, whose name may be a verb phrase) stops at the verb of its clause."""
    lo = left_edge(s, m.start(), max_len, 0, strict=False, min_len=2, clause_verbs=typ != "Project",
                   company=typ == "Enterprise")
    if lo is None and m.start() > 0 and s[m.start() - 1] == "”":
        lo = m.start()
    if lo is None:
        return None
    quote = s.rfind("“", max(0, lo - 14), lo)
    if lo > 0 and s[lo - 1] == "”" and quote >= 0:
        lo = quote  # “红桑榆”志愿服务队: the quoted name belongs to the body
    head = s[lo:m.start()]
    if head.count("”") > head.count("“"):
        opening = s.rfind("“", max(0, lo - 14), lo)
        lo = opening if opening >= 0 else s.index("”", lo) + 1  # 红桑榆”… → “红桑榆”…
    elif head.count("“") > head.count("”"):
        lo = s.index("“", lo) + 1  # an opening quote never closed: the name starts after it
    if typ == "Project":
        built = _BODY_BUILDS.search(s, lo, m.start())
        if built is not None:
            lo = built.end()  # X合作社建设|烘干车间: a body and its verb of building are a clause, not the name
    return lo if lo < m.start() else None


# 二期, 三期工程: the phase written after a project's name belongs to it
_PHASE = re.compile(r"[一二三四五六七八九十]期(?:工程|项目)?")
# a body's name ending in its kind, then a verb of building, inside what reads as a project's name
# (or a place by a locative postposition: 在园内|建设…, 在村里|新建…)
_BODY_BUILDS = re.compile("(?:" + any_of(vocab.COOPERATIVE_SUFFIXES + vocab.ENTERPRISE_SUFFIXES) + "|[内里])(?:"
                          + any_of(vocab.words("clauses", "spending_verbs")) + ")")


def _start_at_place(ctx: SentenceContext, lo: int, suffix_start: int) -> tuple[int, int | None]:
    """A name never reaches left past the place it starts with (正在举行|青山县…合作社); it starts at the
    most specific place before it (淄博市沂源县|东里镇冷链物流中心), the whole chain kept as ``full_lo``."""
    full_lo = None
    cut = next((x for x in ctx.found if x.type in PLACES and x.start < lo < x.end <= suffix_start), None)
    if cut is not None:
        lo = cut.start  # 擂鼓|镇羌绣产业园: the name stopped inside a place the segmenter read as a verb
    inner = sorted((x for x in ctx.spans.starting_in(lo, suffix_start) if x.type in PLACES
                    and x.end <= suffix_start), key=lambda x: x.start)
    if inner:
        chain_end = inner[-1]
        while any(x.end == chain_end.start for x in inner):
            chain_end = next(x for x in inner if x.end == chain_end.start)
        last = inner[-1]
        if chain_end.start > lo or last.start > lo:
            full_lo = chain_end.start if chain_end.start >= lo else None
        lo = last.start
    return lo, full_lo


# money or building right before a village's facility (投资60万元，提升X村党群服务中心; 捐资建设X村文化广场):
# the facility is then a Project of its own (SCHEMA: an owner or place attached to the noun names it)
_BUILDING_VERBS = vocab.words("projects", "clause_openers") + vocab.words("projects", "clause_openers_not_building")
_PLACE_REFERENCES = tuple(sorted(vocab.words("reference_words", "village") + vocab.words("reference_words", "township"),
                                 key=len, reverse=True))
_FUNDING = alternation(vocab.INVEST_CUES + _BUILDING_VERBS)


def _funded(s: str, lo: int) -> bool:
    head = s[max(0, lo - 24):lo]
    return _FUNDING.search(head[max(head.rfind("。"), head.rfind("；")) + 1:]) is not None


_FACILITY_ENDS = ("中心", "站", "所")
_PLANTS = vocab.word_set("suffixes", "plants")
_BUILT_BY = tuple(vocab.words("projects", "clause_openers")) + ("援建", "捐建", "帮建", "建设了", "新建了", "建起了")
_COUNT_AFTER = re.compile(r"[0-9一二三四五六七八九十两]+家(?=[，。；、,;]|$)")
# a name cut inside a longer body's name: a company's (某某工业有限公司|某某卷烟厂)
_PARENT_TYPES = ("Enterprise", "Organization")
# kinds that unite bodies of the kind before them into one (某某专业合作社|联合社)
_UNION_SUFFIXES = vocab.words("suffixes", "union_suffixes")


def _body_at(ctx: SentenceContext, typ: str, m: re.Match, max_len: int) -> Mention | None:
    """The body whose suffix is ``m``, or None when the words before it name nothing."""
    s, suf, end = ctx.s, m.group(), m.end()
    lo = _left_of_suffix(s, m, max_len, typ)
    if lo is None and typ == "Cooperative" and s[m.start() - 1:m.start()] == "村":
        lo = m.start() - 1  # 兼|村股份经济合作社: the level alone before the kind (村 for the village, below)
    if lo is None:
        return None
    parent = next((x for x in ctx.found if x.type in _PARENT_TYPES and x.start < lo < x.end
                   and x.end <= m.start()), None)
    if parent is not None:
        lo = parent.start  # 某某工业有限公司|某某卷烟厂: a long name cut inside its parent company's name
    lo, full_lo = _start_at_place(ctx, lo, m.start())
    if (joint := s.rfind("”“", lo, m.start())) >= 0:
        lo, full_lo = joint + 1, None  # “A工作站”“B工作站”: two quoted names side by side, the last is this one
    name = s[lo:end]
    if typ == "Cooperative" and name.startswith("村") and len(name) > len(suf) \
            and (village := _village_before(ctx, lo)) is not None:
        # X村村委会主任兼|村股份经济合作社理事长: 村 stands for the village the title chain opened with
        mention = Mention(typ, village.name + name[1:], lo, end, {name})
        mention.info["place"] = village
        return mention
    if name in vocab.GENERIC_BODY_NAMES or generic_body(name, suf):
        return None
    if _COUNT_AFTER.match(s, end) and ctx.leading_place(lo, end) is None:
        return None  # 已有羌绣专业合作社3家: a count of bodies of a kind, none of them named
    if typ == "Project" and _TITLES.search(name):
        return None  # 名誉村主任张某董事长谈项目: a person's title inside is a clause, not a name
    place = ctx.leading_place(lo, end)
    builder = place
    if builder is None and typ == "Project":
        builder = next((x for x in ctx.spans.starting_in(lo, end)
                        if x.start == lo and x.type in ("Enterprise", "Cooperative", "Organization")), None)
    verb_at = _past_modifiers(s, builder.end, m.start()) if builder is not None else 0
    opener = next((w for w in _BUILDING_VERBS if builder is not None and s.startswith(w, verb_at)
                   and verb_at + len(w) < m.start()), None)
    if opener is not None:
        # 南溪镇建设|“翠屏”茶旅综合体项目, 在南溪镇建设|瑞丰公司冷链项目, 青禾公司(合作)建设|X项目: the place or
        # body builds; what follows the verb is the project's own name
        lo, full_lo, place = verb_at + len(opener), None, None
        name = s[lo:end]
    elif place is None and (ref := next((w for w in _PLACE_REFERENCES if s.startswith(w, lo)), None)) is not None \
            and (verb := next((v for v in _BUILDING_VERBS if s.startswith(v, lo + len(ref))), None)) is not None \
            and lo + len(ref) + len(verb) < m.start():
        lo, full_lo = lo + len(ref) + len(verb), None  # 在村里建设|X项目: the place by reference builds
        name = s[lo:end]
    if place is not None and s[place.end:end] in vocab.FACILITIES and not (typ == "Project" and _funded(s, lo)):
        return None  # 郭庄村党群服务中心: a facility every village has, not a named body, unless money builds it
    if place is not None and typ == "Project" and s[place.end:end] != suf:
        words = [t for t in tokens(s[place.end:m.start()]) if CJK.match(t)]
        if words and all(breaks_name(t) for t in words):
            return None  # 张炉集镇|牢固树立|项目: a verb phrase, not a project name
    owner = ctx.leading_body(lo, end) if typ == "Project" else None
    if typ == "Project" and owner is None and place is None:
        owner = _brand_owner(ctx, name)
    if not is_named(typ, name, suf, place is not None, owner is not None):
        return None
    if typ == "Organization" and suf.endswith(_FACILITY_ENDS) and s[:lo].removesuffix("了").endswith(_BUILT_BY):
        typ = "Project"  # 援建|晓岚村游客服务中心, 修建了|X村农机服务站: a facility built is a project, not an office
    elif typ == "Enterprise" and suf in _PLANTS and s[:lo].removesuffix("了").endswith(_BUILT_BY):
        typ = "Project"  # 建成|X村核桃精深加工厂, 建设|湘岭花垣腊味加工厂: a plant the text builds is a project
    if name.startswith("“") and "”" not in name:
        lo, name = lo + 1, name[1:]  # “渔业专家工作站”: the quotation names it, the marks are no part of the name
    phase = _PHASE.match(s, end) if typ == "Project" else None
    if phase is not None:
        name, end = name + phase.group(), phase.end()  # X产业园二期: a phase of a project is a project of its own
    mention = Mention(typ, name, lo, end)
    inner = next((x for x in ctx.found if x.type == typ and x.end == m.start() and x.start >= lo), None)
    if inner is not None and suf in _UNION_SUFFIXES:
        mention.info["extends"] = inner  # 某某专业合作社|联合社: the cooperative found first was only the start
    if full_lo is not None and full_lo < lo:
        mention.aliases.add(s[full_lo:end])
    if place is not None:
        rest = s[place.end:end]
        mention.info["place"] = place
        if typ in ("Cooperative", "Enterprise") and branded(rest, suf, trade_words=True):
            mention.name = rest
            mention.aliases.add(name)
            mention.start = place.end
        elif len(rest) > len(suf) + 1:
            mention.aliases.add(rest)
    elif typ in ("Cooperative", "Enterprise") and (before := ctx.ends_at(lo, PLACES)) is not None \
            and before.type in ("Village", "Township"):
        # 王庄村|利民光伏发电专业合作社: the name stopped at a word that reads as a preposition, right after
        # its place; the place is still the body's, and the whole written form its full name
        head = before.start
        while (up := ctx.ends_at(head, PLACES)) is not None:
            head = up.start
        mention.info["place"] = before
        mention.aliases.add(s[head:end])
    if owner is not None:
        mention.info["owner"] = owner
    return mention


def _village_before(ctx: SentenceContext, lo: int) -> Mention | None:
    """The one village the sentence names before ``lo`` in the same clause."""
    clause = max(ctx.s.rfind(c, 0, lo) for c in "，。；：,;") + 1
    villages = {x.name: x for x in ctx.found if x.type == "Village" and clause <= x.start and x.end <= lo}
    return next(iter(villages.values())) if len(villages) == 1 else None


# what may stand between a builder and its building verb (青禾公司|合作|建设…, 青山村|投资|新建…)
_BEFORE_BUILDING = tuple(sorted(set(vocab.words("adverbs", "manner") + vocab.words("money", "joint") + vocab.INVEST_CUES),
                                key=len, reverse=True))


def _past_modifiers(s: str, pos: int, end: int) -> int:
    """Where the verb after ``pos`` starts, past manner adverbs, joint words and money verbs."""
    while (word := next((w for w in _BEFORE_BUILDING if s.startswith(w, pos) and pos + len(w) < end), None)) is not None:
        pos += len(word)
    return pos


def _brand_owner(ctx: SentenceContext, name: str) -> Mention | None:
    """苏州吴越花木科技有限公司…建设了吴越花木智能温室项目: a project named after the brand of a company the
    sentence names before it (the company's name after a place prefix) is that company's, so it is named."""
    pos = ctx.s.find(name)
    for company in ctx.found:
        if company.type not in ("Enterprise", "Cooperative") or company.end > pos:
            continue
        for at in range(0, 4):  # no prefix, or a place of one to three characters (苏州, 黑龙江)
            if at and not is_place_word(company.name[:at]):
                continue
            for size in (3, 2):  # 稻香源: a brand of three characters whose first two are a common word
                brand = company.name[at:at + size]
                if len(brand) == size and name.startswith(brand) and not is_place_word(brand) \
                        and brand not in vocab.GENERIC_BODY_WORDS and pos_table().get(brand) not in ("n", "v", "vn"):
                    return company
    return None


def drop_facilities_inside_projects(ctx: SentenceContext) -> None:
    """杨树湾技术服务中心项目 is one project: the 中心 inside its name is no body of its own; nor is the trade
    after the owner in 鑫禾公司冷链物流项目 (冷链物流 says what the project does, it is no company)."""
    projects = [x for x in ctx.found if x.type == "Project" and x.name.endswith("项目")]
    owners = [x for x in ctx.found if x.type in ("Enterprise", "Cooperative", "Organization")]
    ctx.spans.keep(lambda x: not (
        x.type == "Organization" and x.name.endswith(("中心", "站", "基地"))
        and any(p.start <= x.start and x.end == p.end - 2 for p in projects)))
    # 东岭村冷链物流中心|项目: the facility the project is named after is that project, under another name
    for p in projects:
        inner = [x for x in ctx.found if x.type == "Project" and x is not p and not x.name.endswith("项目")
                 and p.start <= x.start and x.end == p.end - 2]
        for x in inner:
            p.aliases |= {x.name, *x.aliases}
        ctx.spans.keep(lambda x, inner=inner: not any(x is y for y in inner))
    for p in projects:
        trade = p.info.get("owner")
        first = next((o for o in owners if trade is not None and o is not trade and o.start == p.start
                      and o.end == trade.start), None)
        if first is not None and trade.type == "Enterprise" and trade.end <= p.end:
            p.info["owner"] = first
            ctx.spans.keep(lambda x, trade=trade: x is not trade)


# X县在汉商会, 温州在京商会: a chamber of the people of a place who do business in another city (异地商会, a
# registered kind of social organisation), named by the home place, 在 and the host city's short name
_AWAY_CHAMBER = re.compile(r"在[\u4e00-\u9fff]{1,2}(?:商会|企业商会|联合会)")


def away_chambers(ctx: SentenceContext) -> None:
    """宣恩县在汉商会: the home place, 在, the host city and 商会 are one body's name."""
    for m in _AWAY_CHAMBER.finditer(ctx.s):
        home = ctx.ends_at(m.start(), PLACES)
        if home is None:
            continue
        start = home.start
        while (up := ctx.ends_at(start, PLACES)) is not None:
            start = up.start
        ctx.add(Mention("Organization", ctx.s[start:m.end()], start, m.end())).info["place"] = home
