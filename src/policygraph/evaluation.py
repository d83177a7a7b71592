"""`make eval`: precision, recall and F1 of the extraction against gold files.

A gold file ``NAME.gold.json`` (conventions: docs/ANNOTATION.md, as in the seed's gold) is paired
with ``NAME.txt`` beside it or in data/corpus/. References count as right when the span and every
field agree (start, end, type, number, date, issuer, term); relations when from, to and type agree.
Misses are printed per field, so a regression says what broke.

Gold files that have them are also scored on the structure: solution areas keyed on
(ordinal, exact title, NFC), actors and places on their normalised identity (a gold name resolves
through the gazetteers to the same id the extractor gives, "Ủy ban Nhân dân thành phố Hải Phòng" ->
ubnd-hai-phong; a name the gazetteers do not know is compared by its key), and target years as a set.

Run: python -m policygraph.evaluation tests/gold [--json] [--min-refs F] [--min-rels F]. Its ``main`` is
an edge: it reads the settings (the data folders the pipeline and the gazetteers come from) and passes
them down.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, DEFAULT_GAZETTEERS_DIR, DEFAULT_MAX_TEXT_CHARS

if TYPE_CHECKING:
    from spacy.language import Language

REF_FIELDS = ("start", "end", "type", "number", "date", "issuer", "term")


def _nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def ref_key(ref: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(_nfc(ref.get(f)) for f in REF_FIELDS)


def rel_key(rel: dict[str, Any]) -> tuple[Any, ...]:
    return (_nfc(" ".join(str(rel.get("from")).split())), _nfc(" ".join(str(rel.get("to")).split())), rel.get("type"))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class FileResult:
    name: str
    references: Score
    relations: Score
    missed_references: list[dict[str, Any]] = field(default_factory=list)
    extra_references: list[dict[str, Any]] = field(default_factory=list)
    field_misses: Counter[str] = field(default_factory=Counter)
    missed_relations: list[tuple[Any, ...]] = field(default_factory=list)
    extra_relations: list[tuple[Any, ...]] = field(default_factory=list)
    structure: dict[str, Score] = field(default_factory=dict)
    structure_misses: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    blind: bool = False  # under a folder named "blind": its misses are not printed unless asked


STRUCTURE_FIELDS = ("solution_areas", "actors", "places", "target_years")


def _set_score(gold: set[Any], got: set[Any]) -> Score:
    return Score(len(gold & got), len(got - gold), len(gold - got))


def _identity(kind: str, name: str, directory: Path) -> str:
    from policygraph.extract.actors import ActorGazetteer
    from policygraph.extract.name_matcher import name_key
    from policygraph.extract.places import PlaceGazetteer

    if kind == "actors":
        found = ActorGazetteer.from_dir(directory).identity_of(name)
    else:
        found = PlaceGazetteer.from_dir(directory).matcher.owner_of(name)
    return found or f"name:{name_key(name)}"


def score_structure(
    gold: dict[str, Any], extraction: dict[str, Any], gazetteers_dir: Path = DEFAULT_GAZETTEERS_DIR
) -> tuple[dict[str, Score], dict[str, Any]]:
    """Scores (and misses) for each structure field the gold file has; gold actor and place names
    resolve through the gazetteers of ``gazetteers_dir`` (the extractor's own)."""
    scores: dict[str, Score] = {}
    misses: dict[str, dict[str, list[Any]]] = {}
    for name in STRUCTURE_FIELDS:
        if name not in gold:
            continue
        if name == "solution_areas":
            want = {(a["ordinal"], _nfc(a["title"])) for a in gold[name]}
            got = {(a["ordinal"], _nfc(a["title"])) for a in extraction[name]}
        elif name == "target_years":
            want, got = set(gold[name]), set(extraction[name])
        else:
            want = {_identity(name, g, gazetteers_dir) for g in gold[name]}
            got = {a["id"] for a in extraction[name]}
        scores[name] = _set_score(want, got)
        misses[name] = {"missed": sorted(want - got, key=str), "extra": sorted(got - want, key=str)}
    return scores, misses


# The wild texts beside the checkout (they have no licence and are never copied into it).
WILD_DIR = DEFAULT_DATA_DIR.parent.parent / "shared" / "corpus" / "wild"


def find_text(gold_path: Path, gold: dict[str, Any] | None = None, data_dir: Path = DEFAULT_DATA_DIR) -> Path:
    """The text a gold file annotates: ``NAME.txt`` beside it or in ``data_dir``/corpus/, or, for gold
    on the wild/ texts (which have no licence and are never copied here), the gold's ``source`` in
    ../shared/corpus/wild/."""
    name = gold_path.name.removesuffix(".gold.json") + ".txt"
    candidates = [gold_path.with_name(name), data_dir / "corpus" / name]
    if gold and isinstance(gold.get("source"), str):
        candidates.append(WILD_DIR / gold["source"])
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no text {name} beside {gold_path}, in data/corpus or in {WILD_DIR}")


def is_wild_gold(path: Path) -> bool:
    """Gold on ../shared/corpus/wild texts (tests/gold/wild/), scored only where ../shared is present."""
    return "wild" in path.parts


def score_file(
    gold_path: Path,
    nlp: Language | None = None,
    *,
    data_dir: Path = DEFAULT_DATA_DIR,
    gazetteers_dir: Path = DEFAULT_GAZETTEERS_DIR,
    max_chars: int = DEFAULT_MAX_TEXT_CHARS,
) -> FileResult:
    """The scores of one gold file, its text extracted with ``nlp`` (default: the shared pipeline on
    the default data folders); ``data_dir`` and ``gazetteers_dir`` should be the folders ``nlp`` was
    built from."""
    from policygraph.extract.pipeline import extract_text
    from policygraph.sources import read_source_text

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = find_text(gold_path, gold, data_dir)
    extraction = extract_text(read_source_text(text_path, max_chars), text_path.name, nlp).to_json()
    g_refs = {ref_key(r): r for r in gold["references"]}
    o_refs = {ref_key(r): r for r in extraction["references"]}
    refs = Score(len(g_refs.keys() & o_refs.keys()), len(o_refs.keys() - g_refs.keys()),
                 len(g_refs.keys() - o_refs.keys()))
    g_rels = {rel_key(r) for r in gold["relations"]}
    o_rels = {rel_key(r) for r in extraction["relations"]}
    rels = Score(len(g_rels & o_rels), len(o_rels - g_rels), len(g_rels - o_rels))
    result = FileResult(gold_path.name, refs, rels, blind="blind" in gold_path.parts)
    result.structure, result.structure_misses = score_structure(gold, extraction, gazetteers_dir)
    by_span = {(r["start"], r["end"]): r for r in extraction["references"]}
    for key in sorted(g_refs.keys() - o_refs.keys(), key=lambda k: (k[0], k[1])):
        g = g_refs[key]
        got = by_span.get((g["start"], g["end"]))
        if got is None:
            result.field_misses["span"] += 1
        else:
            for f in REF_FIELDS[2:]:
                if _nfc(got.get(f)) != _nfc(g.get(f)):
                    result.field_misses[f] += 1
        result.missed_references.append({"gold": {k: g.get(k) for k in ("surface", *REF_FIELDS)},
                                         "got": {k: got.get(k) for k in ("surface", *REF_FIELDS)} if got else None})
    gold_spans = {(r["start"], r["end"]) for r in gold["references"]}
    result.extra_references = [
        {k: o_refs[key].get(k) for k in ("surface", *REF_FIELDS)}
        for key in sorted(o_refs.keys() - g_refs.keys(), key=lambda k: (k[0], k[1]))
        if (key[0], key[1]) not in gold_spans
    ]
    result.missed_relations = sorted(g_rels - o_rels, key=str)
    result.extra_relations = sorted(o_rels - g_rels, key=str)
    return result


def gold_files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.gold.json")) if path.is_dir() else [path])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--min-refs", type=float, default=0.0)
    parser.add_argument("--min-rels", type=float, default=0.0)
    parser.add_argument("--show", type=int, default=5, help="misses to print per file")
    parser.add_argument("--summary", action="store_true", help="print only the totals")
    parser.add_argument("--show-blind", action="store_true",
                        help="also print the misses of blind gold files (a blind split stays blind: its misses are "
                             "not shown unless asked)")
    args = parser.parse_args(argv)
    from policygraph.config import Settings
    from policygraph.extract.pipeline import pipeline_from_settings

    settings = Settings()  # this command's edge: the POLICYGRAPH_* data folders, read once
    nlp = pipeline_from_settings(settings)
    results = [score_file(p, nlp, data_dir=settings.data_dir, gazetteers_dir=settings.gazetteers_dir,
                          max_chars=settings.max_text_chars) for p in gold_files(args.paths)]
    total_refs, total_rels = Score(), Score()
    fields: Counter[str] = Counter()
    structure_totals: dict[str, Score] = {}
    for r in results:
        total_refs.add(r.references)
        total_rels.add(r.relations)
        fields.update(r.field_misses)
        for name, score in r.structure.items():
            structure_totals.setdefault(name, Score()).add(score)
    if args.json:
        print(json.dumps({
            "files": {r.name: {"references": r.references.as_dict(), "relations": r.relations.as_dict(),
                               "field_misses": dict(r.field_misses),
                               **{k: v.as_dict() for k, v in r.structure.items()}} for r in results},
            "references": total_refs.as_dict(), "relations": total_rels.as_dict(), "field_misses": dict(fields),
            **{k: v.as_dict() for k, v in structure_totals.items()},
        }, ensure_ascii=False, indent=1))
    else:
        print(f"{'gold file':<62} {'refs P':>7} {'R':>6} {'F1':>6}   {'rels P':>7} {'R':>6} {'F1':>6}")
        for r in results if not args.summary else []:
            print(f"{r.name:<62} {r.references.precision:7.3f} {r.references.recall:6.3f} {r.references.f1:6.3f}"
                  f"   {r.relations.precision:7.3f} {r.relations.recall:6.3f} {r.relations.f1:6.3f}")
        print(f"{'ALL (micro)':<62} {total_refs.precision:7.3f} {total_refs.recall:6.3f} {total_refs.f1:6.3f}"
              f"   {total_rels.precision:7.3f} {total_rels.recall:6.3f} {total_rels.f1:6.3f}")
        print(f"references: {total_refs.tp} right, {total_refs.fp} wrong or extra, {total_refs.fn} missed; "
              f"relations: {total_rels.tp} right, {total_rels.fp} extra, {total_rels.fn} missed")
        if fields:
            print("reference misses by field: " + ", ".join(f"{k} {v}" for k, v in fields.most_common()))
        if args.summary:
            return 0
        if structure_totals:
            print(f"\n{'structure (gold files that have the field)':<62} {'P':>7} {'R':>6} {'F1':>6}   files")
            for name in STRUCTURE_FIELDS:
                if name not in structure_totals:
                    continue
                files = [r for r in results if name in r.structure]
                for r in files:
                    sc = r.structure[name]
                    print(f"  {name + ' ' + r.name:<60} {sc.precision:7.3f} {sc.recall:6.3f} {sc.f1:6.3f}")
                total = structure_totals[name]
                print(f"{name + ' (micro)':<62} {total.precision:7.3f} {total.recall:6.3f} {total.f1:6.3f}"
                      f"   {len(files)}: {total.tp} right, {total.fp} extra, {total.fn} missed")
        hidden = [r for r in results if r.blind and not args.show_blind]
        if hidden:
            print(f"\n({len(hidden)} blind gold files: their misses are not shown; --show-blind shows them)")
        for r in results:
            if r.blind and not args.show_blind:
                continue
            if not (r.missed_references or r.extra_references or r.missed_relations or r.extra_relations):
                continue
            print(f"\n== {r.name}")
            for m in r.missed_references[: args.show]:
                print(f"  missed ref  {m['gold']}\n        got  {m['got']}")
            for m in r.extra_references[: args.show]:
                print(f"  extra ref   {m}")
            for m in r.missed_relations[: args.show]:
                print(f"  missed rel  {m}")
            for m in r.extra_relations[: args.show]:
                print(f"  extra rel   {m}")
        for r in results:
            shown = {k: v for k, v in r.structure_misses.items() if v["missed"] or v["extra"]}
            if not shown:
                continue
            print(f"\n== {r.name} (structure)")
            for name, misses in shown.items():
                for m in misses["missed"][: args.show]:
                    print(f"  missed {name:<14} {m}")
                for m in misses["extra"][: args.show]:
                    print(f"  extra  {name:<14} {m}")
    ok = total_refs.f1 >= args.min_refs and total_rels.f1 >= args.min_rels
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
