"""Shared fixtures: the real texts in data/corpus and the gold files in tests/gold."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import browser  # noqa: F401 - the session's Chromium, for every page test
from tests.cli_process import SETTING_PREFIX, STORE_SETTINGS

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


BACKENDS = ("embedded", "oxigraph-serve", "virtuoso")
REMOTE_BACKENDS = ("oxigraph-serve", "virtuoso")
# A Virtuoso store keeps the merge of its graphs here (POLICYGRAPH_STORE_MERGE_GRAPH): its default graph
# cannot be written (tests/test_virtuoso_deviations.py).
VIRTUOSO_MERGE_GRAPH = "https://w3id.org/policygraph/id/graph/union"


def virtuoso_settings(server) -> dict[str, str]:
    """What a user sets to reach a Virtuoso store: its updates go to /sparql itself, and its merge lives
    in a named graph."""
    return {"POLICYGRAPH_STORE_UPDATE_URL": server.update_url, "POLICYGRAPH_STORE_MERGE_GRAPH": VIRTUOSO_MERGE_GRAPH}


def start_server(name: str, folder: Path):
    """A new server of remote backend ``name`` ("oxigraph-serve", "virtuoso") over ``folder``, started;
    ``server.start()`` again after a kill restarts it on its folder at the same URLs."""
    if name == "virtuoso":
        from tests.virtuoso_server import VirtuosoServer

        server = VirtuosoServer(folder / "db").start()
        STORE_SETTINGS[server.query_url] = virtuoso_settings(server)
        return server
    from tests.oxigraph_server import OxigraphServer

    return OxigraphServer(folder / "db", folder / "server.log").start()


def remote_store(server, **connection: object):
    """A RemoteStore on ``server`` as its settings reach it (``connection``: SparqlConnection's options)."""
    from policygraph.store.http import SparqlConnection
    from policygraph.store.remote import RemoteStore

    settings = STORE_SETTINGS.get(server.query_url, {})
    return RemoteStore(SparqlConnection(server.query_url, update_url=settings.get("POLICYGRAPH_STORE_UPDATE_URL"),
                                        **connection),  # type: ignore[arg-type]
                       merge_graph=settings.get("POLICYGRAPH_STORE_MERGE_GRAPH"))


def settings_to_reach(location: str):
    """The settings that reach the store at ``location``: the declared defaults (what ``open_store`` takes
    without any) with the store's own (STORE_SETTINGS: a Virtuoso's update URL and merge graph)."""
    from policygraph.config import Settings

    own = {name.removeprefix(SETTING_PREFIX).lower(): value for name, value in STORE_SETTINGS.get(location, {}).items()}
    return Settings.model_construct(**own)


def open_test_store(location: str, **options: bool):
    """``open_store(location)`` with the settings that reach it, as a user's edge passes them."""
    from policygraph.store.opening import open_store

    return open_store(location, settings=settings_to_reach(location), **options)


class StoreBackend:
    """Fresh stores of one kind: an embedded store's folder, or a new `oxigraph serve` or Virtuoso (on a
    folder of its own, on free ports) whose SPARQL query URL is the store's location.

    One Virtuoso per store, as one `oxigraph serve` per store: the tests write the same graph IRIs into
    every store, so stores sharing a server would see each other's graphs; a Virtuoso starts in about
    2 s and stops in a few ms, which is cheap next to the ingests these tests run."""

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
        server = start_server(self.name, self.tmp.mktemp(self.name))
        self.servers[server.query_url] = server
        return server.query_url

    def close(self, since: int = 0) -> None:
        """Stop the servers started (the ``since``-th and later)."""
        for location in list(self.servers)[since:]:
            self.servers.pop(location).stop()  # type: ignore[attr-defined]


@pytest.fixture(scope="session", params=BACKENDS)
def store_backend(request, tmp_path_factory) -> StoreBackend:
    """Each test that takes it runs once per backend: the embedded store, a real `oxigraph serve` and a
    real Virtuoso."""
    backend = StoreBackend(request.param, tmp_path_factory)
    yield backend
    backend.close()


def _remote_store_of_data_corpus(name: str, tmp_path_factory) -> Iterator[str]:
    """A new server of backend ``name`` with data/corpus ingested through the remote store; its query URL."""
    from policygraph.ingest import ingest_paths

    backend = StoreBackend(name, tmp_path_factory)
    location = backend.new_store()
    with open_test_store(location) as store:
        summary = ingest_paths([CORPUS], store)
    assert summary.count("refused") == 0
    yield location
    backend.close()


@pytest.fixture(scope="session")
def remote_ingested_store(tmp_path_factory) -> Iterator[str]:
    """A real `oxigraph serve` with data/corpus ingested through the remote store; its query URL."""
    yield from _remote_store_of_data_corpus("oxigraph-serve", tmp_path_factory)


@pytest.fixture(scope="session")
def virtuoso_ingested_store(tmp_path_factory) -> Iterator[str]:
    """A real Virtuoso with data/corpus ingested through the remote store; its query URL."""
    yield from _remote_store_of_data_corpus("virtuoso", tmp_path_factory)


_INGESTED = {"oxigraph-serve": "remote_ingested_store", "virtuoso": "virtuoso_ingested_store"}


@pytest.fixture(scope="session", params=REMOTE_BACKENDS)
def any_remote_ingested_store(request) -> str:
    """The query URL of each remote backend's server with data/corpus ingested (tests only read it)."""
    return request.getfixturevalue(_INGESTED[request.param])


@pytest.fixture(scope="session")
def ingested_store(store_backend, request) -> str:
    """The location of a store of ``store_backend``'s kind with data/corpus ingested (tests only read it)."""
    if store_backend.remote:
        return request.getfixturevalue(_INGESTED[store_backend.name])
    return str(request.getfixturevalue("ingested_store_path"))


@pytest.fixture(scope="session")
def boolean_lexical_forms(store_backend) -> tuple[str, str]:
    """How the backend's answers write a boolean expression's true and false (EXISTS, BOUND, =): Virtuoso
    as the integers 1 and 0 (test_virtuoso_deviations.py pins it), the others as SPARQL 1.1 says."""
    return ("1", "0") if store_backend.name == "virtuoso" else ("true", "false")


@pytest.fixture(autouse=True)
def a_tests_own_stores_end_with_it(request) -> Iterator[None]:
    """The stores a test makes with ``store_backend.new_store()`` stop when it ends (a Virtuoso holds about
    270 MB); those of broader fixtures live as long as they do."""
    if "store_backend" not in request.fixturenames:
        yield
        return
    backend = request.getfixturevalue("store_backend")
    before = len(backend.servers)
    yield
    backend.close(since=before)


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
