"""`policygraph validate` and the validation step of ingest: inputs (text and every RDF syntax), the
report in text, JSON and SHACL Turtle, exit codes, parser positions for unusable input, validation
against the stored corpus without changing it, and refusing or quarantining a violating text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.ingest import ingest_paths
from policygraph.store.opening import open_store
from policygraph.validation.inputs import load_for_validation, store_context, validate_against_store

from .conftest import CORPUS, SEED_NAME, open_test_store
from .corpus_gold import expected_documents, gold_dated_documents, gold_subjects

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "tests" / "shapes"
DATA = "https://w3id.org/policygraph/id/"
PGSH = "https://w3id.org/policygraph/shapes#"
ELI = "http://data.europa.eu/eli/ontology#"

# A real text whose statements violate the shapes: 7/NQ-CP (10/1/2025) implements a conclusion
# the text dates 30/9/2026, after it.
LATE_TEXT = ("Chính phủ ban hành Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện "
             "Kết luận số 96-KL/TW ngày 30/9/2026 của Bộ Chính trị.\n")

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["validate", *args])


# ---- texts and RDF ------------------------------------------------------------------------------


def test_seed_text_is_extracted_validated_and_conforms_with_its_warnings_printed():
    result = run(str(CORPUS / f"{SEED_NAME}.txt"))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "conforms: 0 violations, 2 warnings, 0 infos"
    assert "  WARNING   The document's date is not known (no eli:date_document)." in result.stdout


def test_well_formed_turtle_conforms_with_no_result():
    result = run(str(SUITE / "valid.ttl"))
    assert result.exit_code == 0
    assert result.stdout == "conforms: 0 violations, 0 warnings, 0 infos\n"


def test_violation_exits_1_and_the_text_report_says_what_where_which_value_shape_and_sentence():
    result = run(str(SUITE / "date-order-reversed.ttl"))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "data:doc/nq/2025/12-nq-cp  «Nghị quyết 12/NQ-CP»",
        "  VIOLATION The document is dated 2025-01-15 but implements document 34-KL/TW, issued later, on 2025-12-01.",
        "            Văn bản ban hành ngày 2025-01-15 nhưng thực hiện văn bản 34-KL/TW ban hành sau nó, "
        "ngày 2025-12-01.",
        "    path    eli:implements",
        "    value   data:doc/kl/term-xiii/34-kl-tw  «Kết luận 34-KL/TW»",
        "    shape   pgsh:DocumentLinkDateOrderShape (SPARQLConstraintComponent)",
        "    source  example/12-nq-cp.txt [59:112]",
        "            «Nghị quyết số 12/NQ-CP ngày 15/01/2025 ban hành Chương trình hành động thực hiện Kết luận số "
        "34-KL/TW ngày 01/12/2024 của Bộ Chính trị.»",
        "",
        "does not conform: 1 violation, 0 warnings, 0 infos",
    ]


def test_text_report_groups_several_results_under_their_focus_nodes():
    result = run(str(SUITE / "relation-to-non-document.ttl"))
    assert result.exit_code == 1
    focus_lines = [line for line in result.stdout.splitlines() if line and not line.startswith(" ")]
    assert focus_lines == [
        "data:doc/nq/2025/12-nq-cp  «Nghị quyết 12/NQ-CP»",
        "data:relation/example-12-nq-cp/implements-34-kl-tw",
        "does not conform: 2 violations, 0 warnings, 0 infos",
    ]


def test_warnings_alone_exit_0_and_are_printed():
    result = run(str(SUITE / "wrong-number-format.ttl"))
    assert result.exit_code == 0
    assert "  WARNING   The official number is not in the official format" in result.stdout
    assert "    value   12/NQ/CP" in result.stdout
    assert result.stdout.splitlines()[-1] == "conforms: 0 violations, 1 warning, 0 infos"


def test_json_report_lists_each_result_with_messages_in_both_languages_and_its_evidence():
    result = run(str(SUITE / "issuer-mismatch.ttl"), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert set(report) == {"conforms", "violations", "warnings", "results"}
    assert (report["conforms"], report["violations"], report["warnings"]) == (False, 1, 0)
    (item,) = report["results"]
    assert item["focus"] == DATA + "doc/nq/2025/12-nq-cp"
    assert item["path"] == ELI + "passed_by"
    assert item["value"] == DATA + "org/bo-chinh-tri"
    assert item["value_label"] == "Bộ Chính trị"
    assert item["shape"] == PGSH + "DocumentIssuerAgreementShape"
    assert item["messages"] == {
        "en": "The stated issuer \"Bộ Chính trị\" is not a body that the code in number 12/NQ-CP stands for.",
        "vi": "Cơ quan ban hành được nêu \"Bộ Chính trị\" không phải cơ quan mà ký hiệu trong số hiệu 12/NQ-CP chỉ ra.",
    }
    assert item["evidence"]["source"] == "example/12-nq-cp.txt"
    assert item["evidence"]["text"] == "Nghị quyết số 12/NQ-CP ngày 15/01/2025"


def test_turtle_report_is_the_standard_shacl_validation_report():
    result = run(str(SUITE / "offsets-beyond-text.ttl"), "--format", "turtle")
    assert result.exit_code == 1
    graph = Graph().parse(data=result.stdout, format="turtle")
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms) == Literal(False)
    results = set(graph.objects(report, SH.result))
    assert {graph.value(r, SH.resultPath).fragment for r in results} == {"endOffset", "sentenceEnd"}
    assert {graph.value(r, SH.sourceShape) for r in results} == {URIRef(PGSH + "EvidenceOffsetsShape")}
    assert {m.language for r in results for m in graph.objects(r, SH.resultMessage)} == {"en", "vi"}


@pytest.mark.parametrize("fmt, suffix", [("nt", ".nt"), ("json-ld", ".jsonld"), ("xml", ".rdf")])
def test_every_rdf_syntax_is_read(tmp_path, fmt, suffix):
    graph = Graph().parse(SUITE / "date-order-reversed.ttl", format="turtle")
    path = tmp_path / f"document{suffix}"
    path.write_text(graph.serialize(format=fmt), encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 1
    assert "pgsh:DocumentLinkDateOrderShape" in result.stdout


@pytest.mark.parametrize(
    "name, position, message",
    [
        ("malformed.ttl", "line 6, column 29", "not valid Turtle: Line jumps are not allowed in string literals"),
        ("malformed.jsonld", "line 4, column 61", "not valid JSON-LD: Object keys must be strings"),
        ("malformed.rdf", "line 5, column 29", "not valid RDF/XML: ill-formed document: expected `</eli:id_local>`"),
    ],
)
def test_unusable_rdf_exits_2_with_the_parsers_line_and_column(name, position, message):
    result = run(str(SUITE / name))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {SUITE / name}, {position}: {message}")


def test_unknown_file_type_and_missing_file_exit_2(tmp_path):
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK")
    assert run(str(odd)).exit_code == 2
    assert "unknown file type '.docx'" in run(str(odd)).stderr
    assert run(str(tmp_path / "absent.ttl")).exit_code == 2


# ---- against the store --------------------------------------------------------------------------

# Written elsewhere: a decision of 2018 that implements 45-NQ/TW, which the store dates 24/01/2019.
EARLY_DECISION = f"""@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix eli: <{ELI}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{DATA}doc/qd/2018/99-qd-ttg> a pg:PolicyDocument ;
    eli:type_document <https://w3id.org/policygraph/scheme/document-kind/QD> ;
    eli:id_local "99/QĐ-TTg" ; eli:date_document "2018-05-01"^^xsd:date ;
    rdfs:label "Quyết định 99/QĐ-TTg"@vi ;
    eli:implements <{DATA}doc/nq/2019/45-nq-tw> .
