"""Neo4j Browser helpers: the GraSS style and a guide built from the saved queries' own headers.

In Neo4j Browser: `:style` then drop in /browser/style.grass, and `:play <api>/browser/guide.html`
(the API's host must be in Browser's `browser.remote_content_hostname_whitelist`; `localhost` is there
by default and the launcher in tools/neo4j adds 127.0.0.1). Each slide's parameters are the query's
own example (``// example:`` / ``// example-lookup:`` in its file), resolved against the graph.
"""

import html
import json

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from ruralkg.api.deps import QueriesDep, StoreDep
from ruralkg.api.style import grass_style
from ruralkg.graph.queries import example_params
from ruralkg.settings import PROJECT_ROOT

router = APIRouter(prefix="/browser", tags=["neo4j browser"])

# Neo4j Browser fetches a remote guide with XHR from its own origin: the guide needs CORS headers
# (only these read-only presentation files; the rest of the API sends no CORS headers)
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, OPTIONS",
        "Access-Control-Allow-Headers": "*", "Access-Control-Max-Age": "600"}


@router.get("/style.grass", response_class=PlainTextResponse, summary="GraSS style: a colour per label, Chinese captions")
def style() -> PlainTextResponse:
    return PlainTextResponse((PROJECT_ROOT / "browser" / "style.grass").read_text(encoding="utf-8"), headers=CORS)


@router.options("/{name}", include_in_schema=False)
def preflight(name: str) -> Response:
    """Browser's fetch sends a CORS preflight for the style and the guide."""
    return Response(status_code=204, headers=CORS)


@router.get("/style.json", summary="The same style as JSON (colour, border, size and caption per label and type)")
def style_json() -> JSONResponse:
    return JSONResponse(grass_style(), headers=CORS)


def param_commands(params: dict) -> str:
    """``:param name => value`` lines: Browser evaluates the right-hand side as Cypher on the server, so
    100 stays an integer (``:params {"limit": 100}`` stores 100.0, which LIMIT refuses). A JSON value
    is a Cypher literal: strings in double quotes, lists, numbers, true/false, null."""
    return "\n".join(f":param {name} => {json.dumps(value, ensure_ascii=False)};" for name, value in params.items())


@router.get("/guide.html", response_class=HTMLResponse, summary="A Neo4j Browser guide through the saved queries")
def guide(queries: QueriesDep, store: StoreDep) -> HTMLResponse:
    slides = [
        "<slide class='row-fluid'><div class='col-sm-12'><h3>ruralkg 乡村振兴知识图谱</h3>"
        "<p>Each slide is one saved query. Click the <code>:param</code> block and run it to set the example "
        "parameters, then the query. Every fact links back to its sentence: look at <code>evidence</code>.</p>"
        "<p>Colours and Chinese captions: <code>:style</code> and drop in <code>/browser/style.grass</code>.</p>"
        "</div></slide>"
    ]
    for q in queries.values():
        example = example_params(store, q)
        params = {p.name: example.get(p.name, p.default) for p in q.params}
        param_block = param_commands(params)
        body = "\n".join(line for line in q.text.splitlines() if not line.startswith("//"))
        slides.append(
            f"<slide class='row-fluid'><div class='col-sm-12'><h3>{html.escape(q.description_zh)}</h3>"
            f"<p>{html.escape(q.description_en)} (<code>{html.escape(q.name)}</code>)</p>"
            f"<pre mode='cypher' class='pre-scrollable code runnable'>{html.escape(param_block)}</pre>"
            f"<pre mode='cypher' class='pre-scrollable code runnable'>{html.escape(body)}</pre></div></slide>"
        )
    page = ("<article class='guide'><carousel class='deck container-fluid'>" + "".join(slides)
            + "</carousel></article>")
    return HTMLResponse(page, headers=CORS)
