"""Take articles back out of the graph: every evidence record and mention they contributed.

A relation left with no evidence and a node left with no mention disappear; a node or relation
that other articles still state gets back exactly what those articles say of it (aliases and
properties are recomputed from the provenance the loader keeps, in load order). The plan is read
first and applied as the steps of one atomic write (``graph/steps.py``), and it can run as the
first steps of the write that loads an article's new version (``loader.plan_batch``).
"""

from __future__ import annotations

import json
from typing import Any

from ruralkg.graph.model import EVIDENCE_PREVIEW, RELATION_TYPES
from ruralkg.graph.names import name_grams, names_text
from ruralkg.graph.store import Store
from ruralkg.graph.timeline import current_counts, refresh, touched_in_graph

_TOUCHED_NODES = (
    "MATCH (a:Article) WHERE a.id IN $ids MATCH (a)-[:MENTIONS]->(n:Entity) "
    "OPTIONAL MATCH (b:Article)-[m:MENTIONS]->(n) WHERE NOT b.id IN $ids "
    "RETURN n.id AS id, n.name AS name, n.type AS type, n.key AS key, "
    "collect([b.seq, b.id, m.aliases, m.props, b.published]) AS mentions"
)
_LINKS = (
    "UNWIND $nodes AS nid MATCH (n:Entity {id: nid}) OPTIONAL MATCH (n)-[x:" + "|".join(RELATION_TYPES) + "]-() "
    "RETURN nid AS id, collect(x.id) AS relations"
)
# the relations these articles state, found through their Evidence records (indexed by article)
_TOUCHED_RELATIONS = (
    "MATCH (v:Evidence) WHERE v.article IN $ids "
    "RETURN DISTINCT v.rel AS id, v.type AS type, v.source AS source, v.target AS target"
)
# what the other articles still say of them, in load order
_REMAINING_EVIDENCE = (
    "UNWIND $rels AS rid MATCH (v:Evidence {rel: rid}) WHERE NOT v.article IN $ids "
    "RETURN v.rel AS rel, v.article AS article, v.sentence AS sentence, v.date AS date, v.props AS props "
    "ORDER BY v.seq, v.pos"
)


def _relation_blocks(rel_type: str, n: int) -> list[str]:
    if rel_type not in RELATION_TYPES:
        raise ValueError(rel_type)
    # both ends by id, then the relation between them (FalkorDB keeps no index of relation ids: graph/ddl.py)
    match = (f"MATCH (s:Entity {{id: r.source}}) MATCH (t:Entity {{id: r.target}}) "
             f"MATCH (s)-[x:{rel_type} {{id: r.id}}]->(t) ")
    return [
        f"UNWIND $x_del_{rel_type} AS r {match}DELETE x RETURN count(*) AS xd{n}",
        f"UNWIND $x_set_{rel_type} AS r {match}SET x = r.props RETURN count(*) AS xs{n}",
    ]


def _merged(items: list[tuple[Any, str | None]]) -> dict[str, Any]:
    """Properties stated by several articles, the last loaded winning."""
    out: dict[str, Any] = {}
    for _seq, raw in sorted(items, key=lambda x: x[0] or 0):
        if raw:
            out.update(json.loads(raw))
    return out


