"""The scorer received with the task (tests/gold/score_extraction.py, byte-identical to
../shared/tools/score_extraction.py as pyproject.toml says) agrees with the project's own scorer
(policygraph.evaluation, what `make eval` and test_evaluation.py use) on the extractor's real output.

It is kept and run rather than deleted so that the figures the project reports can be checked with
the scorer the task is judged by. It matches references on fewer fields (start, end, type, number,
date) than the project's scorer, so its reference figures can only be as high or higher; on relations
(from, to, type) the two must give the same figures. ../shared is not read here: the copy is the one
in the repository.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from policygraph.evaluation import score_file

from .cli_process import clean_env, run_cli
from .conftest import CORPUS, GOLD, ROOT, SEED_NAME

SCORER = GOLD / "score_extraction.py"
RECEIVED_SHA256 = "6352e6e9a85adb2dca358c3621c10173d5b13ec4b99029887e3472b8f06c8063"
# The seed (which both score perfectly) and a real text with misses and extras.
TEXTS = [SEED_NAME, "02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau"]


def received_figures(gold_path, output_path) -> dict[str, float]:
    """The received scorer's last line, "references P=.. R=.. F1=..; relations P=.. R=.. F1=..", as figures."""
    run = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(output_path)], capture_output=True,
                         text=True, env=clean_env(), cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    figures = {}
    for part, words in zip(("refs", "rels"), run.stdout.splitlines()[-1].split("; "), strict=True):
        for word in words.split()[1:]:
            name, value = word.split("=")
            figures[f"{part} {name}"] = float(value)
    return figures


@pytest.mark.parametrize("name", TEXTS)
def test_the_received_scorer_agrees_with_the_projects_on_the_extractors_output(name, tmp_path):
    extracted = run_cli("extract", str(CORPUS / f"{name}.txt"), "--format", "json")
    assert extracted.returncode == 0, extracted.stderr
    output = tmp_path / f"{name}.json"
    output.write_text(extracted.stdout, encoding="utf-8")
    gold_path = GOLD / f"{name}.gold.json"
    received = received_figures(gold_path, output)
    ours = score_file(gold_path)
    assert (received["rels P"], received["rels R"], received["rels F1"]) == (
        round(ours.relations.precision, 3), round(ours.relations.recall, 3), round(ours.relations.f1, 3))
    assert received["refs R"] >= round(ours.references.recall, 3)
    assert received["refs P"] >= round(ours.references.precision, 3)
    if name == SEED_NAME:
        assert set(received.values()) == {1.0}


def test_the_received_scorer_is_the_one_received():
    """Byte for byte the file ../shared/tools/score_extraction.py was when it was copied again (its digest
    then); reformatting it (ruff leaves it alone: pyproject.toml) fails here."""
    assert hashlib.sha256(SCORER.read_bytes()).hexdigest() == RECEIVED_SHA256
