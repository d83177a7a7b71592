# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 087cf37a325c4959.md (văn bản hợp nhất 57/VBHN-BCT of Thông tư 09/2025/TT-BCT).

Annotated blind: every mention decided by reading the text; offsets come from str.find (Gold.ref).
A regex only locates the many "Thông tư số ..." mentions (59); the script checks the sequence of
numbers it finds against the list read by hand, and that every document number in the text is
covered by some reference.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "087cf37a325c4959"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
SUBJ = "57/VBHN-BCT"
g = Gold(TEXT, kind="legal", subject_document=SUBJ, source=H + ".md")
T = g.text
BCT = "Bộ Công Thương"
BT = "Bộ trưởng Bộ Công Thương"
CP = "Chính phủ"

# ---- header: bare own number "Số:\n57/VBHN-BCT" ----------------------------------------------
g.ref(SUBJ, "Văn bản hợp nhất", SUBJ, issuer_inferred=BCT)

# ---- every "Thông tư số N [ngày ...] [của Bộ trưởng Bộ Công Thương]" ----------------------------
TT = re.compile(r"Thông\s+tư\s+số\s+(\d+/\d{4}/TT-\s?BCT)(\s+ngày\s+\d+\s+tháng\s+\d+\s+năm\s+\d{4})?"
                r"(\s+của\s+Bộ\s+trưởng\s+Bộ\s+Công\s+Thương)?")
EXPECTED = (
    # header: base Thông tư, "được sửa đổi, bổ sung bởi: 1. 25/2025 ... 09/2025; 2. 54/2025 ... 09/2025 và 12/2025"
    ["09", "25", "09", "54", "09", "12"]
    # Điều 15 khoản 2 "Bãi bỏ các Thông tư sau": a) 57/2014; b) 31/2022 (amending 57/2014 and 57/2020); c) 19/2023; d) 20/2024; đ) 15/2022
    + ["57/2014", "31", "57/2014", "57/2020", "19", "20", "15"]
    # Phụ lục "(Ban hành kèm theo Thông tư số 09/2025/TT-BCT ...)"
    + ["09"]
    # footnote [1]: 25/2025's and 54/2025's own Căn cứ (titles + enactment lines)
    + ["25", "09", "09", "54", "09", "12", "09", "12"]
    # footnotes [2]-[5], [8]-[12]: 54/2025 (title: 09/2025 and 12/2025); [6], [7]: 25/2025 (title: 09/2025)
    + ["54", "09", "12"] * 4 + ["25", "09"] * 2 + ["54", "09", "12"] * 5
    # footnote [13]: Điều 2 of 25/2025; Điều 3 and 4 of 54/2025; "tiếp tục đàm phán theo ... Thông tư số 12/2025/TT-BCT"
    + ["25", "09", "54", "09", "12", "12"]
)
found = []
for m in TT.finditer(T):
    num = m.group(1).replace(" ", "")
    short = num.split("/")[0] if not num.startswith("57/") else "/".join(num.split("/")[:2])
    found.append(short)
    issuer = BT if m.group(3) else None
    g.ref(m.group(0), "Thông tư", num, issuer=issuer, issuer_inferred=None if issuer else BCT, after=m.start())
assert found == EXPECTED, found
assert len(found) == 59

# ---- Căn cứ lines reproduced from 09/2025/TT-BCT ---------------------------------------------
g.ref("Luật Điện lực\nngày 30 tháng 11 năm 2024", "Luật", occ=0)
g.ref("Nghị định số\n96/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của Chính phủ", "Nghị định", "96/2022/NĐ-CP", issuer=CP)
g.ref("Nghị định số 105/2024/NĐ-CP\nngày 01 tháng 8 năm 2024", "Nghị định", "105/2024/NĐ-CP")
g.ref("Nghị định số\n96/2022/NĐ-CP", "Nghị định", "96/2022/NĐ-CP", after="ngày 01 tháng 8 năm 2024 sửa đổi, bổ sung")
g.ref("Nghị định số* *26/2018/NĐ-CP ngày 28 tháng 02 năm 2018 của\nChính phủ", "Nghị định", "26/2018/NĐ-CP", issuer=CP)

