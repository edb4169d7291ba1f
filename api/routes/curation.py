"""Curation over HTTP: proposals, decisions (merge, split, reject, rename, retype, distinct) and undo.

Writes change the decisions file and re-derive the articles they touch (graph/curation/); when
RURALKG_API_KEY is set every request, these included, needs the key (api/guard.py).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ruralkg.api.config import get_settings
from ruralkg.api.deps import StoreDep
from ruralkg.graph.curation import decisions as files
from ruralkg.graph.curation.decisions import KINDS, CurationError, UnknownDecision
from ruralkg.graph.curation.propose import propose
from ruralkg.graph.curation.service import decide, listing, undo

router = APIRouter(prefix="/curation", tags=["curation"])
KEY_BY_ID = "MATCH (n:Entity {id: $id}) RETURN n.key AS key"


class PartIn(BaseModel):
    label: str = Field(min_length=1, max_length=100)
    articles: list[str] = Field(default_factory=list, max_length=1000)
    named: str = Field("", max_length=200)
    name: str = Field("", max_length=200)


class DecisionIn(BaseModel):
    kind: str = Field(description=" | ".join(KINDS))
    targets: list[str] = Field(min_length=1, max_length=100, description="entity keys or node ids; a merge keeps the first")
    name: str = Field("", max_length=200, description="merge: the name to keep; rename: the new name")
    type: str = Field("", max_length=50, description="retype: the new type")
    parts: list[PartIn] = Field(default_factory=list, max_length=50, description="split: the sides")
    who: str = Field("", max_length=200)
    why: str = Field("", max_length=2000)


class UndoIn(BaseModel):
    who: str = Field("", max_length=200)


def _problem(exc: CurationError) -> JSONResponse:
    if isinstance(exc, UnknownDecision):
        return JSONResponse(status_code=404, content={"error": "not_found", "message": str(exc), "detail": None})
    return JSONResponse(status_code=422, content={"error": "bad_decision", "message": str(exc), "detail": None})


@router.get("/proposals", summary="Pairs that may be one entity, the best evidence first (never merged without a decision)")
def proposals(store: StoreDep, limit: int = Query(50, ge=1, le=1000)) -> list[dict[str, Any]]:
    return [p.as_json() for p in propose(store, files.load(files.path_for(get_settings().data_dir)), limit)]


@router.get("/decisions", summary="Every decision, the articles it meets, and whether it no longer applies (stale)")
def decisions(store: StoreDep) -> Any:
    try:
        return listing(get_settings(), store)
    except CurationError as exc:
        return _problem(exc)


@router.post("/decisions", summary="Add a decision; the articles it touches are loaded again")
def add(body: DecisionIn, store: StoreDep) -> Any:
    keys = []
    for t in body.targets:
        rows = [] if "|" in t else store.read(KEY_BY_ID, {"id": t})
        if "|" not in t and not rows:
            return _problem(CurationError(f"{t!r} is neither an entity key (Type|place…|name) nor a node id"))
        keys.append(t if "|" in t else rows[0]["key"])
    try:
        d = files.new(body.kind, keys, who=body.who, why=body.why, name=body.name, type=body.type,
                      parts=[p.model_dump() for p in body.parts])
        return decide(get_settings(), store, d)
    except CurationError as exc:
        return _problem(exc)


@router.post("/decisions/{decision_id}/undo", summary="Undo a decision: what it touched is loaded again as it was")
def undo_decision(decision_id: str, store: StoreDep, body: UndoIn | None = None) -> Any:
    try:
        return undo(get_settings(), store, decision_id, body.who if body else "")
    except CurationError as exc:
        return _problem(exc)
