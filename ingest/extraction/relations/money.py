"""Money: who puts money into what (INVESTS_IN), or into a place or office (SUPPORTS), and how much.

A money cue (投资, 投入, 出资, 注资, 入股, 援建 …) has a giver — the clause's subject, 由X, the
sentence's subject, or the subject carried over from the sentence before — and a receiver: the
object of 为/给/向/对 before the cue (为X村投入…), what the cue founds (注资成立X公司), what follows
it (投资X项目), the place of spending (在X村兴建…), or the object of a purpose clause
(投入40万元，帮助X村…). An amount in the cue's clause belongs to it; none is needed.
Money into a county, township, city or office is SUPPORTS with ``support_yuan``; a donation is
SUPPORTS with ``donation_yuan`` (and INVESTS_IN when it builds a named project); money a body only
raises or pools (争取, 整合 …) is not its own, so its owners named in the text are the investors.
"""

from __future__ import annotations

import re

from ruralkg.ingest.amounts import Amount, find_money
from ruralkg.ingest.article_graph import ArticleGraph, Focus, Node
from ruralkg.ingest.extraction import arguments as ar
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.relations.base import RESPECTIVELY, SUPPORTED, RelationContext
from ruralkg.ingest.extraction.vocab import word_set, words
from ruralkg.ingest.segment import Sentence

_FILE = "money"
_STAKED = ("Cooperative", "Enterprise", "Project")
_STAKE_WORDS = tuple(words(_FILE, "stakes"))  # 入股, 参股: a stake is taken in a body
_HELP_FUNDS = words(_FILE, "help_funds")
_HELPED_BY_FUNDS = ("Village", "Cooperative")
_JOINING_VERBS = word_set("generic", "joining_verbs")
_INVEST = re.compile("|".join(sorted(words(_FILE, "invest") + words(_FILE, "donate"), key=len, reverse=True)))
INVESTED = ("Project", "Enterprise", "Village", "Cooperative")
SUPPORTED_WITH_MONEY = ("County", "Township", "City", "Province", "Organization")
RECEIVERS = INVESTED + SUPPORTED_WITH_MONEY
# what a sentence says a project's own total is (X项目总投资N元): the project's, not an investment
_TOTAL_BEFORE = ("总", "计划总", "累计总")
# 通过招商、入股、投入等方式: a cue listed as one of several ways of working is no act of giving
_LISTED_WAY = re.compile(r"(?:、[^、，,。；;]{1,8})*等?(?:" + "|".join(words(_FILE, "ways")) + ")")


def listed_way(s: str, end: int) -> bool:
    """True when the cue ending at ``end`` is an item of a list of ways (…、投入等方式)."""
    m = _LISTED_WAY.match(s, end)
    return m is not None and ("等" in m.group() or "、" in m.group() or s[end - 3:end - 2] == "、")


def _amount(s: str, lo: int, hi: int, cue_end: int) -> Amount | None:
    found = [a for a in find_money(s) if lo <= a.start and a.end <= hi]
    after = [a for a in found if a.start >= cue_end]
    return (after or found or [None])[0]


def stated_amounts(s: str, lo: int, pos: int, end: int, hi: int) -> list[Amount]:
    """The amounts the cue at [pos, end) states: those after it in its clause (出资N元、M元), else those of
    a 以 phrase right before it (以集体资金N元入股, 分别以N元、M元入股, 以闲置用房折价N元入股); ``lo`` is where
    the givers end."""
    after = [a for a in find_money(s) if end <= a.start and a.end <= hi]
    if after:
        return after
    at = s.rfind("以", lo, pos)
    return [a for a in find_money(s) if at >= 0 and at < a.start and a.end <= pos]


_VALUED = ("折价", "作价", "折合", "价值")
_PARTNER_MARKS = ("与", "和", "同", "跟")
_OF_WHICH = "其中"


def _valued_after(s: str, hi: int) -> Amount | None:
    """以设备和技术入股，折价700万元: the clause after the stake that values it gives its amount."""
    at = hi + 1
    if not s.startswith(_VALUED, at):
        return None
    return next((a for a in find_money(s) if at < a.start <= at + 4), None)


def _props(amount: Amount | None, key: str) -> dict:
    if amount is None:
        return {}
    props: dict = {key: amount.as_number}
    if amount.approximate:
        props["approximate"] = True
    return props


