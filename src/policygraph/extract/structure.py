"""Solution areas and tasks: the numbered structure of an action programme, plan or resolution.

An action programme lists its "nhiệm vụ, giải pháp" (tasks and solutions) as numbered headings ("1. Công
tác quán triệt ...", "II. NỘI DUNG TRỌNG TÂM", "a) ...", "Thứ nhất, ..."), each followed by directive
sentences ("Rà soát, đánh giá ...", "Tập trung thu hút ..."). A decree or a law is numbered as well
("Điều 5.", "1. Sửa đổi khoản 1 Điều 7 như sau:", "a) Diện tích lúa:"), and those clauses are not solution
areas. So numbering alone never makes an area; this module decides by the following rule.

**The rule.** Solution areas exist only inside a *solution section*, which is one of:

1. *a titled section*: a numbered heading of any style (I., 1., a), Chương, Mục, Phần, Điều ...) whose
   title starts with one of ``solution_section_titles`` in ``data/structure/sections.json`` ("NHIỆM VỤ,
   GIẢI PHÁP CHỦ YẾU", "NỘI DUNG TRỌNG TÂM", "PHÂN CÔNG NHIỆM VỤ" ...; not "Nhiệm vụ, quyền hạn" nor
   "Mục đích, yêu cầu", "Quan điểm, mục tiêu", "Tình hình ...", "Tổ chức thực hiện"). The section runs
   to the next heading at the same or a higher outline level. The heading itself is an area, its nested
   headings are areas below it;
2. *an introduced list*: a paragraph that ends with ":" after one of ``intro_phrases`` followed by "sau"
   ("... tổ chức triển khai 7 nhiệm vụ giải pháp sau:"), directly followed by a numbered paragraph. The
   section is the run of numbered paragraphs at that paragraph's outline level (and what they contain),
   up to a shallower heading or the end of the text. Each paragraph at that level is an area.

So the seed news article has seven areas (introduced list), 15_kh-1026 (a provincial plan) has "II. NỘI
DUNG TRỌNG TÂM" and "III. PHÂN CÔNG NHIỆM VỤ" with its five actor headings, and 01_nq-45 ("I- TÌNH HÌNH VÀ
NGUYÊN NHÂN", an excerpt that stops before its solution part), the laws and the decrees have none.

**Headings and items.** A numbered paragraph is a *heading* when its text after the number is a title:
no sentence-final punctuation at its end (":" and a trailing "-" are dropped from the title) and at most
``max_title_chars`` characters. Otherwise it is an *item*, a numbered task ("**1.** Tổ chức rà soát ...
."): it is a task of the innermost open area, except at the top level of an introduced list, and for
"Thứ nhất, ..." / "Một là, ..." paragraphs, which enumerate solutions: those are areas whose title is their
first sentence (the whole paragraph gives their tasks). Bullets ("- ", "+ ") are never areas.

A document has one area N under each parent: a numbered paragraph whose number its parent area already
has (a second list that starts again at 1, a misnumbered item) is read as an item, not as a new area.

**Outline levels** come from the order in which numbering styles appear (the first style seen is level 1,
a new style below it level 2, a style seen before closes the levels under it), so "I. / 1. / a)" and
"1. / a)" both nest as written.

**Tasks.** Every sentence of an area's body (its paragraphs up to the next heading, page boilerplate
left out) is split at ";" where the next clause opens with a directive verb (``directive_openers`` in
``data/structure/directives.json``); a clause is a task when it opens with a directive verb, names a
role ("chủ trì", "phối hợp" ...) or a subject verb within its first words, or is a numbered item or a
bullet. Its text is the clause without the closing punctuation, with offsets into the text.

Everything here works on the characters (``doc.text``), like the reference finder; results are the
Doc's structure layer (``doc._.structure``: :class:`~policygraph.extract.doc_state.FoundSection`,
:class:`~policygraph.extract.doc_state.FoundArea`, :class:`~policygraph.extract.doc_state.FoundTask`).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, DEFAULT_GAZETTEERS_DIR, structure_dir
from policygraph.extract.doc_state import (
    BoilerplateLayer,
    FoundArea,
    FoundSection,
    FoundTask,
    SentenceLayer,
    StructureLayer,
    read_layer,
    write_layer,
)
from policygraph.extract.doc_text import cached_text
from policygraph.text.regex import alternation

# ---- the rules as data ------------------------------------------------------------------------------


@dataclass
class StructureRules:
    """``data/structure/sections.json`` and ``directives.json``, compiled."""

    sections: dict[str, Any]
    directives: dict[str, Any]
    subject_verbs: tuple[str, ...] = ()
    opener: re.Pattern[str] = field(init=False)
    clause_split: re.Pattern[str] = field(init=False)
    role_head: re.Pattern[str] = field(init=False)
    intro: re.Pattern[str] = field(init=False)
    assigning_intro: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        openers = alternation(self.directives["directive_openers"])
        self.opener = re.compile(rf"(?:{openers})(?![^\W_])", re.IGNORECASE)
        self.clause_split = re.compile(rf";[ \t]*(?:\r?\n[ \t]*)?(?=(?:{openers})(?![^\W_]))")
        roles = [*self.directives["lead_triggers"], *self.directives["coordinating_triggers"], *self.subject_verbs]
        self.role_head = re.compile(rf"(?<![^\W_])(?:{alternation(roles)})(?![^\W_])", re.IGNORECASE)
        phrases = alternation(self.sections["intro_phrases"])
        self.intro = re.compile(
            rf"(?<![^\W_])(?:{phrases})(?:[\s,]+[^\s,.;:]+){{0,3}}[\s,]+sau(?:\s+đây)?\s*:\s*$", re.IGNORECASE
        )
        verbs = self.sections.get("assigning_verbs", [])
        # The verb's own case is free ("Yêu cầu:"); its addressees open with "các"/"những" or a capital.
        verb_alt = "|".join(f"[{v[0].upper()}{v[0]}]{re.escape(v[1:])}" for v in sorted(verbs, key=len, reverse=True))
        self.assigning_intro = re.compile(
            rf"(?<![^\W_])(?:{verb_alt})(?:\s+(?:như sau|(?:các|những|[A-ZĐÀ-ỸẠ-Ỹ])[^:.;]{{0,250}}?))?\s*:\s*$"
        ) if verbs else None

    @classmethod
    def from_dir(cls, path: Path, subject_verbs: tuple[str, ...] = ()) -> StructureRules:
        sections = json.loads((path / "sections.json").read_text(encoding="utf-8"))
        directives = json.loads((path / "directives.json").read_text(encoding="utf-8"))
        return cls(sections, directives, subject_verbs)

    def to_dict(self) -> dict[str, Any]:
        return {"sections": self.sections, "directives": self.directives, "subject_verbs": list(self.subject_verbs)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StructureRules:
        return cls(data["sections"], data["directives"], tuple(data.get("subject_verbs", ())))

    def is_assignment_title(self, title: str) -> bool:
        """"TỔ CHỨC THỰC HIỆN" and the like: a solution section when its headings name bodies."""
        return _opens_with(" ".join(title.lower().split()), self.sections.get("assignment_titles", []))

    def opens_with_body(self, title: str) -> bool:
        """A named body ("Sở Nội vụ": a head, then a capitalised word) or a generic one ("Các cơ quan, đơn
        vị", "Đề nghị ...") opens ``title``."""
        written = " ".join(title.split())
        words = written.lower()
        if _opens_with(words, self.sections.get("generic_body_openers", [])):
            return True
        for head in self.sections.get("named_body_heads", []):
            if words.startswith(head + " "):
                following = written[len(head) + 1:]
                return following[:1].isupper()
        return False

    def is_solution_title(self, title: str) -> bool:
        lowered = " ".join(title.lower().split())
        for lead in ("các ", "những "):
            if lowered.startswith(lead):
                lowered = lowered[len(lead):]
        if any(lowered.startswith(x) for x in self.sections["excluded_titles"]):
            return False
        return _opens_with(lowered, self.sections["solution_section_titles"])


def _opens_with(words: str, phrases: Iterable[str]) -> bool:
    """Whether ``words`` (lower case, single-spaced) is one of ``phrases`` or opens with one, whole words."""
    return any(words == p or words.startswith(p + " ") or words.startswith(p + ",") for p in phrases)


# ---- paragraphs and their numbering -------------------------------------------------------------------

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LETTERS = "abcdđeghiklmnopqrstuvxy"
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ORDINAL_WORDS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                  "tám": 8, "chín": 9, "mười": 10}

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(r"(Chương|CHƯƠNG)\s+([IVXLC]+|\d{1,3})(?![^\W_])\.?")),
    ("part", re.compile(r"(Phần|PHẦN)\s+(?:thứ\s+|THỨ\s+)?([IVXLC]+|\d{1,2}|[^\W\d_]+)(?![^\W_])\.?")),
    ("section", re.compile(r"(Mục|MỤC)\s+([IVXLC]+|\d{1,2})(?![^\W_])\.?")),
    ("article", re.compile(r"(Điều|ĐIỀU)\s+(\d{1,3}[a-z]?)\s*[.:]")),
    ("multi", re.compile(r"()(\d{1,2}(?:\.\d{1,2})+)\.?(?=[\s*])")),
    ("arabic", re.compile(r"()(\d{1,2})[.)](?=[\s*])")),
    ("roman", re.compile(r"()([IVXLC]{1,6})\s*[.\-–)](?=[\s*])")),
    ("letter", re.compile(r"()([a-zđ])[).](?=[\s*])")),
    ("ordinal", re.compile(r"(Thứ|THỨ)\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:.]", re.IGNORECASE)),
    ("ordinal", re.compile(r"()(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]")),
    ("bullet", re.compile(r"()([-–•+])(?=[ \t])")),
    ("bullet", re.compile(r"()(\*)(?=[ \t])")),
)
_LEAD_JUNK = re.compile(r"[\s*_|>]*")
_AFTER_MARKER = re.compile(r"[\s*_]*")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’)\]*_]*)$")
_TITLE_TRAIL = " \t\r\n*_:-–—"
_CLOSERS = " \t\r\n*_"
_WRAP_PREV_END = re.compile(r"[.;:!?…\"”’)\]*|]$")


