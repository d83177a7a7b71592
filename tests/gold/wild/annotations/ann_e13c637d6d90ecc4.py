# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text e13c637d6d90ecc4.md (law-library page of Quyết định 02125/QĐ-UBND, Đắk Lắk).

Annotated blind: every mention decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "e13c637d6d90ecc4"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
SUBJ = "02125/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=SUBJ, source=H + ".md")
T = g.text
CP = "Chính phủ"
BKHCN = "Bộ trưởng Bộ Khoa học và Công nghệ"

# ---- metadata row "Số hiệu:" and header "Số: 02125/QĐ-UBND" (bare own number) ------------------
g.ref(SUBJ, "Quyết định", SUBJ, occ=0)                      # "**Số hiệu:**\n|\n02125/QĐ-UBND"
g.ref(SUBJ, "Quyết định", SUBJ, after="Số: 02125/QĐ-UBND")  # header line
# ---- Căn cứ ---------------------------------------------------------------------------------
LCQ = "Luật Tổ chức chính\nquyền địa phương ngày 16/6/2025"
g.ref(LCQ, "Luật")
g.ref("Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 48/2013/NĐ-CP ngày 14/5/2013", "Nghị định", "48/2013/NĐ-CP")
g.ref("Nghị định số 92/2017/NĐ-CP ngày\n07/8/2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Thông tư số\n02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư", "02/2017/TT-VPCP",
      issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
g.ref("Quyết định số\n3659/QĐ-BKHCN ngày 13/11/2025 của Bộ trưởng Bộ Khoa học và Công nghệ", "Quyết định", "3659/QĐ-BKHCN", issuer=BKHCN)
g.ref("Quyết định số 3212/QĐ- BKHCN ngày 17/10/2025 của Bộ trưởng Bộ\nKhoa học và Công nghệ", "Quyết định", "3212/QĐ-BKHCN", issuer=BKHCN)
g.ref("Tờ trình số 125/TTr-SKHCN ngày 17/11/2025", "Tờ trình", "125/TTr-SKHCN", issuer_inferred=None)
# ---- Điều 3: partial end of validity of an earlier decision's annex --------------------------
g.ref("Quyết định số\n01786/QĐ-UBND ngày 28/10/2025", "Quyết định", "01786/QĐ-UBND")
# ---- Phụ lục heading: blank template number of the own decision -------------------------------
g.ref("Quyết định số /QĐ-UBND ngày /\n/2025 của Chủ tịch UBND tỉnh", "Quyết định", None, date=None,
      issuer="Chủ tịch UBND tỉnh", issuer_inferred=None)
# ---- Phụ lục table, column "Căn cứ pháp lý" (three rows, the same three documents) ---------------
LKH = "Luật Khoa học, Công nghệ và\nĐổi mới sáng tạo ngày 27/6/2025"
ND262 = "Nghị định số 262/2025/NĐ-CP\nngày 14/10/2025 của Chính phủ"
LKH_T = "Luật Khoa học, công nghệ và đổi mới sáng tạo"          # inside 262/2025's title
TT10 = "Thông tư số\n10/2025/TT-BKHCN ngày 27/6/2025 của Bộ trưởng Bộ Khoa học và Công nghệ"
for s, typ, num, iss in [(LKH, "Luật", None, None), (ND262, "Nghị định", "262/2025/NĐ-CP", CP),
                         (LKH_T, "Luật", None, None), (TT10, "Thông tư", "10/2025/TT-BKHCN", BKHCN)]:
    assert len(g.find(s, occ="all")) == 3, s
    g.ref(s, typ, num, issuer=iss, occ="all")
# ---- page footer title lines (site boilerplate) ------------------------------------------------
g.ref("Quyết định 02125/QĐ-UBND năm 2025", "Quyết định", SUBJ)
g.ref("Quyết định 02125/QĐ-UBND ngày 24/11/2025", "Quyết định", SUBJ)
# ---- site data-protection notice ----------------------------------------------------------------
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
assert len(g.refs) == 2 + 8 + 1 + 1 + 12 + 2 + 2

# ---- relations ------------------------------------------------------------------------------
g.rel(SUBJ, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(SUBJ, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP")
g.rel(SUBJ, "48/2013/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nNghị định số 48/2013/NĐ-CP")
g.rel(SUBJ, "92/2017/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nNghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP")
g.rel(SUBJ, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n02/2017/TT-VPCP")
g.rel(SUBJ, "3659/QĐ-BKHCN", "legal_basis", "Căn cứ Quyết định số\n3659/QĐ-BKHCN")
g.rel("3659/QĐ-BKHCN", "3212/QĐ-BKHCN", "amends", "Quyết định số\n3659/QĐ-BKHCN ngày 13/11/2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc\nsửa đổi, bổ sung Quyết định số 3212/QĐ- BKHCN")
g.rel(SUBJ, "01786/QĐ-UBND", "repeals", "Phụ lục ban hành kèm theo Quyết định số\n01786/QĐ-UBND ngày 28/10/2025 hết hiệu lực")
g.rel("262/2025/NĐ-CP", LKH_T, "guides", "Nghị định số 262/2025/NĐ-CP\nngày 14/10/2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số\nđiều của Luật Khoa học, công nghệ và đổi mới sáng tạo")

# ---- notes ----------------------------------------------------------------------------------
g.note("Law-library (thuvienphapluat) page carrying the decision's text: kind legal, subject 02125/QĐ-UBND from 'Số hiệu' and 'Số:' (two bare references, issuer_inferred Ủy ban nhân dân from the UBND suffix). The footer title lines 'Quyết định 02125/QĐ-UBND năm 2025 ...' (year phrase in the surface, date null) and 'Quyết định 02125/QĐ-UBND ngày 24/11/2025 ...' and the data-protection notice's 'Nghị định 13/2023/NĐ-CP' (twice; 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the site's, not a document's act) are references without relation (rulings). The English copyright line ('Law on Intellectual Property') is not annotated.")
g.note("Căn cứ 'Nghị định số 63/2010/NĐ-CP ... về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính': legal_basis to all three (README decision 4: documents after ';' in one Căn cứ line are legal_basis too). The shared 'của Chính phủ' goes to the last item only (decision 2): 48/2013 has issuer null. No amends from 48/2013 and 92/2017: what they amend is the generic plural 'các Nghị định liên quan đến kiểm soát thủ tục hành chính' (not a reference), not a named document, so 63/2010 is not inferred as the target.")
g.note("Căn cứ 'Quyết định số 3659/QĐ-BKHCN ... về việc sửa đổi, bổ sung Quyết định số 3212/QĐ- BKHCN ...': legal_basis to 3659 only (3212 is inside its title), 3659 amends 3212. The number '3212/QĐ- BKHCN' is written with a space: surface as written, number without it. Issuers stated ('Bộ trưởng Bộ Khoa học và Công nghệ', line break collapsed; 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'), so issuer_inferred null. 'Theo đề nghị ... tại Tờ trình số 125/TTr-SKHCN ngày 17/11/2025': reference (type Tờ trình; SKHCN is a provincial department code -> issuer_inferred null), no relation.")
g.note("Điều 3 'Nội dung Danh mục thủ tục hành chính ... đã được ... công bố tại số thứ tự 4, 5, 6 Mục I Phụ lục ban hành kèm theo Quyết định số 01786/QĐ-UBND ngày 28/10/2025 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành': partial end of validity (hết hiệu lực) of part of an annex issued with 01786 -> repeals from the subject (ANNOTATION.md: repeals includes partial repeal of articles/forms; an annex issued with a decision is part of it).")
g.note("Phụ lục heading '(Kèm theo Quyết định số /QĐ-UBND ngày / /2025 của Chủ tịch UBND tỉnh)': the own decision with a blank template number -> one reference with number null, date null (the date is blank too); the blank date and the issuer follow contiguously, so the surface runs through 'của Chủ tịch UBND tỉnh' (issuer as written, abbreviation not expanded).")
g.note("Phụ lục table column 'Căn cứ pháp lý' (3 rows, each listing the same three documents): every mention is a reference (3 x 'Luật Khoa học, Công nghệ và Đổi mới sáng tạo ngày 27/6/2025', 3 x 'Nghị định số 262/2025/NĐ-CP ngày 14/10/2025 của Chính phủ', 3 x the law named in 262's title, 3 x 'Thông tư số 10/2025/TT-BKHCN ...'). They are the legal basis of the administrative procedures, not Căn cứ lines of the decision: no legal_basis. 262/2025/NĐ-CP guides the law named in its title, written there in lower case 'Luật Khoa học, công nghệ và đổi mới sáng tạo' (relation name as written there; one relation). 10/2025/TT-BKHCN 'hướng dẫn chức năng, nhiệm vụ ...' guides no named document.")
g.note("Not references: 'Quyết định này', 'Điều 1 Quyết định này', 'Thông báo này' (pointers); 'văn bản quy phạm pháp luật có nội dung quy định về thủ tục hành chính' and 'các Nghị định liên quan ...' (generic); the metadata value 'Quyết định' (Loại văn bản); the title 'QUYẾT ĐỊNH / VỀ VIỆC CÔNG BỐ ...' (own document, no number); the site's 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân'.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
