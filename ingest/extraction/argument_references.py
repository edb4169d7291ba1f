"""Words that stand for one of the item's own nodes: 村里, 该村, 我们村, 当地, a bare 驻村工作队 …

News about one village rarely repeats its name: "工作队投入资金80万元，帮助村里修路", "在村党支部的
帮助下". Each such word is resolved, before the relation rules run, to the node of that kind the
item (or article) names, so relations attach to it; a word with nothing to resolve to is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ruralkg.ingest.article_graph import PLACE_RANK, ArticleGraph, Focus, Node
from ruralkg.ingest.extraction.arguments import Arg
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.vocab import SPEECH_VERBS, words
from ruralkg.ingest.extraction.words import tokens

TEAM_ENDINGS = ("工作队", "工作组", "帮扶队", "帮促队")
_TEAM_KIND_WORDS = words("organisations", "team_kind_words")


def is_team(node: Node | None) -> bool:
    return node is not None and node.type == "Organization" and node.name.endswith(TEAM_ENDINGS)


def article_teams(graph: ArticleGraph) -> list[Node]:
    """The work teams the article names so far, in the order named (asked for every sentence)."""
    return graph.derived("teams", lambda g: [n for n in g.nodes.values() if is_team(n)])


def item_team(graph: ArticleGraph, focus: Focus) -> Node | None:
    """The work team the item is about: its heading's, else the only team the article names so far."""
    if is_team(focus.actor):
        return focus.actor
    teams = article_teams(graph)
    return teams[0] if len(teams) == 1 else None


def item_or_village_team(graph: ArticleGraph, focus: Focus, written: str = "驻村工作队", s: str = "") -> Node | None:
    """A bare 驻村工作队 that acts (投入, 帮助): the item's team, else the team of the one village the sentence
    names (带领驻村工作队到X村…) or the article is about, named after it (X村驻村工作队, as SCHEMA names teams
    known only by reference). Such a team is kept only if a relation uses it (``settle_village_teams``)."""
    team = item_team(graph, focus)
    if team is not None or any(n.id not in graph.village_teams for n in article_teams(graph)):
        return team
    villages = [n for n in graph.nodes.values() if n.type == "Village"]
    if len(villages) > 1:
        villages = [n for n in villages if n.name in s]
    if len(villages) != 1:
        return None
    name = villages[0].name + (written if written.startswith("驻") else "驻村" + written)  # 工作队: X村驻村工作队
    team = graph.node("Organization", name, {written})
    graph.village_teams.setdefault(team.id, villages[0])
    return team


def settle_village_teams(graph: ArticleGraph) -> None:
    """Teams made from a bare 驻村工作队: dropped when no relation uses them, else stationed in their village
    (LOCATED_IN, on the evidence of the first sentence that names them)."""
    for team_id, village in graph.village_teams.items():
        team = graph.node_by_id(team_id)
        if team is None or graph.node_by_id(village.id) is None:
            continue
        used = [r for r in graph.relations.values() if team_id in (r.source, r.target)]
        if not any(r.type != "LOCATED_IN" for r in used):
            graph.remove(team)
        elif not any(r.type == "LOCATED_IN" and r.source == team_id for r in used):
            graph.relate("LOCATED_IN", team, village, None, evidence=used[0].evidence[0])


def item_branch(graph: ArticleGraph, focus: Focus) -> Node | None:
    """村党支部 in an item about one village: that village's branch, when the article names it."""
    if focus.village is None:
        return None
    for kind in ("党支部", "党总支", "党委"):
        node = graph.nodes.get(("Branch", focus.village.name + kind))
        if node is not None:
            return node
    return None


def _joint_branch(graph: ArticleGraph, word: str) -> Node | None:
    """联合党委领办了X: the one joint committee of that kind the article named (石桥镇柑橘片区联合党委)."""
    named = [n for n in graph.nodes.values() if n.type == "Branch" and n.name.endswith(word) and n.name != word]
    return named[0] if len(named) == 1 else None


