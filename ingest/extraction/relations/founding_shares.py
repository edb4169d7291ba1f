"""Shares in a joint founding: every contributor a sentence lists puts its own money into the body the
sentence founds.

Reports on village companies and cooperatives founded together say who put in how much, in clauses
around the founding, often with lists and 各 ("each"):

    东岗村、楼南村、王庄村共同出资成立X合作社          → each village INVESTS_IN X (no amount: a joint one)
    …共同成立X公司，其中东岗村出资50万元，楼南村、王庄村各出资30万元
                                                       → 东岗村 50万元, 楼南村 and 王庄村 30万元 each
    东岗村、楼南村以集体资金各入股20万元，青禾公司出资100万元，共同成立X合作社
    整合东岗、楼南2个村的资金，每村各出资200万元，共同注册成立X公司
    东岗村、楼南村分别出资50万元、30万元，共同成立X合作社    → 50万元 and 30万元, in the written order
    由东岗村、楼南村等2个村各出资150万元，联合兴建X酒厂     (built together: a Project)

The body founded is the one after a verb of founding (成立, 组建, 注册 …) in the sentence; a sentence
founding two bodies, or founding none, is left to ``money``.
"""

from __future__ import annotations

import re

from ruralkg.ingest.amounts import find_money
from ruralkg.ingest.extraction import arguments as ar
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.relations.base import RESPECTIVELY, RelationContext
from ruralkg.ingest.extraction.relations.money import stated_amounts
from ruralkg.ingest.extraction.vocab import words

_CUES = re.compile("|".join(sorted(words("money", "shares"), key=len, reverse=True)))
_FOUNDING = re.compile("(?:" + "|".join(ar.FOUNDING_VERBS) + ")+")
_FOUNDED = ("Enterprise", "Cooperative")
# 各出资N元，联合兴建X酒厂: what several contributors build together is founded by them the same way
_BUILDING = re.compile("(?:" + "|".join(words("money", "joint")) + ")(?:" + "|".join(ar.SPENDING_VERBS) + ")")
_BUILT = ("Project", "Enterprise", "Cooperative")
_CONTRIBUTORS = ("Village", "Enterprise", "Cooperative", "Organization", "Branch", "Township")
_EACH = "各"
_JOINT = words("money", "joint")
# what may open the founding clause after the shares: going on (并, 又), a partner (与C镇), a word of joining
_JOINING = re.compile("(?:并|又|还|再)?(?:与[^，。；]{1,12}?)?(?:" + "|".join(_JOINT) + ")?")
# the money right after a cue (出资|资金80万元|，, 分别出资|300万元、150万元|，): nothing else
_MONEY = re.compile(r"(?:资金)?[约近]?[\d.]+(?:万|亿)?元?|[、和及]")



def founding_shares(c: RelationContext) -> None:
    """INVESTS_IN from each contributor of the sentence's joint founding into what it founds. Runs after
    ``money``: an amount stated for one contributor (or for each, 各; 分别 in order) is its own; a joint
    amount is nobody's share (SCHEMA: joint amounts), so it goes on the founded body as ``investment_yuan``
    and comes off a contributor that ``money`` gave it to."""
    s = c.s
    if not _CUES.search(s) or not (_FOUNDING.search(s) or _BUILDING.search(s)):
        return  # most sentences: no share and no founding, and their arguments are not worked out here
    args = c.arguments
    founding = _founded(s, args)
    if founding is None:
        return
    founded, verb_at = founding
    shares = [(cue, givers) for cue in _CUES.finditer(s)
              if (givers := _givers(s, args, cue.start(), founded)) and _joins(s, cue.end(), verb_at)]
    if len({g.node.id for _, givers in shares for g in givers}) < 2:
        return  # one contributor: money's own reading of the cue
    own: dict[str, dict] = {}
    joint: set[float] = set()
    for cue, givers in shares:
        amounts = stated_amounts(s, givers[-1].end, cue.start(), cue.end(), ar.clause_end(s, cue.end()))
        gap = s[givers[-1].end:cue.start()]
        if RESPECTIVELY in gap and len(amounts) == len(givers) > 1:
            pairs = list(zip(givers, amounts, strict=True))  # A、B分别出资N元、M元: in the written order
        elif amounts and (_EACH in gap or RESPECTIVELY in gap or all(g.distributive for g in givers)
                          or len({g.node.id for g in givers}) == 1):
            pairs = [(g, amounts[0]) for g in givers]  # 各出资N元: each the amount
        else:
            pairs = [(g, None) for g in givers]
            if amounts:  # a joint amount: the body's, nobody's share
                founded.node.properties.setdefault("investment_yuan", amounts[0].as_number)
                joint.add(amounts[0].as_number)
        for g, amount in pairs:
            c.graph.relate("INVESTS_IN", g.node, founded.node, c.sent)
            if amount is not None:
                own[g.node.id] = {"amount_yuan": amount.as_number} | ({"approximate": True} if amount.approximate else {})
            else:
                own.setdefault(g.node.id, {})
    for giver_id, props in own.items():
        rel = c.graph.relations[("INVESTS_IN", giver_id, founded.node.id)]
        if props:
            rel.properties.pop("approximate", None)
            rel.properties.update(props)
        elif rel.properties.get("amount_yuan") in joint:
            rel.properties.pop("amount_yuan")  # money gave the joint amount to the first named
            rel.properties.pop("approximate", None)


