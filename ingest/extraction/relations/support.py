"""Help: who supports whom (SUPPORTS), read from the cue's arguments rather than a fixed shape.

Four classes of text:
- a help verb (帮扶, 帮助, 扶持, 带动, 结对帮扶, 采购 …) with its giver (the clause's subject, 由X, the
  sentence's subject or the one carried over) and its receiver (为/给/向/对 X before the cue, or what
  follows it: 帮扶该村, 带动每村, 采购该村农产品);
- help written around its receiver: 在A的（大力）帮扶/支持/帮助下，B… (A helps B, or the sentence's
  subject when B is not named), and help owed: B（的发展）离不开/得益于A的支持 (A helps B, or the item's place);
- pairing: A与B结对 / 合作 / 签订协议 … — the body helps the place or people;
- a bank's credit line: A为B授信N元 (``credit_yuan``).
A resident work team (驻X村工作队) that helps without a named receiver helps the place it is sent to.
"""

from __future__ import annotations

import re

from ruralkg.ingest.amounts import find_money
from ruralkg.ingest.article_graph import PLACE_RANK, ArticleGraph, Focus, Node
from ruralkg.ingest.extraction import arguments as ar
from ruralkg.ingest.extraction.recognisers.references import branch_by_level
from ruralkg.ingest.extraction.relations.base import RelationContext
from ruralkg.ingest.extraction.vocab import words
from ruralkg.ingest.extraction.words import tokens
from ruralkg.ingest.segment import Sentence

_FILE = "support"


def _alternation(ws: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, ws), key=len, reverse=True))


_HELP = re.compile(_alternation(words(_FILE, "help") + words(_FILE, "buy")))
_MANNER = _alternation(words("adverbs", "manner"))
_UNDER = re.compile(rf"在([^，。；]{{2,40}}?)的?(?:{_MANNER})?(?:{_alternation(words(_FILE, 'under'))})+下")
# B离不开A的支持, B得益于A的帮扶: what B owes to A's help (B the clause's subject, else the item's place)
_OWED = re.compile(rf"(?:{_alternation(words(_FILE, 'owed'))})([^，。；]{{2,30}}?)的(?:{_MANNER})?"
                   rf"(?:{_alternation(words(_FILE, 'under'))})")
_PAIR_GOES_ON = re.compile(_alternation(words(_FILE, "pair") + words(_FILE, "help")))
# 结成共建对子, 结成技术帮扶对子, 结成“强村带弱村”帮扶对子: any pair of partners (对子) the text qualifies
_PAIR = re.compile(rf"(?:与|和|同)([^，。；与和]{{2,30}}?)(?:{_alternation(words(_FILE, 'pair'))}|结成[^，。；]{{1,10}}?对子)(?!社)")  # 合作|社 is a name's end
# 授信; 发放|创业担保贷款, 投放|“强村贷”: a named loan after a lending verb
_CREDIT = re.compile(rf"(?:{_alternation(words(_FILE, 'credit'))}"
                     rf"|(?:{_alternation(words(_FILE, 'lending'))})(?:“[^”]{{1,10}}贷”|[一-鿿]{{0,8}}贷款))")
RECEIVERS = ("Village", "Township", "County", "City", "Cooperative", "Enterprise", "Person", "Organization",
             "Project", "Branch")
_PARTY_GROUPS = words(_FILE, "party_groups")
# the words of a pairing that say which side helps (结成帮扶对子, 结对帮扶)
_HELP_WORDS = words(_FILE, "helping_pairs")
_LED = ("Cooperative", "Enterprise", "Project")  # what a branch's leadership frame can lead (leads._framed)
_LEADERSHIP = re.compile(_alternation(words("cues", "leadership")) + "下$")
# X是Y的定点帮扶村 (Y helps X), X是Y的帮扶单位 (X helps Y): the pairing written as a noun after a copula
_PAIRING_NOUN = re.compile(rf"(?:是|为|作为|成为)([^，。；]{{2,30}}?)的(?:{_alternation(words(_FILE, 'pairing_qualifiers'))})?(?:{_alternation(words(_FILE, 'pairing_nouns'))})"
                           rf"(?:({_alternation(words(_FILE, 'helped_nouns'))})|({_alternation(words(_FILE, 'helper_nouns'))}))")
