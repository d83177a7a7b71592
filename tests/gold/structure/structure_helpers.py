"""Helpers for writing structure gold by hand (docs/STRUCTURE-ANNOTATION.md).

The annotator decides every area, task, actor, deadline and output by reading the text; these helpers only
turn a decided phrase into exact offsets (``str.find`` from a position, never typed by hand), check the
values' shapes, and write the JSON.

    g = StructureGold("wild", "5d99697f14bcf68a.md", kind="plan")
    a = g.area("2", "Nhiệm vụ cụ thể", after="II.")
    t = g.task("Rà soát, cập nhật danh mục ...", "... trước ngày 30/6/2026", area="2")
    g.actor(t, "Sở Tư pháp", "lead")
    g.actor(t, "các sở, ngành", "coordinating", generic=True)
    g.deadline(t, "trước ngày 30/6/2026", "2026-06-30", "day")
    g.output(t, "Báo cáo kết quả rà soát")
    g.target_years(2025, 2030)
    g.note("...")
    g.write("blind")
"""

from __future__ import annotations

import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.join(os.path.dirname(REPO), "shared", "corpus")

ROLES = ("lead", "coordinating", "participant", "assigned")
PRECISIONS = {
    "day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "quarter": r"\d{4}-Q[1-4]", "year": r"\d{4}",
    "period": r"\d{4}/(\d{4}|\.\.)", "recurring": r"yearly|quarterly|monthly|weekly", "continuous": None,
    "relative": None,
}


def collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


class StructureGold:
    def __init__(self, origin: str, name: str, kind: str) -> None:
        assert origin in ("wild", "real"), origin
        self.name = name
        self.path = os.path.join(SHARED, origin, name)
        with open(self.path, encoding="utf-8") as f:
            self.text = f.read()
        self.data = {"source": name, "origin": origin, "kind": kind, "solution_areas": [], "tasks": [],
                     "target_years": [], "notes": []}
        self._cursor = 0

    # -- offsets -------------------------------------------------------------------------------------
    def find(self, phrase: str, after: str | None = None, start: int | None = None) -> tuple[int, int]:
        """The span of ``phrase`` (exact, line breaks included), searched from ``start`` (default: the
        end of the last thing annotated, so the file is annotated in reading order) or after the first
        ``after`` found from there."""
        pos = self._cursor if start is None else start
        if after is not None:
            at = self.text.find(after, pos)
            assert at >= 0, f"anchor not found after {pos}: {after!r}"
            pos = at + len(after)
        at = self.text.find(phrase, pos)
        assert at >= 0, f"not found after {pos}: {phrase!r}"
        return at, at + len(phrase)

    def span(self, first: str, last: str, after: str | None = None) -> tuple[int, int]:
        """From the start of ``first`` to the end of ``last`` (the next one after ``first``): for a task too
        long to write out."""
        start, _ = self.find(first, after)
        _, end = self.find(last, start=start)
        return start, end

    def spaced(self, phrase: str, after: str | None = None, start: int | None = None) -> str:
        """The exact text of ``phrase`` written with single spaces (each space may be a line break or a
        run of spaces in the text), searched from the cursor (or ``start``, or after ``after``): so that a
        script can quote a wrapped phrase on one line and :meth:`find` still places it exactly."""
        pos = self._cursor if start is None else start
        pos = pos if after is None else self.text.find(after, pos) + len(after)
        m = re.compile(r"\s+".join(re.escape(p) for p in phrase.split())).search(self.text, pos)
        assert m, phrase
        return m.group(0)

    def spaced_task(self, first: str, last: str | None = None, area: str | None = None,
                    after: str | None = None) -> dict:
        """:meth:`task` with ``first`` and ``last`` written with single spaces (see :meth:`spaced`)."""
        if after is not None:
            at = self.text.find(after, self._cursor)
            assert at >= 0, after
            self._cursor = at + len(after)
        f = self.spaced(first)
        s = self.text.find(f, self._cursor)
        end_phrase = None
        if last is not None:
            save = self._cursor
            self._cursor = s
            end_phrase = self.spaced(last)
            self._cursor = save
        return self.task(f, end_phrase, area=area)

    # -- annotations ---------------------------------------------------------------------------------
    def area(self, ordinal: str, title: str, after: str | None = None) -> str:
        start, end = self.find(title, after)
        self.data["solution_areas"].append({"ordinal": ordinal, "title": collapse(title).rstrip(":. "),
                                            "start": start, "end": end})
        self._cursor = end
        return ordinal

    def task(self, first: str, last: str | None = None, area: str | None = None, after: str | None = None) -> dict:
        start, end = self.span(first, last, after) if last else self.find(first, after)
        task = {"area": area, "start": start, "end": end, "text": self.text[start:end], "actors": [],
                "deadlines": [], "outputs": []}
        self.data["tasks"].append(task)
        self._cursor = end
        return task

    def actor(self, task: dict, name: str, role: str, inherited: bool = False, generic: bool = False) -> None:
        assert role in ROLES, role
        assert not (role == "assigned" and not inherited), "an 'assigned' actor is always inherited"
        task["actors"].append({"name": collapse(name), "role": role, "inherited": inherited, "generic": generic})

    def deadline(self, task: dict, phrase: str, value: str | None, precision: str,
                 after: str | None = None, start: int | None = None) -> None:
        pattern = PRECISIONS[precision]
        assert (value is None) if pattern is None else re.fullmatch(pattern, value or ""), (value, precision)
        s, e = self.find(phrase, after, task["start"] if start is None and after is None else start)
        task["deadlines"].append({"text": self.text[s:e], "start": s, "end": e, "value": value,
                                  "precision": precision})

    def output(self, task: dict, phrase: str, after: str | None = None, start: int | None = None) -> None:
        s, e = self.find(phrase, after, task["start"] if start is None and after is None else start)
        task["outputs"].append({"text": self.text[s:e], "start": s, "end": e})

    def target_years(self, *years: int) -> None:
        self.data["target_years"] = sorted(set(self.data["target_years"]) | set(years))

    def note(self, text: str) -> None:
        self.data["notes"].append(text)

    def write(self, split: str) -> str:
        assert split in ("dev", "blind"), split
        stem = self.name.rsplit(".", 1)[0]
        out = os.path.join(HERE, split, stem + ".structure.json")
        for t in self.data["tasks"]:
            assert t["text"] == self.text[t["start"]:t["end"]]
        # A task's words are the script's to check, not the file's to keep: the texts have no licence, so
        # the gold holds offsets into them (and short phrases: titles, deadlines, outputs), never passages.
        written = {**self.data, "tasks": [{k: v for k, v in t.items() if k != "text"} for t in self.data["tasks"]]}
        with open(out, "w", encoding="utf-8") as f:
            json.dump(written, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return out
