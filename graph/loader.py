"""Load extracted articles into the store: many articles per statement, all or nothing per article.

A batch of articles is one atomic write of steps (``graph/steps.py``: one statement on FalkorDB, one
transaction on Neo4j): the Articles, then one step per entity label (the entities and their
MENTIONS), and one per relation type (the relations and their Evidence records), each an ``UNWIND``
over a parameter list. An entity several articles of the batch name is one row, its names and facts
merged in article order. Each node and relation is written at most once per batch, and a new one is
created with all its properties (CREATE then SET): on FalkorDB every write re-indexes the node, and
the index's garbage collection of the old entries forks the whole server, a cost that grows with the
graph (issue 22; ``_entity_block``). The steps come from fixed templates
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
when it is made without one, true from its first relation; the data-quality query for isolated entities reads the
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
from ruralkg.graph.names import name_grams, names_text
from ruralkg.graph.steps import joined
from ruralkg.graph.store import QueryError, Store, StoreUnavailable
from ruralkg.graph.timeline import PendingRefresh, fact_dates, touched_in_graph
from ruralkg.ingest.document import Extraction


def stable_id(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def entity_key(entity_type: str, name: str, key: str | None) -> str:
    return key or f"{entity_type}|{name}"


def _entity_block(label: str, param: str) -> str:
    """The entities of one label, one row each per batch, and their MENTIONS, writing each node at most once.

    On FalkorDB every write to a node re-indexes it in every index of its label (a delete and an add,
    whatever property changed): the deleted entries stay in the index until its garbage collection,
    which forks the whole server every 30 s while an index holds more than a hundred of them, and each
    fork costs in proportion to the graph's size. So a new entity is created with every property it
    will have at the end of the statement (its names, ``linked`` when the batch relates it,
    ``article_count`` the batch's articles naming it): CREATE then SET is one index entry, where MERGE
    then SET is two. An entity the graph holds already is written once per batch, and only when its
    count, facts or names change, after its MENTIONS: the count goes up by the articles whose MENTIONS
    is new. The row's names and facts are those of the whole batch, merged in article order
    (``_one_row_per_entity``), so the node comes out the same whatever the batch size and whichever
    order the engine applies rows in."""
    return (
        f"UNWIND ${param} AS r "
        "OPTIONAL MATCH (old:Entity {id: r.id}) "
        "FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | "
        f"CREATE (n:{labels_for(label)}) SET n.id = r.id, n.name = r.name, n.type = r.type, n.key = r.key, "
        "n += r.props, n.aliases = r.aliases, n.grams = r.grams, n.names_text = r.names_text, n.linked = r.linked, "
        "n.article_count = r.articles) "
        "WITH r, old IS NULL AS fresh "
        "MATCH (n:Entity {id: r.id}) "
        "UNWIND r.mentions AS mr "
        "MATCH (a:Article {id: mr.article}) "
        "OPTIONAL MATCH (a)-[om:MENTIONS]->(n) "
        "MERGE (a)-[m:MENTIONS]->(n) "
        "SET m.count = mr.count, m.aliases = mr.aliases, m.props = mr.props_json "
        # count, not sum: sum() is a float on FalkorDB, and the count stays an integer
        "WITH n, fresh, count(CASE WHEN om IS NULL THEN 1 END) AS added, head(collect(r)) AS r "
        "WITH n, fresh, added, r, n.names_text IS NULL OR any(x IN r.aliases WHERE NOT x IN n.aliases) "
        "OR any(x IN r.grams WHERE NOT x IN coalesce(n.grams, [])) AS renamed "
        "WITH n, added, r, renamed, n.aliases + [x IN r.aliases WHERE NOT x IN n.aliases] AS aliases, "
        "coalesce(n.grams, []) + [x IN r.grams WHERE NOT x IN coalesce(n.grams, [])] AS grams "
        "WHERE NOT fresh AND (added > 0 OR size(keys(r.props)) > 0 OR renamed) "
        "SET n += r.props, n.article_count = CASE WHEN added > 0 THEN coalesce(n.article_count, 0) + added "
        "ELSE n.article_count END, "
        "n.names_text = CASE WHEN renamed THEN reduce(s = n.name, x IN aliases | s + '|' + x) ELSE n.names_text END, "
        "n.grams = CASE WHEN renamed THEN grams ELSE n.grams END, "
        "n.aliases = CASE WHEN renamed THEN aliases ELSE n.aliases END "
        "RETURN count(*) AS c_" + param
    )


def _one_row_per_entity(rows: list[dict[str, Any]], related: set[str]) -> list[dict[str, Any]]:
    """The entity rows of a batch merged by entity in article order: the names each article adds
    after those before it, its facts over theirs, as loading the articles one by one would leave them;
    with what a new entity is created with (``names_text``, ``linked``: a relation of the batch joins it,
    ``articles``: how many articles of the batch name it) and its MENTIONS, one per article (the last
    row of an article that names it twice: the MERGE of a MENTIONS per row left that one)."""
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        mention = {k: row[k] for k in ("article", "count", "aliases", "props_json")}
        have = merged.get(row["id"])
        if have is None:
            merged[row["id"]] = {k: row[k] for k in ("id", "key", "name", "type")} | {
                "aliases": list(row["aliases"]), "grams": list(row["grams"]), "props": dict(row["props"]),
                "mentions": {row["article"]: mention}}
            continue
        have["aliases"] += [x for x in row["aliases"] if x not in have["aliases"]]
        have["grams"] += [x for x in row["grams"] if x not in have["grams"]]
        have["props"].update(row["props"])
        have["mentions"][row["article"]] = mention
    for row in merged.values():
        row["names_text"] = names_text(row["name"], row["aliases"])
        row["linked"] = row["id"] in related
        row["mentions"] = list(row["mentions"].values())
        row["articles"] = len(row["mentions"])
    return list(merged.values())


def _evidence_set(x: str) -> str:
    """The SET items that fold a relation's new Evidence records (``new``, their dates ``ds``) into what
    relation ``x`` keeps of them: each computed from the new sentences alone."""
    return (
        f"{x}.evidence_count = coalesce({x}.evidence_count, 0) + size(new), "
        f"{x}.evidence_sentences = (coalesce({x}.evidence_sentences, []) + [e IN new | e.sentence])[0..$evidence_preview], "
        f"{x}.evidence_articles = (coalesce({x}.evidence_articles, []) + [e IN new | e.article])[0..$evidence_preview], "
        f"{x}.evidence_dates = (coalesce({x}.evidence_dates, []) + [e IN new | e.date])[0..$evidence_preview], "
        f"{x}.evidence_years = reduce(ys = coalesce({x}.evidence_years, []), d IN ds | "
        "CASE WHEN toInteger(substring(d, 0, 4)) IN ys THEN ys ELSE ys + toInteger(substring(d, 0, 4)) END), "
        # first and last seen: the earliest and latest publication date among the articles that state it
        f"{x}.first_seen = reduce(m = {x}.first_seen, d IN ds | CASE WHEN m IS NULL OR d < m THEN d ELSE m END), "
        f"{x}.last_seen = reduce(m = {x}.last_seen, d IN ds | CASE WHEN m IS NULL OR d > m THEN d ELSE m END)"
    )


def _relation_block(rel_type: str, param: str) -> str:
    """The relations of one type with each new sentence as an Evidence record, each relation written once.

    The cost of adding a sentence does not depend on how many the relation already has: a record that
    may be there already (its article is in the graph) is looked up among its article's, one of an
    article new to the graph is not looked up at all, and the relation keeps only a count, a short preview, its distinct years and
    its first and last dates, each updated from the new sentences alone. The new records are made
    first, then the relation is created with all it keeps or, when the graph has it, written once
    (on FalkorDB each write of a relation or node is a delete and an add in its indexes:
    ``_entity_block``). A relation is found between its two ends, which are looked up by id.
    """
    if rel_type not in RELATION_TYPES:
        raise ValueError(rel_type)
    when = "FOREACH (_ IN CASE WHEN {} THEN [1] ELSE [] END | {}) "
    return (
        f"UNWIND ${param} AS r "
        "MATCH (s:Entity {id: r.source}) MATCH (t:Entity {id: r.target}) "
        f"OPTIONAL MATCH (s)-[old:{rel_type} {{id: r.id}}]->(t) "
        "FOREACH (_ IN CASE WHEN s.linked THEN [] ELSE [1] END | SET s.linked = true) "
        "FOREACH (_ IN CASE WHEN t.linked THEN [] ELSE [1] END | SET t.linked = true) "
        # a row without evidence makes no relation (as the UNWIND over it did before)
        "WITH s, t, old, r.id AS rid, r.props AS props, r.evidence AS evidence, r.probe AS probe "
        "WHERE size(evidence) > 0 "
        # only a sentence of an article the graph held before this write can be there already (``_mark_new``):
        # those are looked up, among their article's records (FalkorDB keeps no index of record ids,
        # graph/ddl.py); the records of an article new to the graph are made without a look into the index
        "UNWIND CASE WHEN size(probe) = 0 THEN [null] ELSE probe END AS p "
        "OPTIONAL MATCH (v:Evidence {article: p.article}) WHERE v.id = p.id "
        "WITH s, t, old, rid, props, evidence, collect(v.id) AS held "
        "WITH s, t, old, rid, props, [e IN evidence WHERE NOT e.id IN held] AS new "
        "FOREACH (e IN new | CREATE (w:Evidence) SET w = e) "
        "WITH s, t, old, rid, props, new, [e IN new WHERE e.date <> '' | e.date] AS ds "
        + when.format("old IS NULL AND size(new) > 0",
                      f"CREATE (s)-[x:{rel_type} {{id: rid}}]->(t) SET x += props, {_evidence_set('x')}")
        + when.format("old IS NULL AND size(new) = 0", f"CREATE (s)-[x:{rel_type} {{id: rid}}]->(t) SET x += props")
        + when.format("old IS NOT NULL AND size(new) > 0", f"SET old += props, {_evidence_set('old')}")
        + when.format("old IS NOT NULL AND size(new) = 0 AND size(keys(props)) > 0", "SET old += props")
        + "RETURN count(*) AS c_" + param
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
    # an article the graph lacks is created with its properties (one index entry on FalkorDB, where MERGE
    # then SET is two, the text indexed twice); one it holds (loaded again unchanged) is written over
    steps.append("UNWIND $articles AS ar OPTIONAL MATCH (old:Article {id: ar.id}) "
                 "FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | CREATE (a:Article) SET a = ar.props) "
                 "FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old = ar.props) "
                 "RETURN count(*) AS c_articles")
    # the batch waits for its post terms and counts to be refreshed (graph/timeline.py); a node of its
    # own, not a mark on the articles: FalkorDB re-indexes an article's whole text when one is set
    params["pending"] = {"id": stable_id(*(d.article.id for d in docs), str(time.time_ns())),
                         "articles": [d.article.id for d in docs]}
    steps.append("CREATE (p:Pending) SET p = $pending RETURN count(*) AS c_pending")
    # every step, empty or not: the statement's text is the same for every batch, so each engine
    # plans it once and answers later batches from its plan cache (graph/steps.py)
    related = {row[end] for items in relation_rows.values() for row in items for end in ("source", "target")}
    for label in ENTITY_LABELS:
        name = f"e_{label}"
        params[name] = _one_row_per_entity(entity_rows[label], related)
        steps.append(_entity_block(label, name))
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
        # the records that may be in the graph already: until the write looks (``_mark_new``), every one
        row["probe"] = [{"id": e["id"], "article": e["article"]} for e in row["evidence"]]
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
        _write(store, batch.steps, batch.params)
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
                _write(store, steps, params)
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


_HELD_ARTICLES = "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id"


def _mark_new(store: Store, params: dict[str, Any]) -> None:
    """Leave out of each relation row's ``probe`` the Evidence records of the articles the graph does not
    hold, so the statement makes them without looking each up in the Evidence index (a lookup in an index of millions of records per
    sentence, on FalkorDB a cost that grows with the graph: issue 22). A record's id is made from its
    article's id, so only an article the graph holds can have records there already; one being replaced
    is held, and its records are looked up as before. Read just before the write, by the one thread that
    writes, so no batch being written meanwhile can add an article."""
    ids = [a["id"] for a in params.get("articles", [])]
    if not ids:
        return
    held = {r["id"] for r in store.read(_HELD_ARTICLES, {"ids": ids})}
    for rel_type in RELATION_TYPES:
        for row in params.get(f"r_{rel_type}", []):
            row["probe"] = [{"id": e["id"], "article": e["article"]} for e in row["evidence"] if e["article"] in held]


def _write(store: Store, steps: list[str], params: dict[str, Any]) -> None:
    """A load statement's steps in one atomic write, its new articles' Evidence records marked first."""
    _mark_new(store, params)
    store.write_steps(steps, params)


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
    _write(store, plan.steps, plan.params)
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
