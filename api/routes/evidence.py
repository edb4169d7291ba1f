"""Relations and the sentences behind them."""

from fastapi import APIRouter, Query

from ruralkg.api.deps import RunnerDep
from ruralkg.api.errors import NotFound
from ruralkg.api.models import EvidenceItem, RelationEvidence

router = APIRouter(prefix="/relations", tags=["relations"])


def evidence_items(run: RunnerDep, sentences: list[str] | None, articles: list[str] | None) -> list[EvidenceItem]:
    """Pair each sentence with its article's title and path."""
    items = []
    titles: dict[str, dict] = {}
    for sentence, article in zip(sentences or [], articles or [], strict=False):
        if article not in titles:
            rows = run("article_by_id", id=article)
            titles[article] = rows[0] if rows else {}
        meta = titles[article]
        items.append(EvidenceItem(sentence=sentence, article_id=article, article_title=meta.get("title"),
                                  article_path=meta.get("path")))
    return items


@router.get("/{relation_id}/evidence", response_model=RelationEvidence,
            summary="Every sentence behind one relation, with its article")
def relation_evidence(relation_id: str, run: RunnerDep, skip: int = Query(0, ge=0, le=2**31 - 1),
                      limit: int = Query(200, ge=1, le=1000)) -> RelationEvidence:
    rows = run("relation_evidence", id=relation_id, skip=skip, limit=limit)
    if not rows and skip:
        rows = run("relation_evidence", id=relation_id, skip=0, limit=1)
        if rows:  # the relation exists; this page is past its last sentence
            first = rows[0]
            return RelationEvidence(relation_id=relation_id, type=first["type"], source=first["source"],
                                    target=first["target"], evidence=[], evidence_count=first["evidence_count"],
                                    skip=skip, limit=limit)
    if not rows:
        raise NotFound(f"no relation with id {relation_id!r}")
    first = rows[0]
    return RelationEvidence(
        relation_id=relation_id, type=first["type"], source=first["source"], target=first["target"],
        evidence_count=first["evidence_count"], skip=skip, limit=limit,
        evidence=[EvidenceItem(sentence=r["sentence"], article_id=r["article_id"], article_title=r["article_title"],
                               article_path=r["article_path"]) for r in rows],
    )
