"""The web explorer in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Screenshots of every view are kept in tests/artefacts/ (explorer_<view>.png).
"""

from __future__ import annotations

import time

import pytest

from tests.conftest import ROOT

ARTEFACTS = ROOT / "tests" / "artefacts"


@pytest.fixture()
def page(browser, falkor_api):
    """A fresh page on the explorer; fails the test on any console error or uncaught exception."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True,
                                  base_url=str(falkor_api.base_url).rstrip("/"))
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()
    assert errors == [], errors


def _open(page, hash_: str) -> None:
    page.goto("/" + hash_)
    page.wait_for_selector("body[data-ready='1']")
    assert not page.is_visible("#error"), page.inner_text("#error")


def _id(api, name: str) -> str:
    return api.get("/entities", params={"q": name, "limit": 1}).json()["results"][0]["id"]


def _shot(page, name: str) -> None:
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"explorer_{name}.png"))


def test_every_view_loads_without_console_errors(page, falkor_api):
    town = _id(falkor_api, "张炉集镇")
    article = falkor_api.get("/articles").json()["results"][0]["id"]
    views = {
        "search": "#/search", "entity": f"#/entity/{town}", "graph": f"#/graph/{town}", "queries": "#/queries/person_posts",
        "compare": "#/compare?names=张炉集镇,斗虎屯镇", "articles": "#/articles", "article": f"#/article/{article}",
    }
    for name, hash_ in views.items():
        _open(page, hash_)
        page.wait_for_timeout(400)
        assert page.get_attribute("body", "data-view") == hash_.split("/")[1].split("?")[0]
        _shot(page, name)


def test_search_finds_a_township_as_you_type(page):
    _open(page, "#/search")
    page.fill("#q", "张炉集")
    first = page.locator("#results li").first
    first.wait_for()
    assert "张炉集镇" in first.inner_text()
    first.locator("a").first.click()
    page.wait_for_selector("h1:has-text('张炉集镇')")
    assert page.locator("text=位于 located in").count() >= 1


def _rendered(page, js: str) -> dict:
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate(js)
    return {"x": box["x"] + pos["x"], "y": box["y"] + pos["y"]}


def test_clicking_a_node_adds_its_neighbours_and_an_edge_shows_its_sentence(page, falkor_api):
    town = _id(falkor_api, "斗虎屯镇")
    _open(page, f"#/graph/{town}?depth=1")
    page.wait_for_function("() => window.ruralkgGraph && window.ruralkgGraph.nodes().length > 1")
    before = page.evaluate("window.ruralkgGraph.nodes().length")
    # the county: its own neighbours (other townships, the city) are not on the canvas yet
    county = page.evaluate("window.ruralkgGraph.nodes().filter(n => n.data('type') === 'County')[0].id()")
    target = _rendered(page, f"window.ruralkgGraph.getElementById('{county}').renderedPosition()")
    page.mouse.click(target["x"], target["y"])
    page.wait_for_function(f"() => window.ruralkgGraph.nodes().length > {before}")
    page.wait_for_selector("#panel:not([hidden])")
    _shot(page, "graph_expanded")
    page.evaluate("window.ruralkgGraph.fit()")
    page.wait_for_timeout(300)
    edge = page.evaluate(f"window.ruralkgGraph.edges().filter(e => e.data('source') === '{town}' || "
                         f"e.data('target') === '{town}')[0].id()")
    mid = _rendered(page, f"window.ruralkgGraph.getElementById('{edge}').renderedMidpoint()")
    page.mouse.click(mid["x"], mid["y"])
    sentence = page.locator("#panel q.sentence").first
    sentence.wait_for()
    said = sentence.inner_text()
    assert "镇" in said
    # the sentence opens its article with the sentence highlighted
    page.locator("#panel .evidence a").first.click()
    page.wait_for_selector("mark.sentence#highlighted")
    assert page.inner_text("mark.sentence#highlighted") == said
    _shot(page, "article_highlighted")


def test_filters_hide_labels(page, falkor_api):
    _open(page, f"#/graph/{_id(falkor_api, '张炉集镇')}?depth=2")
    page.wait_for_function("() => window.ruralkgGraph && window.ruralkgGraph.nodes('[type = \"Village\"]').length > 0")
    page.uncheck("input[name=label][value=Village]")
    page.wait_for_function("() => window.ruralkgGraph.nodes('[type = \"Village\"]').every(n => n.hasClass('hidden'))")
    assert page.evaluate("window.ruralkgGraph.nodes('[type = \"Township\"]').some(n => !n.hasClass('hidden'))")


def test_a_saved_query_runs_and_its_csv_downloads(page, tmp_path):
    _open(page, "#/queries/person_posts")
    page.click("#qform button[type=submit]")
    page.wait_for_selector("#qresult table.result")
    assert "斗虎屯镇党委" in page.inner_text("#qresult")
    with page.expect_download() as info:
        page.click("#csv")
    path = tmp_path / "q.csv"
    info.value.save_as(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "斗虎屯镇党委" in data.decode("utf-8-sig")


def test_a_graph_shaped_query_result_draws_as_a_graph(page):
    _open(page, "#/queries/neighbourhood")
    page.click("#qform button[type=submit]")
    page.click("#as-graph")
    page.wait_for_function("() => window.ruralkgGraph && window.ruralkgGraph.edges().length > 3")


def test_comparing_two_townships_draws_a_chart_and_names_the_unknown(page):
    _open(page, "#/compare?names=张炉集镇,斗虎屯镇,没有这个镇")
    page.wait_for_selector("svg.chart rect")
    assert page.locator("svg.chart rect").count() == 2
    assert "没有这个镇" in page.inner_text(".warn")
    _shot(page, "compare_chart")


def test_api_docs_render_with_the_network_blocked(browser, falkor_api):
    base = str(falkor_api.base_url).rstrip("/")
    context = browser.new_context(base_url=base)
    outside: list[str] = []

    def gate(route):
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", gate)
    pg = context.new_page()
    refused: list[str] = []  # what the Content-Security-Policy blocked: nothing the docs need
    pg.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    pg.goto("/docs")
    pg.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert pg.locator(".swagger-ui .opblock").count() > 10
    ARTEFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTEFACTS / "explorer_docs.png"))
    pg.goto("/redoc")
    pg.wait_for_selector("text=ruralkg", timeout=20000)
    pg.wait_for_timeout(500)
    context.close()
    assert outside == [], outside
    assert refused == [], refused


def test_two_thousand_nodes_stay_usable(page, falkor_api):
    _open(page, f"#/graph/{_id(falkor_api, '张炉集镇')}")
    page.wait_for_function("() => window.ruralkg && window.ruralkgGraph")
    started = time.monotonic()
    page.evaluate("""() => {
        const types = ['Village', 'Township', 'Cooperative', 'Enterprise', 'Official', 'Programme'];
        const els = [];
        for (let i = 0; i < 2000; i++) els.push({group: 'nodes', data: {id: 'n' + i, label: '节点' + i, type: types[i % 6]}});
        for (let i = 1; i < 2000; i++) els.push({group: 'edges', data: {id: 'e' + i, source: 'n' + Math.floor(i / 3),
                                                  target: 'n' + i, type: 'LOCATED_IN'}});
        window.ruralkg.addElements(els);
        window.ruralkg.layout(false);
    }""")
    took = time.monotonic() - started
    assert page.evaluate("window.ruralkgGraph.nodes().length") >= 2000
    assert took < 20, took
    page.evaluate("window.ruralkgGraph.zoom(1.5); window.ruralkgGraph.fit()")


def test_entity_timeline_and_post_history_in_the_browser(page, falkor_api, store_env, tmp_path):
    """Two articles three years apart name two secretaries of one branch; a third has no date."""
    from ruralkg.graph.loader import load_article
    from ruralkg.graph.retract import remove_articles
    from ruralkg.graph.store import open_store
    from ruralkg.ingest.extraction.extractor import Extractor
    from tests.conftest import settings_of

    head = "范县柳泉镇杏林村党支部书记"
    texts = [f"杏林村发展香菇\n时间:2019-03-02 10:00\n近日，{head}赵守田带领村民发展香菇种植。",
             f"杏林村分红\n时间:2022-05-10 09:00\n近日，{head}孙立平介绍，村里今年分红。",
             f"杏林村见闻\n{head}钱有余说，村里修了路。"]
    store = open_store(settings_of(store_env))
    ids = []
    try:
        for n, text in enumerate(texts):
            doc = Extractor().extract_text(text, str(tmp_path / f"browser{n}.txt"))
            load_article(store, doc)
            ids.append(doc.article.id)
        _open(page, f"#/entity/{_id(falkor_api, '杏林村党支部')}")
        page.wait_for_selector("#posts-card table.posts")
        rows = page.locator("#posts-card tr").all_inner_texts()[1:]
        assert "赵守田" in rows[0] and "2019-03-02" in rows[0] and "2022-05-10" in rows[0]
        assert "孙立平" in rows[1] and "至今" in rows[1]
        assert "钱有余" in rows[2] and "undated" in rows[2]
        days = page.locator("#timeline-card ul.timeline > li.day > time").all_inner_texts()
        assert days == sorted(days) and days[0] == "2019-03-02" and days[-1] == "2022-05-10"
        assert "钱有余" in page.inner_text("#timeline-card ul.undated")
        _shot(page, "timeline")
        _open(page, "#/articles")
        page.wait_for_selector("table.result .undated")  # undated articles say so
        assert "无日期 undated" in page.inner_text("table.result")
    finally:
        remove_articles(store, ids)
        store.close()
