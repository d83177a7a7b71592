# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 1021721b3af73a5e.md (Q&A page on e-invoices from cash registers under Nghị định 70/2025/NĐ-CP).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied into the repository: it is read from ../shared/corpus/wild/.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "1021721b3af73a5e"
SPLIT = "blind"
g = Gold(os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md"),
         kind="other", subject_document=None, source=H + ".md")
T = g.text
N70 = "70/2025/NĐ-CP"
N123 = "123/2020/NĐ-CP"

# Nghị định 70/2025/NĐ-CP written in full: headline, two bold repeats, lead, closing line, caption
hits70 = g.find("Nghị định 70/2025/NĐ-CP", occ="all")
assert len(hits70) == 6
g.ref("Nghị định 70/2025/NĐ-CP", "Nghị định", N70, occ="all")
# short form "Nghị định 70" (lead and closing line) -> full number stated in the same text
short = [m.start() for m in re.finditer(r"Nghị định 70(?![/\d])", T)]
assert len(short) == 2
for p in short:
    g.ref("Nghị định 70", "Nghị định", N70, after=p)
# "Nghị định 70/2025/NĐ/CP" (slash typo) in the five "Căn cứ theo khoản 8 Điều 1 ..." lines: number as written
typo = g.find("Nghị định 70/2025/NĐ/CP", occ="all")
assert len(typo) == 5
g.ref("Nghị định 70/2025/NĐ/CP", "Nghị định", "70/2025/NĐ/CP", occ="all")
# Nghị định 123/2020/NĐ-CP (five amended-article lines, Điều 7 citation, last paragraph)
assert len(g.find("Nghị định 123/2020/NĐ-CP", occ="all")) == 7
g.ref("Nghị định 123/2020/NĐ-CP", "Nghị định", N123, occ="all")
# named law with its customary year
g.ref("Luật Quản lý thuế 2019", "Luật")

for m in re.finditer(r"(?i)(nghị định|luật|thông tư|quyết định|nghị quyết)\s+(số\s+)?\d", T):
    assert any(r["start"] == m.start() for r in g.refs), T[m.start():m.start() + 40]

g.rel(N70, N123, "amends", "Nghị định 70/2025/NĐ/CP đã sửa đổi tên Điều 11 Nghị định 123/2020/NĐ-CP")

g.note("Q&A / explainer page (thuvienphapluat-style article, 'Quý khách cần hỏi thêm ...'): kind other, subject_document null.")
g.note("The author's citation phrases 'Căn cứ theo khoản 8 Điều 1 Nghị định 70/2025/NĐ/CP ...' and 'Căn cứ Điều 7 Nghị định 123/2020/NĐ-CP ...' give references but no legal_basis. They do state a fact between two documents: Nghị định 70/2025 'đã sửa đổi tên Điều 11' / 'sửa đổi, bổ sung khoản ... Điều 11 Nghị định 123/2020/NĐ-CP' -> one amends 70/2025/NĐ-CP -> 123/2020/NĐ-CP (evidence the first statement). Pinpoints 'khoản 8 Điều 1', 'Điều 7' are outside the surfaces.")
g.note("'Nghị định 70/2025/NĐ/CP' (5 times, a slash typo for NĐ-CP): number kept as written, '70/2025/NĐ/CP' (ANNOTATION.md: number as written; it is not a short form); the relation uses the official number '70/2025/NĐ-CP', which the text states six times. 'Nghị định 70' (lead and closing line, twice) is a short form resolved to 70/2025/NĐ-CP.")
g.note("Headline '# ...', its two bold repeats and the image caption '(Hình ảnh Internet)' each hold a reference (repetitions count). 'Luật Quản lý thuế 2019': named law with a customary year written without 'năm'; year in the surface, date null. 'pháp luật về kế toán', 'pháp luật về giao dịch điện tử' are generic.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
