"""When a task is due or runs: the time phrases of a task's own text, read into a value and its
precision (docs/STRUCTURE-ANNOTATION.md, "Deadlines").

| written | value | precision |
|---|---|---|
| "trước ngày 30/6/2026", "ngày 30 tháng 6 năm 2026" | ``2026-06-30`` | day |
| "tháng 12/2025", "tháng 12 năm 2025" | ``2025-12`` | month |
| "Quý IV/2025", "quý 4 năm 2025" | ``2025-Q4`` | quarter |
| "giai đoạn 2025 - 2030", "từ năm 2025 đến năm 2030" | ``2025/2030`` | period |
| "năm 2025 và các năm tiếp theo" | ``2025/..`` | period |
| "trong năm 2026", "năm 2026" | ``2026`` | year |
| "hằng năm", "hằng quý" | ``yearly``, ``quarterly`` | recurring |
| "thường xuyên", "liên tục" | None | continuous |

The words are data (``structure/deadlines.json``). A phrase inside a document mention is that
document's date, not a deadline, so the caller passes the mentions' spans to leave out; a phrase that
lies inside a longer one (the year of a day) is not read twice. Everything works on the matching text's
characters, like the other readers, and returns offsets into it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, structure_dir
from policygraph.extract.doc_state import (
    DeadlineLayer,
    FoundDeadline,
    ReferenceLayer,
    StructureLayer,
    read_layer,
    write_layer,
)
from policygraph.extract.doc_text import cached_text
from policygraph.text.regex import GAP, alternation, inside

_ROMAN_QUARTER = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:19|20)\d\d"


class DeadlineReader:
    """The compiled phrases of ``deadlines.json``."""

    def __init__(self, data: dict) -> None:
        self.data = data
        trigger = rf"(?:(?:{alternation(data['triggers'])})(?:{GAP}))?"
        open_end = alternation(data["open_end"])
        w = rf"(?:{GAP})"  # between words
        sep = rf"{w}?[/.-]{w}?"  # the "/" of "30/6/2026", a line break or space around it
        day = (rf"ngày{w}(?P<d1>\d{{1,2}}){sep}(?P<m1>\d{{1,2}}){sep}(?P<y1>{_YEAR})"
               rf"|ngày{w}(?P<d2>\d{{1,2}}){w}tháng{w}(?P<m2>\d{{1,2}}){w}năm{w}(?P<y2>{_YEAR})")
        month = (rf"tháng{w}(?P<m3>\d{{1,2}}){sep}(?P<y3>{_YEAR})"
                 rf"|tháng{w}(?P<m4>\d{{1,2}}){w}năm{w}(?P<y4>{_YEAR})")
        quarter = rf"quý{w}(?P<q>iv|iii|ii|i|[1-4])(?:{sep}|{w}năm{w})(?P<y5>{_YEAR})"
        period = (rf"(?:giai{w}đoạn{w}|từ{w})?(?:năm{w})?(?P<p1>{_YEAR}){w}?(?:-|–|đến{w}(?:năm{w})?){w}?"
                  rf"(?P<p2>{_YEAR})")
        open_period = rf"(?:năm{w})?(?P<o1>{_YEAR}){w}(?:{open_end})"
        year = rf"năm{w}(?P<y6>{_YEAR})"
        self.dated = re.compile(
            rf"(?<![^\W_]){trigger}(?:(?P<day>{day})|(?P<month>{month})|(?P<quarter>{quarter})|(?P<period>{period})"
            rf"|(?P<open>{open_period})|(?P<year>{year}))(?![\w/])",
            re.IGNORECASE,
        )
        self.recurring = re.compile(
            rf"(?<![^\W_])(?P<phrase>{alternation(list(data['recurring']))})(?![^\W_])", re.IGNORECASE)
        self.continuous = re.compile(rf"(?<![^\W_])(?:{alternation(data['continuous'])})(?![^\W_])", re.IGNORECASE)

    @classmethod
    def from_dir(cls, path: Path) -> DeadlineReader:
        return cls(json.loads((Path(path) / "deadlines.json").read_text(encoding="utf-8")))

    def read(self, text: str, start: int, end: int, excluded: list[tuple[int, int]]) -> list[FoundDeadline]:
        """The deadlines stated between ``start`` and ``end`` of ``text``, in order."""
        found: list[FoundDeadline] = []
        for m in self.dated.finditer(text, start, end):
            if inside(m.start(), m.end(), excluded):
                continue
            value, precision = _dated_value(m)
            found.append(FoundDeadline(m.start(), m.end(), value, precision))
        for m in self.recurring.finditer(text, start, end):
            key = " ".join(m.group("phrase").lower().split())
            found.append(FoundDeadline(m.start(), m.end(), self.data["recurring"].get(key), "recurring"))
        for m in self.continuous.finditer(text, start, end):
            found.append(FoundDeadline(m.start(), m.end(), None, "continuous"))
        found.sort(key=lambda d: (d.start, -d.end))
        kept: list[FoundDeadline] = []
        for d in found:  # a phrase inside a longer one is read once, with it
            if not any(k.start <= d.start and d.end <= k.end for k in kept):
                kept.append(d)
        return kept


def _dated_value(m: re.Match[str]) -> tuple[str | None, str]:
    g = m.group
    if g("day"):
        d, mo, y = (g("d1"), g("m1"), g("y1")) if g("d1") else (g("d2"), g("m2"), g("y2"))
        return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}", "day"
    if g("month"):
        mo, y = (g("m3"), g("y3")) if g("m3") else (g("m4"), g("y4"))
        return f"{int(y):04d}-{int(mo):02d}", "month"
    if g("quarter"):
        q = g("q").lower()
        return f"{g('y5')}-Q{_ROMAN_QUARTER.get(q) or int(q)}", "quarter"
    if g("period"):
        return f"{g('p1')}/{g('p2')}", "period"
    if g("open"):
        return f"{g('o1')}/..", "period"
    return g("y6"), "year"


class TaskDeadlineReader:
    """Each task's deadlines (``doc._.deadlines``), never inside a document mention or its title."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.reader: DeadlineReader | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        data_dir: str = str(DEFAULT_DATA_DIR),
    ) -> None:
        """Loads ``structure/deadlines.json`` from ``data_dir``."""
        self.reader = DeadlineReader.from_dir(structure_dir(Path(data_dir)))

    def __call__(self, doc: Doc) -> Doc:
        if self.reader is None:
            raise PipelineNotInitialized(self.name)
        text = cached_text(doc)
        # A cited document's date, or a year in its title ("Nghị quyết số 45-NQ/TW ... đến năm 2030"), is
        # that document's, not the task's.
        references = read_layer(doc, ReferenceLayer).references
        mentions = [(r.found.start, r.found.end) for r in references] + [
            (r.found.title_start, r.found.title_end) for r in references
            if r.found.title_start is not None and r.found.title_end is not None]
        write_layer(doc, DeadlineLayer({
            task.id: found for task in read_layer(doc, StructureLayer).tasks
            if (found := self.reader.read(text, task.start, task.end, mentions))
        }))
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.reader is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "deadlines.json").write_text(json.dumps(self.reader.data, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> TaskDeadlineReader:
        self.reader = DeadlineReader.from_dir(Path(path))
        return self
