"""Comparison tables: townships or counties side by side."""

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ruralkg.api.deps import RunnerDep
from ruralkg.api.errors import NotFound
from ruralkg.api.models import ComparisonTable
from ruralkg.graph.articles import article_titles_and_dates
from ruralkg.graph.names import not_compared
from ruralkg.graph.workbook import XLSX_TYPE, cited_articles, rows_to_xlsx

SINGULAR = {"townships": "township", "counties": "county"}

router = APIRouter(prefix="/compare", tags=["compare"])


def _table(run: RunnerDep, level: str, names: list[str], fmt: str = "json", from_year: int | None = None,
           to_year: int | None = None):
    wanted = [n.strip() for item in names for n in item.replace("，", ",").split(",") if n.strip()]
    if len(wanted) < 2:
        from ruralkg.graph.queries import QueryParamError

        raise QueryParamError(f"give at least two {level} names, e.g. ?names=A&names=B")
    rows = run(f"compare_{level}", names=wanted, from_year=from_year, to_year=to_year)
    if not rows:
        raise NotFound(f"none of {', '.join(wanted)} is a {SINGULAR[level]} in the graph")
    unknown = not_compared(f"compare_{level}", wanted, rows)
    if fmt == "xlsx":
        return xlsx_response(run, rows, f"compare_{level}")
    return ComparisonTable(level=level, columns=list(rows[0].keys()), rows=rows, unknown=unknown,
                           from_year=from_year, to_year=to_year)


def xlsx_response(run: RunnerDep, rows: list, name: str) -> Response:
    """An Excel workbook download: the table, then a sheet ``evidence`` (graph/workbook.py)."""
    articles = article_titles_and_dates(run.store, cited_articles(rows))
    return Response(rows_to_xlsx(rows, name, articles=articles), media_type=XLSX_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'})


FROM_YEAR = Query(None, description="only facts of this year or later (the sentence's own year, else its articles')")
TO_YEAR = Query(None, description="only facts of this year or earlier; with either, undated facts are left out")
XLSX = {200: {"content": {XLSX_TYPE: {}}, "description": "JSON, or with format=xlsx an Excel workbook"}}


@router.get("/townships", response_model=ComparisonTable, summary="Townships side by side", responses=XLSX)
def townships(run: RunnerDep, names: list[str] = Query(..., description="two or more township names"),
              format: str = Query("json", pattern="^(json|xlsx)$"),
             from_year: int | None = FROM_YEAR, to_year: int | None = TO_YEAR):
    return _table(run, "townships", names, format, from_year, to_year)


@router.get("/counties", response_model=ComparisonTable, summary="Counties side by side", responses=XLSX)
def counties(run: RunnerDep, names: list[str] = Query(..., description="two or more county names"),
             format: str = Query("json", pattern="^(json|xlsx)$"),
             from_year: int | None = FROM_YEAR, to_year: int | None = TO_YEAR):
    return _table(run, "counties", names, format, from_year, to_year)