def _roman_value(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total <= 40 else None


@dataclass
class Marker:
    style: str
    value: int
    label: str
    start: int
    end: int


@dataclass
class Paragraph:
    start: int
    end: int
    content_start: int
    marker: Marker | None = None
    heading: bool = False
    title_end: int = 0
    level: int = 0
    boilerplate: bool = False


def _marker(text: str, pos: int, end: int) -> Marker | None:
    for style, pattern in _MARKERS:
        m = pattern.match(text, pos, end)
        if not m:
            continue
        raw = m.group(2)
        if style in {"roman", "chapter", "part", "section"} and raw and raw[0] in _ROMAN and raw.isupper():
            value = _roman_value(raw)
            if value is None:
                if style == "roman":
                    continue
                value = 0
        elif style == "letter":
            # Vietnamese points run a, b, c, d, đ, e, g ...; a text that lists in the Latin alphabet
            # ("f)", "j)", "w)") is numbered by that alphabet instead.
            value = _LETTERS.index(raw) + 1 if raw in _LETTERS else _LATIN_LETTERS.index(raw) + 1
        elif style == "ordinal":
            value = _ORDINAL_WORDS.get(raw.lower(), 0)
        elif style == "bullet":
            value = 0
        elif style == "multi":
            value = int(raw.split(".")[-1])
            style = f"multi{raw.count('.')}"
        else:
            digits = re.match(r"\d+", raw)
            value = int(digits.group()) if digits else 0
        if style == "arabic" and value == 0:
            continue
        return Marker(style, value, text[m.start():m.end()].strip(), m.start(), m.end())
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            out.append((pos, len(text)))
            return out
        out.append((pos, nl))
        pos = nl + 1


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True for texts whose lines are wrapped inside sentences (exported .docx, Markdown)."""
    breaks = 0
    content = 0
    for (s1, e1), (s2, e2) in itertools.pairwise(lines):
        prev = text[s1:e1].rstrip()
        nxt = text[s2:e2].lstrip(" \t*_|")
        if not prev.strip():
            continue
        content += 1
        if not nxt or _WRAP_PREV_END.search(prev):
            continue
        if nxt[0].islower() or (nxt[0].isdigit() and _marker(text, e2 - len(nxt), e2) is None):
            breaks += 1
    return breaks >= 2 and breaks >= 0.05 * max(content, 1)


def paragraphs(text: str, boilerplate: list[tuple[int, int, str]] | None = None) -> list[Paragraph]:
    """The text's paragraphs: lines in a text of one paragraph per line, else blocks separated by blank
    lines, a numbered or bulleted line, or a line ending a sentence followed by one opening a new one."""
    lines = _lines(text)
    wrapped = _is_wrapped(text, lines)
    out: list[Paragraph] = []
    current: list[int] | None = None  # [start, end]

    def flush() -> None:
        if current is not None:
            out.append(_paragraph(text, current[0], current[1]))

    for i, (s, e) in enumerate(lines):
        stripped = text[s:e].strip()
        if not stripped:
            flush()
            current = None
            continue
        if current is None:
            current = [s, e]
            continue
        brk = True
        if wrapped:
            prev_s, prev_e = lines[i - 1]
            prev = text[prev_s:prev_e].rstrip()
            pos = _LEAD_JUNK.match(text, s, e).end()  # type: ignore[union-attr]
            nxt = text[pos:e]
            brk = _marker(text, pos, e) is not None or bool(
                _WRAP_PREV_END.search(prev) and nxt[:1] and (nxt[0].isupper() or nxt[0] in "\"“(")
            )
        if brk:
            flush()
            current = [s, e]
        else:
            current[1] = e
    flush()
    if boilerplate:
        spans = sorted(boilerplate)
        for p in out:
            covered = sum(max(0, min(e, p.end) - max(s, p.content_start)) for s, e, _ in spans)
            p.boilerplate = covered >= 0.9 * max(1, p.end - p.content_start)
    return out


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    while start < end and text[start] in " \t\r":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    pos = _LEAD_JUNK.match(text, start, end).end()  # type: ignore[union-attr]
    marker = _marker(text, pos, end)
    content = _AFTER_MARKER.match(text, marker.end if marker else pos, end).end()  # type: ignore[union-attr]
    p = Paragraph(start, end, content, marker)
    if marker is not None and marker.style != "bullet":
        body = text[content:end].rstrip(_CLOSERS)
        title_end = content + len(body)
        while title_end > content and text[title_end - 1] in _TITLE_TRAIL:
            title_end -= 1
        p.title_end = title_end
        p.heading = bool(body) and _SENTENCE_END.search(body) is None
    return p


def outline_levels(paras: list[Paragraph]) -> None:
    """Sets ``level`` on numbered paragraphs: the depth of their numbering style, styles nesting in the
    order they first appear under each other."""
    stack: list[str] = []
    for p in paras:
        if p.marker is None or p.marker.style == "bullet":
            continue
        style = p.marker.style
        if style in stack:
            del stack[stack.index(style) + 1:]
        else:
            stack.append(style)
        p.level = len(stack)


# ---- sections, areas, tasks ---------------------------------------------------------------------------


@dataclass
class _Area:
    record: FoundArea
    level: int


def _first_sentence_end(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> int:
    for s, e in sentences:
        if s <= start < e:
            return min(e, end)
    return end


def _strip_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """A clause without leading bullets and markup and without its closing punctuation."""
    while start < end and text[start] in " \t\r\n*_-–•+":
        start += 1
    while end > start and text[end - 1] in " \t\r\n*_;,:.…/":
        end -= 1
    return start, end


class StructureReader:
    """Finds solution sections, areas and tasks in one text."""

    def __init__(self, rules: StructureRules) -> None:
        self.rules = rules
        self.max_title = int(rules.sections.get("max_title_chars", 320))

    def read(
        self,
        text: str,
        sentences: list[tuple[int, int]],
        boilerplate: list[tuple[int, int, str]],
    ) -> tuple[list[FoundSection], list[FoundArea], list[FoundTask]]:
        paras = paragraphs(text, boilerplate)
        for p in paras:
            if p.heading and p.title_end - p.content_start > self.max_title:
                p.heading = False
        outline_levels(paras)
        sections = self._sections(text, paras)
        areas: list[FoundArea] = []
        tasks: list[FoundTask] = []
        paths: set[str] = set()
        for index, (kind, first, last, _intro) in enumerate(sections):
            self._read_section(text, paras, index, kind, first, last, sentences, boilerplate, areas, tasks, paths)
        section_records = [
            FoundSection(
                kind,
                paras[first].start,
                paras[last - 1].end,
                paras[intro].content_start if intro is not None else None,
                paras[intro].end if intro is not None else None,
            )
            for kind, first, last, intro in sections
        ]
        return section_records, areas, tasks

    def _assigns_body_by_body(self, text: str, inner: list[Paragraph], level: int) -> bool:
        """Whether at least two numbered paragraphs right under a heading open with a body ("1. Sở Nội vụ",
        "2. Đề nghị Ủy ban Mặt trận ..."): the heading then assigns work, body by body."""
        nested = [q for q in inner if q.marker is not None and q.marker.style != "bullet" and q.level == level + 1]
        bodies = sum(1 for q in nested if self.rules.opens_with_body(text[q.content_start:q.end].lstrip(" *_")))
        return bodies >= 2

    def _sections(self, text: str, paras: list[Paragraph]) -> list[tuple[str, int, int, int | None]]:
        found: list[tuple[str, int, int, int | None]] = []
        claimed_until = -1
        for i, p in enumerate(paras):
            if i < claimed_until or p.boilerplate:
                continue
            if p.marker is not None and p.heading and p.marker.style != "bullet":
                title = text[p.content_start:p.title_end]
                solution = self.rules.is_solution_title(title)
                if solution or self.rules.is_assignment_title(title):
                    j = i + 1
                    while j < len(paras) and not (paras[j].level and paras[j].level <= p.level):
                        j += 1
                    if solution or self._assigns_body_by_body(text, paras[i + 1:j], p.level):
                        found.append(("titled", i, j, None))
                        claimed_until = j
                        continue
            if p.marker is None and text[p.content_start:p.end].rstrip(_CLOSERS).endswith(":"):
                body = text[p.content_start:p.end].rstrip(_CLOSERS)
                if not (self.rules.intro.search(body[-200:])
                        or (self.rules.assigning_intro and self.rules.assigning_intro.search(body[-300:]))):
                    continue
                j = i + 1
                while j < len(paras) and paras[j].boilerplate:
                    j += 1
                if j >= len(paras) or paras[j].marker is None or paras[j].marker.style == "bullet":
                    continue
                base = paras[j].level
                k = j + 1
                while k < len(paras) and not (paras[k].level and paras[k].level < base):
                    k += 1
                found.append(("intro", j, k, i))
                claimed_until = k
        return found

    def _read_section(
        self,
        text: str,
        paras: list[Paragraph],
        index: int,
        kind: str,
        first: int,
        last: int,
        sentences: list[tuple[int, int]],
        boilerplate: list[tuple[int, int, str]],
        areas: list[FoundArea],
        tasks: list[FoundTask],
        paths: set[str],
    ) -> None:
        base = paras[first].level
        stack: list[_Area] = []

        def open_area(p: Paragraph, title_end: int) -> bool:
            """Opens an area for ``p``; False when its parent already has an area with its number (a
            second list numbered from 1 again, a misnumbered item): a document has one area N per level."""
            while stack and stack[-1].level >= p.level:
                stack.pop()
            parent = stack[-1].record if stack else None
            assert p.marker is not None
            path = f"{parent.path}.{p.marker.value}" if parent else str(p.marker.value)
            if path in paths:
                return False
            paths.add(path)
            record = FoundArea(
                ordinal=p.marker.value,
                label=p.marker.label,
                start=p.content_start,
                end=title_end,
                heading_start=p.start,
                heading_end=p.end,
                path=path,
                parent=parent.path if parent else None,
                level=p.level - base + 1,
                section=index,
                inline=title_end < p.end and not p.heading,
            )
            areas.append(record)
            stack.append(_Area(record, p.level))
            return True

        for i in range(first, last):
            p = paras[i]
            if p.boilerplate:
                continue
            numbered = p.marker is not None and p.marker.style != "bullet"
            if numbered and p.heading and (kind == "intro" or i == first or p.level > base):
                if open_area(p, p.title_end):
                    continue
            elif numbered and (p.marker.style == "ordinal" or (kind == "intro" and p.level == base)):
                title_end = _first_sentence_end(text, p.content_start, p.end, sentences)
                if open_area(p, _strip_clause(text, p.content_start, title_end)[1]):
                    self._tasks(text, p.content_start, p.end, sentences, boilerplate, stack[-1].record, True, tasks)
                    continue
            if numbered:
                while stack and stack[-1].level >= p.level:
                    stack.pop()
            if not stack:
                continue
            self._tasks(
                text, p.content_start, p.end, sentences, boilerplate, stack[-1].record, p.marker is not None, tasks
            )

    def _tasks(
        self,
        text: str,
        start: int,
        end: int,
        sentences: list[tuple[int, int]],
        boilerplate: list[tuple[int, int, str]],
        area: FoundArea,
        listed: bool,
        tasks: list[FoundTask],
    ) -> None:
        pieces = [(start, end)]
        for bs, be, _ in boilerplate:
            if be <= start or bs >= end:
                continue
            nxt = []
            for s, e in pieces:
                if be <= s or bs >= e:
                    nxt.append((s, e))
                    continue
                if bs > s:
                    nxt.append((s, bs))
                if be < e:
                    nxt.append((be, e))
            pieces = nxt
        for ps, pe in pieces:
            for ss, se in sentences:
                if se <= ps or ss >= pe:
                    continue
                s0, e0 = max(ss, ps), min(se, pe)
                cuts = [s0, *(m.end() for m in self.rules.clause_split.finditer(text, s0, e0)), e0]
                for cs, ce in itertools.pairwise(cuts):
                    ts, te = _strip_clause(text, cs, ce)
                    if te - ts < 12:
                        continue
                    if not (listed or self.rules.opener.match(text, ts, te) or self.rules.role_head.search(
                            text, ts, min(te, ts + 200))):
                        continue
                    tasks.append(FoundTask(len(tasks), area.path, area.ordinal, ts, te, area.section))


# ---- the spaCy components ---------------------------------------------------------------------------


class SolutionStructureReader:
    """Solution sections, areas and tasks (see the module docstring for the rule)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules: StructureRules | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        data_dir: str = str(DEFAULT_DATA_DIR), gazetteers_dir: str = str(DEFAULT_GAZETTEERS_DIR),
    ) -> None:
        """Loads ``structure/sections.json`` and ``directives.json`` from ``data_dir``, and the subject verbs
        of ``actor_patterns.json`` from ``gazetteers_dir``."""
        data = json.loads((Path(gazetteers_dir) / "actor_patterns.json").read_text(encoding="utf-8"))
        subject_verbs = tuple(data["acting_places"]["subject_verbs"])
        self._use(StructureRules.from_dir(structure_dir(Path(data_dir)), subject_verbs))

    def _use(self, rules: StructureRules) -> None:
        self.rules = rules
        self.reader = StructureReader(rules)

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise PipelineNotInitialized(self.name)
        text = cached_text(doc)
        sentences = read_layer(doc, SentenceLayer).spans or [(0, len(text))]
        boilerplate = [(b.start, b.end, b.kind) for b in read_layer(doc, BoilerplateLayer).spans]
        sections, areas, tasks = self.reader.read(text, sentences, boilerplate)
        write_layer(doc, StructureLayer(sections, areas, tasks))
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.rules is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "structure.json").write_text(json.dumps(self.rules.to_dict(), ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> SolutionStructureReader:
        self._use(StructureRules.from_dict(json.loads((Path(path) / "structure.json").read_text("utf-8"))))
        return self
