"""Entity search, detail and the neighbourhood graph."""

from fastapi import APIRouter, Query

from ruralkg.api.deps import RunnerDep
from ruralkg.api.models import EntityDetail, EntityHit, GraphEdge, GraphNode, GraphView, SearchPage
from ruralkg.graph.model import ENTITY_LABELS, HIDDEN_ENTITY_KEYS
from ruralkg.graph.names import resolve

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("", response_model=SearchPage, summary="Find entities by Chinese name, alias or part of a name")
def search(run: RunnerDep, q: str = Query(..., min_length=1, description="a name or part of one"),
           type: str | None = Query(None, description=f"one of {', '.join(ENTITY_LABELS)}"),
           place: str | None = Query(None, description="only entities in this place"),
           skip: int = Query(0, ge=0, le=2**31 - 1), limit: int = Query(20, ge=1, le=1000)) -> SearchPage:
    if type is not None and type not in ENTITY_LABELS:
        from ruralkg.graph.queries import QueryParamError

        raise QueryParamError(f"type must be one of {', '.join(ENTITY_LABELS)}, not {type!r}")
    rows = run("entity_search", q=q.strip(), type=type, place=place, skip=skip, limit=limit)
    # a full page may have more behind it: only then is the count asked for
    total = skip + len(rows) if len(rows) < limit and (rows or skip == 0) else \
        run("entity_search_count", q=q.strip(), type=type, place=place)[0]["total"]
    return SearchPage(q=q, skip=skip, limit=limit, total=total, results=[EntityHit(**r) for r in rows])


def _resolve(run: RunnerDep, id_or_name: str) -> str:
    """The id of the entity an id, name or alias names: unknown → 404, ambiguous → 409 with candidates."""
    return resolve(run.store, id_or_name)


@router.get("/{entity_id}", response_model=EntityDetail, summary="An entity's properties, neighbours and evidence")
def detail(entity_id: str, run: RunnerDep, limit: int = Query(200, ge=1, le=1000),
           evidence: int = Query(5, ge=0, le=100, description="sentences per neighbour")) -> EntityDetail:
    rows = run("entity_detail", id=_resolve(run, entity_id), limit=limit, evidence=evidence)
    row = rows[0]
    row["properties"] = {k: v for k, v in (row.get("properties") or {}).items() if k not in HIDDEN_ENTITY_KEYS}
    row["neighbours"] = [{**n, "properties": {k: v for k, v in n["properties"].items() if v is not None}}
                         for n in row["neighbours"] if n]
    row["articles"] = [a for a in row["articles"] if a and a.get("id")]
    row["aliases"] = row.get("aliases") or []
    row["article_count"] = row["article_count"] if row["articles"] else 0
    row["truncated"] = (len(row["neighbours"]) < row["neighbour_count"] or len(row["articles"]) < row["article_count"]
                        or any(n["properties"].get("evidence_count", 0) > len(n["properties"].get("evidence_sentences", []))
                               for n in row["neighbours"]))
    return EntityDetail(**row)


@router.get("/{entity_id}/graph", response_model=GraphView, summary="Nodes and edges around an entity, for a viewer")
def neighbourhood(entity_id: str, run: RunnerDep, depth: int = Query(1, ge=1, le=3),
                  limit: int = Query(300, ge=1, le=1000, description="paths from the entity"),
                  evidence: int = Query(3, ge=0, le=100, description="sentences per relation"),
                  from_year: int | None = Query(None, description="only relations of this year or later"),
                  to_year: int | None = Query(None, description="only relations of this year or earlier")) -> GraphView:
    return graph_around(run, entity_id, depth, limit, evidence, from_year, to_year)


def graph_around(run: RunnerDep, ref: str, depth: int, limit: int, evidence: int, from_year: int | None = None,
                 to_year: int | None = None) -> GraphView:
    """The neighbourhood of the entity ``ref`` (an id, name or alias) as nodes and edges; in a year range,
    only the paths whose every relation is of it (cypher/neighbourhood.cypher)."""
    root = _resolve(run, ref)
    rows = run("neighbourhood", id=root, depth=depth, limit=limit, evidence=evidence, from_year=from_year,
               to_year=to_year)
    nodes: dict[str, GraphNode] = {}
    edges = []
    detail_row = run("entity_detail", id=root, limit=0, evidence=0)[0]
    nodes[root] = GraphNode(id=root, label=detail_row["name"], type=detail_row["type"])
    for r in rows:
        nodes.setdefault(r["source"], GraphNode(id=r["source"], label=r["source_name"], type=r["source_type"]))
        nodes.setdefault(r["target"], GraphNode(id=r["target"], label=r["target_name"], type=r["target_type"]))
        edges.append(GraphEdge(id=r["relation_id"], source=r["source"], target=r["target"], type=r["type"],
                               evidence=r["evidence"] or [], evidence_count=r["evidence_count"] or 0))
    # the query stops at `limit` paths: at least that many distinct relations may mean more were left out
    truncated = len(edges) >= limit or any(e.evidence_count > len(e.evidence) for e in edges)
    return GraphView(root=root, depth=depth, nodes=list(nodes.values()), edges=edges, truncated=truncated,
                     from_year=from_year, to_year=to_year)
