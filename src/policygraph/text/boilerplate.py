"""Find page boilerplate in news text (spans, with offsets into the text given); it removes nothing.

A news page copied as text carries more than the article: photo captions with their credit
("... (Ảnh: TTXVN phát)"), relative times and links ("5 giờ trướcBài gốc"), agency tags ("(Vietnam+)",
"(Báo Nghệ An) - "), source lines ("Nguồn VietnamPlus : https://..."), bylines. None of it is policy: a
place named in a caption is not a place a task is about, and a photo credit names a publisher, not an
actor. The extractor still sees these spans (a reference inside a caption is still a reference); this
module only says where they are, so that later stages can decide what each one means.

:func:`boilerplate_spans` is pure: give it a text (the original or the normalised copy, which has the
same length or an offset map, see :mod:`policygraph.text.normalize`) and it returns spans into that text.
The words it looks for are data (``data/structure/boilerplate.json``).

Kinds:

- ``caption``: the descriptive part of a photo caption line ("Khách du lịch ... sau bão Yagi.");
- ``photo_credit``: "(Ảnh: ...)" at the end of that line, or a whole "Ảnh: ..." line;
- ``relative_time``, ``timestamp``, ``original_link``: page furniture ("5 giờ trước", "Bài gốc");
- ``agency_tag``: "(Vietnam+)" on its own line, or "(Báo Nghệ An) - " opening a paragraph;
- ``source``: "Nguồn ...: ..." / "Theo TTXVN" lines and lines that are only a URL;
- ``byline``: a short signature line at the end of a news text ("Hoàng Hiếu/TTXVN"), only looked for
  when the text has other news boilerplate (a legal text ends with its signer's name, not a byline).

Everything but ``caption`` is a *credit* kind (:data:`CREDIT_KINDS`): it names who published, not what
the article says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from policygraph.config import Settings
from policygraph.text.regex import alternation

CREDIT_KINDS = frozenset(
    {"photo_credit", "relative_time", "timestamp", "original_link", "agency_tag", "source", "byline"}
)

_UPPER = "A-ZĐÀ-ỸẠ-Ỹ"
_URL = re.compile(r"https?://\S+|www\.\S+")


@dataclass(frozen=True)
class BoilerplateSpan:
    """One span of page boilerplate: ``text[start:end]`` is of the given kind."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class BoilerplateWords:
    """The words that mark boilerplate (``data/structure/boilerplate.json``)."""

    photo_credit_words: tuple[str, ...]
    relative_time_units: tuple[str, ...]
    relative_time_suffix: str
    original_link_phrases: tuple[str, ...]
    source_line_heads: tuple[str, ...]
    byline_heads: tuple[str, ...]
    max_tag_chars: int = 40
    max_byline_chars: int = 60

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoilerplateWords:
        return cls(
            tuple(data["photo_credit_words"]),
            tuple(data["relative_time_units"]),
            data["relative_time_suffix"],
            tuple(data["original_link_phrases"]),
            tuple(data["source_line_heads"]),
            tuple(data["byline_heads"]),
            int(data.get("max_tag_chars", 40)),
            int(data.get("max_byline_chars", 60)),
        )

    @classmethod
    def from_path(cls, path: Path) -> BoilerplateWords:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def to_dict(self) -> dict[str, Any]:
        return {
            "photo_credit_words": list(self.photo_credit_words),
            "relative_time_units": list(self.relative_time_units),
            "relative_time_suffix": self.relative_time_suffix,
            "original_link_phrases": list(self.original_link_phrases),
            "source_line_heads": list(self.source_line_heads),
            "byline_heads": list(self.byline_heads),
            "max_tag_chars": self.max_tag_chars,
            "max_byline_chars": self.max_byline_chars,
        }


def default_words_path() -> Path:
    """``boilerplate.json`` under the default data folder (the default of ``POLICYGRAPH_DATA_DIR``)."""
    return Path(Settings.model_fields["data_dir"].default) / "structure" / "boilerplate.json"


@lru_cache(maxsize=4)
def _default_words(path: str) -> BoilerplateWords:
    return BoilerplateWords.from_path(Path(path))