"""
# Gives 96-KL/TW, which the stored 7/NQ-CP (10/01/2025) implements, a date after 7/NQ-CP's.
LATER_CONCLUSION = f"""@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix eli: <{ELI}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{DATA}doc/kl/2024/96-kl-tw> a pg:PolicyDocument ;
    eli:type_document <https://w3id.org/policygraph/scheme/document-kind/KL> ;
    eli:id_local "96-KL/TW" ; eli:date_document "2026-01-01"^^xsd:date ;
    rdfs:label "Kết luận 96-KL/TW"@vi .
"""


@pytest.fixture()
def store_copy(store_backend, ingested_store, tmp_path) -> Path | str:
    """data/corpus in a store of each backend. `oxigraph serve` is shared: these tests only read it
    (and check that validating against it changed nothing)."""
    if store_backend.remote:
        return ingested_store
    path = tmp_path / "store"
    shutil.copytree(ingested_store, path)
    return path


def results(report) -> set[tuple[str, str | None, str | None, str]]:
    return {(r.focus.removeprefix(DATA), (r.path or "").rsplit("#", 1)[-1] or None,
             (r.value or "").removeprefix(DATA) or None, r.shape.removeprefix(PGSH)) for r in report.results}


def test_a_reference_to_a_stored_document_resolves_and_the_date_rule_applies_against_the_store(tmp_path, store_copy):
    path = tmp_path / "decision.ttl"
    path.write_text(EARLY_DECISION, encoding="utf-8")
    alone = run(str(path), "--format", "json")
    assert alone.exit_code == 1
    assert {r["shape"].removeprefix(PGSH) for r in json.loads(alone.stdout)["results"]} == {
        "PolicyDocument-implements",  # 45-NQ/TW is no document of this graph
        "PolicyDocument-issuer",  # numbered, no issuer: a warning
    }
    with open_test_store(str(store_copy)) as store:
        before = store.export("nquads")
    against = runner.invoke(app, ["validate", str(path), "--against-store", "--store", str(store_copy),
                                  "--format", "json"])
    assert against.exit_code == 1
    found = json.loads(against.stdout)["results"]
    assert [(r["shape"].removeprefix(PGSH), r["severity"], r["message"]) for r in found
            if r["severity"] == "violation"] == [(
                "DocumentLinkDateOrderShape", "violation",
                "The document is dated 2018-05-01 but implements document 45-NQ/TW, issued later, on 2019-01-24.",
            )]
    with open_test_store(str(store_copy)) as store:
        assert store.export("nquads") == before


def test_a_stored_link_to_the_new_document_is_checked_and_reported(store_copy):
    graph = Graph().parse(data=LATER_CONCLUSION, format="turtle")
    with open_test_store(str(store_copy)) as store:
        quads = store.quad_count()
        report = validate_against_store(graph, store)
        assert store.quad_count() == quads
    violations = {(f, p, v, s) for f, p, v, s in results(report)
                  if s in {"DocumentLinkDateOrderShape", "PolicyDocument-date_document"}}
    assert violations == {
        ("doc/nq/2025/7-nq-cp", "implements", "doc/kl/2024/96-kl-tw", "DocumentLinkDateOrderShape"),
        ("doc/kl/2024/96-kl-tw", "date_document", None, "PolicyDocument-date_document"),
    }
    assert report.conforms is False


def test_store_context_is_only_what_the_new_document_needs(store_copy):
    graph = Graph().parse(data=EARLY_DECISION, format="turtle")
    with open_test_store(str(store_copy)) as store:
        context = store_context(graph, store)
        total = store.quad_count()
    subjects = {str(s).removeprefix(DATA) for s in context.subjects()}
    assert "doc/nq/2019/45-nq-tw" in subjects
    assert len(context) < total / 20
    assert not any(s.startswith(("evidence/", "mention/", "source/")) for s in subjects)


def test_the_seed_text_conforms_against_the_corpus_it_belongs_to(store_copy):
    result = runner.invoke(app, ["validate", str(CORPUS / f"{SEED_NAME}.txt"), "--against-store",
                                 "--store", str(store_copy)])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1].startswith("conforms: 0 violations")


def test_against_store_reports_the_same_results_as_validating_the_whole_store_for_the_new_nodes(store_copy):
    """The context is enough: whole store + new graph, filtered to the new graph's nodes, gives the
    same results as new graph + context."""
    from policygraph.validation.inputs import plain_strings, relevant_nodes
    from policygraph.validation.validate import validate_graph

    graph = Graph().parse(data=LATER_CONCLUSION, format="turtle")
    graph += Graph().parse(data=EARLY_DECISION, format="turtle")
    with open_test_store(str(store_copy)) as store:
        fast = validate_against_store(graph, store)
        whole = plain_strings(store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
    whole += graph
    slow = validate_graph(whole, keep=relevant_nodes(graph))
    assert results(fast) == results(slow)


# ---- ingest: refuse, quarantine, warnings ------------------------------------------------------


def test_ingest_refuses_a_violating_text_and_stores_nothing_of_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "late.txt").write_text(LATE_TEXT, encoding="utf-8")
    with open_store(str(tmp_path / "store")) as store:
        summary = ingest_paths([corpus], store, quarantine_dir=tmp_path / "quarantine")
        assert [(o.status, o.statements) for o in summary.outcomes] == [("refused", 0)]
        (outcome,) = summary.outcomes
        assert [r.shape.removeprefix(PGSH) for r in outcome.report.violations] == ["DocumentLinkDateOrderShape"]
        assert not any("late-txt" in g for g in store.graph_names())
    assert not (tmp_path / "quarantine").exists()


def test_ingest_quarantine_keeps_the_text_aside_with_its_graph_and_reports(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "late.txt").write_text(LATE_TEXT, encoding="utf-8")
    quarantine = tmp_path / "quarantine"
    with open_store(str(tmp_path / "store")) as store:
        summary = ingest_paths([corpus], store, quarantine=True, quarantine_dir=quarantine)
        assert [o.status for o in summary.outcomes] == ["quarantined"]
        assert not any("late-txt" in g for g in store.graph_names())
    kept = sorted(p.name.split(".", 1)[1] for p in quarantine.iterdir())
    assert kept == ["report.ttl", "report.txt", "ttl"]
    readable = next(quarantine.glob("*.report.txt")).read_text(encoding="utf-8")
    assert "pgsh:DocumentLinkDateOrderShape" in readable
    assert "late.txt [19:141]" in readable


def test_ingest_stores_a_text_with_warnings_and_reports_them(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{SEED_NAME}.txt", corpus)
    with open_store(str(tmp_path / "store")) as store:
        summary = ingest_paths([corpus], store)
    (outcome,) = summary.outcomes
    assert outcome.status == "ingested"
    assert len(outcome.report.warnings) == 2 and outcome.report.violations == []
    assert summary.warnings == 2


def test_ingest_command_exits_1_when_a_text_is_refused_and_prints_its_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "late.txt").write_text(LATE_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(corpus), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "refused" in result.stdout
    assert "DocumentLinkDateOrderShape" in result.stderr


def test_validate_loads_every_text_of_a_folder():
    graph = load_for_validation([CORPUS])
    sources = {str(o) for o in graph.objects(None, URIRef("https://w3id.org/policygraph/ontology#fileName"))}
    assert len(sources) == len(list(CORPUS.glob("*.txt")))


# ---- issue 16: `make run` validates the corpus in a few lines ---------------------------------------


def test_summary_counts_the_results_by_severity_and_shape_and_names_the_command_that_prints_each(
        ingested_store_path, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(ingested_store_path, store)
    result = runner.invoke(app, ["validate", "--summary", "--against-store", str(CORPUS), "--store", str(store)])
    assert result.exit_code == 0, result.output
    # Undated: the referenced documents no gold reference dates, and the texts' own documents (the
    # extraction does not read a text's date line; the gold's references date two of them).
    undated = len(expected_documents() - gold_dated_documents() - gold_subjects())
    undated_subjects = len(gold_subjects() - gold_dated_documents())
    assert result.stdout == (
        f"{undated:>6} warning   pgsh:PolicyDocument-date_document-present\n"
        f"{undated_subjects:>6} warning   pgsh:DescribedDocument-date\n"
        "     2 warning   pgsh:PolicyDocument-title-unique\n"
        "     1 info      pgsh:PolicyDocument-ambiguous\n"
        f"conforms: 0 violations, {undated + undated_subjects + 2} warnings, 1 info\n"
        f"each result with its sentence: policygraph validate {CORPUS} --against-store --store {store} "
        "(or --format json)\n")
    every = runner.invoke(app, ["validate", "--against-store", str(CORPUS), "--store", str(store)])
    assert every.stdout.count("\n  WARNING ") + every.stdout.count("\n  INFO ") == undated + undated_subjects + 2 + 1


def test_summary_of_a_violating_text_exits_1_and_lists_the_violations_first(tmp_path):
    path = tmp_path / "late.txt"
    path.write_text(LATE_TEXT, encoding="utf-8")
    result = run(str(path), "--summary")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["1", "violation", "pgsh:DocumentLinkDateOrderShape"]
    assert lines[-2].startswith("does not conform: 1 violation, ")
    assert lines[-1] == f"each result with its sentence: policygraph validate {path} (or --format json)"


def test_summary_is_refused_with_another_format_in_one_line():
    result = run(str(SUITE / "valid.ttl"), "--summary", "--format", "json")
    assert result.exit_code == 2
    assert result.stderr == "error: --summary is a text report; --format json gives every result.\n"
