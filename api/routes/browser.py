"""Neo4j Browser helpers: the GraSS style and a guide built from the saved queries' own headers.

In Neo4j Browser: `:style` then drop in /browser/style.grass, and `:play <api>/browser/guide.html`
(allow the API's host in `browser.remote_content_hostname_allowlist`).
"""

import html
import json

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, PlainTextResponse

from ruralkg.api.deps import QueriesDep
from ruralkg.settings import PROJECT_ROOT

router = APIRouter(prefix="/browser", tags=["neo4j browser"])

EXAMPLES = {
    "branch": "全民村党支部", "body": "绿生园蔬菜种植专业合作社", "q": "张炉集", "person": "关威",
    "place": "斗虎屯镇", "target": "张炉集镇", "source": "张炉集镇", "programme": "“五星”支部创建",
    "names": ["张炉集镇", "斗虎屯镇"],
}


@router.get("/style.grass", response_class=PlainTextResponse, summary="GraSS style: a colour per label, Chinese captions")
def style() -> PlainTextResponse:
    return PlainTextResponse((PROJECT_ROOT / "browser" / "style.grass").read_text(encoding="utf-8"))


@router.get("/guide.html", response_class=HTMLResponse, summary="A Neo4j Browser guide through the saved queries")
def guide(queries: QueriesDep) -> HTMLResponse:
    slides = [
        "<slide class='row-fluid'><div class='col-sm-12'><h3>ruralkg 乡村振兴知识图谱</h3>"
        "<p>Each slide is one saved query. Click the <code>:param</code> block to set example parameters, "
        "then the query to run it. Every fact links back to its sentence: look at <code>evidence</code>.</p>"
        "<p>Colours and Chinese captions: <code>:style</code> and drop in <code>/browser/style.grass</code>.</p>"
        "</div></slide>"
    ]
    for q in queries.values():
        params = {}
        for p in q.params:
            if p.name in EXAMPLES:
                params[p.name] = EXAMPLES[p.name]
            elif p.default is not None:
                params[p.name] = p.default
            elif p.type == "string":
                params[p.name] = ""
        param_block = ":params " + json.dumps(params, ensure_ascii=False)
        body = "\n".join(line for line in q.text.splitlines() if not line.startswith("//"))
        slides.append(
            f"<slide class='row-fluid'><div class='col-sm-12'><h3>{html.escape(q.description_zh)}</h3>"
            f"<p>{html.escape(q.description_en)} (<code>{html.escape(q.name)}</code>)</p>"
            f"<pre mode='cypher' class='pre-scrollable code runnable'>{html.escape(param_block)}</pre>"
            f"<pre mode='cypher' class='pre-scrollable code runnable'>{html.escape(body)}</pre></div></slide>"
        )
    page = ("<article class='guide'><carousel class='deck container-fluid'>" + "".join(slides)
            + "</carousel></article>")
    return HTMLResponse(page)
