"""Comparison tables: townships or counties side by side."""

from fastapi import APIRouter, Query

from ruralkg.api.deps import RunnerDep
from ruralkg.api.errors import NotFound
from ruralkg.api.models import ComparisonTable

router = APIRouter(prefix="/compare", tags=["compare"])


def _table(run: RunnerDep, level: str, names: list[str]) -> ComparisonTable:
    wanted = [n.strip() for item in names for n in item.replace("，", ",").split(",") if n.strip()]
    if len(wanted) < 2:
        from ruralkg.graph.queries import QueryParamError

        raise QueryParamError(f"give at least two {level} names, e.g. ?names=A&names=B")
    rows = run(f"compare_{level}", names=wanted)
    if not rows:
        raise NotFound(f"none of {', '.join(wanted)} is a {level[:-1]} in the graph")
    column = level[:-1]  # "township" / "county": the name column of each row
    found = {r.get(column) for r in rows} | {r.get("id") for r in rows}
    unknown = [n for n in wanted if n not in found]
    return ComparisonTable(level=level, columns=list(rows[0].keys()), rows=rows, unknown=unknown)


@router.get("/townships", response_model=ComparisonTable, summary="Townships side by side")
def townships(run: RunnerDep, names: list[str] = Query(..., description="two or more township names")) -> ComparisonTable:
    return _table(run, "townships", names)


@router.get("/counties", response_model=ComparisonTable, summary="Counties side by side")
def counties(run: RunnerDep, names: list[str] = Query(..., description="two or more county names")) -> ComparisonTable:
    return _table(run, "counties", names)
