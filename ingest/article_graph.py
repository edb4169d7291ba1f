"""One article's entities and relations while they are being read: one node per thing, relations
deduplicated as they are added, and the focus that references (该镇, 全村) resolve to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from ruralkg.graph.model import RELATION_ENDS
from ruralkg.ingest.document import Evidence, Fact, Relation
from ruralkg.ingest.normalize import Normalised
from ruralkg.ingest.segment import Sentence

T = TypeVar("T")

PLACE_RANK = {"Province": 0, "City": 1, "County": 2, "Township": 3, "Village": 4}


@dataclass
class Node:
    id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    key: str | None = None
    mentions: int = 0
    properties: dict = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    division: object | None = None


@dataclass
class Focus:
    """What an item is about, for references (该镇, 全村, 镇党委) and implied subjects."""

    county: Node | None = None
    township: Node | None = None
    village: Node | None = None
    cooperative: Node | None = None
    actor: Node | None = None  # a body the item's heading names (张家楼街道乡村振兴工作队——)
    villages: list[Node] = field(default_factory=list)  # the last list of villages (A村、B村、C村)
    body: Node | None = None  # the last enterprise or cooperative named
    project: Node | None = None  # the last project named (该项目)
    # the actor that opened the last sentence (a next one may leave it out), worked out on first use:
    # most sentences name their own subject, and finding it costs a segmentation of every clause
    _subject: Node | None = field(default=None, repr=False)
    _find_subject: Callable[[], Node | None] | None = field(default=None, repr=False)

    @property
    def subject(self) -> Node | None:
        if self._find_subject is not None:
            self._subject, self._find_subject = self._find_subject(), None
        return self._subject

    @subject.setter
    def subject(self, node: Node | None) -> None:
        self._subject, self._find_subject = node, None

    def carry_subject(self, find: Callable[[], Node | None]) -> None:
        """The next sentence's carried subject is what ``find`` returns, called only if it is asked for."""
        self._subject, self._find_subject = None, find


class ArticleGraph:
    """Entities and relations of one article, deduplicated as they are added."""

    def __init__(self, norm: Normalised):
        self.norm = norm
        self.nodes: dict[tuple[str, str], Node] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self._created = 0
        # money a body spends with no receiver named (X合作社投资N元购买…): (giver, amount, sentence),
        # placed once the article's names are merged (relations/money.py, ``own_spending``)
        self.unplaced: list[tuple[Node, object, Sentence]] = []
        # teams made from a bare 驻村工作队 in an article about one village, by id, with that village
        # (extraction/argument_references.py)
        self.village_teams: dict[str, Node] = {}
        # short names the text declares for a node, by its id (X公司（以下简称Y）): recognisers/short_names.py
        self.declared: dict[str, set[str]] = {}
        self._derived: dict = {}

    def derived(self, what: str, read: Callable[[ArticleGraph], T]) -> T:
        """``read(self)``, read again only when the nodes changed: the rules ask for each sentence, and few
        sentences add a node. Nodes are only added (``_created`` grows) or removed (fewer remain), never
        renamed or retyped, so an equal count of both means the same nodes in the same order. ``read``
        must look at the nodes' types and names alone, and its answer is shared: not to be changed."""
        key = (what, self._created, len(self.nodes))
        if key not in self._derived:
            if len(self._derived) > 64:
                self._derived.clear()
            self._derived[key] = read(self)
        return self._derived[key]

    def node(self, typ: str, name: str, aliases: set[str] | None = None) -> Node:
        key = (typ, name)
        if key not in self.nodes:
            self._created += 1
            self.nodes[key] = Node(f"e{self._created}", typ, name)
        node = self.nodes[key]
        node.mentions += 1
        if aliases:
            node.aliases |= {a for a in aliases if a and a != name}
        return node

    def merge(self, gone: Node, kept: Node) -> None:
        """Fold ``gone`` into ``kept`` (two names of one thing in this article)."""
        kept.aliases |= gone.aliases | {gone.name}
        kept.aliases.discard(kept.name)
        kept.mentions += gone.mentions
        for k, v in gone.properties.items():
            kept.properties.setdefault(k, v)
        kept.facts.extend(f for f in gone.facts if f.key not in {x.key for x in kept.facts})
        del self.nodes[(gone.type, gone.name)]
        old = self.relations
        self.relations = {}
        for (typ, src, dst), rel in old.items():
            src = kept.id if src == gone.id else src
            dst = kept.id if dst == gone.id else dst
            if src == dst:
                continue
            rel.source, rel.target = src, dst
            if (typ, src, dst) in self.relations:
                have = self.relations[(typ, src, dst)]
                have.evidence.extend(e for e in rel.evidence if e.sentence not in {x.sentence for x in have.evidence})
                for k, v in rel.properties.items():
                    have.properties.setdefault(k, v)
            else:
                self.relations[(typ, src, dst)] = rel

    def node_by_id(self, node_id: str) -> Node | None:
        """The node of ``node_id``, if it is still in the article."""
        return next((n for n in self.nodes.values() if n.id == node_id), None)

    def remove(self, node: Node) -> None:
        """Take a node and its relations out of the article."""
        self.nodes.pop((node.type, node.name), None)
        self.relations = {k: r for k, r in self.relations.items() if node.id not in (r.source, r.target)}

    def relate(self, typ: str, src: Node | None, dst: Node | None, sent: Sentence,
               evidence: Evidence | None = None, **props) -> None:
        if src is None or dst is None or src is dst:
            return
        sources, targets = RELATION_ENDS[typ]
        if src.type not in sources or dst.type not in targets:
            return
        key = (typ, src.id, dst.id)
        if evidence is not None:
            ev = evidence.model_copy()
        else:
            start, end = self.norm.raw_span(sent.start, sent.end)
            ev = Evidence(sentence=sent.text, start=start, end=end)
        if key in self.relations:
            rel = self.relations[key]
            same_sentence = any(e.sentence == ev.sentence for e in rel.evidence)
            if not same_sentence:
                rel.evidence.append(ev)
            title, held = props.get("title"), rel.properties.get("title")
            if typ == "HOLDS_POST" and same_sentence and title and held and title not in str(held).split("、"):
                # 董事长兼总经理王某: two titles in one body, read from one sentence, are one post of both
                rel.properties["title"] = f"{held}、{title}"
            for k, v in props.items():
                rel.properties.setdefault(k, v)
            return
        self.relations[key] = Relation(type=typ, source=src.id, target=dst.id, properties=dict(props), evidence=[ev])