_TITLES = tuple(sorted(set(words("titles", "official_titles") + words("titles", "person_titles")), key=len, reverse=True))
# the kind words a bare reference stands for (学校 for a university or college too)
_KIND_ENDS = {"学校": ("学校", "中学", "小学"), "医院": ("医院", "卫生院")}  # (a village story's 学校 is its school)


def _body_of_kind(graph: ArticleGraph, word: str) -> Node | None:
    """商会捐资…, 学校与X村签订…: the one Organization of that kind the article named."""
    ends = _KIND_ENDS.get(word, (word,))
    named = [n for n in graph.nodes.values() if n.type == "Organization" and n.name.endswith(ends) and n.name != word]
    return named[0] if len(named) == 1 else None


def _topic(focus: Focus, typ: str) -> Node | None:
    """该村 after "A村是…的X村之一": the village the last sentence was about, before the last one named."""
    return focus.subject if focus.subject is not None and focus.subject.type == typ else None


def _single(graph: ArticleGraph, typ: str, last: Node | None) -> Node | None:
    named = [n for n in graph.nodes.values() if n.type == typ]
    if last is not None and last.type == typ:
        return last
    return named[0] if len(named) == 1 else None


_BANK_KINDS = tuple(words("organisations", "bank_kinds") + words("organisations", "bank_branch_kinds"))


def _office_kinds(word: str) -> tuple[str, ...]:
    """How the names 该行 (a bank or branch) or 该局, 厅里 (局, 厅, 院, 校, 会) stand for end."""
    if word in _BANK_WORDS:
        return _BANK_KINDS
    return (word[1] if word.startswith(("该", "本")) else word[0],)


def _last_office(graph: ArticleGraph, word: str) -> Node | None:
    """该行, 该局, 厅里: the bank or office of that kind the article named last."""
    kinds = _office_kinds(word)
    offices = [n for n in graph.nodes.values() if n.type == "Organization" and n.name.endswith(kinds)]
    return offices[-1] if offices else None


# a village's collective economic organisation: its members are all villagers, the text calls it 村集体
_COLLECTIVE_ENDS = ("经济合作社", "经济联合社")


def _cooperative(graph: ArticleGraph, focus: Focus) -> Node | None:
    """合作社, 该合作社: the item's cooperative, the one named last; a village's collective economic
    organisation (X村股份经济合作社) only when the article names no farmers' cooperative besides it."""
    last = _single(graph, "Cooperative", focus.cooperative)
    if last is None or not last.name.endswith(_COLLECTIVE_ENDS):
        return last
    others = [n for n in graph.nodes.values() if n.type == "Cooperative" and not n.name.endswith(_COLLECTIVE_ENDS)]
    return others[-1] if len(others) == 1 else last


def _company(graph: ArticleGraph, focus: Focus, word: str) -> Node | None:
    """公司, 该公司 (集团, 该集团): the item's company, whose name ends in that kind word; the body named last
    when it does (a “共富工坊” named after the company is no 公司), else the last company so named."""
    kind = word.removeprefix("该")
    last = _single(graph, "Enterprise", focus.body)
    if kind not in ("公司", "集团") or last is None or _ends_in(last, kind):
        return last
    named = [n for n in graph.nodes.values() if n.type == "Enterprise" and _ends_in(n, kind)]
    return named[-1] if named else last


# a company's legal form at the end of its name (X集团|有限公司)
LEGAL_FORM = re.compile("(?:股份)?有限(?:责任)?公司$")


def _ends_in(node: Node, kind: str) -> bool:
    """The name ends in ``kind``, or in ``kind`` and its legal form (X集团|有限公司 is a 集团)."""
    return any(name.endswith(kind) or LEGAL_FORM.sub("", name).endswith(kind) for name in (node.name, *node.aliases))


