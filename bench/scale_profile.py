"""Where the time goes as the corpus grows, on `oxigraph serve`: the companion of bench/scale.py for the
question its table raises ("does the cost per text, or per answer row, grow with the corpus?").

For each size: a synthetic corpus (bench/synthetic.py) ingested with `policygraph ingest --no-validate
--jobs J` into a fresh `oxigraph serve`, with
- the ingest rate over time (texts stored, sampled every 30 s) and the server's share of one core;
- where the server spends its time in the ingest (once half the texts are in): `perf record` of the
  server for 30 s, by thread (request handler, RocksDB flush "rocksdb:high", compaction "rocksdb:low")
  and by function; skipped, and said so, when `perf` is not installed;
- the whole-corpus saved queries (`legal-bases`, `documents`) with and without their ORDER BY (median of
  3 runs over HTTP, and the rows they answer), which separates the join's cost per row from the sort's.

Run: .venv/bin/python bench/scale_profile.py [--sizes 10000 100000] [--jobs 2] [--work /tmp/pg-profile]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from scale import OxigraphProcess, ingest_command  # noqa: E402
from synthetic import write_corpus  # noqa: E402

SCAN_QUERIES = ("legal-bases", "documents")
COUNT_TEXTS = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a "
               "<https://w3id.org/policygraph/ontology#SourceText> } }")
SAMPLE_EVERY_S = 30.0
PERF_SECONDS = 30
TICKS_PER_S = 100  # USER_HZ: /proc/<pid>/stat counts CPU time in these


@dataclass
class QueryCost:
    rows: int
    sorted_s: float
    unsorted_s: float


@dataclass
class ProfileRun:
    n: int
    ingest_s: float = 0.0
    rate: list[tuple[float, int, float]] = field(default_factory=list)  # seconds, texts stored, server CPU %
    perf_threads: str = ""
    perf_functions: str = ""
    queries: dict[str, QueryCost] = field(default_factory=dict)


def server_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_S  # utime + stime


def texts_stored(url: str) -> int:
    answer = httpx.post(url, data={"query": COUNT_TEXTS}, headers={"Accept": "text/csv"}, timeout=60)
    return int(answer.text.split()[-1])


def perf_report(data: Path, sort: str, lines: int) -> str:
    report = subprocess.run(["perf", "report", "-i", str(data), "--no-children", "--sort", sort, "--stdio",
                             "-g", "none"], capture_output=True, text=True, check=False).stdout
    rows = [" ".join(line.split()).removesuffix(" - -") for line in report.splitlines()
            if line.strip() and not line.startswith("#")]
    return "\n".join(rows[:lines])


def sample_ingest(run: ProfileRun, server: OxigraphProcess, ingest: subprocess.Popen[bytes],
                  work: Path) -> None:
    """Every 30 s: texts stored and the server's CPU. Once half the texts are in (checked every 5 s, so
    a short ingest is caught too), perf the server for 30 s in the background."""
    started, cpu_before, last = time.monotonic(), server_cpu_s(server.proc.pid), 0.0
    perf: threading.Thread | None = None
    if shutil.which("perf") is None:
        run.perf_threads = "perf is not installed: no profile (apt-get install linux-perf)"

    def record() -> None:
        data = work / f"perf-{run.n}.data"
        subprocess.run(["perf", "record", "-F", "199", "-p", str(server.proc.pid), "-o", str(data),
                        "--", "sleep", str(PERF_SECONDS)], capture_output=True, check=False)
        run.perf_threads = perf_report(data, "comm", 4)
        run.perf_functions = perf_report(data, "symbol", 10)

    while ingest.poll() is None:
        time.sleep(5)
        stored = texts_stored(server.url)
        if perf is None and not run.perf_threads and stored >= run.n / 2:
            perf = threading.Thread(target=record)
            perf.start()
        elapsed = time.monotonic() - started
        if elapsed - last >= SAMPLE_EVERY_S:
            cpu = server_cpu_s(server.proc.pid)
            run.rate.append((elapsed, stored, 100 * (cpu - cpu_before) / (elapsed - last)))
            cpu_before, last = cpu, elapsed
    if perf is not None:
        perf.join()


def time_query(url: str, text: str) -> tuple[float, int]:
    samples, rows = [], 0
    for _ in range(3):
        started = time.perf_counter()
        answer = httpx.post(url, data={"query": text}, headers={"Accept": "text/tab-separated-values"},
                            timeout=600)
        samples.append(time.perf_counter() - started)
        answer.raise_for_status()
        rows = answer.text.count("\n") - 1
    return statistics.median(samples), rows


def profile(n: int, jobs: int, work: Path) -> ProfileRun:
    run = ProfileRun(n)
    corpus = work / f"corpus-{n}"
    write_corpus(n, corpus)
    server = OxigraphProcess(work / f"store-{n}")
    try:
        command, env = ingest_command(corpus, server.url, jobs)
        started = time.perf_counter()
        ingest = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sampler = threading.Thread(target=sample_ingest, args=(run, server, ingest, work))
        sampler.start()
        ingest.wait()
        run.ingest_s = time.perf_counter() - started
        sampler.join()
        if ingest.returncode != 0:
            raise RuntimeError(f"ingest failed with exit status {ingest.returncode}")
        for name in SCAN_QUERIES:
            text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
            unsorted = re.sub(r"^ORDER BY .*$", "", text, flags=re.MULTILINE)
            sorted_s, rows = time_query(server.url, text)
            unsorted_s, _ = time_query(server.url, unsorted)
            run.queries[name] = QueryCost(rows, sorted_s, unsorted_s)
    finally:
        server.stop()
        shutil.rmtree(work / f"store-{n}", ignore_errors=True)
        shutil.rmtree(corpus, ignore_errors=True)
    return run


def print_run(run: ProfileRun) -> None:
    print(f"\n## N={run.n:,}: ingest {run.ingest_s:,.0f} s, {run.n / run.ingest_s:.1f} docs/s")
    # The intervals in which perf ran are slowed a little by it.
    print("| after | texts stored | docs/s in the interval | server CPU (% of one core) |")
    print("|---|---|---|---|")
    previous = (0.0, 0)
    for elapsed, stored, cpu in run.rate:
        rate = (stored - previous[1]) / (elapsed - previous[0])
        print(f"| {elapsed:,.0f} s | {stored:,} | {rate:.1f} | {cpu:.0f} % |")
        previous = (elapsed, stored)
    threads = run.perf_threads or "none: the ingest ended before a sample saw half of the texts"
    print(f"\nServer profile once half the texts are in ({PERF_SECONDS} s), by thread:\n{threads}")
    if run.perf_functions:
        print(f"by function:\n{run.perf_functions}")
    print("\n| query | rows | with ORDER BY | without | the sort's share |")
    print("|---|---|---|---|---|")
    for name, cost in run.queries.items():
        print(f"| {name} | {cost.rows:,} | {cost.sorted_s:.2f} s | {cost.unsorted_s:.2f} s | "
              f"{1 - cost.unsorted_s / cost.sorted_s:.0%} |")


def print_growth(runs: list[ProfileRun]) -> None:
    """Each size against the first: how rows, the join and the sort grow."""
    base = runs[0]
    print(f"\n## Against N={base.n:,}")
    print("| N | docs/s | query | rows × | join (unsorted) × | per row × | sort × |")
    print("|---|---|---|---|---|---|---|")
    for run in runs[1:]:
        for name, cost in run.queries.items():
            first = base.queries[name]
            rows = cost.rows / first.rows
            join = cost.unsorted_s / first.unsorted_s
            first_sort = first.sorted_s - first.unsorted_s
            sort = f"{(cost.sorted_s - cost.unsorted_s) / first_sort:.2f}" if first_sort > 0 else "-"
            print(f"| {run.n:,} | {run.n / run.ingest_s:.1f} | {name} | {rows:.2f} | {join:.2f} | "
                  f"{join / rows:.2f} | {sort} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=None, help="Scratch folder (deleted).")
    args = parser.parse_args()
    print(f"# reproduce: python bench/scale_profile.py --sizes {' '.join(map(str, args.sizes))} --jobs {args.jobs}")
    work = args.work or Path(tempfile.mkdtemp(prefix="pg-profile-"))
    work.mkdir(parents=True, exist_ok=True)
    runs: list[ProfileRun] = []
    try:
        for n in args.sizes:
            runs.append(profile(n, args.jobs, work))
            print_run(runs[-1])
            sys.stdout.flush()
        if len(runs) > 1:
            print_growth(runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
