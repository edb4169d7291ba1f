"""Neo4j Browser (served by the test Neo4j at /browser/) in headless Chromium, against the sample graph:
it connects, applies the project's GraSS style (label colours, Chinese captions) and plays the guide
that the API serves. A screenshot of the styled graph is kept in tests/artefacts/neo4j_browser.png."""

from __future__ import annotations

import re

import pytest

from ruralkg.api.style import grass_style
from tests.conftest import CORPUS, cli, serve_api
from tests.test_explorer import ARTEFACTS

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def neo4j_api(neo4j_server):
    cli(neo4j_server, "ingest", str(CORPUS))  # unchanged articles are skipped; a reset graph is refilled
    yield from serve_api(neo4j_server)


def _run(page, command: str) -> None:
    editor = page.locator('[data-testid="activeEditor"]')
    editor.click()
    page.keyboard.type(command)
    page.keyboard.press("Enter")


def test_browser_connects_styles_and_plays_the_guide(browser, neo4j_server, neo4j_api):
    bolt = neo4j_server["NEO4J_URI"]
    http_port = neo4j_server["RURALKG_NEO4J_HTTP_PORT"]
    api_port = str(neo4j_api.base_url).rstrip("/").rsplit(":", 1)[1]
    context = browser.new_context(viewport={"width": 1500, "height": 950})
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{http_port}/browser/?dbms={bolt}&preselectAuthMethod=NATIVE")
    page.locator('[data-testid="username"]').fill("neo4j")
    page.locator('[data-testid="password"]').fill(neo4j_server["NEO4J_PASSWORD"])
    page.locator('[data-testid="connect"]').click()
    page.wait_for_selector('[data-testid="activeEditor"]', timeout=30000)
    page.wait_for_selector("text=You are connected as user", timeout=30000)

    # the GraSS style from the API (localhost is in Browser's default allow-list)
    _run(page, f":style http://localhost:{api_port}/browser/style.grass")
    page.wait_for_timeout(1500)
    _run(page, "MATCH (v:Village)-[r:LOCATED_IN]->(t:Township {name: '张炉集镇'}) RETURN v, r, t")
    page.wait_for_selector("svg g.node", timeout=30000)
    page.wait_for_timeout(2000)
    style = grass_style()["node"]
    fills = {f.lower() for f in page.eval_on_selector_all("svg g.node circle.b-outline",
                                                           "els => els.map(e => e.getAttribute('fill'))") if f}
    assert style["Village"]["color"].lower() in fills and style["Township"]["color"].lower() in fills, fills
    captions = page.eval_on_selector_all("svg g.node text", "els => els.map(e => e.textContent)")
    assert any(re.search(r"[\u4e00-\u9fff]", c or "") for c in captions), captions
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "neo4j_browser.png"))

    # the guide: one slide per saved query
    _run(page, f":play http://localhost:{api_port}/browser/guide.html")
    page.wait_for_selector("text=ruralkg 乡村振兴知识图谱", timeout=30000)
    page.locator('[data-testid="nextSlide"]').first.click()
    page.wait_for_selector("text=:param", timeout=30000)  # the first query's runnable parameter block
    page.screenshot(path=str(ARTEFACTS / "neo4j_browser_guide.png"))
    context.close()


def _frames_text(page) -> str:
    return page.locator('[data-testid="frame"]').first.inner_text()


def test_every_guide_slide_runs_as_written(browser, neo4j_server, neo4j_api):
    """Each slide of the guide, clicked and run the way an analyst does: its :param block, then its query;
    neither answers with an error (a LIMIT of 100.0 did), and every query's frame is a result."""
    bolt = neo4j_server["NEO4J_URI"]
    http_port = neo4j_server["RURALKG_NEO4J_HTTP_PORT"]
    api_port = str(neo4j_api.base_url).rstrip("/").rsplit(":", 1)[1]
    slides = neo4j_api.get("/browser/guide.html").text.count("<slide")
    context = browser.new_context(viewport={"width": 1500, "height": 950})
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{http_port}/browser/?dbms={bolt}&preselectAuthMethod=NATIVE")
    page.locator('[data-testid="username"]').fill("neo4j")
    page.locator('[data-testid="password"]').fill(neo4j_server["NEO4J_PASSWORD"])
    page.locator('[data-testid="connect"]').click()
    page.wait_for_selector("text=You are connected as user", timeout=30000)
    _run(page, ":config maxFrames: 200")  # the default keeps 15 frames: the guide's own would be dropped
    page.wait_for_timeout(500)
    _run(page, f":play http://localhost:{api_port}/browser/guide.html")
    page.wait_for_selector("text=ruralkg 乡村振兴知识图谱", timeout=30000)
    failures, ran = [], 0
    for n in range(1, slides):
        page.locator('[data-testid="nextSlide"]').first.click()
        page.wait_for_timeout(300)
        blocks = page.locator("pre.runnable:visible")
        title = page.locator("slide:visible h3, .slide:visible h3").first.inner_text() if blocks.count() else str(n)
        for k in range(blocks.count()):
            blocks.nth(k).click()
            editor = page.locator('[data-testid="activeEditor"]')
            editor.click()
            page.keyboard.press("Control+Enter")
            page.wait_for_timeout(2500 if k else 1200)
            frame = _frames_text(page)
            if re.search(r"Error|error|Invalid input|not a valid value", frame):
                failures.append(f"slide {n} ({title}) block {k}: {frame[:300]}")
            ran += 1
    context.close()
    assert ran >= 2 * (slides - 1), f"only {ran} blocks ran on {slides - 1} slides"
    assert not failures, "\n".join(failures)
