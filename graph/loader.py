"""Load extracted articles into the store: many articles per statement, all or nothing per article.

A batch of articles is one atomic write of steps (``graph/steps.py``: one statement on FalkorDB, one
transaction on Neo4j): MERGE the Articles, then one step per entity label, the mentions, and one
per relation type, each an ``UNWIND`` over a parameter list. An entity several articles of the batch
name is one row, its names and facts merged in article order. The steps come from fixed templates
chosen by label (a closed set); every value is a parameter. Ids are stable hashes, so
loading twice changes nothing. When a batch fails, its articles are loaded one at a time, so only
the bad one is refused (``load_articles``).

Provenance is kept so an article can be taken back out (``graph/retract.py``): each MENTIONS edge
holds what that article said of the entity (``aliases``, ``props`` as JSON), and each sentence
behind a relation is an ``Evidence`` record of its own (``rel`` the relation's id, ``article``,
``sentence``, ``span`` as ``start-end`` character offsets in the raw article file, ``date`` the
article's publication date or '' when it has none, ``props`` what that article said of the relation
as JSON, ``seq``/``pos`` its load order). The relation keeps ``evidence_count``, a preview of its
first ``EVIDENCE_PREVIEW`` sentences (``evidence_sentences``, ``evidence_articles``,
``evidence_dates``), ``evidence_years`` and ``first_seen`` / ``last_seen``: a fact repeated by
thousands of articles costs the same to add once more as the first time (``graph/timeline.py`` then
dates posts and counts). ``linked`` on a node says whether it has a relation to another entity: false
when it is made, true with its first relation; the data-quality query for isolated entities reads the
false ones from an index instead of expanding every node.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ruralkg.graph.fulltext import search_words
from ruralkg.graph.model import (
    ENTITY_LABELS,
    EVIDENCE_PREVIEW,
    RELATION_TYPES,
    UNDATED_LISTING,
    labels_for,
)
from ruralkg.graph.names import name_grams
from ruralkg.graph.steps import joined
from ruralkg.graph.store import QueryError, Store, StoreUnavailable
from ruralkg.graph.timeline import PendingRefresh, fact_dates, touched_in_graph
from ruralkg.ingest.document import Extraction


def stable_id(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def entity_key(entity_type: str, name: str, key: str | None) -> str:
    return key or f"{entity_type}|{name}"


def _entity_block(label: str, param: str) -> str:
    """MERGE the entities of one label, one row each per batch, writing only what changes.

    A write re-indexes the node's names; an entity most articles name (a county) would otherwise be
    re-indexed by every one of them. The row's names and facts are those of the whole batch, merged
    in article order (``_one_row_per_entity``), so the node comes out the same whatever the batch size
    and whichever order the engine applies rows in."""
    return (
        f"UNWIND ${param} AS r "
        f"MERGE (n:{labels_for(label)} {{id: r.id}}) "
        "ON CREATE SET n.name = r.name, n.type = r.type, n.key = r.key, n.aliases = [], n.grams = [], n.linked = false "
        "FOREACH (_ IN CASE WHEN size(keys(r.props)) > 0 THEN [1] ELSE [] END | SET n += r.props) "
        "FOREACH (_ IN CASE WHEN n.names_text IS NULL OR any(x IN r.aliases WHERE NOT x IN n.aliases) "
        "OR any(x IN r.grams WHERE NOT x IN coalesce(n.grams, [])) THEN [1] ELSE [] END | "
        "SET n.aliases = n.aliases + [x IN r.aliases WHERE NOT x IN n.aliases], "
        "n.grams = coalesce(n.grams, []) + [x IN r.grams WHERE NOT x IN coalesce(n.grams, [])], "
        # the aliases as they are after this SET, whichever state the engine reads its right-hand sides in
        "n.names_text = reduce(s = n.name, x IN n.aliases + [x IN r.aliases WHERE NOT x IN n.aliases] | s + '|' + x)) "
        "RETURN count(*) AS c_" + param
    )


def _mention_block(param: str) -> str:
    """The MENTIONS of the batch's entities, one row per article and entity (after every entity block)."""
    return (
        f"UNWIND ${param} AS r "
        "MATCH (n:Entity {id: r.id}) MATCH (a:Article {id: r.article}) "
        "MERGE (a)-[m:MENTIONS]->(n) ON CREATE SET n.article_count = coalesce(n.article_count, 0) + 1 "
        "SET m.count = r.count, m.aliases = r.aliases, m.props = r.props_json "
        "RETURN count(*) AS c_" + param
    )