def _founded(s: str, args: list[ar.Arg], end: int, hi: int) -> list[ar.Arg]:
    """注资成立X公司: what the money founds, right after the cue, or after its amount and the clause
    it ends (共同出资500万元，成立X公司)."""
    amount = next((a for a in find_money(s) if end <= a.start <= end + 2), None)
    at = end if amount is None else amount.end
    if s[at:at + 1] in ("，", ","):
        at += 1
        hi = ar.clause_end(s, at)
    partner = next((a for a in args if a.start == at + 1 and s[at:at + 1] in ("与", "和", "同")), None)
    if partner is not None:
        # 出资40万元，与Y（共同）成立X公司: what is founded with a partner is what the money founds
        at = partner.end + next((len(w) for w in words(_FILE, "joint") if s.startswith(w, partner.end)), 0)
    rest = s[at:hi]
    verb = next((v for v in ar.FOUNDING_VERBS if rest.startswith(v)), None)
    if verb is None:
        return []
    at += len(verb)
    return [a for a in args if at <= a.start <= at + 2 and a.type in ("Enterprise", "Cooperative", "Project")][:1]


# a sentence opening with the item's project's total by reference (项目总投资N元，其中…; 该项目计划总投资…)
_TOTAL_TOPIC = re.compile(r"(?:该|这个)?项目(?:计划)?总投资")


def _topic_project(s: str, args: list[ar.Arg], pos: int) -> list[ar.Arg]:
    """X项目总投资N元，由Y出资建设: a project that opens the sentence is what its money builds."""
    first = next((a for a in args if a.start < pos), None)
    return [first] if first is not None and first.type == "Project" and first.start <= 6 else []


def _total(s: str, found: list[ar.Arg]) -> Amount | None:
    """The project's stated total (X项目总投资N元), for money that the clause gives no amount of."""
    if not found:
        return None
    at = s.find("总投资", found[0].end)
    return next((a for a in find_money(s) if 0 <= a.start - at <= 8), None) if at >= 0 else None


def _built(s: str, args: list[ar.Arg], end: int, hi: int) -> list[ar.Arg]:
    """捐资60万元建设X项目, 投资建设的X项目: what the money builds, named after a verb of building that
    follows the cue or its amount."""
    verb = next((v for v in ar.SPENDING_VERBS if s.startswith(v, end)), None)
    if verb is not None:
        at = end + len(verb) + (s[end + len(verb):end + len(verb) + 1] == "的")
        return ar.object_after(s, args, at, INVESTED, reach=2)
    amount = next((a for a in find_money(s) if end <= a.start < hi), None)
    if amount is None:
        return []
    # 捐资60万元建设X, 捐资60万元，援建X: the verb right after the amount, or opening the next clause
    at = amount.end + (1 if s[amount.end:amount.end + 1] in "，," else 0)
    helper = next((w for w in ar.RECEIVER_PREPOSITIONS if s.startswith(w, at)), None)
    if helper is not None:
        # 捐资50万元，为村里新建了X; 出资20万元帮助村里建设X: the beneficiary before the verb of building
        beneficiary = next((a for a in args if a.start == at + len(helper)), None)
        at = beneficiary.end if beneficiary is not None else at
    verb = next((v for v in ar.SPENDING_VERBS if s[at:].startswith(v)), None)
    return ar.object_after(s, args, _past_modifier(s, args, at + len(verb)), INVESTED, reach=2) if verb else []


_HELPING = tuple(sorted(words("support", "help"), key=len, reverse=True))


def _helped_with(s: str, args: list[ar.Arg], end: int, hi: int) -> list[ar.Arg]:
    """投入95万元补助资金扶持合作社: a verb of help after the money in its clause takes what the money goes
    into as its object."""
    money_end = max((a.end for a in find_money(s) if end <= a.start and a.end <= hi), default=-1)
    if money_end < 0:
        return []
    kind = s.find("资金", money_end, min(hi, money_end + 12))
    if kind < 0:
        return []  # the money and its kind (…补助资金), then the verb: nothing else between
    verb = next((w for w in _HELPING if s.startswith(w, kind + 2)), None)
    return ar.object_after(s, args, kind + 2 + len(verb), INVESTED, reach=4) if verb is not None else []


def _past_modifier(s: str, args: list[ar.Arg], at: int) -> int:
    """建设了|占地320亩的|X项目: after the verb's 了, a short modifier closed by 的 that names nothing goes
    before the object."""
    at += s[at:at + 1] == "了"
    at += s[at:at + 1] == "“"  # 建设|“莲乡书屋”: the quoted name
    de = s.find("的", at, at + 12)
    if de > at and not any(c in "，,。；;、" for c in s[at:de]) and not any(at <= a.start < de for a in args):
        return de + 1
    return at