# ---- body: Luật Điện lực --------------------------------------------------------------------
g.ref("Luật Điện lực số 61/2024/QH15", "Luật", "61/2024/QH15")                       # Điều 1 khoản 1
g.ref("Luật\nĐiện lực", "Luật")                                                      # "b) Khoản 3 Điều 51 Luật\nĐiện lực"
g.ref("Luật Điện lực", "Luật", after="theo quy định tại Luật Điện lực (hiện nay")     # Điều 2 khoản 2
g.ref("Luật Điện lực", "Luật", after="quy định tại khoản 5 Điều 20 ")                 # Điều 2 khoản 6

# ---- footnote [1]: Căn cứ of 25/2025/TT-BCT and of 54/2025/TT-BCT -------------------------------
g.ref("Luật Điện lực\nngày 30 tháng 11 năm 2024", "Luật", occ=1)
ND40 = "Nghị định số\n40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ"
g.ref(ND40, "Nghị định", "40/2025/NĐ-CP", issuer=CP, occ="all")
assert len(g.find(ND40, occ="all")) == 2
g.ref("Luật Điện lực\nsố 61/2024/QH15", "Luật", "61/2024/QH15")

# every document number in the text is inside some reference
for m in re.finditer(r"\d+/(\d{4}/)?(TT-\s?BCT|NĐ-CP|QH15|VBHN-BCT)", T):
    assert any(r["start"] <= m.start() and m.end() <= r["end"] for r in g.refs), m.group(0)
assert len(g.refs) == 59 + 1 + 5 + 4 + 4

# ---- relations ------------------------------------------------------------------------------
B = "09/2025/TT-BCT"
LDL = "61/2024/QH15"
# header "... được sửa đổi, bổ sung bởi: 1. ...; 2. ..."
g.rel("25/2025/TT-BCT", B, "amends", "Thông tư số\n25/2025/TT-BCT ngày 13 tháng 04 năm 2025 của Bộ trưởng Bộ Công Thương sửa đổi,\nbổ sung Điều 3 Thông tư số 09/2025/TT-BCT")
g.rel("54/2025/TT-BCT", B, "amends", "Thông tư số\n54/2025/TT-BCT ngày 21 tháng 11 năm 2025 của Bộ trưởng Bộ Công Thương sửa đổi, bổ\nsung một số điều của Thông tư số 09/2025/TT-BCT")
i = T.find("Thông tư số\n54/2025/TT-BCT ngày 21 tháng 11 năm 2025")
j = T.find("Thông tư số 12/2025/TT-BCT", i) + len("Thông tư số 12/2025/TT-BCT")
g.rel("54/2025/TT-BCT", "12/2025/TT-BCT", "amends", T[i:j])
# Căn cứ lines of the consolidated Thông tư 09/2025/TT-BCT
g.rel(B, LDL, "legal_basis", "Căn cứ Luật Điện lực\nngày 30 tháng 11 năm 2024")
g.rel(B, "96/2022/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n96/2022/NĐ-CP")
g.rel(B, "105/2024/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n96/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm\nvụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương; Nghị định số 105/2024/NĐ-CP")
g.rel("105/2024/NĐ-CP", "96/2022/NĐ-CP", "amends", "Nghị định số 105/2024/NĐ-CP\nngày 01 tháng 8 năm 2024 sửa đổi, bổ sung một số điều của Nghị định số\n96/2022/NĐ-CP")
g.rel("105/2024/NĐ-CP", "26/2018/NĐ-CP", "amends", "Nghị định số 105/2024/NĐ-CP\nngày 01 tháng 8 năm 2024 sửa đổi, bổ sung một số điều của Nghị định số\n96/2022/NĐ-CP và Nghị định số* *26/2018/NĐ-CP")
# Điều 1
g.rel(B, LDL, "guides", "Thông tư này quy định chi\ntiết một số điều của Luật Điện lực số 61/2024/QH15")
# Điều 15 khoản 2 "Bãi bỏ các Thông tư sau:" (items a-đ)
for num in ["57/2014/TT-BCT", "31/2022/TT-BCT", "19/2023/TT-BCT", "20/2024/TT-BCT", "15/2022/TT-BCT"]:
    g.rel(B, num, "repeals", "Bãi bỏ các Thông tư\nsau:")
