# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text f08ec790b7b2c9c5.md (Quyết định 2914/QĐ-UBND, Chủ tịch UBND tỉnh Hà Tĩnh).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "f08ec790b7b2c9c5"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "2914/QĐ-UBND"
CP = "Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# header "Số: 2914/QĐ-UBND" (bare own number)
g.ref(S, "Quyết định", S)
# Căn cứ lines
LCQ = "Luật Tổ chức chính quyền địa phương"
LGD = "Luật Giao dịch điện tử"
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16/6/2025", "Luật")
g.ref("Luật Giao dịch điện\ntử ngày 22/6/2023", "Luật")
g.ref("Nghị định số\n45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ", "Nghị định", "45/2020/NĐ-CP", issuer=CP)
g.ref("Nghị định số\n118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
# the number is written with Cyrillic 'С' 'Р' (U+0421, U+0420) for CP: number normalised to Latin
NQ66 = "Nghị quyết số\n66/NQ-\u0421\u0420 ngày 26/3/2025 của Chính phủ"
assert NQ66 in T
g.ref(NQ66, "Nghị quyết", "66/NQ-CP", issuer=CP)
TT03 = "Thông tư số\n03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
g.ref(TT03, "Thông tư", "03/2025/TT-VPCP", issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
g.ref("Nghị định số 118/2025/NĐ-CP ngày\n09/6/2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)   # in 03/2025's title
# "Theo đề nghị của Giám đốc Sở ... tại Văn bản số 3002/SVHTTDL-VP ngày 13/11/2025."
g.ref("Văn bản số 3002/SVHTTDL-VP ngày 13/11/2025", "Công văn", "3002/SVHTTDL-VP")
# annex heading "(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2025 của Chủ tịch UBND tỉnh)": blank template
g.ref("Quyết định số /QĐ-UBND ngày tháng năm 2025 của Chủ tịch UBND tỉnh", "Quyết định", None,
      issuer="Chủ tịch UBND tỉnh", date=None)

# relations
g.rel(S, LCQ, "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, LGD, "legal_basis", "Căn cứ Luật Giao dịch điện\ntử")
g.rel(S, "45/2020/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n45/2020/NĐ-CP")
g.rel(S, "118/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n118/2025/NĐ-CP")
g.rel(S, "66/NQ-CP", "legal_basis", "Căn cứ Nghị quyết số\n66/NQ-\u0421\u0420")
g.rel(S, "03/2025/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n03/2025/TT-VPCP")
g.rel("03/2025/TT-VPCP", "118/2025/NĐ-CP", "guides",
      "Thông tư số\n03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ\nhướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP")

g.note("Markdown legal text (table layout with '|' lines). 'Số: 2914/QĐ-UBND': bare own number; issuer_inferred from the UBND suffix (the decision is signed for the Chủ tịch UBND tỉnh). The own title 'QUYẾT ĐỊNH / BAN HÀNH DANH MỤC ...' has no number: not a reference.")
g.note("'Nghị quyết số 66/NQ-СР': the suffix is written with Cyrillic ES and ER (U+0421 U+0420), visually 'CP'. Surface and evidence keep the characters as in the file; number normalised to Latin '66/NQ-CP' (the document's identity; a homoglyph is not a different number, unlike a misprint). A second annotator might keep the Cyrillic number.")
g.note("Căn cứ: legal_basis to each of the six documents listed directly after Căn cứ (two numberless laws with dates, relation names without the date, line breaks collapsed). 'Nghị định số 118/2025/NĐ-CP ...' repeated inside the title of 03/2025/TT-VPCP is a second reference and gives 'guides' (hướng dẫn thi hành), not a legal_basis. 'Chương trình cắt giảm, đơn giản hóa thủ tục hành chính ...' is inside 66/NQ-CP's title (unnumbered programme): not a reference.")
g.note("'Theo đề nghị của Giám đốc Sở ... tại Văn bản số 3002/SVHTTDL-VP ngày 13/11/2025': a numbered official letter, annotated like 'Tờ trình số' in 'Theo đề nghị ... tại Tờ trình ...' (reference, no relation). Its kind word 'Văn bản' is not in the type list: type 'Công văn' (an administrative letter); suffix code not in the inference list, issuer_inferred null.")
g.note("Annex heading '(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2025 của Chủ tịch UBND tỉnh)': the own decision with a blank template number and blank day/month -> reference with number null, date null; the blank date is kept in the surface so that the contiguous 'của Chủ tịch UBND tỉnh' is reached; no relation.")
g.note("Negative: 'Quyết định này', 'Điều 4', 'căn cứ nội dung Quyết định' are pointers/anaphora; 'quy định pháp luật', 'các quy định về TTHC' are generic; the TTHC codes in the annex table (2.001611 ...) are procedure codes, not documents.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
