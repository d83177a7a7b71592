# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 32caf6031c7b2184.md (Q&A page on the draft decree amending Nghị định 100/2024/NĐ-CP)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "32caf6031c7b2184"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
N100 = "100/2024/NĐ-CP"
CP = "Chính phủ"
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

# headline (x3), closing line and caption: "dự thảo Nghị định sửa đổi Nghị định 100/2024"
SHORT = "Nghị định sửa đổi Nghị định 100/2024"
hits = g.find(SHORT, occ="all")
assert len(hits) == 5 and all(T.startswith(" ra sao?", h + len(SHORT)) for h in hits)
for h in hits:
    g.ref(SHORT, "Nghị định", after=h, occ=0)                                   # the draft, short name
    g.ref("Nghị định 100/2024", "Nghị định", N100, after=h + len("Nghị định sửa đổi "), occ=0)
# body
DRAFT = "Nghị định Sửa đổi, bổ sung một số điều của Nghị định 100/2024/NĐ-CP"
assert len(g.find(DRAFT, occ="all")) == 2
g.ref(DRAFT, "Nghị định", occ="all")                                            # the draft, full name (lines 7, 9)
for h in g.find(DRAFT, occ="all"):
    g.ref("Nghị định 100/2024/NĐ-CP", "Nghị định", N100, after=h + len("Nghị định Sửa đổi, bổ sung một số điều của "), occ=0)
g.ref("Luật nhà ở", "Luật", occ=0)                                               # in 100/2024's title (line 7)
g.ref("Nghị định 100/2024/NĐ-CP", "Nghị định", N100, after="sửa đổi, bổ sung khoản 4 Điều 48 ", occ=0)
g.ref("Nghị định số 100/2024/NĐ-CP ngày 26 tháng 7 năm 2024 của Chính phủ", "Nghị định", N100, issuer=CP)
g.ref("Luật nhà ở", "Luật", occ=1)                                               # in 100/2024's title (line 11)
g.ref("Nghị định 100/2024/NĐ-CP", "Nghị định", N100, after="Theo quy định hiện hành tại khoản 4 Điều 48 ", occ=0)
g.ref("Công văn 5313/NHNN-CSTT năm 2025", "Công văn", "5313/NHNN-CSTT", issuer_inferred="Ngân hàng Nhà nước Việt Nam")
g.ref("Nghị quyết 33/NQ-CP năm 2023", "Nghị quyết", "33/NQ-CP")
LNO = "Luật Nhà ở 2023"
assert len(g.find(LNO, occ="all")) == 5
g.ref(LNO, "Luật", occ="all")
g.ref("Pháp lệnh Ưu đãi người có công với cách mạng", "Pháp lệnh")

g.rel(DRAFT, N100, "amends", "dự thảo Nghị định Sửa đổi, bổ sung một số điều của Nghị định 100/2024/NĐ-CP sửa đổi, bổ sung khoản 4 Điều 48 Nghị định 100/2024/NĐ-CP")
g.rel(N100, "Luật nhà ở", "guides", "Nghị định 100/2024/NĐ-CP quy định chi tiết một số điều của Luật nhà ở")

g.note("Q&A/explainer page about several documents (headline question, author's 'Căn cứ theo Điều 76 Luật Nhà ở 2023', closing 'Quý khách cần hỏi thêm ...'): kind other, subject_document null. The author's 'Căn cứ theo Điều ... Luật Nhà ở 2023' citations give no legal_basis.")
g.note("Short form 'Nghị định 100/2024' (headline x3, closing line, caption) gets the full number 100/2024/NĐ-CP, which the text states for the same decree. 'Luật Nhà ở 2023' (5 times): year written after the name without 'năm' is part of the customary name (held-out decision 11), date null.")
g.note("The draft decree is a specifically named planned document: 'Nghị định Sửa đổi, bổ sung một số điều của Nghị định 100/2024/NĐ-CP' (lines 7 and 9, after 'dự thảo') and its short form 'Nghị định sửa đổi Nghị định 100/2024' (headline, closing line, caption) are numberless references, surface running to the end of the embedded mention, which is annotated too (overlap). Unlike the unnamed 'dự thảo nghị định hướng dẫn ...' of the held-out set, it carries its formal title. It amends 100/2024/NĐ-CP (the text quotes its 'Sửa đổi, bổ sung khoản 4 Điều 48'): one amends relation from the full name; the headline/caption short form repeats it and gets no relation (headline mentions state nothing, dev notes). 'dự thảo Tờ trình' has no number or name: not a reference.")
g.note("'Nghị định 100/2024/NĐ-CP quy định chi tiết một số điều của Luật nhà ở ...' (line 7, and the quoted title on line 11): 'Luật nhà ở' is a numberless reference twice (lower-case 'nhà ở' as written, a different string from 'Luật Nhà ở 2023'); guides once. 'về phát triển và quản lý nhà ở xã hội' is the decree's title.")
g.note("'Công văn 5313/NHNN-CSTT năm 2025 ... theo Nghị quyết 33/NQ-CP năm 2023': references, no relation ('theo' names the credit programme the rates belong to, not an implementation statement); issuer stated before the mention ('Ngân hàng Nhà nước Việt Nam ban hành ...') is outside it, issuer_inferred set from the NHNN code. 'Pháp lệnh Ưu đãi người có công với cách mạng' is a named ordinance without number (reference, type Pháp lệnh). 'quy định của pháp luật về ...', 'quy hoạch ...', 'kế hoạch sử dụng đất' are generic.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
