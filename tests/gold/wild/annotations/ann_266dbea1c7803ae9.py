# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 266dbea1c7803ae9.md (QĐ 3361/QĐ-BCT, công bố TTHC xuất nhập khẩu, C/O mẫu AK).

Every mention was decided by reading the whole text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "266dbea1c7803ae9"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "3361/QĐ-BCT"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
BT = "Bộ trưởng Bộ Công Thương"
BCT = "Bộ Công Thương"
ND31 = "31/2018/NĐ-CP"
TT49 = "49/2025/TT-BCT"
TT05 = "05/2018/TT-BCT"
LQLNT = "Luật Quản lý ngoại thương"

g.ref(S, "Quyết định", S, issuer_inferred=BCT, after="Số: ")          # header "Số: 3361/QĐ-BCT"

# Căn cứ
g.ref("Nghị\nđịnh số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ", "Nghị định", "40/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 109/2025/NĐ-CP ngày 20 tháng 5 năm 2025", "Nghị định", "109/2025/NĐ-CP")
g.ref("Nghị\nđịnh số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị\nđịnh số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ", "Nghị định", "48/2013/NĐ-CP", issuer=CP)
g.ref("Nghị\nđịnh số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Nghị\nđịnh số 31/2018/NĐ-CP ngày 08 tháng 3 năm 2018 của Chính phủ", "Nghị định", ND31, issuer=CP)
g.ref(LQLNT, "Luật", after="quy định chi tiết\nLuật")                   # in 31/2018's title (Căn cứ line)
assert T.find("quy định chi tiết\nLuật") < 1300
g.ref("Nghị\nđịnh số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ", "Nghị định", "146/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư\nsố 49/2025/TT-BCT ngày 09 tháng 9 năm 2025 của Bộ trưởng Bộ Công Thương", "Thông tư", TT49, issuer=BT)

# annex heading "(kèm theo Quyết định số 3361/QĐ-BCT* *ngày ... của Bộ trưởng Bộ Công Thương)": markers inside the mention
g.ref("Quyết định số 3361/QĐ-BCT* *ngày 18 tháng 11 năm 2025 của Bộ trưởng Bộ\nCông Thương", "Quyết định", S, issuer=BT)

# Phần I table row
g.ref("Thông tư số\n49/2025/TT- BCT ngày ngày 09 tháng 9 năm 2025 của Bộ trưởng Bộ Công Thương", "Thông tư", TT49, issuer=BT)

# Phần II: trình tự thực hiện
g.ref("Nghị định số 31/2018/NĐ-CP ngày\n08 tháng 3 năm 2018 của Chính phủ", "Nghị định", ND31, issuer=CP)
g.ref(LQLNT, "Luật", after="của Chính phủ quy định Luật")               # "quy định Luật Quản lý ngoại thương"
g.ref("Nghị định số 31/2018/NĐ- CP", "Nghị định", ND31)                 # "(sau đây gọi là Nghị định số 31/2018/NĐ- CP)"
g.ref("Nghị định số\n31/2018/NĐ-CP", "Nghị định", ND31, after="khoản 1 Điều 28")
# plain "Nghị định số 31/2018/NĐ-CP" (forms' Phụ lục pointers, Mẫu headings, list of forms): every occurrence
# except the one that starts the dated mention above (offset of "... NĐ-CP ngày\n08 tháng 3 ...")
long_at = T.find("Nghị định số 31/2018/NĐ-CP ngày\n08 tháng 3")
plain = [p for p in g.find("Nghị định số 31/2018/NĐ-CP", occ="all") if p != long_at]
assert len(plain) == 12, len(plain)
for p in plain:
    g.ref("Nghị định số 31/2018/NĐ-CP", "Nghị định", ND31, after=p, occ=0)
g.ref("Thông tư số 49/2025/TT-BCT ngày 09 tháng 9 năm 2025", "Thông tư", TT49, occ="all")   # Phụ lục III / IV pointers
assert len(g.find("Thông tư số 49/2025/TT-BCT ngày 09 tháng 9 năm 2025", occ="all")) == 2
g.ref("Thông tư số 05/2018/TT-BCT ngày 03 tháng 4 năm 2018", "Thông tư", TT05, issuer_inferred=BCT,
      after="do Bộ\nCông Thương quy định tại ")
