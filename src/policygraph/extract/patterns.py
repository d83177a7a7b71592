"""Patterns as data: kind words, issuer codes and stated issuers are read from data/patterns/*.json.

The regular expressions are built here, once per pipeline, from those lists, so that adding a kind or
an issuer is an edit to a data file, not to code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from policygraph.text.regex import GAP, SPACE, WORD_CHAR, gap_joined


@dataclass(frozen=True)
class KindSpec:
    name: str
    code: str
    words: tuple[str, ...]
    abbreviations: tuple[str, ...]
    named: bool
    number_suffix: str | None = None


class ReferencePatterns:
    """The data behind reference finding, and the compiled expressions built from it."""

    def __init__(self, kinds: dict[str, Any], issuers: dict[str, Any], laws: dict[str, Any] | None = None) -> None:
        self.kinds_data = kinds
        self.issuers_data = issuers
        self.laws_data = laws or {"names": []}
        self.law_names: list[str] = list(self.laws_data["names"])
        self.constitution_names: list[str] = list(self.laws_data.get("constitution", []))
        self.kinds = [
            KindSpec(k["name"], k["code"], tuple(k["words"]), tuple(k["abbreviations"]), bool(k["named"]),
                     k.get("number_suffix"))
            for k in kinds["kinds"]
        ]
        self.bare_number_kinds: dict[str, str] = {
            k: v for k, v in kinds["bare_number_kinds"].items() if not k.startswith("_")
        }
        self.generic_words: list[str] = list(kinds.get("generic_words", []))
        self.generic_default: str | None = kinds.get("generic_default")
        self.issuer_codes: dict[str, str] = dict(issuers["codes"])
        stated = issuers["stated_issuers"]
        self.stated_issuers: list[str] = list(stated["names"])
        self.local_bodies: list[str] = list(stated["local_bodies"])
        self.local_units: list[str] = list(stated["local_units"])
        self.issuer_heads: list[str] = list(stated.get("heads", []))
        self.meetings: list[str] = list(stated.get("meetings", []))

    @classmethod
    def from_dir(cls, directory: Path) -> ReferencePatterns:
        kinds = json.loads((directory / "document_kinds.json").read_text(encoding="utf-8"))
        issuers = json.loads((directory / "issuers.json").read_text(encoding="utf-8"))
        laws = json.loads((directory / "law_names.json").read_text(encoding="utf-8"))
        return cls(kinds, issuers, laws)

    def to_dict(self) -> dict[str, Any]:
        return {"kinds": self.kinds_data, "issuers": self.issuers_data, "laws": self.laws_data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReferencePatterns:
        return cls(data["kinds"], data["issuers"], data.get("laws"))

    # ---- lookups ---------------------------------------------------------------------------------
    @cached_property
    def kind_by_word(self) -> dict[str, KindSpec]:
        table: dict[str, KindSpec] = {}
        for kind in self.kinds:
            for word in kind.words:
                table[" ".join(word.lower().split())] = kind
        return table

    @cached_property
    def kind_by_abbreviation(self) -> dict[str, KindSpec]:
        return {abbr: kind for kind in self.kinds for abbr in kind.abbreviations}

    @cached_property
    def kind_by_code(self) -> dict[str, KindSpec]:
        return {kind.code: kind for kind in self.kinds}

    @cached_property
    def canonical_issuer(self) -> dict[str, str]:
        return {" ".join(name.lower().split()): name for name in self.stated_issuers}

    # ---- compiled expressions -------------------------------------------------------------------
    @cached_property
    def _generic_keys(self) -> frozenset[str]:
        return frozenset(" ".join(w.lower().split()) for w in self.generic_words)

    def is_generic(self, word: str) -> bool:
        """A word that opens a numbered mention without naming a kind ("văn bản số ...")."""
        return " ".join(word.lower().split()) in self._generic_keys

    @cached_property
    def kind_word_re(self) -> re.Pattern[str]:
        words = sorted(list(self.kind_by_word) + [w.lower() for w in self.generic_words], key=len, reverse=True)
        alternatives = "|".join(gap_joined(w.split()) for w in words)
        # "pháp luật" (the law in general) is not a mention of a Luật.
        return re.compile(
            rf"(?<!{WORD_CHAR})(?<!pháp )(?<!pháp\n)(?P<kind>{alternatives})(?!{WORD_CHAR})", re.IGNORECASE
        )

    @cached_property
    def constitution_re(self) -> re.Pattern[str]:
        names = sorted(self.constitution_names, key=len, reverse=True) or ["Hiến pháp"]
        alternatives = "|".join(gap_joined(n.split()) for n in names)
        return re.compile(rf"(?:{alternatives})(?!{WORD_CHAR})", re.IGNORECASE)

    @cached_property
    def law_name_re(self) -> re.Pattern[str]:
        names = sorted(self.law_names, key=len, reverse=True)
        alternatives = "|".join(gap_joined(n.split()) for n in names)
        return re.compile(rf"(?:{alternatives})(?!{WORD_CHAR})", re.IGNORECASE)

    @cached_property
    def abbreviation_re(self) -> re.Pattern[str]:
        abbrs = sorted(self.kind_by_abbreviation, key=len, reverse=True)
        alternatives = "|".join(re.escape(a) for a in abbrs)
        return re.compile(rf"(?<![\w/-])(?P<abbr>{alternatives})(?=[ \t]+(?:số[ \t]+)?\d)")

    @cached_property
    def issuer_re(self) -> re.Pattern[str]:
        local = set(self.local_bodies)
        others = sorted((n for n in self.stated_issuers if n not in local), key=len, reverse=True)
        locals_ = sorted(local, key=len, reverse=True)
        other_alt = "|".join(gap_joined(n.split()) for n in others)
        local_alt = "|".join(gap_joined(n.split()) for n in locals_)
        units = "|".join(gap_joined(u.split()) for u in sorted(self.local_units, key=len, reverse=True))
        heads = "|".join(gap_joined(h.split()) for h in sorted(self.issuer_heads, key=len, reverse=True))
        meetings = "|".join(gap_joined(m.split()) for m in sorted(self.meetings, key=len, reverse=True))
        # A local body may be followed by its unit and place name ("Ủy ban nhân dân tỉnh Nghệ An", "UBND
        # tỉnh", "Tỉnh ủy Nghệ An"). Up to six words are taken here; the finder keeps only the
        # capitalised ones, so a title does not run on (see references.issuer_end).
        place = rf"(?:(?:{GAP})(?:{units}))?(?P<place>(?:(?:{GAP})[^\W\d_][\w-]*){{0,6}})"
        # A post may be held with another: "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
        head = rf"(?:(?:{heads})(?:,(?:{GAP})(?:{heads}))*(?:{GAP}))?" if heads else ""
        meeting = rf"(?:(?:{meetings})(?:{GAP})(?:[\wÀ-ỹ]+(?:{GAP}))?)?" if meetings else ""
        return re.compile(
            rf"(?P<lead>của|và)(?:{GAP})(?P<issuer>{meeting}{head}(?:(?:{local_alt}){place}|(?:{other_alt})))"
            rf"(?!{WORD_CHAR})",
            re.IGNORECASE,
        )


NUMBER_SEGMENT = r"[A-ZĐ][A-ZĐa-zđ]*\d*"
# A number may wrap after its hyphen or slash ("3783/QĐ-\nUBND") or carry a stray space ("TT- BCT").
NUMBER_RE = re.compile(
    rf"(?<![\w/.-])(?P<number>\d{{1,5}}[a-zđ]?(?:[ ]?[-/](?:[ ]|\r?\n)?(?:19|20)\d\d)?"
    rf"(?:[ ]?[-/](?:[ ]|\r?\n)?{NUMBER_SEGMENT})+)(?![\w])"
)
SHORT_NUMBER_RE = re.compile(r"(?P<number>\d{1,5})(?![\w/-])(?![.,]\d)(?![ \t]*(?:năm|tháng|ngày|giờ|%))")
DATE_RE = re.compile(
    rf"(?:ngày(?:{GAP})(?:ngày(?:{GAP}))?)?(?P<day>\d{{1,2}})(?:{SPACE})(?:"
    rf"(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep)(?P<year>(?:19|20)\d\d)"
    rf"|tháng(?:{GAP})(?P<month2>\d{{1,2}})(?:{GAP})năm(?:{GAP})(?P<year2>(?:19|20)\d\d))(?!\d)",
    re.IGNORECASE,
)
# A number left blank for the signing office to fill in ("Quyết định số /QĐ-UBND", "số ...../QĐ-UBND",
# "số\nQĐ/UBND"): the kind and issuer codes are written, the serial is not.
BLANK_NUMBER_RE = re.compile(
    rf"(?P<blank>(?:[.…_]+[ ]?)?/[ ]?{NUMBER_SEGMENT}(?:[ ]?[-/][ ]?{NUMBER_SEGMENT})*"
    rf"|{NUMBER_SEGMENT}(?:[ ]?[-/][ ]?{NUMBER_SEGMENT})+)(?![\w/])"
)
# A date left blank the same way ("ngày tháng 11 năm 2025", "ngày /11/2025", "ngày …/…/2025"):
# only spaces, dots, slashes, the words "tháng"/"năm" and at most a month or day number before the year.
BLANK_DATE_RE = re.compile(
    r"ngày(?:[ \t\u00a0./…_-]|\r?\n|tháng|năm){1,30}?(?:\d{1,2}(?:[ \t\u00a0./…_-]|\r?\n|tháng|năm){1,30}?)?"
    r"(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
DATED_RE = re.compile(rf"ngày(?:{GAP})", re.IGNORECASE)
YEAR_PHRASE_RE = re.compile(rf"năm(?:{GAP})(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
TERM_RE = re.compile(rf"khóa(?:{GAP})(?P<term>[IVXLC]+)(?![\w])", re.IGNORECASE)
SO_RE = re.compile(rf"số(?!{WORD_CHAR})", re.IGNORECASE)
