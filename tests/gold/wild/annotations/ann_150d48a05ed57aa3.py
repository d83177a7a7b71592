# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 150d48a05ed57aa3.md (Quyết định 44/2025/QĐ-UBND of UBND tỉnh Quảng Ngãi).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied into the repository: it is read from ../shared/corpus/wild/.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold, collapse

H = "150d48a05ed57aa3"
SPLIT = "dev"
S = "44/2025/QĐ-UBND"
g = Gold(os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md"),
         kind="legal", subject_document=S, source=H + ".md")
T = g.text
TTG = "Thủ tướng Chính phủ"
KT = "Ủy ban nhân dân tỉnh Kon Tum"
UT = "Ủy ban nhân dân tỉnh"

g.ref(S, "Quyết định", S)                                                  # "Số:\n44/2025/QĐ-UBND"

# ---- Căn cứ -------------------------------------------------------------------------------
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025", "Luật")
g.ref("Luật Ban hành văn bản\nquy phạm pháp luật ngày 19 tháng 02 năm 2025", "Luật")
AM_BH = "Luật sửa đổi, bổ sung một số điều\ncủa Luật Ban hành văn bản quy phạm pháp luật"
g.ref(AM_BH + " ngày 25 tháng 6 năm 2025", "Luật")
g.ref("Luật Ban hành văn bản quy phạm pháp luật", "Luật", after=AM_BH)      # inside the amending law
g.ref("Luật Quản lý, sử dụng\ntài sản công ngày 21 tháng 6 năm 2017", "Luật")
g.ref("Luật Đầu tư theo phướng thức đối tác\ncông tư ngày 18 tháng 6 năm 2020", "Luật")
# amending law of 29/11/2024 (numberless) and the nine laws named inside it (lower case)
a24 = T.find("Luật sửa đổi, bổ sung một số điều của luật chứng")
e24 = T.find(" ngày 29 tháng 11 năm 2024", a24)
AM24 = T[a24:e24]
g.ref(AM24 + " ngày 29 tháng 11 năm 2024", "Luật")
IN24 = ["luật chứng\nkhoán", "luật kế toán", "luật kiểm toán độc lập", "luật ngân sách nhà nước",
        "luật quản\nlý, sử dụng tài sản công", "luật quản lý thuế", "luật thuế thu nhập cá nhân",
        "luật dự\ntrữ quốc gia", "luật xử lý vi phạm hành chính"]
for s in IN24:
    r = g.ref(s, "Luật", after=a24)[0]
    assert r["end"] <= e24, s
# amending law of 25/6/2025 (numberless) and the eight laws named inside it (lower case)
a25 = T.find("Luật sửa\nđổi, bổ sung một số điều của luật đấu thầu")
e25 = T.find(" ngày 25 tháng 6 năm 2025", a25)
AM25 = T[a25:e25]
g.ref(AM25 + " ngày 25 tháng 6 năm 2025", "Luật")
IN25 = ["luật đấu thầu", "luật đầu tư theo phương thức đối\ntác công tư", "luật hải quan",
        "luật thuế giá trị gia tăng", "luật thuế xuất khẩu,\nthuế nhập khẩu", "luật đầu tư, ",
        "luật đầu tư công", "luật quán lý, sử dụng tài sản\ncông"]
for s in IN25:
    if s == "luật đầu tư, ":
        r = g.ref("luật đầu tư", "Luật", after=T.find("thuế nhập khẩu, luật đầu tư, ", a25) + len("thuế nhập khẩu, "))[0]
        assert T[r["end"]:r["end"] + 2] == ", "
    else:
        r = g.ref(s, "Luật", after=a25)[0]
    assert r["end"] <= e25, s