def _one_row_per_entity(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entity rows of a batch merged by entity in article order: the names each article adds
    after those before it, its facts over theirs, as loading the articles one by one would leave them."""
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        have = merged.get(row["id"])
        if have is None:
            merged[row["id"]] = {k: row[k] for k in ("id", "key", "name", "type")} | {
                "aliases": list(row["aliases"]), "grams": list(row["grams"]), "props": dict(row["props"])}
            continue
        have["aliases"] += [x for x in row["aliases"] if x not in have["aliases"]]
        have["grams"] += [x for x in row["grams"] if x not in have["grams"]]
        have["props"].update(row["props"])
    return list(merged.values())


def _relation_block(rel_type: str, param: str) -> str:
    """MERGE the relations of one type, then add each new sentence as an Evidence record.

    The cost of adding a sentence does not depend on how many the relation already has: the record is
    looked up by its id, and the relation keeps only a count, a short preview, its distinct years and
    its first and last dates, each updated from the new sentences alone.
    """
    if rel_type not in RELATION_TYPES:
        raise ValueError(rel_type)
    return (
        f"UNWIND ${param} AS r "
        "MATCH (s:Entity {id: r.source}) MATCH (t:Entity {id: r.target}) "
        f"MERGE (s)-[x:{rel_type} {{id: r.id}}]->(t) "
        "SET x += r.props "
        "FOREACH (_ IN CASE WHEN s.linked THEN [] ELSE [1] END | SET s.linked = true) "
        "FOREACH (_ IN CASE WHEN t.linked THEN [] ELSE [1] END | SET t.linked = true) "
        "WITH x, r UNWIND r.evidence AS e "
        "OPTIONAL MATCH (old:Evidence {id: e.id}) "
        "WITH x, e WHERE old IS NULL "
        "CREATE (v:Evidence) SET v = e "
        "WITH x, collect(e) AS new "
        "WITH x, new, [e IN new WHERE e.date <> '' | e.date] AS ds "
        "SET x.evidence_count = coalesce(x.evidence_count, 0) + size(new), "
        "x.evidence_sentences = (coalesce(x.evidence_sentences, []) + [e IN new | e.sentence])[0..$evidence_preview], "
        "x.evidence_articles = (coalesce(x.evidence_articles, []) + [e IN new | e.article])[0..$evidence_preview], "
        "x.evidence_dates = (coalesce(x.evidence_dates, []) + [e IN new | e.date])[0..$evidence_preview], "
        "x.evidence_years = reduce(ys = coalesce(x.evidence_years, []), d IN ds | "
        "CASE WHEN toInteger(substring(d, 0, 4)) IN ys THEN ys ELSE ys + toInteger(substring(d, 0, 4)) END), "
        # first and last seen: the earliest and latest publication date among the articles that state it
        "x.first_seen = reduce(m = x.first_seen, d IN ds | CASE WHEN m IS NULL OR d < m THEN d ELSE m END), "
        "x.last_seen = reduce(m = x.last_seen, d IN ds | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) "
        "RETURN count(*) AS c_" + param
    )


@dataclass
class LoadPlan:
    steps: list[str]  # graph/steps.py: one statement on FalkorDB, one transaction on Neo4j
    params: dict[str, Any]
    entity_ids: dict[str, dict[str, str]] = field(default_factory=dict)  # article id -> local id -> graph id

    @property
    def cypher(self) -> str:
        """The steps as one statement (what FalkorDB runs)."""
        return joined(self.steps)


def _scalar_props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if isinstance(v, str | int | float | bool | list)}


def article_rows(doc: Extraction, words: bool = True
                 ) -> tuple[dict[str, Any], dict[str, list[dict]], dict[str, list[dict]], dict[str, str]]:
    """The parameter rows one article contributes: its Article, entity rows by label, relation rows by type.

    ``words``: the store is FalkorDB, whose full-text index reads the text cut into words
    (graph/fulltext.py); an extraction worker usually cut it already."""
    art = doc.article
    article_props = {k: v for k, v in art.model_dump().items() if v is not None}
    # the article list's order, indexed (graph/model.py UNDATED_LISTING sorts an undated article last)
    article_props["listed_on"] = art.published or UNDATED_LISTING
    if words and art.text:
        article_props["search_words"] = art.search_words or search_words(art.text)
    ids: dict[str, str] = {}
    rows: dict[str, list[dict[str, Any]]] = {}
    for ent in doc.entities:
        key = entity_key(ent.type, ent.name, ent.key)
        gid = stable_id(key)
        ids[ent.id] = gid
        props = _scalar_props(ent.properties)
        for fact in ent.facts:
            props[f"{fact.key}_evidence"] = fact.sentence
        aliases = sorted(set(ent.aliases) - {ent.name})
        rows.setdefault(ent.type, []).append({
            "id": gid, "key": key, "name": ent.name, "type": ent.type, "aliases": aliases,
            "grams": name_grams([ent.name, *aliases]), "props": props,
            "props_json": json.dumps(props, ensure_ascii=False, sort_keys=True), "count": ent.mentions,
            "article": art.id,
        })
    rel_rows: dict[str, dict[str, dict[str, Any]]] = {}
    names = {ent.id: ent.name for ent in doc.entities}
    for rel in doc.relations:
        s, t = ids[rel.source], ids[rel.target]
        if s == t:
            continue
        rid = stable_id(rel.type, s, t)
        row = rel_rows.setdefault(rel.type, {}).setdefault(
            rid, {"id": rid, "source": s, "target": t, "props": {}, "evidence": []})
        row["props"].update({k: v for k, v in rel.properties.items() if isinstance(v, str | int | float | bool)})
        row["props"].update(fact_dates(rel.type, rel.properties, [ev.sentence for ev in rel.evidence],
                                       names.get(rel.source)))
        for ev in rel.evidence:
            span = f"{ev.start}-{ev.end}" if ev.start is not None and ev.end is not None else ""
            eid = stable_id(rid, art.id, ev.sentence)
            if any(e["id"] == eid for e in row["evidence"]):
                continue  # one sentence said twice for one relation is one record
            row["evidence"].append({"id": eid, "rel": rid, "type": rel.type, "source": s, "target": t,
                                    "article": art.id, "sentence": ev.sentence, "span": span,
                                    "date": art.published or "", "pos": len(row["evidence"])})
    for by_id in rel_rows.values():
        for row in by_id.values():
            row["props_json"] = json.dumps(row["props"], ensure_ascii=False, sort_keys=True)
    return article_props, rows, {t: list(v.values()) for t, v in rel_rows.items()}, ids


def plan_batch(docs: list[Extraction], prelude: tuple[list[str], dict[str, Any]] | None = None,
               words: bool = True) -> LoadPlan:
    """One parameterised statement that loads every article of ``docs``.

    ``prelude`` (blocks and their parameters) runs first in the same statement: the retraction of
    the old versions of changed articles, so that replacing an article is atomic.
    """
    params: dict[str, Any] = {"articles": [], "evidence_preview": EVIDENCE_PREVIEW}
    entity_rows: dict[str, list[dict]] = {label: [] for label in ENTITY_LABELS}
    relation_rows: dict[str, list[dict]] = {t: [] for t in RELATION_TYPES}
    plan = LoadPlan([], params)
    for doc in docs:
        article_props, rows, rels, ids = article_rows(doc, words)
        article_props["seq"] = time.time_ns() + len(params["articles"])  # load order: the last loaded wins
        for items in rels.values():
            for row in items:
                for ev in row["evidence"]:
                    ev["seq"] = article_props["seq"]
        params["articles"].append({"id": doc.article.id, "props": article_props})
        plan.entity_ids[doc.article.id] = ids
        for label, items in rows.items():
            entity_rows[label].extend(items)
        for rel_type, items in rels.items():
            relation_rows[rel_type].extend(items)
    steps: list[str] = []
    if prelude is not None:
        steps.extend(prelude[0])
        params.update(prelude[1])
    steps.append("UNWIND $articles AS ar MERGE (a:Article {id: ar.id}) SET a = ar.props RETURN count(*) AS c_articles")
    # the batch waits for its post terms and counts to be refreshed (graph/timeline.py); a node of its
    # own, not a mark on the articles: FalkorDB re-indexes an article's whole text when one is set
    params["pending"] = {"id": stable_id(*(d.article.id for d in docs), str(time.time_ns())),
                         "articles": [d.article.id for d in docs]}
    steps.append("CREATE (p:Pending) SET p = $pending RETURN count(*) AS c_pending")
    # every step, empty or not: the statement's text is the same for every batch, so each engine
    # plans it once and answers later batches from its plan cache (graph/steps.py)
    for label in ENTITY_LABELS:
        name = f"e_{label}"
        params[name] = _one_row_per_entity(entity_rows[label])
        steps.append(_entity_block(label, name))
    params["mentions"] = [{k: row[k] for k in ("id", "article", "count", "aliases", "props_json")}
                          for label in ENTITY_LABELS for row in entity_rows[label]]
    steps.append(_mention_block("mentions"))
    for rel_type in RELATION_TYPES:
        name = f"r_{rel_type}"
        params[name] = _one_row_per_relation(relation_rows[rel_type])
        steps.append(_relation_block(rel_type, name))
    plan.steps = steps
    return plan


def _one_row_per_relation(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of a batch merged by relation, its evidence in article order, each sentence with the
    properties its article gave: the evidence lists come out the same whatever the batch size (several
    rows for one relation in one statement are applied in an order the engine chooses)."""
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        evidence = [dict(e, props=row["props_json"]) for e in row["evidence"]]
        have = merged.get(row["id"])
        if have is None:
            merged[row["id"]] = dict(row, props=dict(row["props"]), evidence=evidence)
        else:
            have["props"].update(row["props"])
            have["evidence"].extend(evidence)
    for row in merged.values():
        row["props_json"] = json.dumps(row["props"], ensure_ascii=False, sort_keys=True)
    return list(merged.values())


@dataclass
class LoadResult:
    loaded: list[str] = field(default_factory=list)  # article ids
    refused: dict[str, str] = field(default_factory=dict)  # article id -> the store's reason


Prelude = Callable[[list[Extraction]], tuple[list[str], dict[str, Any]] | None]


@dataclass
class PreparedBatch:
    """A batch ready to write: the curated articles, their statement, and what old versions of them
    stated (the bodies and entities to recompute after the write)."""

    docs: list[Extraction]
    steps: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    before_bodies: set[str] = field(default_factory=set)
    before_entities: set[str] = field(default_factory=set)


def prepare_batch(store: Store, docs: list[Extraction], prelude_for: Prelude | None = None) -> PreparedBatch:
    """The client's half of a load: curation, the old versions' facts, the statement. It only reads the
    store, so it can run while the batch before is being written (graph/batch_writer.py)."""
    docs = _curated(docs)
    if not docs:
        return PreparedBatch([])
    # what an old version of these articles stated: the bodies whose posts it dated get their terms again,
    # and the entities whose counts it gave get them recomputed from every article that still states them
    before_bodies, before_entities = touched_in_graph(store, [d.article.id for d in docs]) if prelude_for else (set(), set())
    steps, params = _statement(store, docs, prelude_for)
    return PreparedBatch(docs, steps, params, before_bodies, before_entities)


def write_batch(store: Store, batch: PreparedBatch, prelude_for: Prelude | None = None,
                pending: PendingRefresh | None = None) -> LoadResult:
    """The store's half: the batch in one atomic write; if the store refuses it, the articles one at a time
    so that only the bad one is refused and nothing of it stays."""
    result = LoadResult()
    docs = batch.docs
    if not docs:
        return result
    pending_here = pending if pending is not None else PendingRefresh()
    batches_loaded: list[str] = []  # their Pending nodes
    try:
        store.write_steps(batch.steps, batch.params)
        result.loaded.extend(d.article.id for d in docs)
        batches_loaded.append(batch.params["pending"]["id"])
    except StoreUnavailable:
        raise  # nothing to retry one by one: the caller reports what was not loaded
    except QueryError as exc:
        if len(docs) == 1:
            result.refused[docs[0].article.id] = str(exc)
            return result
        for doc in docs:
            try:
                steps, params = _statement(store, [doc], prelude_for)
                store.write_steps(steps, params)
                result.loaded.append(doc.article.id)
                batches_loaded.append(params["pending"]["id"])
            except StoreUnavailable:
                raise
            except QueryError as exc:
                result.refused[doc.article.id] = str(exc)
    # the loaded articles' own post statements and counts are folded in; what an old version stated is recomputed
    pending_here.add(batch.before_bodies, batch.before_entities, batches_loaded, articles=result.loaded)
    if pending is None:
        pending_here.flush(store)
    return result


def load_articles(store: Store, docs: list[Extraction], prelude_for: Prelude | None = None,
                  pending: PendingRefresh | None = None) -> LoadResult:
    """Load a batch: prepare it, then write it (see ``write_batch``).

    The post terms and current counts the batch touches are computed again after it, or, given
    ``pending``, noted there for the caller to refresh once for many batches (``run_ingest``)."""
    if not docs:
        return LoadResult()
    return write_batch(store, prepare_batch(store, docs, prelude_for), prelude_for, pending)


def _curated(docs: list[Extraction]) -> list[Extraction]:
    """The articles as the analyst's decisions say (graph/curation/): the hook point of curation."""
    from ruralkg.graph.curation.hook import before_load

    return before_load(docs)


def _statement(store: Store, docs: list[Extraction], prelude_for) -> tuple[list[str], dict[str, Any]]:
    plan = plan_batch(docs, prelude_for(docs) if prelude_for else None, words=store.engine == "falkordb")
    return plan.steps, plan.params


def load_article(store: Store, doc: Extraction) -> LoadPlan:
    """One article in one write (tests and small tools)."""
    doc = _curated([doc])[0]
    plan = plan_batch([doc], words=store.engine == "falkordb")
    store.write_steps(plan.steps, plan.params)
    PendingRefresh(set(), set(), {plan.params["pending"]["id"]}, articles={doc.article.id}).flush(store)
    return plan


def batches(items: Iterable[Any], size: int) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def graph_counts(store: Store) -> dict[str, int]:
    nodes = store.read("MATCH (n:Entity) RETURN count(n) AS c")
    # typed and unanchored, the engines answer from their counts instead of expanding every node
    rels = store.read("MATCH ()-[r:" + "|".join(RELATION_TYPES) + "]->() RETURN count(r) AS c")
    arts = store.read("MATCH (a:Article) RETURN count(a) AS c")
    return {
        "articles": arts[0]["c"] if arts else 0,
        "nodes": nodes[0]["c"] if nodes else 0,
        "relations": rels[0]["c"] if rels else 0,
    }
