# ruff: noqa  (annotation data: long literal lines by design)
"""Second-annotator gold for the wild text 1021721b3af73a5e.md (Q&A article on Nghị định 70/2025/NĐ-CP, e-invoices)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "1021721b3af73a5e"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text
N70 = "70/2025/NĐ-CP"
N70_TYPO = "70/2025/NĐ/CP"
N123 = "123/2020/NĐ-CP"

# full-number mentions "Nghị định 70/2025/NĐ-CP": title, bold repeats, lead, closing line, caption
hits = g.find("Nghị định 70/2025/NĐ-CP", occ="all")
assert len(hits) == 6, hits
g.ref("Nghị định 70/2025/NĐ-CP", "Nghị định", N70, occ="all")
# short form "Nghị định 70" (lead and closing line): full number stated in the same text
short = [m.start() for m in re.finditer(r"Nghị định 70(?![/\d])", T)]
assert len(short) == 2, short
for st in short:
    g.ref("Nghị định 70", "Nghị định", N70, after=st, occ=0)
# "Căn cứ theo khoản 8 Điều 1 Nghị định 70/2025/NĐ/CP ... Nghị định 123/2020/NĐ-CP" (five sections)
typo = g.find("Nghị định 70/2025/NĐ/CP", occ="all")
assert len(typo) == 5, typo
g.ref("Nghị định 70/2025/NĐ/CP", "Nghị định", N70_TYPO, occ="all")
h123 = g.find("Nghị định 123/2020/NĐ-CP", occ="all")
assert len(h123) == 7, h123          # 5 after the 70 mentions, Điều 7 line, last paragraph
g.ref("Nghị định 123/2020/NĐ-CP", "Nghị định", N123, occ="all")
g.ref("Luật Quản lý thuế 2019", "Luật")

g.rel(N70, N123, "amends", "Nghị định 70/2025/NĐ/CP đã sửa đổi tên Điều 11 Nghị định 123/2020/NĐ-CP")

g.note("Q&A/explainer page of a legal information site: kind other, subject_document null (it is about two decrees, not one document's page).")
g.note("'Căn cứ theo khoản 8 Điều 1 Nghị định 70/2025/NĐ/CP ...' and 'Căn cứ Điều 7 Nghị định 123/2020/NĐ-CP ...' are the author's citation phrases: references, no legal_basis. The amendment itself is stated as a fact ('Nghị định 70/2025/NĐ/CP đã sửa đổi tên Điều 11 Nghị định 123/2020/NĐ-CP', and 'sửa đổi, bổ sung khoản 1/2/3 ... Điều 11 Nghị định 123/2020/NĐ-CP' four times): one amends 70/2025/NĐ-CP -> 123/2020/NĐ-CP.")
g.note("The five mentions written '70/2025/NĐ/CP' (slash for hyphen) keep the number as written (like misprints in heldout 105); issuer_inferred Chính phủ from the CP suffix. The relation uses the correct form 70/2025/NĐ-CP, which the text also writes (as decision 11 uses the body's spelling).")
g.note("Short form 'Nghị định 70' (twice) gets the full number 70/2025/NĐ-CP stated in the same text. Headline/bold repeats of the title and the image caption are separate references. 'Luật Quản lý thuế 2019': year after the name without 'năm' is part of the customary name (heldout decision 11), number and date null.")
g.note("'theo quy định của pháp luật về thanh tra ...', 'pháp luật về kế toán, pháp luật về giao dịch điện tử' are generic: not references.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "second", H + ".gold.json"))
