# ruff: noqa  (annotation data: long literal lines by design)
"""Held-out gold for the real texts 07 and 13 (copied beside their gold in tests/gold/heldout/).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
Re-running this script rewrites the two .gold.json files.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
HELD = os.path.dirname(HERE)
sys.path.insert(0, os.path.dirname(HELD))  # tests/gold (annotate_helpers)
from annotate_helpers import Gold

CP = "Chính phủ"

# =============================================================================================
# 07  Luật số 57/2024/QH15 (first ~16k characters)
# =============================================================================================
n = "07_luat-57-2024-qh15-sua-doi-quy-hoach-dau-tu-ppp-dau-thau"
S = "57/2024/QH15"
g = Gold(os.path.join(HELD, n + ".txt"), kind="legal", subject_document=S)
T = g.text
g.ref("Luật số: 57/2024/QH15", "Luật", S)                      # header line with kind word
# own title: the laws named inside it (the own law itself is not a reference: no number there)
g.ref("LUẬT QUY HOẠCH", "Luật")
g.ref("LUẬT ĐẦU TƯ", "Luật", occ=0)                             # ", LUẬT ĐẦU TƯ, "
g.ref("LUẬT ĐẦU TƯ THEO PHƯƠNG THỨC ĐỐI TÁC CÔNG TƯ", "Luật")
g.ref("LUẬT ĐẤU THẦU", "Luật")
assert T[T.find("LUẬT ĐẦU TƯ") + len("LUẬT ĐẦU TƯ")] == ","
g.ref("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Hiến pháp")
# enactment clause "Quốc hội ban hành Luật sửa đổi, bổ sung ... của Luật Quy hoạch số 21/2017/QH14 đã được ..."
ENACT = "Quốc hội ban hành Luật sửa đổi"
g.ref("Luật Quy hoạch số 21/2017/QH14", "Luật", "21/2017/QH14")
QH_CHAIN = ["15/2023/QH15", "16/2023/QH15", "28/2023/QH15", "31/2024/QH15", "35/2024/QH15", "38/2024/QH15", "43/2024/QH15"]
DT_CHAIN = ["72/2020/QH14", "03/2022/QH15", "05/2022/QH15", "08/2022/QH15", "09/2022/QH15", "20/2023/QH15", "26/2023/QH15",
            "27/2023/QH15", "28/2023/QH15", "31/2024/QH15", "33/2024/QH15", "43/2024/QH15"]
PPP_CHAIN = ["03/2022/QH15", "28/2023/QH15", "35/2024/QH15"]
HEADS = [("Luật Quy hoạch số 21/2017/QH14", "21/2017/QH14", QH_CHAIN),
         ("Luật Đầu tư số 61/2020/QH14", "61/2020/QH14", DT_CHAIN),
         ("Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14", "64/2020/QH14", PPP_CHAIN)]
for head_surface, head_num, chain in HEADS:
    h = T.find(head_surface)
    assert h > 0
    if head_num != "21/2017/QH14":
        g.ref(head_surface, "Luật", head_num)
    pos = h
    for num in chain:
        s = "Luật số " + num
        p = T.find(s, pos)
        assert p > 0 and T.find(";", h, p) < 0, (head_num, num)   # still inside this head's clause
        g.ref(s, "Luật", num, after=pos)
        g.rel(num, head_num, "amends", T[h : p + len(s)])
        pos = p + len(s)
g.ref("Luật Đấu thầu số 22/2023/QH15", "Luật", "22/2023/QH15")
# the subject amends the four laws (enactment clause; the title and Điều 1/2 headings say it again)
g.rel(S, "21/2017/QH14", "amends", "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 21/2017/QH14")
g.rel(S, "61/2020/QH14", "amends", "Sửa đổi, bổ sung một số điều của Luật Đầu tư")
g.rel(S, "64/2020/QH14", "amends", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT QUY HOẠCH, LUẬT ĐẦU TƯ, LUẬT ĐẦU TƯ THEO PHƯƠNG THỨC ĐỐI TÁC CÔNG TƯ")
g.rel(S, "22/2023/QH15", "amends", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT QUY HOẠCH, LUẬT ĐẦU TƯ, LUẬT ĐẦU TƯ THEO PHƯƠNG THỨC ĐỐI TÁC CÔNG TƯ VÀ LUẬT ĐẤU THẦU")
g.rel(S, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "legal_basis", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")
# body
g.ref("Luật Quy hoạch", "Luật", after="Điều 1. Sửa đổi, bổ sung một số điều của ")
g.ref("Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15", "Luật", "47/2024/QH15")   # Phụ lục II row
g.ref("Luật Đầu tư", "Luật", after="Điều 2. Sửa đổi, bổ sung một số điều của ")
a = T.find("3a. Trường hợp có quy định khác nhau")
g.ref("Luật Đầu tư", "Luật", after=a, occ=0)                   # "Điều 36a của Luật Đầu tư và luật khác"
g.ref("Luật Đầu tư", "Luật", after=a, occ=1)                   # "... tại Điều 36a của Luật Đầu tư."
# partial repeals of the amended laws' provisions
g.rel(S, "21/2017/QH14", "repeals", "Bãi bỏ khoản 5 Điều 5, điểm đ khoản 1 và điểm đ khoản 3 Điều 16, điểm m khoản 2 Điều 27, Điều 28, khoản 3 Điều 47, Điều 52 và số thứ tự 31 tại Phụ lục I")
i = T.find("Sửa đổi, bổ sung, bãi bỏ")          # the heading holds no-break spaces (U+00A0)
g.rel(S, "61/2020/QH14", "repeals", T[i : T.find("Điều 31", i) + len("Điều 31")])
g.note("Header 'Luật số: 57/2024/QH15': the kind word 'Luật' stands before 'số:', so the surface runs from the kind word (not the bare number as for 'Số: N'); type Luật, term XV from QH15, issuer_inferred Quốc hội.")
g.note("Own title 'LUẬT / SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT QUY HOẠCH, LUẬT ĐẦU TƯ, LUẬT ĐẦU TƯ THEO PHƯƠNG THỨC ĐỐI TÁC CÔNG TƯ VÀ LUẬT ĐẤU THẦU': the own law is not a reference (no number there); the four laws named inside it are upper-case numberless references (number null, not filled from the numbers stated in line 9).")
g.note("'Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 21/2017/QH14 ...' is the enactment clause of the own law (like 'Chính phủ ban hành Nghị định ...' in 11): no reference for the own law; 'số 21/2017/QH14' is the number of Luật Quy hoạch (the real amending law is 57/2024/QH15), not of an amending law. It is not a Căn cứ line: the only legal_basis is the Hiến pháp.")
g.note("Amendment chains 'Luật X số N đã được sửa đổi, bổ sung một số điều theo Luật số A, Luật số B ...': every 'Luật số ...' is a reference (the same law repeated in another chain is a new reference) and amends the head law of its own chain (7 + 12 + 3 relations); evidence runs from the head to the item. The subject amends the four heads; relation ends are the numbers stated in line 9, also for the amends stated by the title and the Điều 1/2 headings (one relation per pair).")
g.note("'Bãi bỏ khoản 5 Điều 5, ... Điều 52 và số thứ tự 31 tại Phụ lục I' (Điều 1 item 21) and 'Sửa đổi, bổ sung, bãi bỏ một số điểm của khoản 1 Điều 31 ... c) Bãi bỏ điểm h.' (Điều 2 item 4) are partial repeals of Luật Quy hoạch and Luật Đầu tư: repeals from the subject; the law is named by the enclosing Điều heading, not in the evidence.")
g.note("'Luật Đầu tư' twice inside the new wording of khoản 3a Điều 4 and 'Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15' in the Phụ lục II row are references without relation. 'Luật này', 'Điều này' are pointers; 'nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc hội hoặc Chính phủ', 'luật khác', 'quy định của Chính phủ' are generic; 'Quy hoạch ...' rows of the annexes are plans, not documents.")
g.note("The excerpt stops inside Điều 2 (khoản 1 Điều 32 of Luật Đầu tư); no mention of the PPP and bidding laws occurs in the body part kept.")
g.write(os.path.join(HELD, n + ".gold.json"))

# =============================================================================================
# 13  Nghị định 09/2025/NĐ-CP (markdown)
# =============================================================================================
n = "13_nd-09-2025-nd-cp-ho-tro-san-xuat-nong-nghiep"
S = "09/2025/NĐ-CP"
g = Gold(os.path.join(HELD, n + ".txt"), kind="legal", subject_document=S)
T = g.text
g.ref(S, "Nghị định", S)                                        # "Số: 09/2025/NĐ-CP |"
g.ref("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015", "Luật")
AM1 = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương**"
g.ref(AM1 + " ngày 22 tháng 11 năm 2019", "Luật", date="2019-11-22")
g.ref("Luật Tổ chức Chính phủ", "Luật", after=AM1)
g.ref("Luật Tổ chức chính quyền địa phương", "Luật", after=AM1)
g.ref("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật")
g.ref("Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013", "Luật")
AM2 = "Luật sửa **đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"
g.ref(AM2 + " ngày 17** tháng 6 năm 2020", "Luật", date="2020-06-17")
g.ref("Luật Phòng, chống thiên tai", "Luật", after=AM2)
g.ref("Luật Đê điều", "Luật")
LAWS = [("Luật Phòng thủ dân sự", "20 tháng 6 năm 2023"), ("Luật Ngân sách nhà nước", "25 tháng 6 năm 2015"),
        ("Luật Trồng trọt", "19 tháng 11 năm 2018"), ("Luật Chăn nuôi", "19 tháng 11 năm 2018"),
        ("Luật Thủy sản", "21 tháng 11 năm 2017"), ("Luật Lâm nghiệp", "15 tháng 11 năm 2017"),
        ("Luật Bảo vệ và kiểm dịch thực vật", "25 tháng 11 năm 2013")]
for name, d in LAWS:
    g.ref(f"{name} ngày {d}", "Luật")
ND02 = "Nghị định số 02/2017/NĐ-CP ngày 09 tháng 01 năm 2017 của Chính phủ"
g.ref(ND02, "Nghị định", "02/2017/NĐ-CP", issuer=CP, occ="all")
assert len(g.find(ND02, occ="all")) == 3
# relations
g.rel(S, "Luật Tổ chức Chính phủ", "legal_basis", "Căn cứ Luật Tổ chức Chính phủ")
g.rel(S, AM1, "legal_basis", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;* *Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương")
g.rel(AM1, "Luật Tổ chức Chính phủ", "amends", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ")
g.rel(AM1, "Luật Tổ chức chính quyền địa phương", "amends", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương")
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính quyền địa phương")
g.rel(S, "Luật Phòng, chống thiên tai", "legal_basis", "Căn cứ Luật Phòng, chống thiên tai")
g.rel(S, AM2, "legal_basis", "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa **đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều")
g.rel(AM2, "Luật Phòng, chống thiên tai", "amends", "Luật sửa **đổi, bổ sung một số điều của Luật Phòng, chống thiên tai")
g.rel(AM2, "Luật Đê điều", "amends", "Luật sửa **đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều")
for name, d in LAWS:
    g.rel(S, name, "legal_basis", "Căn cứ " + name)
g.rel(S, "02/2017/NĐ-CP", "replaces", "Nghị định này thay thế Nghị định số 02/2017/NĐ-CP")
g.note("Markdown source. 'Số: 09/2025/NĐ-CP |': bare own number. The italic Căn cứ lines: '*' around a line are outside the surfaces.")
g.note("Markdown markers inside a mention stay in the surface (ANNOTATION.md): 'Luật sửa đổi, ... chính quyền địa phương** ngày 22 tháng 11 năm 2019' and 'Luật sửa **đổi, bổ sung ... Luật Đê điều ngày 17** tháng 6 năm 2020' (dates 2019-11-22, 2020-06-17). Their relation names are the surfaces without the date, markers included as written ('...địa phương**', 'Luật sửa **đổi, ...'), so that the name is a prefix of the surface (check_gold.py); compare names with markers stripped if the scorer allows.")
g.note("Căn cứ: legal_basis to each law listed directly, including the two amending laws (numberless), which amend the laws named inside them (overlapping numberless references). 'Luật Tổ chức chính quyền địa phương' is both amended (inside the first amending law) and a legal_basis of its own line; one relation per (from, to, type).")
g.note("'Theo đề nghị của Bộ trưởng ...' names no document. 'Chính phủ ban hành Nghị định quy định về ...' is the own document without number: not a reference. 'Nghị định này', 'Phụ lục ban hành kèm theo Nghị định này' are pointers; 'Nghị quyết của Quốc hội về phân bổ ngân sách trung ương hằng năm' is generic (no number, no name).")
g.note("Điều 12: 'Nghị định này thay thế Nghị định số 02/2017/NĐ-CP ...' -> replaces. Negative: 'Các quy định về hỗ trợ phòng, chống dịch bệnh động vật tiếp tục thực hiện theo quy định tại Nghị định số 02/2017/NĐ-CP ...' is a saving clause (the old provisions stay applicable), not the subject continuing to implement another document: no continues. The transitional clause of Điều 11 ('chưa được nhận hỗ trợ theo quy định tại Nghị định số 02/2017/NĐ-CP ...') gives no relation. 02/2017/NĐ-CP is written out in full three times: three references.")
g.write(os.path.join(HELD, n + ".gold.json"))
