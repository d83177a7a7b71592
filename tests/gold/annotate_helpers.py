"""Helpers for writing gold annotation files by hand (see tests/gold/README.md).

The annotator decides every mention by reading the text; these helpers only turn a decided
surface into exact offsets (text.find, never typed by hand), fill the fields that follow
mechanically from the surface (ISO date written inside the mention, issuer_inferred from the
number's suffix, term from a QH suffix) and write the JSON in the seed's format.

    from annotate_helpers import Gold
    g = Gold("data/corpus/01_x.txt", kind="legal", subject_document="45-NQ/TW")
    g.ref("Nghị quyết số 32-NQ/TW của Bộ Chính trị khoá IX", "Nghị quyết", "32-NQ/TW",
          issuer="Bộ Chính trị", term="IX")
    g.rel("7/NQ-CP", "96-KL/TW", "implements", "... exact evidence ...")
    g.write("tests/gold/01_x.gold.json")
"""

from __future__ import annotations

import json
import os
import re
import unicodedata

AUTO = object()

# Keys of a gold file written by hand, not by these scripts (see Gold.write).
HAND_WRITTEN_KEYS = ("solution_sections", "tasks", "structure_notes")

ROMAN = {"11": "XI", "12": "XII", "13": "XIII", "14": "XIV", "15": "XV", "16": "XVI"}

# number suffix -> issuer_inferred (ANNOTATION.md list, plus a few unambiguous agency codes)
SUFFIX_ISSUER = [
    (r"/TW$", "Ban Chấp hành Trung ương"),
    (r"UBTVQH\d*$", "Ủy ban Thường vụ Quốc hội"),
    (r"(?<!UBTV)QH\d*$", "Quốc hội"),
    (r"TTg$", "Thủ tướng Chính phủ"),
    (r"(NĐ-CP|NQ-CP|/CP|-CP)$", "Chính phủ"),
    (r"BTP$", "Bộ Tư pháp"),
    (r"BKHĐT$", "Bộ Kế hoạch và Đầu tư"),
    (r"HĐND$", "Hội đồng nhân dân"),
    (r"UBND(-[A-ZĐ]+)?$", "Ủy ban nhân dân"),
    (r"VPCP$", "Văn phòng Chính phủ"),
    (r"BCA$", "Bộ Công an"),
]

_DATE_PATTERNS = [
    # ngày 24 tháng 01 năm 2019 (any case, any whitespace incl. line breaks)
    re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I),
    # ngày 24/1/2019, ngày 24-01-2019, ngày 24.01.2019
    re.compile(r"ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", re.I),
]


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def iso_date_in(surface: str):
    """ISO date written inside a surface ('ngày D tháng M năm Y', 'ngày D/M/Y', 'ngày D-M-Y')."""
    s = nfc(surface)
    for pat in _DATE_PATTERNS:
        m = pat.search(s)
        if m:
            d, mth, y = (int(x) for x in m.groups())
            return f"{y:04d}-{mth:02d}-{d:02d}"
    return None


def infer_issuer(number):
    if not number:
        return None
    n = nfc(number)
    for pat, issuer in SUFFIX_ISSUER:
        if re.search(pat, n):
            return issuer
    return None


def term_from_number(number):
    if not number:
        return None
    m = re.search(r"QH(\d{2})$", nfc(number))
    return ROMAN.get(m.group(1)) if m else None


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class Gold:
    def __init__(self, text_path, kind, subject_document, source=None):
        self.text_path = text_path
        with open(text_path, encoding="utf-8") as f:
            self.text = f.read()
        self.kind = kind
        self.subject_document = subject_document
        self.source = source or os.path.basename(text_path)
        self.refs: list[dict] = []
        self.rels: list[dict] = []
        self.notes: list[str] = []

    # -- references -------------------------------------------------------------------------
    def find(self, surface, occ=None, after=None):
        """Offsets of `surface`; occ = index among occurrences (after `after`), or "all"."""
        start_at = 0
        if after is not None:
            if isinstance(after, int):
                start_at = after
            else:
                a = self.text.find(after)
                if a < 0:
                    raise ValueError(f"anchor not found: {after!r}")
                start_at = a
        hits, i = [], self.text.find(surface, start_at)
        while i >= 0:
            hits.append(i)
            i = self.text.find(surface, i + 1)
        if not hits:
            raise ValueError(f"surface not found: {surface!r}")
        if occ == "all":
            return hits
        if occ is None:
            if len(hits) != 1 and after is None:
                raise ValueError(f"surface occurs {len(hits)} times, give occ: {surface!r}")
            return [hits[0]]
        return [hits[occ]]

    def ref(
        self,
        surface,
        type,
        number=None,
        date=AUTO,
        issuer=None,
        issuer_inferred=AUTO,
        term=AUTO,
        occ=None,
        after=None,
    ):
        number = number.replace(" ", "") if number else None
        if date is AUTO:
            date = iso_date_in(surface)
        if issuer_inferred is AUTO:
            issuer_inferred = None if issuer else infer_issuer(number)
        if term is AUTO:
            term = term_from_number(number)
        out = []
        for st in self.find(surface, occ, after):
            r = {
                "surface": surface,
                "start": st,
                "end": st + len(surface),
                "type": type,
                "number": number,
                "issuer": issuer,
                "issuer_inferred": issuer_inferred,
                "date": date,
                "term": term,
            }
            assert self.text[r["start"] : r["end"]] == surface
            key = (r["start"], r["end"], type, number)
            if any((x["start"], x["end"], x["type"], x["number"]) == key for x in self.refs):
                raise ValueError(f"duplicate reference {key}")
            self.refs.append(r)
            out.append(r)
        return out

    # -- relations --------------------------------------------------------------------------
    def rel(self, frm, to, type, evidence):
        if evidence not in self.text:
            raise ValueError(f"evidence not in text: {evidence!r}")
        if any((x["from"], x["to"], x["type"]) == (frm, to, type) for x in self.rels):
            raise ValueError(f"duplicate relation {(frm, to, type)}")
        self.rels.append({"from": frm, "to": to, "type": type, "evidence": evidence})

    def note(self, s):
        self.notes.append(s)

    def write(self, path):
        data = {
            "source": self.source,
            "kind": self.kind,
            "subject_document": self.subject_document,
            "references": sorted(self.refs, key=lambda r: (r["start"], -r["end"])),
            "relations": self.rels,
            "notes": self.notes,
        }
        # The structure annotation (solution_sections, tasks, structure_notes) is written by hand into the
        # JSON, not by these scripts: a re-run keeps it.
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                kept = {k: v for k, v in json.load(f).items() if k in HAND_WRITTEN_KEYS}
            data.update(kept)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return data
