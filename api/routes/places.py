"""Roll-ups up the place hierarchy: what lies inside a place, and inside each place one level down."""

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse

from ruralkg.api.deps import RunnerDep
from ruralkg.api.errors import NotFound
from ruralkg.api.models import PlaceRollup
from ruralkg.graph.queries import rows_to_csv
from ruralkg.graph.rollup import NotAPlace, place_rollup, rollup_rows

router = APIRouter(prefix="/places", tags=["places"])


@router.get("/{ref}/rollup", response_model=PlaceRollup, responses={200: {"content": {"text/csv": {}}}},
            summary="Totals inside a place (id, name or alias) and inside each place one level down; "
                    "format=csv for a spreadsheet")
def rollup(ref: str, run: RunnerDep, format: str = Query("json", pattern="^(json|csv)$")):
    try:
        result = place_rollup(run, ref)
    except NotAPlace as exc:
        raise NotFound(str(exc)) from exc
    if format == "csv":
        return PlainTextResponse("\ufeff" + rows_to_csv(rollup_rows(result)), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="rollup.csv"'})
    return result
