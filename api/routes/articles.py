"""The ingested articles: a list, and one article with its text, entities and relations."""

from fastapi import APIRouter, Query

from ruralkg.api.deps import RunnerDep
from ruralkg.api.errors import NotFound
from ruralkg.api.models import ArticleDetail, ArticlePage, ArticleSummary

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("", response_model=ArticlePage, summary="The ingested articles, newest first, with entity counts")
def list_articles(run: RunnerDep, q: str | None = Query(None, description="only titles containing this"),
                  skip: int = Query(0, ge=0, le=2**31 - 1), limit: int = Query(100, ge=1, le=1000)) -> ArticlePage:
    rows = run("articles_list", q=q, skip=skip, limit=limit)
    # a full page may have more behind it: only then is the count asked for
    total = skip + len(rows) if len(rows) < limit and (rows or skip == 0) else run("articles_count", q=q)[0]["total"]
    return ArticlePage(q=q, skip=skip, limit=limit, total=total,
                       results=[ArticleSummary(**{**r, "authors": r.get("authors") or []}) for r in rows])


@router.get("/{article_id}", response_model=ArticleDetail, responses={404: {"description": "no such article"}},
            summary="One article: its text, the entities it names, the relations it states with their sentences")
def article(article_id: str, run: RunnerDep) -> ArticleDetail:
    rows = run("article_detail", id=article_id)
    if not rows:
        raise NotFound(f"no ingested article with id {article_id!r}; GET /articles lists them")
    row = rows[0]
    row["entities"] = [e for e in row["entities"] if e and e.get("id")]
    row["authors"] = row.get("authors") or []
    return ArticleDetail(**row)