def _copula(s: str, args: list[ar.Arg], lo: int, pos: int) -> list[ar.Arg]:
    """X是Y援建的项目: the subject of 是 is what the money went into."""
    copula = s.rfind("是", lo, pos)
    return [a for a in args if lo <= a.start and a.end <= copula and a.type in INVESTED][:1] if copula > 0 else []


_RECEIPT = tuple(words(_FILE, "receipt_verbs"))


def _received(s: str, args: list[ar.Arg], lo: int, pos: int) -> tuple[ar.Arg, ar.Arg] | None:
    """X获得Y投资N元, X得到Y捐赠: the one named right before the cue gives, after a verb of receiving
    whose subject receives. Returns (giver, receiver)."""
    giver = next((a for a in args if a.end == pos and a.type in ar.GIVER_TYPES), None)
    if giver is None:
        return None
    verb = next((v for v in _RECEIPT if s.endswith(v, lo, giver.start)), None)
    if verb is None:
        return None
    subject = ar.givers_before(s, args, lo, giver.start - len(verb)) + \
        [a for a in args if lo <= a.start and a.end <= giver.start - len(verb) and a.type == "Village"]
    subject = [a for a in subject if a.type in RECEIVERS and ar.adverbial_only(s, a.end, giver.start - len(verb), args)]
    return (giver, subject[0]) if subject else None


def receivers(s: str, args: list[ar.Arg], pos: int, end: int) -> list[ar.Arg]:
    """What the money at the cue [pos, end) goes into, in the order of the readings above."""
    lo, hi = ar.clause_start(s, pos), ar.clause_end(s, end)
    found = ar.object_before(s, args, lo, pos, RECEIVERS) or _founded(s, args, end, hi) or _copula(s, args, lo, pos)
    if not found:
        found = ar.object_after(s, args, end, INVESTED, reach=8) or _built(s, args, end, hi) \
            or _helped_with(s, args, end, hi)
        if found and found[0].type == "Village":
            # 出资20万元帮助村里建设X服务站: the named project built for the village takes the money
            found = _built_for(s, args, found[0].end, hi) or found
    if not found:
        place = ar.spending_place(s, args, lo, hi, RECEIVERS)
        found = [_built_at(s, args, place) or place] if place else []
    if not found and (purpose := ar.purpose_clause(s, end)) is not None:
        plo, phi = purpose
        place = ar.spending_place(s, args, plo - 1, phi, RECEIVERS)
        found = [_built_at(s, args, place) or place] if place else _built_for(s, args, plo, phi) or ar.object_after(
            s, args, plo, RECEIVERS, reach=6)
    return found or _stake_in_founded(s, args, pos, end) or _framed_village(s, args, pos, hi)


_TITLES = tuple(sorted(vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES, key=len, reverse=True))


def _titled_donor(s: str, args: list[ar.Arg], giver: Node, pos: int) -> Node | None:
    """X公司董事长陈某（个人）捐资: the body opens the title chain of the person who gives, so the gift is
    the person's (SUPPORTS from any person); money a body invests stays the body's."""
    body = next((a for a in args if a.node is giver and a.end <= pos), None)
    if body is None:
        return None
    person = next((a for a in args if a.start >= body.end and a.end <= pos and a.type in ("Person", "Official")), None)
    if person is None or any(a.start >= person.end and a.end <= pos and a.type in ar.GIVER_TYPES
                             and not s.endswith(ar.RECEIVER_PREPOSITIONS, 0, a.start) for a in args):
        return None  # another actor before the cue (向X村捐款: X村 receives)
    between = s[body.end:person.start]
    return person.node if between and between.endswith(_TITLES) and len(between) <= 8 else None


def _framed_village(s: str, args: list[ar.Arg], pos: int, hi: int) -> list[ar.Arg]:
    """在X镇Y村，Z捐资30万元，用于村内道路硬化; Z捐资20万元，在Y村设立助学基金: the village that frames the
    sentence, or opens the clause after the money's with 在, takes money no clause gives a receiver."""
    if any(w in s[pos:hi] for w in _STAKE_WORDS):
        return []  # 出资300万元入股: a stake is in a body, not in the place
    frame = ar.framing_place(s, args, pos)
    if frame is None and s[hi + 1:hi + 2] == "在":
        frame = next((a for a in args if a.start == hi + 2), None)
    return [frame] if frame is not None and frame.type == "Village" else []




