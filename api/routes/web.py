"""The web explorer at / and the API documentation, all from files in the project (no CDN)."""

from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response

from ruralkg.settings import PROJECT_ROOT

WEB_DIR = PROJECT_ROOT / "web"
router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def _index_html() -> bytes:
    return (WEB_DIR / "index.html").read_bytes()


@router.get("/")
async def index() -> Response:
    """From memory, on the event loop: the page never waits for a worker thread (all of them may be
    busy with requests to a store that does not answer)."""
    return Response(_index_html(), media_type="text/html; charset=utf-8")


@router.get("/docs")
def swagger(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(openapi_url=request.app.openapi_url, title="ruralkg API 接口文档",
                               swagger_js_url="/web/vendor/swagger-ui-bundle.js",
                               swagger_css_url="/web/vendor/swagger-ui.css",
                               swagger_favicon_url="/web/favicon.svg")


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    return get_redoc_html(openapi_url=request.app.openapi_url, title="ruralkg API 接口文档",
                          redoc_js_url="/web/vendor/redoc.standalone.js", redoc_favicon_url="/web/favicon.svg",
                          with_google_fonts=False)
