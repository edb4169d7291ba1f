"""Facts in time: the date a sentence gives for a fact, who held a post when, and which count is current.

Every relation's Evidence records carry their articles' publication dates, and the relation keeps
``first_seen`` / ``last_seen`` (the loader keeps them). This module adds what needs more than one relation:

* **Posts.** A HOLDS_POST relation gets its terms as three parallel lists, ``term_titles``,
  ``term_starts`` and ``term_ends`` (ISO dates, partial when a sentence gives only a year; ``''`` for
  an open end or an unknown start; lists because Neo4j stores no null inside a list). A term starts at
  its first dated statement, or at the start the sentence gives (``2019年起担任``); a later-dated
  article naming another holder of the same sole title (书记, 主任, 镇长 …) in the same body closes it
  at that date, and the older post stays. A post named as past (原书记, 前任主任) ends at its article's
  date. The same person named again after another holder opens a second term. Undated articles never
  move a term: a post stated only by undated articles has no term at all. The body keeps the latest
  date its terms reflect (``posts_through``): articles loaded in date order go on from the kept terms
  (``fold_posts``), and only an article older than that makes the body's statements be read again.
* **Counts.** A counted fact (``population``, ``cooperative_count`` …) is the value of the newest
  *published* article that states it, not the last loaded one; every article's value stays on its
  MENTIONS edge (``m.props``), which is the history. The entity keeps, for each counted key, the
  article its value came from (``counts_from``, JSON ``{key: [published, article, value]}``), so a
  load folds only its own articles' statements into it (``fold_counts``): the cost of one more
  article does not grow with how many articles already state the fact.

``refresh`` recomputes both for the bodies and entities a load or a removal touched; the loader and
``graph/retract.py`` call it after their statement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ruralkg.graph.model import FACT_KEYS
from ruralkg.graph.store import Store
from ruralkg.ingest.dates import former_post, since_date, stated_date

# titles one person holds at a time in one body: a new holder closes the old one's term
SOLE_TITLES = frozenset({
    "书记", "第一书记", "主任", "村主任", "村委会主任", "村支书", "镇长", "乡长", "县长", "区长", "市长", "队长",
    "组长", "站长", "所长", "主席", "局长", "部长", "理事长", "董事长", "总经理", "社长", "会长", "厂长", "场长",
})
_SAME_POST = {"村主任": "主任", "村委会主任": "主任", "村支书": "书记"}
FACT_PROPS = tuple(FACT_KEYS) + tuple(f"{k}_evidence" for k in FACT_KEYS)


def fact_dates(rel_type: str, props: dict[str, Any], sentences: list[str], person: str | None) -> dict[str, Any]:
    """The dates the sentences give for one relation, as extra properties (``since`` and ``former`` for
    a post, ``date`` for the rest); a value the extraction already carries is kept."""
    out: dict[str, Any] = {}
    text = "".join(sentences)
    if rel_type == "HOLDS_POST":
        title = props.get("title")
        since = props.get("since") or since_date(text, title)
        if since:
            out["since"] = since
        if props.get("former") or former_post(text, title, person):
            out["former"] = True
    elif rel_type != "LOCATED_IN":
        cue = None
        if rel_type == "INVESTS_IN" and "万元" in text:
            cue = "万元"
        found = props.get("date") or stated_date(text, cue)
        if found:
            out["date"] = found
    return out


@dataclass
class Statement:
    """One article's statement of one post."""

    relation: str
    title: str
    date: str  # the article's publication date
    since: str | None = None
    former: bool = False


Terms = dict[str, list[tuple[str, str, str]]]  # relation id -> its terms (title, start, end)


def post_terms(statements: Iterable[Statement], kept: Terms | None = None) -> Terms:
    """Relation id → its terms (title, start, end) from the dated statements about one body.

    ``kept``: the terms the body's earlier statements gave; the statements given are then all dated
    after those, and go on from where they ended (a load in date order reads only its own)."""
    terms: dict[str, list[list[str]]] = {rid: [list(t) for t in ts] for rid, ts in (kept or {}).items()}
    by_title: dict[str, list[Statement]] = {}
    for st in statements:
        if st.date:
            by_title.setdefault(_SAME_POST.get(st.title, st.title), []).append(st)
    for title, items in by_title.items():
        items.sort(key=lambda s: (s.date, s.former))
        if title in SOLE_TITLES:
            # the one holder whose term of this title is still open, if any (a sole title has at most one)
            current = next((rid for rid, ts in terms.items() for t in ts if t[0] == title and not t[2]), None)
            _sole(title, items, terms, current)
        else:
            _shared(title, items, terms)
    return {rid: [(t[0], t[1], t[2]) for t in ts] for rid, ts in terms.items()}


