"""`make bench`: every figure policygraph reports, each beside a baseline measured in the same run.

Run: .venv/bin/python bench/run.py [--only extraction] [--repeat 3]
Figures are printed as a table and written to bench/results/latest.json (not tracked by git).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / "data" / "corpus"


def corpus_text(min_chars: int) -> list[str]:
    """The real texts of data/corpus, repeated until they hold at least ``min_chars`` characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    out, total = [], 0
    while total < min_chars:
        for t in texts:
            out.append(t)
            total += len(t)
    return out


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def bench_extraction(repeat: int) -> list[dict[str, object]]:
    import spacy

    from policygraph.extract.pipeline import build_pipeline, extract_text
    from policygraph.text.normalize import matching_text

    texts = corpus_text(1_000_000)
    chars = sum(len(t) for t in texts)
    tokenizer_only = spacy.blank("vi")
    full = build_pipeline()
    for t in texts[:3]:  # warm both (pyvi's model loads on first use)
        tokenizer_only(t)
        extract_text(t, "warm", full)

    t_tok = best_of(repeat, lambda: [tokenizer_only(t) for t in texts])
    t_full = best_of(repeat, lambda: [extract_text(t, "bench", full) for t in texts])
    t_norm = best_of(repeat, lambda: [matching_text(t) for t in texts])
    components_only = t_full - t_tok
    rows = [
        {"figure": "extraction: spacy.blank('vi') alone (baseline)", "value": chars / t_tok, "unit": "chars/s"},
        {"figure": "extraction: full pipeline (normalise + tokenizer + references + relations)",
         "value": chars / t_full, "unit": "chars/s"},
        {"figure": "extraction: pipeline / tokenizer throughput ratio", "value": (chars / t_full) / (chars / t_tok),
         "unit": "x"},
        {"figure": "extraction: our components' time / tokenizer time", "value": components_only / t_tok,
         "unit": "x"},
        {"figure": "extraction: text normalisation alone", "value": chars / t_norm, "unit": "chars/s"},
        {"figure": "extraction: corpus size", "value": chars, "unit": "chars"},
    ]
    return rows


SECTIONS: dict[str, Callable[[int], list[dict[str, object]]]] = {
    "extraction": bench_extraction,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    command = "make bench" if not args.only else "python bench/run.py " + " ".join(f"--only {o}" for o in args.only)
    print(f"# policygraph benchmarks ({platform.python_version()}, {platform.machine()}, best of {args.repeat})")
    print(f"# reproduce: {command}")
    results = []
    for name in args.only or list(SECTIONS):
        rows = SECTIONS[name](args.repeat)
        for row in rows:
            value = row["value"]
            shown = f"{value:,.0f}" if isinstance(value, float) and value >= 100 else (
                f"{value:.3f}" if isinstance(value, float) else f"{value:,}")
            print(f"{row['figure']:<80} {shown:>14} {row['unit']}")
        results.extend(rows)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