# X是Y帮促的重点项目, X村是Y援建的示范村: Y, then a verb of help and 的, then what X is (Y helps X)
_HELPED_BY = re.compile(rf"是([^，。；]{{2,30}}?)(?:{_alternation(words(_FILE, 'under'))})的"
                        rf"(?:{_alternation(words(_FILE, 'pairing_qualifiers'))})?(?:项目|村|工程|基地|合作社)")
# Y把X村作为（Y的）定点帮扶村, Y将X村列为联系点: the subject designates X as the place it helps
_DESIGNATED = re.compile(rf"(?:把|将)([^，。；]{{2,20}}?)(?:{_alternation(words(_FILE, 'designating_verbs'))})[^，。；]{{0,6}}?"
                         rf"(?:{_alternation(words(_FILE, 'pairing_nouns'))})(?:{_alternation(words(_FILE, 'helped_nouns'))})")
HELPED_SIDE = ("Village", "Township", "Person", "County", "City")


def find_support(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg], carried: ar.Carried,
                 team_home: dict[str, Node], focus: Focus) -> None:
    s = sent.text
    here = focus.village or focus.township
    default = focus.actor or focus.township or focus.village
    taken: set[int] = set()
    for m in _UNDER.finditer(s):
        taken.update(range(m.start(), m.end()))
        helpers = [a for a in args if m.start(1) <= a.start and a.end <= m.end(1) and a.type in ar.GIVER_TYPES]
        rest = [a for a in args if a.start >= m.end() and a.type in RECEIVERS]
        nxt = m.end() + 1 if s[m.end():m.end() + 1] in "，," else m.end()
        # 在A的帮助下，（预计）B…: B opens the next clause, after adverbials only
        opening = rest[0] if rest and (rest[0].start <= ar.clause_end(s, m.end()) + 1 or (
            rest[0].end <= ar.clause_end(s, nxt) and ar.adverbial_only(s, nxt, rest[0].start, args))) else None
        target = opening.node if opening is not None else None
        if target is None and (s[m.end():].lstrip("，, ").startswith(words(_FILE, "we"))
                               or ar.subjectless(s, m.end(), ar.clause_end(s, m.end() + 1), args)):
            target = here  # 在A的帮助下，我们…: the item's own place speaks
        if not helpers and target is not None:
            # 在镇党委的支持下: a branch named by its level alone is the item's own
            branch = branch_by_level(m.group(1), sent, focus, graph)
            helpers = [ar.Arg(m.start(1), m.end(1), branch)] if branch is not None else []
        if _LEADERSHIP.search(m.group()) and all(h.type == "Branch" for h in helpers) \
                and any(a.start >= m.end() and a.type in _LED for a in args):
            continue  # 在村党支部带领下，村里成立X合作社: a Party organisation's leadership of X is LEADS, not help
        # 在A的带动下，B村、C村等7个村…: every place of the list that opens the clause is helped
        listed = ar.with_listed(s, args, opening) if opening is not None and opening.type in HELPED_SIDE else []
        for h in _first_list(s, helpers):
            for t in [a.node for a in listed[1:]] + [target]:
                _relate(graph, sent, h.node, t)
    for m in _OWED.finditer(s):
        taken.update(range(m.start(), m.end()))
        helpers = [a for a in args if m.start(1) <= a.start and a.end <= m.end(1) and a.type in ar.GIVER_TYPES]
        lo = ar.clause_start(s, m.start())
        before = [a for a in args if lo <= a.start and a.end <= m.start()]
        if not before and lo > 0:
            # 柳林镇的变化，也得益于…: the topic written as a clause of its own before the comma
            plo = ar.clause_start(s, lo - 1)
            before = [a for a in args if a.start == plo and s[a.end:a.end + 1] == "的" and a.end < lo]
        # (王某说)柳河村的发展离不开…: the last named before; 这些变化离不开…: nothing named, the item's place
        target = (before[-1].node if before[-1].type in RECEIVERS else None) if before else here
        for h in _first_list(s, helpers):
            _relate(graph, sent, h.node, target)
    for m in _PAIR.finditer(s):
        if any(p in taken for p in range(m.start(), m.end())) or any(a.start < m.end() < a.end for a in args):
            continue  # 合作 inside 合作社 is no pairing
        side = _list_ending_at(s, args, m.start())
        partner = [a for a in args if m.start(1) <= a.start and a.end <= m.end(1)]
        end = m.end()
        while (more := _PAIR_GOES_ON.match(s, end)) is not None:
            end = more.end()  # 与B签订|结对帮扶|协议, 与B结对|共建: the words of one pairing
        purchase = _PURCHASE_AGREEMENT.match(s, m.end(1))
        if side and partner and purchase is not None:
            # A与B签订保底收购协议: the company that buys helps the other side (SCHEMA: purchase help)
            for one in ar.with_listed(s, args, partner[0]):
                buyers = [x for x in (*side, one) if x.type == "Enterprise"]
                if len(buyers) == 1:
                    for x in (*side, one):
                        if x is not buyers[0]:
                            _relate(graph, sent, buyers[0].node, x.node)
            taken.update(range(m.start(), purchase.end()))
            continue
        if side and partner:
            for one in ar.with_listed(s, args, partner[0]):  # 与A村、B村结对: each village of the list
                if one.end <= m.end(1):
                    together = s[m.end():].lstrip("，,").startswith(words("money", "joint"))
                    verb = s[m.end(1):end]
                    helping = any(w in verb for w in _HELP_WORDS) and not together
                    if not any(w in verb for w in _PLACE_PAIRING) and all(a.type in HELPED_SIDE for a in (*side, one)):
                        continue  # X村与Y村结成对子，学习经验: two places paired as equals, no side helps
                    _pair(graph, sent, side, one, helping=helping)
            taken.update(range(m.start(), end))
    for m in _HELP.finditer(s):
        pos, end = m.start(), m.end()
        if pos in taken or any(a.start <= pos < a.end and a.type != "Programme" for a in args):
            continue
        giver = ar.giver(s, args, pos, carried, default)
        lo = ar.clause_start(s, pos)
        found = ar.object_before(s, args, lo, pos, RECEIVERS) or ar.object_after(s, args, end, RECEIVERS, reach=4) \
            or _visited(s, args, lo, pos) or _partner(s, args, lo, pos)
        if not found and giver is not None and giver.id in team_home and ar.objectless(s, end):
            found = [ar.Arg(pos, pos, team_home[giver.id])]  # 工作队…进行帮扶: the place it is sent to
        for g in _heads(graph, s, args, giver, pos) + _led(s, args, giver, pos):
            for r in found:
                _relate(graph, sent, g, r.node)
    _credit(graph, sent, args)
    _sent_experts(graph, sent, args)
    _visiting_experts(graph, sent, args, focus)
    _benefactive(graph, sent, args, carried, default)
    _pairing_nouns(graph, sent, args)


