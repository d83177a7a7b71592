"""The gold of the texts in data/corpus, as the tests that read the whole corpus's graph expect it.

Every text of data/corpus has a hand-made gold file: in tests/gold/ (the seed and the real texts) or
in tests/gold/heldout/ (07 and 13, which are also held-out texts for `make eval`). Tests over the
ingested corpus derive their expected documents and links from these files, never from what the
extractor gave on the day the test was written; where the extractor and the gold disagree, the test
lists each disagreement by name, and checks the list still holds, so a fix makes the list shrink.

Documents are compared by a key that the gold and the graph can both give: a number (leading zeros
of its first part dropped, case folded: the gold writes numbers as the text does, "07/NQ-CP",
"32/CT-TTG") or, for a document cited by name only, its name (markdown emphasis dropped: text 13 has
"**" inside a law's name).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "gold"


def document_key(number_or_name: str) -> str:
    """The key by which a gold file and the graph name the same document."""
    text = unicodedata.normalize("NFC", " ".join(number_or_name.replace("**", "").split()))
    return re.sub(r"^0+(?=\d)", "", text).casefold()


def gold_path_of(text: Path) -> Path:
    for folder in (GOLD, GOLD / "heldout"):
        path = folder / f"{text.stem}.gold.json"
        if path.exists():
            return path
    raise FileNotFoundError(f"no gold for {text.name} in {GOLD} or {GOLD / 'heldout'}")


@cache
def corpus_gold() -> dict[str, dict[str, Any]]:
    """Each data/corpus text's name and its gold."""
    return {text.name: json.loads(gold_path_of(text).read_text(encoding="utf-8"))
            for text in sorted(CORPUS.glob("*.txt"))}


def gold_relations() -> set[tuple[str, str, str]]:
    """(from, to, kind) of every relation the gold of a data/corpus text states, by document key."""
    return {(document_key(r["from"]), document_key(r["to"]), r["type"])
            for gold in corpus_gold().values() for r in gold["relations"]}


def gold_numbered_documents() -> set[str]:
    """The key of every document the gold of a data/corpus text names by a number: the subjects that
    have one, and every reference's number."""
    numbers = {gold["subject_document"] for gold in corpus_gold().values()
               if gold.get("subject_document") and any(c.isdigit() for c in gold["subject_document"])}
    numbers |= {r["number"] for gold in corpus_gold().values() for r in gold["references"] if r.get("number")}
    return {document_key(number) for number in numbers}
