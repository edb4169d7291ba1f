"""From one article's raw text to the extraction format: the pipeline, stage by stage.

normalise → segment (items, bylines, sentences) → mentions per sentence → resolve (one entity per
thing, references such as 该镇 to the item's township, identity keys from the place path) →
relations per sentence → validated ``Extraction``. See docs/extraction.md.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ruralkg.ingest.amounts import find_facts, find_money
from ruralkg.ingest.article_graph import PLACE_RANK, ArticleGraph, Focus, Node
from ruralkg.ingest.document import ArticleMeta, Entity, Extraction, Fact
from ruralkg.ingest.extraction import vocab as lx
from ruralkg.ingest.mentions import Mention, alternation, find_mentions, tokens
from ruralkg.ingest.normalize import normalise
from ruralkg.ingest.resolve import (
    assign_keys,
    drop_place_stems,
    drop_word_counties,
    gazetteer_ancestors,
    merge_variants,
    one_type_per_person,
    original_forms,
    restore_cut_prefixes,
    sharpen_evidence,
    window_long_evidence,
)
from ruralkg.ingest.segment import Sentence, segment

ACTORS = ("Township", "Village", "County", "City", "Branch", "Organization", "Enterprise", "Cooperative")
_BRANCH_REFERENCE = re.compile(r"(该|本)?(镇|乡|街道|社区|村)(党委|党工委|党总支|党支部)")
REFERENCES = {
    "Township": ("该镇", "全镇", "本镇", "该乡", "全乡", "本乡", "该街道", "全街道", "镇里", "乡里"),
    "Village": ("该村", "全村", "本村", "村里"),
    "County": ("该县", "全县", "该区", "全区", "该市", "全市"),
}


def article_id(text: str) -> str:
    """The id of an article known only by its text."""
    return hashlib.sha1(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()[:16]


def source_id(source: str) -> str:
    """An article's identity is its source (path or URL): an edited file is the same article."""
    return hashlib.sha1(("source\x1f" + source).encode("utf-8")).hexdigest()[:16]


def content_hash(raw: str) -> str:
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()


_FOR_SOMEONE = re.compile(r"为(?=[^，。；]{2,20}(申报|申请|争取|办理|协调|解决|提供))")


# what lies between an amount and what it goes into: the same clause, or the clause that says its use
_SAME_USE = re.compile(r"[^，；。]*|[^，；。]*[，,](?:帮助|用于|支持|扶持|为|入股|投向|全部用于|由[^，；。]{0,8}"
                       r"(?:领办|成立|创办|组建|建设))[^，；。]{0,4}")
_PROJECT_TOTAL = re.compile(r"(总投资|计划总投资|计划投资|总投入|投资)(约|达|超|近)?")
_BY_INVESTOR = re.compile(r"由[^，。；]{2,20}?(独自|共同|全额|自筹)?(出资|投资|投入)")
SUPPORTERS = ("Organization", "Enterprise", "Cooperative", "Branch", "Township", "County", "City", "Village",
              "Official", "Person")
SUPPORTED = ("Village", "Township", "County", "Cooperative", "Enterprise", "Person", "Organization", "Project")
# 在A的（大力）帮扶下，B…
_UNDER_HELP = re.compile(r"在(?:[^，。；]{2,30}?)(?:的)?(?:大力|倾力|精准|全力|鼎力)?(帮扶|帮助|支持|扶持|指导|帮促)下[，,]?")
# A与B结对（帮扶）, A与B合作，提供…
_PAIRED = re.compile(r"(?:与|和|同)[^，。；与和]{2,20}?(?:结对|结成帮扶对子|合作[，,]?(?=提供|帮助|开展))")
# A为B授信N元 / 向B授信 / 给予B授信
_CREDIT = re.compile(r"(?:为|向|给予|对)(?P<who>[^，。；]{1,20}?)(?:授信|提供授信|发放贷款)(?:额度)?(?P<amount>[0-9.一二三四五六七八九十百千万亿余多近约]+元)")