def _sole(title: str, items: list[Statement], terms: dict[str, list[list[str]]], current: str | None = None) -> None:
    for st in items:
        mine = [t for t in terms.get(st.relation, []) if t[0] == title]
        if st.former:
            if current == st.relation:
                mine[-1][2] = st.date
                current = None
            elif not mine:
                terms.setdefault(st.relation, []).append([title, st.since or "", st.date])
            continue
        if current == st.relation:
            continue  # named again: the same term goes on
        start = st.since if st.since and st.since <= st.date else st.date
        if current is not None:
            last = [t for t in terms[current] if t[0] == title][-1]
            if start <= last[1]:
                start = st.date  # a start before the holder it replaces began: trust the article's date
            last[2] = start
        if mine and mine[-1][2]:
            start = max(start, mine[-1][2])
        terms.setdefault(st.relation, []).append([title, start, ""])
        current = st.relation


def _shared(title: str, items: list[Statement], terms: dict[str, list[list[str]]]) -> None:
    """Titles several people hold at once (委员, 副书记): a term per relation, ended only by 原/前任."""
    for st in items:
        mine = [t for t in terms.get(st.relation, []) if t[0] == title]
        if st.former:
            if mine and not mine[-1][2]:
                mine[-1][2] = st.date
            elif not mine:
                terms.setdefault(st.relation, []).append([title, st.since or "", st.date])
            continue
        start = st.since if st.since and st.since <= st.date else st.date
        if not mine or mine[-1][2]:
            terms.setdefault(st.relation, []).append([title, start, ""])


# each post with the date and the properties of every statement of it (its Evidence records), in load order
_POSTS_OF = (
    "MATCH (b:Entity) WHERE b.id IN $ids MATCH (p:Entity)-[x:HOLDS_POST]->(b) "
    "WITH b, p, x, x.id AS rid OPTIONAL MATCH (v:Evidence {rel: rid}) WHERE v.date <> '' "  # projected: indexed
    "WITH b, p, x, v ORDER BY v.seq, v.pos "
    "RETURN b.id AS body, b.posts_through AS through, p.id AS person, x.id AS id, x.title AS title, "
    "x.term_titles AS titles, x.term_starts AS starts, x.term_ends AS ends, collect([v.date, v.props]) AS statements"
)
_SET_TERMS = (
    "UNWIND $rows AS r MATCH (p:Entity {id: r.person}) MATCH (b:Entity {id: r.body}) "
    "MATCH (p)-[x:HOLDS_POST {id: r.id}]->(b) "
    "SET x.term_titles = r.titles, x.term_starts = r.starts, x.term_ends = r.ends RETURN count(*) AS c"
)
# the latest statement date whose terms a body's posts carry: a load dated after it goes on from them
_SET_THROUGH = "UNWIND $rows AS r MATCH (b:Entity {id: r.id}) SET b.posts_through = r.day RETURN count(*) AS c"
# the post statements these articles make (their Evidence records, indexed by article)
_NEW_STATEMENTS = (
    "MATCH (v:Evidence) WHERE v.article IN $ids AND v.type = 'HOLDS_POST' "
    "RETURN v.rel AS id, v.target AS body, v.date AS date, v.props AS props ORDER BY v.seq, v.pos"
)
# the latest statement date each of these bodies' terms reflect
_THROUGH = "MATCH (b:Entity) WHERE b.id IN $ids RETURN b.id AS body, b.posts_through AS through"
# each post of these bodies with the terms it carries
_KEPT_TERMS = (
    "MATCH (b:Entity) WHERE b.id IN $ids MATCH (p:Entity)-[x:HOLDS_POST]->(b) "
    "RETURN b.id AS body, b.posts_through AS through, p.id AS person, x.id AS id, x.title AS title, "
    "x.term_titles AS titles, x.term_starts AS starts, x.term_ends AS ends"
)
_MENTIONS_OF = (  # only the mentions that state a counted fact: one of its keys is in their props (JSON)
    "MATCH (n:Entity) WHERE n.id IN $ids MATCH (a:Article)-[m:MENTIONS]->(n) "
    "WHERE any(k IN $keys WHERE m.props CONTAINS k) "
    "RETURN n.id AS id, a.id AS article, a.published AS published, a.seq AS seq, m.props AS props"
)
# the counted facts these articles state, and what each entity keeps of its current values
_NEW_MENTIONS = (
    "MATCH (a:Article) WHERE a.id IN $ids MATCH (a)-[m:MENTIONS]->(n:Entity) "
    "WHERE any(k IN $keys WHERE m.props CONTAINS k) "
    "RETURN n.id AS id, n.article_count AS articles, n.counts_from AS kept, a.id AS article, "
    "a.published AS published, a.seq AS seq, m.props AS props"
)
_SET_FACTS = ("UNWIND $rows AS r MATCH (n:Entity {id: r.id}) SET n += r.props, n.counts_from = r.kept "
              "RETURN count(*) AS c")