_RESOLVERS: dict[str, Callable[[ArticleGraph, Focus], Node | list[Node] | None]] = {
    "village": lambda g, f: _topic(f, "Village") or f.village,
    "township": lambda g, f: f.township,
    "county": lambda g, f: f.county,
    "local": lambda g, f: f.village or f.township or f.county,
    "team": item_team,
    "branch": item_branch,
    "joint_branch": lambda g, f: None,  # resolved by the word (reference_args)
    "body_kind": lambda g, f: None,
    "cooperative": lambda g, f: _cooperative(g, f),
    "enterprise": lambda g, f: _single(g, "Enterprise", f.body),
    "project": lambda g, f: f.project,
    "bank": lambda g, f: None,  # both resolved by the word (reference_args)
    "office": lambda g, f: None,
    "each_village": lambda g, f: list(f.villages) if len(f.villages) >= 2 else None,
    "both_villages": lambda g, f: list(f.villages) if len(f.villages) == 2 else None,
}


def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    kind_of = {w: kind for kind in _RESOLVERS for w in words("reference_words", kind)}
    alternation = "|".join(sorted(map(re.escape, kind_of), key=len, reverse=True))
    return re.compile(alternation), kind_of


_REFS, _KIND_OF = _pattern()
_NOT_AFTER = words("reference_words", "not_after")


# the kinds of project a later sentence names a project by (入股产业园, 这个加工厂); not 项目, 中心, 工程 or
# 广场, which the project reference words and other bodies share
_PROJECT_KINDS = sorted((k for k in words("suffixes", "project") + words("projects", "named_facility_suffixes")
                         if len(k) >= 2 and k not in ("项目", "中心", "工程", "广场")), key=len, reverse=True)


def _project_kinds(graph: ArticleGraph) -> tuple[dict[str, list[Node]], set[str]]:
    """Each kind the article's projects are named by, with its projects; and the kinds read off a suffix."""
    return graph.derived("project_kinds", _read_project_kinds)


def _read_project_kinds(graph: ArticleGraph) -> tuple[dict[str, list[Node]], set[str]]:
    places = {n.name for n in graph.nodes.values() if n.type in ("Village", "Township")}
    projects = [n for n in graph.nodes.values() if n.type == "Project"]
    kinds: dict[str, list[Node]] = {}
    for p in projects:
        # the longest place the name opens with
        owner = next((p.name[:k] for k in range(len(p.name), -1, -1) if p.name[:k] in places), None)
        if owner is not None and len(p.name) - len(owner) >= 2:
            kinds.setdefault(p.name[len(owner):], []).append(p)
    by_suffix: set[str] = set()  # kinds read off a project's suffix, not after its owner's name
    for p in projects:
        # 产业园 for 莲塘村红茶产业园, 加工厂 for 红庄村马铃薯全粉加工厂: the article's one project of that kind
        kind = _kind_suffix(p.name.removesuffix("项目"))  # 牧歌乳业万头奶牛牧场项目: its kind is 牧场
        if kind is not None and p not in kinds.get(kind, []):
            kinds.setdefault(kind, []).append(p)
            by_suffix.add(kind)
    return kinds, by_suffix


_COUNTED_AFTER = re.compile(r"[0-9一二三四五六七八九十两百]+[个座处家所]")
_COUNTED_BEFORE = re.compile(r"(?:[0-9一二三四五六七八九十两百多几]+[个座处家所]|各类?|全县|全镇|全市|全乡|各村|多个)$")
_KIND_LENGTHS = sorted({len(k) for k in _PROJECT_KINDS}, reverse=True)
_KIND_SET = frozenset(_PROJECT_KINDS)


def _kind_suffix(name: str) -> str | None:
    """The longest kind ``name`` ends with, after at least two characters (as the first of ``_PROJECT_KINDS``)."""
    return next((name[-n:] for n in _KIND_LENGTHS if len(name) > n + 1 and name[-n:] in _KIND_SET), None)