# X中心派出（4名）技术员常驻Y村: the sender's experts stay at the place they serve
_SENT_EXPERTS = re.compile(rf"(?:{_alternation(words(_FILE, 'sending_to'))})(?:[0-9一二三四五六七八九十两多余]+名)?"
                           rf"(?:{_alternation(words(_FILE, 'sent_experts'))})(?:{_alternation(words(_FILE, 'staying_at'))})")


def _sent_experts(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg]) -> None:
    """X中心派出技术员常驻Y村，为农户开展指导: the body that sends experts to serve at a place helps it."""
    s = sent.text
    for m in _SENT_EXPERTS.finditer(s):
        lo = ar.clause_start(s, m.start())
        sender = next(iter(ar.givers_before(s, args, lo, m.start())), None)
        place = next((a for a in args if a.start == m.end() and a.type in HELPED_SIDE), None)
        if sender is not None and place is not None and sender.type not in ("Person", "Official") \
                and _serves(s, place.end):
            _relate(graph, sent, sender.node, place.node)


# X大学(的)(茶学)专家团队(长期/每年4次)走进|Y村: a body's experts, then a verb of going (or 在 … 蹲点)
_VISITING = re.compile(rf"的?[\u4e00-\u9fff]{{0,4}}?(?:{_alternation(words(_FILE, 'visiting_experts'))})"
                       rf"[^，。；、]{{0,8}}?(?:({_alternation(words(_FILE, 'visit'))}|在)|进村)")
