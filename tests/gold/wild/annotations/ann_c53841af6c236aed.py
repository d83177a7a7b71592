# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text c53841af6c236aed.md (ThuVienPhapLuat page of Nghị quyết 20/2025/NQ-HĐND of the
HĐND tỉnh Vĩnh Long, học phí năm học 2025 - 2026; Markdown).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
Re-running this script rewrites wild/dev/c53841af6c236aed.gold.json.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "c53841af6c236aed"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "20/2025/NQ-HĐND"
CP = "Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# ---- own number: metadata row "Số hiệu: | 20/2025/NQ-HĐND" and header "Số: 20/2025/NQ-HĐND" (bare) ----
g.ref(S, "Nghị quyết", S, after="**Số hiệu:**", occ=0)
g.ref(S, "Nghị quyết", S, after="Số: ", occ=0)
assert T.find("Số: " + S) > 0

# ---- Căn cứ ----------------------------------------------------------------------------------
g.ref("Luật Tổ chức\nchính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15")
g.ref("Luật Ban\nhành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật", "64/2025/QH15")
AM = "Luật sửa đổi, bổ sung một số điều của Luật\nBan hành văn bản quy phạm pháp luật"
g.ref(AM + " số 87/2025/QH15", "Luật", "87/2025/QH15")
g.ref("Luật\nBan hành văn bản quy phạm pháp luật", "Luật", after="bổ sung một số điều của ", occ=0)   # inside the amending law
g.ref("Luật Ngân\nsách nhà nước số 83/2015/QH13", "Luật", "83/2015/QH13")
g.ref("Luật Giáo dục\nsố 43/2019/QH14", "Luật", "43/2019/QH14")
g.ref("Nghị định số 238/2025/NĐ-CP\nngày 03 tháng 9 năm 2025 của Chính phủ", "Nghị định", "238/2025/NĐ-CP", issuer=CP)
# "Xét Tờ trình số 471/TTr-UBND ... của Ủy ban nhân dân tỉnh": reference, no relation
g.ref("Tờ trình số 471/TTr-UBND ngày 12 tháng 11\nnăm 2025 của Ủy ban nhân dân tỉnh", "Tờ trình", "471/TTr-UBND",
      issuer="Ủy ban nhân dân tỉnh")

# ---- Điều 1 khoản 1 b) ------------------------------------------------------------------------
g.ref("Nghị định số 238/2025/NĐ-CP ngày 03 tháng 9 năm 2025 của\nChính phủ", "Nghị định", "238/2025/NĐ-CP", issuer=CP)

# ---- Điều 3 khoản 5 "Nghị quyết này bãi bỏ các Nghị quyết:" a) b) c) ----------------------------
g.ref("Nghị quyết số 11/2024/NQ-HĐND\nngày 29 tháng 6 năm 2024 của Hội đồng nhân dân tỉnh Trà Vinh", "Nghị quyết",
      "11/2024/NQ-HĐND", issuer="Hội đồng nhân dân tỉnh Trà Vinh")
g.ref("Nghị quyết số 15/2024/NQ-HĐND\nngày 12 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh Bến Tre", "Nghị quyết",
      "15/2024/NQ-HĐND", issuer="Hội đồng nhân dân tỉnh Bến Tre")
g.ref("Nghị quyết số 10/2024/NQ-HĐND\nngày 10 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh Vĩnh Long", "Nghị quyết",
      "10/2024/NQ-HĐND", issuer="Hội đồng nhân dân tỉnh Vĩnh Long")

# ---- page footer title lines (own document) ---------------------------------------------------
g.ref("Nghị quyết 20/2025/NQ-HĐND", "Nghị quyết", S, after="** **\n", occ=0)
assert T.find("** **\nNghị quyết 20/2025/NQ-HĐND quy định") > 0
g.ref("Nghị quyết 20/2025/NQ-HĐND ngày 18/11/2025", "Nghị quyết", S)

# ---- site boilerplate (personal-data notice) ---------------------------------------------------
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
assert len(g.refs) == 18, len(g.refs)

