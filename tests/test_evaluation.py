"""`make eval` figures on the gold files, kept as a floor so a regression fails."""

from __future__ import annotations

from policygraph.evaluation import Score, gold_files, is_wild_gold, score_file

from .conftest import GOLD


def _totals(paths):
    refs, rels = Score(), Score()
    for path in paths:
        result = score_file(path)
        refs.add(result.references)
        rels.add(result.relations)
    return refs, rels


def test_seed_scores_perfectly():
    refs, rels = _totals([GOLD / "000_849468c7549e9275.gold.json"])
    assert (refs.tp, refs.fp, refs.fn, rels.tp, rels.fp, rels.fn) == (13, 0, 0, 6, 0, 0)


def test_development_set_stays_above_its_floor():
    """Measured 2026-11-25: references F1 0.998 (239/240), relations F1 0.959 (P 0.985, R 0.935)."""
    paths = [p for p in gold_files([GOLD]) if "heldout" not in p.parts and not is_wild_gold(p)]
    refs, rels = _totals(paths)
    assert refs.f1 >= 0.99
    assert rels.f1 >= 0.95
    assert rels.precision >= 0.98