_SERVICES = tuple(words(_FILE, "expert_services"))
_EXPERT_BODIES = ("Organization", "Enterprise")


def _serves(s: str, at: int) -> bool:
    """A service word ending a word (服务, 技术培训; not 服务业) in the clause after ``at`` or the one after it."""
    hi = ar.clause_end(s, ar.clause_end(s, at) + 1)
    return any(t.endswith(_SERVICES) for t in tokens(s[at:hi]))


def _visiting_experts(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg], focus: Focus) -> None:
    """X大学的专家团队走进Y村、Z村，为茶农开展技术指导; X医院的医生们来到Y村开展义诊; 邀请X大学的专家进村
    培训: the body whose experts come to serve a place helps it (a service named after them in the sentence)."""
    s = sent.text
    if not any(w in s for w in _SERVICES):
        return
    for a in args:
        if a.type not in _EXPERT_BODIES:
            continue
        m = _VISITING.match(s, a.end)
        if m is None or not _serves(s, m.end()):
            continue
        if m.group(1) is None:  # 进村: into the village the sentence or the item (of one village) is about
            single = focus.village if len(focus.villages) <= 1 else None
            place = next((b.node for b in args if b.type == "Village"), single)
            places = [place] if place is not None else []
        else:
            first = next((b for b in args if b.start == m.end() and b.type in HELPED_SIDE), None)
            places = [b.node for b in ar.with_listed(s, args, first)] if first is not None else []
        for place in places:
            _relate(graph, sent, a.node, place)


def _pairing_nouns(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg]) -> None:
    """X村是Y局的定点帮扶村: Y helps X; Y局是X村的帮扶单位: Y helps X. The copula's subject is the
    argument right before it; the other side is the last one before 的. Y把X村作为定点帮扶村: Y helps X."""
    s = sent.text
    for m in _PAIRING_NOUN.finditer(s):
        subject = next((a for a in args if a.end == m.start()), None)
        other = [a for a in args if m.start(1) <= a.start and a.end == m.end(1)]
        if subject is None or not other:
            continue
        if m.group(2):
            _relate(graph, sent, other[-1].node, subject.node)
        else:
            _relate(graph, sent, subject.node, other[-1].node)
    for m in _HELPED_BY.finditer(s):
        subject = next((a for a in args if a.end == m.start()), None)
        helper = [a for a in args if m.start(1) <= a.start and a.end == m.end(1) and a.type in ar.GIVER_TYPES]
        if subject is not None and helper and subject.node is not helper[-1].node:
            _relate(graph, sent, helper[-1].node, subject.node)
    for m in _DESIGNATED.finditer(s):
        lo = ar.clause_start(s, m.start())
        giver = next(iter(ar.givers_before(s, args, lo, m.start())), None)
        helped = [a for a in args if m.start(1) <= a.start and a.end <= m.end(1) and a.type in HELPED_SIDE]
        if giver is not None and helped:
            for a in ar.with_listed(s, args, helped[0]):
                _relate(graph, sent, giver.node, a.node)


_VISIT = words(_FILE, "visit")
_LEAD = words(_FILE, "lead")


