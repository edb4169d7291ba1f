"""Who holds which post: the title chains recognisers found on people, and titles that name their
body only by reference (村支书, 该村第一书记, 镇党委书记, 省委书记, 合作社负责人)."""

from __future__ import annotations

import re

from ruralkg.ingest.article_graph import ArticleGraph, Focus, Node
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.argument_references import LEGAL_FORM, is_team, item_team
from ruralkg.ingest.extraction.arguments import Arg
from ruralkg.ingest.extraction.body_aliases import declared_names, full_forms, place_names
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.relations.base import (
    RelationContext,
    article_place,
    joint_branch,
)
from ruralkg.ingest.segment import Sentence

# what stands before a title that names its body by reference only
_THIS_VILLAGE = re.compile(r"(该|本)村(的)?$")  # 该村第一书记
_VILLAGE_ONLY_TITLES = vocab.word_set("titles", "village_only_titles")
# a body written by its kind only, before a title held there: 合作社负责人, 该公司董事长, 商会会长
_BODY_KINDS = {word: typ for typ, kind_words in vocab.mapping("organisations", "bodies_by_kind").items() for word in kind_words}
_THIS_BODY = re.compile(r"(?:^|[^\u4e00-\u9fff]|该|本|这家|这个|任|和)(" + "|".join(_BODY_KINDS) + ")$")  # 兼任|合作社理事长
_TOWNSHIP_COMMITTEE = re.compile(r"(镇|乡|街道)(党委|党工委)$")  # 镇党委书记
# 局党组书记, 局长 written after 、 or at a clause's start: an office by its kind character alone
_OFFICE_BY_KIND = re.compile(r"(?:^|[^\u4e00-\u9fff]|该)(局|厅)(党组)?$")
_OFFICE_HEADS = {"局": ("局长", "副局长"), "厅": ("厅长", "副厅长")}
_VILLAGE_BRANCH = re.compile(r"村?(党支部|党总支|支部)$")  # 村党支部书记
_LEVEL_COMMITTEE = re.compile(r"(省|市|县)委$")  # 省委书记
_COMMITTEE_TITLES = vocab.words("titles", "committee_titles")
_TITLED_BODIES = ("Enterprise", "Cooperative", "Organization")
_GOVERNMENT_TITLES = vocab.mapping("titles", "government_titles")
# the characters that name each level (镇长 names its level; 主任 does not)
_LEVEL_CHAR = {lv: {c for c, lvs in vocab.mapping("organisations", "levels").items() if lv in lvs}
               for lv in ("Township", "County", "City")}
_TEAM_TITLES = set(vocab.TEAM_TITLES)
# a work team written by reference before a title: 驻村扶贫工作队|队长, 该公司驻工作队|队长, 工作组|组长
_TEAM_REFERENCE = re.compile(r"((?:驻村?)?(?:" + "|".join(vocab.words(
    "organisations", "team_kind_words")) + ")*(?:" + "|".join(vocab.words("organisations", "team_heads")) + "))$")


def posts(c: RelationContext) -> None:
    """HOLDS_POST for each (body, title) a recogniser found on a person; a body named by kind or by
    reference only is resolved against the item."""
    graph, sent, ordered, nodes, focus = c.graph, c.sent, c.ordered, c.nodes, c.focus
    for m in ordered:
        if m.type not in ("Official", "Person"):
            continue
        person = nodes[id(m)]
        held: list[Node] = []
        for org, title in m.info.get("posts", []):
            if title in ("村支书", "支书"):
                org, title = None, "村支书"
            if org is not None and "reference" in org.info:
                # 县农业农村局张某某: the bureau of the county (or township) the item is about
                place = getattr(focus, org.info["reference"].lower())
                target = graph.node("Organization", place.name + org.name, {org.name}) if place else None
                if target is not None:
                    graph.relate("LOCATED_IN", target, place, sent)
            elif org is not None and _village_committee(org) is not None:
                # X村村民委员会主任: the committee's posts are the village's (SCHEMA: a 村委会 is optional)
                target = graph.node("Village", _village_committee(org).name)
                title = title if title.startswith("村") else "村委会" + title
            elif org is not None:
                target = graph.node(org.type, org.name)
            elif title in _TEAM_TITLES and (team := _team_by_reference(graph, sent, m, title, focus, held)):
                target = team  # 驻村工作队队长张某: the item's team
            else:
                target = _post_by_reference(graph, sent, m, title, focus, c.arguments)
            if target is not None:
                props = {"title": "书记" if title == "村支书" else title} if title else {}
                graph.relate("HOLDS_POST", person, target, sent, **props)
                held.append(target)
                if title == "第一书记":
                    village = _first_secretary_village(graph, target, focus)
                    if village is not None and village is not target:
                        graph.relate("HOLDS_POST", person, village, sent, title=title)


_COMMITTEES = vocab.words("organisations", "village_committee_names")


_LEVEL_OF = {"县": "County", "区": "County", "旗": "County", "市": "City", "州": "City", "省": "Province"}