def kind_args(s: str, covered: Callable[[int, int], bool], graph: ArticleGraph) -> list[Arg]:
    """冷库 for 光明村冷库: a facility named in full once (place + kind) and later by its kind alone."""
    kinds, by_suffix = _project_kinds(graph)
    out = []
    for kind, nodes in kinds.items():
        if len(nodes) != 1:
            continue
        at = s.find(kind)
        while at >= 0:
            # a project by its bare kind opening a clause (产业园已入驻企业6家，带动…) is described, it acts on nothing
            opening = kind in by_suffix and (at == 0 or s[at - 1] in "，。；：,;:")
            # 建设产业园12个, 一座产业园, 全县各类产业园: counted or every one of a kind, not the article's one
            counted = kind in by_suffix and (_COUNTED_AFTER.match(s, at + len(kind)) is not None
                                             or _COUNTED_BEFORE.search(s, max(0, at - 4), at) is not None)
            if not covered(at, at + len(kind)) and not opening and not counted:
                out.append(Arg(at, at + len(kind), nodes[0]))
            at = s.find(kind, at + len(kind))
    return out


def reference_args(s: str, covered: Callable[[int, int], bool], graph: ArticleGraph, focus: Focus) -> list[Arg]:
    """Every reference word of ``s`` that no named mention covers, resolved to the item's node(s)."""
    out: list[Arg] = []
    for m in _REFS.finditer(s):
        if covered(m.start(), m.end()) or s.endswith(_NOT_AFTER, 0, m.start()):
            continue  # 周边村庄, 别的村里: other places, not the item's own
        kind = _KIND_OF[m.group(0)]
        if kind == "team":
            start = m.start()
            while (before := next((w for w in _TEAM_KIND_WORDS if s.endswith(w, 0, start)), None)) is not None:
                start -= len(before)  # 扶贫|工作队: the team's written kind words are its name's
            resolved = item_or_village_team(graph, focus, s[start:m.end()], s)
        elif kind in ("office", "bank"):
            resolved = _last_office(graph, m.group(0))
        elif kind == "enterprise":
            resolved = _company(graph, focus, m.group(0))
        elif kind == "joint_branch":
            resolved = _joint_branch(graph, m.group(0))
        elif kind == "body_kind":
            # 商会会长赵某: a title chain names the person, who acts (SCHEMA: a person's own gift)
            resolved = None if s.startswith(_TITLES, m.end()) else _body_of_kind(graph, m.group(0))
        else:
            resolved = _RESOLVERS[kind](graph, focus)
        if isinstance(resolved, list):
            # 每村, 各村: each village of the list the item named
            out.extend(Arg(m.start(), m.end(), n, distributive=True) for n in resolved)
        elif resolved is not None:
            out.append(Arg(m.start(), m.end(), resolved))
    for m in _COUNTED_VILLAGES.finditer(s):
        if not covered(m.start(), m.end()) and len(focus.villages) == _COUNTS[m.group(1)]:
            # 3个村各出资…: the three villages the item listed, each of them
            out.extend(Arg(m.start(), m.end(), n, distributive=True) for n in focus.villages)
    for m in _DESCRIBED_PROJECT.finditer(s):
        if focus.project is not None and not covered(m.start(1), m.end(1)):
            out.append(Arg(m.start(1), m.end(1), focus.project))  # 这个总投资1.2亿元的|项目: the item's project
    for m in _BARE_PROJECT.finditer(s):
        if focus.project is not None and not covered(m.start(), m.end()):
            out.append(Arg(m.start(), m.end(), focus.project))  # 项目所用的土地, 入股项目: the item's last project
    return out + kind_args(s, covered, graph)


# N个村 (N from two to nine, in figures or characters: 3个村, 三个村) opening a clause: the villages the item listed, when it listed N of them
_COUNTS = {str(n): n for n in range(2, 10)} | {c: n for n, c in enumerate("二三四五六七八九", 2)}  # 两个村: [both_villages]
_COUNTED_VILLAGES = re.compile(r"(?:^|(?<=[，。；：,]))([2-9二三四五六七八九])个(?:"
                               + "|".join(words("places", "village_suffixes")) + ")")


