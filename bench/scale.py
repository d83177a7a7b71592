"""How cost grows with the corpus: synthetic corpora of 1,000, 10,000 and 100,000 texts
(bench/synthetic.py) ingested into each backend, the embedded store and `oxigraph serve` (a remote
SPARQL 1.1 store), with the same command a user runs: `policygraph ingest --no-validate --jobs J`.

For each size and backend: ingest wall time and documents/s, peak memory of the ingest (the largest
process of its tree, from wait4's rusage) and of the server, the store's size on disk, the time to
re-ingest one changed text, and the median and p95 latency of every saved query in queries/ (runs
until 21 samples or a 20 s budget, at least 3). Printed as one table (and a second one with every
query), so a reader sees whether ingest grows linearly and point queries stay flat.

Run: .venv/bin/python bench/scale.py [--sizes 1000 10000 100000] [--backends embedded oxigraph-serve]
     [--jobs 2] [--work /tmp/pg-scale]
(`make bench` runs it through bench/run.py, section "scale".)
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

BACKENDS = ("embedded", "oxigraph-serve")
CHANGE = "\nĐiều 9. Bãi bỏ Quyết định số 1/2001/QĐ-TTg.\n"
POINT_QUERY = "sentence-stating-a-relation"
SCAN_QUERY = "documents"


@dataclass
class ScaleRow:
    backend: str
    n: int
    ingest_s: float = 0.0
    quads: int = 0
    disk_mb: float = 0.0
    ingest_peak_mb: float = 0.0
    server_peak_mb: float | None = None
    reingest_ms: float = 0.0
    queries: dict[str, tuple[float, float, int]] = field(default_factory=dict)  # name -> median, p95 (ms), runs

    @property
    def docs_per_s(self) -> float:
        return self.n / self.ingest_s if self.ingest_s else 0.0


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid: int) -> float | None:
    """VmHWM: the high-water mark of a running process's resident memory."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class OxigraphProcess:
    def __init__(self, location: Path) -> None:
        oxigraph = Path(sys.executable).with_name("oxigraph")
        self.port = free_port()
        self.proc = subprocess.Popen(
            [str(oxigraph) if oxigraph.is_file() else "oxigraph", "serve", "--location", str(location),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("oxigraph serve did not start")
            time.sleep(0.1)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def stop(self) -> float | None:
        peak = peak_rss_mb(self.proc.pid)
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
        return peak


def ingest_command(corpus: Path, location: str, jobs: int) -> tuple[list[str], dict[str, str]]:
    """`policygraph ingest` as a user runs it, and an environment with no POLICYGRAPH_* setting of ours."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYGRAPH_")}
    return [sys.executable, "-m", "policygraph.cli", "ingest", str(corpus), "--no-validate",
            "--jobs", str(jobs), "--store", location], env


def timed_ingest(corpus: Path, location: str, jobs: int) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of `policygraph ingest` as a user runs it."""
    command, env = ingest_command(corpus, location, jobs)
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def latency(fn, runs: int = 21, budget_s: float = 20.0) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    fn()  # warm-up
    samples: list[float] = []
    deadline = time.monotonic() + budget_s
    while len(samples) < runs and (len(samples) < 3 or time.monotonic() < deadline):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples) * 1000, p95 * 1000, len(samples)


def measure(backend: str, n: int, corpus: Path, paths: list[Path], work: Path, jobs: int) -> ScaleRow:
    from policygraph.ingest import ingest_paths
    from policygraph.store.opening import open_store

    row = ScaleRow(backend, n)
    folder = work / f"store-{backend}-{n}"
    server = OxigraphProcess(folder) if backend == "oxigraph-serve" else None
    location = server.url if server else str(folder)
    try:
        row.ingest_s, row.ingest_peak_mb = timed_ingest(corpus, location, jobs)
        changed = paths[n // 2]
        original = changed.read_text(encoding="utf-8")
        try:
            with open_store(location) as store:
                # Warm-up: the pipeline and the ontology load once per process, not per text.
                ingest_paths([changed], store, validate=False, force=True)
                changed.write_text(original + CHANGE, encoding="utf-8")
                started = time.perf_counter()
                again = ingest_paths([changed], store, validate=False)
                row.reingest_ms = (time.perf_counter() - started) * 1000
                assert [o.status for o in again.outcomes] == ["ingested"], again.outcomes
                row.quads = store.quad_count()
                for query in sorted((ROOT / "queries").glob("*.rq")):
                    text = query.read_text(encoding="utf-8")
                    row.queries[query.stem] = latency(lambda text=text, store=store: store.select(text))
        finally:
            changed.write_text(original, encoding="utf-8")
    finally:
        if server:
            row.server_peak_mb = server.stop()
    row.disk_mb = folder_size(folder) / 1e6
    shutil.rmtree(folder, ignore_errors=True)
    return row


def print_tables(rows: list[ScaleRow], jobs: int) -> None:
    print(f"\n## How cost grows (ingest --no-validate --jobs {jobs}; queries in-process or over HTTP)")
    print("| backend | N | quads | ingest | docs/s | disk | peak memory (ingest / server) | re-ingest one text "
          f"| {POINT_QUERY} median / p95 | {SCAN_QUERY} median / p95 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        point, scan = r.queries.get(POINT_QUERY), r.queries.get(SCAN_QUERY)
        server = f" / {r.server_peak_mb:,.0f} MB" if r.server_peak_mb is not None else ""
        print(f"| {r.backend} | {r.n:,} | {r.quads:,} | {r.ingest_s:,.0f} s | {r.docs_per_s:.1f} | "
              f"{r.disk_mb:,.0f} MB | {r.ingest_peak_mb:,.0f} MB{server} | {r.reingest_ms:,.0f} ms | "
              f"{point[0]:.1f} / {point[1]:.1f} ms | {scan[0]:,.0f} / {scan[1]:,.0f} ms |" if point and scan else "")
    names = sorted({name for r in rows for name in r.queries})
    print("\n## Saved queries, median / p95 (ms)")
    print("| query | " + " | ".join(f"{r.backend} N={r.n:,}" for r in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for name in names:
        cells = [f"{r.queries[name][0]:.1f} / {r.queries[name][1]:.1f}" if name in r.queries else "-" for r in rows]
        print(f"| {name} | " + " | ".join(cells) + " |")


def bench_scale(sizes: tuple[int, ...] = (1000, 10000, 100000), backends: tuple[str, ...] = BACKENDS,
                jobs: int = 2, work: Path | None = None) -> list[ScaleRow]:
    from synthetic import write_corpus

    work = work or Path(tempfile.mkdtemp(prefix="pg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[ScaleRow] = []
    try:
        for n in sizes:
            corpus = work / f"corpus-{n}"
            paths = write_corpus(n, corpus)
            for backend in backends:
                row = measure(backend, n, corpus, paths, work, jobs)
                rows.append(row)
                print(f"# {backend} N={n:,}: {row.ingest_s:,.0f} s, {row.docs_per_s:.1f} docs/s, "
                      f"{row.disk_mb:,.0f} MB, re-ingest {row.reingest_ms:,.0f} ms", flush=True)
                print_tables(rows, jobs)  # so far: a long run that is stopped still leaves its figures
                sys.stdout.flush()
            shutil.rmtree(corpus, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_tables(rows, jobs)
    return rows


def rows_for_report(rows: list[ScaleRow]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for r in rows:
        label = f"scale {r.backend} N={r.n}"
        out += [
            {"figure": f"{label}: ingest wall time", "value": r.ingest_s, "unit": "s"},
            {"figure": f"{label}: ingest throughput", "value": r.docs_per_s, "unit": "documents/s"},
            {"figure": f"{label}: store size on disk", "value": r.disk_mb, "unit": "MB"},
            {"figure": f"{label}: peak memory of the ingest", "value": r.ingest_peak_mb, "unit": "MB"},
            {"figure": f"{label}: re-ingest one changed text", "value": r.reingest_ms, "unit": "ms"},
            {"figure": f"{label}: quads", "value": r.quads, "unit": "quads"},
        ]
        if r.server_peak_mb is not None:
            out.append({"figure": f"{label}: peak memory of the server", "value": r.server_peak_mb, "unit": "MB"})
        for name, (median, p95, runs) in r.queries.items():
            out.append({"figure": f"{label}: query {name} median / p95 ({runs} runs)",
                        "value": f"{median:.1f} / {p95:.1f}", "unit": "ms"})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--backends", nargs="+", choices=BACKENDS, default=list(BACKENDS))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=None, help="Scratch folder (corpora and stores; deleted).")
    args = parser.parse_args()
    print(f"# reproduce: python bench/scale.py --sizes {' '.join(map(str, args.sizes))} "
          f"--backends {' '.join(args.backends)} --jobs {args.jobs}")
    bench_scale(tuple(args.sizes), tuple(args.backends), args.jobs, args.work)


if __name__ == "__main__":
    main()
