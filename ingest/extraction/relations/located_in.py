"""Where things are: chains of places (聊城市东昌府区柳林镇王庄村), bodies named with their place or
owner, bodies inside 镇内/村里, and bodies a place founds, builds or brings in."""

from __future__ import annotations

import re
from functools import lru_cache

from ruralkg.ingest.article_graph import PLACE_RANK, ArticleGraph, Node
from ruralkg.ingest.extraction import arguments as ar
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.relations.base import RelationContext
from ruralkg.ingest.gazetteer import gazetteer

_INSIDE = re.compile(r"(镇|乡|村|县|区|市)(内|里)[\u4e00-\u9fff、]*$")  # 镇内安泰、永达等公司
_FOUND = re.compile("|".join(vocab.words("cues", "found_or_bring_in")))
_FOUNDED = ("Project", "Enterprise", "Cooperative")
_JOINT = vocab.words("money", "joint")
_LOCATIVE = re.compile("|".join(vocab.words("cues", "locative")))
_NATURAL = vocab.words("places", "natural_village_suffixes")


# what may stand between the place of spending and the verb of building: the money spent there
_MONEY_BETWEEN = re.compile(r"(?:(?:投资|投入|出资)(?:约|近)?[\d.]+(?:万|亿)?元?)?")


def place_chains(c: RelationContext) -> None:
    """聊城市东昌府区斗虎屯镇张李村: each place in the one before it; a village in the township named
    earlier in the sentence, else the item's; a township in the item's county. Sets the focus."""
    graph, sent, nodes, focus, places = c.graph, c.sent, c.nodes, c.focus, c.places
    chained: set[int] = set()
    starting: dict[int, list[Mention]] = {}
    for b in places:
        starting.setdefault(b.start, []).append(b)
    for a in places:
        for b in starting.get(a.end, ()):
            natural = a.type == b.type == "Village" and b.name.endswith(_NATURAL)  # X村Y自然村
            if natural or PLACE_RANK[b.type] > PLACE_RANK[a.type] and not (
                    b.type == "Township" and a.type in ("City", "Province")):  # 十堰茅塔乡: in a county
                chained.add(id(b))
                if b.type == "Village" and a.type in _ABOVE_TOWNSHIPS and _skips_a_level(graph, nodes[id(b)],
                                                                                         nodes[id(a)]):
                    continue  # 白水市王庄村 of a body's name, the village's township already known
                graph.relate("LOCATED_IN", nodes[id(b)], nodes[id(a)], sent)
                if b.type == "Township":
                    focus.township = focus.township or nodes[id(b)]
    listed = [m for m in places if m.type == "Village"]
    if len(listed) >= 2:
        focus.villages = [nodes[id(m)] for m in listed]
    # townships by where they end, to find the last one named before each village in one pass
    towns = sorted((x.end, n, x) for n, x in enumerate(places) if x.type == "Township")
    k, before = 0, None
    for m in places:
        node = nodes[id(m)]
        while k < len(towns) and towns[k][0] <= m.start:
            if before is None or towns[k][1] > before[0]:
                before = towns[k][1:]
            k += 1
        if m.type == "Village":
            # the township named earlier in the sentence (在安定镇，A村、B村…), else the item's
            township = nodes[id(before[1])] if before else focus.township
            if before is None and township is not None and _has_parent(graph, node, township):
                township = None  # a village is in one township: the one a chain named wins over the item's
            if id(m) not in chained and township is not None:
                graph.relate("LOCATED_IN", node, township, sent)
            _drop_skipped_levels(graph, node)
            focus.village = node
        elif m.type == "Township" and id(m) not in chained and focus.county is not None \
                and not _has_parent(graph, node, focus.county):
            graph.relate("LOCATED_IN", node, focus.county, sent)


_ABOVE_TOWNSHIPS = ("County", "City", "Province")


def _townships_of(graph: ArticleGraph, village: Node) -> set[str]:
    parents = {key[2] for key in graph.relations if key[0] == "LOCATED_IN" and key[1] == village.id}
    return {n.id for n in graph.nodes.values() if n.type == "Township" and n.id in parents} if parents else set()


def _skips_a_level(graph: ArticleGraph, village: Node, above: Node) -> bool:
    """True when ``village`` is in a township that is itself in ``above`` (X县Y村 once the township is
    known): the hierarchy goes one level at a time, so the direct link is redundant."""
    return any(("LOCATED_IN", t, above.id) in graph.relations for t in _townships_of(graph, village))


def _drop_skipped_levels(graph: ArticleGraph, village: Node) -> None:
    above = graph.derived("above_townships", lambda g: {n.id: n for n in g.nodes.values() if n.type in _ABOVE_TOWNSHIPS})
    for key in [k for k in graph.relations if k[0] == "LOCATED_IN" and k[1] == village.id and k[2] in above]:
        if _skips_a_level(graph, village, above[key[2]]):
            del graph.relations[key]


