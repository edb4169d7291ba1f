"""Pydantic response models: what every endpoint returns, as the OpenAPI document shows it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    error: str = Field(description="short machine-readable kind: not_found, bad_parameter, timeout, store_error")
    message: str = Field(description="what went wrong, in words an analyst understands")
    detail: Any | None = None


class Candidate(BaseModel):
    id: str
    name: str
    type: str
    path: list[str] = Field(description="the places it lies in, province first")


class AmbiguousBody(ErrorBody):
    """409: several entities carry the name given; choose one of ``candidates`` and ask again by its id."""
    candidates: list[Candidate]


class Health(BaseModel):
    status: str
    engine: str
    articles: int
    nodes: int
    relations: int


class EvidenceItem(BaseModel):
    sentence: str
    article_id: str | None = None
    article_title: str | None = None
    article_path: str | None = None


class LedBody(BaseModel):
    id: str
    name: str
    type: str
    evidence: list[EvidenceItem]


class BranchBodies(BaseModel):
    branch_id: str
    branch: str
    bodies: list[LedBody]


class EntityHit(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    places: list[str] = []
    articles: int = 0
    rank: int


class SearchPage(BaseModel):
    q: str
    skip: int
    limit: int
    total: int = Field(description="every entity that matches; `results` holds the page from `skip`")
    results: list[EntityHit]


class Neighbour(BaseModel):
    relation_id: str | None = None
    type: str
    direction: str
    id: str
    name: str
    label: str | None = None
    properties: dict[str, Any] = {}


class ArticleRef(BaseModel):
    id: str | None = None
    title: str | None = None
    path: str | None = None


class EntityDetail(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    properties: dict[str, Any]
    neighbours: list[Neighbour]
    articles: list[ArticleRef]
    neighbour_count: int = Field(0, description="all neighbours; `neighbours` holds at most `limit` of them")
    article_count: int = Field(0, description="all articles naming it; `articles` holds at most `limit`")
    truncated: bool = Field(False, description="true when a list here is shorter than its count")


class GraphNode(BaseModel):
    id: str
    label: str
    type: str


class GraphEdge(BaseModel):
    id: str | None = None
    source: str
    target: str
    type: str
    evidence: list[str] = []
    evidence_count: int = Field(0, description="all sentences behind it; GET /relations/{id}/evidence pages them")


class GraphView(BaseModel):
    root: str
    depth: int
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = Field(False, description="true when `limit` paths were reached or evidence was cut")
    from_year: int | None = Field(None, description="the year range asked for (null: from the start)")
    to_year: int | None = Field(None, description="the year range asked for (null: to the end)")


class RelationEvidence(BaseModel):
    relation_id: str
    type: str
    source: str
    target: str
    evidence: list[EvidenceItem]
    evidence_count: int = Field(0, description="all sentences behind the relation")
    skip: int = 0
    limit: int = 200


class QueryParamInfo(BaseModel):
    name: str
    type: str
    required: bool
    default: Any | None = None
    help: str = ""


class QueryInfo(BaseModel):
    name: str
    description_zh: str
    description_en: str
    params: list[QueryParamInfo]
    example: dict[str, Any] = Field(default={}, description="example parameter values for the sample corpus")


class QueryResult(BaseModel):
    name: str
    params: dict[str, Any]
    count: int
    rows: list[dict[str, Any]]


class ComparisonTable(BaseModel):
    level: str
    columns: list[str]
    rows: list[dict[str, Any]]
    unknown: list[str] = Field(default=[], description="names asked for that are not in the graph at this level")
    from_year: int | None = Field(None, description="the year range asked for (null: from the start)")
    to_year: int | None = Field(None, description="the year range asked for (null: to the end)")


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = []
    char_count: int | None = None
    entities: int = 0


class ArticlePage(BaseModel):
    q: str | None = None
    skip: int
    limit: int
    total: int = Field(description="every article that matches; `results` holds the page from `skip`")
    results: list[ArticleSummary]


class ArticleEntity(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str] = []


class ArticleRelation(BaseModel):
    id: str
    type: str
    source: str
    source_name: str
    target: str
    target_name: str
    sentences: list[str]


class ArticleDetail(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = []
    path: str | None = None
    text: str | None = Field(None, description="the normalised text; evidence sentences are substrings of it")
    entities: list[ArticleEntity]
    relations: list[ArticleRelation]


class ShortestConnection(BaseModel):
    a: str = Field(description="the first entity's id (the name given when nothing connects them)")
    b: str
    hops: int | None = Field(None, description="null when they are not connected within 4 hops")
    nodes: list[GraphNode] = Field(description="in path order, a first")
    edges: list[GraphEdge] = Field(description="hop by hop; source and target in path order, not the relation's direction")


class PlaceTotals(BaseModel):
    villages: int = 0
    cooperatives: int = 0
    bodies: int = Field(0, description="branches, cooperatives, enterprises, organizations and projects")
    enterprises: int = 0
    projects: int = 0
    investments: int = Field(0, description="investments into the place or anything inside it")
    amount_yuan: int = Field(0, description="their stated amounts, in yuan")
    programmes: int = Field(0, description="distinct programmes the place or anything inside it implements")
    posts: int = Field(0, description="posts held at the place or at a body inside it")


class PlaceRef(BaseModel):
    id: str
    name: str
    type: str
    path: list[str] = Field([], description="the places it lies in, province first")


class PlaceChild(PlaceTotals):
    id: str
    name: str
    type: str


class PlaceRollup(BaseModel):
    place: PlaceRef
    totals: PlaceTotals
    children: list[PlaceChild] = Field(description="the places directly inside it, with the same totals")


class TextHit(BaseModel):
    article_id: str
    title: str | None = None
    published: str | None = None
    sentence: str
    marks: list[list[int]] = Field(description="[start, end) character offsets of the words found in `sentence`")
    score: float = Field(description="the engine's full-text score of the article")


class TextSearchPage(BaseModel):
    q: str
    total: int = Field(description="every matching sentence; `hits` holds one page of them")
    page: int
    size: int
    hits: list[TextHit]
    from_year: int | None = Field(None, description="the year range asked for (null: from the start)")
    to_year: int | None = Field(None, description="the year range asked for (null: to the end)")