def _joins(s: str, cue_end: int, verb_at: int) -> bool:
    """The share at the cue goes into the founding at ``verb_at``: only its money, other contributors'
    clauses and a clause opened by a word of joining stand between them (…各出资80万元，联合成立X; 共同出资
    成立X; A、B分别出资N元、M元，与C镇共同打造X); a share stated after the founding follows a comma
    (共同成立X，其中A出资…). A purpose (用于…), another subject or verb (支持X成立, 石岭村还成立了) does not join."""
    if verb_at < cue_end:
        return "，" in s[verb_at:cue_end] or "," in s[verb_at:cue_end]
    between = s[cue_end:verb_at].replace(",", "，")
    if any(w in between for w in ar.PURPOSE_OPENERS):
        return False
    money = between.split("，")[0]
    clause = between.rsplit("，", 1)[1] if "，" in between else ""
    return not _MONEY.sub("", money) and _JOINING.fullmatch(clause) is not None


def _founded(s: str, args: list[ar.Arg]) -> tuple[ar.Arg, int] | None:
    """The one body written right after a verb of founding (or of building together) in the sentence,
    with where that verb starts."""
    bodies = {a.node.id: (a, m.start()) for m in _FOUNDING.finditer(s) for a in args
              if a.type in _FOUNDED and m.end() <= a.start <= m.end() + 2}
    bodies |= {a.node.id: (a, m.start()) for m in _BUILDING.finditer(s) for a in args
               if a.type in _BUILT and m.end() <= a.start <= m.end() + 2}
    if len(bodies) != 1:
        return None
    body, verb_at = next(iter(bodies.values()))
    listed = [a for a in args if a.start >= body.end and s[body.end:a.start] in ar.LIST_JOINERS and a.type in _FOUNDED]
    return None if listed else (body, verb_at)  # 成立A合作社和B公司: two bodies, no one's share known


def _givers(s: str, args: list[ar.Arg], pos: int, founded: ar.Arg) -> list[ar.Arg]:
    """The contributors of the cue at ``pos``: the list (A、B和C, 每村) that ends its clause's subject,
    with nothing but a manner phrase or 各 between it and the cue (A、B以集体资金各入股)."""
    lo = ar.clause_start(s, pos)
    amount_end = max((a.end for a in find_money(s) if lo <= a.start and a.end < pos and s[a.end:a.end + 1] == "、"),
                     default=-1)
    if amount_end >= 0:
        lo = amount_end + 1  # A出资510万元、B出资490万元: the share after an amount and 、 has its own giver
    before = [a for a in args if lo <= a.start and a.end <= pos and a.type in _CONTRIBUTORS
              and a.node is not founded.node and (not ar.governed(s, a, lo) or s[a.start - 1:a.start] == "由")]
    if not before:
        return []
    first = before[0]
    listed = [a for a in args if (a.start, a.end) == (first.start, first.end)] if first.distributive \
        else ar.with_listed(s, args, first)
    last = listed[-1]
    if not _manner_only(s[last.end:pos]):
        return []
    return listed


# what may stand between the contributors and their cue: the count closing their list (等3个村), a word of
# joining, 各, 分别, adverbs, 以 + what they put in (以集体资金)
_UNITS = "|".join(sorted(words("places", "village_suffixes") + words("organisations", "village_committee_names")
                         + ("村委会",), key=len, reverse=True))
_ADVERBS = "|".join(_JOINT + (RESPECTIVELY, _EACH, "先后") + words("adverbs", "manner") + tuple(vocab.SUBJECT_ADVERBS))
_MANNER = re.compile(rf"(?:等?[\d一二三四五六七八九十两]+个(?:{_UNITS}))?(?:{_ADVERBS})*(?:以[^，。；、]{{1,12}}?)?(?:{_ADVERBS})?")


def _manner_only(gap: str) -> bool:
    return _MANNER.fullmatch(gap) is not None
