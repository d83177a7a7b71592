"""Silver checks: accuracy at scale on real texts that nobody annotated, read off their own layout.

A legal text states two facts in a form simple enough to read without the extractor, and the
extractor must agree with them:

- **subject**: the number after "Số:" in its header (or in the "Số hiệu" row of a page's metadata
  table) is the text's own number, so it must be the extraction's subject document;
- **legal bases**: every document named first in a "Căn cứ ...;" item of its preamble is a legal basis
  of that subject ("Căn cứ Luật A; Nghị định B;" gives two), so each must come out as a
  ``legal_basis`` link from the subject. Documents inside the title of a listed one are not counted
  (they are not listed directly), nor the Q&A author's "Căn cứ theo ..." and "Căn cứ khoản/Điều ...".

The readers here are deliberately independent of the extraction's rules (plain expressions on the
normalised text), so that a rule that drifts shows up as disagreement. The texts are those of
../shared/corpus/wild that carry the national header; the check reads them in place and keeps
nothing of them. ``python -m policygraph.silver [WILD_DIR] [--jobs N] [--show N]``.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from policygraph.errors import ExtractionFailed
from policygraph.extract.pipeline import Extraction, extract_texts

if TYPE_CHECKING:
    from spacy.language import Language
from policygraph.text.normalize import matching_text

NATIONAL_HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
HEADER_CHARS = 8000
_NUMBER = r"\d{1,5}[a-zđ]?(?:\s?[-/]\s?[\dA-ZĐa-zđ]+)*(?:\s?[-/]\s?[A-ZĐ][\dA-ZĐa-zđ]*)"
_HEADER_KINDS = (r"Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư(?: liên tịch)?|Chỉ thị|Kết luận|"
                 r"Lệnh|Công văn|Kế hoạch|Hướng dẫn|Thông báo|Tờ trình|Báo cáo")
# "Số: 16/2025/NĐ-CP", "**Số hiệu:**\n|\n39365/CHQ-GSQL", "Luật số: 60/2024/QH15 |": at the start of a line or
# table cell; a kind word before "số" needs the colon (in prose "Kết luận số 96-KL/TW" is a mention).
_HEADER_NUMBER = re.compile(
    rf"(?:^|\n|\|)[ \t*_]*(?:(?:{_HEADER_KINDS}) số[ \t*_|]*:|(?:Số hiệu|Số)[ \t*_|]*:?)[\s*_|]*"
    rf"(?P<number>{_NUMBER})(?![\w/-])"
)
# A "Căn cứ" item of the preamble, to the end of its line-ending ";" or "." (it may wrap over lines), not the
# Q&A author's "Căn cứ theo ...", a pinpoint ("Căn cứ khoản 2 Điều 5 ..."), or "Căn cứ ý kiến / kết quả ...".
_CAN_CU = re.compile(
    r"(?:^|\n)[ \t*_>|-]*Căn cứ(?!\s+(?:theo|vào\s+(?:khoản|điểm|Điều)|khoản|điểm|Điều|ý kiến|kết quả|tình hình|"
    r"đề nghị|nhu cầu|chức năng|thực tế|quy định))(?P<body>(?:(?![;.][ \t*_]*(?:\n|$))[^\n]|\n(?![ \t*_>|-]*"
    r"(?:Căn cứ|Xét|Theo|Trên cơ sở|Điều\s+\d|QUYẾT|NGHỊ|[IVX]+\.)|\n)){0,1500})"
)
_LISTED_NUMBER = re.compile(rf"(?<![\w/.-])(?P<number>{_NUMBER})(?![\w-])")
_TITLE_START = re.compile(
    r"\s(?:về|quy định|hướng dẫn|sửa đổi|bãi bỏ|ban hành|phê duyệt|thông qua|của)\s", re.IGNORECASE
)


def _key(number: str) -> str:
    return "".join(unicodedata.normalize("NFC", number).split()).upper().replace("Đ", "D")


def header_number(text: str) -> str | None:
    """The number in the header slot of a legal text (first 8,000 characters), as written."""
    m = _HEADER_NUMBER.search(text[:HEADER_CHARS])
    return m.group("number") if m else None


def listed_legal_bases(text: str) -> list[str]:
    """The documents named first in each "Căn cứ ...;" item of the preamble (numbers as written): the
    first number of an item, when it comes before the item's title begins."""
    out: list[str] = []
    for m in _CAN_CU.finditer(text):
        for item in m.group("body").split(";"):
            number = _LISTED_NUMBER.search(item)
            if number is None or ("/" not in number.group("number") and "-" not in number.group("number")):
                continue
            title = _TITLE_START.search(item)
            if title is not None and title.start() < number.start():
                # "Luật Tổ chức chính quyền địa phương ... về ..." names a numberless law first; a
                # number in its title is not listed directly.
                continue
            out.append(number.group("number"))
    return out


