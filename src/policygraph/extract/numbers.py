"""Official document numbers (Decree 30/2020/NĐ-CP on administrative documents).

Two shapes occur: the state form "7/NQ-CP", "35/2021/QH15", "1579/QĐ-TTg" (number, optional year,
kind code and issuer code), and the Party form "45-NQ/TW", "96-KL/TW" (number, kind code, issuer
code). The issuer code may carry the term: QH15 is the 15th National Assembly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_TERM_CODE = re.compile(r"^(?P<code>[A-ZĐa-zđ]*?[A-ZĐ])(?P<term>\d{1,2})$")


def to_roman(value: int) -> str:
    out = []
    for number, numeral in _ROMAN:
        while value >= number:
            out.append(numeral)
            value -= number
    return "".join(out)


@dataclass(frozen=True)
class DocumentNumber:
    """The parts of an official number."""

    text: str
    serial: str
    year: int | None
    kind_code: str | None
    issuer_code: str | None
    term: str | None


def normalise_number(raw: str) -> str:
    """The number as written, with spaces and line breaks removed ("45 - NQ/TW" -> "45-NQ/TW")."""
    return "".join(raw.split())


def parse_document_number(raw: str, known_kind_codes: set[str]) -> DocumentNumber:
    """Split a number into serial, year, kind code and issuer code.

    ``known_kind_codes`` decides whether the first code segment names a kind ("NQ" in "7/NQ-CP") or
    an issuer ("QH15" in "35/2021/QH15", where the kind comes from the words before the number).
    """
    text = normalise_number(raw)
    parts = re.split(r"[-/]", text)
    serial = parts[0]
    rest = parts[1:]
    year = None
    if rest and re.fullmatch(r"(?:19|20)\d\d", rest[0]):
        year = int(rest[0])
        rest = rest[1:]
    kind_code = None
    if (len(rest) >= 2 and rest[0] in known_kind_codes) or len(rest) >= 2:
        kind_code = rest[0]
        rest = rest[1:]
    elif len(rest) == 1 and rest[0] in known_kind_codes:
        kind_code, rest = rest[0], []
    issuer_code = rest[-1] if rest else None
    term = None
    if issuer_code:
        m = _TERM_CODE.match(issuer_code)
        if m and m.group("code") in {"QH", "UBTVQH"}:
            issuer_code = m.group("code")
            term = to_roman(int(m.group("term")))
    return DocumentNumber(text, serial, year, kind_code, issuer_code, term)


def canonical_code_case(number: str, known_codes: set[str]) -> str:
    """Upper-case texts write "32/CT-TTG"; the official code is "TTg". Known codes get their official
    case, so both spellings name one document."""
    by_upper = {code.upper(): code for code in known_codes}

    def fix(segment: str) -> str:
        head = segment.rstrip("0123456789")
        return by_upper.get(head.upper(), head) + segment[len(head):]

    return "".join(fix(part) if part and part[0].isalpha() else part for part in re.split(r"([-/])", number))
