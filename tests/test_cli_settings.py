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


def test_policygraph_patterns_dir_changes_what_extract_prints(tmp_path: Path):
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "data" / "patterns", patterns)
    issuers = json.loads((patterns / "issuers.json").read_text(encoding="utf-8"))
    assert issuers["codes"]["CP"] == "Chính phủ"
    issuers["codes"]["CP"] = "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    (patterns / "issuers.json").write_text(json.dumps(issuers, ensure_ascii=False), encoding="utf-8")
    text = str(CORPUS / f"{SEED_NAME}.txt")

    default = run_cli("extract", text, "--format", "json")
    edited = run_cli("extract", text, "--format", "json", POLICYGRAPH_PATTERNS_DIR=str(patterns))

    assert (default.returncode, edited.returncode) == (0, 0), default.stderr + edited.stderr
    assert _issuers(default.stdout)[0] == ("7/NQ-CP", "Chính phủ")
    assert _issuers(edited.stdout)[0] == ("7/NQ-CP", "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam")
    assert _issuers(edited.stdout)[1:] == _issuers(default.stdout)[1:]  # only the edited code's documents
