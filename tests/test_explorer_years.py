"""The explorer's year filter (issue 20, item 6) on comparisons, text search and the graph view, in a real
Chromium against the real API on the sample corpus; the range lives in the address."""

from __future__ import annotations

from tests import test_explorer
from tests.test_explorer import _id, _open

page = test_explorer.page  # the fixture: a fresh page that fails on console errors
TOWNS = ["张庄镇", "寺庄乡"]  # sample townships whose villages dated articles report


def _years_with_villages(api) -> list[int]:
    """The years in which the sample corpus reports villages of the two townships, as the API counts them."""
    found = []
    for year in range(2015, 2027):
        rows = api.get("/compare/townships", params={"names": TOWNS, "from_year": year, "to_year": year}).json()["rows"]
        if any(r["villages"] for r in rows):
            found.append(year)
    return found


def test_a_comparison_for_one_year_shows_that_years_table_and_keeps_it_in_the_address(page, falkor_api):
    years = _years_with_villages(falkor_api)
    assert years, "the sample corpus reports villages of these townships in some year"
    year = years[0]
    _open(page, "#/compare?names=" + ",".join(TOWNS))
    page.wait_for_selector("#cresult table.result")
    page.fill("#from-year", str(year))
    page.fill("#to-year", str(year))
    page.click("#cform button[type=submit]")
    page.wait_for_selector("#cresult .range")
    assert f"{year}年" in page.inner_text("#cresult .range")
    assert f"from_year={year}" in page.evaluate("location.hash")
    api_rows = falkor_api.get("/compare/townships", params={"names": TOWNS, "from_year": year,
                                                            "to_year": year}).json()["rows"]
    shown = page.evaluate("""() => [...document.querySelectorAll('#cresult table.result tr')].slice(1)
        .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()))""")
    header = page.evaluate("""() => [...document.querySelectorAll('#cresult table.result th')]
        .map((th) => th.innerText)""")
    villages = next(i for i, h in enumerate(header) if "villages" in h.lower() and "name" not in h.lower())
    assert sorted(r[villages] for r in shown) == sorted(str(r["villages"]) for r in api_rows)
    unfiltered = falkor_api.get("/compare/townships", params={"names": TOWNS}).json()["rows"]
    assert sorted(r["villages"] for r in api_rows) != sorted(r["villages"] for r in unfiltered)  # the year counts
    # the address opens the same filtered table
    _open(page, f"#/compare?names={','.join(TOWNS)}&from_year={year}&to_year={year}")
    page.wait_for_selector("#cresult .range")
    assert page.input_value("#from-year") == str(year)


def test_text_search_and_the_graph_view_take_a_year_range(page, falkor_api):
    _open(page, "#/text")
    page.fill("#tq", "集体经济")
    page.fill("#from-year", "2099")
    page.press("#tq", "Enter")
    page.wait_for_selector("#tresult .count")
    assert "from_year=2099" in page.evaluate("location.hash")
    assert "共 0 条" in page.inner_text("#tresult .count")
    page.fill("#from-year", "")
    page.press("#tq", "Enter")
    page.wait_for_function("() => !location.hash.includes('from_year')")
    page.wait_for_selector("#tresult li.hit")

    town = _id(falkor_api, "张炉集镇")
    _open(page, f"#/graph/{town}?depth=1")
    page.wait_for_function("() => window.ruralkgGraph && window.ruralkgGraph.edges().length > 0")
    page.fill("#from-year", "2099")
    page.click("#graph-go")
    page.wait_for_function("() => location.hash.includes('from_year=2099')")
    page.wait_for_function("() => window.ruralkgGraph && window.ruralkgGraph.edges().length === 0")
    assert page.evaluate("window.ruralkgGraph.nodes().length") == 1  # the entity alone: nothing stated in 2099
