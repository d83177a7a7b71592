"""Target and vision years, and the targets a text states.

**Horizons.** "đến năm 2030" is a target year and "tầm nhìn (đến năm) 2045" a vision year
(``data/structure/targets.json``). A horizon inside the title of a referenced document belongs to that
document ("Nghị quyết số 45-NQ/TW ... về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm
nhìn đến năm 2045": 45-NQ/TW's years, the innermost title winning); elsewhere (a headline, the body) to
the text's subject document. A range ("từ năm 2021 đến năm 2025", "giai đoạn 2021 đến năm 2025") is a
period, not a horizon. The text's ``target_years`` are all its horizon years, target and vision, outside
credit boilerplate.

**Targets.** A stated goal: what follows "trở thành" ("... sớm trở thành trung tâm kết nối quốc tế" ->
"trung tâm kết nối quốc tế"; "... trở thành thành phố không ma túy"), the clause of "phấn đấu" when it
has no "trở thành" ("phấn đấu không còn hộ nghèo", trigger kept), and the clause that a sentence-opening
"đến năm YYYY," introduces ("đến năm 2021 tỉnh giảm tối thiểu 10% đơn vị sự nghiệp công lập ...").
A goal ends at ";", at the end of its sentence, or at a comma followed by a new verb (``goal_cut_words``
or a directive opener: "trung tâm kết nối quốc tế, có dịch vụ logistics hiện đại" stops before "có").
Its year is the target year stated earlier in the same sentence, if any. Goals in boilerplate or inside a
referenced document's title are left out.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, structure_dir
from policygraph.extract.doc_state import (
    BoilerplateLayer,
    FoundHorizon,
    FoundTarget,
    ReferenceLayer,
    SentenceLayer,
    TargetLayer,
    read_layer,
    write_layer,
)
from policygraph.extract.doc_text import cached_text
from policygraph.extract.name_matcher import lower_same_length
from policygraph.text.boilerplate import CREDIT_KINDS
from policygraph.text.regex import alternation, inside


@dataclass
class TargetRules:
    """``data/structure/targets.json`` and the directive openers, compiled."""

    data: dict[str, Any]
    openers: tuple[str, ...]

    def __post_init__(self) -> None:
        d = self.data
        year = r"(\d{4})(?!\d)"
        self.vision = re.compile(rf"(?<![^\W_])(?:{alternation(d['vision_year_phrases'])})\s+{year}")
        self.target = re.compile(rf"(?<![^\W_])(?:{alternation(d['target_year_phrases'])})\s+{year}")
        ranges = alternation(d["range_openers"])
        self.range_before = re.compile(rf"(?<![^\W_])(?:{ranges})\s+(?:năm\s+)?\d{{4}}\s*$")
        self.goal = re.compile(rf"(?<![^\W_])(?:{alternation(d['goal_triggers'])})(?![^\W_])")
        self.cut = re.compile(rf",\s*(?:{alternation([*d['goal_cut_words'], *self.openers])})(?![^\W_])")
        self.inner_cut = re.compile(r"\s+(?:để|nhằm)(?![^\W_])|[;:]|\.(?=\s|$)")
        self.min_year, self.max_year = int(d["min_year"]), int(d["max_year"])


_LEAD_IN = re.compile(r"(?<![^\W_])(?:theo\s+kế\s+hoạch|theo\s+đó|cụ\s+thể)\s*,?$")


class TargetReader:
    def __init__(self, rules: TargetRules) -> None:
        self.rules = rules

    def horizons(self, lowered: str, excluded: list[tuple[int, int]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern in (("vision", self.rules.vision), ("target", self.rules.target)):
            for m in pattern.finditer(lowered):
                year = int(m.group(1))
                if not self.rules.min_year <= year <= self.rules.max_year or inside(m.start(), m.end(), excluded):
                    continue
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if kind == "target" and self.rules.range_before.search(lowered, max(0, m.start() - 30), m.start()):
                    continue
                taken.append((m.start(), m.end()))
                out.append({"year": year, "kind": kind, "start": m.start(), "end": m.end(), "document": None})
        out.sort(key=lambda h: h["start"])
        return out

    def _goal_end(self, lowered: str, start: int, limit: int) -> int:
        end = limit
        cut = self.rules.cut.search(lowered, start, limit)
        if cut:
            end = cut.start()
        inner = self.rules.inner_cut.search(lowered, start, end)
        if inner:
            end = inner.start()
        while end > start and lowered[end - 1] in " \t\r\n,.;:\"”*_":
            end -= 1
        return end

    def goals(
        self, lowered: str, sentences: list[tuple[int, int]], excluded: list[tuple[int, int]],
        horizons: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        starts = [s for s, _ in sentences]

        def sentence_of(pos: int) -> tuple[int, int] | None:
            i = bisect_right(starts, pos) - 1
            return sentences[i] if i >= 0 and sentences[i][0] <= pos < sentences[i][1] else None

        for m in self.rules.goal.finditer(lowered):
            sentence = sentence_of(m.start())
            if sentence is None or inside(m.start(), m.end(), excluded):
                continue
            s, e = sentence
            trigger = " ".join(lowered[m.start():m.end()].split())
            clause_end = self._goal_end(lowered, m.end(), e)
            if trigger == "trở thành":
                start = m.end()
                while start < clause_end and lowered[start] in " \t\r\n":
                    start += 1
            else:
                semicolon = lowered.find(";", m.end(), e)
                if self.rules.goal.search(lowered, m.end(), semicolon if semicolon >= 0 else e):
                    continue  # "phấn đấu xây dựng ... trở thành ...": the "trở thành" goal says it
                start = m.start()
            if clause_end - start >= 6:
                out.append(self._goal(start, clause_end, trigger, s, horizons))
        for h in horizons:
            sentence = sentence_of(h["start"])
            if h["kind"] != "target" or sentence is None or inside(h["start"], h["end"], excluded):
                continue
            s, e = sentence
            before = lowered[s:h["start"]].rstrip()
            if before and not before.endswith((",", ";", ":")) and not _LEAD_IN.search(before):
                continue
            start = h["end"]
            while start < e and lowered[start] in " \t\r\n,":
                start += 1
            if lowered.startswith("tầm nhìn", start):
                continue
            end = self._goal_end(lowered, start, e)
            if end - start >= 6:
                out.append(self._goal(start, end, "đến năm", s, horizons, h["year"]))
        out.sort(key=lambda g: g["start"])
        return out

    def _goal(self, start: int, end: int, trigger: str, sentence_start: int, horizons: list[dict[str, Any]],
              year: int | None = None) -> dict[str, Any]:
        if year is None:
            before = [h for h in horizons if h["kind"] == "target" and sentence_start <= h["start"] < start]
            year = before[-1]["year"] if before else None
        return {"start": start, "end": end, "trigger": trigger, "year": year}


class TargetRecognizer:
    """Horizons (years with their kind and document), the text's target years and its targets:
    ``doc._.targets``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules: TargetRules | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        data_dir: str = str(DEFAULT_DATA_DIR),
    ) -> None:
        """Loads ``structure/targets.json`` and the directive openers of ``directives.json`` from ``data_dir``."""
        directory = structure_dir(Path(data_dir))
        data = json.loads((directory / "targets.json").read_text(encoding="utf-8"))
        openers = json.loads((directory / "directives.json").read_text(encoding="utf-8"))["directive_openers"]
        self._use(TargetRules(data, tuple(openers)))

    def _use(self, rules: TargetRules) -> None:
        self.rules = rules
        self.reader = TargetReader(rules)

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise PipelineNotInitialized(self.name)
        text = cached_text(doc)
        lowered = lower_same_length(text)
        boilerplate = read_layer(doc, BoilerplateLayer).spans
        credit = [(b.start, b.end) for b in boilerplate if b.kind in CREDIT_KINDS]
        every = [(b.start, b.end) for b in boilerplate]
        horizons = self.reader.horizons(lowered, credit)
        titles = [
            (r.found.title_start, r.found.title_end, r.identity)
            for r in read_layer(doc, ReferenceLayer).references
            if r.found.title_start is not None and r.found.title_end is not None
        ]
        for h in horizons:
            inner = [t for t in titles if t[0] <= h["start"] and h["end"] <= t[1]]
            if inner:
                h["document"] = min(inner, key=lambda t: t[1] - t[0])[2]
        sentences = read_layer(doc, SentenceLayer).spans or [(0, len(text))]
        excluded = every + [(s, e) for s, e, _ in titles]
        targets = self.reader.goals(lowered, sentences, excluded, horizons)
        write_layer(doc, TargetLayer(
            horizons=[FoundHorizon(h["year"], h["kind"], h["start"], h["end"], h["document"]) for h in horizons],
            target_years=sorted({h["year"] for h in horizons}),
            targets=[FoundTarget(t["start"], t["end"], t["trigger"], t["year"]) for t in targets],
        ))
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.rules is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = {"targets": self.rules.data, "openers": list(self.rules.openers)}
        (path / "targets.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> TargetRecognizer:
        data = json.loads((Path(path) / "targets.json").read_text(encoding="utf-8"))
        self._use(TargetRules(data["targets"], tuple(data["openers"])))
        return self
