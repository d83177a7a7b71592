# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 27cbc6425a10478c.md (Quyết định 1489/QĐ-UBND tỉnh Bắc Ninh, law-library page).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
Running this script rewrites tests/gold/wild/blind/27cbc6425a10478c.gold.json.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "27cbc6425a10478c"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "1489/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
BT_KHCN = "Bộ trưởng Bộ Khoa học và Công nghệ"
CT_BN = "Chủ tịch UBND tỉnh Bắc Ninh"

# ---- metadata row and header ------------------------------------------------------------
g.ref(S, "Quyết định", S, after="**Số hiệu:**")                    # "Số hiệu: | 1489/QĐ-UBND"
assert T.find(S) < T.find("**Loại văn bản:**")
g.ref(S, "Quyết định", S, after="Số: ")                            # "Số: 1489/QĐ-UBND"
assert T.find(S, T.find("Số: ")) == T.find("Số: ") + len("Số: ")

# ---- Căn cứ ---------------------------------------------------------------------------------
g.ref("Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15 ngày 16/6/2025", "Luật", "72/2025/QH15")
# list "các Nghị định của Chính phủ: số 63/2010/NĐ-CP ...; số 48/2013/NĐ-CP ... và số 92/2017/NĐ-CP ...; số 118/2025/NĐ-CP ..."
g.ref("Nghị định của\nChính phủ: số 63/2010/NĐ-CP ngày 08/6/2010", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("48/2013/NĐ-CP ngày 14/5/2013", "Nghị định", "48/2013/NĐ-CP")
g.ref("92/2017/NĐ-CP ngày 07/8/2017", "Nghị định", "92/2017/NĐ-CP")
g.ref("118/2025/NĐ-CP ngày 09/6/2025", "Nghị định", "118/2025/NĐ-CP")
g.ref("Thông tư số\n02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư", "02/2017/TT-VPCP",
      issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
g.ref("Quyết định số\n3659/QĐ-BKHCN ngày 13/11/2025 của Bộ trưởng Bộ Khoa học và Công nghệ", "Quyết định", "3659/QĐ-BKHCN", issuer=BT_KHCN)
g.ref("Quyết định số 3212/QĐ- BKHCN ngày 17/10/2025 của Bộ trưởng Bộ Khoa\nhọc và Công nghệ", "Quyết định", "3212/QĐ-BKHCN", issuer=BT_KHCN)
g.ref("Tờ trình số 134/TTr-SKHCN ngày\n16/11/2025", "Tờ trình", "134/TTr-SKHCN", issuer_inferred=None)

# ---- articles -----------------------------------------------------------------------------
g.ref("Quyết định số 3659/QĐ-BKHCN ngày 13/11/2025 của Bộ trưởng Bộ Khoa học\nvà Công nghệ", "Quyết định", "3659/QĐ-BKHCN", issuer=BT_KHCN)   # Điều 2
g.ref("Quyết định số 3659/QĐ-BKHCN ngày 13/11/2025\ncủa Bộ trưởng Bộ Khoa học và Công nghệ", "Quyết định", "3659/QĐ-BKHCN", issuer=BT_KHCN)   # Điều 3
g.ref("Quyết định số 1306/QĐ-UBND ngày 29/10/2025 của Chủ tịch\nUBND tỉnh Bắc Ninh", "Quyết định", "1306/QĐ-UBND", issuer=CT_BN)

# ---- Phụ lục -------------------------------------------------------------------------------
g.ref("Quyết định số: 1489/QĐ-UBND ngày 18/11/2025 của Chủ tịch UBND tỉnh\nBắc Ninh", "Quyết định", S, issuer=CT_BN)
# "Căn cứ pháp lý" column, the same three documents in each of the three rows
LKH = "Luật Khoa học, công nghệ và\nđổi mới sáng tạo số 93/2025/QH15 ngày 27 tháng 6 năm 2025"
ND262 = "Nghị định số 262/2025/NĐ-CP\nngày 14 tháng 10 năm 2025 của Chính phủ"
LKH_IN = "Luật Khoa học, công nghệ và đổi mới sáng tạo"          # inside 262's title
TT10 = "Thông tư số\n10/2025/TT-BKHCN ngày 27/6/2025 của Bộ trưởng Bộ Khoa học và Công nghệ"
for s in (LKH, ND262, LKH_IN, TT10):
    assert len(g.find(s, occ="all")) == 3, s
g.ref(LKH, "Luật", "93/2025/QH15", occ="all")
g.ref(ND262, "Nghị định", "262/2025/NĐ-CP", issuer=CP, occ="all")
g.ref(LKH_IN, "Luật", occ="all")
g.ref(TT10, "Thông tư", "10/2025/TT-BKHCN", issuer=BT_KHCN, occ="all")

# ---- site footer title lines and the data-protection notice ---------------------------------
g.ref("Quyết định 1489/QĐ-UBND năm 2025", "Quyết định", S)
g.ref("Quyết định 1489/QĐ-UBND ngày 18/11/2025", "Quyết định", S)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# ---- relations -----------------------------------------------------------------------------
g.rel(S, "72/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15")
cc = T.find("Căn cứ các Nghị định của")
for num in ("63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP"):
    e = T.find(num, cc)
    g.rel(S, num, "legal_basis", T[cc : e + len(num)])
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n02/2017/TT-VPCP")
g.rel(S, "3659/QĐ-BKHCN", "legal_basis", "Căn cứ Quyết định số\n3659/QĐ-BKHCN")
g.rel("3659/QĐ-BKHCN", "3212/QĐ-BKHCN", "amends",
      "Quyết định số\n3659/QĐ-BKHCN ngày 13/11/2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc sửa\nđổi, bổ sung Quyết định số 3212/QĐ- BKHCN")
g.rel(S, "1306/QĐ-UBND", "amends", "Sửa đổi, bổ sung danh mục TTHC\ntương ứng được công bố tại Quyết định số 1306/QĐ-UBND")
g.rel("262/2025/NĐ-CP", "93/2025/QH15", "guides",
      "Nghị định số 262/2025/NĐ-CP\nngày 14 tháng 10 năm 2025 của Chính phủ Quy định chi tiết và hướng dẫn thi\nhành một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo")

# ---- notes ---------------------------------------------------------------------------------
g.note("Law-library (THƯ VIỆN PHÁP LUẬT) page carrying the text of Quyết định 1489/QĐ-UBND of the Chủ tịch UBND tỉnh Bắc Ninh: kind legal. Own number as bare references in the metadata row 'Số hiệu' and the header 'Số: 1489/QĐ-UBND' (issuer_inferred Ủy ban nhân dân), and with kind word in the Phụ lục caption 'Quyết định số: 1489/QĐ-UBND ngày 18/11/2025 của Chủ tịch UBND tỉnh\\nBắc Ninh' (surface from the kind word, as held-out 07's 'Luật số: N'; issuer as written, abbreviation not expanded). 'Loại văn bản: Quyết định' and the own title 'QUYẾT ĐỊNH / VỀ VIỆC CÔNG BỐ DANH MỤC ...' are not references.")
g.note("Căn cứ list 'Căn cứ các Nghị định của\\nChính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 ...; số 48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP ngày 07/8/2017 ...; số 118/2025/NĐ-CP ngày 09/6/2025 ...' (README decision 2, mirrored): the first item runs from the kind word through the leading issuer and its number and date ('Nghị định của\\nChính phủ: số 63/2010/NĐ-CP ngày 08/6/2010', issuer Chính phủ); the later items are bare numbers with their dates (the shared 'của Chính phủ' is contiguous only with the first item: issuer null, issuer_inferred Chính phủ). All four are legal_basis of the subject (evidence from 'Căn cứ' to the item).")
g.note("48/2013/NĐ-CP and 92/2017/NĐ-CP are described as 'sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính': the amended decrees are named only generically, so no amends relation (not even to 63/2010/NĐ-CP, which the text does not name as amended).")
g.note("'Quyết định số 3659/QĐ-BKHCN ... về việc sửa đổi, bổ sung Quyết định số 3212/QĐ- BKHCN ...' in the Căn cứ: legal_basis to 3659 only (3212 sits in its title), and 3659 amends 3212. The number '3212/QĐ- BKHCN' is written with a space: number 3212/QĐ-BKHCN (spaces removed), surface as written. Issuers stated, so issuer_inferred null. 'Thông tư số 02/2017/TT-VPCP ... hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính' guides a subject matter, not a document: legal_basis only.")
g.note("'Theo đề nghị ... tại Tờ trình số 134/TTr-SKHCN ngày 16/11/2025': reference, type Tờ trình, no relation; issuer_inferred null (provincial department code). Điều 2 'thực hiện giải quyết TTHC theo Quyết định này và Quyết định số 3659/QĐ-BKHCN ...' and Điều 3 'có hiệu lực thi hành theo Quyết định số 3659/QĐ-BKHCN ...': references without relation (task clause / entry-into-force by reference).")
g.note("Điều 3 'Sửa đổi, bổ sung danh mục TTHC tương ứng được công bố tại Quyết định số 1306/QĐ-UBND ngày 29/10/2025 của Chủ tịch UBND tỉnh Bắc Ninh': the subject's own amending clause on the list published by that decision -> 1489/QĐ-UBND amends 1306/QĐ-UBND.")
g.note("Phụ lục 'Căn cứ pháp lý' column (3 rows, the same three documents each): 'Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15 ngày 27 tháng 6 năm 2025', 'Nghị định số 262/2025/NĐ-CP ngày 14 tháng 10 năm 2025 của Chính phủ', the numberless 'Luật Khoa học, công nghệ và đổi mới sáng tạo' inside 262's title, and 'Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ trưởng Bộ Khoa học và Công nghệ': every repetition is a reference (12). They are the legal basis of the listed procedures, not Căn cứ lines of the subject: no legal_basis. 262 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo' -> guides, one relation; the law inside the title keeps number null (README decision 7) and the relation end is the number the same cell states, 93/2025/QH15 (ruling). The circular 10/2025/TT-BKHCN 'hướng dẫn chức năng, nhiệm vụ ...' guides a subject matter: no relation.")
g.note("Site boilerplate (ruling): footer title lines 'Quyết định 1489/QĐ-UBND năm 2025 ...' (year phrase in the surface, date null) and 'Quyết định 1489/QĐ-UBND ngày 18/11/2025 ...', and 'Nghị định 13/2023/NĐ-CP' twice in the data-protection notice: references, no relation. The English copyright lines are not annotated; 'Thông báo này', the site's 'Quy chế và Thỏa thuận ...' are not documents; the 'Văn bản liên quan' block lists dates only. Pointers: 'Quyết định này', 'ban hành Quyết định' (own decision).")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
