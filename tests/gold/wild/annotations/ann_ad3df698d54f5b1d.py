# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text ad3df698d54f5b1d.md (ThuVienPhapLuat page of Quyết định 2890/QĐ-UBND of the
Chủ tịch UBND tỉnh Hà Tĩnh, publishing three abolished administrative procedures on bidding; Markdown).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
Re-running this script rewrites wild/blind/ad3df698d54f5b1d.gold.json.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "ad3df698d54f5b1d"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "2890/QĐ-UBND"
CP = "Chính phủ"
VP = "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
CT = "Chủ tịch UBND tỉnh"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# ---- own number: metadata row "Số hiệu: | 2890/QĐ-UBND" and header "Số: 2890/QĐ-UBND" (bare) ----
g.ref(S, "Quyết định", S, after="**Số hiệu:**", occ=0)
g.ref(S, "Quyết định", S, after="Số: ", occ=0)
assert T.find("Số: " + S) > 0

# ---- Căn cứ ----------------------------------------------------------------------------------
LTCCQ = "Luật Tổ chức chính quyền địa phương"
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16/6/2025", "Luật")
g.ref("Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Nghị định số\n118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số\n02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư",
      "02/2017/TT-VPCP", issuer=VP)
g.ref("Thông tư số\n03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư",
      "03/2025/TT-VPCP", issuer=VP)