def _visited(s: str, args: list[ar.Arg], lo: int, pos: int) -> list[ar.Arg]:
    """到（帮扶村）X村开展帮扶: the place the helper goes to, in the help verb's clause."""
    for a in args:
        if lo <= a.start and a.end <= pos and a.type in HELPED_SIDE:
            head = s[max(lo, a.start - 5):a.start]
            at = max((head.rfind(v) + len(v) for v in _VISIT if v in head), default=-1)
            if at >= 0 and len(head) - at <= 3 and not any(c in head[at:] for c in "，,、的"):
                return [a]
    return []


def _partner(s: str, args: list[ar.Arg], lo: int, pos: int) -> list[ar.Arg]:
    """X…与Y村开展结对帮扶: the place or people named after 与 (with a helper before it) is helped."""
    return [a for a in args if lo < a.start and a.end <= pos and a.type in HELPED_SIDE and s[a.start - 1] in "与同和"
            and any(b.end < a.start and b.type in ar.GIVER_TYPES and b.start >= lo for b in args)][:1]


def _led(s: str, args: list[ar.Arg], giver: Node | None, pos: int) -> list[Node | None]:
    """X带领Y，到…帮扶: the bodies the giver leads help with it."""
    if giver is None:
        return []
    return [a.node for a in args if a.end <= pos and a.node is not giver and a.type in ar.GIVER_TYPES
            and s[:a.start].endswith(_LEAD)]


_UNNAMED_FIRST = re.compile(r"为[\u4e00-\u9fff]{2,10}、$")


def _unnamed_first_of_list(s: str, a: ar.Arg) -> int | None:
    """为甲、乙公司申报…: a list after the benefactive 为 whose first item no rule named (甲); where 为 is."""
    m = _UNNAMED_FIRST.search(s, max(0, a.start - 12), a.start)
    return m.start() if m is not None else None


def _heads(graph: ArticleGraph, s: str, args: list[ar.Arg], giver: Node | None, pos: int) -> list[Node | None]:
    """Who a subject written as "X局党组书记、局长张某" stands for: the office (X局, not its 党组, when
    the article names it) and the person who heads it, both helping."""
    if giver is None:
        return [giver]
    # the giver as written last before the cue (王某介绍，合作社…带动: not 合作社 of the speaker's title)
    at = next((a for a in reversed(args) if a.node is giver and a.end <= pos), None)
    if at is None:
        return [giver]
    office = giver
    if giver.type == "Branch":
        for kind in _PARTY_GROUPS:
            if giver.name.endswith(kind):
                named = graph.nodes.get(("Organization", giver.name[: -len(kind)]))
                if named is not None:
                    office = named
    heads = [office]
    nxt = next((a for a in args if a.start >= at.end), None)
    if nxt is not None and nxt.type in ("Official", "Person") and nxt.start - at.end <= 12 \
            and ar.clause_start(s, nxt.start) <= at.start \
            and any(("HOLDS_POST", nxt.node.id, n.id) in graph.relations for n in (giver, office)):
        heads.append(nxt.node)
    return heads


_PEOPLE_OF = re.compile(rf"^的?(?:{_alternation(words(_FILE, 'beneficiaries'))})")


def _benefactive(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg], carried: ar.Carried,
                 default: Node | None) -> None:
    """为X提供/申报/争取…: the subject does it for X (the benefactive 为 with a verb of service)."""
    s = sent.text
    for a in args:
        toward = s[a.start - 1:a.start] == "向"  # 向X提供: giving to X (向X申请 asks of X: not here)
        opening = a.start - 1 if s[a.start - 1:a.start] == "为" or toward else _unnamed_first_of_list(s, a)
        if a.type not in RECEIVERS or opening is None:
            continue
        listed = ar.with_listed(s, args, a)
        rest = s[listed[-1].end:ar.clause_end(s, a.end)]
        rest = _LIST_CLOSER.sub("", rest)  # 为A村、B村等5个村提供…: the count closing the list
        rest = _PEOPLE_OF.sub("", rest)  # 为柳河村（的）妇女提供…: the place's people
        rest = re.sub(rf"^(?:{_MANNER})+", "", rest)
        if rest.startswith(words(_FILE, "giving_to") if toward else words(_FILE, "benefactive")):
            giver = ar.giver(s, args, opening, carried, default)
            for r in listed:
                _relate(graph, sent, giver, r.node)


