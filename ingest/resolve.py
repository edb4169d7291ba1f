"""Resolution within one article: name variants merged, traditional forms kept as aliases, the
places above a county added from the gazetteer, and the identity key of every entity."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import PLACE_RANK, ArticleGraph, Node
from ruralkg.ingest.gazetteer import gazetteer, short_name
from ruralkg.ingest.normalize import Normalised
from ruralkg.ingest.segment import Sentence
from ruralkg.ingest.villages import township_of


def merge_variants(graph: ArticleGraph) -> None:
    """One node per thing: 聊城开发区 is 聊城经济开发区, the code 三个一 is “三个一”工作模式."""
    def plain(name: str) -> str:
        return name.replace("“", "").replace("”", "")

    def shorter_same(long: Node, order: dict[int, int], by_plain: dict, programmes: list[Node]) -> Node | None:
        """The first node (in ``order``) that is a shorter name of the same thing as ``long``."""
        candidates = [n for a in long.aliases for n in by_plain.get((long.type, plain(a)), ())]
        if long.type == "County":
            candidates += by_plain.get((long.type, plain(long.name.replace("经济技术", "").replace("经济", ""))), [])
        if long.type == "Programme":
            candidates += [n for n in programmes if len(n.name) >= 3 and plain(n.name) in plain(long.name)
                           and not plain(long.name).startswith(plain(n.name) + "和")]
        fitting = [n for n in candidates if n is not long and len(n.name) < len(long.name)]
        return min(fitting, key=lambda n: order[id(n)]) if fitting else None

    # looked up by name, not compared pair by pair: an article may name thousands of places
    while True:
        nodes = sorted(graph.nodes.values(), key=lambda n: -len(n.name))
        order = {id(n): k for k, n in enumerate(nodes)}
        by_plain: dict[tuple[str, str], list[Node]] = {}
        for n in nodes:
            by_plain.setdefault((n.type, plain(n.name)), []).append(n)
        programmes = [n for n in nodes if n.type == "Programme"]
        merge = next(((short, long) for long in nodes
                      if (short := shorter_same(long, order, by_plain, programmes)) is not None), None)
        if merge is None:
            break
        graph.merge(*merge)


def branches_in_their_places(graph: ArticleGraph) -> None:
    """A Party branch is named after what it belongs to (石湾村党支部): one found only through a post
    (村党总支书记X) is in the place its name starts with."""
    placed = {r.source for r in graph.relations.values() if r.type == "LOCATED_IN"}
    places = {n.name: n for n in graph.nodes.values() if n.type in ("Village", "Township")}
    for node in list(graph.nodes.values()):
        if node.type != "Branch" or node.id in placed:
            continue
        owner = max((name for name in places if node.name.startswith(name)), key=len, default=None)
        named = next((r.evidence[0] for r in graph.relations.values() if node.id in (r.source, r.target)), None)
        if owner is not None and named is not None:
            graph.relate("LOCATED_IN", node, places[owner], None, evidence=named)


_OFFICE_KINDS = ("分行", "支行", "营业部", "分理处", "分公司")
_OWNER_KINDS = ("农村商业银行", "农商银行", "银行", "农商行", "信用联社", "信用社", "有限公司", "集团")


def offices_in_their_places(graph: ArticleGraph) -> None:
    """A branch office is where its name says it serves (哈尔滨银行|五常|支行 → 五常市, 安吉农商银行|溪龙|支行
    → 溪龙乡: the place between the owner's kind and the office's, the article's place of that name or short
    name), not where its bank is: the most specific place its name carries (SCHEMA)."""
    places = [n for n in graph.nodes.values() if n.type in PLACE_RANK and n.type != "Province"]
    for node in list(graph.nodes.values()):
        if node.type not in ("Organization", "Enterprise") or not node.name.endswith(_OFFICE_KINDS):
            continue
        kind = next(k for k in _OFFICE_KINDS if node.name.endswith(k))
        head = node.name[: -len(kind)]
        owner_end = max((head.rfind(k) + len(k) for k in _OWNER_KINDS if k in head), default=-1)
        middle = head[owner_end:] if owner_end > 0 else ""
        if len(middle) < 2:
            continue
        served = [p for p in places if p.name == middle or short_name(p.name) == middle
                  or any(a == middle for a in p.aliases)]
        if len(served) != 1:
            continue
        place = served[0]
        named = next((r.evidence[0] for r in graph.relations.values() if node.id in (r.source, r.target)), None)
        if named is None:
            continue
        for key, rel in list(graph.relations.items()):
            if rel.type == "LOCATED_IN" and rel.source == node.id and rel.target != place.id:
                del graph.relations[key]  # the bank's place (安吉县 of 安吉农商银行): a coarser one
        graph.relate("LOCATED_IN", node, place, None, evidence=named)


def one_type_per_person(graph: ArticleGraph) -> None:
    """A name that holds a post somewhere in the article is an Official everywhere in it; one whose only
    posts are honours (名誉村主任) is a Person with those posts (SCHEMA)."""
    for (typ, name), node in list(graph.nodes.items()):
        titles = [str(r.properties.get("title", "")) for r in graph.relations.values()
                  if r.type == "HOLDS_POST" and r.source == node.id]
        if typ == "Official" and titles and all(t.startswith("名誉") for t in titles):
            person = graph.nodes.get(("Person", name))
            if person is None:
                person = graph.node("Person", name)
                person.mentions = 0  # made here, not mentioned: the Official's mentions become its own
            graph.merge(node, person)
    for (typ, name), node in list(graph.nodes.items()):
        official = graph.nodes.get(("Official", name))
        if typ == "Person" and official is not None and not any(
                r.type == "HOLDS_POST" and r.source == node.id and str(r.properties.get("title", "")).startswith("名誉")
                for r in graph.relations.values()):
            graph.merge(node, official)


def original_forms(graph: ArticleGraph, norm: Normalised, raw: str) -> None:
    """A name written in traditional characters keeps that form as an alias."""
    if not norm.traditional:
        return
    for node in graph.nodes.values():
        idx = norm.text.find(node.name)
        if idx < 0:
            continue
        original = "".join(raw[norm.offsets[i]] for i in range(idx, idx + len(node.name)))
        if original != node.name and len(original) == len(node.name):
            node.aliases.add(original)

def gazetteer_ancestors(graph: ArticleGraph) -> None:
    """City and province above the article's county from the gazetteer (optional in the schema);
    other counties are linked only to a city or province the article itself names."""
    gz = gazetteer()
    main = None
    for node in list(graph.nodes.values()):
        if node.type not in ("County", "City"):
            continue
        divs = gz.lookup(node.name, node.type) or [d for a in sorted(node.aliases) for d in gz.lookup(a, node.type)]
        if len(divs) != 1:
            continue
        node.division = divs[0]
        if node.type == "County":
            main = main or node
        rel = next((r for r in graph.relations.values() if r.source == node.id or r.target == node.id), None)
        evidence = rel.evidence[0] if rel else None
        child = node
        for anc in gz.ancestors(divs[0]):
            parent = graph.nodes.get((anc.level, anc.name))
            if parent is None and node is not main and node.type == "County":
                break  # 祥云县 named in passing: no new 大理白族自治州 for it
            if parent is None:
                parent = graph.node(anc.level, anc.name)
            parent.division = anc
            graph.relate("LOCATED_IN", child, parent, Sentence(evidence.sentence if evidence else node.name, 0, 0, 0),
                         evidence=evidence)
            child = parent


def drop_word_counties(graph: ArticleGraph) -> None:
    """A two-character county (兴县, 和县) is also a piece of ordinary words (富民兴县, 公司和县财政局): it
    stays only when the article places something in it or names its city or province."""
    gz = gazetteer()
    text = graph.norm.text
    type_of = {n.id: n.type for n in graph.nodes.values()}
    for node in list(graph.nodes.values()):
        if node.type != "County" or len(node.name) != 2:
            continue
        has_inside = any(r.type == "LOCATED_IN" and r.target == node.id and type_of.get(r.source) in (
            "Township", "Village") for r in graph.relations.values())
        divs = gz.lookup(node.name, "County")
        above = {a.name for d in divs for a in gz.ancestors(d)}
        named_above = any(name in text or short_name(name) in text for name in above)
        if not has_inside and not named_above:
            graph.remove(node)


def drop_place_stems(graph: ArticleGraph) -> None:
    """桦甸村党支部 in an article about 桦甸市 means the county's village branches, not a village 桦甸村."""
    short = {a for n in graph.nodes.values() if n.type in ("County", "City") for a in n.aliases if len(a) >= 2}
    for node in list(graph.nodes.values()):
        if node.type == "Village" and node.name.endswith("村") and node.name[:-1] in short:
            for branch in [b for b in graph.nodes.values() if b.type == "Branch" and b.name.startswith(node.name)]:
                graph.remove(branch)
            graph.remove(node)