_TOUCHED = (
    "MATCH (a:Article) WHERE a.id IN $ids MATCH (a)-[:MENTIONS]->(n:Entity) "
    "OPTIONAL MATCH (:Entity)-[x:HOLDS_POST]->(n) "
    "RETURN DISTINCT n.id AS id, count(x) > 0 AS body"
)


def touched_in_graph(store: Store, article_ids: list[str]) -> tuple[set[str], set[str]]:
    """(bodies with posts, entities) that these articles, as the graph holds them, mention."""
    if not article_ids:
        return set(), set()
    rows = store.read(_TOUCHED, {"ids": list(article_ids)})
    return {r["id"] for r in rows if r["body"]}, {r["id"] for r in rows}


@dataclass
class PendingRefresh:
    """Bodies and entities whose post terms and current counts loads have made stale. An ingest run
    refreshes them once for many batches (``graph/ingest_job.py``), so a body stated by thousands of
    articles has its statements read once per run rather than once per batch.

    The load statement of each batch creates a ``Pending`` node naming its articles, and the refresh
    deletes it: a run stopped before that (the store gone, the process killed) leaves the node, and
    the next run refreshes those articles first (``refresh_left_over``)."""

    bodies: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)  # counts recomputed from every mention
    batches: set[str] = field(default_factory=set)  # ids of their Pending nodes
    articles: set[str] = field(default_factory=set)  # their counted facts folded into the kept ones

    def add(self, bodies: Iterable[str], entities: Iterable[str], batches: Iterable[str],
            articles: Iterable[str] = ()) -> None:
        self.bodies.update(bodies)
        self.entities.update(entities)
        self.batches.update(batches)
        self.articles.update(articles)

    def flush(self, store: Store) -> None:
        if self.bodies or self.entities:
            refresh(store, self.bodies, self.entities)
        if self.articles:
            fold_posts(store, self.articles, done=self.bodies)
            fold_counts(store, self.articles, done=self.entities)
        if self.batches:
            store.write(_DONE, {"ids": sorted(self.batches)})
        self.bodies, self.entities, self.batches, self.articles = set(), set(), set(), set()


_DONE = "UNWIND $ids AS pid MATCH (p:Pending {id: pid}) DELETE p RETURN count(*) AS c"
_LEFT_OVER = "MATCH (p:Pending) RETURN p.id AS id, p.articles AS articles"


def refresh_left_over(store: Store) -> int:
    """Refresh what the batches of a run that stopped early still wait for; how many articles they had."""
    rows = store.read(_LEFT_OVER, timeout_ms=120_000)
    articles = sorted({a for r in rows for a in r["articles"] or []})
    if rows:
        bodies, entities = touched_in_graph(store, articles)
        PendingRefresh(bodies, entities, {r["id"] for r in rows}).flush(store)
    return len(articles)


