# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 62b335debea8ebf0.md (Quyết định 2709/QĐ-UBND of UBND tỉnh Quảng Trị, publishing one
amended administrative procedure in the ODA / concessional-loan investment field; law-library page, Markdown).

Every mention below was decided by reading the whole text; offsets come from str.find (Gold.ref).
Running this script rewrites tests/gold/wild/dev/62b335debea8ebf0.gold.json.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "62b335debea8ebf0"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "2709/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"

# ---- metadata row and header (bare own number) -------------------------------------------------
g.ref(S, "Quyết định", S, after="**Số hiệu:**")                       # "Số hiệu: | 2709/QĐ-UBND"
assert T.find(S) < T.find("**Loại văn bản:**")
g.ref(S, "Quyết định", S, after="Số: ")                               # "Số: 2709/QĐ-UBND"
assert T.find(S, T.find("Số: ")) == T.find("Số: ") + len("Số: ")

# ---- Căn cứ -------------------------------------------------------------------------------------
LTC = "Luật Tổ chức Chính quyền địa phương"
g.ref(LTC + " ngày\n16/6/2025", "Luật")
g.ref("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010\ncủa Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 92/2017/NĐ-CP ngày 07/8/2017\ncủa Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Thông tư số 02/2017/TT-VPCP ngày\n31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư", "02/2017/TT-VPCP",
      issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
g.ref("Quyết định số 1474/QĐ-BTC ngày 24/4/2025\ncủa Bộ Tài chính", "Quyết định", "1474/QĐ-BTC", issuer="Bộ Tài chính")
# "Theo đề nghị của Sở Tài chính tại Tờ trình số\n4943/TTr-STC ngày 04/11/2025 ...": reference, no relation
g.ref("Tờ trình số\n4943/TTr-STC ngày 04/11/2025", "Tờ trình", "4943/TTr-STC", issuer_inferred=None)

# ---- Phụ lục caption (own decision) --------------------------------------------------------------
g.ref("Quyết định số 2709/QĐ-UBND ngày 18/11/2025 của Chủ tịch UBND tỉnh\nQuảng Trị", "Quyết định", S,
      issuer="Chủ tịch UBND tỉnh Quảng Trị")

# ---- Phụ lục table, column "Căn cứ pháp lý quy định nội dung sửa đổi, bổ sung" --------------------
g.ref("Quyết định\n119/2009/QĐ-TTg ngày 01/10/2009 của Thủ tướng Chính phủ", "Quyết định", "119/2009/QĐ-TTg",
      issuer="Thủ tướng Chính phủ")
g.ref("Thông tư liên\ntịch 12/2010/TTLT-BKHĐT-BTC ngày 28/5/2010 của Bộ Kế hoạch và Đầu tư và Bộ\nTài chính", "Thông tư liên tịch",
      "12/2010/TTLT-BKHĐT-BTC", issuer="Bộ Kế hoạch và Đầu tư và Bộ Tài chính")

# ---- site footer title lines and the data-protection notice (boilerplate: references, no relation) ---
g.ref("Quyết định 2709/QĐ-UBND năm 2025", "Quyết định", S)
g.ref("Quyết định 2709/QĐ-UBND ngày 18/11/2025", "Quyết định", S)
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")

# every document number in the text is inside some reference
for m in re.finditer(r"\d+/(\d{4}/)?(NĐ|TT|TTLT|NQ|QĐ|TTr)-\s?[A-ZĐ]+", T):
    assert any(r["start"] <= m.start() and m.end() <= r["end"] for r in g.refs), m.group(0)
assert len(g.refs) == 15, len(g.refs)

# ---- relations: Căn cứ of the subject ------------------------------------------------------------
g.rel(S, LTC, "legal_basis", "Căn cứ " + LTC)
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 63/2010/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 92/2017/NĐ-CP")
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số 02/2017/TT-VPCP")
g.rel(S, "1474/QĐ-BTC", "legal_basis", "Căn cứ Quyết định số 1474/QĐ-BTC")

# ---- notes ---------------------------------------------------------------------------------------
g.note("Law-library (THƯ VIỆN PHÁP LUẬT) page carrying the text of Quyết định 2709/QĐ-UBND of UBND tỉnh Quảng Trị (signed KT. Chủ tịch, Phó Chủ tịch): kind legal. Own number as bare references in the metadata row 'Số hiệu: | 2709/QĐ-UBND' and the header 'Số: 2709/QĐ-UBND' (issuer_inferred Ủy ban nhân dân), and with kind word in the Phụ lục caption '(Kèm theo Quyết định số 2709/QĐ-UBND ngày 18/11/2025 của Chủ tịch UBND tỉnh\\nQuảng Trị)' (issuer as written, abbreviation not expanded, README decision 13). 'Loại văn bản: Quyết định', the own title '# QUYẾT ĐỊNH / CÔNG BỐ DANH MỤC ...', 'Quyết định này' are not references.")
g.note("Căn cứ: legal_basis to each document listed: the numberless 'Luật Tổ chức Chính quyền địa phương ngày 16/6/2025' (the text states no number: relation end is the name, capitalisation as written), 63/2010/NĐ-CP, 92/2017/NĐ-CP, 02/2017/TT-VPCP and 1474/QĐ-BTC (issuer 'Bộ Tài chính' stated, so issuer_inferred null). 92/2017/NĐ-CP amends only 'các nghị định liên quan đến kiểm soát thủ tục hành chính' (generic): no amends (63/2010 is not named as amended). 02/2017/TT-VPCP 'hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính' guides a subject matter: no guides. 'Theo đề nghị của Sở Tài chính tại Tờ trình số 4943/TTr-STC ngày 04/11/2025 và đề nghị của Chánh Văn phòng UBND tỉnh': reference of type Tờ trình, no relation; STC is a provincial department code: issuer_inferred null.")
g.note("Điều 1 publishes a 'Danh mục thủ tục hành chính sửa đổi, bổ sung' without naming a document it amends: no amends (the procedures are amended, not a document of the text). Điều 3 only states entry into force (no thay thế / bãi bỏ): no replaces or repeals.")
g.note("Phụ lục table, column 'Căn cứ pháp lý quy định nội dung sửa đổi, bổ sung': 'Quyết định\\n119/2009/QĐ-TTg ngày 01/10/2009 của Thủ tướng Chính phủ' (kind word without 'số', surface from the kind word) and 'Thông tư liên\\ntịch 12/2010/TTLT-BKHĐT-BTC ngày 28/5/2010 của Bộ Kế hoạch và Đầu tư và Bộ\\nTài chính' (type 'Thông tư liên tịch', hard line breaks inside the kind word and the issuer kept in the surface; issuer as written, collapsed; issuer_inferred null since the issuer is stated). They are the legal basis of the listed procedure, not Căn cứ lines of the decision: references, no legal_basis (as dev 919fbc83, blind 27cbc642).")
g.note("Site boilerplate (ruling): footer title lines 'Quyết định 2709/QĐ-UBND năm 2025 công bố ...' (year phrase in the surface, date null) and 'Quyết định 2709/QĐ-UBND ngày 18/11/2025 công bố ...' (titles outside), and 'Nghị định 13/2023/NĐ-CP' twice in the data-protection notice ('Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the website acting, not a document): references, no relation. Not annotated: the English copyright lines, the site's UI labels ('CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN', 'Văn bản bị thay thế', 'Văn bản thay thế'), the 'Văn bản liên quan' block (dates only), 'Thông báo này', the site's 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân', the procedure code '2.002058'.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
print("wrote", H, len(g.refs), "refs", len(g.rels), "rels")
