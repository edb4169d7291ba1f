"""Facts in time: an entity's timeline and a body's post history (graph/timeline.py dates them)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from ruralkg.api.deps import RunnerDep
from ruralkg.graph.model import FACT_KEYS

router = APIRouter(tags=["time"])
DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class TimelineFact(BaseModel):
    date: str | None = Field(None, description="the publication date of the sentence's article; null: undated")
    type: str
    relation_id: str
    direction: str
    other_id: str
    other_name: str
    other_type: str | None = None
    title: str | None = None
    stated_date: str | None = Field(None, description="the date the sentence itself gives for the fact")
    amount_yuan: float | None = None
    sentence: str
    article_id: str | None = None


class CountValue(BaseModel):
    key: str
    value: float | int
    date: str | None = None
    article_id: str
    article_title: str | None = None
    sentence: str | None = None
    current: bool = False


class Timeline(BaseModel):
    id: str
    name: str
    type: str
    dated: list[TimelineFact] = Field(description="facts by date, oldest first")
    undated: list[TimelineFact] = Field(description="facts stated only by articles without a date")
    counts: list[CountValue] = Field(description="every value an article gave for a counted fact, newest first")


class PostTerm(BaseModel):
    person: str
    person_id: str
    title: str | None = None
    since: str | None = None
    until: str | None = None
    current: bool = False
    undated: bool = False
    former: bool | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    relation_id: str
    evidence: list[str] = []
    evidence_dates: list[str] = []
    articles: list[str] = []


class PostHistory(BaseModel):
    body: str
    as_of: str | None = None
    posts: list[PostTerm]


def _entity(run: RunnerDep, id_or_name: str) -> dict[str, Any]:
    """The entity an id, name or alias names (an ambiguous name answers 409 with its candidates)."""
    return run("entity_detail", id=id_or_name, limit=0, evidence=0)[0]


@router.get("/entities/{entity_id}/timeline", response_model=Timeline,
            summary="An entity's facts by date, each with its sentence; undated facts apart; its counts over time")
def timeline(entity_id: str, run: RunnerDep,
             from_year: int | None = Query(None, ge=1900, le=2100), to_year: int | None = Query(None, ge=1900, le=2100),
             limit: int = Query(500, ge=1, le=1000)) -> Timeline:
    e = _entity(run, entity_id)
    facts = [TimelineFact(**r) for r in run("entity_timeline", id=e["id"], from_year=from_year, to_year=to_year,
                                            limit=limit)]
    counts: list[CountValue] = []
    current_of: dict[str, Any] = e.get("properties") or {}
    for row in run("count_history", id=e["id"]):
        props = json.loads(row["props"] or "{}")
        for key in FACT_KEYS:
            if key in props:
                counts.append(CountValue(key=key, value=props[key], date=row["date"], article_id=row["article_id"],
                                         article_title=row["article_title"], sentence=props.get(f"{key}_evidence")))
    seen: set[str] = set()
    for c in counts:  # newest first: the first value that equals the entity's own is the current one
        if c.key not in seen and current_of.get(c.key) == c.value:
            c.current = True
            seen.add(c.key)
    return Timeline(id=e["id"], name=e["name"], type=e["type"], dated=[f for f in facts if f.date],
                    undated=[f for f in facts if not f.date], counts=counts)


@router.get("/bodies/{body}/posts", response_model=PostHistory,
            summary="Who held which post in a body and when; with as_of, only the posts held on that day")
def posts(body: str, run: RunnerDep,
          as_of: str | None = Query(None, pattern=DAY, description="a day, YYYY-MM-DD"),
          limit: int = Query(200, ge=1, le=1000)) -> PostHistory:
    e = _entity(run, body)
    rows = run("post_holders", body=e["id"], as_of=as_of, limit=limit)
    return PostHistory(body=e["name"], as_of=as_of,
                       posts=[PostTerm(**{**r, "evidence": r["evidence"] or [], "articles": r["articles"] or [],
                                          "evidence_dates": r["evidence_dates"] or []}) for r in rows])
