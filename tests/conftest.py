"""Shared fixtures: the real texts in data/corpus and the gold files in tests/gold."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import browser  # noqa: F401 - the session's Chromium, for every page test
from tests.cli_process import SETTING_PREFIX

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "gold"
SEED_NAME = "000_849468c7549e9275"


def _without_settings_from_the_shell(patch: pytest.MonkeyPatch) -> None:
    """Remove every POLICYGRAPH_* variable from os.environ (``patch`` puts them back) and forget the
    settings read so far, so that in-process code reads the defaults and what the test itself sets."""
    from policygraph.config import get_settings

    for name in [name for name in os.environ if name.startswith(SETTING_PREFIX)]:
        patch.delenv(name)
    get_settings.cache_clear()


@pytest.fixture(scope="session", autouse=True)
def no_settings_from_the_shell_for_the_session() -> Iterator[None]:
    """The session's shared stores and servers are built without the developer's POLICYGRAPH_* variables."""
    with pytest.MonkeyPatch.context() as patch:
        _without_settings_from_the_shell(patch)
        yield
    from policygraph.config import get_settings

    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def no_settings_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with no POLICYGRAPH_* variable and fresh settings, and one test's settings
    (monkeypatch.setenv, then get_settings()) do not outlive it."""
    _without_settings_from_the_shell(monkeypatch)
    yield
    from policygraph.config import get_settings

    get_settings.cache_clear()


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
    from policygraph.store.opening import open_store

    path = tmp_path_factory.mktemp("store") / "store"
    with open_store(str(path)) as store:
        summary = ingest_paths([CORPUS], store)
    assert summary.count("refused") == 0, [o.report for o in summary.outcomes if o.status == "refused"]
    return path


BACKENDS = ("embedded", "oxigraph-serve")


class StoreBackend:
    """Fresh stores of one kind: an embedded store's folder, or a new `oxigraph serve` (on a folder of
    its own, on a free port) whose SPARQL query URL is the store's location."""

    def __init__(self, name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.name = name
        self.tmp = tmp_path_factory
        self.servers: dict[str, object] = {}

    @property
    def remote(self) -> bool:
        return self.name != "embedded"

    def new_store(self) -> str:
        if not self.remote:
            return str(self.tmp.mktemp("store") / "store")
        from tests.oxigraph_server import OxigraphServer

        folder = self.tmp.mktemp("oxigraph")
        server = OxigraphServer(folder / "db", folder / "server.log").start()
        self.servers[server.query_url] = server
        return server.query_url

    def close(self) -> None:
        for server in self.servers.values():
            server.stop()  # type: ignore[attr-defined]


@pytest.fixture(scope="session", params=BACKENDS)
def store_backend(request, tmp_path_factory) -> StoreBackend:
    """Each test that takes it runs once per backend: the embedded store and a real `oxigraph serve`."""
    backend = StoreBackend(request.param, tmp_path_factory)
    yield backend
    backend.close()


@pytest.fixture(scope="session")
def remote_ingested_store(tmp_path_factory) -> str:
    """A real `oxigraph serve` with data/corpus ingested through the remote store; its query URL."""
    from policygraph.ingest import ingest_paths
    from policygraph.store.opening import open_store

    backend = StoreBackend("oxigraph-serve", tmp_path_factory)
    location = backend.new_store()
    with open_store(location) as store:
        summary = ingest_paths([CORPUS], store)
    assert summary.count("refused") == 0
    yield location
    backend.close()


@pytest.fixture(scope="session")
def ingested_store(store_backend, request) -> str:
    """The location of a store of ``store_backend``'s kind with data/corpus ingested (tests only read it)."""
    if store_backend.remote:
        return request.getfixturevalue("remote_ingested_store")
    return str(request.getfixturevalue("ingested_store_path"))


@pytest.fixture(scope="session")
def server_url(ingested_store_path, tmp_path_factory):
    """A real uvicorn server on a free port, serving a copy of the ingested store."""
    import shutil

    from tests.live_server import live_server

    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(ingested_store_path, store)
    with live_server(store, tmp_path_factory.mktemp("logs") / "server.log") as url:
        yield url


# Two resolutions numbered 45-NQ/TW (2019 and 2023): a number that names two documents.
TWO_RESOLUTIONS_45 = {
    "hai-phong.txt": "Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị về xây dựng và phát triển thành phố "
                     "Hải Phòng đến năm 2030, tầm nhìn đến năm 2045.\n",
    "tri-thuc.txt": "Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục "
                    "xây dựng và phát huy vai trò của đội ngũ trí thức.\n",
}


@pytest.fixture(scope="session")
def two_resolutions_url(tmp_path_factory) -> Iterator[str]:
    """A real uvicorn server over a store holding only TWO_RESOLUTIONS_45 (for the API and trace page tests)."""
    from policygraph.ingest import ingest_paths
    from policygraph.store.opening import open_store
    from tests.live_server import live_server

    folder = tmp_path_factory.mktemp("texts")
    for name, text in TWO_RESOLUTIONS_45.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = tmp_path_factory.mktemp("two") / "store"
    with open_store(str(store)) as opened:
        summary = ingest_paths([folder], opened, validate=False)
    assert summary.count("ingested") == 2
    with live_server(store, tmp_path_factory.mktemp("logs") / "server.log") as url:
        yield url
