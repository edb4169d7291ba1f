"""A body's short form in the same article is the same node as its full name.

News writes a body in full once (白水市青禾村金穗果树专业种植合作社, 青山县安和服饰有限公司) and then
shortens it: the place prefix goes (金穗果树专业种植合作社), the words between the brand and the kind go
(金穗合作社, 石桥山药合作社 for 石桥山药专业合作社, 光伏合作社 for 利民光伏发电专业合作社, 安和公司 for 安和服饰有限公司),
the company kind goes (安和服饰), and with it trade words or a place prefix (安和服装 for 青山安和服装材料有限公司). Each short form is
folded into the one full name it fits, which keeps it as an alias; a short form that fits two names
stays apart (no guess).
"""

from __future__ import annotations

from ruralkg.ingest.article_graph import ArticleGraph, Node
from ruralkg.ingest.extraction import vocab

_TYPES = ("Cooperative", "Enterprise", "Organization")
_KINDS = tuple(sorted(set(vocab.COOPERATIVE_SUFFIXES + vocab.ENTERPRISE_SUFFIXES), key=len, reverse=True))
_PLACE_TYPES = ("Province", "City", "County", "Township", "Village")


def _without_places(name: str, places: list[str]) -> str:
    """The name after its leading place chain (白水市|青禾村|金穗… → 金穗…)."""
    changed = True
    while changed:
        changed = False
        for p in places:
            if name.startswith(p) and len(name) > len(p) + 2:
                name, changed = name[len(p):], True
                break
    return name


def _kind(name: str) -> str:
    return next((k for k in _KINDS if name.endswith(k) and len(name) > len(k)), "")


def short_form_of(short: str, full: str, places: list[str]) -> bool:
    """``short`` is a shortened form of ``full``: the place prefix, the words around the brand or the
    company kind dropped (光伏合作社 for 利民光伏发电专业合作社), two characters of the stem at least."""
    if short == full or len(short) >= len(full):
        return False
    s, f = _without_places(short, places), _without_places(full, places)
    if s == f:
        return True  # 金穗果树专业种植合作社 / 白水市青禾村金穗果树专业种植合作社
    s_kind, f_kind = _kind(s), _kind(f)
    f_stem = f[: len(f) - len(f_kind)] if f_kind else f
    if not s_kind:
        # 安和服饰 / 安和服饰有限公司; 聚源包装 / 聚源包装材料有限公司; 楚茗茶业 / 湖北楚茗茶业集团有限公司
        return bool(f_kind) and len(s) >= 4 and (s == f_stem or _brand_of(s, f_stem, keep=True))
    s_stem = s[: len(s) - len(s_kind)]
    if s_kind == "公司" and f_kind.endswith("公司") and s_kind != f_kind:
        return _brand_of(s_stem, f_stem, keep=False)  # 穗锦公司 / 广州穗锦服饰有限公司
    if not f_kind or not (s_kind == f_kind or s_kind.endswith("合作社") and f_kind.endswith("合作社")):
        return False
    return len(s_stem) >= 2 and (s_stem in f_stem or s_stem[:2] in f_stem and _subsequence(s_stem, f_stem))


_TRADES = tuple(sorted(vocab.words("trades", "enterprise_trades") + vocab.words("trades", "company_fillers"), key=len,
                      reverse=True))
_PREFIX = 3  # a place written before the brand (广州, 哈尔滨): a province's or city's short name


def _brand_of(short: str, stem: str, keep: bool) -> bool:
    """``short`` is the brand of ``stem`` (with its trade words when ``keep``): the stem is at most a short
    place prefix, the short form, then only trade words and the fillers of company names (服饰, 材料, 发展)."""
    at = stem.find(short)
    if len(short) < 2 or at < 0 or at > _PREFIX:
        return False
    rest = stem[at + len(short):]
    if keep and not short.endswith(_TRADES):
        return False  # 聚源包装: the short form keeps a trade word of its own
    while rest:
        word = next((w for w in _TRADES if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True


def _subsequence(short: str, full: str) -> bool:
    """云禾烟 in 云禾卷烟: every character of the short form, in order (an abbreviation)."""
    rest = iter(full)
    return all(c in rest for c in short)


def place_names(graph: ArticleGraph) -> list[str]:
    return sorted((n.name for n in graph.nodes.values() if n.type in _PLACE_TYPES), key=len, reverse=True)


def full_forms(nodes: list[Node], places: list[str], declared: set[str] = frozenset()) -> list[Node]:
    """The nodes that are no short form of another of ``nodes`` (one body written two ways counts once),
    nor a short name the text declared (X公司（以下简称Y）)."""
    return [n for n in nodes if n.name not in declared
            and not any(short_form_of(n.name, o.name, places) for o in nodes if o is not n)]


def declared_names(graph: ArticleGraph) -> set[str]:
    """Every short name the article declared for one of its nodes."""
    return {name for names in graph.declared.values() for name in names}


def _linked(graph: ArticleGraph, a: Node, b: Node) -> bool:
    """A relation joins the two (青禾公司出资成立青禾生态农业有限公司): two bodies, not two names of one."""
    return any({r.source, r.target} == {a.id, b.id} for r in graph.relations.values())


def merge_short_forms(graph: ArticleGraph) -> None:
    """Fold each short form into the one full name of the same type it fits (see the module docstring),
    first each name the text declared as another's short name (X公司（以下简称Y）)."""
    for node in list(graph.nodes.values()):
        if graph.nodes.get((node.type, node.name)) is not node:
            continue  # folded already
        names = graph.declared.get(node.id, set())
        declared = [n for n in graph.nodes.values() if n.type == node.type and n is not node and n.name in names]
        for short in declared:
            graph.merge(short, node)
    places = place_names(graph)
    while True:
        pair = None
        for typ in _TYPES:
            nodes = [n for n in graph.nodes.values() if n.type == typ]
            for short in nodes:
                fits = [full for full in nodes if short_form_of(short.name, full.name, places) and not _linked(graph, short, full)]
                longest = [f for f in fits if not any(short_form_of(f.name, g.name, places) for g in fits)]
                if len(longest) == 1:
                    pair = (short, longest[0])
                    break
            if pair:
                break
        if pair is None:
            return
        graph.merge(*pair)