def _has_parent(graph: ArticleGraph, place: Node, other: Node) -> bool:
    """True when ``place`` is already LOCATED_IN a place of ``other``'s level other than ``other`` (a
    village is in one township, a township in one county)."""
    parents = {key[2] for key in graph.relations if key[0] == "LOCATED_IN" and key[1] == place.id} - {other.id}
    return bool(parents) and any(n.id in parents for n in graph.nodes.values() if n.type == other.type)


def locative(c: RelationContext) -> None:
    """A位于B / A坐落在B: A is in the most specific place the clause names after the verb."""
    s, args = c.s, c.arguments
    for m in _LOCATIVE.finditer(s):
        lo, hi = ar.clause_start(s, m.start()), ar.clause_end(s, m.end())
        subject = next((a for a in args if lo <= a.start and a.end <= m.start()), None)
        places = [a for a in args if m.end() <= a.start < hi and a.type in PLACE_RANK]
        if subject is not None and places:
            most_specific = max(places, key=lambda a: PLACE_RANK[a.type])  # 该镇柳塘村 → 柳塘村
            c.graph.relate("LOCATED_IN", subject.node, most_specific.node, c.sent)


def named_with_place_or_owner(c: RelationContext) -> None:
    """Bodies named with their place are there; branches named after their owner are in it (a place)
    or lead it (a body); a project named after a body is its investment. Sets the focus."""
    graph, sent, ordered, nodes, focus = c.graph, c.sent, c.ordered, c.nodes, c.focus
    for m in ordered:
        node = nodes[id(m)]
        place = m.info.get("place")
        if place is not None:
            graph.relate("LOCATED_IN", node, graph.node(place.type, place.name), sent)
        owner = m.info.get("owner")
        if m.type == "Cooperative":
            focus.cooperative = node
        if m.type in ("Cooperative", "Enterprise"):
            focus.body = node
        if m.type == "Project":
            focus.project = node
        if m.type == "Branch" and owner is not None:
            owner_node = graph.node(owner.type, owner.name)
            if owner.type in PLACE_RANK:
                graph.relate("LOCATED_IN", node, owner_node, sent)
            else:
                # the Party committee of a chamber, company or cooperative leads it
                graph.relate("LEADS", node, owner_node, sent)
                owner_place = owner.info.get("place")
                if owner_place is not None:
                    graph.relate("LOCATED_IN", node, graph.node(owner_place.type, owner_place.name), sent)
        if m.type == "Project" and owner is not None and len(m.name) - len(owner.name) > 2:
            graph.relate("INVESTS_IN", graph.node(owner.type, owner.name), node, sent)


def bodies_inside_places(c: RelationContext) -> None:
    """镇内安泰、永达等公司: bodies after 镇内/村里 are in the item's township or village; a body whose
    name starts with a village's stem (柳塘贡梨合作社) or with what a county or city the article names goes
    by (青山X合作社 for 青山县) is in that place."""
    graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
    for m in ordered:
        if m.type not in ("Enterprise", "Cooperative", "Project", "Organization") or "place" in m.info:
            continue
        head = s[max(0, m.start - 20): m.start]
        inside = _INSIDE.search(head)
        level = {"镇": "township", "乡": "township", "村": "village"}.get(inside.group(1)) if inside else None
        if level and getattr(focus, level) is not None:
            graph.relate("LOCATED_IN", nodes[id(m)], getattr(focus, level), sent)
        for v in list(graph.nodes.values()):
            if v.type == "Village" and v.name.endswith("村"):
                stems: tuple[str, ...] = (v.name[:-1],)
            elif v.type == "Township" and v.name.endswith(("街道", "镇", "乡")):
                stems = (v.name[:-2] if v.name.endswith("街道") else v.name[:-1],)  # 柳林商会 in 柳林街道
            elif v.type in ("County", "City"):
                stems = division_stems(v.name)
            else:
                continue
            if any(len(st) >= 2 and m.name.startswith(st) for st in stems) and not m.name.startswith(v.name):
                graph.relate("LOCATED_IN", nodes[id(m)], v, sent)  # 柳塘贡梨合作社 in 柳塘村, 青山X合作社 in 青山县


@lru_cache(maxsize=4096)
def division_stems(name: str) -> tuple[str, ...]:
    """What a county or city goes by inside other names: 青山 for 青山县, 白水 for 白水瑶族自治县."""
    gaz = gazetteer()
    return tuple(k for k, divs in gaz.short.items() if len(k) >= 2 and any(d.name == name for d in divs))


