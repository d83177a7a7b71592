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
    BLANK_DATE_RE,
    BLANK_NUMBER_RE,
    DATE_RE,
    NUMBER_RE,
    SHORT_NUMBER_RE,
    SO_RE,
    TERM_RE,
    YEAR_PHRASE_RE,
    ReferencePatterns,
)
from policygraph.text.regex import GAP, LINE_GAP, WORD_CHAR

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
    "vừa", "sẽ", "đang", "do", "bởi", "của", "vào", "trong", "trên", "khi", "sau", "trước", "mà", "nếu",
}
_TITLE_STOP = re.compile(
    r"[.;:]\s|[.;:]$|\n|\s(?:vừa|đã được|được ban hành|do [A-ZĐ]|\(sau đây|như sau)|\*\*|\|", re.IGNORECASE
)
_UPPER = "".join(sorted({chr(i) for i in range(0x41, 0x1EFA) if chr(i).isalpha() and chr(i).isupper()}))
_PROPER = rf"[{_UPPER}][^\W\d_]*"
_PARTY_BODY = (
    rf"Đảng(?:{GAP})bộ(?:(?:{GAP})(?:tỉnh|thành(?:{GAP})phố|TP\.?|huyện|quận|thị(?:{GAP})xã|xã|phường))?"
    rf"(?:(?:{GAP}){_PROPER}){{0,4}}"
)
# The resolution of a Party congress, at every level: "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết
# Đại hội đại biểu toàn quốc lần thứ XIII", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I,
# nhiệm kỳ 2025-2030", "Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh".
_CONGRESS_RE = re.compile(
    rf"Đại(?:{GAP})hội(?:{GAP})(?:đại(?:{GAP})biểu(?:{GAP}))?"
    rf"(?:(?:toàn(?:{GAP})quốc|Đảng(?:{GAP})toàn(?:{GAP})quốc|{_PARTY_BODY})(?:{GAP}))?"
    rf"(?:lần(?:{GAP})thứ(?:{GAP})(?:[IVXLC]+|[^\W\d_]+(?:(?:{GAP})[^\W\d_]+)?)(?!{WORD_CHAR})|[IVXLC]+(?!{WORD_CHAR}))"
    rf"(?:,?(?:{GAP})nhiệm(?:{GAP})kỳ(?:{GAP})(?:19|20)\d\d[ ]?[-–][ ]?(?:19|20)\d\d)?"
    rf"(?P<issuer>(?:{GAP})của(?:{GAP})(?:{_PARTY_BODY}|Đảng))?(?!{WORD_CHAR})"
)
_IMPLEMENTING_RE = re.compile(
    rf"(?:{GAP})?(?:triển(?:{GAP})khai(?:{GAP}))?(?:thực(?:{GAP})hiện|thi(?:{GAP})hành)(?:{GAP})", re.IGNORECASE
)
_PURPOSE_RE = re.compile(
    rf"(?P<purpose>sửa(?:{GAP})đổi(?:,?(?:{GAP})bổ(?:{GAP})sung)?|quy(?:{GAP})định(?:{GAP})chi(?:{GAP})tiết"
    rf"|hướng(?:{GAP})dẫn(?:(?:{GAP})thi(?:{GAP})hành)?)(?:(?:{GAP})một(?:{GAP})số(?:{GAP})điều)?(?:(?:{GAP})của)?(?:{GAP})",
    re.IGNORECASE,
)
_SERIAL_AND_YEAR = re.compile(r"\d{1,5}/(?P<year>(?:19|20)\d\d)(?![\w/-])")
_BARE_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)(?![\d/.,-]\d|[\w/])")
_NAME_GAP = re.compile(LINE_GAP)
_PROJECT_NAME_GAP = re.compile(r"[ \t]+(?:[-–][ \t]+)?(?:\r?\n[ \t]*)?|\r?\n[ \t]*")
_AMENDING_LAW_RE = re.compile(
    rf"(?P<kind>Luật|Pháp(?:{GAP})lệnh)(?:{GAP})sửa(?:{GAP})đổi(?:,?(?:{GAP})bổ(?:{GAP})sung)?"
    rf"(?:(?:{GAP})một(?:{GAP})số(?:{GAP})điều(?:{GAP})của)?(?:{GAP})",
    re.IGNORECASE,
)
_CHAIN_SEPARATOR = re.compile(rf"\s*,\s*|(?:{GAP})và(?:{GAP})")
_ANAPHOR_RE = re.compile(
    rf"(?P<kind>Kết(?:{GAP})luận|Nghị(?:{GAP})quyết|Chỉ(?:{GAP})thị|Luật|Quyết(?:{GAP})định|Nghị(?:{GAP})định)"
    rf"(?:{GAP})này(?!{WORD_CHAR})",
    re.IGNORECASE,
)


