"""Shared fixtures: the real texts in data/corpus and the gold files in tests/gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.browser import browser  # noqa: F401 - the session's Chromium, for every page test

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "gold"
SEED_NAME = "000_849468c7549e9275"


def read_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return read_text(f"{SEED_NAME}.txt")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((GOLD / f"{SEED_NAME}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_extraction(seed_text):
    from policygraph.extract.pipeline import extract_text

    return extract_text(seed_text, f"{SEED_NAME}.txt")


@pytest.fixture(scope="session")
def ingested_store_path(tmp_path_factory) -> Path:
    """A real on-disk store with data/corpus ingested, built once per test session."""
    from policygraph.ingest import ingest_paths
    from policygraph.store.base import open_store

    path = tmp_path_factory.mktemp("store") / "store"
    with open_store(str(path)) as store:
        summary = ingest_paths([CORPUS], store)
    assert summary.count("refused") == 0, [o.report for o in summary.outcomes if o.status == "refused"]
    return path


@pytest.fixture(scope="session")
def server_url(ingested_store_path, tmp_path_factory):
    """A real uvicorn server on a free port, serving a copy of the ingested store."""
    import shutil

    from tests.live_server import live_server

    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(ingested_store_path, store)
    with live_server(store, tmp_path_factory.mktemp("logs") / "server.log") as url:
        yield url
