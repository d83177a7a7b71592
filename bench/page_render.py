"""Time to first render of the graph page (GET /graph) in headless Chromium.

`measure_graph_first_render(url)` opens /graph in Debian's headless Chromium (the flags of the browser
tests) a few times and reports medians: the page's own hook (window.policygraphGraph.firstRenderMs, set
when the first layout has been drawn) and the Performance API's mark of the same moment
("policygraph:graph-first-render", ms since navigation start), split into the /graph/data answer and
the layout; beside it, the baseline of the same page drawing nothing (a number no document has).

Run: .venv/bin/python bench/page_render.py [--documents 10000] [--runs 3]
builds a store of N synthetic documents (bench/synthetic_graph.py, bulk-loaded as bench/run.py's
endpoint section does), serves it, measures and prints the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--window-size=1400,1000", "--lang=vi",
)
_READING = """
const hook = window.policygraphGraph, mark = performance.getEntriesByName('policygraph:graph-first-render')[0];
const data = performance.getEntriesByType('resource').find(e => e.name.includes('/graph/data'));
return {first_render_ms: hook.firstRenderMs, mark_ms: mark ? mark.startTime : null,
        data_ms: data ? data.responseEnd - data.startTime : null,
        layout_ms: hook.timings.laidOutMs - hook.timings.builtMs, layout: hook.layout,
        nodes: hook.cy.nodes().length, edges: hook.cy.edges().length, total: hook.data.total};
"""


def _chromium(profile: str):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    # The Service's path makes Selenium skip Selenium Manager (which would download a driver).
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(120)
    return driver


def _load(driver, url: str, timeout: float = 120) -> dict[str, object]:  # type: ignore[no-untyped-def]
    driver.get(url)
    deadline = time.monotonic() + timeout
    while not driver.execute_script("return !!(window.policygraphGraph && window.policygraphGraph.ready)"):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url}: the graph was not drawn within {timeout} s")
        time.sleep(0.02)
    return driver.execute_script(_READING)


def measure_graph_first_render(server_url: str, runs: int = 3) -> dict[str, object]:
    """Median time to first render of ``server_url``/graph over ``runs`` page loads (the first one with
    the browser's cache empty), with what was drawn, and the same page drawing nothing as the baseline."""
    profile = tempfile.mkdtemp(prefix="pg-bench-chromium-")
    driver = _chromium(profile)
    try:
        loads = [_load(driver, server_url + "/graph") for _ in range(runs)]
        empty = [_load(driver, server_url + "/graph?number=0%2FNONE") for _ in range(runs)]
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)

    def median(key: str, of: list[dict[str, object]] = loads) -> float:
        return round(statistics.median(float(run[key]) for run in of), 1)  # type: ignore[arg-type]

    return {
        "runs": runs,
        "first_render_ms": median("first_render_ms"),
        "first_render_mark_ms": median("mark_ms"),
        "data_ms": median("data_ms"),
        "layout_ms": median("layout_ms"),
        "layout": loads[0]["layout"],
        "nodes": loads[0]["nodes"],
        "edges": loads[0]["edges"],
        "documents": loads[0]["total"],
        "baseline_empty_page_ms": median("first_render_ms", empty),
        "first_render_ms_each": [round(float(run["first_render_ms"]), 1) for run in loads],  # type: ignore[arg-type]
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def synthetic_store(n: int, work: Path) -> Path:
    """A store of ``n`` synthetic documents: each text's graph and their merge in the union graph."""
    import pyoxigraph as ox

    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic_graph import write_nquads

    from policygraph.config import get_settings
    from policygraph.store.base import union_graph_iri

    quads, triples = work / "corpus.nq", work / "union.nt"
    write_nquads(n, quads, triples=triples)
    path = work / "store"
    store = ox.Store(str(path))
    store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)
    store.bulk_load(path=str(triples), format=ox.RdfFormat.N_TRIPLES,
                    to_graph=ox.NamedNode(union_graph_iri(get_settings().base_iri)))
    store.flush()
    del store
    return path


def serve(store: Path) -> tuple[subprocess.Popen, str]:
    """The policygraph server on ``store`` (its own process group, so that its query workers stop with it)."""
    import httpx

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "POLICYGRAPH_STORE": str(store)}
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "policygraph.api.app:create_app", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while True:
        try:
            if httpx.get(url + "/health", timeout=5).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(proc)
            raise RuntimeError(f"the server on {store} did not start")
        time.sleep(0.3)


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pg-bench-page-"))
    try:
        started = time.perf_counter()
        store = synthetic_store(args.documents, work)
        print(f"built a store of {args.documents} synthetic documents in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
        proc, url = serve(store)
        try:
            figures = measure_graph_first_render(url, args.runs)
        finally:
            stop(proc)
        print(json.dumps({"figure": f"graph page N={args.documents}: time to first render", **figures}, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