def _stake_in_founded(s: str, args: list[ar.Arg], pos: int, end: int) -> list[ar.Arg]:
    """成立X合作社，村集体以林地经营权入股: a stake (入股, 参股) with no object after it is taken in the body
    the sentence founded or built before it, or else in the last project it names."""
    if not s[pos:end].endswith(_STAKE_WORDS) or s[end:end + 1] not in ("", "，", ",", "。", "；", ";"):
        return []
    verbs = tuple(ar.FOUNDING_VERBS) + tuple(ar.SPENDING_VERBS)
    for a in sorted((a for a in args if a.end <= pos and a.type in _STAKED), key=lambda a: -a.end):
        if s[a.start:a.end] not in (a.node.name, *a.node.aliases):
            continue  # 成立养猪|合作社: a kind word standing for a body not named is not the one founded
        head = s[ar.clause_start(s, a.start):a.start]
        if any(v in head[-8:] for v in verbs):
            return [a]
    # 总投资N元的X项目由Y公司建设，Z村以闲置窑洞入股: a project the sentence names before, however it is built
    project = next((a for a in sorted(args, key=lambda a: -a.end) if a.end <= pos and a.type == "Project"), None)
    return [project] if project is not None else []


def _built_for(s: str, args: list[ar.Arg], lo: int, hi: int) -> list[ar.Arg]:
    """帮助村里|建设X服务站: the named project a verb of building in [lo, hi) builds."""
    return [a for a in args if lo <= a.start < hi and a.type == "Project"
            and any(s.endswith(v, lo, a.start) or s.endswith(v + "了", lo, a.start) for v in ar.SPENDING_VERBS)][:1]


def _built_at(s: str, args: list[ar.Arg], place: ar.Arg) -> ar.Arg | None:
    """在X村建设了Y基地: the named project built at the place of spending is what the money goes into
    (a facility named by its kind only leaves the place, SCHEMA: which projects are required)."""
    at = place.end + (s[place.end:place.end + 1] == "的")
    verb = next((v for v in ar.SPENDING_VERBS if s.startswith(v, at)), None)
    if verb is None:
        return None
    at += len(verb)
    at += s[at:at + 1] == "了"
    return next((a for a in args if a.start == at and a.type == "Project"), None)


def _listed_with(s: str, args: list[ar.Arg], node: Node | None, lo: int, pos: int) -> list[ar.Arg]:
    """The list (A、B和C) that ``node`` opens as an argument in [lo, pos), or []."""
    first = next((a for a in args if a.node is node and lo <= a.start and a.end <= pos), None)
    return ar.with_listed(s, args, first) if first is not None else []


def _village_built_for(s: str, args: list[ar.Arg], end: int, hi: int, giver: Node) -> list[ar.Arg]:
    """X村…投入资金N元修建村道: money that builds a facility no name identifies goes to the one village the
    sentence names before it (SCHEMA: a named investor's money into such a facility for a named village);
    not a village listed with the giver (A村、B村分别投入…: two givers)."""
    if not any(v in s[end:hi] for v in ar.SPENDING_VERBS):
        return []
    with_giver = {a.node.id for a in _listed_with(s, args, giver, ar.clause_start(s, end), end)}
    villages = {a.node.id: a for a in args if a.end <= end and a.type == "Village" and a.node is not giver
                and a.node.id not in with_giver}
    return list(villages.values()) if len(villages) == 1 else []




def _respectively(graph: ArticleGraph, sent: Sentence, s: str, args: list[ar.Arg], span: tuple[int, int, int, int],
                  giver: Node | None, found: list[ar.Arg], donation: bool) -> bool:
    """分别 ("respectively") pairs lists in their written order: A、B分别为C、D捐资N元和M元 gives A → C
    (N) and B → D (M); A村、B村分别投入N元、M元 into one receiver gives each its own amount. True when the
    clause was read so; lists of different lengths pair nothing (the cue's usual reading applies)."""
    lo, pos, end, hi = span
    if RESPECTIVELY not in s[lo:pos] or giver is None or not found:
        return False
    listed = _listed_with(s, args, giver, lo, pos)
    givers = [a.node for a in listed] or [giver]
    amounts = stated_amounts(s, listed[-1].end if listed else lo, pos, end, hi)
    receivers_ = [a.node for a in found]
    if len(givers) == len(receivers_) > 1:
        pairs = list(zip(givers, receivers_, strict=True))
    elif len(givers) == 1 and len(receivers_) > 1:
        pairs = [(giver, r) for r in receivers_]
    elif len(receivers_) == 1 and len(givers) > 1:
        pairs = [(g, receivers_[0]) for g in givers]
    else:
        return False
    if len(amounts) > 1 and len(amounts) != len(pairs):
        return False
    for i, (g, r) in enumerate(pairs):
        # one amount with 分别: each pair's (A、B分别向X村捐款5万元)
        _relate(graph, sent, g, r, amounts[i] if len(amounts) > 1 else (amounts[0] if amounts else None), donation)
    return True


