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


# The gold relations of the data/corpus texts that the graph does not draw, and the
# links it draws that no gold states. Each is checked to be still a miss (an extra): a fix of the
# extractor fails the test until its line is taken out here, and a new miss fails it too.
KNOWN_MISSES = {
    ("1026/kh-ubnd", "32/ct-ttg", "reviews"),
    ("57/2024/qh15", "21/2017/qh14", "amends"),
    ("57/2024/qh15", "21/2017/qh14", "repeals"),
    ("57/2024/qh15", "22/2023/qh15", "amends"),
    ("57/2024/qh15", "61/2020/qh14", "repeals"),
    ("57/2024/qh15", "64/2020/qh14", "amends"),
    ("7/nq-cp", "96-kl/tw", "legal_basis"),
    ("7/nq-cp", "luật sửa đổi, bổ sung một số điều của luật tổ chức chính phủ và luật tổ chức chính quyền địa phương",
     "legal_basis"),
    ("7/nq-cp", "luật tổ chức chính phủ", "legal_basis"),
    ("9/2025/nđ-cp", "luật sửa đổi, bổ sung một số điều của luật phòng, chống thiên tai và luật đê điều",
     "legal_basis"),
    ("chương trình hành động của chính phủ thực hiện kết luận số 96-kl/tw", "96-kl/tw", "implements"),
    ("luật sửa đổi, bổ sung một số điều của luật phòng, chống thiên tai và luật đê điều",
     "luật phòng, chống thiên tai", "amends"),
    ("luật sửa đổi, bổ sung một số điều của luật phòng, chống thiên tai và luật đê điều", "luật đê điều", "amends"),
}
PPP_AMENDING_LAW = ("luật sửa đổi, bổ sung một số điều của luật quy hoạch, luật đầu tư, "
                    "luật đầu tư theo phương thức đối tác công tư")
KNOWN_EXTRAS = {
    ("16/2025/nđ-cp", "33/2016/nđ-cp", "amends"),
    ("16/2025/nđ-cp", "luật bảo hiểm xã hội", "amends"),
    ("21/2017/qh14", "luật quy hoạch", "amends"),
    ("57/2024/qh15", "luật quy hoạch", "amends"),
    ("9/2025/nđ-cp", "luật phòng, chống thiên tai", "amends"),
    ("9/2025/nđ-cp", "luật đê điều", "amends"),
    (PPP_AMENDING_LAW, "61/2020/qh14", "amends"),
    (PPP_AMENDING_LAW, "64/2020/qh14", "amends"),
    (PPP_AMENDING_LAW, "luật quy hoạch", "amends"),
}



# Documents the gold references by name only, with no relation (so the relations do not give them).
# Each is checked to be in a gold reference's surface.
REFERENCED_BY_NAME_ONLY = {"luật an ninh mạng", "đề án mô hình tổ chức chính quyền đô thị tại thành phố hải phòng"}
# A document the store holds twice: the programme of 7/NQ-CP, also named with its date in text 02.
KNOWN_EXTRA_DOCUMENTS = {
    "chương trình hành động của chính phủ thực hiện kết luận số 96-kl/tw ngày 30 tháng 09 năm 2024 của bộ chính trị"}
# A document the gold names that the store does not hold (its amends relations are known misses).
KNOWN_MISSED_DOCUMENTS = {"luật sửa đổi, bổ sung một số điều của luật phòng, chống thiên tai và luật đê điều"}


def expected_documents() -> set[str]:
    """The key of each document the store is expected to hold for data/corpus: every document the gold
    names (by number, as a relation's end or a subject, or by name only), the known extras in, the known
    misses out. Each named-only document is checked to be a gold reference."""
    surfaces = {document_key(r["surface"]) for gold in corpus_gold().values() for r in gold["references"]}
    for name in REFERENCED_BY_NAME_ONLY:
        assert any(name in surface for surface in surfaces), f"{name!r} is no gold reference of data/corpus"
    stated = {key for link in gold_relations() | KNOWN_EXTRAS for key in link[:2]}
    subjects = gold_subjects()
    assert stated >= KNOWN_MISSED_DOCUMENTS and not KNOWN_EXTRA_DOCUMENTS & stated
    return (gold_numbered_documents() | stated | subjects | REFERENCED_BY_NAME_ONLY | KNOWN_EXTRA_DOCUMENTS) - \
        KNOWN_MISSED_DOCUMENTS


def gold_mentions_of(number: str) -> tuple[int, int]:
    """How many references of the data/corpus gold name ``number``, and in how many texts."""
    key = document_key(number)
    counts = [sum(1 for r in gold["references"] if r.get("number") and document_key(r["number"]) == key)
              for gold in corpus_gold().values()]
    return sum(counts), sum(1 for n in counts if n)


def _reference_key(reference: dict[str, Any]) -> str:
    """A reference's document key: its number, or its name without the date that follows it."""
    return document_key(reference["number"] or re.sub(r"\s+(ngày|năm)\s.*$", "", reference["surface"]))


def gold_documents_issued_by(issuer: str) -> set[str]:
    """The numbered documents a gold reference of data/corpus says (or, by the number's suffix, infers)
    ``issuer`` issued."""
    return {document_key(r["number"]) for gold in corpus_gold().values() for r in gold["references"]
            if r.get("number") and issuer in (r.get("issuer"), r.get("issuer_inferred"))}


def gold_documents_of_year(year: int) -> set[str]:
    """The documents of ``year`` by the gold of data/corpus: the year in a document's number, else the
    year of the date a reference gives it."""
    found = set()
    for gold in corpus_gold().values():
        for r in gold["references"]:
            in_number = re.search(r"/((?:19|20)\d\d)/", r["number"] or "")
            if (int(in_number.group(1)) if in_number else int(r["date"][:4]) if r.get("date") else None) == year:
                found.add(_reference_key(r))
    return found


def expected_links() -> set[tuple[str, str, str]]:
    """The links the graph of data/corpus is expected to draw: the gold's less the known misses, with the
    known extras."""
    return (gold_relations() - KNOWN_MISSES) | KNOWN_EXTRAS


def gold_numbered_documents_of_type(kind: str) -> set[str]:
    """The numbered documents a gold reference of data/corpus gives the type ``kind`` ("Quyết định")."""
    return {document_key(r["number"]) for gold in corpus_gold().values() for r in gold["references"]
            if r.get("number") and r["type"] == kind}


def reachable_from(number: str) -> set[str]:
    """The documents the expected links reach from ``number``, following links forward."""
    reached, frontier = set(), {document_key(number)}
    while frontier:
        step = {to for source, to, _ in expected_links() if source in frontier} - reached
        reached |= step
        frontier = step
    return reached


def gold_dated_documents() -> set[str]:
    """The documents a reference of the data/corpus gold gives a date."""
    return {_reference_key(r) for gold in corpus_gold().values() for r in gold["references"] if r.get("date")}


def gold_subjects() -> set[str]:
    """The documents the data/corpus texts are about (their gold's subject_document)."""
    return {document_key(g["subject_document"]) for g in corpus_gold().values() if g.get("subject_document")}