def _table_township(county: Node, village: str) -> str | None:
    code = getattr(county.division, "code", None)
    return township_of(code, village) if code else None


# the places a person's post pins them to; a province is too wide to tell two namesakes apart
_HOME_PLACES = ("Village", "Township", "County", "City")


def place_of(node: Node, parent: dict[str, Node]) -> Node | None:
    """The nearest village, township, county or city at or above ``node`` along LOCATED_IN (None at a
    province or where the chain stops)."""
    seen: set[str] = set()
    while node is not None and node.id not in seen:
        if node.type in _HOME_PLACES:
            return node
        if node.type == "Province":
            return None
        seen.add(node.id)
        node = parent.get(node.id)
    return None


def _post_anchors(graph: ArticleGraph, by_id: dict[str, Node], parent: dict[str, Node]) -> dict[str, Node]:
    """Each person's place: that of the first of their posts (in the article's order) whose body is placed."""
    anchors: dict[str, Node] = {}
    for r in graph.relations.values():
        if r.type != "HOLDS_POST" or r.source in anchors:
            continue
        body = by_id.get(r.target)
        place = place_of(body, parent) if body is not None else None
        if place is not None:
            anchors[r.source] = place
    return anchors


def assign_keys(graph: ArticleGraph) -> None:
    """Identity across articles: the place path (county adcode / township / village), see docs/extraction.md.
    A person is keyed under the place of their first placed post (王强 the secretary of 李庄村 is one person in
    every article that names him there, and not the 王强 of another village); one with no placed post is keyed
    under the article's county. Movers and variants are left to curation's proposals."""
    by_id = {n.id: n for n in graph.nodes.values()}
    parent: dict[str, Node] = {}
    for r in graph.relations.values():
        if r.type == "LOCATED_IN":
            src, dst = by_id[r.source], by_id[r.target]
            if src.id not in parent or PLACE_RANK.get(dst.type, 9) > PLACE_RANK.get(parent[src.id].type, 9):
                parent[src.id] = dst
    county = next((n for n in graph.nodes.values() if n.type == "County"), None)
    post_place = _post_anchors(graph, by_id, parent)

    def key(node: Node, depth: int = 0) -> str:
        if node.key:
            return node.key
        if node.type in ("Province", "City", "County"):
            code = getattr(node.division, "code", None)
            if code is None:  # a province or city named in passing: its code all the same, so it is one node
                divs = gazetteer().lookup(node.name, node.type)
                code = divs[0].code if len({d.code for d in divs}) == 1 else None
            node.key = f"{node.type}|{code or node.name}"
        elif (node.type == "Village" and getattr(parent.get(node.id), "type", None) != "Township"
              and (home := parent.get(node.id, county)) is not None and home.type == "County"
              and (town := _table_township(home, node.name))):
            # the article names no township: the division table's one township with this village
            node.key = f"Village|Township|{key(home, depth + 1)}|{town}|{node.name}"
        elif node.type in ("Township", "Village", "Branch") and node.id in parent and depth < 6:
            node.key = f"{node.type}|{key(parent[node.id], depth + 1)}|{node.name}"
        elif node.type in ("Official", "Person") and node.id in post_place and depth < 6:
            node.key = f"{node.type}|{key(post_place[node.id], depth + 1)}|{node.name}"
        elif node.type in ("Official", "Person", "Project", "Township", "Village", "Branch"):
            scope = key(county, depth + 1) if county is not None and county is not node else ""
            node.key = f"{node.type}|{scope}|{node.name}"
        else:
            node.key = f"{node.type}|{node.name}"
        return node.key

    for node in graph.nodes.values():
        key(node)