g.ref("Quyết định số\n15/2025/QĐ-TTg ngày 14 tháng 6 năm 2025 của Thủ tướng Chính phủ", "Quyết định", "15/2025/QĐ-TTg", issuer=TTG)
# Theo đề nghị ... (no relation)
g.ref("Tờ trình số 52/TTr-STC* *ngày 23 tháng 10 năm 2025", "Tờ trình", "52/TTr-STC")
g.ref("Công văn\nsố 3976/STC-QLGCS ngày 13 tháng* *11 năm 2025", "Công văn", "3976/STC-QLGCS", date="2025-11-13")
g.ref("Báo cáo số* *136/BC-STP ngày 08 tháng 10 năm 2025", "Báo cáo", "136/BC-STP")

# ---- Điều 1, Điều 3: Quyết định 15/2025/QĐ-TTg ------------------------------------------------
g.ref("Quyết định số 15/2025/QĐ-TTg ngày 14 tháng 6 năm 2025 của Thủ tướng Chính\nphủ", "Quyết định", "15/2025/QĐ-TTg", issuer=TTG)
d3 = T.find("**Điều 3.")
q15 = [m.start() for m in re.finditer(r"Quyết định\s+số\s+15/2025/QĐ-TTg", T) if m.start() > d3]
assert len(q15) == 8
for p in q15:
    m = re.match(r"Quyết định\s+số\s+15/2025/QĐ-TTg", T[p:])
    g.ref(m.group(0), "Quyết định", "15/2025/QĐ-TTg", after=p)

# ---- Điều 5 khoản 2: repealed decisions of UBND tỉnh Kon Tum -----------------------------------
d5 = T.find("2. Các Quyết định sau hết hiệu")
REP = [("Quyết định số\n09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Kon Tum", "09/2019/QĐ-UBND"),
       ("Quyết định số\n06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Kon Tum", "06/2020/QĐ-UBND"),
       ("Quyết định số\n42/2020/QĐ-UBND ngày 21/12/2020 của Ủy ban nhân dân tỉnh Kon Tum", "42/2020/QĐ-UBND"),
       ("Quyết định số\n02/2021/QĐ-UBND ngày 28/01/2021 của Ủy ban nhân dân tỉnh Kon Tum", "02/2021/QĐ-UBND"),
       ("Quyết định số\n31/2022/QĐ-UBND ngày 30/8/2022 của Ủy ban nhân dân tỉnh Kon Tum", "31/2022/QĐ-UBND"),
       ("Quyết định số\n60/2023/QĐ-UBND ngày 09/11/2023 của Ủy ban nhân dân tỉnh Kon Tum", "60/2023/QĐ-UBND"),
       ("Quyết định số\n29/2024/QĐ-UBND ngày 31/5/2024 của Ủy ban nhân dân tỉnh Kon Tum", "29/2024/QĐ-UBND"),
       ("Quyết định số\n76/2024/QĐ-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh Kon Tum", "76/2024/QĐ-UBND")]
for s, n in REP:
    g.ref(s, "Quyết định", n, issuer=KT)
# decisions named inside the items' titles
ib = T.find("b) Quyết định số\n06/2020")
g.ref("Quyết định\n09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh", "Quyết định", "09/2019/QĐ-UBND", issuer=UT, after=ib)
ic = T.find("c) Quyết định số\n42/2020")
g.ref("Quyết định số\n09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019", "Quyết định", "09/2019/QĐ-UBND", after=ic)
g.ref("quyết định số 06/2020/QĐ-UBND ngày\n13 tháng 02 năm 2020 của Ủy ban nhân dân tỉnh", "Quyết định", "06/2020/QĐ-UBND", issuer=UT, after=ic)
idd = T.find("đ) Quyết định số\n31/2022")
g.ref("Quyết định số\n09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019", "Quyết định", "09/2019/QĐ-UBND", after=idd)
g.ref("Quyết định số 06/2020/QĐ-UBND ngày 13\ntháng 02 năm 2020", "Quyết định", "06/2020/QĐ-UBND", after=idd)
g.ref("Quyết định số 42/2020/QĐ-UBND ngày 21 tháng 12 năm 2020 của\nỦy ban nhân dân tỉnh Kon Tum", "Quyết định", "42/2020/QĐ-UBND", issuer=KT, after=idd)
ih = T.find("h) Quyết định số\n76/2024")
g.ref("Quyết định số 09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019 của Ủy ban nhân\ndân tỉnh Kon Tum", "Quyết định", "09/2019/QĐ-UBND", issuer=KT, after=ih)

