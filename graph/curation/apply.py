"""Decisions applied to one article's extraction, before it is loaded: where the identity the
extractor decided (``ingest/resolve.py``'s keys) meets the identity the analyst decided.

Pure: the same extraction and the same decisions give the same result, which is what makes the
graph reproducible from "articles + decisions" and an undo exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ruralkg.graph.curation.decisions import Decision, key_name
from ruralkg.graph.model import RELATION_ENDS
from ruralkg.ingest.document import Extraction


def entity_key(entity: dict[str, Any]) -> str:
    return entity.get("key") or f"{entity['type']}|{entity['name']}"


@dataclass
class Applied:
    doc: Extraction
    matched: dict[str, set[str]] = field(default_factory=dict)  # decision id -> the target keys it met here
    dropped: list[str] = field(default_factory=list)  # what a decision took out (for reports)


def _part_for(d: Decision, doc: dict[str, Any]) -> Any:
    article = doc["article"]["id"]
    names = {e["name"] for e in doc["entities"]} | {a for e in doc["entities"] for a in e.get("aliases", [])}
    text = doc["article"].get("text") or ""
    for part in d.parts:
        if article in part.articles or (part.named and (part.named in names or part.named in text)):
            return part
    return None


def _rename(ent: dict[str, Any], name: str) -> None:
    if name and name != ent["name"]:
        ent["aliases"] = sorted({*ent.get("aliases", []), ent["name"]} - {name})
        ent["name"] = name


def _one(d: Decision, doc: dict[str, Any], out: Applied) -> None:
    targets = set(d.targets)
    hits = [e for e in doc["entities"] if entity_key(e) in targets]
    if not hits or d.kind == "distinct":
        if d.kind == "distinct":
            out.matched.setdefault(d.id, set()).update(entity_key(e) for e in hits)
        return
    out.matched.setdefault(d.id, set()).update(entity_key(e) for e in hits)
    if d.kind == "reject":
        gone = {e["id"] for e in hits}
        doc["entities"] = [e for e in doc["entities"] if e["id"] not in gone]
        doc["relations"] = [r for r in doc["relations"] if r["source"] not in gone and r["target"] not in gone]
        out.dropped.extend(f"{d.id}: {e['type']} {e['name']}" for e in hits)
        return
    for ent in hits:
        if d.kind == "merge":
            ent["key"] = d.targets[0]
            _rename(ent, d.name or key_name(d.targets[0]))
        elif d.kind == "rename":
            _rename(ent, d.name)
        elif d.kind == "retype":
            old = entity_key(ent)
            ent["key"] = d.type + old[len(ent["type"]):]
            ent["type"] = d.type
        elif d.kind == "split":
            part = _part_for(d, doc)
            if part is not None:
                ent["key"] = f"{entity_key(ent)}#{part.label}"
                _rename(ent, part.name)
    if d.kind == "retype":
        types = {e["id"]: e["type"] for e in doc["entities"]}
        fits = [r for r in doc["relations"] if types[r["source"]] in RELATION_ENDS[r["type"]][0]
                and types[r["target"]] in RELATION_ENDS[r["type"]][1]]
        out.dropped.extend(f"{d.id}: {r['type']} no longer fits" for r in doc["relations"] if r not in fits)
        doc["relations"] = fits
    _fold(doc)


def _fold(doc: dict[str, Any]) -> None:
    """Two entities of one article with one key after a decision are one entity (the first kept)."""
    first: dict[str, dict[str, Any]] = {}
    repoint: dict[str, str] = {}
    kept = []
    for ent in doc["entities"]:
        have = first.get(entity_key(ent))
        if have is None:
            first[entity_key(ent)] = ent
            kept.append(ent)
            continue
        repoint[ent["id"]] = have["id"]
        have["aliases"] = sorted(({*have.get("aliases", []), *ent.get("aliases", []), ent["name"]}) - {have["name"]})
        have["mentions"] = have.get("mentions", 1) + ent.get("mentions", 1)
        have["properties"] = {**ent.get("properties", {}), **have.get("properties", {})}
        have["facts"] = [*have.get("facts", []), *ent.get("facts", [])]
    if not repoint:
        return
    doc["entities"] = kept
    for rel in doc["relations"]:
        rel["source"] = repoint.get(rel["source"], rel["source"])
        rel["target"] = repoint.get(rel["target"], rel["target"])
    doc["relations"] = [r for r in doc["relations"] if r["source"] != r["target"]]


def curate(doc: Extraction, decisions: list[Decision]) -> Applied:
    """The article as the decisions (active ones, in file order) say it should be loaded."""
    live = [d for d in decisions if d.active]
    if not live:
        return Applied(doc)
    data = doc.model_dump(mode="json")
    out = Applied(doc)
    for d in live:
        _one(d, data, out)
    out.doc = Extraction.model_validate(data)
    return out