# a bare 项目 opening a clause (项目所用的土地…, 项目总投资…) or right after a stake (入股项目): the project the
# item named last, its topic
_BARE_PROJECT = re.compile(r"(?:(?<=^)|(?<=[，。；：,])|(?<=入股)|(?<=参股))项目(?![0-9一二三四五六七八九十两多个]|建设|资金|负责人)")
# 这个（总投资1.2亿元）的项目: a demonstrative, a description closed by 的, then the kind: the item's project
_DESCRIBED_PROJECT = re.compile(r"(?:这个|这一|该)[^，。；、]{1,16}?的(项目)")


def sentence_arguments(ordered: list[Mention], nodes: dict, s: str, graph: ArticleGraph, focus: Focus) -> list[Arg]:
    """The sentence's named nodes, outermost first (a place chain once, at its most specific place, or
    at the body it names), and its reference words resolved to the item's nodes."""
    out: list[Arg] = []
    reach = -1
    # the mentions by start, in order: a scan of all of them for each was quadratic (a list of 3,000 villages)
    by_start: dict[int, list[Mention]] = {}
    for x in ordered:
        by_start.setdefault(x.start, []).append(x)
    for m in ordered:
        if m.start < reach or m.type == "Programme":
            continue
        cur = m
        while cur.type in PLACE_RANK:
            nxt = [x for x in by_start.get(cur.end, ()) if x.type in PLACE_RANK
                   and PLACE_RANK[x.type] > PLACE_RANK[cur.type]]
            if not nxt:
                break
            cur = max(nxt, key=lambda x: x.end)
        # a body written with the chain's last place as its owner (…乡麻沟村富民合作社)
        owned = [x for x in by_start.get(cur.start, ()) if x.end > cur.end
                 and x.type not in ("Programme", "Person", "Official")]
        if not owned and cur.type in PLACE_RANK:
            # …县白石河农业公司, the body's name written after its place: the body is the argument
            owned = [x for x in by_start.get(cur.end, ()) if x.type not in (*PLACE_RANK, "Programme", "Person",
                                                                             "Official")
                     and getattr(x.info.get("place"), "name", None) == cur.name]
        if owned:
            cur = max(owned, key=lambda x: x.end)
        out.append(Arg(m.start, cur.end, nodes[id(cur)]))
        reach = cur.end
    spans = [(a.start, a.end) for a in out]
    refs = reference_args(s, lambda lo, hi: any(a < hi and lo < b for a, b in spans), graph, focus)
    refs = [_named_office(s, _antecedent(s, r, out), out) for r in refs] + _pronouns(s, out)
    out, refs = _owned_by_place(s, out, refs, graph)
    return sorted(out + refs, key=lambda a: (a.start, -a.end))


_OWNED_KINDS = {"合作社": "Cooperative", "公司": "Enterprise"}


def _owned_by_place(s: str, named: list[Arg], refs: list[Arg], graph: ArticleGraph) -> tuple[list[Arg], list[Arg]]:
    """入股红光村的合作社: a place, 的, then a body's bare kind is the one body of that kind the article names
    after that place (红光村X合作社), one argument in place of the two; with none or several, both stay."""
    for ref in list(refs):
        kind = _OWNED_KINDS.get(s[ref.start:ref.end])
        place = next((a for a in named if a.end + 1 == ref.start and s[a.end] == "的" and a.type in ("Village", "Township")),
                     None)
        if kind is None or place is None:
            continue
        forms = [f for f in (place.node.name, *place.node.aliases) if len(f) >= 2]  # 红光村, 红光
        owned = [n for n in graph.nodes.values() if n.type == kind
                 and any(f in name for name in (n.name, *n.aliases) for f in forms)]
        if len(owned) == 1:
            named = [a for a in named if a is not place]
            refs = [r for r in refs if r is not ref] + [Arg(place.start, ref.end, owned[0])]
    return named, refs


