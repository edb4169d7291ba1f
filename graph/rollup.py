"""Roll-ups up the place hierarchy (``cypher/place_rollup.cypher``) shaped once for the API, the CSV
and the CLI: the place with its path and totals, then each place one level down with the same totals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ruralkg.graph.store import Row

TOTALS = ("villages", "cooperatives", "bodies", "enterprises", "projects", "investments", "amount_yuan",
          "programmes", "posts")


class NotAPlace(LookupError):
    """The entity named is no province, city, county, township or village."""


def place_rollup(run: Callable[..., list[Row]], ref: str) -> dict[str, Any]:
    """``run(query_name, **params)`` runs a saved query; ``ref`` is a place's id, name or alias."""
    rows = run("place_rollup", place=ref)
    if not rows:
        raise NotAPlace(f"{ref!r} is not a place (a province, city, county, township or village)")
    own, children = rows[0], rows[1:]
    found = [r for r in run("entity_lookup", ref=own["id"]) if r["id"] == own["id"]]
    place = {"id": own["id"], "name": own["name"], "type": own["type"], "path": (found[0]["path"] or []) if found else []}
    return {"place": place, "totals": {k: own[k] for k in TOTALS},
            "children": [{"id": c["id"], "name": c["name"], "type": c["type"], **{k: c[k] for k in TOTALS}}
                         for c in children]}


def rollup_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row for the place and one per child: the CSV and the CLI's table."""
    p = result["place"]
    return [{"level": "place", "id": p["id"], "name": p["name"], "type": p["type"], **result["totals"]},
            *({"level": "child", **c} for c in result["children"])]