# every "Quyết định ... số N" / numbered mention in the text was decided
for m in re.finditer(r"\d+/(?:\d{4}/)?[A-ZĐ]+-[A-ZĐ]+", T):
    assert any(r["start"] <= m.start() < r["end"] for r in g.refs), m.group(0)

# ---- relations ----------------------------------------------------------------------------
N = collapse
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, "Luật Ban hành văn bản quy phạm pháp luật", "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật")
g.rel(S, N(AM_BH), "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số điều\ncủa Luật Ban hành văn bản quy phạm pháp luật")
g.rel(N(AM_BH), "Luật Ban hành văn bản quy phạm pháp luật", "amends", AM_BH)
g.rel(S, "Luật Quản lý, sử dụng tài sản công", "legal_basis", "Căn cứ Luật Quản lý, sử dụng\ntài sản công")
g.rel(S, "Luật Đầu tư theo phướng thức đối tác công tư", "legal_basis", "Căn cứ Luật Quản lý, sử dụng\ntài sản công ngày 21 tháng 6 năm 2017; Luật Đầu tư theo phướng thức đối tác\ncông tư")
g.rel(S, N(AM24), "legal_basis", T[T.find("Căn cứ Luật Quản lý, sử dụng"):e24])
for s in IN24:
    g.rel(N(AM24), N(s), "amends", T[a24:T.find(s, a24) + len(s)])
g.rel(S, N(AM25), "legal_basis", T[T.find("Căn cứ Luật Quản lý, sử dụng"):e25])
for s in IN25:
    s = s.rstrip(", ")
    if s == "luật đầu tư":
        end = T.find("thuế nhập khẩu, luật đầu tư, ", a25) + len("thuế nhập khẩu, luật đầu tư")
    else:
        end = T.find(s, a25) + len(s)
    g.rel(N(AM25), N(s), "amends", T[a25:end])
g.rel(S, "15/2025/QĐ-TTg", "legal_basis", "Căn cứ Quyết định số\n15/2025/QĐ-TTg")
HEAD = "Các Quyết định sau hết hiệu\nlực thi hành"
for _, n in REP:
    g.rel(S, n, "repeals", HEAD)
g.rel("06/2020/QĐ-UBND", "09/2019/QĐ-UBND", "amends", "06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu\nchuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Quyết định\n09/2019/QĐ-UBND")
EV42 = "42/2020/QĐ-UBND ngày 21/12/2020 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu\nchuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Quyết định số\n09/2019/QĐ-UBND"
g.rel("42/2020/QĐ-UBND", "09/2019/QĐ-UBND", "amends", EV42)
g.rel("42/2020/QĐ-UBND", "06/2020/QĐ-UBND", "amends", EV42 + " ngày 28 tháng 5 năm 2019 và quyết định số 06/2020/QĐ-UBND")
EV31 = "31/2022/QĐ-UBND ngày 30/8/2022 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu\nchuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Quyết định số\n09/2019/QĐ-UBND"
g.rel("31/2022/QĐ-UBND", "09/2019/QĐ-UBND", "amends", EV31)
g.rel("31/2022/QĐ-UBND", "06/2020/QĐ-UBND", "amends", EV31 + " ngày 28 tháng 5 năm 2019, Quyết định số 06/2020/QĐ-UBND")
g.rel("31/2022/QĐ-UBND", "42/2020/QĐ-UBND", "amends", EV31 + " ngày 28 tháng 5 năm 2019, Quyết định số 06/2020/QĐ-UBND ngày 13\ntháng 02 năm 2020 và Quyết định số 42/2020/QĐ-UBND")
g.rel("76/2024/QĐ-UBND", "09/2019/QĐ-UBND", "amends", "76/2024/QĐ-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh Kon Tum sửa đổi, bổ\nsung tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ\nquan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Kon Tum quy định tại điều\n1 của Quyết định số 09/2019/QĐ-UBND")