def _named_office(s: str, ref: Arg, named: list[Arg]) -> Arg:
    """县交通运输局局长王某表示，该局…: an office (or bank) by reference is the last of its kind the same
    sentence named before it, when there is one; else the article's last (``_last_office``)."""
    word = s[ref.start:ref.end]
    if ref.node.type != "Organization" or not (word in _OFFICE_WORDS or word in _BANK_WORDS):
        return ref
    kinds = _office_kinds(word)
    before = [a for a in named if a.end <= ref.start and a.type == "Organization" and a.node.name.endswith(kinds)]
    return Arg(ref.start, ref.end, before[-1].node) if before else ref


_OFFICE_WORDS = frozenset(words("reference_words", "office"))
_BANK_WORDS = frozenset(words("reference_words", "bank"))
_PERSONAL = ("他", "她")


def _pronouns(s: str, named: list[Arg]) -> list[Arg]:
    """…冉某，如今是X公司董事长，他先后为家乡捐资…: 他/她 (a word of its own, not 其他, 他们) is the person
    the sentence named last before it."""
    out: list[Arg] = []
    if "他" not in s and "她" not in s:
        return out  # most sentences: no cut of the whole sentence for nothing
    pos = 0
    for tok in tokens(s):
        # the subject of its clause (，他…), never an object (找到他) nor a speaker (他表示)
        if tok in _PERSONAL and (pos == 0 or s[pos - 1] in "，,；;：:") and not s.startswith(SPEECH_VERBS, pos + 1):
            person = next((a for a in reversed(named) if a.end <= pos and a.type in ("Person", "Official")), None)
            if person is not None and not _object_pronoun_before(s, pos):
                out.append(Arg(pos, pos + 1, person.node))
        pos += len(tok)
    return out


def _object_pronoun_before(s: str, pos: int) -> bool:
    """…找到他，他当即…: a 他 already the object of a verb earlier in the sentence stands for someone the
    sentence does not name here; the later 他 is that person, not the last one named."""
    for i in range(1, pos):
        if s[i] in "他她" and s[i - 1] != "其" and s[i - 1] not in "，,；;：:。":
            return True
    return False


# 该 + a division's suffix (该乡, 该镇, 该村, 该县): "this 乡" is the last place of that suffix the sentence named
_DEMONSTRATIVE_PLACES = {w: (typ, w[1:]) for typ, kind in (("Village", "village"), ("Township", "township"),
                                                           ("County", "county"))
                         for w in words("reference_words", kind) if w.startswith("该")}


def _antecedent(s: str, ref: Arg, named: list[Arg]) -> Arg:
    """A demonstrative place reference resolved to the place the same sentence named before it
    (A县B乡与C镇结对后，D向该乡捐款 → B乡), else as resolved for the item."""
    kind = _DEMONSTRATIVE_PLACES.get(s[ref.start:ref.end])
    if kind is None:
        return ref
    typ, suffix = kind
    before = [a for a in named if a.end <= ref.start and a.node.type == typ and a.node.name.endswith(suffix)]
    return Arg(ref.start, ref.end, before[-1].node) if before else ref


def team_homes(graph: ArticleGraph, focus: Focus) -> dict[str, Node]:
    """Each work team's station: the place it is LOCATED_IN (the most specific), else the item's village."""
    teams = {n.id: n for n in article_teams(graph)}
    if not teams:
        return {}  # most articles: asked once a sentence, so the relations are read only when a team exists
    by_id = {n.id: n for n in graph.nodes.values()}
    homes: dict[str, Node] = {}
    for rel in graph.relations.values():
        team, place = teams.get(rel.source), by_id.get(rel.target)
        if rel.type == "LOCATED_IN" and team is not None and place is not None:
            best = homes.get(team.id)
            if best is None or PLACE_RANK.get(place.type, -1) > PLACE_RANK.get(best.type, -1):
                homes[team.id] = place
    for n in teams.values():
        if n.id not in homes and focus.village is not None:
            homes[n.id] = focus.village
    return homes
