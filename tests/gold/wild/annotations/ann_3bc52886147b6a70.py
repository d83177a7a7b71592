# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 3bc52886147b6a70.md (Quyết định 36/2025/QĐ-UBND, Ủy ban nhân dân tỉnh Quảng Trị).

Annotated blind: every mention decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "3bc52886147b6a70"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
SUBJ = "36/2025/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=SUBJ, source=H + ".md")
T = g.text
CP = "Chính phủ"

# ---- header "Số:\n36/2025/QĐ-UBND" (bare own number) ------------------------------------------
g.ref(SUBJ, "Quyết định", SUBJ, occ=0)
# ---- Căn cứ ---------------------------------------------------------------------------------
g.ref("Luật Tổ chức chính quyền địa phương số\n72/2025/QH15", "Luật", "72/2025/QH15")
g.ref("Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15", "Luật", "64/2025/QH15")
g.ref("Luật số 87/2025/QH15", "Luật", "87/2025/QH15")
g.ref("Luật Điện lực số 61/2024/QH15", "Luật", "61/2024/QH15", occ=0)          # Căn cứ line
g.ref("Nghị định số 62/2025/NĐ-CP của Chính phủ", "Nghị định", "62/2025/NĐ-CP", issuer=CP)
g.ref("Luật Điện lực", "Luật", after="Nghị định số 62/2025/NĐ-CP của Chính phủ\nquy định chi tiết thi hành ")   # 62's title
g.ref("Thông tư số 02/2025/TT-BCT của Bộ trưởng\nBộ Công Thương", "Thông tư", "02/2025/TT-BCT", issuer="Bộ trưởng Bộ Công Thương")
g.ref("Thông tư số 41/2025/TT-BCT của Bộ trưởng\nBộ Công Thương", "Thông tư", "41/2025/TT-BCT", issuer="Bộ trưởng Bộ Công Thương")
g.ref("Thông tư số 01/2025/TT-BKHCN của Bộ trưởng\nBộ Khoa học và Công nghệ", "Thông tư", "01/2025/TT-BKHCN", issuer="Bộ trưởng Bộ Khoa học và Công nghệ")
g.ref("Tờ\ntrình số 104/TTr-SCT ngày 03 tháng 11 năm 2025", "Tờ trình", "104/TTr-SCT", issuer_inferred=None)
# ---- the Quy định issued with the decision ---------------------------------------------------
g.ref("Quyết định số 36/2025/QĐ-UBND", "Quyết định", SUBJ)                      # "(Ban hành kèm theo ...)"
g.ref("Luật Điện lực\nsố 61/2024/QH15", "Luật", "61/2024/QH15")                  # Điều 1 of the Quy định
g.ref("Nghị định số 62/2025/NĐ-CP", "Nghị định", "62/2025/NĐ-CP", after="Điều 51 ")
g.ref("Luật Điện lực", "Luật", after="Điều 51 Nghị định số 62/2025/NĐ-CP quy định\nchi tiết thi hành ")   # 62's title again
g.ref("Luật Điện lực số 61/2024/QH15", "Luật", "61/2024/QH15", occ=1)          # Điều 3 khoản 1
assert len(g.find("Luật Điện lực số 61/2024/QH15", occ="all")) == 2
assert len(g.refs) == 16

# ---- relations ------------------------------------------------------------------------------
g.rel(SUBJ, "72/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức chính quyền địa phương số\n72/2025/QH15")
g.rel(SUBJ, "64/2025/QH15", "legal_basis", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15")
g.rel("87/2025/QH15", "64/2025/QH15", "amends", "Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15")
g.rel(SUBJ, "61/2024/QH15", "legal_basis", "Căn cứ Luật Điện lực số 61/2024/QH15")
g.rel(SUBJ, "62/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 62/2025/NĐ-CP")
g.rel("62/2025/NĐ-CP", "61/2024/QH15", "guides", "Nghị định số 62/2025/NĐ-CP của Chính phủ\nquy định chi tiết thi hành Luật Điện lực")
g.rel(SUBJ, "02/2025/TT-BCT", "legal_basis", "Căn cứ Thông tư số 02/2025/TT-BCT")
g.rel(SUBJ, "41/2025/TT-BCT", "legal_basis", "Căn cứ Thông tư số 41/2025/TT-BCT")
g.rel(SUBJ, "01/2025/TT-BKHCN", "legal_basis", "Căn cứ Thông tư số 01/2025/TT-BKHCN")

# ---- notes ----------------------------------------------------------------------------------
g.note("Provincial decision issuing a Quy định. 'Số:\\n36/2025/QĐ-UBND' is the bare own number (issuer_inferred Ủy ban nhân dân from UBND); '(Ban hành kèm theo Quyết định số 36/2025/QĐ-UBND)' under the Quy định's heading is an own mention with kind word and number: reference, no relation. The Quy định issued with the decision is part of it (ANNOTATION.md), so 'Quy định về quản lý an toàn ...' (Điều 1, enactment line, heading) is not a separate reference, and 'Quy định này' / 'Quyết định này' are pointers.")
g.note("Căn cứ: legal_basis to the head document of each line (72/2025/QH15, 64/2025/QH15, 61/2024/QH15, 62/2025/NĐ-CP, 02/2025/TT-BCT, 41/2025/TT-BCT, 01/2025/TT-BKHCN); 'được sửa đổi, bổ sung bởi Luật số 87/2025/QH15' gives 87/2025 amends 64/2025 and no legal_basis to 87/2025 (README decision 4). 'Theo đề nghị ... tại Tờ trình số 104/TTr-SCT ngày 03 tháng 11 năm 2025': reference (SCT is a provincial department code -> issuer_inferred null), no relation. The enactment line 'Ủy ban nhân dân tỉnh ban hành Quyết định ban hành Quy định ...' (own document, no number) is not a reference.")
g.note("'Luật Điện lực' inside the title of Nghị định 62/2025/NĐ-CP ('quy định chi tiết thi hành Luật Điện lực ...', in the Căn cứ line and again in Điều 1 of the Quy định): numberless references (number null, README decision 7); the text states the law's number (61/2024/QH15) elsewhere, so per the set's ruling the guides relation from 62/2025/NĐ-CP ends at 61/2024/QH15 (one relation for both statements).")
g.note("Điều 1 of the Quy định 'quy định về ... theo quy định tại khoản 8 Điều 69 Luật Điện lực số 61/2024/QH15 và điểm b khoản 5 Điều 51 Nghị định số 62/2025/NĐ-CP' and Điều 3 'phải tuân thủ Luật Điện lực số 61/2024/QH15': references (article pointers outside the surfaces), no further relation (the delegating provisions are already the Căn cứ; 'theo quy định tại' is not 'quy định chi tiết/hướng dẫn').")
g.note("Not references: 'Quy chuẩn kỹ thuật quốc gia về an toàn điện' / '... về thiết bị điện dùng cho lắp đặt điện trong gia đình ...' (technical regulations named in the titles of 41/2025/TT-BCT and 01/2025/TT-BKHCN and in Điều 3), 'Quy phạm trang bị điện' (technical code), 'các quy định của pháp luật có liên quan' (generic).")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