i = T.find("Thông tư số\n31/2022/TT-BCT")
j57 = T.find("57/2014/TT-BCT", i) + len("57/2014/TT-BCT")
j20 = T.find("57/2020/TT-BCT", i) + len("57/2020/TT-BCT")
g.rel("31/2022/TT-BCT", "57/2014/TT-BCT", "amends", T[i:j57])
g.rel("31/2022/TT-BCT", "57/2020/TT-BCT", "amends", T[i:j20])
# footnote [1]: the amending circulars' own Căn cứ
i = T.find("[1] Thông tư số\n25/2025/TT-BCT") + len("[1] ")
j = T.find("Căn cứ Luật Điện lực", i) + len("Căn cứ Luật Điện lực")
g.rel("25/2025/TT-BCT", LDL, "legal_basis", T[i:j])
j = T.find("Căn cứ Nghị định số\n40/2025/NĐ-CP", i) + len("Căn cứ Nghị định số\n40/2025/NĐ-CP")
g.rel("25/2025/TT-BCT", "40/2025/NĐ-CP", "legal_basis", T[i:j])
i = T.find("Thông tư số\n54/2025/TT-BCT sửa đổi, bổ sung một số điều của Thông tư số 09/2025/TT- BCT")
j = T.find("Căn cứ Luật Điện lực\nsố 61/2024/QH15", i) + len("Căn cứ Luật Điện lực\nsố 61/2024/QH15")
assert i > 0 and j > i
g.rel("54/2025/TT-BCT", LDL, "legal_basis", T[i:j])
j = T.find("Căn cứ Nghị định số\n40/2025/NĐ-CP", i) + len("Căn cứ Nghị định số\n40/2025/NĐ-CP")
g.rel("54/2025/TT-BCT", "40/2025/NĐ-CP", "legal_basis", T[i:j])

