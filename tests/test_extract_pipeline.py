"""The pipeline as spaCy sees it: what each component declares it reads and writes, data loaded by
initialize, and a saved pipeline that needs nothing but its own folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import spacy

from policygraph.errors import ExtractionFailed
from policygraph.extract.pipeline import COMPONENTS, build_pipeline, extract_text

ASSIGNS = {
    "policygraph_references": ["doc._.references", "doc.spans", "span._.legal_ref"],
    "policygraph_sentences": ["doc._.sentences", "token.is_sent_start"],
    "policygraph_relations": ["doc._.relations"],
    "policygraph_boilerplate": ["doc._.boilerplate"],
    "policygraph_structure": ["doc._.structure"],
    "policygraph_actors": ["doc._.actors"],
    "policygraph_places": ["doc._.places"],
    "policygraph_targets": ["doc._.targets"],
    "policygraph_deadlines": ["doc._.deadlines"],
    "policygraph_themes": ["doc._.themes"],
}
REQUIRES = {
    "policygraph_references": [],
    "policygraph_sentences": ["doc._.references"],
    "policygraph_relations": ["doc._.references", "doc._.sentences"],
    "policygraph_boilerplate": [],
    "policygraph_structure": ["doc._.sentences", "doc._.boilerplate"],
    "policygraph_actors": ["doc._.references", "doc._.sentences", "doc._.boilerplate", "doc._.structure"],
    "policygraph_places": ["doc._.boilerplate", "doc._.structure", "doc._.actors"],
    "policygraph_targets": ["doc._.references", "doc._.sentences", "doc._.boilerplate"],
    "policygraph_deadlines": ["doc._.references", "doc._.structure"],
    "policygraph_themes": ["doc._.structure"],
}


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_analyze_pipes_reports_no_problem_and_what_each_component_assigns_and_requires(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in COMPONENTS}
    assert {name: summary["assigns"] for name, summary in analysis["summary"].items()} == ASSIGNS
    assert {name: summary["requires"] for name, summary in analysis["summary"].items()} == REQUIRES


def test_analyze_pipes_names_the_missing_layer_when_a_component_comes_too_early():
    early = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    early.add_pipe("policygraph_themes")
    early.add_pipe("policygraph_structure")
    problems = early.analyze_pipes()["problems"]
    assert problems == {"policygraph_themes": ["doc._.structure"],
                        "policygraph_structure": ["doc._.sentences", "doc._.boilerplate"]}


def test_a_component_run_before_initialize_fails_naming_itself():
    bare = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    bare.add_pipe("policygraph_references")
    with pytest.raises(ExtractionFailed) as failure:
        extract_text("Nghị quyết số 45-NQ/TW ngày 24/1/2019", "t.txt", bare)
    assert failure.value.stage == "policygraph_references"
    assert failure.value.cause.startswith("PipelineNotInitialized: policygraph_references has no data")


LOAD_SAVED = r"""
import json, sys
from pathlib import Path

from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, DEFAULT_GAZETTEERS_DIR, DEFAULT_PATTERNS_DIR, structure_dir
import policygraph.extract.pipeline as pipeline
import spacy

# The data folders resolved: a checkout's data/patterns, data/gazetteers and data/structure link to the package's.
project_data = tuple(str(folder.resolve()) for folder in (
    DEFAULT_DATA_DIR, DEFAULT_PATTERNS_DIR, DEFAULT_GAZETTEERS_DIR, structure_dir(DEFAULT_DATA_DIR)))
opened = []
def audit(event, args):
    if event == "open" and isinstance(args[0], str) and str(Path(args[0]).resolve()).startswith(project_data):
        opened.append(args[0])
sys.addaudithook(audit)

nlp = spacy.load(sys.argv[1])
text = sys.stdin.read()
print(json.dumps({"extraction": pipeline.extract_text(text, "s", nlp).to_json(), "opened": opened}))
"""


def test_a_saved_pipeline_extracts_the_same_in_a_folder_with_no_data(tmp_path, nlp, seed_text):
    nlp.to_disk(tmp_path / "pipeline")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    missing = tmp_path / "no-such-folder"
    env = {
        **os.environ,
        "POLICYGRAPH_DATA_DIR": str(missing),
        "POLICYGRAPH_PATTERNS_DIR": str(missing / "patterns"),
        "POLICYGRAPH_GAZETTEERS_DIR": str(missing / "gazetteers"),
    }
    done = subprocess.run(
        [sys.executable, "-c", LOAD_SAVED, str(tmp_path / "pipeline")], input=seed_text, cwd=elsewhere, env=env,
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    answer = json.loads(done.stdout)
    expected = extract_text(seed_text, "s", nlp).to_json()
    assert answer["opened"] == []
    assert len(expected["references"]) == 13
    assert answer["extraction"]["references"] == expected["references"]
    assert answer["extraction"] == expected


def test_build_pipeline_reads_its_data_from_the_folders_it_is_given(tmp_path):
    with pytest.raises(FileNotFoundError) as missing:
        build_pipeline(use_pyvi=False, patterns_dir=tmp_path / "patterns")
    assert missing.value.filename == str(tmp_path / "patterns" / "document_kinds.json")