g.ref("Nghị định số 118/2025/NĐ-CP ngày\n09/6/2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)  # in 03/2025's title
# "Theo đề nghị của Giám đốc Sở Tài chính tại Văn bản số 8140/STC-VP ...": reference, no relation
g.ref("Văn bản số 8140/STC-VP ngày 11/11/2025", "Công văn", "8140/STC-VP", issuer_inferred=None)

# ---- Điều 3: partial repeal of the annexes of 1037/QĐ-UBND and 1416/QĐ-UBND ------------------------
g.ref("Quyết định 1037/QĐ- UBND ngày 14/5/2025", "Quyết định", "1037/QĐ-UBND")
g.ref("Quyết định số\n1416/QĐ-UBND ngày 20/6/2025 của Chủ tịch UBND tỉnh", "Quyết định", "1416/QĐ-UBND", issuer=CT)

# ---- Danh mục caption (own decision) ------------------------------------------------------------
g.ref("Quyết định số: 2890/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh", "Quyết định", S, issuer=CT)

# ---- table, column "Tên văn bản đã công bố thủ tục hành chính" (row 1; rows 2, 3 "Như trên") ---------
g.ref("Quyết định số 1037/QĐ-UBND\nngày 14/5/2025 của Chủ tịch UBND tỉnh", "Quyết định", "1037/QĐ-UBND", issuer=CT)
g.ref("Quyết định số 1416/QĐ-UBND\nngày 20/6/2025 của Chủ tịch UBND tỉnh", "Quyết định", "1416/QĐ-UBND", issuer=CT)

# ---- page footer title lines (own document) ---------------------------------------------------
g.ref("Quyết định 2890/QĐ-UBND năm 2025", "Quyết định", S, date=None)
g.ref("Quyết định 2890/QĐ-UBND ngày 20/11/2025", "Quyết định", S)

# ---- site boilerplate (personal-data notice) ---------------------------------------------------
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
assert len(g.refs) == 19, len(g.refs)

# ---- relations --------------------------------------------------------------------------------
g.rel(S, LTCCQ, "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP")
i = T.find("Căn cứ Nghị định số\n63/2010/NĐ-CP")
j = T.find("Nghị định số 92/2017/NĐ-CP", i) + len("Nghị định số 92/2017/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis", T[i:j])
g.rel(S, "118/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n118/2025/NĐ-CP")
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n02/2017/TT-VPCP")
g.rel(S, "03/2025/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n03/2025/TT-VPCP")
g.rel("03/2025/TT-VPCP", "118/2025/NĐ-CP", "guides",
      "03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ\nhướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP")
g.rel(S, "1037/QĐ-UBND", "repeals", "bãi bỏ Danh mục TTHC có số thứ tự 2,3,4 Phần\nI ban hành kèm theo Quyết định 1037/QĐ- UBND")
i = T.find("bãi bỏ Danh mục TTHC có số thứ tự 2,3,4 Phần")
j = T.find("Quyết định số\n1416/QĐ-UBND", i) + len("Quyết định số\n1416/QĐ-UBND")
g.rel(S, "1416/QĐ-UBND", "repeals", T[i:j])
assert len(g.rels) == 9

# ---- notes ------------------------------------------------------------------------------------
g.note("ThuVienPhapLuat page carrying the text of Quyết định 2890/QĐ-UBND of the Chủ tịch UBND tỉnh Hà Tĩnh: kind legal. Own number as bare references in the metadata row 'Số hiệu: | 2890/QĐ-UBND' and the header 'Số: 2890/QĐ-UBND' (issuer_inferred Ủy ban nhân dân from UBND), with kind word in the Danh mục caption '(Kèm theo Quyết định số: 2890/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh)' (surface from the kind word, 'số:' with its colon inside, issuer as written, abbreviation not expanded), and in the two footer title lines ('Quyết định 2890/QĐ-UBND năm 2025' with the year phrase, date null; '... ngày 20/11/2025'); the titles 'công bố Danh mục ...' are outside. 'Loại văn bản: | Quyết định' and the heading 'QUYẾT ĐỊNH / CÔNG BỐ DANH MỤC ...' are not references; 'Quyết định này' (Điều 1-4) is a pointer.")
g.note("Căn cứ: legal_basis to each document listed directly: the numberless 'Luật Tổ chức chính quyền địa phương ngày 16/6/2025' (the text states no number for it: relation end = the name without the date, README decision 6), 63/2010/NĐ-CP and, after ';' in the same Căn cứ line, 92/2017/NĐ-CP (README decision 4; each has its own 'của Chính phủ'), 118/2025/NĐ-CP, 02/2017/TT-VPCP and 03/2025/TT-VPCP. 92/2017/NĐ-CP 'sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính' names the amended decrees only generically: no amends to 63/2010/NĐ-CP (as dev 919fbc8391baa810). 02/2017/TT-VPCP 'hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính' names no document: no guides. 03/2025/TT-VPCP 'hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ...' -> guides 118/2025/NĐ-CP; the decree inside its title is a second reference with its own date and issuer (the subject's legal_basis to 118/2025/NĐ-CP comes from that decree's own Căn cứ line, not from the title).")
g.note("'Theo đề nghị của Giám đốc Sở Tài chính tại Văn bản số 8140/STC-VP ngày 11/11/2025': a numbered official letter with the generic kind word 'Văn bản' and no kind code in the number: type 'Công văn' (as other wild golds, e.g. 'Văn bản số 3002/SVHTTDL-VP'), surface from 'Văn bản'; STC-VP is a provincial department code: issuer_inferred null; 'Theo đề nghị' gives no relation.")
g.note("Điều 3 '... bãi bỏ Danh mục TTHC có số thứ tự 2,3,4 Phần I ban hành kèm theo Quyết định 1037/QĐ- UBND ngày 14/5/2025 và Quy trình nội bộ TTHC tại số thứ tự 2, 3, 4 Mục A, Phần II ban hành kèm theo Quyết định số 1416/QĐ-UBND ngày 20/6/2025 của Chủ tịch UBND tỉnh': partial repeal of parts of the annexes issued with the two decisions (an annex issued with a decision is part of it) -> repeals from the subject to 1037/QĐ-UBND and to 1416/QĐ-UBND (ANNOTATION.md: partial repeal counts). 'Quyết định 1037/QĐ- UBND' has a space inside the number: surface as written, number spaceless; 'của Chủ tịch UBND tỉnh' is contiguous only to 1416/QĐ-UBND, so 1037 there has issuer null (issuer_inferred Ủy ban nhân dân). 'Danh mục TTHC ...' and 'Quy trình nội bộ TTHC ...' are annexes, not separate references.")
g.note("Table column 'Tên văn bản đã công bố thủ tục hành chính' (row 1; rows 2 and 3 say 'Như trên'): 'Quyết định số 1037/QĐ-UBND ngày 14/5/2025 của Chủ tịch UBND tỉnh' and 'Quyết định số 1416/QĐ-UBND ngày 20/6/2025 của Chủ tịch UBND tỉnh' are references (titles 'về công bố ...' / 'về phê duyệt ...' outside); the column 'Ghi chú: Bãi bỏ' states that the procedure is abolished, already covered by the Điều 3 repeals (one relation per triple). The procedures abolished (cấp lại / gia hạn / thu hồi chứng chỉ ...) are not documents. Điều 2 'căn cứ Quyết định này' is a pointer, not a Căn cứ line.")
g.note("Site boilerplate: 'Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân' and 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' are references without relation (ruling: site boilerplate counts; the site, not a document, acts). Not references: the English copyright sentence ('the Law on Intellectual Property'), 'VB này' / 'VB khác' in the site's banner, 'Thông báo này' and 'THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng' (the site's own notice), 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân'.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
print("wrote", H, len(g.refs), "refs", len(g.rels), "rels")