def _distributed(args: list[ar.Arg], giver: Node | None) -> list[Node]:
    """每村入股…: a distributive subject stands for every village of the list; all of them give."""
    spans = [(a.start, a.end) for a in args if a.node is giver]
    return [a.node for a in args if (a.start, a.end) in spans and a.node is not giver]


def _listed_givers(s: str, args: list[ar.Arg], giver: Node | None, lo: int, pos: int) -> tuple[list[Node], bool]:
    """A村、B村、C村各以集体资金200万元入股: the places listed with the giver give too; with 各 each gives the
    amount. Returns (the others, each)."""
    first = next((a for a in args if a.node is giver and lo <= a.start and a.end <= pos), None)
    if first is None:
        return [], False
    listed = ar.with_listed(s, args, first)
    if len(listed) < 2:
        return [], False
    return [a.node for a in listed[1:]], "各" in s[listed[-1].end:pos]


def co_givers(s: str, args: list[ar.Arg], lo: int, pos: int) -> list[Node]:
    """与Y共同注资, X联合Y共同出资: the partner named with 与/和 or a joining verb before the cue gives
    money too."""
    joint = words(_FILE, "joint")
    # the joint word may open the cue itself (共同出资)
    return [a.node for a in args if lo <= a.start and a.end <= pos and s[a.end:pos + 2].startswith(joint)
            and (s[a.start - 1:a.start] in ("与", "和", "同") or s[a.start - 2:a.start] in _JOINING_VERBS)]


def owners(s: str, args: list[ar.Arg], pos: int) -> list[Node]:
    """整合A村、B村…的资金: the owners of pooled money named before the cue in the same sentence."""
    raised = [s.rfind(w, 0, pos) for w in words(_FILE, "raise")]
    at = max(raised)
    if at < 0:
        return []
    money_word = s.find("资金", at, pos)
    if money_word < 0:
        return []
    return [a.node for a in args if at < a.start and a.end <= money_word and a.type in (
        "Village", "Enterprise", "Cooperative", "Branch")]


