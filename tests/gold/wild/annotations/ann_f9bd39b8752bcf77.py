# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text f9bd39b8752bcf77.md (Q&A page on Nghị định 311/2025/NĐ-CP amending 71/2020/NĐ-CP).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "f9bd39b8752bcf77"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text
CP = "Chính phủ"
N311, N71 = "311/2025/NĐ-CP", "71/2020/NĐ-CP"

# short form "Nghị định 311" (headings, title lines, caption): full number stated in the same text
SHORT = "Nghị định 311"
pos = [p for p in g.find(SHORT, occ="all") if T[p + len(SHORT)] != "/"]
assert len(pos) == 6, pos
for p in pos:
    g.ref(SHORT, "Nghị định", N311, after=p, occ=0)
FULL = "Nghị định 311/2025/NĐ-CP"
assert len(g.find(FULL, occ="all")) == 6
g.ref(FULL, "Nghị định", N311, occ="all")
ND71 = "Nghị định 71/2020/NĐ-CP ngày 30 tháng 6 năm 2020 của Chính phủ"
g.ref(ND71, "Nghị định", N71, issuer=CP)
p71 = [p for p in g.find("Nghị định 71/2020/NĐ-CP", occ="all") if not T.startswith(ND71, p)]
assert len(p71) == 8, p71
for p in p71:
    g.ref("Nghị định 71/2020/NĐ-CP", "Nghị định", N71, after=p, occ=0)
LNS = "Luật Ngân sách nhà nước 2025"
assert len(g.find(LNS, occ="all")) == 2
g.ref(LNS, "Luật", date=None, occ="all")

g.rel(N311, N71, "amends", "Nghị định 311/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 71/2020/NĐ-CP")

g.note("Q&A page (question headings, 'Quý khách cần hỏi thêm ...'): kind other, subject_document null, although it is about one decree (it is not that decree's page).")
g.note("'Nghị định 311' (six times: page title, bold headings, the list of questions, the closing line, the image caption) is a short form of 'Nghị định 311/2025/NĐ-CP' stated in the same text: number 311/2025/NĐ-CP. 'Ngày 5/12/2025, Chính phủ ban hành Nghị định 311/2025/NĐ-CP': the date and issuer precede the mention, so date and issuer are null.")
g.note("311/2025/NĐ-CP amends 71/2020/NĐ-CP (stated in the lead and again in the three 'Căn cứ khoản N Điều 1 Nghị định 311/2025/NĐ-CP sửa đổi, bổ sung Điều M Nghị định 71/2020/NĐ-CP' lines; one relation). Those 'Căn cứ ...' lines are the author's citations: no legal_basis.")
g.note("'Luật Ngân sách nhà nước 2025' (twice, inside the quoted article): customary year without 'năm' kept in the surface, date null. Not references: 'Kế hoạch 5 năm theo lộ trình 2026 - 2030' and 'Kế hoạch hằng năm thực hiện lộ trình ...' (categories of plans the quoted article requires, with defined short form 'kế hoạch thực hiện hằng năm'), 'Mẫu số 1/2 ban hành kèm theo ...' (forms), 'quy chế tuyển sinh do Bộ Giáo dục và Đào tạo ban hành' and 'các văn bản pháp luật có liên quan' (generic).")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), len(g.rels))
