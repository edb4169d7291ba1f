"""The graph between entities asked for by name: a neighbourhood and the shortest connection.

Both take an id, a name or an alias (``graph/names.py``): an unknown one answers 404, an ambiguous
one 409 with its candidates and their place paths, which the explorer offers as a choice.
"""

from fastapi import APIRouter, Query

from ruralkg.api.deps import RunnerDep
from ruralkg.api.models import GraphEdge, GraphNode, GraphView, ShortestConnection
from ruralkg.api.routes.entities import graph_around

router = APIRouter(tags=["entities"])


@router.get("/neighbourhood", response_model=GraphView, summary="Nodes and edges around an entity named by id, name or alias")
def neighbourhood(run: RunnerDep, ref: str = Query(..., min_length=1, description="an id, a name or an alias"),
                  depth: int = Query(1, ge=1, le=3), limit: int = Query(300, ge=1, le=1000),
                  evidence: int = Query(3, ge=0, le=100)) -> GraphView:
    return graph_around(run, ref, depth, limit, evidence)


@router.get("/shortest", response_model=ShortestConnection,
            summary="The shortest connection (at most 4 hops, not through articles) between two entities")
def shortest(run: RunnerDep, a: str = Query(..., min_length=1, description="an id, a name or an alias"),
             b: str = Query(..., min_length=1, description="an id, a name or an alias")) -> ShortestConnection:
    rows = run("shortest_connection", a=a, b=b)
    if not rows:
        return ShortestConnection(a=a, b=b, hops=None, nodes=[], edges=[])
    r = rows[0]
    nodes = [GraphNode(id=i, label=n, type=t) for i, n, t in zip(r["ids"], r["names"], r["types"], strict=True)]
    edges = [GraphEdge(source=r["ids"][k], target=r["ids"][k + 1], type=rel, evidence=[e] if e else [],
                       evidence_count=1 if e else 0)
             for k, (rel, e) in enumerate(zip(r["relations"], r["evidence"], strict=True))]
    return ShortestConnection(a=r["ids"][0], b=r["ids"][-1], hops=r["hops"], nodes=nodes, edges=edges)