def find_investments(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg], carried: ar.Carried,
                     team_home: dict[str, Node], focus: Focus) -> None:
    """Every money cue of the sentence, with its arguments, as relations of ``graph``."""
    s = sent.text
    done = -1  # a clause already read as part of the cue before it
    for m in _INVEST.finditer(s):
        pos, end, cue = m.start(), m.end(), m.group(0)
        if pos < done or s[max(0, pos - 3):pos].endswith(_TOTAL_BEFORE) or any(a.start < pos < a.end for a in args):
            continue
        if listed_way(s, end):
            continue
        lo, hi = ar.clause_start(s, pos), ar.clause_end(s, end)
        amount = _amount(s, lo, hi, end) or _valued_after(s, hi)
        if amount is None and _copula(s, args, lo, pos):
            # X是Y援建项目，投入资金N元: the next clause, with no subject of its own, gives the amount
            nlo = hi + 1
            nhi = ar.clause_end(s, nlo)
            if nlo < len(s) and ar.subjectless(s, nlo, nhi, args):
                amount, done = _amount(s, nlo, nhi, nlo), nhi
        described = None
        if amount is not None and amount.end <= pos and (described := _described(s, args, amount)) is not None:
            # 总投资N元的X项目由Y投资建设: the amount is the project's; Y's money goes into it, no share stated
            _attributive(graph, sent, s, args, amount)
            amount = None
        elif amount is not None and _attributive(graph, sent, s, args, amount):
            # 瑞丰公司投资500万元的X项目: the clause's subject is whose money the project is
            subject = next(iter(ar.givers_before(s, args, lo, pos)), None)
            project = _described(s, args, amount)
            if subject is not None and project is not None and ar.adverbial_only(s, subject.end, pos, args) \
                    and _owner(graph, project.node) is None:
                graph.relate("INVESTS_IN", subject.node, project.node, sent, **_props(amount, "amount_yuan"))
            continue
        received = _received(s, args, lo, pos)
        if received is not None:
            giver, receiver = received
            _relate(graph, sent, giver.node, receiver.node, amount, cue in words(_FILE, "donate"))
            continue
        pooled = owners(s, args, pos)
        giver = None if _people_act(s, args, lo, pos) else ar.giver(s, args, pos, carried, focus.actor or focus.township)
        listed, coordinator = ar.pivot_list(s, args, pos)
        givers_listed, each_listed = _listed_givers(s, args, giver, lo, pos)
        partners = pooled + co_givers(s, args, lo, pos) + _distributed(args, giver) + listed[1:] + givers_listed
        found = receivers(s, args, pos, end)
        if giver is not None and giver.type == "Project":
            found, giver = found or [ar.Arg(pos, pos, giver)], None  # 该项目投资N元: the project's total
            if amount is not None and len(found) == 1 and found[0].type == "Project" and not partners:
                _owners_share(graph, found[0].node, amount)
        if not found and focus.project is not None and _TOTAL_TOPIC.match(s):
            found = [ar.Arg(0, 0, focus.project)]  # 项目总投资N元，其中A出资…: the shares are the item's project's
        if not found and giver is not None and giver.id in team_home:
            found = [ar.Arg(pos, pos, team_home[giver.id])]  # a resident team's money goes to its village
        # 其中，A投入N元；B以设备入股: the shares of the total the sentence before gave, the item's project's
        share_of = focus.project if s.startswith(_OF_WHICH) else None
        stakers = {a.node.id for a in ar.givers_before(s, args, lo, pos)}
        # (not a partner or another giver the sentence names: 猕源公司出资…；合作社以…入股, 以…入股，与该公司
        # 合作成立X)
        others = {a.node.id for a in args if s[a.start - 1:a.start] in _PARTNER_MARKS or _INVEST.match(s, a.end)}
        held = next((n for n in (focus.body, focus.cooperative, share_of)
                     if n is not None and n.id not in stakers and n.id not in others), None)
        if not found and cue == "入股" and amount is not None and stakers and held is not None:
            found = [ar.Arg(pos, pos, held)]  # shares in the item's company (not in the one taking them)
        donation = cue in words(_FILE, "donate")
        if donation and giver is not None:
            giver = _titled_donor(s, args, giver, pos) or giver
        elif giver is not None and giver.type in ("Person", "Official"):
            giver = ar.cadre_sender(s, args, giver) or giver  # X局驻Y村第一书记何某…投入: the money is X局's
        if not found and giver is not None:
            found = [described] if described is not None else _topic_project(s, args, pos)
            amount = amount or (_total(s, found) if described is None else None)
        if not found and giver is not None and amount is not None:
            found = _village_built_for(s, args, end, hi, giver)
        if not found and giver is not None and amount is not None and not partners and not donation \
                and giver.type in ("Enterprise", "Cooperative"):
            graph.unplaced.append((giver, amount, sent))
        if _respectively(graph, sent, s, args, (lo, pos, end, hi), giver, found, donation):
            continue
        if donation and giver is not None and found and all(r.type == "Village" for r in found):
            # 向X村捐赠80万元，建设“莲乡书屋”: the gift to the village builds the project named after it
            for p in (a for a in _built(s, args, end, hi) if a.type == "Project"):
                graph.relate("INVESTS_IN", giver, p.node, sent, **_props(amount, "amount_yuan"))
        each = bool(partners) and (each_listed or all(a.distributive for a in args if a.node in partners))
        for r in found:
            # the pooling body's own INVESTS_IN is optional in the schema but kept: it names the amount;
            # a joint amount is nobody's share, so the partners' relations carry none (每村: each's own)
            if listed[1:] and not each and r.type in SUPPORTED_WITH_MONEY:
                continue  # 协调A、B共同出资…在X镇新建: no one's share goes to the town (SCHEMA: joint amounts)
            sole = amount if len(found) == 1 and (each or not partners) else None
            _relate(graph, sent, giver, r.node, sole, donation)
            if giver is not None and giver.type != "Village" and r.type in _HELPED_BY_FUNDS \
                    and any(w in s[lo:hi] for w in _HELP_FUNDS) \
                    and not any(w in s[lo:hi] for w in _STAKE_WORDS):  # 以扶持资金入股: a stake, not help
                graph.relate("SUPPORTS", giver, r.node, sent)  # 投入帮扶资金N元: money given as help is help too
            for g in partners:
                _relate(graph, sent, g, r.node, sole if each else None, donation)
        if giver is None or partners and not each:
            _project_total(found, amount)
        if giver is not None and not donation:
            _portions(graph, sent, s, args, giver, hi)
        for r in found if coordinator is not None and listed else ():
            # 工作队协调A、B出资…在X镇新建: who brings the money in helps where it goes (no amount: not theirs)
            if r.type in SUPPORTED and coordinator is not r.node:
                graph.relate("SUPPORTS", coordinator, r.node, sent)


