# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 87f05366707fba6f.md (Q&A page: khu vực thực thi công vụ, dân chủ ở cơ sở).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "87f05366707fba6f"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

TT67 = "Thông tư 67/2019/TT-BCA"
TT46 = "Thông tư 46/2024/TT-BCA"
g.ref(TT67, "Thông tư", "67/2019/TT-BCA", occ="all")
g.ref(TT46, "Thông tư", "46/2024/TT-BCA", occ="all")
assert len(g.find(TT67, occ="all")) == 3 and len(g.find(TT46, occ="all")) == 3
DC22 = "Luật Thực hiện dân chủ ở cơ sở 2022"
g.ref(DC22, "Luật", occ="all")
assert len(g.find(DC22, occ="all")) == 2
AM = "Luật sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở 2025"
g.ref(AM, "Luật")
a = T.find(AM)
INNER = ["Luật Mặt trận Tổ quốc Việt Nam", "Luật Công đoàn", "Luật Thanh niên", "Luật Thực hiện dân chủ ở cơ sở"]
for name in INNER:
    g.ref(name, "Luật", after=a, occ=0)
    assert T.find(name, a) < a + len(AM)

g.rel("46/2024/TT-BCA", "67/2019/TT-BCA", "amends", "Thông tư 67/2019/TT-BCA được sửa đổi bởi điểm a khoản 1 Điều 1 Thông tư 46/2024/TT-BCA")
for name in INNER:
    p = T.find(name, a)
    g.rel(AM, name, "amends", T[a:p + len(name)])

g.note("Q&A page: kind other, subject_document null. The author's 'Căn cứ theo khoản 2 Điều 4 Thông tư 67/2019/TT-BCA ...', 'Căn cứ theo Điều 3 Luật ...' are citations: references, no legal_basis.")
g.note("'Thông tư 67/2019/TT-BCA được sửa đổi bởi điểm a khoản 1 Điều 1 / khoản 6 Điều 1 Thông tư 46/2024/TT-BCA' (three times): every mention is a reference; 46/2024/TT-BCA amends 67/2019/TT-BCA (one relation). issuer_inferred Bộ Công an from BCA.")
g.note("'Luật Thực hiện dân chủ ở cơ sở 2022': year written after the name without 'năm' is part of the customary name (heldout decision 11): in the surface, date null.")
g.note("'Luật sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở 2025': one numberless amending law whose customary year 2025 belongs to it (in the surface and relation name), plus overlapping numberless references for the four laws named inside (the last one without '2025'); the amending law amends each (4 relations, to-end = the inner name, e.g. 'Luật Thực hiện dân chủ ở cơ sở' rather than '... 2022').")
g.note("Not references: 'Thông tư này' (pointer inside the quoted article), 'Hiến pháp' in the quoted idiom 'trong khuôn khổ Hiến pháp và pháp luật' (generic, no name), 'các quy định pháp luật khác có liên quan', 'pháp luật về thực hiện dân chủ ở cơ sở'.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
