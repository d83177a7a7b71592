# ruff: noqa  (annotation data: long literal lines by design)
"""Second-annotator gold for the wild text 150d48a05ed57aa3.md (Quyết định 44/2025/QĐ-UBND, Quảng Ngãi)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold, collapse

H = "150d48a05ed57aa3"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "44/2025/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
TTG = "Thủ tướng Chính phủ"
KT = "Ủy ban nhân dân tỉnh Kon Tum"

g.ref(S, "Quyết định", S)                                                      # "Số:\n44/2025/QĐ-UBND"

# ---- Căn cứ --------------------------------------------------------------------------------
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025", "Luật")
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")

g.ref("Luật Ban hành văn bản\nquy phạm pháp luật ngày 19 tháng 02 năm 2025", "Luật")
g.rel(S, "Luật Ban hành văn bản quy phạm pháp luật", "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật")
A1 = "Luật sửa đổi, bổ sung một số điều\ncủa Luật Ban hành văn bản quy phạm pháp luật"
g.ref(A1 + " ngày 25 tháng 6 năm 2025", "Luật")
g.ref("Luật Ban hành văn bản quy phạm pháp luật", "Luật", after=A1)             # inside the amending law
g.rel(S, collapse(A1), "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật ngày 19 tháng 02 năm 2025; " + A1)
g.rel(collapse(A1), "Luật Ban hành văn bản quy phạm pháp luật", "amends", A1)

g.ref("Luật Quản lý, sử dụng\ntài sản công ngày 21 tháng 6 năm 2017", "Luật")
g.rel(S, "Luật Quản lý, sử dụng tài sản công", "legal_basis", "Căn cứ Luật Quản lý, sử dụng\ntài sản công")
PPP = "Luật Đầu tư theo phướng thức đối tác\ncông tư"
g.ref(PPP + " ngày 18 tháng 6 năm 2020", "Luật")
g.rel(S, collapse(PPP), "legal_basis", "Căn cứ Luật Quản lý, sử dụng\ntài sản công ngày 21 tháng 6 năm 2017; " + PPP)

# amending law of 29/11/2024 (nine laws named inside, lower case as written)
A2 = ("Luật sửa đổi, bổ sung một số điều của luật chứng\nkhoán, luật kế toán, luật kiểm toán độc lập, luật ngân sách nhà nước, luật quản\n"
      "lý, sử dụng tài sản công, luật quản lý thuế, luật thuế thu nhập cá nhân, luật dự\ntrữ quốc gia, luật xử lý vi phạm hành chính")
a2 = T.index(A2)
g.ref(A2 + " ngày 29 tháng 11 năm 2024", "Luật")
A2_LAWS = ["luật chứng\nkhoán", "luật kế toán", "luật kiểm toán độc lập", "luật ngân sách nhà nước", "luật quản\nlý, sử dụng tài sản công",
           "luật quản lý thuế", "luật thuế thu nhập cá nhân", "luật dự\ntrữ quốc gia", "luật xử lý vi phạm hành chính"]
pos = a2
for s in A2_LAWS:
    p = T.index(s, pos)
    assert p < a2 + len(A2)
    g.ref(s, "Luật", after=p, occ=0)
    g.rel(collapse(A2), collapse(s), "amends", T[a2 : p + len(s)])
    pos = p + len(s)
g.rel(S, collapse(A2), "legal_basis", "công tư ngày 18 tháng 6 năm 2020; " + A2[: A2.index(" của")])

# amending law of 25/6/2025 (eight laws named inside)
A3 = ("Luật sửa\nđổi, bổ sung một số điều của luật đấu thầu, luật đầu tư theo phương thức đối\ntác công tư, luật hải quan, luật thuế giá trị gia tăng, luật thuế xuất khẩu,\n"
      "thuế nhập khẩu, luật đầu tư, luật đầu tư công, luật quán lý, sử dụng tài sản\ncông")
a3 = T.index(A3)
g.ref(A3 + " ngày 25 tháng 6 năm 2025", "Luật")
A3_LAWS = ["luật đấu thầu", "luật đầu tư theo phương thức đối\ntác công tư", "luật hải quan", "luật thuế giá trị gia tăng",
           "luật thuế xuất khẩu,\nthuế nhập khẩu", "luật đầu tư", "luật đầu tư công", "luật quán lý, sử dụng tài sản\ncông"]
pos = a3
for s in A3_LAWS:
    p = T.index(s, pos)
    assert p < a3 + len(A3)
    if s == "luật đầu tư":
        assert T[p + len(s)] == ","
    g.ref(s, "Luật", after=p, occ=0)
    g.rel(collapse(A3), collapse(s), "amends", T[a3 : p + len(s)])
    pos = p + len(s)
g.rel(S, collapse(A3), "legal_basis", "luật xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024; " + A3[: A3.index(" một")])

QD15 = "15/2025/QĐ-TTg"
g.ref("Quyết định số\n15/2025/QĐ-TTg ngày 14 tháng 6 năm 2025 của Thủ tướng Chính phủ", "Quyết định", QD15, issuer=TTG)
g.rel(S, QD15, "legal_basis", "Căn cứ Quyết định số\n15/2025/QĐ-TTg")

# Theo đề nghị ... tại Tờ trình / Công văn / Báo cáo: references, no relation (markers inside kept)
g.ref("Tờ trình số 52/TTr-STC* *ngày 23 tháng 10 năm 2025", "Tờ trình", "52/TTr-STC", date="2025-10-23")
g.ref("Công văn\nsố 3976/STC-QLGCS ngày 13 tháng* *11 năm 2025", "Công văn", "3976/STC-QLGCS", date="2025-11-13")
g.ref("Báo cáo số* *136/BC-STP ngày 08 tháng 10 năm 2025", "Báo cáo", "136/BC-STP", date="2025-10-08")

# ---- articles: Quyết định 15/2025/QĐ-TTg cited (no relation) ---------------------------------
g.ref("Quyết định số 15/2025/QĐ-TTg ngày 14 tháng 6 năm 2025 của Thủ tướng Chính\nphủ", "Quyết định", QD15, issuer=TTG)
art3 = T.index("**Điều 3.")
art4 = T.index("**Điều 4.")
short = [m.start() for m in re.finditer(r"Quyết định\s+số\s+15/2025/QĐ-TTg", T[art3:art4])]
assert len(short) == 8, short
for st in short:
    m = re.match(r"Quyết định\s+số\s+15/2025/QĐ-TTg", T[art3 + st:])
    g.ref(m.group(0), "Quyết định", QD15, after=art3 + st, occ=0)

# ---- Điều 5 khoản 2: decisions of Kon Tum that cease to have effect ------------------------
HEAD = "Các Quyết định sau hết hiệu\nlực thi hành"
items = [
    ("a)", "Quyết định số\n09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Kon Tum", "09/2019/QĐ-UBND"),
    ("b)", "Quyết định số\n06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Kon Tum", "06/2020/QĐ-UBND"),
    ("c)", "Quyết định số\n42/2020/QĐ-UBND ngày 21/12/2020 của Ủy ban nhân dân tỉnh Kon Tum", "42/2020/QĐ-UBND"),
    ("d)", "Quyết định số\n02/2021/QĐ-UBND ngày 28/01/2021 của Ủy ban nhân dân tỉnh Kon Tum", "02/2021/QĐ-UBND"),
    ("đ)", "Quyết định số\n31/2022/QĐ-UBND ngày 30/8/2022 của Ủy ban nhân dân tỉnh Kon Tum", "31/2022/QĐ-UBND"),
    ("e)", "Quyết định số\n60/2023/QĐ-UBND ngày 09/11/2023 của Ủy ban nhân dân tỉnh Kon Tum", "60/2023/QĐ-UBND"),
    ("g)", "Quyết định số\n29/2024/QĐ-UBND ngày 31/5/2024 của Ủy ban nhân dân tỉnh Kon Tum", "29/2024/QĐ-UBND"),
    ("h)", "Quyết định số\n76/2024/QĐ-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh Kon Tum", "76/2024/QĐ-UBND"),
]
for label, surface, num in items:
    assert T.find(label + " " + surface) > 0, label
    g.ref(surface, "Quyết định", num, issuer=KT)
    g.rel(S, num, "repeals", HEAD)
# b) 06/2020 supplements 09/2019
g.ref("Quyết định\n09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh", "Quyết định", "09/2019/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh")
g.rel("06/2020/QĐ-UBND", "09/2019/QĐ-UBND", "amends", "06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu\nchuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Quyết định\n09/2019/QĐ-UBND")
# c) 42/2020 supplements 09/2019 and 06/2020
c = T.index("c) Quyết định số")
g.ref("Quyết định số\n09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019", "Quyết định", "09/2019/QĐ-UBND", after=c, occ=0)
g.ref("quyết định số 06/2020/QĐ-UBND ngày\n13 tháng 02 năm 2020 của Ủy ban nhân dân tỉnh", "Quyết định", "06/2020/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh")
ev_c = T[T.index("42/2020/QĐ-UBND ngày 21/12/2020"): T.index("quyết định số 06/2020/QĐ-UBND") + len("quyết định số 06/2020/QĐ-UBND")]
g.rel("42/2020/QĐ-UBND", "09/2019/QĐ-UBND", "amends", ev_c[: ev_c.index("09/2019/QĐ-UBND") + len("09/2019/QĐ-UBND")])
g.rel("42/2020/QĐ-UBND", "06/2020/QĐ-UBND", "amends", ev_c)
# đ) 31/2022 supplements 09/2019, 06/2020 and 42/2020
d = T.index("đ) Quyết định số")
g.ref("Quyết định số\n09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019", "Quyết định", "09/2019/QĐ-UBND", after=d, occ=0)
g.ref("Quyết định số 06/2020/QĐ-UBND ngày 13\ntháng 02 năm 2020", "Quyết định", "06/2020/QĐ-UBND")
g.ref("Quyết định số 42/2020/QĐ-UBND ngày 21 tháng 12 năm 2020 của\nỦy ban nhân dân tỉnh Kon Tum", "Quyết định", "42/2020/QĐ-UBND", issuer=KT)
s31 = T.index("31/2022/QĐ-UBND ngày 30/8/2022")
def upto(s, start):
    return T[start: T.index(s, start) + len(s)]
g.rel("31/2022/QĐ-UBND", "09/2019/QĐ-UBND", "amends", upto("09/2019/QĐ-UBND", s31))
g.rel("31/2022/QĐ-UBND", "06/2020/QĐ-UBND", "amends", upto("Quyết định số 06/2020/QĐ-UBND", s31))
g.rel("31/2022/QĐ-UBND", "42/2020/QĐ-UBND", "amends", upto("Quyết định số 42/2020/QĐ-UBND", s31))
# h) 76/2024 amends Điều 1 of 09/2019
g.ref("Quyết định số 09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019 của Ủy ban nhân\ndân tỉnh Kon Tum", "Quyết định", "09/2019/QĐ-UBND", issuer=KT)
s76 = T.index("76/2024/QĐ-UBND ngày 10/12/2024")
g.rel("76/2024/QĐ-UBND", "09/2019/QĐ-UBND", "amends", upto("Quyết định số 09/2019/QĐ-UBND", s76))

g.note("Header 'Số:\\n44/2025/QĐ-UBND': bare own number. The title 'QUYẾT ĐỊNH / PHÂN CẤP ...' and 'Ủy ban nhân dân tỉnh ban hành Quyết định phân cấp ...' are the own document without number: not references. 'Quyết định này' is a pointer.")
g.note("Căn cứ: every law listed directly after Căn cứ or after ';' in a Căn cứ line is a legal_basis (decision 4), including the three numberless amending laws; relation names are their surfaces without the date, whitespace collapsed. The typos 'phướng thức' and 'luật quán lý' are kept as written in surfaces and names.")
g.note("The two amending laws (of 29/11/2024 and 25/6/2025) list the amended laws in lower case ('luật chứng khoán, luật kế toán, ...'), as in their official titles: each is an overlapping numberless reference of type Luật, surface as written (lower case, line breaks kept), and gets amends from its amending law (9 + 8). 'luật thuế xuất khẩu,\\nthuế nhập khẩu' is one law (Luật Thuế xuất khẩu, thuế nhập khẩu). The lower-case names are not respelled, so 'luật quản lý, sử dụng tài sản công' (amended) and 'Luật Quản lý, sử dụng tài sản công' (legal_basis) are different strings; likewise the PPP law.")
g.note("'Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 52/TTr-STC* *ngày ...', 'Công văn số 3976/STC-QLGCS ngày 13 tháng* *11 năm 2025', 'Báo cáo số* *136/BC-STP ngày ...': numbered references without relation; the Markdown markers sit inside these mentions and stay in the surfaces (dates set by reading); issuer null (the official is named before 'tại', outside the mention), no issuer_inferred for the local codes STC/STP.")
g.note("15/2025/QĐ-TTg: legal_basis (Căn cứ), then cited 9 more times in Điều 1 and Điều 3 ('không áp dụng đối với trường hợp quy định tại ...', 'ban hành kèm theo Quyết định số ...'): references without relation; its title 'Quy định tiêu chuẩn, định mức ...' is outside the surfaces.")
g.note("Điều 5 khoản 2 'Các Quyết định sau hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực': repeals from the subject to each of the 8 listed decisions of Ủy ban nhân dân tỉnh Kon Tum (evidence = the heading, decision 9). Inside items b), c), đ), h) the decisions named as being supplemented ('bổ sung tiêu chuẩn ... quy định tại Quyết định ...', 'sửa đổi, bổ sung ... quy định tại điều 1 của Quyết định ...') are references and get amends from the item's decision (6 relations). In lists ('Quyết định số 09/2019 ... và quyết định số 06/2020 ... của Ủy ban nhân dân tỉnh') the shared issuer goes to the last item only (decision 2); the lower-case 'quyết định số 06/2020/QĐ-UBND' counts. '(đã được sửa đổi, bổ sung)' is outside the surface.")
g.note("'quy định chi tiết hướng dẫn của Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Giáo dục và Đào tạo', 'quyết định tiêu chuẩn, định mức ...', 'các văn bản quy phạm pháp luật viện dẫn tại Quyết định này' (Điều 5 khoản 3), 'văn bản đã ban hành' (Điều 4) are generic: not references.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "second", H + ".gold.json"))
