"""Mine the names of laws, codes and ordinances from real texts, for data/patterns/law_names.json.

A name is taken where the text bounds it itself: between the kind word and the law's official number
("Luật Đất đai số 31/2024/QH15", "Pháp lệnh Phí và lệ phí số 38/2001/PL-UBTVQH10") or its date of
adoption ("Bộ luật Hàng hải ngày 25 tháng 11 năm 2015"). Names are read on the matching text (NFC, one
tone placement), with Markdown and line breaks removed; amending laws are left to the amending rule.
A name is kept when its official number bounds it once, or two different texts bound it by a date, a
year or the ";" that ends a Căn cứ line. Run from the checkout with ../shared present:

    .venv/bin/python tools/mine_law_names.py > /tmp/mined.json

The texts are read, never copied: only the names (short public titles) are written out.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from policygraph.text.normalize import matching_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
KIND = r"(?P<kind>Bộ luật|Luật|Pháp lệnh)"
NAME = r"(?P<name>[A-ZĐÀ-Ỹ][^\d;:.()\[\]\"“”|*#]{2,110}?)"
NUMBERED = r"\s+(?:(?:số|Số)\s*:?\s*)?\d{1,3}/\d{4}/(?:QH\d{0,2}|PL-UBTVQH\d{0,2}|UBTVQH\d{0,2})"
BOUND = (rf"(?P<numbered>{NUMBERED})"
         r"|\s+ngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm|[/-]\d{1,2}[/-])\s*(?:19|20)\d\d"
         r"|\s+(?:năm\s+)?(?:19|20)\d\d(?![\d/])|\s*;")
PATTERN = re.compile(KIND + r"\s+" + NAME + "(?:" + BOUND + ")")
NOT_A_NAME = re.compile(
    r"sửa đổi|bổ sung|\b(?:số|ngày|năm|này|của|tại|đã|được|trước|khi|để|thì|hoặc|hiện hành|liên quan|khác)\b"
    r"|\bvà các\b|\bquy định\b|[<>]|Căn cứ|,? Luật |,? Pháp lệnh ",
    re.I,
)


def _texts():
    wild = SHARED / "wild"
    for path in sorted(wild.glob("*.md")):
        yield path.name, path.read_text(encoding="utf-8", errors="replace")
    external = SHARED / "external" / "vnlegaltext-val.jsonl"
    if external.exists():
        for i, line in enumerate(external.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                record = json.loads(line)
                # One sentence per line, its words joined by "_" (word segmentation); ~50 lines per source
                # document, so that two sentences of one document count once.
                yield f"external:{i // 50}", str(record["data"]["value"]).replace("_", " ")


def mine() -> dict[str, list[str]]:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    sources: dict[str, set[str]] = defaultdict(set)
    numbered: set[str] = set()
    for source, raw in _texts():
        text = " ".join(matching_text(raw.replace("*", " ").replace("_", " ")).text.split()).replace(" , ", ", ")
        for m in PATTERN.finditer(text):
            name = m.group("name").strip(" ,-")
            if NOT_A_NAME.search(name) or len(name.split()) > 14:
                continue
            full = f"{m.group('kind')} {name}"
            key = full.casefold()
            seen[key][full] += 1
            sources[key].add(source)
            if m.group("numbered"):
                numbered.add(key)
    names = {}
    for key, forms in seen.items():
        # Bounded by an official number once, or by a date, a year or ";" in two texts.
        if key not in numbered and len(sources[key]) < 2:
            continue
        written = [f for f, _ in forms.most_common() if not f.isupper()] or [forms.most_common(1)[0][0]]
        names[written[0]] = sorted({f for f in forms if f != written[0] and not f.isupper()})
    return dict(sorted(names.items(), key=lambda kv: kv[0].casefold()))


if __name__ == "__main__":
    json.dump(mine(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
