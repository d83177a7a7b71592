"""Sentence boundaries for evidence.

The texts are news paragraphs (one per line) and legal texts exported from .docx or Markdown, where
lines are wrapped inside a sentence ("... của Thủ\ntướng Chính phủ") and paragraphs are separated by
blank lines. In such a "wrapped" text (blank-line paragraphs, many lines ending without punctuation)
a single line break continues the sentence unless the line ends a sentence or the next line opens a
list item or an article. Elsewhere a line break ends a sentence unless the next line continues it
(starts in lower case) or the line ends with a word that cannot end one ("của", "số", "ngày") or with a
pinpoint that wants its document ("... tại khoản 5 Điều 1" + a line naming the decree).
"." / "!" / "?" followed by a capital end a sentence, except after an enumerator ("Điều 1. Bãi bỏ",
"1. Quyết định"). No boundary ever falls inside a protected span (a document mention).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

_UPPER_VI = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
_END_PUNCT = re.compile(rf"[.!?…](?:[\"”’)\]*]*)[ \t]+(?=[\"“(*]*[{_UPPER_VI}])")
_ENUMERATOR_BEFORE = re.compile(
    r"(?:^|\n|[*_#|>\s])(?:điều|khoản|mục|chương|phần|bước)?\s*(?:\d{1,3}|[IVXLC]{1,5}|[a-zđ])$", re.IGNORECASE
)
_LIST_ITEM = re.compile(
    r"[*_]*(?:\d{1,3}[.)]\s|[a-zđ][)]\s|[-–•+]\s|[IVXLC]+[.\-–]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+)"
)
_CONTINUATION = re.compile(r"[a-zđà-ỹ(0-9]")
_OPEN_WORDS = {
    "của", "và", "số", "ngày", "tháng", "năm", "về", "theo", "tại", "các", "những", "với", "cho", "bởi",
    "là", "được", "đã", "thực", "hiện", "thi", "hành", "sửa", "đổi", "bổ", "sung", "trong", "từ", "đến",
}
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")
# "... đã được sửa đổi tại điểm a khoản 5 Điều 1\nNghị định số 291/2025/NĐ-CP": a pinpoint ending a line
# points into the document the next line names; a line that is only a heading ("Điều 1") is not one.
_PINPOINT_END = re.compile(r"\s(?:điểm|khoản|điều|mục|chương|phần|phụ lục)\s+[0-9a-zđ]{1,4}[*_]*$", re.IGNORECASE)
_HEADING_LINE = re.compile(r"^[\s*_#>|]*(?:điều|chương|mục|phần)\s+[\dIVXLC]+[a-zđ]?[\s*_.:]*$", re.IGNORECASE)


def is_wrapped_text(text: str) -> bool:
    """Paragraphs separated by blank lines and lines wrapped inside sentences (docx/Markdown export)."""
    blank = len(re.findall(r"\n[ \t]*\n", text))
    open_ends = sum(1 for m in re.finditer(r"([^\n])\n(?=[^\n])", text) if m.group(1) not in ".;:!?")
    return blank >= 3 and open_ends >= 3


def sentence_spans(text: str, protected: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Character spans of the sentences, leading and trailing white space excluded."""
    cuts = {0, len(text)}
    for match in _END_PUNCT.finditer(text):
        if _ENUMERATOR_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        cuts.add(match.end())
    wrapped = is_wrapped_text(text)
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
        nxt = pos
        while nxt < len(text) and text[nxt] in " \t\r":
            nxt += 1
        if nxt >= len(text) or text[nxt] == "\n":
            cuts.add(pos)
            continue
        line = text[text.rfind("\n", 0, nl) + 1:nl].rstrip(" \t\r")
        prev = line[-1:] if line else ""
        if prev in {".", ":", ";", "!", "?", "|", ""} or _LIST_ITEM.match(text, nxt):
            cuts.add(pos)
            continue
        last_word = _LAST_WORD.search(line)
        open_end = (last_word is not None and last_word.group(1).lower() in _OPEN_WORDS) or (
            _PINPOINT_END.search(line) is not None and not _HEADING_LINE.match(line))
        if wrapped or open_end or _CONTINUATION.match(text, nxt):
            continue
        cuts.add(pos)
    for start, end in protected:
        for cut in [c for c in cuts if start < c < end]:
            cuts.discard(cut)
    spans = []
    for start, end in itertools.pairwise(sorted(cuts)):
        chunk = text[start:end]
        stripped_start = start + (len(chunk) - len(chunk.lstrip()))
        stripped_end = end - (len(chunk) - len(chunk.rstrip()))
        if stripped_end > stripped_start:
            spans.append((stripped_start, stripped_end))
    return spans
