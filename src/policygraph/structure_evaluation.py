"""`make eval`'s structure part: who does what, by when (issue 21), scored against
tests/gold/structure/{dev,blind}/*.structure.json (conventions: docs/STRUCTURE-ANNOTATION.md).

A gold file names its text by file name and origin; the text is read from ../shared/corpus/<origin>/
beside the checkout (never copied into the repository), so a checkout without ../shared scores nothing
and says so.

What counts as right, per kind (micro-averaged over the files):
- **areas**: the title (whitespace collapsed, NFC, case-blind, closing ":" or "." dropped) and the last
  label of the numbering ("III.1" and "3.1" both end in 1) agree;
- **tasks**: spans that overlap by at least ``TASK_OVERLAP`` of their union, matched one to one, the
  largest overlaps first (a task cut at a different ";" still overlaps; a task that swallows two does not);
- **roles**: (matched task, actor, role); the actor compared by its name as the text writes it (the
  gold's convention; the extractor's ``written``, falling back to its ``name``), whitespace collapsed,
  case-blind, one tone-mark placement and the abbreviations UBND / HĐND written out; an actor of an
  unmatched task is wrong;
- **deadlines**: (matched task, value, precision); **outputs**: (matched task, text collapsed, case-blind);
- **target years**: the set of years per file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from policygraph.text.normalize import canonical_tone_placement

TASK_OVERLAP = 0.8
KINDS = ("areas", "tasks", "roles", "deadlines", "outputs", "target years")
SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ABBREVIATIONS = ((r"\bubnd\b", "ủy ban nhân dân"), (r"\bhđnd\b", "hội đồng nhân dân"))


def _collapse(text: str) -> str:
    return " ".join(canonical_tone_placement(unicodedata.normalize("NFC", text)).split())


def _title_key(title: str) -> str:
    return _collapse(title).rstrip(":.; ").casefold()


def _actor_key(name: str) -> str:
    key = _collapse(name).casefold()
    for pattern, expansion in _ABBREVIATIONS:
        key = re.sub(pattern, expansion, key)
    return key


def _last_label(path: str | int | None) -> int | None:
    """The number the last label of a numbering stands for: "III.1" -> 1, "II" -> 2, "b" -> 2, 3 -> 3."""
    if path is None:
        return None
    last = re.split(r"[.\s]+", str(path).strip(" .)"))[-1].lower()
    if last.isdigit():
        return int(last)
    if last and all(c in _ROMAN for c in last):
        values = [_ROMAN[c] for c in last]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    if len(last) == 1 and last.isalpha():
        return "abcdđeghiklmnopqrstuvxy".find(last) + 1 or None
    return None


@dataclass
class Counts:
    right: int = 0
    got: int = 0
    gold: int = 0

    def add(self, gold: set, got: set) -> None:
        self.right += len(gold & got)
        self.got += len(got)
        self.gold += len(gold)

    @property
    def figures(self) -> tuple[float, float, float]:
        # Nothing to find and nothing found is right: a text that sets no tasks scores 1 when none come out.
        p = self.right / self.got if self.got else (1.0 if self.gold == 0 else 0.0)
        r = self.right / self.gold if self.gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})

    def merge(self, other: Score) -> None:
        for kind, c in other.counts.items():
            mine = self.counts[kind]
            mine.right, mine.got, mine.gold = mine.right + c.right, mine.got + c.got, mine.gold + c.gold


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def match_tasks(gold: list[dict], got: list[dict]) -> dict[int, int]:
    """Extracted task index -> gold task index, one to one, the largest overlaps first."""
    pairs = sorted(((_overlap((g["start"], g["end"]), (t["start"], t["end"])), gi, ti)
                    for gi, g in enumerate(gold) for ti, t in enumerate(got)), reverse=True)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for overlap, gi, ti in pairs:
        if overlap < TASK_OVERLAP:
            break
        if gi not in used and ti not in matched:
            matched[ti] = gi
            used.add(gi)
    return matched


def score_file(gold: dict, extraction: dict) -> Score:
    """One file's counts; ``extraction`` is `policygraph extract --format json`'s object."""
    score = Score()
    score.counts["areas"].add(
        {(_last_label(a["ordinal"]), _title_key(a["title"])) for a in gold["solution_areas"]},
        {(_last_label(a.get("path") or a.get("ordinal")), _title_key(a["title"]))
         for a in extraction["solution_areas"]},
    )
    gold_tasks, got_tasks = gold["tasks"], extraction["tasks"]
    matched = match_tasks(gold_tasks, got_tasks)

    def task_id(i: int) -> object:
        return matched.get(i, ("extra", i))

    score.counts["tasks"].add(set(range(len(gold_tasks))), {task_id(i) for i in range(len(got_tasks))})

    score.counts["roles"].add(
        {(gi, _actor_key(a["name"]), a["role"]) for gi, t in enumerate(gold_tasks) for a in t["actors"]},
        {(task_id(i), _actor_key(a.get("written") or a["name"]), a["role"])
         for i, t in enumerate(got_tasks) for a in t["actors"]},
    )
    score.counts["deadlines"].add(
        {(gi, d["value"], d["precision"]) for gi, t in enumerate(gold_tasks) for d in t["deadlines"]},
        {(task_id(i), d.get("value"), d.get("precision"))
         for i, t in enumerate(got_tasks) for d in t.get("deadlines", [])},
    )
    score.counts["outputs"].add(
        {(gi, _collapse(o["text"]).casefold()) for gi, t in enumerate(gold_tasks) for o in t["outputs"]},
        {(task_id(i), _collapse(o["text"]).casefold()) for i, t in enumerate(got_tasks) for o in t.get("outputs", [])},
    )
    score.counts["target years"].add(set(gold["target_years"]), set(extraction.get("target_years", [])))
    return score


def text_of(gold: dict, corpus: Path = SHARED_CORPUS) -> Path:
    return corpus / gold["origin"] / gold["source"]


def gold_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.structure.json")) if path.is_dir() else [path])
    return found


def evaluate(paths: Iterable[Path], corpus: Path = SHARED_CORPUS) -> tuple[dict[str, Score], list[str]]:
    """Scores per gold file, and the files skipped because their text is not beside the checkout."""
    from policygraph.extract.pipeline import extract_text

    scores, skipped = {}, []
    for gold_path in gold_files(paths):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = text_of(gold, corpus)
        if not source.is_file():
            skipped.append(gold_path.name)
            continue
        extraction = extract_text(source.read_text(encoding="utf-8"), source=source.name).to_json()
        scores[gold_path.name] = score_file(gold, extraction)
    return scores, skipped


def report(scores: dict[str, Score], skipped: list[str]) -> str:
    header = "structure gold file".ljust(44) + "".join(f"{k:>20}" for k in KINDS)
    lines = [header, " " * 44 + "".join(f"{'P    R    F1':>20}" for _ in KINDS)]
    total = Score()
    for name, score in sorted(scores.items()):
        total.merge(score)
        lines.append(name[:43].ljust(44) + "".join(
            "{:>20}".format("{:.2f} {:.2f} {:.2f}".format(*score.counts[k].figures)) for k in KINDS))
    lines.append("ALL (micro)".ljust(44) + "".join(
        "{:>20}".format("{:.2f} {:.2f} {:.2f}".format(*total.counts[k].figures)) for k in KINDS))
    lines.append("counts (right/got/gold): " + "; ".join(
        f"{k} {c.right}/{c.got}/{c.gold}" for k, c in total.counts.items()))
    if skipped:
        lines.append(f"skipped {len(skipped)} file(s) whose text is not in {SHARED_CORPUS}: {', '.join(skipped)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    scores, skipped = evaluate(args.paths)
    print(report(scores, skipped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
