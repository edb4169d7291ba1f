"""Deciding and undoing: the file changes first, then the articles it touches are loaded again.
One lock per data folder, so two analysts (CLI and API) never interleave their writes."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ruralkg.graph.curation import decisions as files
from ruralkg.graph.curation.decisions import CurationError, Decision, UnknownDecision, active
from ruralkg.graph.curation.rederive import extractions, rederive
from ruralkg.graph.curation.status import report
from ruralkg.graph.store import Store
from ruralkg.settings import Settings


@contextmanager
def _locked(settings: Settings) -> Iterator[None]:
    path = files.path_for(settings.data_dir).with_suffix(".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _outcome(settings: Settings, store: Store, d: Decision, before: list[Decision],
             after: list[Decision]) -> dict[str, Any]:
    done = rederive(settings, store, active(before), active(after))
    docs, _, _ = extractions(settings, store)
    rows = report(docs, after)
    return {"decision": d.as_json(), "rederived": done.articles, "refused": done.refused,
            "without_extraction": done.without_extraction,
            "stale": [{"id": r["id"], "kind": r["kind"], "reason": r["stale"]} for r in rows if r["stale"]]}


def decide(settings: Settings, store: Store, d: Decision) -> dict[str, Any]:
    """Add a decision and re-derive the articles it touches."""
    files.check(d)
    path = files.path_for(settings.data_dir)
    with _locked(settings):
        before = files.load(path)
        if any(x.id == d.id for x in before):
            raise CurationError(f"{path}: a decision with id {d.id!r} is already there")
        after = [*before, d]
        files.save(path, after)
        return _outcome(settings, store, d, before, after)


def undo(settings: Settings, store: Store, decision_id: str, who: str = "") -> dict[str, Any]:
    """Mark a decision undone (it stays in the file as history) and re-derive what it touched."""
    path = files.path_for(settings.data_dir)
    with _locked(settings):
        before = files.load(path)
        found = next((x for x in before if x.id == decision_id), None)
        if found is None:
            raise UnknownDecision(f"{path}: no decision with id {decision_id!r}; `ruralkg curate list` lists them")
        if not found.active:
            raise CurationError(f"{path}: decision {decision_id!r} was already undone at {found.undone_at}")
        after = [Decision(**{**x.__dict__}) for x in before]
        target = next(x for x in after if x.id == decision_id)
        target.undone_at, target.undone_by = files.now(), who
        files.save(path, after)
        return _outcome(settings, store, target, before, after)


def listing(settings: Settings, store: Store) -> list[dict[str, Any]]:
    """Every decision, with the articles it meets and whether it is stale."""
    docs, _, _ = extractions(settings, store)
    return report(docs, files.load(files.path_for(settings.data_dir)))


def stale(settings: Settings, store: Store) -> list[dict[str, Any]]:
    """The active decisions that no longer apply (none to compute when there are no decisions)."""
    if not active(files.load(files.path_for(settings.data_dir))):
        return []
    return [r for r in listing(settings, store) if r["stale"]]
