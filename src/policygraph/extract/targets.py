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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.extract.doc_text import cached_text
from policygraph.extract.name_matcher import lower_same_length
from policygraph.extract.structure import default_structure_dir
from policygraph.text.clean import CREDIT_KINDS

for _name in ("horizons", "targets", "target_years", "boilerplate_spans", "legal_references", "sentence_spans"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass
class TargetRules:
    """``data/structure/targets.json`` and the directive openers, compiled."""

    data: dict[str, Any]
    openers: tuple[str, ...]

    def __post_init__(self) -> None:
        d = self.data
        year = r"(\d{4})(?!\d)"
        self.vision = re.compile(rf"(?<![^\W_])(?:{_alternation(d['vision_year_phrases'])})\s+{year}")
        self.target = re.compile(rf"(?<![^\W_])(?:{_alternation(d['target_year_phrases'])})\s+{year}")
        ranges = _alternation(d["range_openers"])
        self.range_before = re.compile(rf"(?<![^\W_])(?:{ranges})\s+(?:năm\s+)?\d{{4}}\s*$")
        self.goal = re.compile(rf"(?<![^\W_])(?:{_alternation(d['goal_triggers'])})(?![^\W_])")
        self.cut = re.compile(rf",\s*(?:{_alternation([*d['goal_cut_words'], *self.openers])})(?![^\W_])")
        self.inner_cut = re.compile(r"\s+(?:để|nhằm)(?![^\W_])|[;:]|\.(?=\s|$)")
        self.min_year, self.max_year = int(d["min_year"]), int(d["max_year"])


_LEAD_IN = re.compile(r"(?<![^\W_])(?:theo\s+kế\s+hoạch|theo\s+đó|cụ\s+thể)\s*,?$")


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class TargetReader:
    def __init__(self, rules: TargetRules) -> None:
        self.rules = rules

    def horizons(self, lowered: str, excluded: list[tuple[int, int]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern in (("vision", self.rules.vision), ("target", self.rules.target)):
            for m in pattern.finditer(lowered):
                year = int(m.group(1))
                if not self.rules.min_year <= year <= self.rules.max_year or _inside(m.start(), m.end(), excluded):
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
            if sentence is None or _inside(m.start(), m.end(), excluded):
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
            if h["kind"] != "target" or sentence is None or _inside(h["start"], h["end"], excluded):
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
    """``doc._.horizons`` (years with their kind and document), ``doc._.target_years`` and ``doc._.targets``."""

    def __init__(self, nlp: Language, name: str, structure_dir: str) -> None:
        self.name = name
        directory = Path(structure_dir) if structure_dir else default_structure_dir()
        data = json.loads((directory / "targets.json").read_text(encoding="utf-8"))
        openers = json.loads((directory / "directives.json").read_text(encoding="utf-8"))["directive_openers"]
        self.rules = TargetRules(data, tuple(openers))
        self.reader = TargetReader(self.rules)

    def __call__(self, doc: Doc) -> Doc:
        text = cached_text(doc)
        lowered = lower_same_length(text)
        boilerplate = doc._.boilerplate_spans or []
        credit = [(s, e) for s, e, k in boilerplate if k in CREDIT_KINDS]
        every = [(s, e) for s, e, _ in boilerplate]
        horizons = self.reader.horizons(lowered, credit)
        titles = [
            (r["title_start"], r["title_end"], r["identity"])
            for r in (doc._.legal_references or [])
            if r.get("title_start") is not None
        ]
        for h in horizons:
            inner = [t for t in titles if t[0] <= h["start"] and h["end"] <= t[1]]
            if inner:
                h["document"] = min(inner, key=lambda t: t[1] - t[0])[2]
        doc._.horizons = horizons
        doc._.target_years = sorted({h["year"] for h in horizons})
        sentences = [tuple(s) for s in (doc._.sentence_spans or [[0, len(text)]])]
        excluded = every + [(s, e) for s, e, _ in titles]
        doc._.targets = self.reader.goals(lowered, sentences, excluded, horizons)  # type: ignore[arg-type]
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = {"targets": self.rules.data, "openers": list(self.rules.openers)}
        (path / "targets.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> TargetRecognizer:
        data = json.loads((Path(path) / "targets.json").read_text(encoding="utf-8"))
        self.rules = TargetRules(data["targets"], tuple(data["openers"]))
        self.reader = TargetReader(self.rules)
        return self


@Language.factory("policygraph_targets", default_config={"structure_dir": ""})
def make_target_recognizer(nlp: Language, name: str, structure_dir: str) -> TargetRecognizer:
    return TargetRecognizer(nlp, name, structure_dir)
