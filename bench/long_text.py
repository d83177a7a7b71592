"""Time and peak memory of one long real text through the full pipeline, by length.

usage: python bench/long_text.py N [N ...]   (characters; the first 400 texts of ../shared/corpus/wild
joined by blank lines, cut to N). Each N runs in a fresh process, so the peak RSS is its own. Measured
2026-12-02: 1,000,000 chars 13.9 s / 934 MB; 3,000,000 chars 494.6 s / 2,359 MB (pyvi's segmentation
grows faster than linearly; our components took 6.9 s of a 2,000,000-character text)."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

WILD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wild"


def one(n: int) -> None:
    from policygraph.extract.pipeline import build_pipeline, extract_text

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(WILD.glob("*.md"))[:400])[:n]
    nlp = build_pipeline(max_length=max(n, 1))
    started = time.perf_counter()
    extraction = extract_text(text, "long", nlp)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(text):>10,} chars  {seconds:8.1f} s  {len(text) / seconds:10,.0f} chars/s  "
          f"peak {peak:,.0f} MB  {len(extraction.references):,} references")


if __name__ == "__main__":
    if not WILD.is_dir():
        sys.exit(f"needs {WILD}")
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        one(int(sys.argv[2]))
    else:
        for arg in sys.argv[1:]:
            subprocess.run([sys.executable, __file__, "--one", arg], check=True)
