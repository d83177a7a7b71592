# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 55f3a3d0d7e08b45.md (Quyết định 1949/QĐ-UBND of the Chủ tịch UBND tỉnh Cao Bằng,
publishing 25 standardised water-resources administrative procedures; law-library page, Markdown).

Every mention below was decided by reading the whole text; offsets come from str.find (Gold.ref).
A regex only locates the many repeated "Nghị định / Thông tư / Nghị quyết số ..." mentions in the two
annex tables; the script checks the sequence of numbers it finds against the list read by hand, row by
row, and that every document number in the text is inside some reference.
Running this script rewrites tests/gold/wild/blind/55f3a3d0d7e08b45.gold.json.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold, collapse

H = "55f3a3d0d7e08b45"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "1949/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
VP = "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
BNNMT = "Bộ Nông nghiệp và Môi trường"
BT = "Bộ trưởng Bộ Nông nghiệp và Môi trường"
CT_CB = "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"

# ---- metadata row and header (bare own number) -------------------------------------------------
g.ref(S, "Quyết định", S, after="**Số hiệu:**")                       # "Số hiệu: | 1949/QĐ-UBND"
assert T.find(S) < T.find("**Loại văn bản:**")
g.ref(S, "Quyết định", S, after="Số: ")                               # "Số: 1949/QĐ-UBND"
assert T.find(S, T.find("Số: ")) == T.find("Số: ") + len("Số: ")

# ---- Căn cứ -------------------------------------------------------------------------------------
LTC = "Luật Tổ chức chính quyền\nđịa phương"
g.ref(LTC + " ngày 16 tháng 6 năm 2025", "Luật")
g.ref("Nghị định số 63/2010/NĐ-CP\nngày 08 tháng 6 năm 2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị\nđịnh số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ", "Nghị định", "48/2013/NĐ-CP", issuer=CP)
g.ref("Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Nghị định số 118/2025/NĐ-CP\nngày 09 tháng 6 năm 2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số 02/2017/TT-VPCP\nngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư",
      "02/2017/TT-VPCP", issuer=VP)
g.ref("Thông tư số 03/2025/TT-VPCP\nngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư",
      "03/2025/TT-VPCP", issuer=VP)
