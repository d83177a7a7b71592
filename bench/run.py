"""`make bench`: every figure policygraph reports, each beside a baseline measured in the same run.

Run: .venv/bin/python bench/run.py [--only extraction] [--repeat 3]
Figures are printed as a table and written to bench/results/latest.json (not tracked by git).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / "data" / "corpus"


def corpus_text(min_chars: int) -> list[str]:
    """The real texts of data/corpus, repeated until they hold at least ``min_chars`` characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    out, total = [], 0
    while total < min_chars:
        for t in texts:
            out.append(t)
            total += len(t)
    return out


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def best_of_interleaved(repeat: int, fns: list[Callable[[], object]]) -> list[float]:
    """The best time of each function over ``repeat`` rounds, each round running every function once."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            started = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - started)
    return best


def bench_extraction(repeat: int) -> list[dict[str, object]]:
    import spacy

    from policygraph.extract.pipeline import build_pipeline, extract_text
    from policygraph.text.normalize import matching_text

    texts = corpus_text(1_000_000)
    chars = sum(len(t) for t in texts)
    tokenizer_only = spacy.blank("vi")
    full = build_pipeline()
    for t in texts[:3]:  # warm both (pyvi's model loads on first use)
        tokenizer_only(t)
        extract_text(t, "warm", full)

    first_part = spacy.blank("vi")  # Extraction I only: references, sentences, relations
    for name in EXTRACTION_I:
        first_part.add_pipe(name)
    for t in texts[:3]:
        extract_text(t, "warm", first_part)

    # Interleaved (tokenizer, full, Extraction I in each round), so that a load spike on a shared machine
    # hits the baseline and the pipelines alike instead of one block of runs.
    t_tok, t_full, t_first = best_of_interleaved(repeat, [
        lambda: [tokenizer_only(t) for t in texts],
        lambda: [extract_text(t, "bench", full) for t in texts],
        lambda: [extract_text(t, "bench", first_part) for t in texts],
    ])
    t_norm = best_of(repeat, lambda: [matching_text(t) for t in texts])
    components_only = t_full - t_tok
    rows = [
        {"figure": "extraction: spacy.blank('vi') alone (baseline)", "value": chars / t_tok, "unit": "chars/s"},
        {"figure": "extraction: full pipeline (normalise + tokenizer + references + relations)",
         "value": chars / t_first, "unit": "chars/s"},
        {"figure": "extraction: pipeline / tokenizer throughput ratio", "value": (chars / t_full) / (chars / t_tok),
         "unit": "x"},
        {"figure": "extraction: our components' time / tokenizer time", "value": components_only / t_tok,
         "unit": "x"},
        {"figure": "extraction: text normalisation alone", "value": chars / t_norm, "unit": "chars/s"},
        {"figure": "extraction: corpus size", "value": chars, "unit": "chars"},
        {"figure": "extraction: full pipeline with the structure components (+ boilerplate, structure, actors, places, "
                   "targets, themes)", "value": chars / t_full, "unit": "chars/s"},
        {"figure": "extraction: structure components' time / tokenizer time",
         "value": max(0.0, t_full - t_first) / t_tok, "unit": "x"},
    ]
    rows.extend(component_rows(full, texts, t_tok, repeat))
    return rows


EXTRACTION_I = ("policygraph_references", "policygraph_sentences", "policygraph_relations")


def component_rows(nlp, texts: list[str], t_tok: float, repeat: int) -> list[dict[str, object]]:
    """Each component's own time over the corpus, run on ready-tokenised Docs, against the tokenizer's."""
    from policygraph.extract.doc_text import release_text
    from policygraph.text.normalize import matching_text

    docs = [nlp.make_doc(matching_text(t).text) for t in texts]
    rows = []
    for name, proc in nlp.pipeline:
        elapsed = float("inf")
        for _ in range(repeat):
            if name == "policygraph_boilerplate":  # it rebuilds Doc.text for the others: count that each time
                for d in docs:
                    release_text(d)
            started = time.perf_counter()
            for d in docs:
                proc(d)
            elapsed = min(elapsed, time.perf_counter() - started)
        rows.append({"figure": f"extraction: component {name} time / tokenizer time", "value": elapsed / t_tok,
                     "unit": "x"})
    return rows


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _latency(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    import statistics

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def bench_graph(repeat: int, sizes: tuple[int, ...] = (1000, 10000)) -> list[dict[str, object]]:
    """Ingest synthetic corpora (bench/synthetic.py) into fresh embedded stores, then re-ingest one
    changed text and time the saved queries in-process. Validation is off here (it has its own
    section), so the figures are extraction + mapping + the atomic per-text store write."""
    import shutil
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import write_corpus

    from policygraph.ingest import ingest_paths
    from policygraph.store.opening import open_store

    rows: list[dict[str, object]] = []
    work = Path(tempfile.mkdtemp(prefix="pg-bench-graph-"))
    queries = sorted((ROOT / "queries").glob("*.rq"))
    try:
        for n in sizes:
            corpus = work / f"corpus-{n}"
            paths = write_corpus(n, corpus)
            store_path = work / f"store-{n}"
            with open_store(str(store_path)) as store:
                started = time.perf_counter()
                summary = ingest_paths([corpus], store, validate=False)
                elapsed = time.perf_counter() - started
                statements = summary.statements
                changed = paths[n // 2]
                addition = "\nĐiều 9. Bãi bỏ Quyết định số 1/2001/QĐ-TTg.\n"
                changed.write_text(changed.read_text(encoding="utf-8") + addition, encoding="utf-8")
                started = time.perf_counter()
                again = ingest_paths([changed], store, validate=False)
                reingest = time.perf_counter() - started
                assert [o.status for o in again.outcomes] == ["ingested"]
                store.raw.flush()
                size = _folder_size(store_path)
                rows += [
                    {"figure": f"graph N={n}: ingest throughput", "value": n / elapsed, "unit": "documents/s"},
                    {"figure": f"graph N={n}: ingest throughput", "value": statements / elapsed,
                     "unit": "statements/s"},
                    {"figure": f"graph N={n}: ingest wall time", "value": elapsed, "unit": "s"},
                    {"figure": f"graph N={n}: re-ingest one changed text", "value": reingest * 1000, "unit": "ms"},
                    {"figure": f"graph N={n}: store size on disk", "value": size / 1e6, "unit": "MB"},
                    {"figure": f"graph N={n}: quads", "value": store.quad_count(), "unit": "quads"},
                ]
                for q in queries:
                    text = q.read_text(encoding="utf-8")
                    median, p95 = _latency(lambda text=text: store.select(text), 21)
                    rows.append({"figure": f"graph N={n}: query {q.stem} median / p95",
                                 "value": f"{median * 1000:.1f} / {p95 * 1000:.1f}", "unit": "ms"})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def bench_validation(repeat: int, n: int = 10_000) -> list[dict[str, object]]:
    """Validate one new document (the seed article's graph) against a stored corpus of ``n``
    synthetic documents (bench/synthetic_graph.py) the way `validate --against-store` does (the
    document plus the store context it needs), beside pySHACL on the whole corpus graph plus the
    document in the same run: the ratio is the figure. The same work with pyshacl-turbo, and
    whether both ways and both engines give the same results."""
    import shutil
    import tempfile

    import pyoxigraph as ox
    from rdflib import Graph

    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic_graph import write_nquads

    from policygraph.extract.pipeline import extract_text
    from policygraph.rdf.conversion import to_rdflib
    from policygraph.rdf.mapping import ExtractionMapper
    from policygraph.store.opening import open_store
    from policygraph.validation.inputs import (
        load_for_validation,
        plain_strings,
        relevant_nodes,
        store_context,
        validate_against_store,
    )
    from policygraph.validation.validate import validate_graph

    engines = ["pyshacl"]
    try:
        import pyshacl_turbo  # noqa: F401

        engines.append("turbo")
    except ImportError:
        pass

    def found(report: object) -> set[tuple[str, str | None, str | None, str, str]]:
        return {(r.focus, r.path, r.value, r.severity, r.shape) for r in report.results}  # type: ignore[attr-defined]

    seed_path = CORPUS / "000_849468c7549e9275.txt"
    seed = ExtractionMapper().to_graph(extract_text(seed_path.read_text(encoding="utf-8"), seed_path.name))
    rows: list[dict[str, object]] = []
    work = Path(tempfile.mkdtemp(prefix="pg-bench-validation-"))
    try:
        quads, triples = work / "corpus.nq", work / "corpus.nt"
        quad_count = write_nquads(n, quads, triples=triples)
        with open_store(str(work / "store")) as store:
            # What ingest would have stored: each text's graph, and their merge in the union graph.
            store.raw.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)
            store.raw.bulk_load(path=str(triples), format=ox.RdfFormat.N_TRIPLES,
                                to_graph=ox.NamedNode(store.union_graph))  # type: ignore[attr-defined]
            context = store_context(seed, store)
            rows.append({"figure": f"validation N={n}: store context of the seed ({len(seed)} triples)",
                         "value": len(context), "unit": "triples"})
            whole = Graph()  # the union of the stored graphs, as rdflib terms, as pySHACL reads them
            for quad in ox.parse(path=str(quads), format=ox.RdfFormat.N_QUADS):
                whole.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
            plain_strings(whole)
            whole += seed
            rows.append({"figure": f"validation N={n}: whole corpus graph + the seed", "value": len(whole),
                         "unit": f"triples ({quad_count} quads stored)"})
            keep = relevant_nodes(seed)
            timings: dict[str, dict[str, float]] = {}
            reports: dict[tuple[str, str], object] = {}
            for engine in engines:
                started = time.perf_counter()
                reports[(engine, "context")] = validate_against_store(seed, store, engine=engine)
                cold = time.perf_counter() - started
                warm = best_of(repeat, lambda engine=engine: validate_against_store(seed, store, engine=engine))
                started = time.perf_counter()
                reports[(engine, "whole")] = validate_graph(whole, engine=engine, keep=keep)
                entire = time.perf_counter() - started
                timings[engine] = {"cold": cold, "warm": warm, "whole": entire}
                rows += [
                    {"figure": f"validation N={n}, {engine}: one document against the store (context), first call",
                     "value": cold * 1000, "unit": "ms"},
                    {"figure": f"validation N={n}, {engine}: one document against the store (context), warm",
                     "value": warm * 1000, "unit": "ms"},
                    {"figure": f"validation N={n}, {engine}: the whole corpus graph + the document (baseline)",
                     "value": entire, "unit": "s"},
                    {"figure": f"validation N={n}, {engine}: whole graph time / one document time (warm)",
                     "value": entire / warm, "unit": "x"},
                    {"figure": f"validation N={n}, {engine}: same results, context and whole graph",
                     "value": "yes" if found(reports[(engine, "context")]) == found(reports[(engine, "whole")])
                     else "NO", "unit": ""},
                ]
        if "turbo" in timings:
            rows.append({"figure": f"validation N={n}: pySHACL / pyshacl-turbo, whole graph",
                         "value": timings["pyshacl"]["whole"] / timings["turbo"]["whole"], "unit": "x"})
            rows.append({"figure": f"validation N={n}: pySHACL / pyshacl-turbo, one document (warm)",
                         "value": timings["pyshacl"]["warm"] / timings["turbo"]["warm"], "unit": "x"})
            graphs = {"seed": seed} | {p.stem: load_for_validation([p]) for p in
                                       sorted((ROOT / "tests" / "shapes").glob("*.ttl")) if p.stem != "malformed"}
            agree = 0
            for graph in graphs.values():
                a, b = validate_graph(graph, engine="pyshacl"), validate_graph(graph, engine="turbo")
                agree += (a.conforms, len(a.results), found(a)) == (b.conforms, len(b.results), found(b))
            rows.append({"figure": "validation: pyshacl-turbo gives pySHACL's results (seed + tests/shapes suite)",
                         "value": f"{agree}/{len(graphs)}", "unit": "graphs"})
            one = {e: best_of(repeat, lambda e=e: validate_graph(seed, engine=e)) for e in engines}
            rows.append({"figure": "validation: one text's graph alone (the ingest check), pySHACL / turbo",
                         "value": f"{one['pyshacl'] * 1000:.0f} / {one['turbo'] * 1000:.0f}", "unit": "ms"})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


ENDPOINT_QUERIES = ("sentence-stating-a-relation", "implementers-of-45-nq-tw", "chain-7-nq-cp-to-45-nq-tw")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_http(url: str, timeout: float = 300) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=5).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def _load(url: str, query: str, concurrency: int, requests: int, params: dict[str, str]) -> dict[str, float]:
    """A bounded load against 127.0.0.1: ``requests`` POSTs, ``concurrency`` at a time, 60 s at most."""
    import asyncio
    import statistics

    import httpx

    async def main() -> tuple[list[float], float]:
        latencies: list[float] = []
        queue = list(range(requests))
        deadline = time.monotonic() + 60
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            async def worker() -> None:
                while queue and time.monotonic() < deadline:
                    queue.pop()
                    started = time.perf_counter()
                    response = await client.post(url, data={"query": query, **params},
                                                 headers={"Accept": "application/sparql-results+json"})
                    response.raise_for_status()
                    latencies.append(time.perf_counter() - started)

            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return latencies, time.perf_counter() - started

    latencies, wall = asyncio.run(main())
    latencies.sort()
    return {
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))] * 1000,
    }


def bench_endpoint(repeat: int, n: int = 10000) -> list[dict[str, object]]:
    """Requests/s and p50/p99 of three saved queries over HTTP at concurrency 1 and 16, on a store of N
    synthetic documents (bench/synthetic_graph.py, bulk-loaded), beside the same queries in-process,
    `oxigraph serve` on the same data, and rdflib-endpoint (FastAPI + rdflib) on its union graph."""
    import os
    import shutil
    import signal
    import subprocess
    import tempfile

    import pyoxigraph as ox

    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic_graph import write_nquads

    from policygraph.config import get_settings
    from policygraph.store.base import union_graph_iri

    work = Path(tempfile.mkdtemp(prefix="pg-bench-endpoint-"))
    rows: list[dict[str, object]] = []
    union = union_graph_iri(get_settings().base_iri)
    queries = {name: (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8") for name in ENDPOINT_QUERIES}
    try:
        quads, triples = work / "corpus.nq", work / "union.nt"
        count = write_nquads(n, quads, triples=triples)
        store_path = work / "store"
        store = ox.Store(str(store_path))
        store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)
        store.bulk_load(path=str(triples), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(union))
        store.flush()
        for name, query in queries.items():
            median, p95 = _latency(
                lambda q=query, s=store: list(s.query(q, default_graph=[ox.NamedNode(union)])), 101)
            rows.append({"figure": f"endpoint N={n}: {name} in-process median / p95",
                         "value": f"{median * 1000:.2f} / {p95 * 1000:.2f}", "unit": "ms"})
        del store
        rows.append({"figure": f"endpoint N={n}: quads loaded", "value": count, "unit": "quads"})

        def measure(label: str, url: str, params: dict[str, str]) -> None:
            for name, query in queries.items():
                for concurrency, requests in ((1, 200), (16, 800)):
                    r = _load(url, query, concurrency, requests, params)
                    rows.append({"figure": f"endpoint N={n}: {label} {name} c={concurrency} req/s, p50 / p99",
                                 "value": f"{r['rps']:.0f} req/s, {r['p50']:.1f} / {r['p99']:.1f}", "unit": "ms"})

        def run_server(command: list[str], url: str, env: dict[str, str] | None = None) -> subprocess.Popen:
            proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            _wait_http(url)
            return proc

        def stop(proc: subprocess.Popen) -> None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)

        port = _free_port()
        env = {**os.environ, "POLICYGRAPH_STORE": str(store_path)}
        proc = run_server([sys.executable, "-m", "uvicorn", "policygraph.api.app:create_app", "--factory",
                           "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                          f"http://127.0.0.1:{port}/health", env)
        try:
            measure("policygraph", f"http://127.0.0.1:{port}/sparql", {})
        finally:
            stop(proc)

        oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
        port = _free_port()
        proc = run_server([oxigraph, "serve-read-only", "--location", str(store_path), "--bind",
                           f"127.0.0.1:{port}"], f"http://127.0.0.1:{port}/")
        try:
            measure("oxigraph serve", f"http://127.0.0.1:{port}/query", {"default-graph-uri": union})
        finally:
            stop(proc)

        try:
            import rdflib_endpoint  # noqa: F401
        except ImportError:
            rows.append({"figure": "endpoint: rdflib-endpoint", "value": "not installed", "unit": ""})
        else:
            port = _free_port()
            app = work / "rdflib_app.py"
            app.write_text(
                "import rdflib\nfrom rdflib_endpoint import SparqlEndpoint\n"
                f"g = rdflib.Graph()\ng.parse({str(triples)!r}, format='nt')\n"
                "app = SparqlEndpoint(graph=g)\n", encoding="utf-8")
            proc = run_server([sys.executable, "-m", "uvicorn", "rdflib_app:app", "--app-dir", str(work),
                               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                              f"http://127.0.0.1:{port}/", None)
            try:
                measure("rdflib-endpoint", f"http://127.0.0.1:{port}/", {})
            finally:
                stop(proc)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def bench_overload(repeat: int, triples: int = 300, expensive: int = 3) -> list[dict[str, object]]:
    """How long `ASK {}` takes while ``expensive`` runaway queries (more than the pool's two workers)
    occupy the server, beside the same query on the idle server in the same run (the figure the
    overload tests used to bound at 1 s; they now check the order of events, tests/test_sparql_overload.py)."""
    import os
    import shutil
    import signal
    import socket
    import statistics
    import subprocess
    import tempfile
    from urllib.parse import urlencode

    import httpx
    import rdflib

    from policygraph.store.opening import open_store

    work = Path(tempfile.mkdtemp(prefix="pg-bench-overload-"))
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    base = "https://w3id.org/policygraph/id/"
    try:
        with open_store(str(work / "store")) as store:
            bulk = " ".join(f"<{base}item/{i}> <{base}value> {i} ." for i in range(triples))
            store.replace_graph(base + "graph/bulk", rdflib.Graph().parse(data=bulk, format="turtle"))
        port = _free_port()
        env = {**os.environ, "POLICYGRAPH_STORE": str(work / "store"), "POLICYGRAPH_QUERY_WORKERS": "2",
               "POLICYGRAPH_QUERY_TIMEOUT_S": "120"}
        proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "policygraph.api.app:create_app", "--factory",
                                 "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        endpoint = f"http://127.0.0.1:{port}/sparql"
        try:
            _wait_http(f"http://127.0.0.1:{port}/health")

            def cheap_ms(runs: int = 20 * repeat) -> tuple[float, float]:
                times = []
                for _ in range(runs):
                    started = time.perf_counter()
                    httpx.get(endpoint, params={"query": "ASK {}"}, timeout=120).raise_for_status()
                    times.append((time.perf_counter() - started) * 1000)
                return statistics.median(times), max(times)

            idle = cheap_ms()
            form = urlencode({"query": runaway})
            clients = []
            for _ in range(expensive):
                client = socket.create_connection(("127.0.0.1", port))
                client.sendall((f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                                "Content-Type: application/x-www-form-urlencoded\r\n"
                                f"Content-Length: {len(form)}\r\n\r\n{form}").encode("ascii"))
                clients.append(client)
            time.sleep(2)  # the runaways reach their workers (a benchmark's settling time, not a test's)
            loaded = cheap_ms()
            for client in clients:
                client.close()
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    label = f"overload: ASK {{}} over {triples} triples"
    return [
        {"figure": f"{label}, idle server (baseline) median / max", "value": f"{idle[0]:.1f} / {idle[1]:.1f}",
         "unit": "ms"},
        {"figure": f"{label}, {expensive} runaways running median / max",
         "value": f"{loaded[0]:.1f} / {loaded[1]:.1f}", "unit": "ms"},
        {"figure": f"{label}: ratio of the medians to the baseline", "value": loaded[0] / max(idle[0], 1e-9),
         "unit": "x"},
    ]


def bench_scale(repeat: int) -> list[dict[str, object]]:
    """Ingest and queries at 1k, 10k and 100k synthetic texts on both backends (bench/scale.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import scale

    return scale.rows_for_report(scale.bench_scale())


def bench_pages(repeat: int, n: int = 10_000) -> list[dict[str, object]]:
    """Time to first render of the graph view (/graph) in headless Chromium, on N synthetic documents,
    beside the same page drawing nothing (bench/page_render.py)."""
    import shutil
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    import page_render

    work = Path(tempfile.mkdtemp(prefix="pg-bench-page-"))
    try:
        proc, url = page_render.serve(page_render.synthetic_store(n, work))
        try:
            figures = page_render.measure_graph_first_render(url, max(repeat, 3))
        finally:
            page_render.stop(proc)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    label = f"graph page N={n}"
    return [
        {"figure": f"{label}: time to first render, median of {figures['runs']}", "value": figures["first_render_ms"],
         "unit": "ms"},
        {"figure": f"{label}: of which /graph/data as the browser saw it", "value": figures["data_ms"], "unit": "ms"},
        {"figure": f"{label}: of which layout ({figures['layout']})", "value": figures["layout_ms"], "unit": "ms"},
        {"figure": f"{label}: drawn", "value": f"{figures['nodes']} of {figures['documents']} documents, "
                                               f"{figures['edges']} links", "unit": ""},
        {"figure": f"{label}: baseline, the same page drawing nothing", "value": figures["baseline_empty_page_ms"],
         "unit": "ms"},
        {"figure": f"{label}: ratio to the baseline",
         "value": figures["first_render_ms"] / max(figures["baseline_empty_page_ms"], 1e-9), "unit": "x"},
    ]


def _peak_rss_mb(args: list[str], stdout_path: Path) -> float:
    """Peak resident memory of one command, in MB: measured in a fresh Python parent so that
    RUSAGE_CHILDREN holds that command alone."""
    probe = ("import resource, subprocess, sys\n"
             "with open(sys.argv[1], 'wb') as out:\n"
             "    subprocess.run(sys.argv[2:], stdout=out, check=True)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", probe, str(stdout_path), *args], capture_output=True, text=True,
                          check=True)
    return int(done.stdout.strip()) / 1024


def bench_export(repeat: int, sizes: tuple[int, ...] = (1000, 4000)) -> list[dict[str, object]]:
    """`policygraph export --format nquads` streams: its peak memory beside `policygraph stats` on the same
    store (the same start-up, imports and store opening; the baseline), at two store sizes: the export's
    memory should not grow with the store."""
    import shutil
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import write_corpus

    from policygraph.ingest import ingest_paths
    from policygraph.store.opening import open_store

    pg = [sys.executable, "-m", "policygraph.cli"]
    rows: list[dict[str, object]] = []
    work = Path(tempfile.mkdtemp(prefix="pg-bench-export-"))
    try:
        for n in sizes:
            corpus, store_path = work / f"corpus-{n}", work / f"store-{n}"
            write_corpus(n, corpus)
            with open_store(str(store_path)) as store:
                ingest_paths([corpus], store, validate=False)
            exported = work / f"export-{n}.nq"
            export_mb = min(_peak_rss_mb([*pg, "export", "--format", "nquads", "--store", str(store_path)], exported)
                            for _ in range(repeat))
            stats_mb = min(_peak_rss_mb([*pg, "stats", "--store", str(store_path)], work / "stats.txt")
                           for _ in range(repeat))
            rows += [
                {"figure": f"export N={n}: N-Quads written", "value": exported.stat().st_size / 1e6, "unit": "MB"},
                {"figure": f"export N={n}: peak memory of `policygraph export`", "value": export_mb, "unit": "MB"},
                {"figure": f"export N={n}: peak memory of `policygraph stats` (baseline)", "value": stats_mb,
                 "unit": "MB"},
                {"figure": f"export N={n}: export memory above the baseline", "value": export_mb - stats_mb,
                 "unit": "MB"},
            ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


SECTIONS: dict[str, Callable[[int], list[dict[str, object]]]] = {
    "extraction": bench_extraction,
    "graph": bench_graph,
    "export": bench_export,
    "endpoint": bench_endpoint,
    "overload": bench_overload,
    "validation": bench_validation,
    "pages": bench_pages,
    "scale": bench_scale,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    command = "make bench" if not args.only else "python bench/run.py " + " ".join(f"--only {o}" for o in args.only)
    print(f"# policygraph benchmarks ({platform.python_version()}, {platform.machine()}, best of {args.repeat})")
    print(f"# reproduce: {command}")
    results = []
    for name in args.only or list(SECTIONS):
        rows = SECTIONS[name](args.repeat)
        for row in rows:
            value = row["value"]
            if isinstance(value, str):
                shown = value
            elif isinstance(value, float):
                shown = f"{value:,.0f}" if value >= 100 else f"{value:.3f}"
            else:
                shown = f"{value:,}"
            print(f"{row['figure']:<80} {shown:>14} {row['unit']}")
        results.extend(rows)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