def founded_bodies(c: RelationContext) -> None:
    """A body that a place founds, builds or brings in (成立, 建设, 引进, 落地 …) is in that place. The
    founder is the subject of the cue's clause (陈垌村成立了X合作社; 石门镇的9个村成立X公司), of 由
    (X由该村牵头成立), of the sentence, or the place the item is about when the clause names none; a
    list of founders (A村、B村联合成立X) gives one link each."""
    graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
    args = c.arguments

    def carried() -> Node | None:
        return focus.subject if focus.subject is not None and focus.subject.type in PLACE_RANK else None

    # a name that is also read as a founded body (青苗学校 of 青苗学校等项目落地) is no founder
    founded_spans = {(m.start, m.end) for m in ordered if m.type in _FOUNDED}
    for cue in _FOUND.finditer(s):
        lo, hi = ar.clause_start(s, cue.start()), ar.clause_end(s, cue.end())
        # in the cue's clause: 成立X合作社, X项目落地; 成立X党总支 (after the cue)
        founded = [m for m in ordered if lo <= m.start < hi
                   and (m.type in _FOUNDED or m.type == "Branch" and m.start >= cue.end())]
        if not founded:
            continue  # nothing founded here: no founder to look for
        # what is founded is never the founder (X项目落地: the subject is the project)
        founders_only = [a for a in args if a.type not in _FOUNDED and (a.start, a.end) not in founded_spans]
        default = focus.township or focus.village
        founder = ar.giver(s, args, cue.start(), carried, default)
        if founder is None or founder.type in _FOUNDED:
            founder = ar.giver(s, founders_only, cue.start(), carried, default)
        founder = _as_place(c, founder)
        # 投资800万元在X村建设Y项目: the place where the cue builds, written with 在 right before it
        # (or with only the money spent between: 在X镇|投资1.2亿元|建设Y)
        where = next((a for a in args if a.type in PLACE_RANK and lo <= a.start and s[a.start - 1:a.start] == "在"
                      and _MONEY_BETWEEN.fullmatch(s, a.end, cue.start())), None)
        if founder is None and where is None:
            continue
        first = next((a for a in founders_only if a.node is founder), None)
        founders = [] if founder is None else \
            ar.with_listed(s, founders_only, first) if first is not None else [ar.Arg(0, 0, founder)]
        if where is not None and all(f.node is not where.node for f in founders):
            founders.append(where)
        if founder is None:  # only where it is built: what the cue builds, after it (not the builder)
            founded = [m for m in founded if m.start >= cue.end()]
        if first is not None and first.distributive:  # 两村联手成立X: each village the word stands for
            founders += [a for a in founders_only if (a.start, a.end) == (first.start, first.end) and a is not first]
        frame = ar.framing_place(s, args, cue.start())
        if frame is not None and all(f.node is not frame.node for f in founders) \
                and all(PLACE_RANK.get(f.type, 0) > PLACE_RANK[frame.type] for f in founders):
            founders = [*founders, frame]  # 在桐湾镇，柳塘村、河湾村联合成立X: the framing township too
        for m in founded:
            if m.end <= cue.start() and s[m.start - 1:m.start] in ("与", "同", "和") \
                    and s[m.end:cue.start()].startswith(_JOINT):
                continue  # 与X公司共同注资成立Y: X is a founder, not what is founded
            nested = any(x is not m and x.start <= m.start and m.end <= x.end and x.type == "Project"
                         for x in ordered)
            named = m.info.get("place")
            if m.type == "Branch" and named is None:
                named = m.info.get("owner")  # 王庄村党支部: where its owner is
            for f in founders:
                # a body named after a coarser place (桐川市绿野农业…公司, 白水市联村…公司) that a
                # village founds or brings in is there too
                coarser = named is not None and named.type in PLACE_RANK and f.type in PLACE_RANK \
                    and PLACE_RANK[named.type] < PLACE_RANK[f.type]
                if (named is None or coarser) and not nested:
                    graph.relate("LOCATED_IN", nodes[id(m)], f.node, sent)


def framed_bodies(c: RelationContext) -> None:
    """在河湾村，…走访了X基地; 在柳塘村的X项目现场: a project or cooperative in a sentence that a place
    frames (a clause of its own, or that place's 的) is in that place, unless its name says where it is."""
    s, args = c.s, c.arguments
    first = next((a for a in args if a.type in PLACE_RANK), None)
    if first is None or s[first.start - 1:first.start] != "在" or not ar.adverbial_only(s, 0, first.start - 1, args):
        return
    owned = s[first.end:first.end + 1] == "的"
    if not owned and ar.framing_place(s, args, len(s)) is not first:
        return
    for a in args:
        if a.start < first.end or a.type not in ("Project", "Cooperative") or "place" in _info(c, a):
            continue
        if owned and a.start != first.end + 1:
            break
        c.graph.relate("LOCATED_IN", a.node, first.node, c.sent)


def _info(c: RelationContext, a: ar.Arg) -> dict:
    m = next((m for m in c.ordered if m.end == a.end and c.nodes.get(id(m)) is a.node), None)
    return m.info if m is not None else {}


def _as_place(c: RelationContext, node: Node | None) -> Node | None:
    """A founder that is a place, or the place of a Party branch that founds (青石村党支部引进…)."""
    if node is None or node.type in PLACE_RANK:
        return node
    if node.type == "Branch":
        by_id = {n.id: n for n in c.graph.nodes.values()}
        home = [by_id[r.target] for r in c.graph.relations.values()
                if r.type == "LOCATED_IN" and r.source == node.id and r.target in by_id]
        return max(home, key=lambda n: PLACE_RANK.get(n.type, -1), default=None)
    return None