g.ref("Thông tư số 05/2018/TT-BCT", "Thông tư", TT05, issuer_inferred=BCT, after="(sau đây gọi là Thông tư")
g.ref("Thông tư số 44/2023/TT-BTC ngày 29 tháng 12 năm 2023 của\nBộ trưởng Bộ Công Thương", "Thông tư", "44/2023/TT-BTC", issuer=BT)
g.ref("Thông tư số 05/2018/TT-BCT", "Thông tư", TT05, issuer_inferred=BCT, after="(Phụ lục X ban hành\nkèm theo ")
g.ref("Nghị\nđịnh số 31/2018/NĐ-CP", "Nghị định", ND31, after="Điều 22 Nghị\nđịnh")
g.ref("Thông tư số 49/2025/TT-BCT", "Thông tư", TT49, after="lục III kèm theo ")   # Mẫu số 05
g.ref("Thông tư số 49/2025/TT-BCT", "Thông tư", TT49, after="(thuộc Phụ lục IV kèm theo ")           # Mẫu số 06

# 11. Căn cứ pháp lý của thủ tục hành chính
g.ref("Nghị định số\n31/2018/NĐ-CP ngày 08 tháng 3 năm 2018 của Chính phủ", "Nghị định", ND31, issuer=CP, occ=0)
g.ref("Luật\nQuản lý ngoại thương", "Luật", occ=0)
g.ref("Thông tư số\n05/2018/TT-BCT ngày 03 tháng 4 năm 2018 của Bộ trưởng Bộ Công Thương", "Thông tư", TT05, issuer=BT)
g.ref("Thông tư số\n44/2023/TT-BCT ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ Công Thương", "Thông tư", "44/2023/TT-BCT", issuer=BT)
g.ref("Thông tư số 05/2018/TT-BCT ngày 03 tháng 4 năm 2018 của\nBộ trưởng Bộ Công Thương", "Thông tư", TT05, issuer=BT)
g.ref("Thông tư số\n49/2025TT-BCT ngày 09 tháng 9 năm 2025 của Bộ trưởng Bộ Công Thương", "Thông tư", "49/2025TT-BCT", issuer=BT)

# Mẫu số 03 (form): "1. Căn cứ Nghị định số 31/2018/NĐ-CP ... quy định chi tiết Luật Quản lý ngoại thương ..."
g.ref("Nghị định số\n31/2018/NĐ-CP ngày 08 tháng 3 năm 2018 của Chính phủ", "Nghị định", ND31, issuer=CP, occ=1)
g.ref("Luật\nQuản lý ngoại thương", "Luật", occ=1)
assert len(g.find("Luật\nQuản lý ngoại thương", occ="all")) == 2
assert len(g.find("Nghị định số\n31/2018/NĐ-CP ngày 08 tháng 3 năm 2018 của Chính phủ", occ="all")) == 2
assert len([r for r in g.refs if r["number"] == ND31]) == 19

# relations: Căn cứ of the subject
g.rel(S, "40/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị\nđịnh số 40/2025/NĐ-CP")
g.rel("109/2025/NĐ-CP", "40/2025/NĐ-CP", "amends", "được sửa đổi\nbởi Nghị định số 109/2025/NĐ-CP")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị\nđịnh số 63/2010/NĐ-CP")
g.rel(S, "48/2013/NĐ-CP", "legal_basis", "Căn cứ Nghị\nđịnh số 48/2013/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis", "Căn cứ Nghị\nđịnh số 92/2017/NĐ-CP")
g.rel(S, ND31, "legal_basis", "Căn cứ Nghị\nđịnh số 31/2018/NĐ-CP")
g.rel(ND31, LQLNT, "guides", "Nghị\nđịnh số 31/2018/NĐ-CP ngày 08 tháng 3 năm 2018 của Chính phủ quy định chi tiết\nLuật Quản lý ngoại thương")
g.rel(S, "146/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị\nđịnh số 146/2025/NĐ-CP")
g.rel(S, TT49, "legal_basis", "Căn cứ Thông tư\nsố 49/2025/TT-BCT")
# 44/2023 amends 05/2018 (stated twice; the TTHC's list writes the number correctly)
g.rel("44/2023/TT-BCT", TT05, "amends", "Thông tư số\n44/2023/TT-BCT ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ Công Thương sửa đổi,\nbổ sung một số điều của Thông tư số 05/2018/TT-BCT")