def evidence_summary(evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """What a relation keeps of its evidence records (``date``, ``sentence``, ``article``, in load
    order): the count, the preview, the distinct years and the first and last dates, as the loader
    keeps them."""
    dates = sorted(ev["date"] for ev in evidence if ev["date"])
    years: list[int] = []
    for ev in evidence:
        if ev["date"][:4].isdigit() and int(ev["date"][:4]) not in years:
            years.append(int(ev["date"][:4]))
    head = evidence[:EVIDENCE_PREVIEW]
    out: dict[str, Any] = {
        "evidence_count": len(evidence), "evidence_years": years,
        "evidence_sentences": [ev["sentence"] for ev in head], "evidence_articles": [ev["article"] for ev in head],
        "evidence_dates": [ev["date"] for ev in head],
    }
    if dates:  # first and last seen move back to what the remaining articles say
        out.update({"first_seen": dates[0], "last_seen": dates[-1]})
    return out


def plan_retraction(store: Store, article_ids: list[str]) -> tuple[list[str], dict[str, Any]]:
    """Steps and parameters that remove these articles' contributions (no-op for unknown ids)."""
    ids = list(article_ids)
    params: dict[str, Any] = {"retract_ids": ids}
    node_del: list[str] = []
    node_set: list[dict[str, Any]] = []
    for row in store.read(_TOUCHED_NODES, {"ids": ids}) if ids else []:
        mentions = [m for m in row["mentions"] if m and m[1] is not None]
        if not mentions:
            node_del.append(row["id"])
            continue
        mentions.sort(key=lambda m: m[0] or 0)
        aliases: list[str] = []
        for m in mentions:
            aliases.extend(a for a in (m[2] or []) if a not in aliases)
        props = _merged([(m[0], m[3]) for m in mentions])
        props.update(current_counts([(m[4] if len(m) > 4 else None, m[0], m[3]) for m in mentions]))
        props.update({"id": row["id"], "name": row["name"], "type": row["type"], "key": row["key"],
                      "aliases": aliases, "grams": name_grams([row["name"], *aliases]),
                      "names_text": names_text(row["name"], aliases),
                      "article_count": len({m[1] for m in mentions})})
        node_set.append({"id": row["id"], "props": props})
    rel_del: dict[str, list[dict]] = {t: [] for t in RELATION_TYPES}
    rel_set: dict[str, list[dict]] = {t: [] for t in RELATION_TYPES}
    touched = store.read(_TOUCHED_RELATIONS, {"ids": ids}) if ids else []
    remaining: dict[str, list[dict[str, Any]]] = {}
    if touched:
        for ev in store.read(_REMAINING_EVIDENCE, {"rels": [r["id"] for r in touched], "ids": ids}):
            remaining.setdefault(ev["rel"], []).append(ev)
    for row in touched:
        keep = remaining.get(row["id"], [])
        ref = {"id": row["id"], "source": row["source"], "target": row["target"]}
        if not keep:
            rel_del[row["type"]].append(ref)
            continue
        rel_set[row["type"]].append({**ref, "props": {**_merged([(i, ev["props"]) for i, ev in enumerate(keep)]),
                                                      **evidence_summary(keep), "id": row["id"]}})
    gone = {r["id"] for items in rel_del.values() for r in items}
    links = {row["id"]: row["relations"] for row in store.read(_LINKS, {"nodes": [n["id"] for n in node_set]})} \
        if node_set else {}
    for node in node_set:
        node["props"]["linked"] = any(rid not in gone for rid in links.get(node["id"], []))
    blocks: list[str] = []
    for n, rel_type in enumerate(RELATION_TYPES):
        params[f"x_del_{rel_type}"] = rel_del[rel_type]
        params[f"x_set_{rel_type}"] = rel_set[rel_type]
        blocks.extend(_relation_blocks(rel_type, n))
    params["node_del"], params["node_set"] = node_del, node_set
    blocks += [
        "UNWIND $retract_ids AS aid MATCH (a:Article {id: aid}) DETACH DELETE a RETURN count(*) AS ad",
        "UNWIND $retract_ids AS aid MATCH (v:Evidence {article: aid}) DELETE v RETURN count(*) AS vd",
        "UNWIND $node_del AS nid MATCH (n:Entity {id: nid}) DETACH DELETE n RETURN count(*) AS nd",
        "UNWIND $node_set AS r MATCH (n:Entity {id: r.id}) SET n = r.props RETURN count(*) AS ns",
    ]
    return blocks, params


def remove_articles(store: Store, article_ids: list[str]) -> None:
    """Retract articles in one atomic write."""
    bodies, _ = touched_in_graph(store, list(article_ids))
    steps, params = plan_retraction(store, article_ids)
    store.write_steps(steps, params)
    refresh(store, bodies, [])  # the posts left in those bodies get their terms again


def reset_graph(store: Store) -> None:
    """Empty the graph (articles and entities), then recreate its indexes and constraints."""
    from ruralkg.graph.ddl import drop_graph, ensure_schema

    drop_graph(store)
    ensure_schema(store)
