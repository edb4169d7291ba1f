"""Party branches and the bodies they lead."""

from fastapi import APIRouter, Query

from ruralkg.api.deps import RunnerDep
from ruralkg.api.errors import NotFound
from ruralkg.api.models import BranchBodies, EvidenceItem, LedBody
from ruralkg.api.routes.evidence import evidence_items

router = APIRouter(prefix="/branches", tags=["branches"])


@router.get("/{name}/cooperatives", response_model=BranchBodies,
            summary="Which cooperatives (and enterprises, projects) a branch leads, with evidence")
def branch_cooperatives(name: str, run: RunnerDep, skip: int = Query(0, ge=0, le=2**31 - 1),
                        limit: int = Query(100, ge=1, le=1000)) -> BranchBodies:
    rows = run("branch_cooperatives", branch=name, skip=skip, limit=limit)
    if not rows:
        found = run("entity_search", q=name, type="Branch", limit=1)
        if not found or found[0]["rank"] > 1:
            raise NotFound(f"no Party branch named {name!r}; try GET /entities?q={name}&type=Branch")
        return BranchBodies(branch_id=found[0]["id"], branch=found[0]["name"], bodies=[])
    bodies = [
        LedBody(id=r["id"], name=r["name"], type=r["type"], evidence=evidence_items(run, r["evidence"], r["articles"]))
        for r in rows
    ]
    return BranchBodies(branch_id=rows[0]["branch_id"], branch=rows[0]["branch"], bodies=bodies)


__all__ = ["router", "EvidenceItem"]