# ---- notes ----------------------------------------------------------------------------------
g.note("Markdown page of a consolidated text (văn bản hợp nhất) of the Ministry of Industry and Trade. 'Số:\\n57/VBHN-BCT' is the bare own number: type 'Văn bản hợp nhất', issuer_inferred Bộ Công Thương (BCT, per the rulings). The heading '**THÔNG TƯ** / QUY ĐỊNH HỒ SƠ, ...' is the consolidated circular's title without number: not a reference.")
g.note("No consolidates relation: unlike held-out 107 and dev 008, this page has no sentence 'Văn bản hợp nhất này được xây dựng trên cơ sở hợp nhất ...' (only the header list '..., được sửa đổi, bổ sung bởi: 1. ... 2. ...' and 'XÁC THỰC VĂN BẢN HỢP NHẤT'), so no evidence states the consolidation. The header list gives 25/2025/TT-BCT amends 09/2025/TT-BCT and 54/2025/TT-BCT amends 09/2025/TT-BCT and 12/2025/TT-BCT (both named in its title).")
g.note("Following held-out 107 (decision 7): the Căn cứ lines reproduced at the top are those of the consolidated circular 09/2025/TT-BCT (its enactment line 'Bộ trưởng Bộ Công Thương ban hành Thông tư quy định ...' follows them), so legal_basis goes from 09/2025/TT-BCT; likewise 'Thông tư này quy định chi tiết một số điều của Luật Điện lực số 61/2024/QH15' (Điều 1) gives 09/2025/TT-BCT guides 61/2024/QH15, and Điều 15 khoản 2 'Bãi bỏ các Thông tư sau:' gives repeals from 09/2025/TT-BCT to items a-đ (evidence = the heading, README decision 9). Footnote [1] '... có căn cứ ban hành như sau: “Căn cứ ...' states the own legal basis of 25/2025/TT-BCT and of 54/2025/TT-BCT: legal_basis from them.")
g.note("Căn cứ 'Nghị định số 96/2022/NĐ-CP ...; Nghị định số 105/2024/NĐ-CP ngày 01 tháng 8 năm 2024 sửa đổi, bổ sung một số điều của Nghị định số 96/2022/NĐ-CP và Nghị định số 26/2018/NĐ-CP ... của Chính phủ': two documents separated by ';' are both legal_basis (README decision 4); 105/2024 amends 96/2022 and 26/2018, which are inside its title (no legal_basis to them). The shared 'của Chính phủ' goes only to the last item 26/2018 (README decision 2); 105/2024 has issuer null.")
g.note("'Nghị định số* *26/2018/NĐ-CP ...': the '* *' (an italic span closed and reopened by the page) sits inside the mention, so it stays in the surface (ANNOTATION.md: markers are never inside a surface unless they sit inside the mention; held-out 13 decision 4). The number is written '54/2025/TT- BCT' / '09/2025/TT- BCT' with a space in several footnotes: surface as written, number with the space removed.")
g.note("Luật Điện lực: the text states its number (Điều 1 'Luật Điện lực số 61/2024/QH15', footnote [1] 'Căn cứ Luật Điện lực số 61/2024/QH15'); the numberless mentions ('Luật Điện lực ngày 30 tháng 11 năm 2024' in two Căn cứ lines, 'Luật\\nĐiện lực', 'Luật Điện lực' twice in Điều 2) keep number null (README decision 7), and, extending this set's ruling for numberless laws whose number the text states, the relation ends use 61/2024/QH15 (the law of 30 November 2024 is that law), so the legal_basis and guides relations meet in one node.")
g.note("Footnotes [2]-[13] repeat 'Thông tư số 54/2025/TT-BCT (or 25/2025/TT-BCT) sửa đổi, bổ sung một số điều của Thông tư số 09/2025/TT-BCT ... và Thông tư số 12/2025/TT-BCT ...' eleven times and the enactment lines of footnote [1] repeat them again: every mention is a reference (59 'Thông tư số ...' mentions in all), the amends relations are stated once (one relation per triple). Issuer 'Bộ trưởng Bộ Công Thương' as written (line breaks collapsed) when contiguous, else null with issuer_inferred Bộ Công Thương.")
g.note("31/2022/TT-BCT (item b of the repeal list) amends 57/2014/TT-BCT and 57/2020/TT-BCT (its title); only 31/2022 is repealed, not 57/2020 (not a list item). Footnote [13], Điều 3 of 54/2025: '... tiếp tục đàm phán theo quy định tại Thông tư số 12/2025/TT-BCT' is a transitional saving clause: reference, no continues (held-out 13 decision 6). '(Ban hành kèm theo Thông tư số 09/2025/TT-BCT ...)' under PHỤ LỤC: reference, no relation.")
g.note("Not references: 'Thông tư này', 'Điều này', 'Hiệp định này' (pointers); 'Điều ước quốc tế mà Việt Nam là thành viên (Hiệp định giữa hai Chính phủ)', 'các văn bản của cấp có thẩm quyền', 'các quyết định của Thủ tướng Chính phủ', 'Tờ trình đề nghị thẩm định và phê duyệt khung giá phát điện' (a dossier item), 'Báo cáo nghiên cứu khả thi đầu tư xây dựng' (generic); 'Quy hoạch phát triển điện lực quốc gia', 'Quy hoạch không gian biển quốc gia', 'Quy hoạch tổng thể quốc gia' (plans, decided non-documents); 'biểu giá chi phí tránh được do Bộ Công Thương ban hành hàng năm' (unnamed, unnumbered); the enactment lines 'Bộ trưởng Bộ Công Thương ban hành Thông tư ...' (own documents without number).")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
