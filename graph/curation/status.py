"""Which decisions still apply: a decision whose targets no article of the graph names any more is
reported as stale (kept in the file, never dropped silently)."""

from __future__ import annotations

from ruralkg.graph.curation.apply import curate
from ruralkg.graph.curation.decisions import Decision
from ruralkg.ingest.document import Extraction


def matched(docs: dict[str, Extraction], decisions: list[Decision]) -> dict[str, dict[str, list[str]]]:
    """Decision id → target key → the articles in which it met that target."""
    out: dict[str, dict[str, list[str]]] = {d.id: {} for d in decisions}
    for aid, doc in docs.items():
        for did, keys in curate(doc, decisions).matched.items():
            for key in keys:
                out[did].setdefault(key, []).append(aid)
    return out


def stale_reason(d: Decision, met: dict[str, list[str]]) -> str | None:
    """Why the decision no longer applies, or None when it does."""
    if not d.active:
        return None
    need = 2 if d.kind in ("merge", "distinct") else 1
    if len(met) >= need:
        return None
    gone = [t for t in d.targets if t not in met]
    return "no article in the graph names " + ", ".join(gone)


def report(docs: dict[str, Extraction], decisions: list[Decision]) -> list[dict]:
    """Every decision with the articles it meets and, when it no longer applies, why."""
    met = matched(docs, [d for d in decisions if d.active])
    rows = []
    for d in decisions:
        m = met.get(d.id, {})
        rows.append({**d.as_json(), "active": d.active, "articles": sorted({a for v in m.values() for a in v}),
                     "stale": stale_reason(d, m)})
    return rows