def _placed_name(graph: ArticleGraph, focus: Focus, name: str) -> str:
    """县农业农村局 → 渭源县农业农村局: an office named by its level alone, with the article's place of that
    level (as the office itself is named once resolved), for a body named after it (its 党组)."""
    place = article_place(graph, focus, _LEVEL_OF[name[0]]) if name[:1] in _LEVEL_OF else None
    return place.name + name[1:] if place is not None and place.name.endswith(name[0]) else name


def _offices_of_kind(graph: ArticleGraph, kind: str) -> list[Node]:
    """The offices named with ``kind`` (局, 厅), in the order named, each by its fullest name (县农业农村局 is
    渭源县农业农村局 written short)."""
    named = [n for n in graph.nodes.values() if n.type == "Organization" and n.name.endswith(kind)]
    return [n for n in named if not any(m is not n and m.name.endswith(n.name) for m in named)]


def _village_committee(org: Mention) -> Mention | None:
    """The village whose committee ``org`` is (柳河村村民委员会, 柳河村村委会), if it is one."""
    place = org.info.get("place")
    if org.type == "Organization" and org.name.endswith(_COMMITTEES) and getattr(place, "type", None) == "Village":
        return place
    return None


def _post_by_reference(graph: ArticleGraph, sent: Sentence, m: Mention, title: str,
                       focus: Focus, args: list[Arg]) -> Node | None:
    """The body of a title written without one: 村支书, 该村第一书记, 合作社负责人, 镇党委书记, 省委书记."""
    s = sent.text
    title_at = m.info.get("title_at", {}).get(title, s.rfind(title[-3:], 0, m.start))
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
    if "村" in title or title in ("主任", "副主任", "委员") and head.endswith("村委会") or _THIS_VILLAGE.search(head) \
            or title in _VILLAGE_ONLY_TITLES:
        return village  # 村主任, 名誉村主任, 该村第一书记, 妇女主任
    body = _THIS_BODY.search(s[max(0, title_at - 6):title_at])
    if body and title in vocab.PERSON_TITLES:
        # 合作社负责人X, 该公司董事长X: the one body of that kind the article names (with two, no guess)
        kind = _BODY_KINDS[body.group(1)]
        # (集团董事长X: a company whose name ends in 集团 before its legal form, not any company)
        named = full_forms([n for n in graph.nodes.values() if n.type == kind
                            and (kind != "Organization" and body.group(1) != "集团"
                                 or LEGAL_FORM.sub("", n.name).endswith(body.group(1)))], place_names(graph),
                           declared_names(graph))
        return named[0] if len(named) == 1 else None  # with two of that kind, no guess
    heads = vocab.TITLE_BODY_SUFFIXES.get(title, ())
    held_at = m.info.get("title_at", {}).get(title)
    if title in vocab.PERSON_TITLES and heads and held_at is not None:
        # a title taken with a verb of holding (成立X公司，由王某兼任董事长): the one body of that kind the
        # sentence names before it, else refers to before it (公司董事长由…兼任，李某任总经理)
        written = [n for n in graph.nodes.values() if n.type in _TITLED_BODIES and n.name.endswith(heads)
                   and any(w in s[:held_at] for w in {n.name} | n.aliases)]
        if not written:
            written = list({a.node.id: a.node for a in args if a.end <= held_at and a.node.type in _TITLED_BODIES
                            and a.node.name.endswith(heads)}.values())
        if len(written) == 1:
            return written[0]
    # what stands before the title itself: right before the name, or earlier in a chain (镇党委副书记、镇长X)
    at = title_at if title_at >= 0 and s.startswith(title, title_at) else m.start - len(title)
    head = s[max(0, at - 5): at]
    joint = joint_branch(graph, head)
    if joint is not None:
        return joint  # 联合党委书记X: the article's joint branch
    office = _OFFICE_BY_KIND.search(head)
    if office is not None:
        # 局党组书记、局长X: the office the article named last of that kind (its 党组 for the Party post)
        named = _offices_of_kind(graph, office.group(1))
        if named:
            if office.group(2) and title.endswith("书记"):
                return graph.node("Branch", _placed_name(graph, focus, named[-1].name) + office.group(2))
            if not office.group(2) and title in _OFFICE_HEADS.get(office.group(1), ()):
                return named[-1]
    kind = next((k for k, heads_ in _OFFICE_HEADS.items() if title in heads_), None)
    if kind is not None and (not head or head[-1] in "、，。；：“"):
        # …局党组书记、局长X, 局长X opening a clause: the office of that kind the article named last
        named = _offices_of_kind(graph, kind)
        if named:
            return named[-1]
    if _TOWNSHIP_COMMITTEE.search(head) and focus.township is not None:
        kind = "党工委" if head.endswith("党工委") else "党委"
        branch = graph.node("Branch", focus.township.name + kind)
        return branch
    if _VILLAGE_BRANCH.search(head) and focus.village is not None:
        kind = "党总支" if "总支" in head else "党支部"
        return graph.node("Branch", focus.village.name + kind)
    level = _LEVEL_COMMITTEE.search(head)
    if level and title in _COMMITTEE_TITLES:
        # 省委书记X: the Party committee of the article's own province (city, county) when it has one
        place = article_place(graph, focus, {"省": "Province", "市": "City", "县": "County"}[level.group(1)])
        if place is not None:
            branch = graph.node("Branch", place.name + "委", {level.group(1) + "委"})
            graph.relate("LOCATED_IN", branch, place, sent)
            return branch
    level = next((lv for lv, titles in _GOVERNMENT_TITLES.items() if title in titles and _LEVEL_CHAR[lv] & set(title)), None)
    if level is not None:
        # 镇长X, 副县长X with no place written: the head of the township (county, city) the item is about
        return focus.township if level == "Township" else article_place(graph, focus, level)
    heads = vocab.TITLE_BODY_SUFFIXES.get(title, ())
    if title in vocab.PERSON_TITLES and heads and (at <= 0 or s[at - 1] in "，。；：,;“"):
        # 董事长孙某是…, 总经理雷某 opening a clause: the company (cooperative) the sentence named before, else
        # the article's one body of that kind
        bodies = {a.node.id: a.node for a in args if a.end <= at and a.node.type in ("Enterprise", "Cooperative")}
        before = {k: n for k, n in bodies.items() if n.type in _TITLED_BODIES and n.name.endswith(heads)}
        if len(bodies) > 1:
            return None  # two businesses before (a village's joint-stock cooperative has a 董事长 too): no guess
        if before:
            return next(iter(before.values()))
        named = [n for n in graph.nodes.values() if n.type in _TITLED_BODIES and n.name.endswith(heads)]
        if len(named) == 1:
            return named[0]
    if title == "第一书记" and focus.village is not None and not any(
            n.type == "Village" and (n is not focus.village and n.name in s or n.name in s[m.end:])
            for n in graph.nodes.values()):
        # 第一书记张某 in an item about one village serves that village; a village named after the name
        # (…带领群众到某村) or another one in the sentence leaves it open
        return focus.village
    return None