# ---- notes ----------------------------------------------------------------------------------
g.note("Provincial decision (UBND tỉnh Quảng Ngãi), header 'Số:\\n44/2025/QĐ-UBND': bare own number. The title 'QUYẾT ĐỊNH / PHÂN CẤP ...' and 'Ủy ban nhân dân tỉnh ban hành Quyết định phân cấp ...' (own document, no number) are not references; 'Quyết định này' pointers; 'Các Quyết định sau' (plural heading), 'quyết định tiêu chuẩn, định mức' and 'văn bản quy phạm pháp luật khác' are generic.")
g.note("Căn cứ: legal_basis to every law of the three Căn cứ lines (the ';'-separated laws of one line each count, README 4), including the three numberless amending laws, and to 15/2025/QĐ-TTg (8 legal_basis). The amending laws are one reference each from 'Luật sửa đổi' through their date; relation names drop the date (whitespace collapsed). The laws named inside them are overlapping numberless references and are amended by them (1 + 9 + 8 amends).")
g.note("The laws inside the two multi-law amending laws are written in lower case ('luật chứng khoán', 'luật thuế xuất khẩu, thuế nhập khẩu', 'luật quán lý, sử dụng tài sản công' with the source's typo 'quán'): references of type Luật; surfaces and relation names kept as written (lower case, typo), since a relation name must be a prefix of its reference's surface. 'luật thuế xuất khẩu,\\nthuế nhập khẩu' is one law (Luật Thuế xuất khẩu, thuế nhập khẩu), not two. 'Luật Đầu tư theo phướng thức đối tác công tư' keeps the source's typo 'phướng'. 'luật quản lý, sử dụng tài sản công' inside the 2024 amending law is the same law as the Căn cứ head 'Luật Quản lý, sử dụng tài sản công', but its relation end is its own surface as written.")
g.note("'Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 52/TTr-STC ..., Công văn số 3976/STC-QLGCS ...; ý kiến thẩm định ... tại Báo cáo số 136/BC-STP ...': three numbered references, no relation. Markdown markers that sit inside these mentions stay in the surface ('Tờ trình số 52/TTr-STC* *ngày ...', 'Báo cáo số* *136/BC-STP ...', 'Công văn\\nsố 3976/STC-QLGCS ngày 13 tháng* *11 năm 2025'; the last date, 2025-11-13, is given by hand because the markers break the date pattern). issuer_inferred null for the codes STC, STC-QLGCS, BC-STP (outside the list; the issuer is named outside the mention).")
g.note("15/2025/QĐ-TTg: 10 references (Căn cứ, Điều 1 khoản 2 with date and issuer, 8 short mentions in Điều 3, pinpoints 'Mục A Phụ lục II ban hành kèm theo', 'điểm b khoản 1 Điều 5' outside the surface); cited as the applicable rules, no relation beyond legal_basis. '...ngày 14 tháng 6 năm 2025 của Thủ tướng Chính phủ Quy định tiêu chuẩn ...': the title 'Quy định ...' is outside the surface.")
g.note("Điều 5 khoản 2 'Các Quyết định sau hết hiệu lực thi hành ...': one repeals per item a)-h) (8), evidence the heading (README 9). Decisions of UBND tỉnh Kon Tum named in the items' titles are references too (09/2019 four more times, 06/2020 twice, 42/2020 once; lower-case 'quyết định số 06/2020/QĐ-UBND' counts); in a list the shared trailing 'của Ủy ban nhân dân tỉnh' goes to the last item only (README 2). Items that 'bổ sung' (06/2020, 42/2020, 31/2022) or 'sửa đổi, bổ sung' (76/2024) the standards 'quy định tại Quyết định ...' amend the decisions named (7 amends); '(đã được sửa đổi, bổ sung)' after 09/2019 in item h) is a gloss outside the surface.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