# 其中3200万元用于建设X: the part of the money the clauses after the cue give to a named project
_PORTION = re.compile(r"(?:其中)?([约近]?[\d.]+(?:万|亿)?元)用于(?:" + "|".join(ar.SPENDING_VERBS) + ")?")


def _portions(graph: ArticleGraph, sent: Sentence, s: str, args: list[ar.Arg], giver: Node, hi: int) -> None:
    """投入N元，其中M元用于建设X项目(，K元用于…): each part the money's giver spends on a named project is an
    investment of that amount in it."""
    at = hi + 1
    while at < len(s) and (m := _PORTION.match(s, at)) is not None:
        project = next((a for a in args if a.start == m.end() and a.type == "Project"), None)
        amount = next((a for a in find_money(s) if a.start == m.start(1)), None)
        if project is not None and amount is not None:
            graph.relate("INVESTS_IN", giver, project.node, sent, **_props(amount, "amount_yuan"))
        at = ar.clause_end(s, m.end()) + 1


_PEOPLE = tuple(sorted(words("support", "beneficiaries"), key=len, reverse=True))


def _people_act(s: str, args: list[ar.Arg], lo: int, pos: int) -> bool:
    """组织本村40户村民以现金入股, 带动农户以土地入股: the people named in the cue's clause after every
    named actor put in their own money; no body or place is the giver."""
    last = max((a.end for a in args if lo <= a.start and a.end <= pos), default=lo)
    span = s[last:pos]
    at = next((span.find(w) for w in _PEOPLE if w in span), -1)
    # 为村民投资…: people after a preposition of benefit receive, they do not give
    return at >= 0 and not any(p in span[:at] for p in ar.RECEIVER_PREPOSITIONS + ("帮助", "帮"))


def _relate(graph: ArticleGraph, sent: Sentence, giver: Node | None, receiver: Node, amount: Amount | None,
            donation: bool) -> None:
    if giver is None or giver is receiver:
        return
    if donation:
        # 捐资60万元建设河湾村便民桥: the gift goes to the village (or body) the project is of; the money
        # builds the project (SCHEMA: donations)
        recipient = _recipient(graph, receiver) if receiver.type == "Project" else receiver
        graph.relate("SUPPORTS", giver, recipient, sent, **_props(amount, "donation_yuan"))
        if receiver.type == "Project":
            graph.relate("INVESTS_IN", giver, receiver, sent, **_props(amount, "amount_yuan"))
    elif receiver.type in SUPPORTED_WITH_MONEY:
        graph.relate("SUPPORTS", giver, receiver, sent, **_props(amount, "support_yuan"))
    else:
        graph.relate("INVESTS_IN", giver, receiver, sent, **_props(amount, "amount_yuan"))


def _described(s: str, args: list[ar.Arg], amount: Amount) -> ar.Arg | None:
    """The project an amount describes (N元的X项目)."""
    return next((a for a in args if a.type == "Project" and 0 <= a.start - amount.end <= 2
                 and s[amount.end:a.start] in ("的", "")), None)


def _attributive(graph: ArticleGraph, sent: Sentence, s: str, args: list[ar.Arg], amount: Amount) -> bool:
    """投资N元的X项目: the amount describes the project; its owner (named in it) puts it in."""
    project = _described(s, args, amount)
    if project is None:
        return False
    owned = _owners_share(graph, project.node, amount)
    owner = _owner(graph, project.node) if not owned else None
    if owner is not None:
        graph.relate("INVESTS_IN", owner, project.node, sent, **_props(amount, "amount_yuan"))
    elif not owned:
        project.node.properties.setdefault("investment_yuan", amount.as_number)
    return True