# 签订菌包供应和保底回收协议, 签订了订单收购合同: an agreement to buy the other side's produce
_PURCHASE_AGREEMENT = re.compile(rf"签订了?[^，。；]{{0,12}}?(?:{_alternation(words(_FILE, 'purchase_terms'))})"
                                 r"[^，。；]{0,6}?(?:协议|合同)")
_LIST_CLOSER = re.compile(r"^等?[0-9一二三四五六七八九十两多]+个(?:村|社区|嘎查|乡镇|镇|乡)")


def resident_teams(graph: ArticleGraph, team_home: dict[str, Node]) -> None:
    """驻X村工作队: a team sent to a place to help it supports that place (its station is its purpose)."""
    by_id = {n.id: n for n in graph.nodes.values()}
    for rel in list(graph.relations.values()):
        team, place = by_id.get(rel.source), by_id.get(rel.target)
        if rel.type == "LOCATED_IN" and team is not None and place is not None and team_home.get(team.id) is place \
                and "驻" in team.name and place.type in ("Village", "Township") and ("SUPPORTS", team.id, place.id) not in graph.relations:
            graph.relate("SUPPORTS", team, place, None, evidence=rel.evidence[0])


# the pairing verbs that make the first of two places the helper (A县与B县结对帮扶, 东西部协作 …); 结成对子,
# 签约, 合作 between two places pair equals
_PLACE_PAIRING = ("帮扶", "结对", "协作", "对口")
_BRACKETED = re.compile(r"[（(][^）)]{1,12}[）)]")  # X公司（锦华农业）与…: the short name declared between
_PAIR_ADVERBS = ("则", "也", "还", "又", "都", "已", "先后", "分别", "主动", "积极", "率先")


def _list_ending_at(s: str, args: list[ar.Arg], pos: int) -> list[ar.Arg]:
    """A与B…: A is what ends right before 与 (with the list it closes: A1、A2与B…), or before an adverb and
    与 (A则与B…, A还与B…)."""
    last = next((a for a in reversed(args) if a.end <= pos
                 and _staff_removed(_BRACKETED.sub("", s[a.end:pos]).strip()) in ("", *_PAIR_ADVERBS)), None)
    if last is None:
        return []
    out = [last]
    for a in reversed(args):
        if a.end <= out[-1].start and s[a.end:out[-1].start].strip() in ar.LIST_JOINERS and a.type == last.type:
            out.append(a)
        elif a.end <= out[-1].start:
            break
    return out


_STAFF = tuple(sorted(words("titles", "cadre_nouns"), key=len, reverse=True))


def _staff_removed(gap: str) -> str:
    """联系X大学（的）专家与合作社结成帮扶对子: the body's staff pair on its behalf, so X is the side."""
    staff = next((w for w in _STAFF if gap.lstrip("的").startswith(w)), None)
    return gap.lstrip("的")[len(staff):] if staff is not None else gap


def _first_list(s: str, helpers: list[ar.Arg]) -> list[ar.Arg]:
    """在A和B的帮助下: every helper of the list."""
    return [h for h in helpers if not ar.governed(s, h, helpers[0].start)] if helpers else []


