"""A text's identity is its path relative to what was ingested: two files with one name in two folders
are two texts, a re-run changes nothing, and two inputs that would still be one text are refused before
anything is written. data/corpus keeps the names (and so the IRIs) it has always had."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from policygraph.errors import InputError
from policygraph.ingest import ingest_paths
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.store.opening import open_store

from .cli_process import run_cli
from .conftest import CORPUS, SEED_NAME, open_test_store
from .live_server import live_server

SEED = (CORPUS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
LAW = "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
STORED_NAMES = """
    PREFIX pg: <https://w3id.org/policygraph/ontology#>
    SELECT ?source ?name ?sha WHERE { ?source a pg:SourceText ; pg:fileName ?name ; pg:sha256 ?sha }
    ORDER BY ?name"""


def two_texts_named_x(folder: Path) -> Path:
    """``folder``/a/x.txt (the seed article) and ``folder``/b/x.txt (one line citing a law)."""
    for sub, text in (("a", SEED), ("b", LAW)):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "x.txt").write_text(text, encoding="utf-8")
    return folder


def stored_names(store) -> list[tuple[str, str]]:
    return [(str(row[0]), str(row[1])) for row in store.select(STORED_NAMES).rows]


def test_two_texts_with_one_name_in_two_folders_are_two_texts_and_a_rerun_changes_nothing(store_backend, tmp_path):
    texts = two_texts_named_x(tmp_path / "texts")
    minter = ExtractionMapper().minter
    with open_test_store(store_backend.new_store()) as store:
        first = ingest_paths([texts], store)
        quads = store.quad_count()
        assert [(o.source, o.status) for o in first.outcomes] == [("a/x.txt", "ingested"), ("b/x.txt", "ingested")]
        assert stored_names(store) == [(str(minter.source("a/x.txt")), "a/x.txt"),
                                       (str(minter.source("b/x.txt")), "b/x.txt")]
        for _ in range(2):  # every re-run kept the other one of the two
            again = ingest_paths([texts], store)
            assert [(o.source, o.status) for o in again.outcomes] == [
                ("a/x.txt", "unchanged"), ("b/x.txt", "unchanged")]
            assert store.quad_count() == quads


def test_two_file_arguments_with_one_name_are_refused_before_anything_is_written(store_backend, tmp_path):
    texts = two_texts_named_x(tmp_path / "texts")
    with open_test_store(store_backend.new_store()) as store:
        with pytest.raises(InputError) as refused:
            ingest_paths([texts / "a" / "x.txt", texts / "b" / "x.txt"], store)
        assert str(refused.value) == (
            f"{texts / 'b' / 'x.txt'}: would be stored as 'x.txt', the name of {texts / 'a' / 'x.txt'} too; give "
            "the folder that holds both instead (a text in a folder is known by its path inside it)")
        assert store.quad_count() == 0


def test_the_same_file_given_twice_is_one_text(tmp_path):
    texts = two_texts_named_x(tmp_path / "texts")
    with open_store(str(tmp_path / "store")) as store:
        summary = ingest_paths([texts, texts / "a" / "x.txt", texts / "a" / ".." / "a" / "x.txt"], store)
        assert [(o.source, o.status) for o in summary.outcomes] == [("a/x.txt", "ingested"), ("b/x.txt", "ingested")]


def test_a_file_argument_keeps_its_name_and_a_folder_s_texts_their_path_inside_it(tmp_path):
    texts = two_texts_named_x(tmp_path / "texts")
    (texts / "a" / "deeper").mkdir()
    (texts / "a" / "deeper" / "x.txt").write_text(LAW + LAW, encoding="utf-8")
    (tmp_path / "y.txt").write_text(LAW, encoding="utf-8")
    with open_store(str(tmp_path / "store")) as store:
        summary = ingest_paths([texts / "a", tmp_path / "y.txt"], store)
        assert [o.source for o in summary.outcomes] == ["deeper/x.txt", "x.txt", "y.txt"]


def test_data_corpus_keeps_the_names_and_iris_it_was_always_ingested_with(ingested_store):
    with open_test_store(ingested_store) as store:
        names = stored_names(store)
    assert [name for _, name in names] == [f"corpus/{p.name}" for p in sorted(CORPUS.glob("*.txt"))]
    assert names[0] == ("https://w3id.org/policygraph/id/source/000-849468c7549e9275-txt-0a30bdfc9879",
                        "corpus/000_849468c7549e9275.txt")


# ---- the command line --------------------------------------------------------------------------



def test_ingest_summary_counts_two_same_named_texts_as_two_and_a_rerun_as_unchanged(tmp_path):
    texts = two_texts_named_x(tmp_path / "texts")
    store = str(tmp_path / "store")
    first = run_cli("ingest", str(texts), "--store", store)
    assert first.returncode == 0, first.stderr
    assert "2 texts: 2 ingested, 0 unchanged" in first.stdout
    again = run_cli("ingest", str(texts), "--store", store)
    assert "2 texts: 0 ingested, 2 unchanged" in again.stdout


def test_ingest_of_two_files_with_one_name_exits_2_with_one_line_and_creates_no_store(tmp_path):
    texts = two_texts_named_x(tmp_path / "texts")
    result = run_cli("ingest", str(texts / "a" / "x.txt"), str(texts / "b" / "x.txt"),
                     "--store", str(tmp_path / "store"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {texts / 'b' / 'x.txt'}: would be stored as 'x.txt', the name of {texts / 'a' / 'x.txt'} too; "
        "give the folder that holds both instead (a text in a folder is known by its path inside it)\n")
    assert not (tmp_path / "store").exists()


# ---- /sources serves nested texts of the data folder by their path --------------------------------


def test_sources_serves_two_same_named_texts_of_nested_data_folders_each_by_its_path(tmp_path, monkeypatch):
    from policygraph.config import get_settings

    data = tmp_path / "data"
    texts = two_texts_named_x(data / "texts")
    store = tmp_path / "store"
    env = {"POLICYGRAPH_DATA_DIR": str(data)}
    with open_store(str(store)) as opened:
        monkeypatch.setenv("POLICYGRAPH_DATA_DIR", str(data))
        get_settings.cache_clear()
        summary = ingest_paths([texts], opened, data_dir=get_settings().data_dir)
    assert [o.source for o in summary.outcomes] == ["texts/a/x.txt", "texts/b/x.txt"]
    with live_server(store, tmp_path / "server.log", **env) as url:
        a = httpx.get(f"{url}/sources/texts/a/x.txt", timeout=30)
        b = httpx.get(f"{url}/sources/texts/b/x.txt", timeout=30)
        bare = httpx.get(f"{url}/sources/x.txt", timeout=30)
    assert (a.status_code, a.json()["file"], a.json()["text"]) == (200, "texts/a/x.txt", SEED)
    assert (b.status_code, b.json()["file"], b.json()["text"]) == (200, "texts/b/x.txt", LAW)
    assert b.json()["spans"][0]["text"] == "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"
    assert bare.status_code == 404