class BoilerplateFinder:
    """Compiled patterns for one set of :class:`BoilerplateWords`."""

    def __init__(self, words: BoilerplateWords) -> None:
        self.words = words
        flags = re.IGNORECASE
        credit = alternation(words.photo_credit_words)
        self.credit_at_end = re.compile(rf"\(\s*(?:{credit})(?![^\W\d_])[^()\n]*\)[\s*_]*$", flags)
        self.credit_line = re.compile(rf"(?:{credit})\s*:", flags)
        units = alternation(words.relative_time_units)
        suffix = re.escape(words.relative_time_suffix)
        self.tokens: tuple[tuple[str, re.Pattern[str]], ...] = (
            ("relative_time", re.compile(rf"\d{{1,3}}\s*(?:{units})\s+{suffix}", flags)),
            (
                "timestamp",
                re.compile(
                    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}"
                    r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*\(?GMT\s*\+\s*7\)?)?)?",
                    flags,
                ),
            ),
            ("original_link", re.compile(rf"(?:{alternation(words.original_link_phrases)})(?![^\W\d_])", flags)),
        )
        tag = words.max_tag_chars
        self.tag_line = re.compile(rf"\(\s*[{_UPPER}][^\d()\n]{{0,{tag - 1}}}\)")
        self.tag_prefix = re.compile(rf"\(\s*[{_UPPER}][^\d()\n]{{0,{tag - 1}}}\)\s*[-–—:]\s*")
        heads = alternation(tuple(h for h in words.source_line_heads if h.lower() != "theo"))
        self.source_line = re.compile(rf"(?:{heads})\s*:", flags)
        self.source_with_url = re.compile(rf"(?:{heads})(?![^\W\d_])[^\n]*(?:https?://|www\.)", flags)
        self.theo_line = re.compile(
            rf"Theo\s+[{_UPPER}0-9][^\s,.;:]*(?:\s+[{_UPPER}0-9+/][^\s,.;:]*){{0,5}}\s*\.?\s*$"
        )
        self.byline_head = re.compile(rf"(?:{alternation(words.byline_heads)})(?![^\W\d_])", flags)
        self.byline_name = re.compile(
            rf"[{_UPPER}][^\W\d_]*(?:[ \t]+[{_UPPER}][^\W\d_]*){{0,4}}"
            rf"(?:[ \t]*[/(-][ \t]*[{_UPPER}+][^\s()]*\)?)?[ \t]*\.?"
        )
        self.separators = re.compile(r"[\s|•·\-–—*_]*")
        # A line can only be boilerplate if it has a parenthesis or a URL, or opens with a digit or one of
        # the words above: one cheap test keeps the per-line patterns off most lines.
        openers = alternation((*words.photo_credit_words, *words.original_link_phrases, *words.source_line_heads,
                                *words.byline_heads, "thứ", "chủ nhật", "http", "www"))
        self.candidate = re.compile(rf"[ \t*_|]*(?:\d|\(|(?:{openers}))|[^\n]*(?:\(|https?://|www\.)", flags)

    # ---- one line ----------------------------------------------------------------------------
    def _furniture(self, text: str, start: int, end: int) -> list[BoilerplateSpan]:
        """Relative times, timestamps and links that make up the whole line (or open it)."""
        found: list[BoilerplateSpan] = []
        pos = self.separators.match(text, start, end).end()  # type: ignore[union-attr]
        while pos < end:
            for kind, pattern in self.tokens:
                m = pattern.match(text, pos, end)
                if m:
                    found.append(BoilerplateSpan(m.start(), m.end(), kind))
                    pos = self.separators.match(text, m.end(), end).end()  # type: ignore[union-attr]
                    break
            else:
                break
        if pos >= end or (found and found[0].kind == "relative_time"):
            return found
        return []

    def line(self, text: str, start: int, end: int) -> list[BoilerplateSpan]:
        """Boilerplate in ``text[start:end]`` (one line, without its line break)."""
        while start < end and text[start] in " \t\r*_|":
            start += 1
        while end > start and text[end - 1] in " \t\r*_|":
            end -= 1
        if start >= end:
            return []
        line = text[start:end]
        credit = self.credit_at_end.search(text, start, end)
        if credit:
            spans = [BoilerplateSpan(credit.start(), credit.end(), "photo_credit")]
            desc_end = credit.start()
            while desc_end > start and text[desc_end - 1] in " \t":
                desc_end -= 1
            if desc_end > start:
                spans.insert(0, BoilerplateSpan(start, desc_end, "caption"))
            return spans
        if self.credit_line.match(text, start, end) and len(line) <= 200:
            return [BoilerplateSpan(start, end, "photo_credit" if len(line) <= 80 else "caption")]
        m = self.tag_line.fullmatch(text, start, end)
        if m:
            return [BoilerplateSpan(start, end, "agency_tag")]
        source = self.source_line.match(text, start, end) or self.source_with_url.match(text, start, end)
        if source and len(line) <= 300:
            return [BoilerplateSpan(start, end, "source")]
        if _URL.fullmatch(line) or self.theo_line.fullmatch(text, start, end):
            return [BoilerplateSpan(start, end, "source")]
        furniture = self._furniture(text, start, end)
        if furniture:
            return furniture
        m = self.tag_prefix.match(text, start, end)
        if m and m.end() < end:
            return [BoilerplateSpan(start, m.end(), "agency_tag")]
        return []

    def byline(self, text: str, start: int, end: int) -> BoilerplateSpan | None:
        while start < end and text[start] in " \t\r*_":
            start += 1
        while end > start and text[end - 1] in " \t\r*_":
            end -= 1
        if start >= end or end - start > self.words.max_byline_chars:
            return None
        if self.byline_head.match(text, start, end) or self.byline_name.fullmatch(text, start, end):
            return BoilerplateSpan(start, end, "byline")
        return None

    # ---- a whole text --------------------------------------------------------------------------
    def find(self, text: str) -> list[BoilerplateSpan]:
        spans: list[BoilerplateSpan] = []
        lines: list[tuple[int, int]] = []
        pos = 0
        length = len(text)
        while pos <= length:
            nl = text.find("\n", pos)
            end = length if nl < 0 else nl
            lines.append((pos, end))
            if self.candidate.match(text, pos, end):
                spans.extend(self.line(text, pos, end))
            if nl < 0:
                break
            pos = nl + 1
        if spans:
            # A news text: its last content line may be a byline.
            covered = {(s.start, s.end) for s in spans}
            for start, end in reversed(lines):
                if not text[start:end].strip():
                    continue
                if any(s.start >= start and s.end <= end for s in spans):
                    continue
                byline = self.byline(text, start, end)
                if byline is not None and (byline.start, byline.end) not in covered:
                    spans.append(byline)
                break
        spans.sort(key=lambda s: (s.start, s.end))
        return spans


@lru_cache(maxsize=4)
def _finder(path: str) -> BoilerplateFinder:
    return BoilerplateFinder(_default_words(path))


def boilerplate_spans(text: str, words: BoilerplateWords | None = None) -> list[BoilerplateSpan]:
    """Spans of page boilerplate in ``text``, in text order (offsets into ``text`` as given)."""
    finder = BoilerplateFinder(words) if words is not None else _finder(str(default_words_path()))
    return finder.find(text)
