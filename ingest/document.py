"""The extraction output format (../shared/SCHEMA.md) as validated models.

Everything ``ruralkg extract`` writes and everything the loader accepts passes through these.
Additions to the shared format, ignored by the scorer: ``key`` on an entity (its identity
across articles, e.g. the place path) and ``facts`` (numbers with the sentence they came from).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator

from ruralkg.graph.model import ENTITY_LABELS, RELATION_ENDS, RELATION_TYPES


def _one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return value


class Evidence(BaseModel):
    sentence: str = Field(min_length=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)


class Fact(BaseModel):
    key: str
    value: float | int
    sentence: str
    approximate: bool = False


class ArticleMeta(BaseModel):
    id: str = Field(min_length=1)
    title: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    authors: list[str] = Field(default_factory=list)
    source: str | None = None
    path: str | None = None  # its identity: the folder's name and the file's (``corpus/a.txt``), or its address
    url: str | None = None  # the address the page gives as its own (a saved web page's canonical link)
    char_count: int | None = None
    content_hash: str | None = None  # of the text as read: decides whether a re-ingested article changed
    minhash: list[int] | None = None  # of the text as read: finds its reprints (ingest/reprints.py)
    text: str | None = None  # the normalised text: every evidence sentence is a substring (the explorer shows it)
    # the text cut into words for FalkorDB's full-text index (ingest/search_text.py), when a worker cut it;
    # never part of the extraction output
    search_words: str | None = Field(default=None, exclude=True)


class Entity(BaseModel):
    id: str = Field(min_length=1)
    type: str
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)
    key: str | None = None
    mentions: int = Field(default=1, ge=1)
    facts: list[Fact] = Field(default_factory=list)

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        return _one_of(value, ENTITY_LABELS, "entity type")


class Relation(BaseModel):
    type: str
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(min_length=1)

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        return _one_of(value, RELATION_TYPES, "relation type")


class Extraction(BaseModel):
    article: ArticleMeta
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _relations_fit_the_model(self) -> Extraction:
        by_id = {e.id: e for e in self.entities}
        if len(by_id) != len(self.entities):
            raise ValueError("two entities share one id")
        for rel in self.relations:
            for end in (rel.source, rel.target):
                if end not in by_id:
                    raise ValueError(f"{rel.type} refers to entity {end!r}, which is not in the article")
            sources, targets = RELATION_ENDS[rel.type]
            s, t = by_id[rel.source].type, by_id[rel.target].type
            if s not in sources or t not in targets:
                raise ValueError(f"{rel.type} cannot go from {s} to {t}")
            if rel.type == "INVESTS_IN" and "amount_yuan" in rel.properties:
                if not isinstance(rel.properties["amount_yuan"], int | float):
                    raise ValueError("amount_yuan must be a number of yuan")
        return self
