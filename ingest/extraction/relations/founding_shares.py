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
from ruralkg.ingest.extraction.relations.base import RelationContext
from ruralkg.ingest.extraction.vocab import words

_CUES = re.compile("|".join(sorted(words("money", "shares"), key=len, reverse=True)))
_FOUNDING = re.compile("(?:" + "|".join(ar.FOUNDING_VERBS) + ")+")
_FOUNDED = ("Enterprise", "Cooperative")
# 各出资N元，联合兴建X酒厂: what several contributors build together is founded by them the same way
_BUILDING = re.compile("(?:" + "|".join(words("money", "joint")) + ")(?:" + "|".join(ar.SPENDING_VERBS) + ")")
_BUILT = ("Project", "Enterprise", "Cooperative")
_CONTRIBUTORS = ("Village", "Enterprise", "Cooperative", "Organization", "Branch", "Township")
_EACH = "各"
_RESPECTIVELY = "分别"



def founding_shares(c: RelationContext) -> None:
    """INVESTS_IN from each contributor of the sentence's joint founding into what it founds. Runs after
    ``money``: an amount stated for one contributor (or for each, 各) is its own; a joint amount is
    nobody's share (SCHEMA: joint amounts), so it goes on the founded body as ``investment_yuan``."""
    s = c.s
    if not _CUES.search(s) or not (_FOUNDING.search(s) or _BUILDING.search(s)):
        return  # most sentences: no share and no founding, and their arguments are not worked out here
    args = c.arguments
    founded = _founded(s, args)
    if founded is None:
        return
    shares = [(cue, givers) for cue in _CUES.finditer(s) if (givers := _givers(s, args, cue.start(), founded))]
    if len({g.node.id for _, givers in shares for g in givers}) < 2:
        return  # one contributor: money's own reading of the cue
    own: dict[str, dict] = {}
    for cue, givers in shares:
        hi = ar.clause_end(s, cue.end())
        amounts = [a for a in find_money(s) if cue.end() <= a.start and a.end <= hi]
        if _RESPECTIVELY in s[givers[-1].end:cue.start()] and len(amounts) == len(givers) > 1:
            # A、B分别出资N元、M元: each its own amount, in the written order
            for g, a in zip(givers, amounts, strict=True):
                c.graph.relate("INVESTS_IN", g.node, founded.node, c.sent)
                own[g.node.id] = {"amount_yuan": a.as_number} | ({"approximate": True} if a.approximate else {})
            continue
        amount = amounts[0] if amounts else None
        each = _EACH in s[givers[-1].end:cue.start()] or all(g.distributive for g in givers)
        alone = each or len({g.node.id for g in givers}) == 1
        if amount is not None and not alone:
            founded.node.properties.setdefault("investment_yuan", amount.as_number)
        for g in givers:
            c.graph.relate("INVESTS_IN", g.node, founded.node, c.sent)
            if amount is not None and alone:
                own[g.node.id] = {"amount_yuan": amount.as_number} | ({"approximate": True} if amount.approximate else {})
            else:
                own.setdefault(g.node.id, {})
    for giver_id, props in own.items():
        rel = c.graph.relations[("INVESTS_IN", giver_id, founded.node.id)]
        rel.properties.pop("amount_yuan", None)
        rel.properties.pop("approximate", None)
        rel.properties.update(props)


def _founded(s: str, args: list[ar.Arg]) -> ar.Arg | None:
    """The one body written right after a verb of founding in the sentence."""
    bodies = {a.node.id: a for m in _FOUNDING.finditer(s) for a in args
              if a.type in _FOUNDED and m.end() <= a.start <= m.end() + 2}
    bodies |= {a.node.id: a for m in _BUILDING.finditer(s) for a in args
               if a.type in _BUILT and m.end() <= a.start <= m.end() + 2}
    if len(bodies) != 1:
        return None
    body = next(iter(bodies.values()))
    listed = [a for a in args if a.start >= body.end and s[body.end:a.start] in ar.LIST_JOINERS and a.type in _FOUNDED]
    return None if listed else body  # 成立A合作社和B公司: two bodies, no one's share known


def _givers(s: str, args: list[ar.Arg], pos: int, founded: ar.Arg) -> list[ar.Arg]:
    """The contributors of the cue at ``pos``: the list (A、B和C, 每村) that ends its clause's subject,
    with nothing but a manner phrase or 各 between it and the cue (A、B以集体资金各入股)."""
    lo = ar.clause_start(s, pos)
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


# what may stand between the contributors and their cue: the count closing their list (等3个村), 共同, 各,
# 分别, 以 + what they put in (以集体资金)
_MANNER = re.compile(r"(?:等?[\d一二三四五六七八九十两]+个(?:村委会|村|嘎查|社区))?(?:共同|联合|分别|各|又|也|还|再|先后|累计)*"
                     r"(?:以[^，。；、]{1,12}?)?(?:共同|分别|各)?")


def _manner_only(gap: str) -> bool:
    return _MANNER.fullmatch(gap) is not None
