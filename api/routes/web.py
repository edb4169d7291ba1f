"""The web explorer at / and the API documentation, all from files in the project (no CDN)."""

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from ruralkg.settings import PROJECT_ROOT

WEB_DIR = PROJECT_ROOT / "web"
router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")


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
