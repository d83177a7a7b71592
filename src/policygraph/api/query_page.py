"""GET /: the query page. A SPARQL editor and results table (YASGUI, installed by `npm ci` and served
from node_modules by this app: no CDN, the page works without internet) pointed at /sparql, with the
saved queries one click away and links from document IRIs to /documents/{id}. GET /api: the OpenAPI
page (Swagger UI), also served from node_modules (FastAPI's own /docs loads it from a CDN).

The pages' own files are in ``api/web/`` (mounted at /static); the packages' built files are served
at /vendor/{package}/. When they are missing, the pages say how to install them instead of failing.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response

import policygraph
from policygraph.api.models import problem
from policygraph.config import get_settings
from policygraph.rdf.namespaces import PREFIXES
from policygraph.resources import front_end_files

router = APIRouter(include_in_schema=False)

WEB_DIR = Path(__file__).resolve().parent / "web"
# The files each package's pages use: its folder under node_modules, and name -> media type.
VENDOR_FILES = front_end_files()
MISSING_PACKAGES = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policygraph: the query page needs its packages</title>
<link rel="icon" href="data:,"></head>
<body style="font-family: system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif; max-width: 46em; margin: 3em auto">
<h1>The page's front-end packages are not installed</h1>
<p>The npm package <code>{package}</code> was not found at <code>{path}</code>.
Install it from the project folder with</p>
<pre>make web        # runs: npm ci (from package-lock.json)</pre>
<p>(<code>make run</code> and <code>make test</code> do this for you), then reload this page.
Everything else works without it: the SPARQL endpoint at <a href="/sparql">/sparql</a>,
the API's description at <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
"""


def vendor_dir(package: str) -> Path:
    """``package``'s folder: in the wheel's own copies, or a checkout's node_modules/ (Settings.front_end_dir)."""
    return get_settings().front_end_dir.joinpath(*VENDOR_FILES[package][0])


def vendor_missing(package: str, *names: str) -> HTMLResponse | None:
    """The page that says how to install ``package``, when any of its ``names`` is missing."""
    folder = vendor_dir(package)
    if all((folder / name).is_file() for name in names):
        return None
    parts = VENDOR_FILES[package][0]
    npm_name = "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
    return HTMLResponse(MISSING_PACKAGES.format(package=html.escape(npm_name), path=html.escape(str(folder))),
                        status_code=503)


def page_prefixes() -> dict[str, str]:
    """Prefixes the results table uses to shorten IRIs (our namespaces and the data base)."""
    prefixes = {name: str(namespace) for name, namespace in PREFIXES.items()}
    prefixes["data"] = get_settings().base_iri
    return prefixes


@router.get("/", response_class=HTMLResponse)
def query_page() -> HTMLResponse:
    missing = vendor_missing("yasgui", "yasgui.min.js", "yasgui.min.css")
    if missing is not None:
        return missing
    page = (WEB_DIR / "index.html").read_text(encoding="utf-8")
    settings = get_settings()
    replacements = {
        "{{BASE_IRI}}": html.escape(settings.base_iri, quote=True),
        "{{PREFIXES}}": html.escape(json.dumps(page_prefixes()), quote=True),
        "{{VERSION}}": html.escape(policygraph.__version__),
    }
    for placeholder, value in replacements.items():
        page = page.replace(placeholder, value)
    return HTMLResponse(page, headers={"Cache-Control": "no-cache"})


@router.get("/api", response_class=HTMLResponse)
def api_page() -> HTMLResponse:
    missing = vendor_missing("swagger-ui", "swagger-ui-bundle.js", "swagger-ui.css")
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
def vendor_file(package: str, name: str) -> Response:
    if package not in VENDOR_FILES or name not in VENDOR_FILES[package][1]:
        served = ", ".join(f"/vendor/{p}/{n}" for p, (_, files) in VENDOR_FILES.items() for n in files)
        return problem(404, "not found", f"no file {package}/{name}; this path serves {served}")
    path = vendor_dir(package) / name
    if not path.is_file():
        return problem(404, "front-end packages missing", f"{path} does not exist; run `make web` (npm ci)")
    return FileResponse(path, media_type=VENDOR_FILES[package][1][name])