def _pair(graph: ArticleGraph, sent: Sentence, side: list[ar.Arg], partner: ar.Arg, helping: bool = False) -> None:
    """A与B结对: the body helps the place or people; two places: the wider helps the narrower (X村与Y街道结对:
    the street helps the village), of one level the first named helps the other; two bodies paired for
    help (A与B结成帮扶对子): the first named helps the other."""
    for a in side:
        if PLACE_RANK.get(a.type, 9) < PLACE_RANK.get(partner.type, -1) or (
                PLACE_RANK.get(partner.type, 9) < PLACE_RANK.get(a.type, -1)):
            wide, narrow = (a, partner) if PLACE_RANK[a.type] < PLACE_RANK[partner.type] else (partner, a)
            _relate(graph, sent, wide.node, narrow.node)
        elif a.type in HELPED_SIDE and partner.type not in HELPED_SIDE:
            _relate(graph, sent, partner.node, a.node)
        elif partner.type in HELPED_SIDE or helping:
            _relate(graph, sent, a.node, partner.node)


# a credit clause that opens with its receiver (为B村授信, 其中为B村授信, 今年以来已为B村发放贷款)
_OPENS_WITH_RECEIVER = re.compile(r"(?:其中|目前|今年以来|近年来)?[已还并也]?(?:" + "|".join(ar.RECEIVER_PREPOSITIONS) + ")")
# 获得授信, 取得贷款: the subject receives the credit line
_OBTAINING = ("获得", "取得", "争取到", "获批")


def _credit(graph: ArticleGraph, sent: Sentence, args: list[ar.Arg]) -> None:
    s = sent.text
    last: Node | None = None
    for m in _CREDIT.finditer(s):
        lo, hi = ar.clause_start(s, m.start()), ar.clause_end(s, m.end())
        amount = next((a for a in find_money(s) if m.end() <= a.start and a.end <= hi), None)
        lender = ar.giver(s, args, m.start())
        if lender is not None and lender.id in {a.node.id for a in ar.object_before(s, args, lo, m.start(), RECEIVERS)}:
            lender = None  # 为A村、B村…发放贷款: a village of the receiving list lends nothing
        if lender is None and _OPENS_WITH_RECEIVER.match(s, lo):
            # X行为A乡授信N元，（其中）为B村授信M元: the clause goes on with the lender before, or the
            # sentence's subject (X行推出“Y贷”，为全镇椒农授信N元)
            lender = last or ar.sentence_subject(s, args)
        last = lender or last
        target = ar.object_before(s, args, lo, m.start(), RECEIVERS)
        if lender is not None and lender.type in ("Organization", "Enterprise") and target and amount:
            each = len(target) == 1 or any(w in s[target[-1].end:m.start()] for w in ("分别", "各"))
            for t in target:  # 为A村、B村发放贷款N元: each village; a joint amount is none of theirs (分别: each's)
                _relate(graph, sent, lender, t.node, **({"credit_yuan": amount.as_number} if each else {}))
        elif amount is not None and s.endswith(_OBTAINING, 0, m.start()):
            # 在A银行的支持下，B获得授信N元: B, the subject, is lent to; A, who helps, lends
            frame = _UNDER.search(s, 0, lo)
            receiver = ar.giver(s, args, m.start())
            helper = next((a for a in args if frame is not None and frame.start(1) <= a.start and a.end <= frame.end(1)
                           and a.type in ("Organization", "Enterprise")), None)
            if helper is not None and receiver is not None:
                _relate(graph, sent, helper.node, receiver, credit_yuan=amount.as_number)


def _relate(graph: ArticleGraph, sent: Sentence, giver: Node | None, receiver: Node | None, **props) -> None:
    if giver is not None and receiver is not None and giver is not receiver:
        graph.relate("SUPPORTS", giver, receiver, sent, **props)


def support(c: RelationContext) -> None:
    """The pipeline's help rule."""
    find_support(c.graph, c.sent, c.arguments, lambda: c.focus.subject, c.team_homes, c.focus)


def carry_subject(c: RelationContext) -> None:
    """Remember the sentence's subject: the next sentence may leave it out (…。还投资200万元…)."""
    s, args = c.s, c.arguments
    c.focus.carry_subject(lambda: ar.sentence_subject(s, args))