# issuer_inferred for the ministry code BCT (ruling: BCT -> Bộ Công Thương) where no issuer is stated
for r in g.refs:
    if r["number"] and r["number"].endswith("-BCT") and not r["issuer"]:
        r["issuer_inferred"] = BCT

g.note("Text of decision 3361/QĐ-BCT itself (header, Căn cứ, articles, annex publishing one amended administrative procedure with its forms): kind legal. 'Số: 3361/QĐ-BCT' is the bare own number (issuer_inferred Bộ Công Thương from BCT, per the ruling); the annex heading '(kèm theo Quyết định số 3361/QĐ-BCT* *ngày 18 tháng 11 năm 2025 của Bộ trưởng Bộ Công Thương)' is an own mention whose surface keeps the '* *' markers that sit inside it. The title 'QUYẾT ĐỊNH / VỀ VIỆC CÔNG BỐ ...' and 'Quyết định này' are not references.")
g.note("Căn cứ: legal_basis to each decree/circular listed. '40/2025/NĐ-CP ..., được sửa đổi bởi Nghị định số 109/2025/NĐ-CP ...' -> legal_basis to the head 40/2025 only and 109/2025 amends 40/2025 (README decision 4). 48/2013 and 92/2017 amend only 'các Nghị định liên quan đến kiểm soát thủ tục hành chính' (generic): no amends. 31/2018/NĐ-CP 'quy định chi tiết Luật Quản lý ngoại thương' -> guides (one relation although the title recurs). Hard line breaks inside the kind word ('Nghị\\nđịnh') stay in the surfaces.")
g.note("Treaties and international instruments are not annotated (no Vietnamese document kind): 'Hiệp định Thương mại hàng hóa thuộc Hiệp định khung ...' (also inside 49/2025's title), 'Thư phê chuẩn của Ủy ban thực thi ...', 'Bản ghi nhớ về hệ thống trao đổi dữ liệu xuất xứ điện tử ...', and 'Quyết định đính kèm danh mục PSR (HS 2022) ... do Ủy ban thực thi Hiệp định Thương mại tự do ASEAN - Hàn Quốc (AKFTA-IC) thông qua ...' (a decision of the FTA's joint committee, described rather than named or numbered).")
g.note("Numbers as written: '49/2025/TT- BCT' -> 49/2025/TT-BCT (space removed; its surface keeps the doubled 'ngày ngày'); '49/2025TT-BCT' (slash missing) and '44/2023/TT-BTC' (BTC for BCT, issuer stated as Bộ trưởng Bộ Công Thương) are kept as written, misprints included. The amends 44/2023 -> 05/2018 is stated twice (point e of 3.2.1 with the misprinted number, and the TTHC's legal-basis list with the correct number 44/2023/TT-BCT): one relation, with the correctly written number.")
g.note("Defined short forms that carry the full kind word and number ('(sau đây gọi là Nghị định số 31/2018/NĐ- CP)', '(sau đây gọi là Thông tư số 05/2018/TT-BCT)') are references: unlike the excluded numberless short forms they name the document by number, and the later repetitions are full mentions anyway.")
g.note("Section '11. Căn cứ pháp lý của thủ tục hành chính' lists the legal bases of the administrative procedure, not Căn cứ of a document: references, no legal_basis (only the amends stated inside 44/2023's title). The form Mẫu số 03's '1. Căn cứ Nghị định số 31/2018/NĐ-CP ...' is the applicant's wording: references, no relation; 'Nghị định này' inside the form is a pointer. Every 'Nghị định số 31/2018/NĐ-CP' in the form lists, Phụ lục pointers and Mẫu headings is a reference (19 in all). 'Theo quy định của Bộ Tài chính', 'pháp luật', 'văn bản quy phạm pháp luật' are generic.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
