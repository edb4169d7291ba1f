"""Counts and paging in every search (issue 23, item 3): the entity search's `total` on both engines, the
explorer's pager over it in Chromium, and the text search from the command line."""

from __future__ import annotations

import json

from tests import test_explorer
from tests.conftest import ROOT, cli
from tests.test_explorer import _open

page = test_explorer.page  # the fixture: a fresh page that fails on console errors


def test_the_count_query_matches_what_the_search_matches():
    def match_block(name: str) -> str:
        text = (ROOT / "cypher" / f"{name}.cypher").read_text()
        return text[text.index("CALL {"):text.index("\n}\n") + 3]

    assert match_block("entity_search") == match_block("entity_search_count")


def test_entity_search_total_is_every_match_and_pages_cover_them_once(api):
    everything = api.get("/entities", params={"q": "村", "limit": 1000}).json()
    total = everything["total"]
    assert total == len(everything["results"]) > 40
    seen = []
    for skip in range(0, total + 20, 20):
        page_ = api.get("/entities", params={"q": "村", "skip": skip, "limit": 20}).json()
        assert page_["total"] == total, skip  # every page tells the whole count, full or not
        seen += [r["id"] for r in page_["results"]]
    assert seen == [r["id"] for r in everything["results"]]  # a stable order: no entity twice, none missed
    typed = api.get("/entities", params={"q": "村", "type": "Village", "limit": 5}).json()
    assert typed["total"] == sum(r["type"] == "Village" for r in everything["results"])
    assert api.get("/entities", params={"q": "没有这样的名字"}).json()["total"] == 0


def test_the_explorer_search_shows_the_count_and_pages_through_it(page, falkor_api):
    total = falkor_api.get("/entities", params={"q": "村", "limit": 1}).json()["total"]
    assert total > 50
    _open(page, "#/search")
    page.fill("#q", "村")
    page.wait_for_selector("#search-next")
    assert f"{total:,}" in page.inner_text("#search-count") and "1–50" in page.inner_text("#search-count")
    first = page.locator("#results li").first.get_attribute("data-id")
    page.click("#search-next")
    page.wait_for_selector("#search-prev")
    assert "51–" in page.inner_text("#search-count")
    assert page.locator("#results li").first.get_attribute("data-id") != first
    page.click("#search-prev")
    page.wait_for_function("() => !document.querySelector('#search-prev')")
    assert page.locator("#results li").first.get_attribute("data-id") == first


def test_text_search_from_the_command_line(ingested):
    out = json.loads(cli(ingested, "search", "集体经济", "--format", "json", "--size", "5").stdout)
    assert out["total"] > 5 and len(out["hits"]) == 5
    assert all("集体经济" in h["sentence"] for h in out["hits"])
    shown = cli(ingested, "search", "集体经济")
    assert f"{out['total']:,} sentences" in shown.stderr  # the count beside the table, the table on stdout
    assert out["hits"][0]["article_id"] in shown.stdout
    csv_lines = cli(ingested, "search", "集体经济", "--format", "csv").stdout.lstrip("\ufeff").splitlines()
    assert csv_lines[0] == "article_id,title,published,sentence" and len(csv_lines) == 21
    none = json.loads(cli(ingested, "search", "集体经济", "--from-year", "2099", "--format", "json").stdout)
    assert none["total"] == 0
    bad = cli(ingested, "search", "集体经济", "--from-year", "2024", "--to-year", "2020", check=False)
    assert bad.returncode == 2 and "after" in bad.stdout + bad.stderr


def test_the_article_list_counts_every_article_and_pages_through_them(api):
    everything = api.get("/articles", params={"limit": 1000}).json()
    total = everything["total"]
    assert total == len(everything["results"]) >= 45
    page_ = api.get("/articles", params={"skip": 10, "limit": 10}).json()
    assert page_["total"] == total and len(page_["results"]) == 10
    assert [a["id"] for a in page_["results"]] == [a["id"] for a in everything["results"][10:20]]
    titled = api.get("/articles", params={"q": "集体经济", "limit": 1}).json()
    assert titled["total"] == sum("集体经济" in (a["title"] or "") for a in everything["results"])
