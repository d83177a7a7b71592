"""What the command line promises before it does any work: options it validates (a port in range, a
store that exists for the commands that only read one, formats from their list), flags shown as flags,
every option described, `--version`, and a `serve` that stops promptly when told to."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from pathlib import Path

import pytest

from .cli_process import PG, clean_env, run_cli
from .conftest import CORPUS, ROOT

# ---- defect 6: the port ------------------------------------------------------------------------


@pytest.mark.parametrize("port", ["83617", "0", "-1", "65536"])
def test_serve_refuses_a_port_outside_1_to_65535_with_one_line(port, ingested_store_path):
    # 83617 was logged as the port while the server listened on 83617 - 65536 = 18081.
    result = run_cli("serve", "--port", port, "--store", str(ingested_store_path), timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (f"error: Invalid value for '--port': {port} is not a TCP port; give one from 1 to "
                             "65535. Try 'policygraph serve --help' for help.\n")


def test_serve_refuses_a_port_setting_outside_1_to_65535_with_one_line(ingested_store_path):
    result = run_cli("serve", "--store", str(ingested_store_path), timeout=60, POLICYGRAPH_PORT="83617")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: POLICYGRAPH_PORT")
    assert "83617" in result.stderr and "65535" in result.stderr


# ---- defect 6: a read-only command on a store that does not exist ---------------------------------

READ_ONLY_COMMANDS = {
    "query": ["query", "queries/documents.rq"],
    "stats": ["stats"],
    "trace": ["trace", "7/NQ-CP", "45-NQ/TW"],
    "export": ["export"],
    "validate --against-store": ["validate", "tests/shapes/valid.ttl", "--against-store"],
    "serve": ["serve", "--port", "1"],  # refused before it would bind
}


@pytest.mark.parametrize("command", list(READ_ONLY_COMMANDS))
def test_a_read_only_command_refuses_a_store_folder_that_does_not_exist_and_does_not_create_it(command, tmp_path):
    mistyped = tmp_path / "stroe"
    result = run_cli(*READ_ONLY_COMMANDS[command], "--store", str(mistyped), timeout=60)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        f"error: no store at {mistyped}: the folder does not exist. Check --store or POLICYGRAPH_STORE, "
        f"or ingest texts into it first: policygraph ingest --store {mistyped} FILES\n")
    assert not mistyped.exists()


@pytest.mark.parametrize("command", ["stats", "query"])
def test_a_read_only_command_refuses_a_folder_that_holds_no_store_and_leaves_it_empty(command, tmp_path):
    folder = tmp_path / "not-a-store"
    folder.mkdir()
    result = run_cli(*READ_ONLY_COMMANDS[command], "--store", str(folder), timeout=60)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"error: no store at {folder}: the folder holds no store. Check --store or POLICYGRAPH_STORE, "
        f"or ingest texts into it first: policygraph ingest --store {folder} FILES\n")
    assert list(folder.iterdir()) == []


def test_the_store_setting_is_checked_like_the_option(tmp_path):
    result = run_cli("stats", timeout=60, POLICYGRAPH_STORE=str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: no store at {tmp_path / 'nowhere'}: the folder does not exist.")
    assert not (tmp_path / "nowhere").exists()


def test_ingest_still_creates_the_store_it_is_given(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n", encoding="utf-8")
    store = tmp_path / "new" / "store"
    result = run_cli("ingest", str(text), "--store", str(store), timeout=300)
    assert result.returncode == 0, result.stderr
    assert "1 texts: 1 ingested" in result.stdout
    stats = run_cli("stats", "--format", "json", "--store", str(store), timeout=60)
    assert stats.returncode == 0, stats.stderr


# ---- the CLI items: flags, help, --version, enumerated options ------------------------------------

COMMANDS = ["extract", "validate", "ingest", "query", "trace", "export", "stats", "serve"]


def test_help_shows_boolean_flags_as_flags_and_validate_with_its_negative():
    for command in COMMANDS:
        result = run_cli(command, "--help")
        assert result.returncode == 0, result.stderr
        assert "<bool>" not in result.stdout, command  # a flag takes no value
    ingest = run_cli("ingest", "--help").stdout
    assert "--validate / --no-validate" in ingest
    assert "--force " in ingest and "--quarantine " in ingest


def test_every_option_and_argument_of_every_command_is_described():
    import typer

    from policygraph.cli import app

    group = typer.main.get_command(app)
    undescribed = [
        f"{name} {param.name}"
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for param in command.params
        if not (getattr(param, "help", None) or "").strip()
    ]
    assert sorted(group.commands) == sorted(COMMANDS)  # type: ignore[attr-defined]
    assert undescribed == []


def test_version_prints_the_package_version():
    from importlib.metadata import version

    result = run_cli("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"policygraph {version('policygraph')}\n", "")


def test_ingest_no_validate_still_skips_validation(tmp_path):
    text = tmp_path / "late.txt"
    # 7/NQ-CP (10/1/2025) implements a conclusion dated after it: a violation, refused when validated.
    text.write_text("Chính phủ ban hành Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện "
                    "Kết luận số 96-KL/TW ngày 30/9/2026 của Bộ Chính trị.\n", encoding="utf-8")
    refused = run_cli("ingest", str(text), "--validate", "--store", str(tmp_path / "a"), timeout=300)
    kept = run_cli("ingest", str(text), "--no-validate", "--store", str(tmp_path / "b"), timeout=300)
    assert refused.returncode == 1 and "1 texts: 0 ingested, 0 unchanged, 1 refused" in refused.stdout
    assert kept.returncode == 0 and "1 texts: 1 ingested" in kept.stdout


def test_stats_format_is_checked_against_its_list(ingested_store_path):
    result = run_cli("stats", "--format", "xml", "--store", str(ingested_store_path), timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: Invalid value for '--format' / '-f': ")
    assert "'xml' is not one of 'table', 'json'" in result.stderr


# ---- serve stops promptly when told to, even with a query running ----------------------------------

# Three copies of every statement joined with each other: far more solutions than any worker gets
# through before the query timeout.
ENDLESS_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# The promise is 2 s. The bound adds a margin for a loaded 2-core machine, and still tells the
# two behaviours apart: before, the server waited for the query to end (here: the 120 s query timeout).
STOP_BOUND_S = 5.0


def _processes_mentioning(text: str) -> list[int]:
    """The live processes whose command line contains ``text`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if text in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def _cpu_seconds(pid: int) -> float:
    fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# How the server ends: after its shutdown uvicorn raises the signal again, so SIGTERM ends it as the
# signal would (what a supervisor expects); Ctrl-C's KeyboardInterrupt uvicorn.run takes as a normal end.
STOPPED_BY = {"SIGTERM": -15, "SIGINT": 0}


@pytest.mark.parametrize("signal_name", list(STOPPED_BY))
def test_serve_stops_within_2_s_of_sigterm_or_ctrl_c_with_a_query_running_and_leaves_no_worker(
        signal_name, ingested_store_path, tmp_path):
    import shutil
    import signal
    import threading
    import time

    import httpx

    from .live_server import free_port, wait_for_health

    store = tmp_path / "served-store"
    shutil.copytree(ingested_store_path, store)
    port = free_port()
    env = clean_env(POLICYGRAPH_QUERY_TIMEOUT_S="120", POLICYGRAPH_QUERY_WORKERS="2")
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([*PG, "serve", "--port", str(port), "--store", str(store)], env=env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(proc, url, within_s=120, log_path=tmp_path / "serve.log")
        deadline = time.monotonic() + 120
        workers = _processes_mentioning(f"policygraph.sparql.worker {store}")
        assert len(workers) == 2
        started = {pid: _cpu_seconds(pid) for pid in workers}

        answers: list[object] = []

        def ask() -> None:
            try:
                answer = httpx.post(url + "/sparql", data={"query": ENDLESS_QUERY}, timeout=300)
                answers.append((answer.status_code, answer.text))
            except httpx.TransportError as exc:
                answers.append(type(exc).__name__)

        client = threading.Thread(target=ask, daemon=True)
        client.start()
        # The query is running once a worker has spent a second of CPU time on it.
        while not any(_cpu_seconds(pid) - started[pid] > 1.0 for pid in workers):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        signalled = time.monotonic()
        proc.send_signal(getattr(signal, signal_name))
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=60)
        took = time.monotonic() - signalled
        assert proc.returncode is not None and took < STOP_BOUND_S, (took, (tmp_path / "serve.log").read_text())
        assert proc.returncode == STOPPED_BY[signal_name]
        assert _processes_mentioning(str(store)) == []
        client.join(timeout=60)
        assert answers == [(503, '{"status":503,"error":"server stopping","detail":"the server is stopping; the '
                                 'query was stopped. Try again once it is back"}')]  # not 500, not a cut connection
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in _processes_mentioning(str(store)):
            os.kill(pid, signal.SIGKILL)
        log.close()


def test_serve_with_an_update_token_starts_on_a_new_store_that_updates_will_fill(tmp_path):
    import signal
    import time

    import httpx

    from .live_server import free_port

    store, port = tmp_path / "new-store", free_port()
    env = clean_env(POLICYGRAPH_UPDATE_TOKEN="s3cret", POLICYGRAPH_QUERY_WORKERS="1")
    proc = subprocess.Popen([*PG, "serve", "--port", str(port), "--store", str(store)], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert (health.status_code, health.json()["quads"]) == (200, 0)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert (store / "CURRENT").is_file()


# ---- issue 16: serve says where to open it, last -----------------------------------------------------


def test_serve_says_last_once_it_listens_the_address_to_open(ingested_store_path, tmp_path):
    import shutil

    from .live_server import policygraph_serve

    store, log = tmp_path / "store", tmp_path / "serve.log"
    shutil.copytree(ingested_store_path, store)
    with policygraph_serve(store, log, cwd=ROOT, POLICYGRAPH_QUERY_WORKERS="1") as url:
        lines = log.read_text().splitlines()
    running = next(i for i, line in enumerate(lines) if line.startswith("INFO:     Uvicorn running on "))
    texts = len(list(CORPUS.glob("*.txt")))
    assert lines[running + 1:running + 3] == [
        "", f"policygraph serves {store} ({texts} texts) at {url}/: the query page {url}/, documents "
            f"{url}/documents, graph {url}/graph, SPARQL endpoint {url}/sparql, API {url}/api. Ctrl-C stops it."]
    # After it, only the requests the test made, one line each in the Common Log Format: nothing else.
    after = lines[running + 3:]
    assert after and all(re.fullmatch(
        r'127\.0\.0\.1 - - \[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "GET /health HTTP/1\.1" 200 \d+',
        line) for line in after), after