_LINE_OPENERS = {
    "quyết", "nghị", "thông", "luật", "chỉ", "kế", "chương", "công", "điều", "căn", "về", "mục", "phần",
    "ban", "nơi", "kính", "số", "ngày", "thực", "theo", "trên", "tại", "sau", "để", "xét", "hướng", "tờ",
    "báo", "kết", "đề", "quy", "i", "ii", "iii", "iv", "v",
}
# The label of a header's number slot, at the start of a line or table cell, with Markdown around it.
_HEADER_SLOT = re.compile(r"(?:^|\n|\|)[ \t*_]*(?:Số|SỐ|Số hiệu)(?:[\s*_|]*:)?[\s*_|]*$")
_PLACE_STOP_WORDS = {"về", "và", "quy", "ban", "hướng", "sửa", "bãi", "phê", "thực", "triển", "khóa", "ngày", "số"}


def issuer_end(match: re.Match[str]) -> int:
    """Where a stated issuer ends: the place name after "tỉnh"/"thành phố" keeps only its capitalised
    words ("của UBND tỉnh Nghệ An về ..." ends after "An")."""
    place = match.group("place")
    if place is None:
        return match.end()
    end = match.start("place")
    if not place.strip():
        return end if match.end("place") == match.end() else match.end()
    previous = 0
    for word in re.finditer(r"[^\W\d_][\w-]*", place):
        if not word.group(0)[0].isupper() or word.group(0).lower() in _PLACE_STOP_WORDS:
            break
        # A place name may wrap ("tỉnh Bắc\nNinh", "Thành phố Hồ Chí\nMinh"); a word that opens a
        # line as a heading or a new clause does not continue it.
        if "\n" in place[previous:word.start()] and word.group(0).lower() in _LINE_OPENERS:
            break
        end = match.start("place") + word.end()
        previous = word.end()
    return end


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
    name_end: int | None = None
    implements_anaphor: str | None = None
    amends_contained: bool = False
    # "implements"/"amends"/"guides": a document named by what it does to the one its name ends with
    purpose: str | None = None
    issuer_start: int | None = None
    issuer_end: int | None = None

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
            if self.patterns.is_generic(match.group("kind")):
                ref = self._numbered_after_generic_word(text, match.start(), match.end())
                if ref is not None:
                    found.append(ref)
                    consumed_numbers.add(ref.number_start or -1)
                continue
            kind = self.patterns.kind_by_word[" ".join(match.group("kind").lower().split())]
            ref = self._numbered_after_kind(text, match.start(), match.end(), kind.name, kind.code)
            if ref is None and kind.named:
                ref = self._named_after_kind(text, match.start(), match.end(), kind.name, kind.code)
            if ref is None:
                ref = self._named_by_purpose(text, match.start(), match.end(), kind.name, kind.code)
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
            ref = self._bare_number(text, match) or self._header_number(text, match)
            if ref is not None:
                found.append(ref)
        found.extend(self._amending_laws(text, found))
        unique: dict[tuple[int, int, str, str | None], FoundReference] = {}
        for ref in found:
            unique.setdefault((ref.start, ref.end, ref.type, ref.number), ref)
        refs = sorted(unique.values(), key=lambda r: (r.start, -r.end))
        self._expand_short_numbers(refs)
        self._cut_titles_at_coordinated_mentions(text, refs)
        return refs

    def _cut_titles_at_coordinated_mentions(self, text: str, refs: list[FoundReference]) -> None:
        """"Nghị quyết 18-NQ/TW ... về X và Nghị quyết số 19-NQ/TW": the title of 18 ends before "và";
        a mention nested in a title without "và" or a comma before it stays inside the title."""
        for ref in refs:
            if ref.title_start is None or ref.title_end is None:
                continue
            for other in refs:
                if ref.title_start < other.start < ref.title_end:
                    before = text[ref.title_start:other.start]
                    stripped = before.rstrip(" \t\n")
                    cut = re.search(r"(?:,|\s(?:và|hoặc))$", stripped)
                    if cut is None:
                        continue
                    end = ref.title_start + len(stripped[: cut.start()].rstrip(" ,"))
                    ref.title_end = end
                    ref.title = " ".join(text[ref.title_start:end].split()) or None
                    if ref.title is None:
                        ref.title_start = ref.title_end = None
                    break

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
        spec = self.patterns.kind_by_code.get(kind_code)
        suffix = spec.number_suffix if spec else None
        if suffix and (dated := _SERIAL_AND_YEAR.match(text, pos)):
            # "Nghị định 100/2024": a decree's number always ends "/NĐ-CP".
            ref = self._new(start, dated.end(), kind_name, kind_code, f"{dated.group(0)}/{suffix}")
            ref.number_start = dated.start()
            ref.number_year = int(dated.group("year"))
            ref.issuer_code = suffix.split("-")[-1]
            self._extend(text, ref)
            return ref
        short = SHORT_NUMBER_RE.match(text, pos)
        if short is not None and kind_code not in {"Luật", "HP"}:
            ref = self._new(start, short.end(), kind_name, kind_code, short.group("number"))
            ref.number_start = short.start()
            self._extend(text, ref)
            return ref
        if pos > start and SO_RE.search(text, start, pos) and (blank := self._blank_number(text, pos)):
            # "Quyết định số /QĐ-UBND ngày tháng 11 năm 2025 của Chủ tịch UBND tỉnh": a draft's or an
            # annex heading's own document, its serial not yet given. A mention without a number, named
            # by what is written of it.
            ref = self._new(start, blank.end(), kind_name, kind_code, None)
            self._extend(text, ref)
            ref.name = " ".join(text[start:ref.end].split())
            ref.name_end = ref.end
            return ref
        return None

    def _blank_number(self, text: str, pos: int) -> re.Match[str] | None:
        """A number with the serial left blank, whose codes name a kind ("/QĐ-UBND", "QĐ/UBND")."""
        m = BLANK_NUMBER_RE.match(text, pos)
        if m is None:
            return None
        codes = re.split(r"[-/ ]+", m.group("blank").strip(".…_ /"))
        return m if any(code in self.kind_codes for code in codes) else None

    def _numbered_after_generic_word(self, text: str, start: int, pos: int) -> FoundReference | None:
        """"văn bản số 574/TB-VPCP": a word that names no kind opens a mention only with a full number,
        whose kind code gives the kind (the default kind when it has none)."""
        pos = self._skip_so(text, pos)
        gap = _LEADING_GAP.match(text, pos)
        number_match = NUMBER_RE.match(text, gap.end()) if gap else None
        if number_match is None:
            return None
        parsed = parse_document_number(number_match.group("number"), self.kind_codes)
        kind_name = self.patterns.bare_number_kinds.get(parsed.kind_code or "") or self.patterns.generic_default
        kind = next((k for k in self.patterns.kinds if k.name == kind_name), None)
        if kind is None:
            return None
        return self._complete(text, start, number_match, kind.name, kind.code)

    def _skip_so(self, text: str, pos: int) -> int:
        gap = _LEADING_GAP.match(text, pos)
        if gap is None:
            return pos
        so = SO_RE.match(text, gap.end())
        if so is None:
            return pos
        return so.end() + 1 if text[so.end():so.end() + 1] == ":" else so.end()

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

    def _header_number(self, text: str, match: re.Match[str]) -> FoundReference | None:
        """The number in a text's "Số:" or "Số hiệu:" header slot is a document's own number even when
        it names no kind ("Số: 39365/CHQ-GSQL", an official letter's): its kind is the default kind."""
        if not _HEADER_SLOT.search(text[max(0, match.start() - 40):match.start()]):
            return None
        kind = next((k for k in self.patterns.kinds if k.name == self.patterns.generic_default), None)
        if kind is None:
            return None
        parsed = parse_document_number(match.group("number"), self.kind_codes)
        ref = self._new(match.start(), match.end(), kind.name, kind.code, parsed.text)
        ref.number_start = match.start()
        ref.issuer_code = parsed.issuer_code
        ref.number_year = parsed.year
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
            if "date" not in seen and (m := BLANK_DATE_RE.match(text, pos)) and not DATE_RE.match(text, pos):
                ref.end = m.end()  # "ngày tháng 11 năm 2025": the date is not filled in yet
                seen.update({"date", "year"})
                continue
            if "year" not in seen and (m := YEAR_PHRASE_RE.match(text, pos)):
                ref.year_phrase, ref.end = int(m.group("year")), m.end()
                seen.update({"year", "date"})
                continue
            if "issuer" not in seen and (m := self._issuer_at(text, pos)):
                end = issuer_end(m)
                # Two bodies issue a joint circular: "của Bộ Kế hoạch và Đầu tư và Bộ Tài chính".
                while (gap2 := _LEADING_GAP.match(text, end)) and (joint := self._issuer_at(text, gap2.end(), "và")):
                    end = issuer_end(joint)
                ref.issuer = self._canonical_issuer(text[m.start("issuer"):end])
                ref.issuer_start, ref.issuer_end = m.start("issuer"), end
                ref.end = end
                seen.add("issuer")
                continue
            if "term" not in seen and (m := TERM_RE.match(text, pos)):
                ref.term, ref.end = m.group("term").upper(), m.end()
                seen.add("term")
                continue
            break
        self._read_title(text, ref)

    def _issuer_at(self, text: str, pos: int, lead: str = "của") -> re.Match[str] | None:
        """A stated issuer at ``pos``, opened by ``lead`` ("của X", or "và Y" for a second issuer)."""
        m = self.patterns.issuer_re.match(text, pos)
        return m if m is not None and m.group("lead").lower() == lead else None

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
        if self._preceded_by(text, start, ("về", "các", "những", "phê duyệt", "ban hành")):
            return None
        capitalised = text[start].isupper()
        gap = _LEADING_GAP.match(text, pos)
        if gap is None:
            return None
        name_start = gap.end()
        if text[start:pos].isupper() and "\n" in text[pos:name_start]:
            return None  # the heading of the text's own document ("LUẬT\nSỬA ĐỔI ...", "KẾ HOẠCH\nThực hiện ...")
        if kind_code == "NQ":
            return self._congress_resolution(text, start, name_start, kind_name, kind_code)
        if kind_code in {"CTr", "KH"}:
            return self._implementing_document(text, start, name_start, kind_name, kind_code)
        if not capitalised:
            if kind_code in {"Luật", "BLuật", "PL"} and self._in_amending_list(text, start):
                # "Luật sửa đổi, bổ sung một số điều của luật chứng khoán, luật kế toán, ...": each amended
                # law, in lower case, is named by the list.
                return self._named_law(text, start, name_start, kind_name, kind_code, lower_case=True)
            return None
        if kind_code in {"Luật", "BLuật", "PL"}:
            if self._inside_another_name(text, start):
                return None
            return self._named_law(text, start, name_start, kind_name, kind_code)
        if kind_code == "HP":
            full = self.patterns.constitution_re.match(text, start)
            end = full.end() if full else pos
            gap = _LEADING_GAP.match(text, end)
            year = (YEAR_PHRASE_RE.match(text, gap.end()) or _BARE_YEAR.match(text, gap.end())) if gap else None
            if full is None and year is None:
                # "tuân thủ Hiến pháp và pháp luật", "sửa đổi Hiến pháp": the constitution in general, not
                # a mention of one (it is one by its full name or its year: "Hiến pháp năm 2013").
                return None
            ref = self._new(start, end, kind_name, kind_code, None)
            ref.name = " ".join(text[start:end].split())
            ref.name_end = end
            self._extend(text, ref)
            return ref
        return self._named_project(text, start, name_start, kind_name, kind_code)

    def _named_by_purpose(
        self, text: str, start: int, pos: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        """A document named by what it does to another, without a number yet: "Nghị định sửa đổi Nghị
        định 100/2024", "Nghị định quy định chi tiết một số điều của Luật Đất đai" (a planned or a cited
        act). The name runs to the end of the document it acts on, and states that link."""
        if (not text[start].isupper() or kind_code in {"Luật", "BLuật", "PL"}
                or self._preceded_by(text, start, ("về", "các", "những", "phê duyệt", "ban hành", "này"))):
            return None  # laws have their own amending rule; "ban hành Nghị định ..." is the text's own act
        gap = _LEADING_GAP.match(text, pos)
        if gap is None or "\n" in gap.group(0):
            return None  # "NGHỊ ĐỊNH\nQuy định chi tiết ...": the heading of the text's own document
        purpose = _PURPOSE_RE.match(text, gap.end())
        if purpose is None:
            return None
        inner = self._mention_at(text, purpose.end())
        if inner is None:
            return None
        end = inner.end if inner.number is not None or inner.issuer else (inner.name_end or inner.end)
        ref = self._new(start, end, kind_name, kind_code, None)
        ref.name = " ".join(text[start:end].split())
        ref.name_end = end
        word = purpose.group("purpose").lower()
        ref.purpose = "guides" if word.startswith(("quy", "hướng")) else "amends"
        return ref

    def _in_amending_list(self, text: str, start: int) -> bool:
        """Whether ``start`` is an item of the list an amending law's name opens: after "Luật sửa đổi, bổ
        sung một số điều của" and only names, commas and "và" since (no sentence or clause end)."""
        window = text[max(0, start - 600):start]
        heads = list(_AMENDING_LAW_RE.finditer(window))
        if not heads:
            return False
        between = window[heads[-1].end():]
        return not re.search(r"[;.:()]|\n\s*\n", between) and len(between) < 400

    def _inside_another_name(self, text: str, start: int) -> bool:
        """"... cộng đồng Dân Luật Việt Nam": a capitalised word right before the kind word, itself after
        another word of the same sentence, makes the kind word part of another proper name. At a
        sentence or line start ("Theo Luật ...") the capital is the sentence's."""
        before = re.search(r"(?:^|(?P<prior>\S+)[ \t]+)(?P<word>[^\W\d_][\w-]*)[ \t]+$", text[max(0, start - 60):start])
        word = before.group("word") if before else ""
        # A heading in capitals ("... CỦA LUẬT QUY HOẠCH") capitalises every word.
        if before is None or not word[0].isupper() or word.isupper() or before.group("prior") is None:
            return False
        return not before.group("prior").endswith((".", ":", ";", "!", "?", "|", "*", "#", ">", "-", "–", "("))

    def _preceded_by(self, text: str, start: int, words: tuple[str, ...]) -> bool:
        before = " ".join(text[max(0, start - 24):start].split()).lower().strip(" \"“'*")
        return any(before == w or before.endswith(" " + w) for w in words)

    def _congress_resolution(
        self, text: str, start: int, name_start: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        """"Nghị quyết Đại hội XIII của Đảng": named by the congress; "của Đảng" (or "của Đảng bộ tỉnh")
        is its issuer."""
        m = _CONGRESS_RE.match(text, name_start)
        if m is None:
            return None
        ref = self._new(start, m.end(), kind_name, kind_code, None)
        ref.name_end = m.end()
        if m.group("issuer"):
            ref.name_end = m.start("issuer")
            body = re.match(rf"(?:{GAP})của(?:{GAP})", m.group("issuer"))
            assert body is not None
            ref.issuer_start, ref.issuer_end = m.start("issuer") + body.end(), m.end()
            ref.issuer = " ".join(text[ref.issuer_start:ref.issuer_end].split())
        ref.name = " ".join(text[start:ref.name_end].split())
        return ref

    def _named_law(
        self, text: str, start: int, name_start: int, kind_name: str, kind_code: str, lower_case: bool = False
    ) -> FoundReference | None:
        known = self.patterns.law_name_re.match(text, start)
        if known is not None:
            end = known.end()
        elif lower_case:
            first = _WORD.match(text, name_start)
            if first is None or first.group(0).lower() in _NAME_STOP_WORDS:
                return None
            end = self._scan_name(text, first.end(), _NAME_STOP_WORDS | {"luật"})
            # Items of the list each open with the kind word: a comma followed by another word is inside
            # the name ("luật quản lý, sử dụng tài sản công").
            while (more := re.match(rf",(?:{GAP})(?!(?:luật|bộ luật|pháp lệnh|và)(?![^\W_]))([^\W\d_][\w-]*)",
                                    text[end:], re.IGNORECASE)):
                end = self._scan_name(text, end + more.end(), _NAME_STOP_WORDS | {"luật"})
        else:
            first = _WORD.match(text, name_start)
            # An ordinance or a code is written "Pháp lệnh quản lý thị trường", "Bộ luật hàng hải" as
            # often as with a capital: the capitalised kind word names it. "Luật" + a lower-case word is
            # mostly not a name ("Luật này", "Luật mới").
            lower_named = kind_code in {"PL", "BLuật"} and text[start].isupper()
            if (first is None or not (first.group(0)[0].isupper() or lower_named)
                    or first.group(0).lower() in _NAME_STOP_WORDS | {"này", "mới", "hiện", "khác", "cũ", "sửa"}):
                return None
            end = self._scan_name(text, first.end(), _NAME_STOP_WORDS)
        # "Luật Đầu tư năm 2020": a year right after the name is part of the customary name.
        gap = _LEADING_GAP.match(text, end)
        year = (YEAR_PHRASE_RE.match(text, gap.end()) or _BARE_YEAR.match(text, gap.end())) if gap else None
        year_phrase = None
        if year is not None:
            end, year_phrase = year.end(), int(year.group("year"))
        ref = self._new(start, end, kind_name, kind_code, None)
        ref.name = " ".join(text[start:end].split())
        ref.name_end = end
        ref.year_phrase = year_phrase
        # "Luật Đầu tư số 61/2020/QH14": a number after the name belongs to the law.
        # "Luật Đất đai 31/2024/QH15": an official number of the National Assembly or its Standing
        # Committee belongs to the law also without "số".
        after = self._skip_so(text, end)
        gap = _LEADING_GAP.match(text, after)
        m = NUMBER_RE.match(text, gap.end()) if gap is not None else None
        parsed = parse_document_number(m.group("number"), self.kind_codes) if m else None
        if m and parsed and (after != end or parsed.issuer_code in {"QH", "UBTVQH"}):
            ref.number, ref.end, ref.number_start = parsed.text, m.end(), m.start()
            ref.issuer_code, ref.term, ref.number_year = parsed.issuer_code, parsed.term, parsed.year
        self._extend(text, ref)
        return ref

    def _scan_name(
        self, text: str, pos: int, stop_words: set[str], max_words: int = 16, gap: re.Pattern[str] | None = None
    ) -> int:
        end = pos
        for _ in range(max_words):
            gap_match = (gap or _NAME_GAP).match(text, end)
            if gap_match is None:
                return end
            word = _WORD.match(text, gap_match.end())
            if word is None or word.group(0).lower() in stop_words:
                return end
            end = word.end()
        return end

    def _named_project(
        self, text: str, start: int, name_start: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        first = _WORD.match(text, name_start)
        if first is None or first.group(0).lower() in _PROJECT_NAME_STOP_WORDS | {"về", "trên", "đối"}:
            return None
        end = self._scan_name(text, first.end(), _PROJECT_NAME_STOP_WORDS, gap=_PROJECT_NAME_GAP)
        if len(text[name_start:end].split()) < 3:
            return None
        ref = self._new(start, end, kind_name, kind_code, None)
        ref.name = " ".join(text[start:end].split())
        ref.name_end = end
        return ref

    def _implementing_document(
        self, text: str, start: int, name_start: int, kind_name: str, kind_code: str
    ) -> FoundReference | None:
        """"Chương trình hành động [của X] thực hiện <mention>", "Kế hoạch triển khai thi hành Luật ...":
        named by what they implement, the name runs to the end of that mention. "... thực hiện Kết
        luận này" names the text's own document: the name stops before the implementing words."""
        pos = name_start
        issuer = None
        m = self._issuer_at(text, pos)
        issuer_span = None
        if m is not None:
            pos = issuer_end(m)
            issuer = self._canonical_issuer(text[m.start("issuer"):pos])
            issuer_span = (m.start("issuer"), pos)
        impl = _IMPLEMENTING_RE.match(text, pos)
        if impl is not None:
            inner = self._mention_at(text, impl.end())
            if inner is not None:
                # A named inner document ends the name at its name, unless its issuer is stated
                # ("... thực hiện Nghị quyết Đại hội lần thứ I ... của Đảng bộ tỉnh").
                inner_end = inner.end if inner.number is not None or inner.issuer else (inner.name_end or inner.end)
                ref = self._new(start, inner_end, kind_name, kind_code, None)
                ref.issuer = issuer
                ref.issuer_start, ref.issuer_end = issuer_span or (None, None)
                ref.name = " ".join(text[start:ref.end].split())
                ref.name_end = ref.end
                ref.purpose = "implements"
                return ref
            anaphor = _ANAPHOR_RE.match(text, impl.end())
            if anaphor is not None and issuer is not None:
                ref = self._new(start, pos, kind_name, kind_code, None)
                ref.issuer = issuer
                ref.issuer_start, ref.issuer_end = issuer_span or (None, None)
                ref.name = " ".join(text[start:pos].split())
                ref.name_end = pos
                ref.implements_anaphor = " ".join(anaphor.group("kind").lower().split())
                return ref
        if issuer is None or kind_code != "CTr":
            return None
        ref = self._new(start, pos, kind_name, kind_code, None)
        ref.issuer = issuer
        ref.issuer_start, ref.issuer_end = issuer_span or (None, None)
        ref.name = " ".join(text[start:pos].split())
        ref.name_end = pos
        return ref

    def _mention_at(self, text: str, pos: int) -> FoundReference | None:
        """A numbered or named mention that starts exactly at ``pos``."""
        kind_match = self.patterns.kind_word_re.match(text, pos)
        if kind_match is None:
            return None
        if self.patterns.is_generic(kind_match.group("kind")):
            return self._numbered_after_generic_word(text, kind_match.start(), kind_match.end())
        kind = self.patterns.kind_by_word[" ".join(kind_match.group("kind").lower().split())]
        inner = self._numbered_after_kind(text, kind_match.start(), kind_match.end(), kind.name, kind.code)
        if inner is None and kind.code in {"Luật", "BLuật", "PL"} and text[pos].isupper():
            gap = _LEADING_GAP.match(text, kind_match.end())
            if gap is not None:
                inner = self._named_law(text, pos, gap.end(), kind.name, kind.code)
        if inner is None and kind.code == "NQ":
            gap = _LEADING_GAP.match(text, kind_match.end())
            if gap is not None:
                inner = self._congress_resolution(text, pos, gap.end(), kind.name, kind.code)
        return inner

    def _amending_laws(self, text: str, found: list[FoundReference]) -> list[FoundReference]:
        """"Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C [số N] [ngày D]": one mention for
        the amending law, running to the end of the last law it names; a number or date written after
        that name belongs to the amending law. The named laws stay mentions of their own, without it."""
        out = []
        laws = sorted((r for r in found if r.kind_code in {"Luật", "BLuật", "PL"} and r.name_end is not None),
                      key=lambda r: r.start)
        by_start = {law.start: law for law in laws}
        for m in _AMENDING_LAW_RE.finditer(text):
            pos = m.end()
            chain: list[FoundReference] = []
            while pos in by_start:
                law = by_start[pos]
                chain.append(law)
                sep = _CHAIN_SEPARATOR.match(text, law.name_end or law.end)
                if sep is None or law.end != law.name_end:
                    break
                pos = sep.end()
            if not chain:
                continue
            last = chain[-1]
            ordinance = m.group("kind").lower().startswith("pháp")
            kind_name, kind_code = ("Pháp lệnh", "PL") if ordinance else ("Luật", "Luật")
            ref = self._new(m.start(), last.end, kind_name, kind_code, last.number)
            ref.name = " ".join(text[m.start():last.name_end].split())
            ref.name_end = last.name_end
            ref.number_start, ref.number_year, ref.issuer_code = last.number_start, last.number_year, last.issuer_code
            ref.date, ref.issuer, ref.term, ref.year_phrase = last.date, last.issuer, last.term, last.year_phrase
            ref.issuer_start, ref.issuer_end = last.issuer_start, last.issuer_end
            ref.title, ref.title_start, ref.title_end = last.title, last.title_start, last.title_end
            ref.amends_contained = True
            assert last.name_end is not None
            # "... và Luật Thực hiện dân chủ ở cơ sở 2025": the year after the last name is the amending
            # law's, as its number or date would be.
            year = re.search(rf"(?:{GAP})(?:năm(?:{GAP}))?(?:19|20)\d\d$", text[last.start:last.name_end])
            if year is not None and last.year_phrase is not None:
                ref.year_phrase = last.year_phrase
                last.name_end = last.start + year.start()
                last.name = " ".join(text[last.start:last.name_end].split())
            last.end = last.name_end
            last.number = last.date = last.issuer = last.term = last.issuer_code = None
            last.issuer_start = last.issuer_end = None
            last.number_year = last.year_phrase = last.number_start = None
            last.title = last.title_start = last.title_end = None
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
                        ref.term = ref.term or (other.term if other.number_year is not None else None)
                        break

