"""The gold on ../shared/corpus/wild texts (tests/gold/wild/) is what its selection says it is.

The texts have no licence and stay in ../shared: the gold names them by file name. Where ../shared is
present (on every machine of this project and in CI) each gold file is checked against its text by
check_gold.py's rules; without it, the gold is still checked for its split and its own fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gold.check_gold import WILD_DIR, check_gold, check_gold_file  # tests/gold: a namespace package

from .conftest import GOLD

WILD_GOLD = GOLD / "wild"
SELECTION = json.loads((WILD_GOLD / "SELECTION.json").read_text(encoding="utf-8"))
SPLIT_OF = {t["file"]: t["split"] for t in SELECTION["texts"]}
FIRST = sorted(p for split in ("dev", "blind") for p in (WILD_GOLD / split).glob("*.gold.json"))
SECOND = sorted((WILD_GOLD / "second").glob("*.gold.json"))


def test_every_selected_text_has_gold_in_its_split():
    annotated = {p.name.removesuffix(".gold.json") + ".md": p.parent.name for p in FIRST}
    assert annotated == SPLIT_OF


def test_the_second_annotator_redid_five_texts_that_the_first_annotated():
    first = {p.name for p in FIRST}
    assert len(SECOND) >= 5 and {p.name for p in SECOND} <= first


@pytest.mark.parametrize("path", FIRST + SECOND, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_wild_gold_follows_the_annotation_rules(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["source"] == path.name.removesuffix(".gold.json") + ".md"
    if (Path(WILD_DIR) / gold["source"]).is_file():
        assert check_gold_file(str(path)) == []
    else:  # without ../shared: the rules that need no text
        text_free = [p for p in check_gold(gold, "", path.name) if "offset" not in p and "substring" not in p
                     and "surface" not in p and "text[" not in p]
        assert text_free == []