# ---- relations --------------------------------------------------------------------------------
g.rel(S, "72/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức\nchính quyền địa phương số 72/2025/QH15")
g.rel(S, "64/2025/QH15", "legal_basis", "Căn cứ Luật Ban\nhành văn bản quy phạm pháp luật số 64/2025/QH15")
g.rel(S, "87/2025/QH15", "legal_basis", "Căn cứ " + AM + " số 87/2025/QH15")
g.rel("87/2025/QH15", "64/2025/QH15", "amends", AM)
g.rel(S, "83/2015/QH13", "legal_basis", "Căn cứ Luật Ngân\nsách nhà nước số 83/2015/QH13")
g.rel(S, "43/2019/QH14", "legal_basis", "Căn cứ Luật Giáo dục\nsố 43/2019/QH14")
g.rel(S, "238/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 238/2025/NĐ-CP")
for num in ["11/2024/NQ-HĐND", "15/2024/NQ-HĐND", "10/2024/NQ-HĐND"]:
    g.rel(S, num, "repeals", "Nghị quyết này bãi bỏ các Nghị quyết:")
assert len(g.rels) == 10

# ---- notes ------------------------------------------------------------------------------------
g.note("ThuVienPhapLuat page carrying the resolution itself: kind legal, subject 20/2025/NQ-HĐND (HĐND tỉnh Vĩnh Long). Own number as bare references in the metadata row 'Số hiệu: | 20/2025/NQ-HĐND' and the header 'Số: 20/2025/NQ-HĐND' (issuer_inferred Hội đồng nhân dân from HĐND), and in the two footer title lines 'Nghị quyết 20/2025/NQ-HĐND quy định ...' and 'Nghị quyết 20/2025/NQ-HĐND ngày 18/11/2025 quy định ...' (surface stops before the title). 'Loại văn bản: | Nghị quyết', the heading 'NGHỊ QUYẾT / QUY ĐỊNH MỨC HỌC PHÍ ...', 'dự thảo Nghị quyết quy định ...' in the Xét line and the enactment line 'Hội đồng nhân dân ban hành Nghị quyết quy định ...' name the own document without number: not references; 'Nghị quyết này', bare 'Nghị quyết' (Điều 1 khoản 2 c, Điều 3) and 'Điều này' are pointers.")
g.note("Căn cứ: legal_basis to the six documents listed, including the amending law on its own Căn cứ line 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15' (the number after the name belongs to the amending law: one reference 87/2025/QH15, plus the overlapping numberless 'Luật\\nBan hành văn bản quy phạm pháp luật', number null per README decision 7). Its amends relation ends at 64/2025/QH15, the number the previous Căn cứ line states for the same law (the ruling on relation ends of a numberless law whose number the text states; as blind 592501a25aaf5012). No guides: 238/2025/NĐ-CP 'quy định về chính sách học phí ...' names no law it details.")
g.note("'Xét Tờ trình số 471/TTr-UBND ngày 12 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh': reference (issuer as written), no relation; the resolution named in its title ('dự thảo Nghị quyết quy định ...') is the own draft, not a reference; 'Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh' has no number: not a reference (ANNOTATION.md).")
g.note("Điều 1 khoản 1 b) 'Các nội dung khác không quy định tại Nghị quyết này được thực hiện theo quy định tại Nghị định số 238/2025/NĐ-CP ...': reference, no relation (a pointer to where the other rules are; no thực hiện/hướng dẫn of the decree by the resolution is stated, as dev 40de74e605854414 for its 'thực hiện theo quy định tại ...').")
g.note("Điều 3 khoản 5 'Nghị quyết này bãi bỏ các Nghị quyết: a) ... b) ... c) ...': one repeals per item, evidence = the heading (README decision 9). The repealed resolutions of the former provinces Trà Vinh and Bến Tre (merged into Vĩnh Long) and of Vĩnh Long keep the issuer as written ('Hội đồng nhân dân tỉnh Trà Vinh' ...); titles 'quy định mức thu học phí ...' are outside the surfaces. The repeal is not read as 'replaces' (the text says only bãi bỏ).")
g.note("Site boilerplate: 'Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân' and 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' are references without relation (ruling: site boilerplate counts; the site, not a document, acts). Not references: the English copyright sentence ('the Law on Intellectual Property'), 'VB này' / 'VB khác' in the site's banner, 'Thông báo này' and 'THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng' (the site's own notice), 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân', 'chương trình giáo dục phổ thông' / 'chương trình giáo dục thường xuyên' (curricula, not documents), 'pháp luật về phân cấp quản lý ngân sách' (generic).")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
print("wrote", H, len(g.refs), "refs", len(g.rels), "rels")
