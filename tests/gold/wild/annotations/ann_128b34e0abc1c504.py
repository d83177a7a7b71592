# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 128b34e0abc1c504.md (Quyết định 3783/QĐ-UBND tỉnh Nghệ An, law-library page).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
Running this script rewrites tests/gold/wild/dev/128b34e0abc1c504.gold.json.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "128b34e0abc1c504"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "3783/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"

# ---- metadata row and header ------------------------------------------------------------
g.ref(S, "Quyết định", S, after="**Số hiệu:**")                       # "Số hiệu: | 3783/QĐ-UBND"
assert T.find(S) > T.find("**Số hiệu:**") and T.find(S) < T.find("**Loại văn bản:**")
g.ref("3783/QĐ-\nUBND", "Quyết định", S)                               # "Số: 3783/QĐ-\nUBND" (line break kept)

# ---- Căn cứ ---------------------------------------------------------------------------------
LTCCQDP = "Luật Tổ chức chính\nquyền địa phương"
LGDDT = "Luật Giao dịch điện\ntử"
g.ref(LTCCQDP + " ngày 16/6/2025", "Luật")
g.ref(LGDDT + " ngày 22/6/2023", "Luật")
g.ref("Nghị định số 45/2020/NĐ-CP\nngày 08/4/2020 của Chính phủ", "Nghị định", "45/2020/NĐ-CP", issuer=CP)
g.ref("Nghị định số 118/2025/NĐ-CP\nngày 09/6/2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số 03/2025/TT-VPCP\nngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư", "03/2025/TT-VPCP",
      issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
# inside the circular's title ("hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ...")
g.ref("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
# "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 784/TTr-SNV ngày 19/11/2025."
g.ref("Tờ trình số 784/TTr-SNV ngày 19/11/2025", "Tờ trình", "784/TTr-SNV", issuer_inferred=None)

# ---- Danh mục caption: the own decision with its number left blank -------------------------
g.ref("Quyết định số\nQĐ/UBND ngày /11/2025 của Chủ tịch Uỷ\nban nhân dân tỉnh Nghệ An", "Quyết định", None,
      date=None, issuer="Chủ tịch Uỷ ban nhân dân tỉnh Nghệ An")

# ---- site footer title lines and the data-protection notice ---------------------------------
g.ref("Quyết định 3783/QĐ-UBND năm 2025", "Quyết định", S)
g.ref("Quyết định 3783/QĐ-UBND ngày 20/11/2025", "Quyết định", S)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# ---- relations -----------------------------------------------------------------------------
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ " + LTCCQDP)
g.rel(S, "Luật Giao dịch điện tử", "legal_basis", "Căn cứ " + LGDDT)
g.rel(S, "45/2020/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 45/2020/NĐ-CP")
g.rel(S, "118/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 118/2025/NĐ-CP")
g.rel(S, "03/2025/TT-VPCP", "legal_basis", "Căn cứ Thông tư số 03/2025/TT-VPCP")
g.rel("03/2025/TT-VPCP", "118/2025/NĐ-CP", "guides",
      "Thông tư số 03/2025/TT-VPCP\nngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành\nmột số nội dung của Nghị định số 118/2025/NĐ-CP")

# ---- notes ---------------------------------------------------------------------------------
g.note("Law-library (THƯ VIỆN PHÁP LUẬT) page carrying the text of Quyết định 3783/QĐ-UBND of the Chủ tịch UBND tỉnh Nghệ An: kind legal. References: the metadata row 'Số hiệu: | 3783/QĐ-UBND' (bare) and the header 'Số: 3783/QĐ-\\nUBND' (bare, the hard line break inside the number kept in the surface; number 3783/QĐ-UBND); issuer_inferred Ủy ban nhân dân from UBND. 'Loại văn bản: Quyết định' (kind word without number) and the own title 'QUYẾT ĐỊNH / BAN HÀNH DANH MỤC ...' are not references.")
g.note("Căn cứ: legal_basis to the two numberless laws with date ('Luật Tổ chức chính quyền địa phương ngày 16/6/2025', 'Luật Giao dịch điện tử ngày 22/6/2023'; line breaks inside the names kept in surfaces, collapsed in relation names), to 45/2020/NĐ-CP, 118/2025/NĐ-CP and 03/2025/TT-VPCP. The decree 118/2025/NĐ-CP named inside the circular's title is a second reference and gets no legal_basis from the subject (ANNOTATION.md: not to documents inside titles); the circular guides it ('hướng dẫn thi hành một số nội dung của ...'). Issuer 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ' as written.")
g.note("'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 784/TTr-SNV ngày 19/11/2025': reference of type Tờ trình, no relation (ANNOTATION.md); issuer_inferred null (SNV is a provincial department code, ruling).")
g.note("Danh mục caption '(Kèm theo Quyết định số\\nQĐ/UBND ngày /11/2025 của Chủ tịch Uỷ\\nban nhân dân tỉnh Nghệ An)': the own decision with its number and day left blank. Blank template number -> number null (ANNOTATION.md); the written code, the day-less date and the issuer follow contiguously and are kept in the surface; date null (no full date); issuer as written with the old tone mark 'Uỷ'. Not resolved to 3783/QĐ-UBND because no number is written.")
g.note("Site boilerplate (ruling): the footer title lines 'Quyết định 3783/QĐ-UBND năm 2025 về ...' (year phrase in the surface, date null) and 'Quyết định 3783/QĐ-UBND ngày 20/11/2025 về ...' (titles outside), and 'Nghị định 13/2023/NĐ-CP' twice in the data-protection notice are references without relation ('Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the website acting, not a document). The site's 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân' and 'Thông báo này' are not legal documents / pointers. The page's English copyright lines are not annotated (Vietnamese kind words only). The 'Văn bản liên quan' block lists dates only (no document names): nothing to annotate.")
g.note("Not references: 'Quyết định này', 'nội dung Quyết định' (pointers), 'Danh mục 55 thủ tục hành chính ... (Chi tiết tại Danh mục kèm theo)' (the decision's own annex), names of procedures and awards in the table ('Bằng khen của Thủ tướng Chính phủ' ...).")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