def refresh(store: Store, bodies: Iterable[str], entities: Iterable[str]) -> None:
    """Recompute the post terms of these bodies and the current counts of these entities."""
    body_ids = sorted(set(bodies))
    if body_ids:
        refresh_posts(store, body_ids)
    entity_ids = sorted(set(entities))
    if entity_ids:
        refresh_counts(store, entity_ids)


def _statement(relation: str, title: str | None, day: str | None, raw: str | None) -> Statement:
    p = json.loads(raw) if raw else {}
    return Statement(relation, p.get("title") or title or "", day or "", p.get("since"), bool(p.get("former")))


def fold_posts(store: Store, article_ids: Iterable[str], done: Iterable[str] = ()) -> None:
    """Date the posts that newly loaded articles state. A body whose new statements are all dated after
    the ones its terms already reflect (``posts_through``) goes on from its kept terms, reading only the
    new statements and its posts; any other (an article older than the latest, a body never dated, a
    graph loaded before ``posts_through``) has its terms computed from all its statements. ``done``:
    bodies this refresh computed already."""
    skip = set(done)
    new: dict[str, list[dict[str, Any]]] = {}
    for row in store.read(_NEW_STATEMENTS, {"ids": sorted(article_ids)}):
        if row["body"] not in skip:
            new.setdefault(row["body"], []).append(row)
    if not new:
        return
    # a body whose new statements go on from its kept terms has those read; any other has every statement read
    last = {r["body"]: r["through"] for r in store.read(_THROUGH, {"ids": sorted(new)})}
    full, folded = [], []
    for body, statements in new.items():
        dated = [s["date"] for s in statements if s["date"]]  # an undated statement moves no term
        if last.get(body) is None or (dated and min(dated) <= last[body]):
            full.append(body)
        else:
            folded.append(body)
    posts: dict[str, list[dict[str, Any]]] = {}
    for row in store.read(_KEPT_TERMS, {"ids": folded}) if folded else []:
        posts.setdefault(row["body"], []).append(row)
    out, through = [], []
    for body in folded:
        statements, rows = new[body], posts.get(body, [])
        if not rows:
            full.append(body)
            continue
        dated = [s for s in statements if s["date"]]
        kept = {r["id"]: _kept(r) or [] for r in rows}
        title = {r["id"]: r["title"] for r in rows}
        terms = post_terms([_statement(s["id"], title.get(s["id"]), s["date"], s["props"]) for s in dated], kept)
        # a post new to the body gets its (maybe empty) terms as a full computation gives them
        out.extend(_term_row(r, terms.get(r["id"], [])) for r in rows
                   if r["titles"] is None or terms.get(r["id"], []) != kept[r["id"]])
        if dated:
            through.append({"id": body, "day": max(s["date"] for s in dated)})
    if full:
        refresh_posts(store, sorted(full))
    if out:
        store.write(_SET_TERMS, {"rows": out})
    if through:
        store.write(_SET_THROUGH, {"rows": through})


def _term_row(row: dict[str, Any], terms: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": row["id"], "person": row["person"], "body": row["body"], "titles": [t[0] for t in terms],
            "starts": [t[1] for t in terms], "ends": [t[2] for t in terms]}


def refresh_posts(store: Store, body_ids: list[str]) -> None:
    """The terms of these bodies' posts from every statement of them."""
    rows = store.read(_POSTS_OF, {"ids": body_ids})
    by_body: dict[str, list[Statement]] = {body: [] for body in body_ids}
    for row in rows:
        stated = by_body.setdefault(row["body"], [])
        for day, raw in row["statements"] or []:
            if day is None and raw is None:
                continue  # a post with no evidence record (OPTIONAL MATCH found none)
            stated.append(_statement(row["id"], row["title"], day, raw))
    terms: Terms = {}
    for statements in by_body.values():
        terms.update(post_terms(statements))
    # only the posts whose terms change are written, and only the bodies whose latest date does
    out = [_term_row(row, terms.get(row["id"], [])) for row in rows
           if row["titles"] is None or terms.get(row["id"], []) != _kept(row)]
    if out:
        store.write(_SET_TERMS, {"rows": out})
    was = {row["body"]: row["through"] for row in rows}
    # '' for a body with no dated statement: its first dated one goes on from nothing
    days = [{"id": body, "day": max((s.date for s in statements if s.date), default="")}
            for body, statements in by_body.items()]
    changed = [d for d in days if d["id"] not in was or was[d["id"]] != d["day"]]
    if changed:
        store.write(_SET_THROUGH, {"rows": changed})


