"""The third and fourth draws of wild texts for relations (reproduces SELECTION.json's
"legal-relations-3" and "legal-relations-4" entries). Run from the checkout with ../shared present."""
import json
import random
import re
import unicodedata
from pathlib import Path

W = Path("../shared/corpus/wild")
sel = json.loads(Path("tests/gold/wild/SELECTION.json").read_text(encoding="utf-8"))
LATER = {"legal-relations-3", "legal-relations-4", "legal-relations-5"}
taken = {t["file"] for t in sel["texts"] if t["kind"] not in LATER}
pat = re.compile(
    r"Căn cứ|bãi bỏ|sửa đổi|thay thế|hướng dẫn"
    r"|thực hiện (?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Luật|Thông tư)",
    re.I,
)
cands = []
for p in sorted(W.glob("*.md")):
    if p.name in taken:
        continue
    b = p.stat().st_size
    if b > 60000 or b < 4000:
        continue
    t = unicodedata.normalize("NFC", p.read_text(encoding="utf-8", errors="replace"))
    if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in t[:6000].upper():
        continue
    if len(pat.findall(t)) < 12:
        continue
    cands.append((p.name, b))
print(len(cands), "candidates")
drawn = random.Random(20261205).sample(cands, 6)
order = list(range(6))
random.Random(20261206).shuffle(order)
for i, k in enumerate(order):
    name, b = drawn[k]
    print(name, b, "blind" if i % 3 == 0 else "dev", "legal-relations-3")
# Fourth draw (after the third came back with few relations): 4 of the remaining 7 candidates.
rest = [c for c in cands if c not in drawn]
more = random.Random(20261207).sample(rest, 4)
order = list(range(4))
random.Random(20261208).shuffle(order)
for i, k in enumerate(order):
    name, b = more[k]
    print(name, b, "blind" if i % 3 == 0 else "dev", "legal-relations-4")

# Fifth draw (same session; the third and fourth draws' filter also admits Q&A and wiki pages that
# quote the state's name): legal texts with a "Số:" header line and at least 4 "Căn cứ" preamble lines
# and 3 amendment/repeal words, 4-60 KB, not yet chosen; 4 drawn; blind = every third of a shuffle.
chosen = taken | {c[0] for c in drawn} | {c[0] for c in more}
strict = []
for p in sorted(W.glob("*.md")):
    if p.name in chosen:
        continue
    b = p.stat().st_size
    if b > 60000 or b < 4000:
        continue
    t = unicodedata.normalize("NFC", p.read_text(encoding="utf-8", errors="replace"))
    if not re.search(r"(?m)^\W*Số:", t[:6000]):
        continue
    if len(re.findall(r"(?m)^\W*Căn cứ", t)) < 4:
        continue
    if len(re.findall(r"sửa đổi|bãi bỏ|thay thế|hết hiệu lực", t, re.I)) < 3:
        continue
    strict.append((p.name, b))
print(len(strict), "strict candidates")
fifth = random.Random(20261209).sample(strict, 4)
order = list(range(4))
random.Random(20261210).shuffle(order)
for i, k in enumerate(order):
    name, b = fifth[k]
    print(name, b, "blind" if i % 3 == 0 else "dev", "legal-relations-5")
