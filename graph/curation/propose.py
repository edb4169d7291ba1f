"""Candidates for a merge, ranked by evidence; never merged without a decision.

The evidence, strongest first: one place path nested in the other's (a village named with and
without its township), people of one name who hold posts in the same body (one keyed under the
village of their post, the other under an article's county; or one who moved), an alias of one is the
name of the other, a short form of a body (its kind word or parent company dropped), and an official
of one name and title in two neighbouring counties (one city). A pair a "distinct" decision
separates, or a merge already joins, is never proposed.
Names are looked up in indexes, never compared pair by pair: a village name may be shared by hundreds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ruralkg.graph.curation.decisions import Decision
from ruralkg.graph.store import Store
from ruralkg.ingest.variants import _stem

NODES = "MATCH (n:Entity) RETURN n.id AS id, n.key AS key, n.name AS name, n.type AS type, n.aliases AS aliases"
POSTS = ("MATCH (p:Entity)-[h:HOLDS_POST]->(b:Entity) "
         "RETURN p.id AS person, h.title AS title, b.name AS body, b.id AS body_id")
BODIES = ("Organization", "Enterprise", "Cooperative", "Branch", "Programme", "Project")
PEOPLE = ("Official", "Person")
MAX_GROUP = 50  # a name shared by more nodes than this is a common name, not a duplicate


@dataclass
class Proposal:
    a: dict[str, Any]
    b: dict[str, Any]
    score: float
    evidence: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "score": round(self.score, 2), "evidence": self.evidence}


def _path(key: str) -> list[str]:
    return key.split("#", 1)[0].split("|")[1:-1]


def _nested(a: str, b: str) -> bool:
    """One place path is the other's with places left out (the county, or the township, not named)."""
    pa, pb = _path(a), _path(b)
    short, long = sorted((pa, pb), key=len)
    it = iter(long)
    return short != long and all(any(x == y for y in it) for x in short)


def _county(key: str) -> str | None:
    parts = key.split("|")
    return next((parts[i + 1] for i, p in enumerate(parts[:-1]) if p == "County"), None)


def _neighbours(a: str, b: str) -> bool:
    """Two counties of one city (their six-digit codes share the first four)."""
    ca, cb = _county(a), _county(b)
    return bool(ca and cb and ca != cb and ca.isdigit() and cb.isdigit() and ca[:4] == cb[:4])


def _short_form(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short == long:
        return False
    stem_s, stem_l = _stem(short), _stem(long)
    return long.endswith(short) or (stem_s is not None and stem_s == stem_l) or (
        stem_s is not None and long.startswith(stem_s) and len(stem_s) >= 3)


def _settled(decisions: list[Decision]) -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for d in decisions:
        if d.active and d.kind in ("distinct", "merge"):
            pairs.update(frozenset((x, y)) for x in d.targets for y in d.targets if x != y)
    return pairs


def propose(store: Store, decisions: list[Decision], limit: int = 100) -> list[Proposal]:
    """Merge candidates, the best evidence first."""
    nodes = store.read(NODES, timeout_ms=120_000)
    by_id = {n["id"]: n for n in nodes}
    titles: dict[str, set[tuple[str, str]]] = defaultdict(set)
    bodies_of: dict[str, dict[str, str]] = defaultdict(dict)  # person id → body id → body name
    for r in store.read(POSTS, timeout_ms=120_000):
        titles[r["person"]].add((r["title"] or "", r["body"] or ""))
        bodies_of[r["person"]][r["body_id"]] = r["body"] or ""
    settled = _settled(decisions)
    found: dict[frozenset[str], Proposal] = {}

    def add(x: dict, y: dict, score: float, why: str) -> None:
        if x["id"] == y["id"] or frozenset((x["key"], y["key"])) in settled:
            return
        pair = frozenset((x["id"], y["id"]))
        a, b = sorted((x, y), key=lambda n: n["key"])
        have = found.setdefault(pair, Proposal(_brief(a), _brief(b), 0.0))
        if why not in have.evidence:
            have.evidence.append(why)
            have.score = 1 - (1 - have.score) * (1 - score)  # independent signals add up, never past 1

    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for n in nodes:
        by_name[(n["type"], n["name"])].append(n)
    for (_typ, name), group in by_name.items():
        if 1 < len(group) <= MAX_GROUP:
            for i, x in enumerate(group):
                for y in group[i + 1:]:
                    if _nested(x["key"], y["key"]):
                        add(x, y, 0.9, f"the same name {name} in nested places")
                    elif x["type"] in PEOPLE and (shared := bodies_of[x["id"]].keys() & bodies_of[y["id"]].keys()):
                        body = bodies_of[x["id"]][min(shared)]
                        add(x, y, 0.85, f"{name} holds a post in {body} under both")
                    elif x["type"] in PEOPLE and _neighbours(x["key"], y["key"]):
                        same = {t for t, _ in titles[x["id"]]} & {t for t, _ in titles[y["id"]]}
                        if same:
                            add(x, y, 0.7, f"{name}, {'/'.join(sorted(same))}, in two counties of one city")
    for n in nodes:
        for alias in n["aliases"] or []:
            for other in by_name.get((n["type"], alias), [])[:MAX_GROUP]:
                add(n, other, 0.8, f"{alias} is an alias of {n['name']} and the name of the other")
    bodies: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for n in nodes:
        if n["type"] in BODIES and len(n["name"]) >= 3:
            scope = _county(n["key"]) or ""
            bodies[(n["type"], scope)].append(n)
    for group in bodies.values():
        index: dict[str, list[dict]] = defaultdict(list)
        for n in group:
            stem = _stem(n["name"])
            for k in {n["name"], *([stem] if stem else [])}:
                index[k].append(n)
        for n in group:
            for cut in range(1, len(n["name"]) - 2):  # every suffix of three or more characters, and the stem
                for other in index.get(n["name"][cut:], [])[:MAX_GROUP]:
                    if _short_form(n["name"], other["name"]):
                        add(n, other, 0.6, f"{other['name']} is a short form of {n['name']}")
            stem = _stem(n["name"])
            for other in index.get(stem or "\0", [])[:MAX_GROUP]:
                if other is not n and _short_form(n["name"], other["name"]):
                    add(n, other, 0.6, f"{n['name']} and {other['name']} differ by the kind word")
    ranked = sorted(found.values(), key=lambda p: (-p.score, p.a["key"], p.b["key"]))
    return [p for p in ranked if p.a["id"] in by_id and p.b["id"] in by_id][:limit]


def _brief(n: dict[str, Any]) -> dict[str, Any]:
    return {"id": n["id"], "key": n["key"], "name": n["name"], "type": n["type"]}