def _kept(row: dict[str, Any]) -> list[tuple[str, str, str]] | None:
    """The terms a post carries, as ``post_terms`` gives them; None for lists of uneven length, which
    equal no computed terms and so are written again."""
    lists = (row["titles"] or [], row["starts"] or [], row["ends"] or [])
    if len({len(x) for x in lists}) > 1:
        return None
    return list(zip(*lists, strict=True))


def current_counts(mentions: list[tuple[str | None, Any, str | None]]) -> dict[str, Any]:
    """Each counted fact from the newest-published article that states it (undated ones count as the
    oldest; among equals, the last loaded); ``mentions`` are (published, seq, props JSON)."""
    return {k: won[2] for k, won in fold(None, [(pub, seq, "", raw) for pub, seq, raw in mentions]).items()}


Kept = dict[str, list[Any]]  # counted key -> [published, article id, value] of the article it came from


def fold(kept: Kept | None, mentions: Iterable[tuple[str | None, Any, str, str | None]]) -> Kept:
    """Kept values with these mentions (published, seq, article id, props JSON) folded in: a mention
    wins a key when it was published no earlier than the value it meets, so among equal dates the last
    loaded wins; every mention given must be newer in load order than those ``kept`` came from."""
    out: Kept = dict(kept or {})
    for pub, _seq, article, raw in sorted(mentions, key=lambda m: m[1] or 0):
        for key, value in (json.loads(raw) if raw else {}).items():
            if key in FACT_PROPS and (key not in out or (pub or "") >= out[key][0]):
                out[key] = [pub or "", article, value]
    return out


def _count_keys() -> list[str]:
    return [json.dumps(k) + ":" for k in FACT_KEYS]  # as the loader writes them: "population": 900


def _write_counts(store: Store, kept: dict[str, Kept]) -> None:
    # an entity no article gives a count keeps nothing: its next count is folded from a recount
    rows = [{"id": eid, "props": {k: won[2] for k, won in values.items()},
             "kept": json.dumps(values, ensure_ascii=False, sort_keys=True) if values else None}
            for eid, values in kept.items()]
    if rows:
        store.write(_SET_FACTS, {"rows": rows})


def refresh_counts(store: Store, entity_ids: list[str]) -> None:
    """The current counts of these entities from every article that states them."""
    by_entity: dict[str, list[tuple[str | None, Any, str, str | None]]] = {eid: [] for eid in entity_ids}
    for row in store.read(_MENTIONS_OF, {"ids": entity_ids, "keys": _count_keys()}):
        by_entity[row["id"]].append((row["published"], row["seq"], row["article"], row["props"]))
    _write_counts(store, {eid: fold(None, ms) for eid, ms in by_entity.items()})


def fold_counts(store: Store, article_ids: Iterable[str], done: Iterable[str] = ()) -> None:
    """Fold the counted facts of newly loaded articles into what their entities keep, reading only
    these articles' mentions. An entity that keeps nothing yet but is mentioned by other articles (a
    graph loaded before ``counts_from``, or one a retraction rewrote) is recomputed from all of them;
    ``done``: entities this refresh recomputed already."""
    skip = set(done)
    new: dict[str, list[dict[str, Any]]] = {}
    for row in store.read(_NEW_MENTIONS, {"ids": sorted(article_ids), "keys": _count_keys()}):
        if row["id"] not in skip:
            new.setdefault(row["id"], []).append(row)
    full = sorted(eid for eid, ms in new.items() if ms[0]["kept"] is None and (ms[0]["articles"] or 0) > len(ms))
    if full:
        refresh_counts(store, full)
    _write_counts(store, {eid: fold(json.loads(ms[0]["kept"]) if ms[0]["kept"] else None,
                                    [(m["published"], m["seq"], m["article"], m["props"]) for m in ms])
                          for eid, ms in new.items() if eid not in full})