def _chain_end(m: Mention, ordered: list[Mention]) -> Mention:
    """The most specific place of a chain that starts with ``m`` (纸房乡|陈庄村 → 陈庄村)."""
    while True:
        nxt = next((x for x in ordered if x.start == m.end and x.type in PLACE_RANK and m.type in PLACE_RANK), None)
        if nxt is None:
            return m
        m = nxt


class SentenceContext:
    """One sentence with its mentions, their nodes and the item's focus: what every relation rule reads."""

    def __init__(self, graph: ArticleGraph, sent: Sentence, mentions: list[Mention], nodes: dict, focus: Focus):
        self.graph, self.sent, self.mentions, self.nodes, self.focus = graph, sent, mentions, nodes, focus
        self.s = sent.text
        self.ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.places = [m for m in self.ordered if m.type in PLACE_RANK]

    def is_word(self, start: int, end: int) -> bool:
        """True when [start, end) is whole words of the sentence (服务 in 党群服务中心 is not)."""
        lo = max(0, start - 4)
        bounds, pos = {lo}, lo
        for tok in tokens(self.s[lo:end + 4]):
            pos += len(tok)
            bounds.add(pos)
        return start in bounds and end in bounds


class Extractor:
    def extract_text(self, raw: str, path: str | None = None, article: str | None = None) -> Extraction:
        """One article; its id is ``article`` when given, else its source ``path``, else its text."""
        norm = normalise(raw)
        seg = segment(norm.text)
        graph = ArticleGraph(norm)
        authors = set(seg.authors)
        by_item: dict[int, list[tuple[Sentence, list[Mention]]]] = {}
        for sent in seg.sentences:
            if any(a <= sent.start < b and sent.end <= b for a, b in seg.byline_spans):
                continue
            mentions = [m for m in find_mentions(sent.text) if m.name not in authors]
            by_item.setdefault(sent.item, []).append((sent, mentions))
        for item in sorted(by_item):
            # a page of several items: each item's places are its own (no county carried over)
            focus = Focus()
            self._item(graph, by_item[item], focus)
        merge_variants(graph)
        restore_cut_prefixes(graph)
        one_type_per_person(graph)
        drop_place_stems(graph)
        drop_word_counties(graph)
        gazetteer_ancestors(graph)
        assign_keys(graph)
        original_forms(graph, norm, raw)
        sharpen_evidence(graph)
        window_long_evidence(graph, norm)
        meta = ArticleMeta(
            id=article or (source_id(path) if path else article_id(norm.text)),
            content_hash=content_hash(raw),
            title=seg.title,
            published=seg.published,
            authors=seg.authors,
            path=path,
            source=Path(path).name if path else None,
            char_count=len(norm.text),
            text=norm.text,
        )
        entities = [
            Entity(id=n.id, type=n.type, name=n.name, aliases=sorted(n.aliases - {n.name}), properties=n.properties,
                   key=n.key, mentions=max(n.mentions, 1), facts=n.facts)
            for n in graph.nodes.values()
        ]
        return Extraction(article=meta, entities=entities, relations=list(graph.relations.values()))

    # --- one news item ---------------------------------------------------------------------------
    def _item(self, graph: ArticleGraph, sentences: list[tuple[Sentence, list[Mention]]], focus: Focus) -> None:
        # the item's own places come first: its first township and county, from the body before headings
        # (a page may print the previous item's headline after its byline)
        ordered_sents = [x for x in sentences if not x[0].heading] + [x for x in sentences if x[0].heading]
        for _sent, mentions in ordered_sents:
            for m in mentions:
                if m.type == "Township" and focus.township is None:
                    focus.township = graph.node("Township", m.name, m.aliases)
                    graph.nodes[("Township", m.name)].mentions -= 1
                if m.type == "County" and focus.county is None:
                    focus.county = graph.node("County", m.name, m.aliases)
                    graph.nodes[("County", m.name)].mentions -= 1
        for index, (sent, mentions) in enumerate(sentences):
            nodes = {id(m): graph.node(m.type, m.name, m.aliases) for m in mentions}
            if focus.actor is None and (sent.heading or index < 3):
                # a work team the item is about (张家楼街道乡村振兴工作队——) acts where no subject is named
                first = next((m for m in sorted(mentions, key=lambda x: (x.start, -x.end)) if m.type in ACTORS), None)
                if first is not None and first.type == "Organization" and first.name.endswith(("队", "工作组")):
                    focus.actor = nodes[id(first)]
            self._sentence(graph, sent, mentions, nodes, focus)

    def _reference(self, sent: Sentence, focus: Focus, graph: ArticleGraph | None = None) -> Node | None:
        """该镇, 全村, 镇党委 … resolved to what the item is about."""
        m = _BRANCH_REFERENCE.search(sent.text[:12])
        if m and graph is not None:
            place = focus.village if m.group(2) in ("社区", "村") else focus.township
            if place is not None:
                branch = graph.node("Branch", place.name + m.group(3))
                graph.relate("LOCATED_IN", branch, place, sent)
                return branch
        if focus.actor is not None and re.match(r"(该队|工作队|队员)", sent.text):
            return focus.actor
        if focus.project is not None and "该项目" in sent.text:
            return focus.project
        if focus.cooperative is not None and re.match(r"(该)?合作社", sent.text):
            return focus.cooperative  # 合作社采取…: the item's cooperative
        # the reference written first wins (该镇实施…，对全村农户… is about the township)
        found = [(sent.text.find(r), typ) for typ, refs in REFERENCES.items() for r in refs if r in sent.text]
        for _pos, typ in sorted(found):
            node = getattr(focus, typ.lower())
            if node is not None:
                return node
        return None

    def _subject(self, sent: Sentence, mentions: list[Mention], nodes: dict, focus: Focus, before: int,
                 graph: ArticleGraph | None = None, later: bool = False) -> Node | None:
        """Who acts in the sentence: the first actor named before ``before``, else a reference (该镇),
        else (``later``) an actor named after it (为推动…，寺庄乡制订…), else what the item is about."""
        ordered = sorted(mentions, key=lambda x: (x.start, -x.end))

        def most_specific(m: Mention) -> Node:
            return nodes[id(_chain_end(m, ordered))]  # 滨州市滨城区北镇街道 → 北镇街道

        for m in ordered:
            if m.start >= before:
                break
            if m.type in ACTORS:
                return most_specific(m)
        ref = self._reference(sent, focus, graph)
        if ref is not None:
            return ref
        if later:
            after = next((m for m in ordered if m.start >= before and m.type in (
                "Township", "County", "City", "Branch", "Organization")), None)
            if after is not None:
                return most_specific(after)
        return focus.actor or focus.township or focus.village

    def _place_subject(self, sent: Sentence, ordered: list[Mention], nodes: dict, focus: Focus) -> Node | None:
        """The place a sentence is about: one named at its start (most specific of a chain), else the item's."""
        head = [m for m in ordered if m.type in PLACE_RANK and m.start <= 8]
        if head:
            return nodes[id(_chain_end(head[0], ordered))]
        return self._reference(sent, focus) or focus.township or focus.village

    def _sentence(self, graph: ArticleGraph, sent: Sentence, mentions: list[Mention], nodes: dict, focus: Focus) -> None:
        """Every relation rule over one sentence, in order (later rules see what earlier ones made)."""
        c = SentenceContext(graph, sent, mentions, nodes, focus)
        self._place_chains(c)
        self._bodies_and_branches(c)
        self._founded_bodies(c)
        self._posts(c)
        self._leads(c)
        self._money(c)
        self._support(c)
        self._programmes(c)
        self._facts(c)

    def _place_chains(self, c: SentenceContext) -> None:
        graph, sent, nodes, focus, places = c.graph, c.sent, c.nodes, c.focus, c.places
        # 1. place chains: 聊城市东昌府区斗虎屯镇张李村
        chained: set[int] = set()
        starting: dict[int, list[Mention]] = {}
        for b in places:
            starting.setdefault(b.start, []).append(b)
        for a in places:
            for b in starting.get(a.end, ()):
                if PLACE_RANK[b.type] > PLACE_RANK[a.type] and not (
                        b.type == "Township" and a.type in ("City", "Province")):  # 十堰茅塔乡: in a county
                    graph.relate("LOCATED_IN", nodes[id(b)], nodes[id(a)], sent)
                    chained.add(id(b))
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
                if id(m) not in chained and township is not None:
                    graph.relate("LOCATED_IN", node, township, sent)
                focus.village = node
            elif m.type == "Township" and id(m) not in chained and focus.county is not None:
                graph.relate("LOCATED_IN", node, focus.county, sent)

    def _bodies_and_branches(self, c: SentenceContext) -> None:
        graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
        # 2. bodies named with their place, branches named after their owner
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
        for m in ordered:
            if m.type not in ("Enterprise", "Cooperative", "Project", "Organization") or "place" in m.info:
                continue
            head = s[max(0, m.start - 20): m.start]
            inside = re.search(r"(镇|乡|村|县|区|市)(内|里)[\u4e00-\u9fff、]*$", head)
            level = {"镇": "township", "乡": "township", "村": "village"}.get(inside.group(1)) if inside else None
            if level and getattr(focus, level) is not None:
                graph.relate("LOCATED_IN", nodes[id(m)], getattr(focus, level), sent)  # 镇内洪保、万华等公司
            for v in graph.nodes.values():
                stem = v.name[:-1] if v.type == "Village" and v.name.endswith("村") else None
                if stem and len(stem) >= 2 and m.name.startswith(stem) and not m.name.startswith(v.name):
                    graph.relate("LOCATED_IN", nodes[id(m)], v, sent)  # 铁炉贡梨合作社 in 铁炉村

    def _founded_bodies(self, c: SentenceContext) -> None:
        graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
        # bodies that a place founds, builds or brings in
        if re.search(r"引进|落地|落户|建设|建成|成立|新建|入驻|投产", s):
            subject = self._place_subject(sent, ordered, nodes, focus)
            brought_in = re.search(r"引进|落户|入驻|落地", s) is not None
            if subject is not None:
                for m in ordered:
                    nested = any(x is not m and x.start <= m.start and m.end <= x.end and x.type == "Project"
                                 for x in ordered)
                    named = m.info.get("place")
                    # a body named after a coarser place (宁德市森园农业…公司) that a village brings in is there
                    # too; one it founds (成立子长市…公司) is only where its name says
                    coarser = named is not None and named.type in PLACE_RANK and subject.type in PLACE_RANK \
                        and PLACE_RANK[named.type] < PLACE_RANK[subject.type] and brought_in
                    if m.type in ("Project", "Enterprise", "Cooperative") and (named is None or coarser) and not nested:
                        graph.relate("LOCATED_IN", nodes[id(m)], subject, sent)

    def _posts(self, c: SentenceContext) -> None:
        graph, sent, ordered, nodes, focus = c.graph, c.sent, c.ordered, c.nodes, c.focus
        # 3. posts
        for m in ordered:
            if m.type not in ("Official", "Person"):
                continue
            person = nodes[id(m)]
            for org, title in m.info.get("posts", []):
                if title in ("村支书", "支书"):
                    org, title = None, "村支书"
                if org is not None and "reference" in org.info:
                    # 县农业农村局张某某: the bureau of the county (or township) the item is about
                    place = getattr(focus, org.info["reference"].lower())
                    target = graph.node("Organization", place.name + org.name, {org.name}) if place else None
                    if target is not None:
                        graph.relate("LOCATED_IN", target, place, sent)
                elif org is not None:
                    target = graph.node(org.type, org.name)
                else:
                    target = self._post_by_reference(graph, sent, m, title, focus)
                if target is not None:
                    props = {"title": "书记" if title == "村支书" else title} if title else {}
                    graph.relate("HOLDS_POST", person, target, sent, **props)

    def _leads(self, c: SentenceContext) -> None:
        graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
        # 4. a Party organisation leads a body
        for cue in lx.LEAD_CUES:
            pos = s.find(cue)
            if pos < 0:
                continue
            branch = None
            for m in ordered:
                if m.type == "Branch" and m.end <= pos:
                    branch = nodes[id(m)]
            if branch is None and re.search(r"(党支部|党总支|支部)$", s[max(0, pos - 6):pos]):
                # "村党支部领办…": the branch of the village this sentence or item is about
                here = [nodes[id(m)] for m in ordered if m.type == "Village" and m.end <= pos]
                owner = here[-1] if here else focus.village
                if owner is not None:
                    kind = "党委" if s[max(0, pos - 2):pos] == "党委" else (
                        "党总支" if "总支" in s[max(0, pos - 4):pos] else "党支部")
                    branch = graph.node("Branch", owner.name + kind)
                    graph.relate("LOCATED_IN", branch, owner, sent)
            if branch is None:
                continue
            bodies = ("Cooperative", "Enterprise", "Project", "Organization")
            target = next((nodes[id(m)] for m in ordered if m.start >= pos and m.type in bodies), None)
            if target is None and "由" in s[:pos]:
                # passive: X合作社是由Y党总支牵头创建
                by = s.rfind("由", 0, pos)
                before = [m for m in ordered if m.end <= by and m.type in bodies]
                target = nodes[id(before[-1])] if before else None
            if target is None and "合作社" in s[pos:] and focus.cooperative is not None:
                target = focus.cooperative  # 由支部领办 … the item's cooperative
            if target is not None:
                graph.relate("LEADS", branch, target, sent)
                home = next((r.target for r in graph.relations.values()
                             if r.type == "LOCATED_IN" and r.source == branch.id), None)
                home_node = next((n for n in graph.nodes.values() if n.id == home), None)
                if home_node is not None and home_node.type == "Village":
                    # a body a village's branch founds is in that village
                    graph.relate("LOCATED_IN", target, home_node, sent)

    def _money(self, c: SentenceContext) -> None:
        graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
        # 5. money
        for amount in find_money(s):
            window = s[max(0, amount.start - 6): amount.start]
            if not any(c in window for c in lx.INVEST_CUES):
                continue
            props = {"amount_yuan": amount.as_number}
            if amount.approximate:
                props["approximate"] = True
            if self._aid_construction(c, amount, props):
                continue
            owned = next((m for m in ordered if m.type == "Project" and _PROJECT_TOTAL.fullmatch(
                s[m.end:amount.start])), None)
            if owned is not None:
                # X项目总投资N元，由Y出资建设: the amount is the project's; Y puts it in
                project = nodes[id(owned)]
                project.properties.setdefault("investment_yuan", amount.as_number)
                by = _BY_INVESTOR.search(s, amount.end)
                payer = [m for m in ordered if by and by.start() < m.start and m.end <= by.end() + 1
                         and m.type in ("Enterprise", "Organization", "Branch", "Cooperative", "Township", "Village",
                                        "County", "City")]
                if payer:
                    graph.relate("INVESTS_IN", nodes[id(payer[0])], project, sent, **props)
                continue
            after = [m for m in ordered if m.start >= amount.end and m.type in ("Project", "Enterprise", "Cooperative")
                     and m.start - amount.end <= 3]
            props = {"amount_yuan": amount.as_number}
            if amount.approximate:
                props["approximate"] = True
            if after and after[0].type == "Project":
                project = nodes[id(after[0])]
                owner = after[0].info.get("owner")
                if owner is not None:
                    graph.relate("INVESTS_IN", graph.node(owner.type, owner.name), project, sent, **props)
                else:
                    project.properties.setdefault("investment_yuan", amount.as_number)
                continue
            if re.search(r"每(个)?村", window) and len(focus.villages) >= 2 and focus.body is not None:
                # 每村入股资金5万元: each village of the item's list puts that much into its body
                for village in focus.villages:
                    graph.relate("INVESTS_IN", village, focus.body, sent, **props)
                continue
            before = [m for m in ordered if m.end <= amount.start and m.type in (
                "Enterprise", "Organization", "Branch", "Cooperative", "Township", "Village", "County")]
            # the nearest, and of a chain (铁炉村|党支部) the whole
            investor = nodes[id(max(before, key=lambda m: (m.end, m.end - m.start)))] if before else None
            target = next((nodes[id(m)] for m in ordered if m.start >= amount.end and m.type in (
                "Project", "Enterprise", "Village", "Cooperative")
                and _SAME_USE.fullmatch(s[amount.end:m.start])), None)
            if investor is not None and target is not None:
                graph.relate("INVESTS_IN", investor, target, sent, **props)
            elif "该项目" in window or "项目" in s[: amount.start]:
                projects = [m for m in ordered if m.type == "Project" and m.end <= amount.start]
                project = nodes[id(projects[-1])] if projects else focus.project if "该项目" in s else None
                if project is not None:
                    project.properties.setdefault("investment_yuan", amount.as_number)
                    for rel in graph.relations.values():  # the owner's investment gets the amount too
                        if rel.type == "INVESTS_IN" and rel.target == project.id:
                            for k, v in props.items():
                                rel.properties.setdefault(k, v)

    def _aid_construction(self, c: SentenceContext, amount, props: dict) -> bool:
        """冷库是上海2021年援建项目，投入资金510万元: the aid giver named before 援建 invests the amount in
        the project the sentence is about (named in it, or the article's project it calls by its kind)."""
        s, ordered, nodes = c.s, c.ordered, c.nodes
        cue = s.rfind("援建", 0, amount.start)
        if cue < 0:
            return False
        givers = [m for m in ordered if m.end <= cue and cue - m.end <= 8 and re.fullmatch(
            r"(\d{4}年)?(对口|无偿|出资)?", s[m.end:cue]) and m.type in (
            "Province", "City", "County", "Township", "Enterprise", "Organization")]
        if not givers:
            return False
        project = next((nodes[id(m)] for m in ordered if m.type == "Project"), None)
        if project is None:
            head = s[:cue]
            kinds = [n for n in c.graph.nodes.values() if n.type == "Project" and any(
                n.name.endswith(k) and k in head for k in lx.PROJECT_SUFFIXES if k != "项目")]
            project = kinds[0] if len(kinds) == 1 else None
        if project is None:
            return False
        c.graph.relate("INVESTS_IN", nodes[id(givers[-1])], project, c.sent, **props)
        return True

    def _support(self, c: SentenceContext) -> None:
        """帮扶, 扶持, 带动, 为X申报 …: who helps whom, within one clause."""
        graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
        # a cue must be whole words (服务 in 党群服务中心 is not), checked last: segmenting costs the most
        cues = [(m.start(), m.end(), True) for m in alternation(lx.SUPPORT_CUES).finditer(s)]
        cues += [(m.start(), m.start() + 1, False) for m in _FOR_SOMEONE.finditer(s)]
        for pos, cue_end, word_cue in cues:
            first = next((m for m in ordered if m.start >= cue_end and m.type != "Programme"
                          and m.start - cue_end <= 2 and not re.search(r"[，；：。]", s[cue_end:m.start])), None)
            if first is None or (word_cue and not c.is_word(pos, cue_end)):
                continue
            targets = [_chain_end(first, ordered)] + self._listed_after(first, ordered, s)
            clause = max(s.rfind(x, 0, pos) for x in "，；：。") + 1
            # the supporter: named in the cue's clause, else what the sentence or item is about
            before = [m for m in ordered if clause <= m.start and m.end <= pos and m.type in SUPPORTERS]
            if not before:
                # 由A投入资金，帮助B…: the sentence's subject, when it opens the sentence or follows 由
                before = [m for m in ordered if m.end <= pos and m.type in SUPPORTERS
                          and (m.start <= 1 or s[m.start - 1] == "由")]
            before.sort(key=lambda m: (m.end, m.end - m.start))  # the nearest, and of nested names the whole
            source = nodes[id(before[-1])] if before else (
                self._reference(sent, focus, graph) or focus.actor or focus.township or focus.village)
            for t in targets:
                if source is not None and source is not nodes[id(t)]:
                    graph.relate("SUPPORTS", source, nodes[id(t)], sent)
        self._support_patterns(c)

    def _support_patterns(self, c: SentenceContext) -> None:
        """Support written around its ends: 在A的帮扶下，B…; A与B结对; A为B授信N元."""
        graph, sent, s, ordered, nodes, focus = c.graph, c.sent, c.s, c.ordered, c.nodes, c.focus
        for m in _UNDER_HELP.finditer(s):
            helper = [x for x in ordered if m.start() <= x.start and x.end <= m.start(1) and x.type in SUPPORTERS]
            after = [x for x in ordered if x.start >= m.end() and x.type in SUPPORTED]
            target = nodes[id(_chain_end(after[0], ordered))] if after else self._reference(sent, focus, graph)
            if helper and target is not None:
                graph.relate("SUPPORTS", nodes[id(max(helper, key=lambda x: x.end - x.start))], target, sent)
        for m in _PAIRED.finditer(s):
            a = [x for x in ordered if x.end <= m.start() and x.type in SUPPORTERS]
            b = [x for x in ordered if m.start() < x.start and x.end <= m.end() and x.type in SUPPORTED]
            if a and b:
                graph.relate("SUPPORTS", nodes[id(max(a, key=lambda x: (x.end, x.end - x.start)))],
                             nodes[id(_chain_end(b[0], ordered))], sent)
        for m in _CREDIT.finditer(s):
            amount = next(iter(find_money(s[m.start("amount"):m.end()])), None)
            lender = [x for x in ordered if x.end <= m.start() and x.type in ("Organization", "Enterprise")]
            inside = [x for x in ordered if m.start() < x.start < m.start("amount") and x.type in SUPPORTED]
            target = nodes[id(_chain_end(inside[0], ordered))] if inside else self._reference(
                Sentence(m.group("who"), sent.start, sent.end, sent.item), focus)
            if lender and target is not None and amount is not None:
                graph.relate("SUPPORTS", nodes[id(lender[-1])], target, sent, credit_yuan=amount.as_number)

    def _programmes(self, c: SentenceContext) -> None:
        graph, sent, s, mentions, ordered, nodes, focus = c.graph, c.sent, c.s, c.mentions, c.ordered, c.nodes, c.focus
        # 7. programmes
        cue = next((c for c in lx.IMPLEMENT_CUES if c in s), None)
        for m in ordered:
            if m.type != "Programme" or cue is None:
                continue
            subject = self._subject(sent, mentions, nodes, focus, m.start, graph, later=True)
            if subject is not None:
                graph.relate("IMPLEMENTS", subject, nodes[id(m)], sent)

    def _facts(self, c: SentenceContext) -> None:
        sent, s, mentions, nodes, focus = c.sent, c.s, c.mentions, c.nodes, c.focus
        # 8. numbers on the place they describe
        facts = find_facts(s)
        if facts:
            subject = self._subject(sent, mentions, nodes, focus, len(s))
            if subject is not None:
                for f in facts:
                    if f.key not in subject.properties:
                        subject.properties[f.key] = f.value
                        if f.approximate:
                            subject.properties.setdefault("approximate", []).append(f.key)
                        subject.facts.append(Fact(key=f.key, value=f.value, sentence=s, approximate=f.approximate))



    @staticmethod
    def _listed_after(first: Mention, ordered: list[Mention], s: str) -> list[Mention]:
        """The rest of an enumeration that starts with ``first`` (毡张、邓院等村)."""
        out, cur = [], first
        while True:
            nxt = next((m for m in ordered if m.type == first.type and m.start > cur.start
                        and s[cur.end:m.start].strip() in ("、", "和", "及", "与", "、村")), None)
            if nxt is None:
                return out
            out.append(nxt)
            cur = nxt

    def _post_by_reference(self, graph: ArticleGraph, sent: Sentence, m: Mention, title: str,
                           focus: Focus) -> Node | None:
        s = sent.text
        title_at = s.rfind(title[-3:], 0, m.start)
        villages = [n for n in graph.nodes.values() if n.type == "Village" and n.name in s[:m.start]]
        village = max(villages, key=lambda n: s.rfind(n.name, 0, m.start)) if villages else focus.village
        if title == "村支书":
            # 村支书 is the secretary of the village's Party branch
            if village is None:
                return None
            branch = graph.node("Branch", village.name + "党支部", {"村支部"})
            graph.relate("LOCATED_IN", branch, village, sent)
            return branch
        head = s[max(0, title_at - 4):title_at]
        if "村" in title or title in ("主任",) and head.endswith("村委会") or re.search(r"(该|本)村(的)?$", head):
            return village  # 村主任, 名誉村主任, 该村第一书记
        body = re.search(r"(?:^|[^\u4e00-\u9fff]|该|本|这家|这个)(合作社|公司)$", s[max(0, title_at - 6):title_at])
        if body and title in lx.PERSON_TITLES:
            # 合作社负责人X, 该公司董事长X: the one body of that kind the article names (with two, no guess)
            kind = "Cooperative" if body.group(1) == "合作社" else "Enterprise"
            named = [n for n in graph.nodes.values() if n.type == kind]
            return named[0] if len(named) == 1 else None
        head = s[max(0, m.start - len(title) - 5): m.start - len(title)]
        if re.search(r"(镇|乡|街道)(党委|党工委)$", head) and focus.township is not None:
            kind = "党工委" if head.endswith("党工委") else "党委"
            branch = graph.node("Branch", focus.township.name + kind)
            return branch
        if re.search(r"村?(党支部|党总支|支部)$", head) and focus.village is not None:
            kind = "党总支" if "总支" in head else "党支部"
            return graph.node("Branch", focus.village.name + kind)
        level = re.search(r"(省|市|县)委$", head)
        if level and title in ("书记", "副书记", "常委"):
            # 省委书记X: the Party committee of the article's own province (city, county) when it has one
            place = self._article_place(graph, focus, {"省": "Province", "市": "City", "县": "County"}[level.group(1)])
            if place is not None:
                branch = graph.node("Branch", place.name + "委", {level.group(1) + "委"})
                graph.relate("LOCATED_IN", branch, place, sent)
                return branch
        return None

    @staticmethod
    def _article_place(graph: ArticleGraph, focus: Focus, level: str) -> Node | None:
        if level == "County" and focus.county is not None:
            return focus.county
        found = [n for n in graph.nodes.values() if n.type == level]
        return found[0] if len(found) == 1 else None

def extract_file(path: Path, raw: str | None = None) -> Extraction:
    from ruralkg.ingest.reader import read_article

    text = raw if raw is not None else read_article(path)
    return Extractor().extract_text(text, str(path))
