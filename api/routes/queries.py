"""The saved queries of cypher/, listed and run with validated parameters; JSON or CSV."""

from typing import Any

from fastapi import APIRouter, Body, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse

from ruralkg.api.deps import QueriesDep, RunnerDep, StoreDep
from ruralkg.api.errors import NotFound
from ruralkg.api.models import ErrorBody, QueryInfo, QueryParamInfo, QueryResult
from ruralkg.api.routes.compare import xlsx_response
from ruralkg.graph.queries import example_params, rows_to_csv
from ruralkg.graph.workbook import XLSX_TYPE

router = APIRouter(prefix="/queries", tags=["queries"])


@router.get("", response_model=list[QueryInfo], summary="Every saved query: name, description, parameters")
def list_queries(queries: QueriesDep, store: StoreDep) -> list[QueryInfo]:
    return [
        QueryInfo(name=q.name, description_zh=q.description_zh, description_en=q.description_en,
                  params=[QueryParamInfo(name=p.name, type=p.type, required=p.required, default=p.default, help=p.help)
                          for p in q.params],
                  example=example_params(store, q))
        for q in queries.values()
    ]


def _run(name: str, params: dict[str, Any], queries: QueriesDep, run: RunnerDep, fmt: str):
    if name not in queries:
        raise NotFound(f"no saved query named {name!r}; GET /queries lists them")
    rows = run(name, **params)
    if fmt == "csv":
        return PlainTextResponse("\ufeff" + rows_to_csv(rows), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    if fmt == "xlsx":
        return xlsx_response(run, rows, name)
    return QueryResult(name=name, params=params, count=len(rows), rows=rows)


@router.get("/{name}", response_model=QueryResult,
            summary="Run a saved query; parameters as query-string values (lists comma-separated)",
            responses={200: {"content": {"text/csv": {}, XLSX_TYPE: {}}}})
def run_get(name: str, request: Request, queries: QueriesDep, run: RunnerDep,
            format: str = Query("json", pattern="^(json|csv|xlsx)$")):
    params: dict[str, Any] = {}
    for k, v in request.query_params.multi_items():  # ?names=A&names=B keeps both
        if k != "format":
            params[k] = [*(params[k] if isinstance(params[k], list) else [params[k]]), v] if k in params else v
    return _run(name, params, queries, run, format)


@router.post("/{name}", response_model=QueryResult, summary="Run a saved query with a JSON body of parameters",
             responses={200: {"content": {"text/csv": {}, XLSX_TYPE: {}}}, 415: {"model": ErrorBody}})
def run_post(name: str, queries: QueriesDep, run: RunnerDep, request: Request,
             params: dict[str, Any] = Body(default_factory=dict),
             format: str = Query("json", pattern="^(json|csv|xlsx)$")):
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if not isinstance(params, dict) or content_type not in ("application/json", ""):
        raise HTTPException(415, "send the parameters as a JSON object with Content-Type: application/json")
    return _run(name, params, queries, run, format)
