"""The third, fourth and fifth draws of wild texts for relations (reproduces SELECTION.json's
"legal-relations-3/4/5" entries). Run from the checkout with ../shared present."""
import json
import random
import re
import unicodedata
from pathlib import Path

W = Path("../shared/corpus/wild")
sel = json.loads(Path("tests/gold/wild/SELECTION.json").read_text(encoding="utf-8"))
LATER = {"legal-relations-3", "legal-relations-4", "legal-relations-5"}
taken = {t["file"] for t in sel["texts"] if t["kind"] not in LATER}
TRIGGERS = re.compile(
    r"Căn cứ|bãi bỏ|sửa đổi|thay thế|hướng dẫn"
    r"|thực hiện (?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Luật|Thông tư)",
    re.I,
)


def candidates(excluded, keep):
    """(name, bytes) of the 4-60 KB wild texts not in ``excluded`` whose NFC text passes ``keep``."""
    out = []
    for p in sorted(W.glob("*.md")):
        b = p.stat().st_size
        if p.name in excluded or b > 60000 or b < 4000:
            continue
        if keep(unicodedata.normalize("NFC", p.read_text(encoding="utf-8", errors="replace"))):
            out.append((p.name, b))
    return out


def draw(pool, n, seed, kind):
    """``n`` of ``pool`` with ``seed``; blind = every third of a shuffle seeded ``seed + 1``."""
    drawn = random.Random(seed).sample(pool, n)
    order = list(range(n))
    random.Random(seed + 1).shuffle(order)
    for i, k in enumerate(order):
        name, b = drawn[k]
        print(name, b, "blind" if i % 3 == 0 else "dev", kind)
    return drawn


cands = candidates(taken, lambda t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t[:6000].upper()
                   and len(TRIGGERS.findall(t)) >= 12)
print(len(cands), "candidates")
third = draw(cands, 6, 20261205, "legal-relations-3")
# Fourth draw (after the third came back with few relations): 4 of the remaining 7 candidates.
fourth = draw([c for c in cands if c not in third], 4, 20261207, "legal-relations-4")
# Fifth draw (the filter above also admits Q&A and wiki pages that quote the state's name): legal texts
# with a "Số:" header line, at least 4 "Căn cứ" preamble lines and 3 amendment/repeal words.
strict = candidates(taken | {c[0] for c in third + fourth}, lambda t: bool(re.search(r"(?m)^\W*Số:", t[:6000]))
                    and len(re.findall(r"(?m)^\W*Căn cứ", t)) >= 4
                    and len(re.findall(r"sửa đổi|bãi bỏ|thay thế|hết hiệu lực", t, re.I)) >= 3)
print(len(strict), "strict candidates")
draw(strict, 4, 20261209, "legal-relations-5")
