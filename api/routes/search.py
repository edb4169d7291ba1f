"""Full-text search over what the articles say (graph/fulltext.py), ranked and paged."""

from fastapi import APIRouter, Query

from ruralkg.api.deps import RunnerDep
from ruralkg.api.models import TextSearchPage
from ruralkg.graph.articles import articles_in_place
from ruralkg.graph.fulltext import page as page_of
from ruralkg.graph.fulltext import search_text
from ruralkg.graph.names import resolve
from ruralkg.graph.queries import check_years

router = APIRouter(prefix="/search", tags=["search"])


@router.get("/text", response_model=TextSearchPage,
            summary="Sentences of the articles that hold every word asked for (Chinese words), best articles first")
def text(run: RunnerDep, q: str = Query(..., min_length=1, max_length=200, description="words, e.g. 集体经济 分红"),
         place: str | None = Query(None, description="only articles about this place (id, name or alias) or "
                                                     "anything inside it"),
         page: int = Query(1, ge=1, le=100_000), size: int = Query(20, ge=1, le=200),
         from_year: int | None = Query(None, description="only articles published in this year or later"),
         to_year: int | None = Query(None, description="only articles published in this year or earlier; "
                                                       "with either, undated articles are left out")) -> TextSearchPage:
    check_years(from_year, to_year, "/search/text")
    articles = articles_in_place(run.store, resolve(run.store, place, "place")) if place else None
    hits = search_text(run.store, q, articles, years=(from_year, to_year))
    return TextSearchPage(q=q, from_year=from_year, to_year=to_year, **page_of(hits, page, size))
