# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for 11_nd-16-2025-nd-cp-sua-doi-nd-72-2020-dan-quan-tu-ve.txt."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.dirname(HERE))
from annotate_helpers import Gold
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
NAME = "11_nd-16-2025-nd-cp-sua-doi-nd-72-2020-dan-quan-tu-ve"
SUBJ = "16/2025/NĐ-CP"
g = Gold(os.path.join(ROOT, "data/corpus", NAME + ".txt"), kind="legal", subject_document=SUBJ)
CP = "Chính phủ"
g.ref("16/2025/NĐ-CP", "Nghị định", SUBJ)                                     # "Số: 16/2025/NĐ-CP |"
# title (upper case)
g.ref("NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP NGÀY 30 THÁNG 6 NĂM 2020 CỦA CHÍNH PHỦ", "Nghị định", "72/2020/NĐ-CP", issuer=CP)
g.ref("LUẬT DÂN QUÂN TỰ VỆ", "Luật")
# Căn cứ
LTCCP = "Luật Tổ chức Chính phủ"
LSD = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
LBHYT_SD = "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế"
g.ref("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015", "Luật")
g.ref(LSD + " ngày 22 tháng 11 năm 2019", "Luật")
g.ref(LTCCP, "Luật", occ=1)
g.ref("Luật Tổ chức chính quyền địa phương", "Luật")
g.ref("Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019", "Luật")
g.ref("Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015", "Luật")
g.ref("Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014", "Luật")
g.ref("Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008", "Luật")
g.ref(LBHYT_SD + " ngày 13 tháng 6 năm 2014", "Luật")
g.ref("Luật Bảo hiểm y tế", "Luật", after=LBHYT_SD)   # inside the amending law
g.ref("Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015", "Luật")
g.ref("Nghị quyết số 104/2023/QH15 ngày 10 tháng 11 năm 2023 của Quốc hội", "Nghị quyết", "104/2023/QH15", issuer="Quốc hội")
g.ref("Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024", "Nghị quyết", "142/2024/QH15")
# "Chính phủ ban hành Nghị định sửa đổi ... của Nghị định số 72/2020/NĐ-CP ..." and Điều 1 heading
ND72 = "Nghị định số 72/2020/NĐ-CP ngày 30 tháng 6 năm 2020 của Chính phủ"
g.ref(ND72, "Nghị định", "72/2020/NĐ-CP", issuer=CP, occ="all")
g.ref("Luật Dân quân tự vệ", "Luật", occ=1)   # in 72's title, preamble line
g.ref("Luật Dân quân tự vệ", "Luật", occ=2)   # in 72's title, Điều 1 heading
# articles
g.ref("Luật Bảo hiểm xã hội năm 2014", "Luật", occ="all")
ND33 = "Nghị định số 33/2016/NĐ-CP ngày 10 tháng 5 năm 2016 của Chính phủ"
g.ref(ND33, "Nghị định", "33/2016/NĐ-CP", issuer=CP, occ="all")
g.ref("Luật Bảo hiểm xã hội", "Luật", after="quy định chi tiết và hướng dẫn thi hành một số điều của ")
g.ref("Luật Bảo hiểm xã hội", "Luật", after="quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc;")
g.ref("Nghị định số 58/2020/NĐ-CP ngày 27 tháng 5 năm 2020 của Chính phủ", "Nghị định", "58/2020/NĐ-CP", issuer=CP)
g.ref("Luật An toàn, vệ sinh lao động năm 2015", "Luật", occ="all")

g.rel(SUBJ, "72/2020/NĐ-CP", "amends", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP")
g.rel("72/2020/NĐ-CP", "Luật Dân quân tự vệ", "guides", "Nghị định số 72/2020/NĐ-CP ngày 30 tháng 6 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật Dân quân tự vệ")
g.rel(SUBJ, LTCCP, "legal_basis", "Căn cứ Luật Tổ chức Chính phủ")
g.rel(SUBJ, LSD, "legal_basis", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương")
g.rel(LSD, LTCCP, "amends", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ")
g.rel(LSD, "Luật Tổ chức chính quyền địa phương", "amends", LSD)
g.rel(SUBJ, "Luật Dân quân tự vệ", "legal_basis", "Căn cứ Luật Dân quân tự vệ")
g.rel(SUBJ, "Luật Nghĩa vụ quân sự", "legal_basis", "Căn cứ Luật Nghĩa vụ quân sự")
g.rel(SUBJ, "Luật Bảo hiểm xã hội", "legal_basis", "Căn cứ Luật Bảo hiểm xã hội")
g.rel(SUBJ, "Luật Bảo hiểm y tế", "legal_basis", "Căn cứ Luật Bảo hiểm y tế")
g.rel(SUBJ, LBHYT_SD, "legal_basis", "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế")
g.rel(LBHYT_SD, "Luật Bảo hiểm y tế", "amends", LBHYT_SD)
g.rel(SUBJ, "Luật An toàn, vệ sinh lao động", "legal_basis", "Căn cứ Luật An toàn, vệ sinh lao động")
g.rel(SUBJ, "104/2023/QH15", "legal_basis", "Căn cứ Nghị quyết số 104/2023/QH15")
g.rel(SUBJ, "142/2024/QH15", "legal_basis", "Căn cứ Nghị quyết số 142/2024/QH15")
g.rel("33/2016/NĐ-CP", "Luật Bảo hiểm xã hội", "guides", "Nghị định số 33/2016/NĐ-CP ngày 10 tháng 5 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội")

g.note("'Số: 16/2025/NĐ-CP' is the own number (bare). The title 'NGHỊ ĐỊNH / SỬA ĐỔI, BỔ SUNG ...' and 'Chính phủ ban hành Nghị định sửa đổi, bổ sung ...' (own document, no number) are not references; the documents named inside them are.")
g.note("'Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 kỳ họp thứ 7 Quốc hội khóa XV': 'kỳ họp thứ 7 Quốc hội khóa XV' is the resolution's title (not 'của <issuer>'), so the surface ends at the date; issuer null, issuer_inferred Quốc hội, term XV from QH15.")
g.note("Căn cứ: legal_basis to each law/resolution listed, including the two amending laws ('Luật sửa đổi, bổ sung một số điều của Luật ...'), which also amend the laws named inside them (numberless overlapping references). Relation names drop the date: 'Luật Tổ chức Chính phủ', 'Luật Bảo hiểm xã hội' ...")
g.note("'Luật Bảo hiểm xã hội năm 2014' (10 times) and 'Luật An toàn, vệ sinh lao động năm 2015' (2 times) in the amended articles: customary year in the surface, date null. Article pointers before them ('khoản 1 Điều 2') are outside the surface.")
g.note("Nghị định 33/2016/NĐ-CP and 58/2020/NĐ-CP are cited in the amended wording ('áp dụng theo quy định tại ...'): references, no relation (cites used sparingly). 33/2016 guides 'Luật Bảo hiểm xã hội' (its title, twice; one relation).")
g.note("'Nghị định này' inside the quoted new wording points to 72/2020/NĐ-CP and elsewhere to 16/2025/NĐ-CP: internal pointers, not references. 'pháp luật về bảo hiểm y tế' and 'văn bản ... được sửa đổi, bổ sung hoặc thay thế' (Điều 4) are generic.")
g.write(os.path.join(ROOT, "tests/gold", NAME + ".gold.json"))
