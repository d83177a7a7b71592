"""Resolve mentions inside one text to document identities.

All mentions of one document get one identity: a bare "Nghị quyết số 45-NQ/TW" takes the year from
a dated mention of the same number elsewhere in the text, and its issuer from a mention that states
it. Where the text itself gives one number two different years, a bare mention is ambiguous and is
marked so rather than guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from policygraph.extract.numbers import canonical_code_case
from policygraph.extract.references import FoundReference
from policygraph.model import DocumentIdentity


@dataclass
class ResolvedReference:
    found: FoundReference
    identity: DocumentIdentity
    issuer_inferred: str | None
    ambiguous: bool


def _own_year(ref: FoundReference) -> int | None:
    if ref.number_year is not None:
        return ref.number_year
    if ref.date is not None:
        return int(ref.date[:4])
    return ref.year_phrase


def resolve_references(
    refs: list[FoundReference], issuer_codes: dict[str, str], kind_codes: set[str]
) -> list[ResolvedReference]:
    known_codes = set(issuer_codes) | kind_codes
    by_number: dict[str, list[FoundReference]] = defaultdict(list)
    for ref in refs:
        if ref.number is not None:
            by_number[ref.number.upper()].append(ref)
    # One written name per numberless document: headings shout ("LUẬT DÂN QUÂN TỰ VỆ"), prose does not.
    written: dict[str, list[str]] = defaultdict(list)
    for ref in refs:
        if ref.number is None:
            name = _name_key(ref.name or ref.type)
            written[name.casefold()].append(name)
    resolved = []
    for ref in refs:
        if ref.number is None:
            forms = written[_name_key(ref.name or ref.type).casefold()]
            name = next((f for f in forms if not f.isupper()), forms[0])
            identity = DocumentIdentity(ref.kind_code, None, ref.year_phrase, None, name)
            resolved.append(ResolvedReference(ref, identity, None, False))
            continue
        siblings = by_number[ref.number.upper()]
        kind_code = _kind_of_number(ref, siblings, kind_codes)
        year = _own_year(ref)
        ambiguous = False
        if year is None:
            years = {y for s in siblings if (y := _own_year(s)) is not None}
            if len(years) == 1:
                year = years.pop()
            elif len(years) > 1:
                ambiguous = True
        term = ref.term or next((s.term for s in siblings if s.term), None)
        identity = DocumentIdentity(kind_code, canonical_code_case(ref.number, known_codes), year, term, None)
        issuer_inferred = None
        if ref.issuer is None:
            stated = next((s.issuer for s in siblings if s.issuer and _same(s, year)), None)
            issuer_inferred = stated or issuer_codes.get(ref.issuer_code or "")
        resolved.append(ResolvedReference(ref, identity, issuer_inferred, ambiguous))
    _number_named_laws(resolved)
    return resolved


_NAMED_KINDS = {"Luật", "BLuật", "PL"}
_TRAILING_YEAR = re.compile(r"(?:\s+năm)?\s+(?:19|20)\d\d$", re.IGNORECASE)


def _law_name_key(name: str) -> str:
    return _TRAILING_YEAR.sub("", " ".join(name.split())).casefold()


def _number_named_laws(resolved: list[ResolvedReference]) -> None:
    """"Luật Điện lực" and "Luật Điện lực số 61/2024/QH15" in one text are one law: a law, code or
    ordinance named without its number takes the number the same text gives that name, as numbers
    take their year from a sibling. Where the text gives one name two numbers (the 2013 and the 2024
    law), the numberless mention is ambiguous and keeps its name; a year written with it must agree."""
    numbered: dict[str, list[ResolvedReference]] = defaultdict(list)
    for r in resolved:
        if r.found.number and r.found.name and r.found.kind_code in _NAMED_KINDS:
            numbered[_law_name_key(r.found.name)].append(r)
    for r in resolved:
        if r.found.number or not r.found.name or r.found.kind_code not in _NAMED_KINDS:
            continue
        year = r.found.year_phrase or (int(r.found.date[:4]) if r.found.date else None)
        candidates = {c.identity for c in numbered.get(_law_name_key(r.found.name), [])
                      if year is None or c.identity.year is None or c.identity.year == year}
        if len(candidates) == 1:
            r.identity = candidates.pop()
        elif len(candidates) > 1:
            r.ambiguous = True
    # "Luật Bảo hiểm xã hội" and "Luật Bảo hiểm xã hội năm 2014" with no number in the text: one law,
    # named once with its year, when the text names that law with one year only.
    unnumbered: dict[str, list[ResolvedReference]] = defaultdict(list)
    for r in resolved:
        if r.identity.number is None and r.found.name and r.found.kind_code in _NAMED_KINDS and not r.ambiguous:
            unnumbered[_law_name_key(r.found.name)].append(r)
    for group in unnumbered.values():
        years = {r.found.year_phrase for r in group if r.found.year_phrase is not None}
        plain = [r for r in group if r.found.year_phrase is None]
        if len(years) != 1 or not plain:
            continue
        # The law is named by its name; the year the text gives it is its year.
        identity = replace(plain[0].identity, year=years.pop())
        for r in group:
            if r.found.date is None or int(r.found.date[:4]) == identity.year:
                r.identity = identity


def _same(other: FoundReference, year: int | None) -> bool:
    other_year = _own_year(other)
    return year is None or other_year is None or other_year == year


def _kind_of_number(ref: FoundReference, siblings: list[FoundReference], kind_codes: set[str]) -> str:
    """The kind that identifies the document: a kind code inside the number wins over words."""
    parts = re.split(r"[-/]", ref.number or "")
    for part in parts[1:]:
        if part in kind_codes and part != "QH":
            return part
    worded = [s.kind_code for s in siblings if s.kind_code not in {"Luật"}]
    return worded[0] if worded else ref.kind_code


def _name_key(name: str) -> str:
    return " ".join(name.split())


def written_name_span(ref: ResolvedReference) -> tuple[int, int] | None:
    """Where this mention names a numberless document (start, end of its name): a relation stated by
    the mention names its end so (the corpus conventions' rule), while the document's identity stays
    one case-blind name for the whole text. None for a document with a number (named by it), a
    heading that shouts (the text's prose form is used) or a mention without a name."""
    found = ref.found
    if ref.identity.number is not None or not found.name or found.name_end is None or found.name.isupper():
        return None
    return found.start, found.name_end
