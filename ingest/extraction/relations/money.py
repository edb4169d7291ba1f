"""INVESTS_IN with its amount: an amount right after an invest cue goes from the investor named
before it into what its clause names; a project's total paid by someone; aid construction."""

from __future__ import annotations

import re

from ruralkg.ingest.amounts import find_money
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.relations.base import (
    RelationContext,
)
from ruralkg.ingest.extraction.words import any_of


def _words(group: str) -> str:
    return any_of(vocab.words("cues", group))


# what lies between an amount and what it goes into: the same clause, or the clause that says its use
_SAME_USE = re.compile(r"[^，；。]*|[^，；。]*[，,](?:" + "|".join(vocab.words("cues", "money_use"))
                       + r"|由[^，；。]{0,8}" + _words("money_use_by") + r")[^，；。]{0,4}")
# X项目总投资N元: the amount is the project's total
_PROJECT_TOTAL = re.compile("(" + _words("project_total") + ")(" + _words("approximately") + ")?")
# 由Y出资建设: who pays a project's total
_BY_INVESTOR = re.compile(r"由[^，。；]{2,20}?(" + _words("paid_how") + ")?(" + _words("paid") + ")")
_EACH_VILLAGE = re.compile(vocab.chars("cues", "each_village"))  # 每村入股资金5万元
_AID = vocab.chars("cues", "aid_construction")
_AID_BETWEEN = re.compile(r"(\d{4}年)?(" + _words("aid_how") + ")?")  # 上海2021年援建, 对口援建
_PAYERS = ("Enterprise", "Organization", "Branch", "Cooperative", "Township", "Village", "County", "City")
_INVESTORS = ("Enterprise", "Organization", "Branch", "Cooperative", "Township", "Village", "County")


def money(c: RelationContext) -> None:
    """Each amount with an invest cue in the six characters before it, tried against the shapes below
    in order: aid construction, a project's total, an amount right before a project, each village's
    share, then investor before and target in the same clause (or its use clause)."""
    for amount in find_money(c.s):
        window = c.s[max(0, amount.start - 6): amount.start]
        if not any(cue in window for cue in vocab.INVEST_CUES):
            continue
        props = {"amount_yuan": amount.as_number}
        if amount.approximate:
            props["approximate"] = True
        if (_aid_construction(c, amount, props) or _project_total(c, amount, props)
                or _before_project(c, amount, props) or _each_village(c, window, props)):
            continue
        _investor_to_target(c, amount, window, props)


def _project_total(c: RelationContext, amount, props: dict) -> bool:
    """X项目总投资N元，由Y出资建设: the amount is the project's; Y puts it in."""
    s, ordered, nodes = c.s, c.ordered, c.nodes
    owned = next((m for m in ordered if m.type == "Project" and _PROJECT_TOTAL.fullmatch(
        s[m.end:amount.start])), None)
    if owned is None:
        return False
    project = nodes[id(owned)]
    project.properties.setdefault("investment_yuan", amount.as_number)
    by = _BY_INVESTOR.search(s, amount.end)
    payer = [m for m in ordered if by and by.start() < m.start and m.end <= by.end() + 1 and m.type in _PAYERS]
    if payer:
        c.graph.relate("INVESTS_IN", nodes[id(payer[0])], project, c.sent, **props)
    return True


def _before_project(c: RelationContext, amount, props: dict) -> bool:
    """投资N元某公司X项目: the project's owner invests, else the amount is the project's own."""
    after = [m for m in c.ordered if m.start >= amount.end and m.type in ("Project", "Enterprise", "Cooperative")
             and m.start - amount.end <= 3]
    if not (after and after[0].type == "Project"):
        return False
    project = c.nodes[id(after[0])]
    owner = after[0].info.get("owner")
    if owner is not None:
        c.graph.relate("INVESTS_IN", c.graph.node(owner.type, owner.name), project, c.sent, **props)
    else:
        project.properties.setdefault("investment_yuan", amount.as_number)
    return True


def _each_village(c: RelationContext, window: str, props: dict) -> bool:
    """每村入股资金5万元: each village of the item's list puts that much into its body."""
    focus = c.focus
    if not (_EACH_VILLAGE.search(window) and len(focus.villages) >= 2 and focus.body is not None):
        return False
    for village in focus.villages:
        c.graph.relate("INVESTS_IN", village, focus.body, c.sent, **props)
    return True


def _investor_to_target(c: RelationContext, amount, window: str, props: dict) -> None:
    """The nearest actor before the amount invests in what its clause names; else the amount is the
    total of the project named before it (该项目)."""
    graph, s, ordered, nodes, focus = c.graph, c.s, c.ordered, c.nodes, c.focus
    before = [m for m in ordered if m.end <= amount.start and m.type in _INVESTORS]
    # the nearest, and of a chain (铁炉村|党支部) the whole
    investor = nodes[id(max(before, key=lambda m: (m.end, m.end - m.start)))] if before else None
    target = next((nodes[id(m)] for m in ordered if m.start >= amount.end and m.type in (
        "Project", "Enterprise", "Village", "Cooperative")
        and _SAME_USE.fullmatch(s[amount.end:m.start])), None)
    if investor is not None and target is not None:
        graph.relate("INVESTS_IN", investor, target, c.sent, **props)
    elif "该项目" in window or "项目" in s[: amount.start]:
        projects = [m for m in ordered if m.type == "Project" and m.end <= amount.start]
        project = nodes[id(projects[-1])] if projects else focus.project if "该项目" in s else None
        if project is not None:
            project.properties.setdefault("investment_yuan", amount.as_number)
            for rel in graph.relations.values():  # the owner's investment gets the amount too
                if rel.type == "INVESTS_IN" and rel.target == project.id:
                    for k, v in props.items():
                        rel.properties.setdefault(k, v)


def _aid_construction(c: RelationContext, amount, props: dict) -> bool:
    """冷库是上海2021年援建项目，投入资金510万元: the aid giver named before 援建 invests the amount in
    the project the sentence is about (named in it, or the article's project it calls by its kind)."""
    s, ordered, nodes = c.s, c.ordered, c.nodes
    cue = s.rfind(_AID, 0, amount.start)
    if cue < 0:
        return False
    givers = [m for m in ordered if m.end <= cue and cue - m.end <= 8 and _AID_BETWEEN.fullmatch(s[m.end:cue])
              and m.type in ("Province", "City", "County", "Township", "Enterprise", "Organization")]
    if not givers:
        return False
    project = next((nodes[id(m)] for m in ordered if m.type == "Project"), None)
    if project is None:
        head = s[:cue]
        kinds = [n for n in c.graph.nodes.values() if n.type == "Project" and any(
            n.name.endswith(k) and k in head for k in vocab.PROJECT_SUFFIXES if k != "项目")]
        project = kinds[0] if len(kinds) == 1 else None
    if project is None:
        return False
    c.graph.relate("INVESTS_IN", nodes[id(givers[-1])], project, c.sent, **props)
    return True