_NOT_WORD = re.compile(r"[^\w]")


def _bare(text: str, memo: dict[str, str]) -> str:
    """``text`` without marks; ``memo`` keeps those of one pass (its sentences and names recur)."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = _NOT_WORD.sub("", text).replace("_", "")
    return found


def _named_in(node: Node, sentence: str, memo: dict[str, str]) -> bool:
    text = _bare(sentence, memo)
    names = node.aliases | {node.name}
    if node.type in PLACE_RANK:
        names = names | {short_name(node.name)}  # 湖北 for 湖北省
    return any(len(b) >= 2 and b in text for b in (_bare(n, memo) for n in names))


def sharpen_evidence(graph: ArticleGraph) -> None:
    """A relation keeps the sentences that name both of its ends; one that names only one end (a
    county-wide sentence behind one village's fact) is dropped. A relation read through a
    reference (该镇, 工作队) keeps the first sentence that names the most of its ends."""
    by_id = {n.id: n for n in graph.nodes.values()}
    memo: dict[str, str] = {}
    for rel in graph.relations.values():
        src, dst = by_id.get(rel.source), by_id.get(rel.target)
        if src is None or dst is None or len(rel.evidence) < 2:
            continue
        named = [_named_in(src, e.sentence, memo) + _named_in(dst, e.sentence, memo) for e in rel.evidence]
        best = max(named)
        kept = [e for e, n in zip(rel.evidence, named, strict=True) if n == best]
        rel.evidence = kept if best == 2 else kept[:1]


MAX_EVIDENCE_CHARS = 500
_CLAUSE_BREAKS = "，；、。！？"


def _occurrences(node: Node, sentence: str) -> list[tuple[int, int]]:
    names = node.aliases | {node.name}
    if node.type in PLACE_RANK:
        names = names | {short_name(node.name)}
    found = []
    for name in (n for n in names if len(n) >= 2):
        for m in re.finditer(re.escape(name), sentence):
            found.append((m.start(), m.end()))
    return found


def _clause(text: str, start: int, end: int, reach: int = 60) -> tuple[int, int]:
    """The clause around text[start:end], at most ``reach`` characters further on either side."""
    left = max((text.rfind(c, max(0, start - reach), start) for c in _CLAUSE_BREAKS), default=-1)
    lo = left + 1 if left >= 0 else max(0, start - reach)
    rights = [i for i in (text.find(c, end, end + reach) for c in _CLAUSE_BREAKS) if i >= 0]
    hi = min(rights) + 1 if rights else min(len(text), end + reach)
    return lo, hi


def window_long_evidence(graph: ArticleGraph, norm: Normalised, limit: int = MAX_EVIDENCE_CHARS) -> None:
    """A sentence longer than ``limit`` (a list of thousands of villages) is cut, for each relation, to the
    clauses that name its two ends (nearest mentions; joined by "…" when they lie far apart), so evidence
    stays bounded whatever the article. Its raw offsets span from the first clause to the last."""
    by_id = {n.id: n for n in graph.nodes.values()}
    for rel in graph.relations.values():
        src, dst = by_id.get(rel.source), by_id.get(rel.target)
        if src is None or dst is None:
            continue
        for ev in rel.evidence:
            text = ev.sentence
            if len(text) <= limit:
                continue
            a, b = _occurrences(src, text), _occurrences(dst, text)
            if not a or not b:
                # one end is not written here (an ancestor from the division table): the clause of the other
                lo, hi = _clause(text, *(a or b)[0]) if a or b else (0, limit)
                ev.sentence = text[lo:hi]
            else:
                x, y = min(((p, q) for p in a for q in b), key=lambda pq: abs(pq[0][0] - pq[1][0]))
                first, second = sorted((x, y))
                lo1, hi1 = _clause(text, *first)
                lo2, hi2 = _clause(text, *second)
                lo, hi = lo1, max(hi1, hi2)
                # one clause span when the two ends are close, else both clauses joined by an ellipsis
                ev.sentence = text[lo:hi] if lo2 <= hi1 + 1 else text[lo1:hi1] + "…" + text[lo2:hi2]
            at = norm.text.find(text)
            if at >= 0:
                ev.start, ev.end = norm.raw_span(at + lo, at + hi)


def restore_cut_prefixes(graph: ArticleGraph) -> None:
    """湾鹤寨村 named once, then 湾鹤寨村党支部 read as 鹤寨村党支部 (the segmenter glued 湾 to the word
    before): a name every occurrence of which, in this article, follows the characters that make it a
    longer place of the article is that longer name."""
    text = graph.norm.text
    places = [n for n in graph.nodes.values() if n.type in ("Village", "Township")]
    renames: dict[tuple[str, str], str] = {}
    by_name = {(n.type, n.name): n for n in places}
    for place in places:
        for cut in (1, 2):
            short = by_name.get((place.type, place.name[cut:]))
            if short is None or short is place or not short.name:
                continue
            prefix = place.name[:cut]
            for node in graph.nodes.values():
                if node is place or not node.name.startswith(short.name):
                    continue
                at = [m.start() for m in re.finditer(re.escape(node.name), text)]
                if at and all(p >= len(prefix) and text[p - len(prefix): p] == prefix for p in at):
                    renames[(node.type, node.name)] = prefix + node.name
    for (typ, old), new in renames.items():
        node = graph.nodes.get((typ, old))
        if node is None:
            continue
        kept = graph.nodes.get((typ, new)) or graph.node(typ, new)
        graph.merge(node, kept)
        kept.aliases.discard(old)  # the cut reading was never a name of it
