# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 43ce594e2a648040.md (law-library page of Quyết định 1486/QĐ-UBND of the
Chủ tịch UBND tỉnh Bắc Ninh, publishing the amended / repealed administrative procedures on bidding).

Annotated blind: every mention below was decided by reading the whole text; offsets come from
str.find (Gold.ref). Re-running this script rewrites wild/blind/43ce594e2a648040.gold.json.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "43ce594e2a648040"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
OUT = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
S = "1486/QĐ-UBND"
CP = "Chính phủ"
BTBTC = "Bộ trưởng Bộ Tài chính"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# ---- own number: metadata row "Số hiệu: | 1486/QĐ-UBND" and header "Số: 1486/QĐ-UBND" (bare) ------
g.ref(S, "Quyết định", S, after="**Số hiệu:**")
g.ref(S, "Quyết định", S, after="Số: ")
assert T.find("Số: " + S) > 0

# ---- Căn cứ ------------------------------------------------------------------------------------
LTCCQ = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025"
g.ref(LTCCQ, "Luật", "72/2025/QH15")
# "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 ...; số 48/2013/NĐ-CP ngày 14/5/2013
#  và số 92/2017/NĐ-CP ngày\n07/8/2017 ...; số 118/2025/NĐ-CP ngày 09/6/2025 ..." (list under a plural kind word)
g.ref("Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("48/2013/NĐ-CP ngày 14/5/2013", "Nghị định", "48/2013/NĐ-CP")
g.ref("92/2017/NĐ-CP ngày\n07/8/2017", "Nghị định", "92/2017/NĐ-CP")
g.ref("118/2025/NĐ-CP ngày 09/6/2025", "Nghị định", "118/2025/NĐ-CP")
g.ref("Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn\nphòng Chính phủ",
      "Thông tư", "02/2017/TT-VPCP", issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
QD3740_CC = "Quyết định số 3740/QĐ-BTC ngày 05/11/2025 của Bộ trưởng Bộ Tài chính"
g.ref(QD3740_CC, "Quyết định", "3740/QĐ-BTC", issuer=BTBTC, after="cứ Quyết định số 3740")
# "Theo đề nghị ... tại Tờ trình số 287/TTr-STC ngày 11/11/2025": reference, no relation
g.ref("Tờ trình số 287/TTr-STC\nngày 11/11/2025", "Tờ trình", "287/TTr-STC", issuer_inferred=None)

# ---- articles ----------------------------------------------------------------------------------
# Điều 2 khoản 2 "... theo Quyết định này và Quyết định số 3740/QĐ-BTC ngày 05/11/2025 của\nBộ trưởng Bộ Tài chính"
g.ref("Quyết định số 3740/QĐ-BTC ngày 05/11/2025 của\nBộ trưởng Bộ Tài chính", "Quyết định", "3740/QĐ-BTC", issuer=BTBTC)
# Điều 3 "Quyết định này có hiệu lực theo Quyết\nđịnh số 3740/QĐ-BTC ..."
g.ref("Quyết\nđịnh số 3740/QĐ-BTC ngày 05/11/2025 của Bộ trưởng Bộ Tài chính", "Quyết định", "3740/QĐ-BTC", issuer=BTBTC)
# Điều 3 "Sửa đổi, bổ sung TTHC tương ứng đã được công bố tại các Quyết định của Chủ tịch UBND tỉnh về việc
# công bố danh mục TTHC ...: số 761/QĐ-UBND ... (cũ); số 810/QĐ-UBND ...": the title separates the plural
# kind word from the items, so both items are bare numbers with their contiguous date and issuer
g.ref("761/QĐ-UBND ngày 05/5/2025 của Chủ tịch UBND tỉnh Bắc Ninh", "Quyết định", "761/QĐ-UBND",
      issuer="Chủ tịch UBND tỉnh Bắc Ninh")
g.ref("810/QĐ-UBND ngày 06/6/2025 của Chủ tịch UBND tỉnh Bắc Giang", "Quyết định", "810/QĐ-UBND",
      issuer="Chủ tịch UBND tỉnh Bắc Giang")

# ---- Danh mục caption (own decision with kind word) -----------------------------------------------
g.ref("Quyết định số 1486/QĐ-UBND ngày 17 tháng 11 năm 2025 của Chủ tịch\nUBND tỉnh Bắc Ninh", "Quyết định", S,
      issuer="Chủ tịch UBND tỉnh Bắc Ninh")

# ---- table 1 (amended procedure): fee cell and "Căn cứ pháp lý" cell ------------------------------
g.ref("Luật Thuế giá trị gia tăng", "Luật", after="theo quy định của Luật Thuế")      # fee cell
L90 = "Luật số 90/2025/QH15"
g.ref(L90, "Luật", "90/2025/QH15", occ=0)
# the eight laws named in 90/2025/QH15's title (overlapping numberless references)
a90 = T.find(L90 + " sửa đổi, bổ sung")
assert a90 > 0
INNER = ["Luật Đấu thầu", "Luật Đầu\ntư theo phương thức đối tác công tư", "Luật Hải quan", "Luật Thuế giá trị gia\ntăng",
         "Luật Thuế xuất khẩu, thuế nhập khẩu", "Luật Đầu tư, ", "Luật Đầu tư công", "Luật Quản lý, sử dụng tài sản công"]
inner_refs = []
pos = a90
for s in INNER:
    surf = s[:-2] if s.endswith(", ") else s
    i = T.find(s, pos)
    assert 0 < i < T.find("Nghị định số 214/2025"), s
    inner_refs.append(g.ref(surf, "Luật", after=i, occ=0)[0])
    pos = i + len(surf)
g.ref("Nghị định số 214/2025/NĐ- CP ngày 04/8/2025 của Chính phủ", "Nghị định", "214/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 225/2025/NĐ-CP ngày 15/8/2025 của Chính phủ", "Nghị định", "225/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 243/2025/NĐ-CP ngày 11 tháng 9 năm 2025 của Chính phủ", "Nghị định", "243/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số 105/2025/TT-BTC ngày 31/10/2025 của Bộ Tài chính", "Thông tư", "105/2025/TT-BTC", issuer="Bộ Tài chính")

# ---- table 2 (repealed procedures): "Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính" cell --------
g.ref("Luật Đấu thầu số 22/2023/QH15", "Luật", "22/2023/QH15")
g.ref("Luật số 57/2024/QH15", "Luật", "57/2024/QH15")
g.ref(L90, "Luật", "90/2025/QH15", occ=1)
assert len(g.find(L90, occ="all")) == 2
g.ref("Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ", "Nghị định", "214/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 23/2024/NĐ-CP ngày 27/02/2024 của Chính phủ", "Nghị định", "23/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định số 115/2024/NĐ-CP ngày 16/9/2024", "Nghị định", "115/2024/NĐ-CP")   # shared "của Chính phủ" -> last item
g.ref("Nghị định số\n225/2025/NĐ-CP ngày 15/8/2025 của Chính phủ", "Nghị định", "225/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định 243/2025/NĐ-CP ngày 11/9/2025 của Chính phủ", "Nghị định", "243/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số 02/2024/TT-BKHĐT ngày 06/3/2024 của Bộ Kế hoạch và Đầu tư", "Thông tư", "02/2024/TT-BKHĐT",
      issuer="Bộ Kế hoạch và Đầu tư")
g.ref("Thông tư số 105/2025/TT-BTC ngày 31/10/2025 của Bộ Tài\nchính", "Thông tư", "105/2025/TT-BTC", issuer="Bộ Tài chính")

# ---- site footer title lines (own document) and data-protection notice ------------------------------
g.ref("Quyết định 1486/QĐ-UBND năm 2025", "Quyết định", S, date=None)
g.ref("Quyết định 1486/QĐ-UBND ngày 17/11/2025", "Quyết định", S)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# every document number in the text is inside some reference
for m in re.finditer(r"\d+/(\d{4}/)?[A-ZĐ]+(-\s?[A-ZĐ]+)*\d*", T):
    if "/" not in m.group(0) or re.fullmatch(r"\d+/\d+(/\d+)?", m.group(0)):
        continue
    assert any(r["start"] <= m.start() and m.end() <= r["end"] for r in g.refs), m.group(0)

# ---- relations: Căn cứ ---------------------------------------------------------------------------
g.rel(S, "72/2025/QH15", "legal_basis", "Căn\ncứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn\ncứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP")
cc = T.find("Căn\ncứ các Nghị định của Chính phủ")
for num in ["48/2013/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP"]:
    g.rel(S, num, "legal_basis", T[cc : T.find("số " + num, cc) + len("số " + num)])
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn\ncứ Thông tư số 02/2017/TT-VPCP")
g.rel(S, "3740/QĐ-BTC", "legal_basis", "Căn\ncứ Quyết định số 3740/QĐ-BTC")

# ---- Điều 3: the subject amends the procedures published by the two earlier decisions ---------------
d3 = T.find("Sửa\nđổi, bổ sung TTHC tương ứng")
assert d3 > 0
g.rel(S, "761/QĐ-UBND", "amends", T[d3 : T.find("761/QĐ-UBND", d3) + len("761/QĐ-UBND")])
g.rel(S, "810/QĐ-UBND", "amends", T[d3 : T.find("810/QĐ-UBND", d3) + len("810/QĐ-UBND")])

# ---- table cells: amendments stated between the listed documents ------------------------------------
# "Luật số 90/2025/QH15 sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức ..."
L22 = "22/2023/QH15"
for r in inner_refs:
    name = re.sub(r"\s+", " ", r["surface"])
    if name == "Luật Đấu thầu":
        continue  # relation end is the number the text states for the law: 22/2023/QH15 (below)
    g.rel("90/2025/QH15", name, "amends", T[a90 : r["end"]])
# "Luật Đấu thầu số 22/2023/QH15 được sửa đổi, bổ sung tại Luật số 57/2024/QH15,\nLuật số 90/2025/QH15"
h22 = T.find("Luật Đấu thầu số 22/2023/QH15 được sửa đổi")
g.rel("57/2024/QH15", L22, "amends", T[h22 : T.find("Luật số 57/2024/QH15", h22) + len("Luật số 57/2024/QH15")])
g.rel("90/2025/QH15", L22, "amends", T[h22 : T.find(L90, h22) + len(L90)])
# "Nghị định số 23/2024/NĐ-CP ... (được sửa đổi, bổ sung tại Nghị định số 115/2024/NĐ-CP ... và Nghị định số\n225/2025/NĐ-CP ...)"
h23 = T.find("Nghị định số 23/2024/NĐ-CP")
g.rel("115/2024/NĐ-CP", "23/2024/NĐ-CP", "amends", T[h23 : T.find("115/2024/NĐ-CP", h23) + len("115/2024/NĐ-CP")])
g.rel("225/2025/NĐ-CP", "23/2024/NĐ-CP", "amends", T[h23 : T.find("225/2025/NĐ-CP", h23) + len("225/2025/NĐ-CP")])
# "Thông tư số 02/2024/TT-BKHĐT ... (được\nsửa đổi, bổ sung tại Thông tư số 105/2025/TT-BTC ..."
h02 = T.find("Thông tư số 02/2024/TT-BKHĐT")
g.rel("105/2025/TT-BTC", "02/2024/TT-BKHĐT", "amends", T[h02 : T.find("105/2025/TT-BTC", h02) + len("105/2025/TT-BTC")])

# ---- notes ---------------------------------------------------------------------------------------
g.note("Law-library (THƯ VIỆN PHÁP LUẬT) page carrying the text of Quyết định 1486/QĐ-UBND of the Chủ tịch UBND tỉnh Bắc Ninh: kind legal. Own number as bare references in the metadata row 'Số hiệu' and the header 'Số: 1486/QĐ-UBND' (issuer_inferred Ủy ban nhân dân from UBND), with kind word in the Danh mục caption '(Kèm theo Quyết định số 1486/QĐ-UBND ngày 17 tháng 11 năm 2025 của Chủ tịch\\nUBND tỉnh Bắc Ninh)' (issuer as written, abbreviation not expanded) and in the two footer title lines ('Quyết định 1486/QĐ-UBND năm 2025' with year phrase, date null; 'Quyết định 1486/QĐ-UBND ngày 17/11/2025'; titles outside). 'Loại văn bản: Quyết định', the title 'QUYẾT ĐỊNH / VỀ VIỆC CÔNG BỐ DANH MỤC ...', 'Quyết định này', 'VB này' / 'VB khác' (site banner) are not references.")
g.note("Căn cứ list 'Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 ...; số 48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP ngày 07/8/2017 ...; số 118/2025/NĐ-CP ngày 09/6/2025 ...': annotated as blind 27cbc6425a10478c (same province, same wording) and dev 919fbc8391baa810 do: the first item runs from the kind word through the leading issuer, number and date ('Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010', issuer Chính phủ); later items are bare numbers with their dates, issuer null, issuer_inferred Chính phủ (dev ff4de67291d44c52 made the first item bare too: a known split). All four are legal_basis (evidence from 'Căn cứ' to the item). 48/2013 and 92/2017 amend only 'các Nghị định liên quan đến kiểm soát thủ tục hành chính' (generic): no amends. 02/2017/TT-VPCP 'hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính' guides a subject matter: legal_basis only.")
g.note("'Theo đề nghị của Giám đốc Sở Tài chính ... tại Tờ trình số 287/TTr-STC ngày 11/11/2025': reference (type Tờ trình), no relation; STC is a provincial department code: issuer_inferred null. Điều 2 '... thực hiện giải quyết TTHC theo Quyết định này và Quyết định số 3740/QĐ-BTC ...' (task clause) and Điều 3 'Quyết định này có hiệu lực theo Quyết định số 3740/QĐ-BTC ...' (entry into force by reference): references without relation, as in blind 27cbc6425a10478c.")
g.note("Điều 3 'Sửa đổi, bổ sung TTHC tương ứng đã được công bố tại các Quyết định của Chủ tịch UBND tỉnh về việc công bố danh mục TTHC ...: số 761/QĐ-UBND ngày 05/5/2025 của Chủ tịch UBND tỉnh Bắc Ninh (cũ); số 810/QĐ-UBND ngày 06/6/2025 của Chủ tịch UBND tỉnh Bắc Giang': the subject's own amending clause on the procedures those decisions published -> 1486/QĐ-UBND amends 761/QĐ-UBND and 810/QĐ-UBND (as blind 27cbc6425a10478c for 'Sửa đổi, bổ sung danh mục TTHC tương ứng được công bố tại Quyết định số 1306/QĐ-UBND'). The plural kind word is followed by the title 'về việc công bố ...', so the items are bare numbers with their contiguous date and issuer (no 'số'); the gloss '(cũ)' is outside; the generic 'các Quyết định của Chủ tịch UBND tỉnh' is not a reference itself.")
g.note("Danh mục tables: the 'Căn cứ pháp lý quy định nội dung sửa đổi, bổ sung' cell (table 1) and the 'Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính' cell (table 2) list the legal bases of the procedures, not Căn cứ lines of the decision: every mention is a reference, no legal_basis from the subject and no repeals (what is abolished is a procedure, not a document). Numbers as written with spaces removed ('214/2025/NĐ- CP' -> 214/2025/NĐ-CP). Shared 'của Chính phủ' after 'Nghị định số 115/2024/NĐ-CP ngày 16/9/2024 và Nghị định số 225/2025/NĐ-CP ngày 15/8/2025 của Chính phủ' goes to the last item only (README decision 2): 115/2024 issuer null.")
g.note("'Luật số 90/2025/QH15 sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, Luật Hải quan, Luật Thuế giá trị gia tăng, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật Quản lý, sử dụng tài sản công': the amending law is written by number first, so its reference is 'Luật số 90/2025/QH15' (the name after the number is its title); the eight laws named in it are overlapping numberless references (line breaks kept: 'Luật Đầu\\ntư theo phương thức ...', 'Luật Thuế giá trị gia\\ntăng'; 'Luật Thuế xuất khẩu, thuế nhập khẩu' and 'Luật Quản lý, sử dụng tài sản công' are single law names despite the comma), and 90/2025/QH15 amends each. For Luật Đấu thầu the relation end is 22/2023/QH15, the number the text states for that law in table 2 (ruling on numberless laws numbered elsewhere), which is the same triple as table 2's 'Luật Đấu thầu số 22/2023/QH15 được sửa đổi, bổ sung tại Luật số 57/2024/QH15, Luật số 90/2025/QH15' (one relation, evidence from table 2); 57/2024/QH15 amends 22/2023/QH15 too.")
g.note("Table 2 chains: 'Nghị định số 23/2024/NĐ-CP ... (được sửa đổi, bổ sung tại Nghị định số 115/2024/NĐ-CP ... và Nghị định số 225/2025/NĐ-CP ...)' -> 115/2024 and 225/2025 amend 23/2024; 'Thông tư số 02/2024/TT-BKHĐT ... (được sửa đổi, bổ sung tại Thông tư số 105/2025/TT-BTC ...)' -> 105/2025/TT-BTC amends 02/2024/TT-BKHĐT (evidence from the head to the item, dev 036bd85f1f56f768). Fee cell '... theo quy định của Luật Thuế giá trị gia tăng và các văn bản hướng dẫn thực hiện Luật này': the named law is a reference without relation; 'Luật này' is a pointer, 'các văn bản hướng dẫn' generic.")
g.note("Site boilerplate (ruling): 'Nghị định 13/2023/NĐ-CP' twice in the data-protection notice are references without relation ('Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the website's act). The English copyright lines ('the Law on Intellectual Property') are not annotated; 'Thông báo này', 'THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng', the site's 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân', the 'Văn bản liên quan' block (dates only) and 'Văn bản bị thay thế / Văn bản thay thế' (comparison UI labels) are not references. 'Cục KSTTHC (VPCP)' in Nơi nhận is an agency.")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
