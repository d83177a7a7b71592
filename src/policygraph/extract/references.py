"""Find every mention of a document in a text and read its fields.

Numbers are found on the raw characters, not on tokens: pyvi splits "45-NQ/TW" into five tokens and
dates into pieces, while a compiled expression over the text is fast and keeps exact offsets. The
spaCy component below wraps this finder so that it runs inside the pipeline and its results travel
with the Doc (``doc.spans["legal_references"]`` and ``Span._.legal_ref``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from policygraph.extract.dates import iso_date_from_match
from policygraph.extract.numbers import parse_document_number
from policygraph.extract.patterns import (
    DATE_RE,
    GAP,
    NUMBER_RE,
    SHORT_NUMBER_RE,
    SO_RE,
    TERM_RE,
    WORD_CHAR,
    YEAR_PHRASE_RE,
    ReferencePatterns,
)

_OPTIONAL_GAP = re.compile(rf"(?:{GAP})?")
_LEADING_GAP = re.compile(rf"(?:{GAP})")
_WORD = re.compile(r"[^\W_][\w-]*")
_NAME_STOP_WORDS = {
    "số", "ngày", "năm", "và", "được", "đã", "của", "theo", "về", "tại", "để", "nhằm", "thì", "có",
    "với", "trong", "này", "do", "sau", "khi", "là", "hoặc", "đến", "từ", "cho", "qua", "bởi", "như",
    "các", "những", "mà", "nhưng", "vừa", "sẽ", "đang", "hiện", "nay", "trước", "đó",
}
_PROJECT_NAME_STOP_WORDS = {
    "và", "được", "đã", "để", "nhằm", "theo", "với", "nhưng", "thì", "là", "này", "số", "ngày",
    "vừa", "sẽ", "đang", "do", "bởi", "của",
}
_TITLE_STOP = re.compile(
    r"[.;:]\s|[.;:]$|\n|\s(?:vừa|đã được|được ban hành|do [A-ZĐ]|\(sau đây|như sau)|\*\*|\|", re.IGNORECASE
)
_CONGRESS_RE = re.compile(
    rf"Đại(?:{GAP})hội(?:{GAP})(?:(?:đại(?:{GAP})biểu(?:{GAP})toàn(?:{GAP})quốc(?:{GAP}))?"
    rf"(?:lần(?:{GAP})thứ(?:{GAP}))?(?:[IVXLC]+|\w+)|Đảng(?:{GAP})toàn(?:{GAP})quốc(?:{GAP})lần(?:{GAP})thứ(?:{GAP})[IVXLC]+)"
    rf"(?:(?:{GAP})của(?:{GAP})Đảng)?(?!{WORD_CHAR})"
)
_IMPLEMENTING_RE = re.compile(
    rf"(?:{GAP})(?:triển(?:{GAP})khai(?:{GAP}))?thực(?:{GAP})hiện(?:{GAP})", re.IGNORECASE
)
_PLAN_NAME_START = re.compile(r"(?:triển khai|thực hiện|hành động)\b", re.IGNORECASE)


@dataclass
class FoundReference:
    """A mention found in the matching text (offsets into that text)."""

    start: int
    end: int
    type: str
    kind_code: str
    number: str | None
    issuer: str | None
    issuer_code: str | None
    date: str | None
    term: str | None
    number_year: int | None
    year_phrase: int | None
    name: str | None
    title: str | None
    title_start: int | None
    title_end: int | None
    number_start: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class ReferenceFinder:
    """Finds mentions of documents with the patterns of one pipeline."""

    def __init__(self, patterns: ReferencePatterns) -> None:
        self.patterns = patterns
        self.kind_codes = {k.code for k in patterns.kinds} | set(patterns.bare_number_kinds)
        self.issuer_codes = set(patterns.issuer_codes)

    # ---- public -----------------------------------------------------------------------------------
    def find(self, text: str) -> list[FoundReference]:
        found: list[FoundReference] = []
        consumed_numbers: set[int] = set()
        for match in self.patterns.kind_word_re.finditer(text):
            kind = self.patterns.kind_by_word[" ".join(match.group("kind").lower().split())]
            ref = self._numbered_after_kind(text, match.start(), match.end(), kind.name, kind.code)
            if ref is None and kind.named:
                ref = self._named_after_kind(text, match.start(), match.end(), kind.name, kind.code)
            if ref is not None:
                found.append(ref)
                if ref.number_start is not None:
                    consumed_numbers.add(ref.number_start)
        for match in self.patterns.abbreviation_re.finditer(text):
            kind = self.patterns.kind_by_abbreviation[match.group("abbr")]
            ref = self._numbered_after_kind(text, match.start(), match.end(), kind.name, kind.code)
            if ref is not None and not any(r.start <= ref.start < r.end for r in found):
                found.append(ref)
                if ref.number_start is not None:
                    consumed_numbers.add(ref.number_start)
        for match in NUMBER_RE.finditer(text):
            if match.start() in consumed_numbers:
                continue
            ref = self._bare_number(text, match)
            if ref is not None:
                found.append(ref)
        found.extend(self._amending_laws(text, found))
        unique: dict[tuple[int, int, str, str | None], FoundReference] = {}
        for ref in found:
            unique.setdefault((ref.start, ref.end, ref.type, ref.number), ref)
        refs = sorted(unique.values(), key=lambda r: (r.start, -r.end))
        self._expand_short_numbers(refs)
        return refs

    # ---- numbered mentions ------------------------------------------------------------------------
    def _numbered_after_kind(
        self, text: str, start: int, pos: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        pos = self._skip_so(text, pos)
        gap = _LEADING_GAP.match(text, pos)
        if gap is None:
            return None
        pos = gap.end()
        number_match = NUMBER_RE.match(text, pos)
        if number_match is not None:
            return self._complete(text, start, number_match, kind_name, kind_code)
        short = SHORT_NUMBER_RE.match(text, pos)
        if short is not None and kind_code not in {"Luật", "HP"}:
            ref = self._new(start, short.end(), kind_name, kind_code, short.group("number"))
            ref.number_start = short.start()
            self._extend(text, ref)
            return ref
        return None

    def _skip_so(self, text: str, pos: int) -> int:
        gap = _LEADING_GAP.match(text, pos)
        if gap is None:
            return pos
        so = SO_RE.match(text, gap.end())
        return so.end() if so else pos

    def _complete(
        self, text: str, start: int, number_match: re.Match[str], kind_name: str, kind_code: str
    ) -> FoundReference:
        parsed = parse_document_number(number_match.group("number"), self.kind_codes)
        ref = self._new(start, number_match.end(), kind_name, kind_code, parsed.text)
        ref.number_start = number_match.start()
        ref.issuer_code = parsed.issuer_code
        ref.term = parsed.term
        ref.number_year = parsed.year
        self._extend(text, ref)
        return ref

    def _bare_number(self, text: str, match: re.Match[str]) -> FoundReference | None:
        parsed = parse_document_number(match.group("number"), self.kind_codes)
        if parsed.kind_code is None and parsed.issuer_code not in self.issuer_codes:
            return None
        if (parsed.kind_code is not None and parsed.kind_code not in self.patterns.bare_number_kinds
                and parsed.issuer_code not in self.issuer_codes):
            return None
        code = parsed.kind_code or ("QH" if parsed.issuer_code == "QH" else None)
        if code is None:
            return None
        kind_name = self.patterns.bare_number_kinds.get(code)
        if kind_name is None:
            return None
        kind = next((k for k in self.patterns.kinds if k.name == kind_name), None)
        ref = self._new(match.start(), match.end(), kind_name, kind.code if kind else code, parsed.text)
        ref.issuer_code = parsed.issuer_code
        ref.term = parsed.term
        ref.number_year = parsed.year
        self._extend(text, ref)
        return ref

    def _new(self, start: int, end: int, kind_name: str, kind_code: str, number: str | None) -> FoundReference:
        return FoundReference(
            start, end, kind_name, kind_code, number, None, None, None, None, None, None, None, None, None, None
        )

    def _extend(self, text: str, ref: FoundReference) -> None:
        """Grow a mention over what follows it contiguously: date, "năm YYYY", issuer, term."""
        seen: set[str] = set()
        while True:
            gap = _LEADING_GAP.match(text, ref.end)
            if gap is None:
                break
            pos = gap.end()
            if "date" not in seen and (m := DATE_RE.match(text, pos)) and (
                m.group(0).lower().startswith("ngày") or m.group("sep")
            ):
                iso = iso_date_from_match(m)
                if iso is not None:
                    ref.date, ref.end = iso, m.end()
                    seen.update({"date", "year"})
                    continue
            if "year" not in seen and (m := YEAR_PHRASE_RE.match(text, pos)):
                ref.year_phrase, ref.end = int(m.group("year")), m.end()
                seen.update({"year", "date"})
                continue
            if "issuer" not in seen and (m := self.patterns.issuer_re.match(text, pos)):
                ref.issuer = self._canonical_issuer(m.group("issuer"))
                ref.end = m.end()
                seen.add("issuer")
                continue
            if "term" not in seen and (m := TERM_RE.match(text, pos)):
                ref.term, ref.end = m.group("term").upper(), m.end()
                seen.add("term")
                continue
            break
        self._read_title(text, ref)

    def _canonical_issuer(self, raw: str) -> str:
        collapsed = " ".join(raw.split())
        lowered = collapsed.lower()
        for key, name in sorted(self.patterns.canonical_issuer.items(), key=lambda kv: -len(kv[0])):
            if lowered.startswith(key):
                return name + collapsed[len(key):]
        return collapsed

    def _read_title(self, text: str, ref: FoundReference) -> None:
        gap = _LEADING_GAP.match(text, ref.end)
        pos = gap.end() if gap else ref.end
        if text[pos:pos + 3].lower() not in {"về ", "về\n"}:
            return
        stop = _TITLE_STOP.search(text, pos, min(len(text), pos + 400))
        end = stop.start() if stop else min(len(text), pos + 400)
        title = text[pos:end].rstrip(" ,:")
        if len(title) > 3:
            ref.title, ref.title_start, ref.title_end = " ".join(title.split()), pos, pos + len(title)

    # ---- numberless mentions ----------------------------------------------------------------------
    def _named_after_kind(
        self, text: str, start: int, pos: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        if self._preceded_by(text, start, ("về", "các", "những")):
            return None
        capitalised = text[start].isupper()
        gap = _LEADING_GAP.match(text, pos)
        if gap is None:
            return None
        name_start = gap.end()
        if kind_code == "NQ":
            m = _CONGRESS_RE.match(text, name_start)
            if m is None:
                return None
            ref = self._new(start, m.end(), kind_name, kind_code, None)
            ref.name = " ".join(text[start:m.end()].split())
            return ref
        if kind_code == "CTr":
            return self._action_programme(text, start, name_start, kind_name, kind_code)
        if not capitalised:
            return None
        if kind_code in {"Luật", "BLuật", "PL"}:
            return self._named_law(text, start, name_start, kind_name, kind_code)
        if kind_code == "HP":
            ref = self._new(start, pos, kind_name, kind_code, None)
            ref.name = kind_name
            self._extend(text, ref)
            return ref
        if kind_code == "KH" and not _PLAN_NAME_START.match(text, name_start):
            return None
        return self._named_project(text, start, name_start, kind_name, kind_code)

    def _preceded_by(self, text: str, start: int, words: tuple[str, ...]) -> bool:
        before = text[max(0, start - 12):start].rstrip().lower()
        return any(before.endswith(" " + w) or before == w or before.endswith("\n" + w) for w in words)

    def _named_law(
        self, text: str, start: int, name_start: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        first = _WORD.match(text, name_start)
        if first is None or not first.group(0)[0].isupper():
            return None
        end = self._scan_name(text, first.end(), _NAME_STOP_WORDS)
        ref = self._new(start, end, kind_name, kind_code, None)
        ref.name = " ".join(text[start:end].split())
        # "Luật Đầu tư số 61/2020/QH14": a number after the name belongs to the law.
        after = self._skip_so(text, end)
        gap = _LEADING_GAP.match(text, after)
        if after != end and gap is not None and (m := NUMBER_RE.match(text, gap.end())):
            parsed = parse_document_number(m.group("number"), self.kind_codes)
            ref.number, ref.end, ref.number_start = parsed.text, m.end(), m.start()
            ref.issuer_code, ref.term, ref.number_year = parsed.issuer_code, parsed.term, parsed.year
        self._extend(text, ref)
        return ref

    def _scan_name(self, text: str, pos: int, stop_words: set[str]) -> int:
        end = pos
        while True:
            gap = re.compile(r"[ \t]+(?:\r?\n[ \t]*)?").match(text, end)
            if gap is None:
                return end
            word = _WORD.match(text, gap.end())
            if word is None or word.group(0).lower() in stop_words:
                return end
            end = word.end()

    def _named_project(
        self, text: str, start: int, name_start: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        first = _WORD.match(text, name_start)
        if first is None or first.group(0).lower() in _PROJECT_NAME_STOP_WORDS | {"về", "trên", "đối"}:
            return None
        end = self._scan_name(text, first.end(), _PROJECT_NAME_STOP_WORDS)
        if len(text[name_start:end].split()) < 2:
            return None
        ref = self._new(start, end, kind_name, kind_code, None)
        ref.name = " ".join(text[start:end].split())
        return ref

    def _action_programme(
        self, text: str, start: int, name_start: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        """"Chương trình hành động [của X] thực hiện <mention>": the name runs to the mention's end."""
        pos = name_start
        issuer = None
        m = self.patterns.issuer_re.match(text, pos)
        if m is not None:
            issuer = self._canonical_issuer(m.group("issuer"))
            pos = m.end()
        impl = _IMPLEMENTING_RE.match(text, pos)
        if impl is not None:
            kind_match = self.patterns.kind_word_re.match(text, impl.end())
            if kind_match is not None:
                kind = self.patterns.kind_by_word[" ".join(kind_match.group("kind").lower().split())]
                inner = self._numbered_after_kind(text, kind_match.start(), kind_match.end(), kind.name, kind.code)
                if inner is not None:
                    ref = self._new(start, inner.end, kind_name, kind_code, None)
                    ref.issuer = issuer
                    ref.name = " ".join(text[start:inner.end].split())
                    return ref
        if issuer is None:
            return None
        ref = self._new(start, m.end() if m else pos, kind_name, kind_code, None)
        ref.issuer = issuer
        ref.name = " ".join(text[start:ref.end].split())
        return ref

    def _amending_laws(self, text: str, found: list[FoundReference]) -> list[FoundReference]:
        """"Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C": one mention for the
        amending law, running to the end of the last law it names; the named laws are found too."""
        out = []
        laws = sorted((r for r in found if r.kind_code == "Luật"), key=lambda r: r.start)
        pattern = re.compile(
            rf"Luật(?:{GAP})sửa(?:{GAP})đổi,?(?:{GAP})bổ(?:{GAP})sung(?:{GAP})một(?:{GAP})số(?:{GAP})điều(?:{GAP})của(?:{GAP})",
            re.IGNORECASE,
        )
        for m in pattern.finditer(text):
            end = m.end()
            chain_end = None
            for law in laws:
                if law.start == end:
                    chain_end = law.end
                    sep = re.compile(r"\s*(?:,|và)\s*").match(text, law.end)
                    end = sep.end() if sep else -1
            if chain_end is None:
                continue
            ref = self._new(m.start(), chain_end, "Luật", "Luật", None)
            ref.name = " ".join(text[m.start():chain_end].split())
            self._extend(text, ref)
            out.append(ref)
        return out

    # ---- within-text short forms --------------------------------------------------------------
    def _expand_short_numbers(self, refs: list[FoundReference]) -> None:
        """"Nghị quyết 45" takes the full number when the same text states "45-NQ/TW" for the kind."""
        full = [r for r in refs if r.number and not r.number.isdigit()]
        for ref in refs:
            if ref.number and ref.number.isdigit():
                for other in full:
                    serial = re.split(r"[-/]", other.number or "")[0]
                    if serial.lstrip("0") == ref.number.lstrip("0") and other.kind_code == ref.kind_code:
                        ref.number = other.number
                        ref.issuer_code = other.issuer_code
                        ref.number_year = other.number_year
                        break

