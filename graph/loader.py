"""Load one extracted article into the store as one atomic statement.

FalkorDB has no multi-statement transactions, so an article is a single statement: MERGE the
Article, then one ``CALL { … }`` block per entity label and per relation type, each an
``UNWIND`` over a parameter list. The blocks are chosen from fixed templates by label (a closed
set), every value is a parameter. Ids are stable hashes, so loading twice changes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ruralkg.graph.model import ENTITY_LABELS, RELATION_TYPES, labels_for
from ruralkg.graph.store import Store
from ruralkg.ingest.document import Extraction


def stable_id(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def entity_key(entity_type: str, name: str, key: str | None) -> str:
    return key or f"{entity_type}|{name}"


def _entity_block(label: str, param: str) -> str:
    return (
        f"CALL {{ WITH a UNWIND ${param} AS r "
        f"MERGE (n:{labels_for(label)} {{id: r.id}}) "
        "ON CREATE SET n.name = r.name, n.type = r.type, n.key = r.key, n.aliases = [] "
        "SET n += r.props, n.aliases = n.aliases + [x IN r.aliases WHERE NOT x IN n.aliases] "
        "MERGE (a)-[m:MENTIONS]->(n) SET m.count = r.count "
        "RETURN count(*) AS c_" + param + " }"
    )


def _relation_block(rel_type: str, param: str) -> str:
    if rel_type not in RELATION_TYPES:
        raise ValueError(rel_type)
    return (
        f"CALL {{ WITH a UNWIND ${param} AS r "
        "MATCH (s:Entity {id: r.source}) MATCH (t:Entity {id: r.target}) "
        f"MERGE (s)-[x:{rel_type} {{id: r.id}}]->(t) "
        "SET x += r.props "
        "WITH x, [e IN r.evidence WHERE NOT e.id IN coalesce(x.evidence_ids, [])] AS new "
        "SET x.evidence_ids = coalesce(x.evidence_ids, []) + [e IN new | e.id], "
        "x.evidence_articles = coalesce(x.evidence_articles, []) + [e IN new | e.article], "
        "x.evidence_sentences = coalesce(x.evidence_sentences, []) + [e IN new | e.sentence] "
        "RETURN count(*) AS c_" + param + " }"
    )


@dataclass
class LoadPlan:
    cypher: str
    params: dict[str, Any]
    entity_ids: dict[str, str]


def plan_article(doc: Extraction) -> LoadPlan:
    """Translate one validated extraction into one parameterised statement."""
    art = doc.article
    article_props = {k: v for k, v in art.model_dump().items() if v is not None}
    ids: dict[str, str] = {}
    rows: dict[str, list[dict[str, Any]]] = {label: [] for label in ENTITY_LABELS}
    for ent in doc.entities:
        key = entity_key(ent.type, ent.name, ent.key)
        gid = stable_id(key)
        ids[ent.id] = gid
        props = {k: v for k, v in ent.properties.items() if isinstance(v, str | int | float | bool | list)}
        for fact in ent.facts:
            props[f"{fact.key}_evidence"] = fact.sentence
        rows[ent.type].append(
            {
                "id": gid,
                "key": key,
                "name": ent.name,
                "type": ent.type,
                "aliases": sorted(set(ent.aliases) - {ent.name}),
                "props": props,
                "count": ent.mentions,
            }
        )
    rel_rows: dict[str, dict[str, dict[str, Any]]] = {t: {} for t in RELATION_TYPES}
    for rel in doc.relations:
        s, t = ids[rel.source], ids[rel.target]
        if s == t:
            continue
        rid = stable_id(rel.type, s, t)
        row = rel_rows[rel.type].setdefault(rid, {"id": rid, "source": s, "target": t, "props": {}, "evidence": []})
        row["props"].update({k: v for k, v in rel.properties.items() if isinstance(v, str | int | float | bool)})
        for ev in rel.evidence:
            row["evidence"].append(
                {"id": stable_id(art.id, ev.sentence, size=12), "article": art.id, "sentence": ev.sentence}
            )
    params: dict[str, Any] = {"article": article_props}
    blocks = ["MERGE (a:Article {id: $article.id}) SET a += $article", "WITH a"]
    for label in ENTITY_LABELS:
        if rows[label]:
            name = f"e_{label}"
            params[name] = rows[label]
            blocks.append(_entity_block(label, name))
    for rel_type in RELATION_TYPES:
        if rel_rows[rel_type]:
            name = f"r_{rel_type}"
            params[name] = list(rel_rows[rel_type].values())
            blocks.append(_relation_block(rel_type, name))
    blocks.append("RETURN a.id AS article")
    return LoadPlan("\n".join(blocks), params, ids)


def load_article(store: Store, doc: Extraction) -> LoadPlan:
    plan = plan_article(doc)
    store.write(plan.cypher, plan.params)
    return plan


def graph_counts(store: Store) -> dict[str, int]:
    nodes = store.read("MATCH (n:Entity) RETURN count(n) AS c")
    rels = store.read("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c")
    arts = store.read("MATCH (a:Article) RETURN count(a) AS c")
    return {
        "articles": arts[0]["c"] if arts else 0,
        "nodes": nodes[0]["c"] if nodes else 0,
        "relations": rels[0]["c"] if rels else 0,
    }