def _owners_share(graph: ArticleGraph, project: Node, amount: Amount) -> list:
    """The relations of the body a project is named after (X合作社Y项目) take the project's stated amount
    (投资N元的X项目, 该项目共投资N元): the project is that body's investment. Returns those relations."""
    owned = [r for r in graph.relations.values() if r.type == "INVESTS_IN" and r.target == project.id]
    for rel in owned:
        for k, v in _props(amount, "amount_yuan").items():
            rel.properties.setdefault(k, v)
    return owned


def _recipient(graph: ArticleGraph, project: Node) -> Node:
    """Who receives what builds ``project``: the body it is named after, else the village or township
    that opens its name, else the project itself."""
    owner = _owner(graph, project)
    if owner is not None:
        return owner
    places = [n for n in graph.nodes.values() if n.type in ("Village", "Township") and project.name.startswith(n.name)
              and len(n.name) < len(project.name)]
    return max(places, key=lambda n: len(n.name)) if places else project


def _owner(graph: ArticleGraph, project: Node) -> Node | None:
    """The body whose name opens the project's name (艾润科技 of 艾润科技项目)."""
    named = [n for n in graph.nodes.values() if n.type in ("Enterprise", "Cooperative", "Organization")
             and project.name.startswith(n.name) and len(n.name) < len(project.name)]
    return max(named, key=lambda n: len(n.name)) if named else None


def _project_total(found: list[ar.Arg], amount: Amount | None) -> None:
    """An amount put into a project by nobody named is the project's investment."""
    if amount is not None and len(found) == 1 and found[0].type == "Project":
        found[0].node.properties.setdefault("investment_yuan", amount.as_number)


def money(c: RelationContext) -> None:
    """The pipeline's money rule."""
    find_investments(c.graph, c.sent, c.arguments, lambda: c.focus.subject, c.team_homes, c.focus)
    built_by(c.graph, c.sent, c.arguments)


# X项目由Y公司建设: Y builds its project with its own money (as Y公司在Z村建设X项目 is read)
_BUILT_BY_AGENT = re.compile("由")
_AGENT_BUILDS = tuple(words(_FILE, "agent_builds"))
_BUILDERS = ("Enterprise", "Cooperative")
# the trades of contractors (GB/T 4754 E 建筑业): they build what others pay for
_CONTRACTORS = ("建筑", "工程", "路桥", "建工", "建安", "施工")


def built_by(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg]) -> None:
    """总投资N元的X项目由Y公司建设: the project, then 由 and a company or cooperative, then a verb of
    building: INVESTS_IN Y → X with no amount (the total is the project's)."""
    s = sent.text
    for m in _BUILT_BY_AGENT.finditer(s):
        agent = next((a for a in args if a.start == m.end() and a.type in _BUILDERS), None)
        if agent is None or not s.startswith(_AGENT_BUILDS, agent.end) or any(w in agent.node.name for w in _CONTRACTORS):
            continue  # (X由Y建筑工程公司建设: a contractor builds with another's money)
        project = next((a for a in args if a.type == "Project" and a.end <= m.start()
                        and s[a.end:m.start()] in ("", "，", ",")), None)
        if project is not None and ("INVESTS_IN", agent.node.id, project.node.id) not in graph.relations:
            graph.relate("INVESTS_IN", agent.node, project.node, sent)


def own_spending(graph: ArticleGraph) -> None:
    """X合作社…投资百余万元购买能繁母牛: a company or cooperative that spends money on no receiver the
    sentence names spends it on its own project — the one project the article names after it. Runs after
    the article's name variants are merged, so that 梓兴合作社X基地 is found for 梓兴养殖合作社."""
    for giver, amount, sent in graph.unplaced:
        node = _current(graph, giver)
        if node is None:
            continue
        projects = {n.id: n for n in graph.nodes.values() if n.type == "Project"}
        own = [r for r in graph.relations.values() if r.type == "INVESTS_IN" and r.source == node.id
               and r.target in projects]
        if len(own) != 1 or "amount_yuan" in own[0].properties:
            continue
        project = projects[own[0].target]
        graph.relate("INVESTS_IN", node, project, sent, **_props(amount, "amount_yuan"))
        for k, v in _props(amount, "amount_yuan").items():
            own[0].properties.setdefault(k, v)
    graph.unplaced.clear()


def _current(graph: ArticleGraph, node: Node) -> Node | None:
    """``node``, or the node it was merged into (which keeps its name as an alias)."""
    if graph.nodes.get((node.type, node.name)) is node:
        return node
    return next((n for n in graph.nodes.values() if n.type == node.type and node.name in n.aliases), None)
