"""The files the pages are made of: the project's own (``api/web/``, mounted at /static) and the npm
packages' built files (served at /vendor/{package}/ from ``settings.front_end_dir``: the wheel's own
copies, or a checkout's node_modules/; no CDN).

When a package is missing, a page says how to install it (``make web``) instead of failing.
"""

from __future__ import annotations

import html
from pathlib import Path

from fastapi.responses import HTMLResponse

from policygraph.resources import front_end_files

WEB_DIR = Path(__file__).resolve().parent / "web"
# The files each package's pages use: its folder under node_modules, and name -> media type (listed once,
# as package data, so that the wheel's build step copies exactly these).
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


def web_page(name: str) -> str:
    """One of the pages' own files (``api/web/{name}``), as text."""
    return (WEB_DIR / name).read_text(encoding="utf-8")


def vendor_dir(front_end_dir: Path, package: str) -> Path:
    return front_end_dir.joinpath(*VENDOR_FILES[package][0])


def vendor_missing(front_end_dir: Path, package: str, *names: str) -> HTMLResponse | None:
    """The page that says how to install ``package``, when any of its ``names`` is missing."""
    folder = vendor_dir(front_end_dir, package)
    if all((folder / name).is_file() for name in names):
        return None
    parts = VENDOR_FILES[package][0]
    npm_name = "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
    return HTMLResponse(MISSING_PACKAGES.format(package=html.escape(npm_name), path=html.escape(str(folder))),
                        status_code=503)


__all__ = ["VENDOR_FILES", "WEB_DIR", "vendor_dir", "vendor_missing", "web_page"]