# inside 03/2025/TT-VPCP's title ("hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ...")
g.ref("Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm\n2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
g.ref("Quyết định số 642/QĐ-BNNMT\nngày 03 tháng 4 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường", "Quyết định",
      "642/QĐ-BNNMT", issuer=BT)
g.ref("Quyết định số 2301/QĐ-BNNMT\nngày 23 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường", "Quyết định",
      "2301/QĐ-BNNMT", issuer=BT)
# "Theo đề nghị của Giám đốc Sở ... tại Tờ trình số 5546/TTr-SNNMT ngày 07\ntháng 11 năm 2025": reference, no relation
g.ref("Tờ trình số 5546/TTr-SNNMT ngày 07\ntháng 11 năm 2025", "Tờ trình", "5546/TTr-SNNMT", issuer_inferred=None)

# ---- articles -----------------------------------------------------------------------------------
# Điều 1 "... thực hiện theo Quyết định số 642/QĐ-BNNMT ngày ... và Quyết định số 2301/QĐ-BNNMT ngày ... của Bộ trưởng ..."
g.ref("Quyết định số 642/QĐ-BNNMT ngày 03 tháng 4 năm 2025", "Quyết định", "642/QĐ-BNNMT", issuer_inferred=BNNMT)
g.ref("Quyết định số\n2301/QĐ-BNNMT ngày 23 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi\ntrường", "Quyết định",
      "2301/QĐ-BNNMT", issuer=BT)
# Điều 3 "... và thay thế Quyết định số 927/QĐ-UBND ngày 27 tháng 6 năm 2025 của Chủ tịch ..."
g.ref("Quyết định số 927/QĐ-UBND\nngày 27 tháng 6 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng", "Quyết định",
      "927/QĐ-UBND", issuer=CT_CB)

# ---- Phụ lục I and Phụ lục II captions (own decision) -------------------------------------------
CAP = "Quyết định số 1949/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch\nỦy ban nhân dân tỉnh Cao Bằng"
assert len(g.find(CAP, occ="all")) == 2
g.ref(CAP, "Quyết định", S, issuer=CT_CB, occ="all")

# ---- annex tables: every "Nghị định / Thông tư / Nghị quyết số N [ngày ...] [của ...]" --------------
t0 = T.find("**PHỤ LỤC I**")
t1 = T.find("Quyết định 1949/QĐ-UBND năm 2025")
assert 0 < t0 < t1
TAB = re.compile(
    r"(Nghị\s+định|Thông\s+tư|Nghị\s+quyết)\s+số\s+(\d+/\d{4}/(?:NĐ|TT|NQ)-\s?[A-ZĐ]+)"
    r"(\s+ngày\s+(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(\s+của\s+(?:Chính\s+phủ|Bộ\s+Nông\s+nghiệp\s+và\s+Môi\s+trường|HĐND\s+tỉnh\s+Cao\s+Bằng))?"
)
KIND = {"Nghị định": "Nghị định", "Thông tư": "Thông tư", "Nghị quyết": "Nghị quyết"}
CODE_ISSUER = {"NĐ-CP": CP, "TT-BNNMT": BNNMT, "NQ-HĐND": "Hội đồng nhân dân", "TT-BTNMT": "Bộ Tài nguyên và Môi trường"}
FEE = ["22", "89"]                      # fee column: 22/2025/NQ-HĐND (direct/postal) and 89/2022/NQ-HĐND (online)
B = ["136", "14"]                       # "Căn cứ pháp lý" column: Nghị định 136/2025/NĐ-CP, Thông tư 14/2025/TT-BNNMT
EXPECTED = (
    FEE + B + FEE + B                   # Phụ lục I rows 1, 2
    + B * 8                             # rows 3-10
    + (FEE + B) * 4                     # rows 11-14
    + ["54", "136"] + FEE + B           # row 15: procedure name (khoản 2 Điều 15 NĐ 54/2024; Điều 31 NĐ 136/2025), fee, basis
    + FEE + B                           # row 16
    + B * 2                             # rows 17, 18
    + ["131"]                           # row 19: Điều 21 Nghị định số 131/2025/NĐ-CP ... của Bộ Nông nghiệp và Môi trường
    + ["54", "03", "54", "54", "53"]    # rows 20-24 (after "Luật Tài nguyên nước 2023." each)
    + ["131", "14"]                     # II. cấp xã row 1
    + FEE                               # Phụ lục II column headings
    + ["54", "136"]                     # Phụ lục II row 7 (procedure name)
)
found = []
for m in TAB.finditer(T, t0, t1):
    num = m.group(2).replace(" ", "")
    found.append(num.split("/")[0])
    kind = KIND[collapse(m.group(1))]
    issuer = collapse(m.group(4).split("của", 1)[1]) if m.group(4) else None
    code = num.split("/")[-1]
    g.ref(m.group(0), kind, num, issuer=issuer, issuer_inferred=None if issuer else CODE_ISSUER[code], after=m.start(), occ=0)
assert found == EXPECTED, found
assert len(found) == 66

# "Luật Tài nguyên nước 2023." in rows 20-24 (customary year in the surface, number null)
assert len(g.find("Luật Tài nguyên nước 2023", occ="all")) == 5
g.ref("Luật Tài nguyên nước 2023", "Luật", occ="all")
# rows 21, 22 note column: "Cắt giảm thời gian giải quyết từ 30 ngày xuống 15 ngày theo QĐ số 2490/QĐ- BNN ngày 01/7/2025"
assert len(g.find("QĐ số 2490/QĐ- BNN ngày 01/7/2025", occ="all")) == 2
g.ref("QĐ số 2490/QĐ- BNN ngày 01/7/2025", "Quyết định", "2490/QĐ-BNN", issuer_inferred=None, occ="all")

# ---- site footer title lines and the data-protection notice (boilerplate: references, no relation) ---
g.ref("Quyết định 1949/QĐ-UBND năm 2025", "Quyết định", S)
g.ref("Quyết định 1949/QĐ-UBND ngày 18/11/2025", "Quyết định", S)
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")

# every document number in the text is inside some reference
for m in re.finditer(r"\d+/(\d{4}/)?(NĐ|TT|NQ|QĐ|TTr)-\s?[A-ZĐ]+", T):
    assert any(r["start"] <= m.start() and m.end() <= r["end"] for r in g.refs), m.group(0)
assert len(g.refs) == 2 + 11 + 3 + 2 + 66 + 5 + 2 + 2 + 2, len(g.refs)

# ---- relations: Căn cứ of the subject ------------------------------------------------------------
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ " + LTC)
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 63/2010/NĐ-CP")
cc = T.find("Căn cứ Nghị định số 63/2010/NĐ-CP")
for num in ("48/2013/NĐ-CP", "92/2017/NĐ-CP"):
    e = T.find(num, cc)
    g.rel(S, num, "legal_basis", T[cc : e + len(num)])
g.rel(S, "118/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 118/2025/NĐ-CP")
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số 02/2017/TT-VPCP")
g.rel(S, "03/2025/TT-VPCP", "legal_basis", "Căn cứ Thông tư số 03/2025/TT-VPCP")
g.rel("03/2025/TT-VPCP", "118/2025/NĐ-CP", "guides",
      "Thông tư số 03/2025/TT-VPCP\nngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn\nthi hành một số nội dung của Nghị định số 118/2025/NĐ-CP")
g.rel(S, "642/QĐ-BNNMT", "legal_basis", "Căn cứ Quyết định số 642/QĐ-BNNMT")
g.rel(S, "2301/QĐ-BNNMT", "legal_basis", "Căn cứ Quyết định số 2301/QĐ-BNNMT")
# Điều 3
g.rel(S, "927/QĐ-UBND", "replaces", "thay thế Quyết định số 927/QĐ-UBND")

# ---- notes ---------------------------------------------------------------------------------------
g.note("Law-library (THƯ VIỆN PHÁP LUẬT) page carrying the text of Quyết định 1949/QĐ-UBND of the Chủ tịch UBND tỉnh Cao Bằng (header, Căn cứ, four articles, Phụ lục I table of 25 procedures, Phụ lục II fee table): kind legal. Own number as bare references in the metadata row 'Số hiệu: | 1949/QĐ-UBND' and the header 'Số: 1949/QĐ-UBND' (issuer_inferred Ủy ban nhân dân), and with kind word in the two annex captions '(Kèm theo Quyết định số 1949/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch\\nỦy ban nhân dân tỉnh Cao Bằng)' (issuer as written, line break collapsed). 'Loại văn bản: Quyết định', the own title 'QUYẾT ĐỊNH / VỀ VIỆC CÔNG BỐ DANH MỤC ...', 'Quyết định này' and 'Điều 1 Quyết định này' are not references.")
g.note("Căn cứ: legal_basis to every document listed directly: the numberless 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025' (the text never states its number: relation end is the name), 63/2010/NĐ-CP and, after ';' in the same Căn cứ line, 48/2013/NĐ-CP and 92/2017/NĐ-CP (each with its own 'của Chính phủ', so each has issuer Chính phủ; evidence runs from 'Căn cứ' to the item, README decision 4), 118/2025/NĐ-CP, 02/2017/TT-VPCP, 03/2025/TT-VPCP, 642/QĐ-BNNMT and 2301/QĐ-BNNMT. 48/2013 and 92/2017 amend only 'các Nghị định liên quan đến kiểm soát thủ tục hành chính' (generic): no amends. 02/2017/TT-VPCP 'hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính' guides a subject matter: no guides. 03/2025/TT-VPCP 'hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ...' -> guides 118/2025/NĐ-CP; that inner mention is a second reference with no legal_basis from the subject (inside a title).")
g.note("'Theo đề nghị của Giám đốc Sở ... tại Tờ trình số 5546/TTr-SNNMT ngày 07 tháng 11 năm 2025': reference of type Tờ trình (date across the line break), no relation; SNNMT is a provincial department code: issuer_inferred null.")
g.note("Điều 1 'Nội dung các bộ phận cơ bản của thủ tục hành chính được công bố không nêu trong Quyết định này, thực hiện theo Quyết định số 642/QĐ-BNNMT ngày 03 tháng 4 năm 2025 và Quyết định số 2301/QĐ-BNNMT ngày 23 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường': two references (list: the shared 'của Bộ trưởng ...' goes only to the last item, README decision 2; 642 gets issuer null, issuer_inferred Bộ Nông nghiệp và Môi trường from BNNMT as in dev 919fbc83), no implements: the clause says where the procedures' contents are found (as blind 27cbc642's 'thực hiện giải quyết TTHC theo ... Quyết định số 3659/QĐ-BKHCN': references without relation); both are already legal_basis.")
g.note("Điều 3 'Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế Quyết định số 927/QĐ-UBND ngày 27 tháng 6 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng về việc công bố ...' -> 1949/QĐ-UBND replaces 927/QĐ-UBND (a document replaced by the subject, stated with 'thay thế'); no separate repeals (the text does not say bãi bỏ).")
g.note("Annex tables: the 'Phí, lệ phí' column ('Theo Nghị quyết số 22/2025/NQ-HĐND ngày 10/11/2025 của HĐND tỉnh Cao Bằng'; 'giảm 50 % mức phí, lệ phí theo Nghị quyết số 89/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh Cao Bằng', 8 rows, and the two Phụ lục II column headings) and the 'Căn cứ pháp lý' column ('Khoản 1 Điều 31 Nghị định số 136/2025/NĐ-CP ngày 12/6/2025 của Chính phủ', 'Khoản 3 Điều 8 Thông tư số 14/2025/TT-BNNMT ngày 19/6/2025 [của Bộ Nông nghiệp và Môi trường]', ...) are the legal basis / fee basis of each listed procedure, not Căn cứ lines of the decision: every repetition is a reference (66 located by regex, checked against the row-by-row list), no relation (as dev 919fbc83, blind 27cbc642). Surfaces start at the kind word ('Khoản 1 Điều 31' and 'Điểm c, d, đ, e khoản 4 Điều 31' are article pointers outside the mention) and run through the contiguous date and 'của ...'; the closing period is outside. Issuer 'HĐND tỉnh Cao Bằng' as written (abbreviation not expanded, README decision 13).")
g.note("Numbers written with a space ('136/2025/NĐ- CP' twice, '22/2025/NQ- HĐND', '89/2022/NQ- HĐND', '03/2024/TT- BTNMT', '2490/QĐ- BNN'): surface as written, number with the space removed. Issuers are kept as written even where they look wrong: row 19 'Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Bộ Nông nghiệp và Môi trường', row 22 'Nghị định số 54/2024/NĐ-CP của Bộ Nông nghiệp và Môi trường', row 21 'Thông tư số 03/2024/TT- BTNMT của Bộ Nông nghiệp và Môi trường' (issuer stated, so issuer_inferred null). Where no issuer follows: issuer_inferred Chính phủ for NĐ-CP (54/2024 and 136/2025 inside the procedure names of row 15 / Phụ lục II row 7) and Bộ Nông nghiệp và Môi trường for TT-BNNMT (rows 1, 2 'Thông tư số 14/2025/TT-BNNMT ngày 19/6/2025.').")
g.note("Rows 20-24 'Luật Tài nguyên nước 2023.': numberless law with its customary year, surface with the year, date null (ruling 'Luật X 2024' keeps its year); 5 references, no relation; the text never states its number. Rows 21, 22 note column '... theo QĐ số 2490/QĐ- BNN ngày 01/7/2025': abbreviation QĐ -> type Quyết định (README lists the QĐ abbreviation), number 2490/QĐ-BNN, date 2025-07-01; no relation (it is what cut the processing time, not a relation of the subject). issuer_inferred null: BNN was the code of the former Bộ Nông nghiệp và Phát triển nông thôn, which no longer existed on 01/7/2025, so the code does not name the issuer unambiguously.")
g.note("Not references: 'Đề án, báo cáo thăm dò đánh giá trữ lượng ...' and 'Đề án khai thác, sử dụng nước mặt ...' (Phụ lục II rows: categories of applicants' dossiers, generic), 'Phụ lục I', 'Phụ lục II', 'Phụ lục kèm theo' (own annexes), 'quy định của Hội đồng nhân dân tỉnh Cao Bằng' (no document named), the procedure codes '(1.004122)' etc. Site boilerplate (ruling): footer title lines 'Quyết định 1949/QĐ-UBND năm 2025 công bố ...' (year phrase in the surface, date null) and 'Quyết định 1949/QĐ-UBND ngày 18/11/2025 công bố ...', and 'Nghị định 13/2023/NĐ-CP' twice in the data-protection notice: references, no relation. The English copyright lines, the site's 'CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN' / 'Văn bản bị thay thế' / 'Văn bản thay thế' UI labels, the 'Văn bản liên quan' block (dates only), 'Thông báo này' and the site's 'Quy chế và Thỏa thuận ...' are not annotated.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
print("wrote", H, len(g.refs), "refs", len(g.rels), "rels")