_MEMBER_TITLES = ("队员", "副队长", "组员")


def _team_by_reference(graph: ArticleGraph, sent: Sentence, m: Mention, title: str, focus: Focus,
                       held: list[Node]) -> Node | None:
    """A team's title with the team written by reference (驻村工作队队长X, 该公司驻工作队队长X), or listed after
    a title held in a team (队长、第一书记X): the item's team; with none named, the team of the item's
    village, named after it (SCHEMA: work teams named only by reference)."""
    if held and is_team(held[-1]):
        return held[-1] if title in ("第一书记", "副队长", "队员", "副组长", "组员") else None
    s = sent.text
    title_at = s.rfind(title, 0, m.start)
    ref = _TEAM_REFERENCE.search(s, max(0, title_at - 14), title_at) if title_at >= 0 else None
    if ref is None:
        # 组成驻X村工作队，队长…由王某担任: the one team the sentence names before the title
        written = [n for n in graph.nodes.values() if is_team(n) and title_at > 0
                   and any(w in s[:title_at] for w in {n.name} | n.aliases)]
        if len(written) == 1:
            return written[0]
        teams = [n for n in graph.nodes.values() if is_team(n)]
        if s[:title_at].endswith("队"):
            return None  # 秧歌队队员王某: another team is written right before the title
        # 邵某和队员吴某、陈某: a member's title no other body has, in an article with one team
        return teams[0] if title in _MEMBER_TITLES and len(teams) == 1 else None
    if is_team(focus.subject):
        return focus.subject  # the team the sentence before is about
    teams = [n for n in graph.nodes.values() if is_team(n)]
    team = teams[0] if len(teams) == 1 else item_team(graph, focus)
    if team is not None:
        return team
    if focus.village is None:
        return None
    written = ref.group(1)
    name = focus.village.name + (written if written.startswith("驻") else "驻村" + written)  # 工作队: 柳塘村驻村工作队
    team = graph.node("Organization", name, {written})
    graph.relate("LOCATED_IN", team, focus.village, sent)
    return team


def _first_secretary_village(graph: ArticleGraph, body: Node, focus: Focus) -> Node | None:
    """Where a 第一书记 serves (SCHEMA: first secretaries): the village a team is stationed in or a branch
    belongs to, else the item's village when the post is a team's."""
    if body.type == "Village":
        return body
    if body.type not in ("Organization", "Branch"):
        return None
    by_id = {n.id: n for n in graph.nodes.values()}
    for rel in graph.relations.values():
        if rel.type == "LOCATED_IN" and rel.source == body.id and by_id[rel.target].type == "Village":
            return by_id[rel.target]
    named = [n for n in graph.nodes.values() if n.type == "Village" and n.name in body.name]
    if named:
        return max(named, key=lambda n: len(n.name))
    if is_team(body):
        return focus.village
    return None
