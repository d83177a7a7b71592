"""The settings read at the CLI's edge reach the library: the data folders reach extraction through
the pipeline the command builds from them (the library never reads the environment)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .cli_process import run_cli
from .conftest import CORPUS, ROOT, SEED_NAME


def _issuers(stdout: str) -> list[tuple[str | None, str | None]]:
    """(number, issuer_inferred) of each reference of ``extract --format json``'s output."""
    return [(r["number"], r["issuer_inferred"]) for r in json.loads(stdout)["references"]]


LONG_NAME = "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"
INFERRED_ISSUER = """PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX pg: <https://w3id.org/policygraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name WHERE { ?document eli:id_local "7/NQ-CP" ; pg:inferredIssuer/skos:prefLabel ?name }
"""


def _edited_patterns(tmp_path: Path) -> Path:
    """A copy of data/patterns whose issuer code CP stands for LONG_NAME."""
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "data" / "patterns", patterns)
    issuers = json.loads((patterns / "issuers.json").read_text(encoding="utf-8"))
    assert issuers["codes"]["CP"] == "Chính phủ"
    issuers["codes"]["CP"] = LONG_NAME
    (patterns / "issuers.json").write_text(json.dumps(issuers, ensure_ascii=False), encoding="utf-8")
    return patterns


def test_policygraph_patterns_dir_changes_what_extract_prints(tmp_path: Path):
    patterns = _edited_patterns(tmp_path)
    text = str(CORPUS / f"{SEED_NAME}.txt")

    default = run_cli("extract", text, "--format", "json")
    edited = run_cli("extract", text, "--format", "json", POLICYGRAPH_PATTERNS_DIR=str(patterns))

    assert (default.returncode, edited.returncode) == (0, 0), default.stderr + edited.stderr
    assert _issuers(default.stdout)[0] == ("7/NQ-CP", "Chính phủ")
    assert _issuers(edited.stdout)[0] == ("7/NQ-CP", LONG_NAME)
    assert _issuers(edited.stdout)[1:] == _issuers(default.stdout)[1:]  # only the edited code's documents


def test_policygraph_patterns_dir_changes_what_ingest_stores(tmp_path: Path):
    patterns = _edited_patterns(tmp_path)
    text = str(CORPUS / f"{SEED_NAME}.txt")
    query = tmp_path / "issuer.rq"
    query.write_text(INFERRED_ISSUER, encoding="utf-8")
    edited_settings = {"POLICYGRAPH_PATTERNS_DIR": str(patterns)}
    for store, settings in ((tmp_path / "default", {}), (tmp_path / "edited", edited_settings)):
        ingested = run_cli("ingest", text, store=store, **settings)
        assert ingested.returncode == 0, ingested.stderr
    default = run_cli("query", str(query), "--format", "csv", store=tmp_path / "default")
    edited = run_cli("query", str(query), "--format", "csv", store=tmp_path / "edited")
    assert default.stdout.splitlines() == ["name", "Chính phủ"]
    assert edited.stdout.splitlines() == ["name", LONG_NAME]


def test_validate_with_an_ontology_folder_without_shapes_fails_and_says_which_setting(tmp_path):
    # A wrong POLICYGRAPH_ONTOLOGY_DIR (or a broken install) must not make every text conform.
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology, ignore=shutil.ignore_patterns("shapes"))
    (ontology / "shapes").mkdir()
    done = run_cli("validate", str(CORPUS / f"{SEED_NAME}.txt"), POLICYGRAPH_ONTOLOGY_DIR=str(ontology))
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"no SHACL shapes in {ontology / 'shapes'}" in done.stderr
    assert "POLICYGRAPH_ONTOLOGY_DIR" in done.stderr
    assert "conforms" not in done.stdout
