"""The structure scorer (issue 21) counts what docs/STRUCTURE-ANNOTATION.md calls right, exactly."""

from __future__ import annotations

import json
from pathlib import Path

from policygraph.extract.pipeline import extract_text
from policygraph.structure_evaluation import _last_label, evaluate, match_tasks, score_file

SEED = Path(__file__).resolve().parents[1] / "data" / "corpus" / "000_849468c7549e9275.txt"


def test_the_last_label_of_a_numbering_is_read_as_a_number_in_every_style():
    assert [_last_label(x) for x in ("III.1", "3.1", "II", "b", "2", 4, "IV", "Điều 5")] == [1, 1, 2, 2, 2, 4, 4, 5]


def test_tasks_are_matched_one_to_one_by_their_largest_overlaps_above_the_threshold():
    gold = [{"start": 0, "end": 100}, {"start": 100, "end": 200}]
    got = [{"start": 0, "end": 95}, {"start": 0, "end": 200}, {"start": 105, "end": 200}]
    assert match_tasks(gold, got) == {0: 0, 2: 1}


def test_the_seed_scored_against_its_own_extraction_of_areas_and_target_years():
    extraction = extract_text(SEED.read_text(encoding="utf-8")).to_json()
    gold = {
        "solution_areas": [{"ordinal": str(a["ordinal"]), "title": a["title"]} for a in extraction["solution_areas"]]
        + [{"ordinal": "8", "title": "Một lĩnh vực không có"}],
        "tasks": [{"start": t["start"], "end": t["end"], "actors": [
            {"name": a["written"].upper(), "role": a["role"]} for a in t["actors"]],
            "deadlines": [{"value": "2030", "precision": "year"}], "outputs": []} for t in extraction["tasks"][:3]],
        "target_years": [2030],
    }
    score = score_file(gold, extraction)
    areas, tasks, roles = score.counts["areas"], score.counts["tasks"], score.counts["roles"]
    assert (areas.right, areas.got, areas.gold) == (7, 7, 8)
    assert (tasks.right, tasks.gold) == (3, 3) and tasks.got == len(extraction["tasks"])
    # Names compare case-blind; every role of the three tasks is right, the other tasks' roles are extra.
    assert roles.right == sum(len(t["actors"]) for t in extraction["tasks"][:3])
    assert roles.got == sum(len(t["actors"]) for t in extraction["tasks"])
    assert (score.counts["deadlines"].right, score.counts["deadlines"].gold) == (0, 3)
    assert score.counts["target years"].right == 1


def test_a_gold_file_whose_text_is_not_beside_the_checkout_is_skipped_and_named(tmp_path):
    gold = {"source": "missing.md", "origin": "wild", "solution_areas": [], "tasks": [], "target_years": []}
    (tmp_path / "x.structure.json").write_text(json.dumps(gold), encoding="utf-8")
    scores, skipped = evaluate([tmp_path], corpus=tmp_path / "no-corpus")
    assert (scores, skipped) == ({}, ["x.structure.json"])