@dataclass
class SilverResult:
    texts: int = 0
    failed: list[str] = field(default_factory=list)
    with_header: int = 0
    subject_right: int = 0
    subject_wrong: list[tuple[str, str, str | None]] = field(default_factory=list)
    listed: int = 0
    listed_found: int = 0
    listed_missed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def subject_share(self) -> float:
        return self.subject_right / self.with_header if self.with_header else 0.0

    @property
    def legal_basis_share(self) -> float:
        return self.listed_found / self.listed if self.listed else 0.0


def legal_texts(wild: Path) -> list[tuple[str, str]]:
    """The wild texts laid out as legal texts: a number slot in the header ("Số: ...", "Luật số: ...", a
    page's "Số hiệu" row) or the national header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", in capitals: in
    prose the state's name is not) in their first 8,000 characters."""
    out = []
    for path in sorted(p for p in wild.iterdir() if p.suffix in {".md", ".txt"}):
        text = path.read_text(encoding="utf-8", errors="replace")
        head = matching_text(text[:HEADER_CHARS]).text
        if header_number(head) is not None or NATIONAL_HEADER in head:
            out.append((path.name, text))
    return out


def check(texts: Iterable[tuple[str, str]], jobs: int = 1, nlp: Language | None = None) -> SilverResult:
    """The silver checks over ``texts`` (name, text), extracted with ``nlp`` (default: the shared
    pipeline) in ``jobs`` processes."""
    items = list(texts)
    result = SilverResult()
    for (name, text), extraction in zip(items, extract_texts(items, nlp=nlp, n_process=jobs), strict=True):
        result.texts += 1
        if isinstance(extraction, ExtractionFailed):
            result.failed.append(f"{name}: {extraction}")
            continue
        _score(result, name, matching_text(text).text, extraction)
    return result


def _score(result: SilverResult, name: str, text: str, extraction: Extraction) -> None:
    number = header_number(text)
    if number is None:
        return
    result.with_header += 1
    subject = extraction.subject
    got = subject.number if subject is not None else None
    if got is not None and _key(got) == _key(number):
        result.subject_right += 1
    else:
        result.subject_wrong.append((name, number, got))
        return
    bases = {_key(r.object.number) for r in extraction.relations
             if r.type == "legal_basis" and r.subject.number and _key(r.subject.number) == _key(number)
             and r.object.number}
    for listed in listed_legal_bases(text):
        if _key(listed) == _key(number):
            continue
        result.listed += 1
        if _key(listed) in bases:
            result.listed_found += 1
        else:
            result.listed_missed.append((name, listed))


def report(result: SilverResult, show: int = 5, where: str = "wild/") -> str:
    lines = [
        f"silver checks over {result.texts} legal texts of {where} ({len(result.failed)} failed in extraction)",
        f"  subject = the 'Số:' header number: {result.subject_right} of {result.with_header} texts with such a "
        f"header ({result.subject_share:.3f})",
        f"  numbered documents listed in 'Căn cứ ...;' lines that are a legal_basis of the subject: "
        f"{result.listed_found} of {result.listed} ({result.legal_basis_share:.3f}), in texts whose subject is right",
    ]
    for name, number, got in result.subject_wrong[:show]:
        lines.append(f"    subject  {name}: header {number!r}, extracted {got!r}")
    for name, listed in result.listed_missed[:show]:
        lines.append(f"    basis    {name}: {listed!r} not a legal_basis")
    for failure in result.failed[:show]:
        lines.append(f"    failed   {failure}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from policygraph.evaluation import WILD_DIR

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wild", nargs="?", type=Path, default=WILD_DIR)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", type=int, default=5, help="disagreements to print of each kind")
    args = parser.parse_args(argv)
    if not args.wild.is_dir():
        print(f"silver checks skipped: {args.wild} is not there (the wild corpus lives in ../shared)")
        return 0
    from policygraph.config import Settings
    from policygraph.extract.pipeline import pipeline_from_settings

    nlp = pipeline_from_settings(Settings())  # this command's edge: the POLICYGRAPH_* data folders, read once
    print(report(check(legal_texts(args.wild), jobs=args.jobs, nlp=nlp), show=args.show, where=f"{args.wild}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
