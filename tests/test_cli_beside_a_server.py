"""The commands that only read a store work while `policygraph serve` holds it (issue 16: the README's
tour ran `query` and `trace` right after `make run`, and they failed on the store's lock); `ingest`
beside a running server says in one line what to do."""

from __future__ import annotations

import json
import shutil

import httpx
import pytest

from .cli_process import run_cli
from .conftest import CORPUS, ROOT, SEED_NAME
from .live_server import policygraph_serve


@pytest.fixture(scope="module")
def served_store(ingested_store_path, tmp_path_factory):
    """A copy of the ingested store, held by a real `policygraph serve` for the module's tests; yields
    the store's folder and the server's URL."""
    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(ingested_store_path, store)
    with policygraph_serve(store, tmp_path_factory.mktemp("logs") / "serve.log", cwd=ROOT) as url:
        yield store, url


def test_query_runs_beside_a_running_server(served_store):
    store, _ = served_store
    result = run_cli("query", "queries/documents.rq", "--format", "csv", "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "document,number,kind,date,mentions"
    assert len(result.stdout.splitlines()) == 1 + 118


def test_trace_runs_beside_a_running_server(served_store):
    store, _ = served_store
    result = run_cli("trace", "7/NQ-CP", "45-NQ/TW", "--format", "json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    hops = json.loads(result.stdout)
    assert [(h["source_label"], h["relation"], h["target_label"]) for h in hops] == [
        ("7/NQ-CP", "implements", "96-KL/TW"), ("96-KL/TW", "continues", "45-NQ/TW")]


def test_stats_and_export_run_beside_a_running_server_and_count_what_it_serves(served_store):
    store, url = served_store
    quads = httpx.get(url + "/health").json()["quads"]
    stats = run_cli("stats", "--format", "json", "--store", str(store))
    assert stats.returncode == 0, stats.stderr
    assert (json.loads(stats.stdout)["quads"], json.loads(stats.stdout)["source_texts"]) == (quads, 8)
    export = run_cli("export", "--format", "nquads", "--store", str(store))
    assert export.returncode == 0, export.stderr
    assert len(export.stdout.splitlines()) == quads


def test_validate_against_the_store_runs_beside_a_running_server(served_store):
    store, _ = served_store
    result = run_cli("validate", str(CORPUS / f"{SEED_NAME}.txt"), "--against-store", "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "conforms: 0 violations, 4 warnings, 0 infos"


def test_ingest_beside_a_running_server_exits_2_with_one_line_saying_what_to_do(served_store):
    store, url = served_store
    quads = httpx.get(url + "/health").json()["quads"]
    result = run_cli("ingest", str(CORPUS / f"{SEED_NAME}.txt"), "--force", "--store", str(store))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"error: the store at {store} is held by another process (a running `policygraph serve`, or an ingest): "
        "stop it and run this command again; or, if it is a server that takes SPARQL Update "
        "(POLICYGRAPH_UPDATE_TOKEN), ingest through it: POLICYGRAPH_STORE_UPDATE_URL=http://127.0.0.1:8000/sparql "
        "POLICYGRAPH_STORE_TOKEN=<the token> policygraph ingest --store http://127.0.0.1:8000/sparql FILES\n")
    assert httpx.get(url + "/health").json()["quads"] == quads
