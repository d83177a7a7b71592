"""GET /: the query page. A SPARQL editor and results table (YASGUI, installed by `npm ci` and served
from node_modules by this app: no CDN, the page works without internet) pointed at /sparql, with the
saved queries one click away and links from document IRIs to /documents/{id}. GET /api: the OpenAPI
page (Swagger UI), also served from node_modules (FastAPI's own /docs loads it from a CDN).

The pages' own files are in ``api/web/`` (mounted at /static); the packages' built files are served
at /vendor/{package}/ (``api/web_files``). When they are missing, the pages say how to install them
instead of failing.
"""

from __future__ import annotations

import html
import json

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response

import policygraph
from policygraph.api.deps import SettingsDep
from policygraph.api.problems import Problem
from policygraph.api.web_files import VENDOR_FILES, vendor_dir, vendor_missing, web_page
from policygraph.rdf.namespaces import PREFIXES

router = APIRouter(include_in_schema=False)


def page_prefixes(base_iri: str) -> dict[str, str]:
    """Prefixes the results table uses to shorten IRIs (our namespaces and the data base)."""
    prefixes = {name: str(namespace) for name, namespace in PREFIXES.items()}
    prefixes["data"] = base_iri
    return prefixes


@router.get("/", response_class=HTMLResponse)
def query_page(settings: SettingsDep) -> HTMLResponse:
    missing = vendor_missing(settings.front_end_dir, "yasgui", "yasgui.min.js", "yasgui.min.css")
    if missing is not None:
        return missing
    page = web_page("index.html")
    replacements = {
        "{{BASE_IRI}}": html.escape(settings.base_iri, quote=True),
        "{{PREFIXES}}": html.escape(json.dumps(page_prefixes(settings.base_iri)), quote=True),
        "{{VERSION}}": html.escape(policygraph.__version__),
    }
    for placeholder, value in replacements.items():
        page = page.replace(placeholder, value)
    return HTMLResponse(page, headers={"Cache-Control": "no-cache"})


@router.get("/api", response_class=HTMLResponse)
def api_page(settings: SettingsDep) -> HTMLResponse:
    missing = vendor_missing(settings.front_end_dir, "swagger-ui", "swagger-ui-bundle.js", "swagger-ui.css")
    if missing is not None:
        return missing
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="policygraph API",
        swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="data:,",
        # No badge from the online validator: the page asks nothing of other hosts.
        swagger_ui_parameters={"validatorUrl": None},
    )


@router.get("/vendor/{package}/{name}")
def vendor_file(settings: SettingsDep, package: str, name: str) -> Response:
    if package not in VENDOR_FILES or name not in VENDOR_FILES[package][1]:
        served = ", ".join(f"/vendor/{p}/{n}" for p, (_, files) in VENDOR_FILES.items() for n in files)
        raise Problem(404, "not found", f"no file {package}/{name}; this path serves {served}")
    path = vendor_dir(settings.front_end_dir, package) / name
    if not path.is_file():
        raise Problem(404, "front-end packages missing", f"{path} does not exist; run `make web` (npm ci)")
    return FileResponse(path, media_type=VENDOR_FILES[package][1][name])
