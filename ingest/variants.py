"""Shorter names of a body later in an article are the same node as its full name.

News names a body in full once and then shortens it: the station of a work team is dropped
(鑫禾公司驻柳塘村工作队 → 鑫禾公司驻村工作队 → 驻村工作队), the kind word changes (鑫禾集团 →
鑫禾公司; a village's 党总支 → 党支部), the parent company is dropped (鑫禾集团有限公司绿源食品厂 → 绿源食品厂), a cooperative loses its trade (X养殖专业合作社 → X合作社). Relations read from
the short forms must not split across copies, so each short form is folded into the full name, which
keeps it as an alias.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruralkg.ingest.article_graph import ArticleGraph, Node
from ruralkg.ingest.extraction.edges import is_place_word
from ruralkg.ingest.extraction.vocab import words
from ruralkg.ingest.extraction.words import pos_table, tokens

TEAM = re.compile(r"^(?P<sender>.*?)驻(?P<station>.*?)(?P<kind>(?:乡村振兴|扶贫|帮扶|帮促)*(?:工作队|工作组))$")
VILLAGE_PARTY_KINDS = ("党支部", "党总支", "党委", "支部")
KIND_WORDS = ("集团", "公司", "有限公司", "集团有限公司", "股份有限公司")
PARENT_END = ("有限公司", "集团", "公司")
# a university's school, a bank's branch office, an academy's institute: the parent dropped later
ORGANIZATION_PARENT_END = ("大学", "银行", "科学院", "研究院")
COOPERATIVE_ENDS = ("专业合作社", "合作社", "联合社")


def _team_key(name: str) -> tuple[str, str] | None:
    m = TEAM.match(name)
    return (m.group("sender"), m.group("station")) if m else None


def _team_variant(short: Node, full: Node) -> bool:
    """驻村工作队 / X驻工作队 / X驻村工作队 are X驻Y村工作队 when the sender agrees (or is not written), and
    X驻村工作组 is X驻村扶贫工作组."""
    a, b = _team_key(short.name), _team_key(full.name)
    if a is None or b is None:
        return False
    if a == b:
        return len(short.name) < len(full.name)  # X驻村工作组 is X驻村扶贫工作组: only the kind words differ
    (s_sender, s_station), (f_sender, f_station) = a, b
    sender_ok = not s_sender or f_sender.endswith(s_sender) or s_sender.endswith(f_sender) and bool(f_sender)
    return sender_ok and s_station in ("", "村") and bool(f_station) and len(short.name) < len(full.name)


def _stem(name: str) -> str | None:
    """鑫禾 of 鑫禾公司, 鑫禾集团 and 鑫禾集团股份有限公司: every kind word at the end comes off."""
    stem = None
    while True:
        kind = next((k for k in sorted(KIND_WORDS, key=len, reverse=True)
                     if (stem or name).endswith(k) and len(stem or name) - len(k) >= 2), None)
        if kind is None:
            return stem
        stem = (stem or name)[: -len(kind)]


_TRADE_WORDS = tuple(sorted(words("trades", "enterprise_trades") + words("trades", "company_fillers"), key=len, reverse=True))


@lru_cache(maxsize=8192)
def _brands(name: str) -> frozenset[str]:
    """闽禾食品 and 闽禾 of 福建闽禾食品集团有限公司: the stem without a province's or city's short name before
    it, then without each trade or filler word at its end, two characters at least."""
    stem = _stem(name)
    if stem is None:
        return frozenset()
    if len(stem) > 4 and is_place_word(stem[:2]):
        stem = stem[2:]
    out = {stem}
    while (word := next((w for w in _TRADE_WORDS if stem.endswith(w) and len(stem) - len(w) >= 2), None)
           or _product_at_end(stem)) is not None:
        stem = stem[: -len(word)]
        out.add(stem)
    return frozenset(out)


def _product_at_end(stem: str) -> str | None:
    """制品 of 枣香红枣制品, then 红枣: a noun at the end of a company's stem names what it makes (jieba's
    tag n), which its short form leaves out as it does a trade (枣香公司)."""
    last = tokens(stem)[-1]
    return last if len(stem) - len(last) >= 2 and pos_table().get(last) == "n" else None


_FOUNDING_TYPES = ("INVESTS_IN", "LEADS")


def _related(graph: ArticleGraph, a: Node, b: Node) -> bool:
    """青禾公司出资…成立青禾生态农业有限公司: a body that invests in or leads the other is not the other,
    whatever their names share."""
    return (a.id, b.id) in _founding_pairs(graph) or (b.id, a.id) in _founding_pairs(graph)


def _founding_pairs(graph: ArticleGraph) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in graph.relations.values() if r.type in _FOUNDING_TYPES}


def _parent_dropped(short: Node, full: Node, parents: tuple[str, ...] = PARENT_END) -> bool:
    """绿源食品厂 is 鑫禾集团有限公司绿源食品厂, 园艺学院 is 某某大学园艺学院: the full name is a parent + the
    short name."""
    if not full.name.endswith(short.name) or len(short.name) < 4:
        return False
    head = full.name[: -len(short.name)]
    return head.endswith(parents)


def _cooperative_stem(name: str) -> str | None:
    kind = next((k for k in COOPERATIVE_ENDS if name.endswith(k)), None)
    return name[: -len(kind)] if kind and len(name) - len(kind) >= 2 else None


def _trade_dropped(short: Node, full: Node) -> bool:
    """瑞丰合作社 is 瑞丰养殖专业合作社: the short name is the full one without its trade or 专业."""
    stem = _cooperative_stem(short.name)
    return stem is not None and full.name != short.name and full.name.startswith(stem) \
        and full.name.endswith(COOPERATIVE_ENDS) and len(full.name) > len(short.name)


def merge_name_variants(graph: ArticleGraph) -> None:
    """Fold every later short form into the full name of the same body (see the module's docstring)."""
    while True:
        pair = _next_pair(graph)
        if pair is None:
            return
        graph.merge(*pair)


def _next_pair(graph: ArticleGraph) -> tuple[Node, Node] | None:
    nodes = list(graph.nodes.values())
    teams = [n for n in nodes if n.type == "Organization" and _team_key(n.name)]
    for short in teams:
        fits = [full for full in teams if _team_variant(short, full)]
        if len(fits) == 1:
            return short, fits[0]
    villages = {n.name for n in nodes if n.type == "Village"}
    by_owner: dict[str, list[Node]] = {}
    for n in nodes:
        kind = next((k for k in VILLAGE_PARTY_KINDS if n.type == "Branch" and n.name.endswith(k)), None)
        if kind and n.name[: -len(kind)] in villages:
            by_owner.setdefault(n.name[: -len(kind)], []).append(n)
    for same in by_owner.values():
        if len(same) >= 2:
            # a village has one Party organisation, written loosely as 党支部 or 党总支: the first form wins
            first, *rest = sorted(same, key=lambda n: int(n.id[1:]))
            return rest[0], first
    companies = [n for n in nodes if n.type == "Enterprise"]
    by_stem: dict[str, list[Node]] = {}
    for n in companies:
        stem = _stem(n.name)
        if stem:
            by_stem.setdefault(stem, []).append(n)
    for same in by_stem.values():
        if len(same) >= 2:
            # the form the article writes first is its name (金川集团 …, later 金川公司)
            first, *rest = sorted(same, key=lambda n: int(n.id[1:]))
            return rest[0], first
    for short in companies:
        stem = _stem(short.name)
        fits = [full for full in companies if full is not short and stem and len(full.name) > len(short.name)
                and stem in _brands(full.name) and not _related(graph, short, full)]
        if len(fits) == 1:
            return short, fits[0]  # 闽禾集团 is 福建闽禾食品集团有限公司: its brand and a kind word
    for short in companies:
        fits = [full for full in companies if full is not short and _parent_dropped(short, full)]
        if len(fits) == 1:
            return short, fits[0]
    offices = [n for n in nodes if n.type == "Organization" and not _team_key(n.name)]
    for short in offices:
        fits = [full for full in offices if full is not short and _parent_dropped(short, full, ORGANIZATION_PARENT_END)]
        if len(fits) == 1:
            return short, fits[0]
    cooperatives = [n for n in nodes if n.type == "Cooperative"]
    for short in cooperatives:
        fits = [full for full in cooperatives if _trade_dropped(short, full)]
        if len(fits) == 1:
            return short, fits[0]
    return None
