"""The command line as a user meets it: clear errors, exit codes, and an interrupted ingest."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from .cli_process import PG, clean_env, run_cli
from .conftest import CORPUS, ROOT, SEED_NAME


def test_extract_json_carries_the_gold_field_names(seed_gold):
    result = run_cli("extract", str(CORPUS / f"{SEED_NAME}.txt"), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["subject_document"] == "7/NQ-CP"
    assert set(data["references"][0]) >= {"surface", "start", "end", "type", "number", "issuer",
                                          "issuer_inferred", "date", "term", "title"}
    assert ("96-KL/TW", "45-NQ/TW", "continues") in {(r["from"], r["to"], r["type"]) for r in data["relations"]}
    # the seed's relations are exactly its gold's
    assert sorted((r["from"], r["to"], r["type"]) for r in data["relations"]) == sorted(
        (r["from"], r["to"], r["type"]) for r in seed_gold["relations"])


def test_missing_file_is_exit_2_with_its_name(tmp_path):
    result = run_cli("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "nope.txt: no such file" in result.stderr


def test_non_utf8_file_names_the_byte_offset(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Nghị quyết số 45-NQ/TW\n".encode() + "Quy\xe9t \n".encode("latin-1"))
    result = run_cli("extract", str(bad))
    assert result.returncode == 2
    assert "line 2, offset 32: not UTF-8 (byte 0xe9)" in " ".join(result.stderr.split())


def test_trace_on_an_empty_store_says_to_ingest_first(tmp_path):
    from policygraph.store.opening import open_store

    open_store(str(tmp_path / "empty")).close()  # a store with nothing in it (a missing one is refused)
    result = run_cli("trace", "7/NQ-CP", "45-NQ/TW", store=tmp_path / "empty")
    assert result.returncode == 1
    assert "the store is empty; run `policygraph ingest data/` first" in " ".join(result.stderr.split())


def test_ctrl_c_during_ingest_leaves_every_stored_text_whole(tmp_path, monkeypatch):
    """SIGINT in the middle of an ingest: the texts written before it are complete, the one being
    written is absent or complete, and the command says it was interrupted."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # bench/synthetic.py, for this test only
    from synthetic import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus(300, corpus)
    store = tmp_path / "store"
    env = clean_env(POLICYGRAPH_STORE=str(store))
    proc = subprocess.Popen([*PG, "ingest", str(corpus), "--no-validate"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Wait until some texts are written (each adds about 350 KB to the write-ahead log), however
    # loaded the machine is, then interrupt while the rest are still coming.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if sum(f.stat().st_size for f in store.glob("*.log")) > 4_000_000:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    from policygraph.extract.pipeline import extract_text
    from policygraph.rdf.mapping import ExtractionMapper
    from policygraph.store.opening import open_store

    mapper = ExtractionMapper()
    with open_store(str(store)) as opened:
        stored = {row[0].rsplit("/", 1)[-1]: int(row[1]) for row in opened.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows}
    texts = {mapper.minter.graph(f"{p.name}").rsplit("/", 1)[-1]: p for p in sorted(corpus.glob("*.txt"))}
    whole = [key for key in stored if key in texts]
    assert 0 < len(whole) < 300
    for key in whole:
        path = texts[key]
        expected = len(mapper.to_graph(extract_text(path.read_text(encoding="utf-8"), path.name)))
        assert stored[key] == expected + 1, key  # + prov:generatedAtTime, written at ingest


def test_ingest_data_and_trace_prints_the_two_hops_with_their_sentences(tmp_path):
    """The issue's own check: `policygraph ingest data/ && policygraph trace 7/NQ-CP 45-NQ/TW`."""
    store = tmp_path / "store"
    ingested = run_cli("ingest", "data/", "--no-validate", store=store)
    assert ingested.returncode == 0, ingested.stderr
    assert "8 texts: 8 ingested" in ingested.stdout  # the folders' README.md files are not texts
    traced = run_cli("trace", "7/NQ-CP", "45-NQ/TW", "--format", "json", store=store)
    hops = json.loads(traced.stdout)
    assert [(h["source_label"], h["relation"], h["target_label"]) for h in hops] == [
        ("7/NQ-CP", "implements", "96-KL/TW"), ("96-KL/TW", "continues", "45-NQ/TW")]
    assert hops[1]["evidence"].startswith("Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện")


def test_trace_as_dot_draws_each_hop_with_its_relation_and_sentence(ingested_store):
    traced = run_cli("trace", "7/NQ-CP", "45-NQ/TW", "--format", "dot", "--store", ingested_store)
    assert traced.returncode == 0, traced.stderr
    edges = [line.strip() for line in traced.stdout.splitlines() if "->" in line]
    assert edges == [
        '"7/NQ-CP" -> "96-KL/TW" [label="implements\\n«Nghị quyết 7/NQ-CP ngày 10/1/2025 về\\nChương trình hành '
        'động thực hiện Kết\\nluận số 96-KL/TW ngày 30/9/2024 của Bộ\\nChính trị»", tooltip="Nghị quyết 7/NQ-CP ngày '
        '10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị '
        '(corpus/000_849468c7549e9275.txt [297:419])"];',
        '"96-KL/TW" -> "45-NQ/TW" [label="continues\\n«Kết luận số 96-KL/TW ngày 30/9/2024 của\\nBộ Chính trị về '
        'tiếp tục thực hiện Nghị\\nquyết số 45-NQ/TW ngày 24/1/2019 của Bộ\\nChính trị khóa XII»", tooltip="Kết luận '
        'số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 45-NQ/TW ngày 24/1/2019 của '
        'Bộ Chính trị khóa XII (corpus/000_849468c7549e9275.txt [367:505])"];',
    ]
    assert traced.stdout.startswith("digraph trace {\n  rankdir=LR;") and traced.stdout.endswith("}\n")


def test_trace_shows_documents_known_only_by_name_by_that_name(ingested_store):
    traced = run_cli("trace", "16/2025/NĐ-CP", "--format", "json", "--store", ingested_store)
    assert traced.returncode == 0, traced.stderr
    hops = [(h["source_label"], h["relation"], h["target_label"]) for h in json.loads(traced.stdout)]
    amending_law = ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                    "địa phương")
    assert ("16/2025/NĐ-CP", "legal_basis", "Luật An toàn, vệ sinh lao động") in hops
    assert ("16/2025/NĐ-CP", "legal_basis", "Luật Bảo hiểm xã hội") in hops  # named with and without its year: one law
    assert (amending_law, "amends", "Luật Tổ chức chính quyền địa phương") in hops
    assert not [label for hop in hops for label in (hop[0], hop[2]) if label.islower() and " " not in label]


def test_dot_strings_escape_quotes_and_backslashes():
    from policygraph.cli import _dot_string

    assert _dot_string('gọi là "Nghị quyết 45"\\n') == '"gọi là \\"Nghị quyết 45\\"\\\\n"'
    assert _dot_string("hai\ndòng") == '"hai\\ndòng"'


def test_extract_of_an_endless_device_is_refused_at_once_with_the_limit():
    result = run_cli("extract", "/dev/zero", timeout=60)
    assert result.returncode == 2
    assert result.stderr == (
        "error: /dev/zero: longer than 2,000,000 characters, the limit for one text; split it, or raise "
        "POLICYGRAPH_MAX_TEXT_CHARS\n")


@pytest.mark.slow
def test_a_text_over_a_million_characters_is_extracted_and_ingested_whole(tmp_path):
    # spaCy's max_length (1,000,000, error E088) made extract, validate and ingest crash on such texts.
    real = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    long_text = (real * (1_050_000 // len(real) + 1))[:1_050_000]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-long.txt").write_text(long_text, encoding="utf-8")
    (corpus / "b.txt").write_text("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n", encoding="utf-8")
    result = run_cli("ingest", str(corpus), "--no-validate", store=tmp_path / "store", timeout=600)
    assert result.returncode == 0, result.stderr
    assert "2 texts: 2 ingested" in result.stdout


# ---- issue 16: the table form of `policygraph query` is readable at 80 columns ----------------------


def _query_table(query: str, store: Path, text: str | None = None) -> list[str]:
    """`policygraph query QUERY` (text on standard input for "-") in an 80-column terminal."""
    env = clean_env(POLICYGRAPH_STORE=str(store), COLUMNS="80")
    result = subprocess.run([*PG, "query", query], input=text, capture_output=True, text=True, env=env, timeout=300,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_readme_query_of_documents_fits_80_columns_with_every_iri_whole(ingested_store_path):
    lines = _query_table("queries/documents.rq", ingested_store_path)
    assert max(len(line) for line in lines) <= 80
    assert lines[-1] == "118 rows; <…> is relative to https://w3id.org/policygraph/id/"
    assert not any("…" in line for line in lines[:-1])  # nothing cut
    row = next(line for line in lines if line.startswith("│ <doc/nq/2019/45-nq-tw> "))
    assert [cell.strip() for cell in row.split("│")[2:]] == ["45-NQ/TW", "Nghị", "2019-01-24", "9", ""]
    # A long IRI is folded onto more lines of its column, whole: the column's pieces, joined, hold it.
    first_column = "".join(line.split("│")[1].strip() for line in lines if line.startswith("│"))
    assert "<doc/luat/name/luat-an-toan-ve-sinh-lao-dong>" in first_column


def test_query_table_names_iris_by_the_project_s_prefixes_and_the_query_s_own(ingested_store_path):
    query = ("PREFIX ex: <http://example.org/ns#>\n"
             "SELECT ?a ?b ?c ?d WHERE { VALUES (?a ?b ?c ?d) {\n"
             "  (<https://w3id.org/policygraph/ontology#PolicyDocument> ex:thing <http://other.example/x> \"Luật\")\n"
             "} }")
    lines = _query_table("-", ingested_store_path, query)
    assert [cell.strip() for cell in lines[3].split("│")[1:-1]] == [
        "pg:PolicyDocument", "ex:thing", "<http://other.example/x>", "Luật"]
    assert lines[-1] == "1 rows"


def test_ingest_again_prints_one_line_counting_the_unchanged_texts_and_no_table(tmp_path):
    first = run_cli("ingest", str(CORPUS / f"{SEED_NAME}.txt"), store=tmp_path / "store")
    assert first.returncode == 0, first.stderr
    again = run_cli("ingest", str(CORPUS / f"{SEED_NAME}.txt"), store=tmp_path / "store")
    assert again.returncode == 0, again.stderr
    assert again.stdout == ("1 texts: 0 ingested, 1 unchanged, 0 refused, 0 quarantined, 0 failed; 0 statements; "
                            "0 warnings\n")
