"""The verbs ``policygraph`` exports, each called on a real text and a real store, and ``import
policygraph`` staying cheap (the verbs load their modules on first use)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import policygraph

from .conftest import CORPUS, SEED_NAME


def test_import_policygraph_loads_none_of_spacy_rdflib_or_oxigraph():
    code = ("import sys, policygraph; "
            "print(sorted(m for m in ('spacy', 'rdflib', 'pyoxigraph', 'pyshacl') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_public_verbs_are_listed_and_an_unknown_name_is_an_attribute_error():
    assert policygraph.__all__ == ["__version__", "extract_text", "extract_texts", "ingest_paths", "open_store",
                                   "trace_chain", "validate_graph"]
    with pytest.raises(AttributeError, match="has no attribute 'extract_everything'"):
        policygraph.extract_everything  # noqa: B018


def test_extract_text_and_extract_texts_give_the_seed_s_references(seed_text):
    one = policygraph.extract_text(seed_text, "seed.txt")
    assert [r.number for r in one.references][:3] == ["7/NQ-CP", "96-KL/TW", "45-NQ/TW"]
    assert len(one.references) == 13
    many = list(policygraph.extract_texts([("a.txt", seed_text), ("b.txt", "Căn cứ Luật số 35/2021/QH15.")]))
    assert [e.source.name for e in many] == ["a.txt", "b.txt"]
    assert many[0].to_json() == policygraph.extract_text(seed_text, "a.txt").to_json()
    assert [r.number for r in many[1].references] == ["35/2021/QH15"]


def test_validate_graph_checks_the_mapped_seed_against_the_shapes(seed_extraction):
    from policygraph.rdf.mapping import ExtractionMapper

    report = policygraph.validate_graph(ExtractionMapper().to_graph(seed_extraction))
    assert (report.conforms, len(report.violations)) == (True, 0)


def test_open_store_ingest_paths_and_trace_chain_on_the_seed(tmp_path):
    with policygraph.open_store(str(tmp_path / "store")) as store:
        summary = policygraph.ingest_paths([CORPUS / f"{SEED_NAME}.txt"], store)
        assert [(o.source, o.status) for o in summary.outcomes] == [(f"corpus/{SEED_NAME}.txt", "ingested")]
        hops = policygraph.trace_chain(store, "7/NQ-CP", "45-NQ/TW")
    assert [(h.source_label, h.relation, h.target_label) for h in hops] == [
        ("7/NQ-CP", "implements", "96-KL/TW"), ("96-KL/TW", "continues", "45-NQ/TW")]
