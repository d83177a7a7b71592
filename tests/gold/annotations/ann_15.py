# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for 15_kh-1026-ubnd-nghe-an-thuc-hien-chi-thi-32-ct-ttg.txt."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.dirname(HERE))
from annotate_helpers import Gold
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
NAME = "15_kh-1026-ubnd-nghe-an-thuc-hien-chi-thi-32-ct-ttg"
SUBJ = "1026/KH-UBND"
g = Gold(os.path.join(ROOT, "data/corpus", NAME + ".txt"), kind="legal", subject_document=SUBJ)
TTG = "Thủ tướng Chính phủ"
g.ref("1026/KH-UBND", "Kế hoạch", SUBJ)
g.ref("CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ", "Chỉ thị", "32/CT-TTG", issuer=TTG, issuer_inferred=None)
g.ref("Chỉ thị số 32/CT-TTg ngày 21/10/2025 của\nThủ tướng Chính phủ", "Chỉ thị", "32/CT-TTg", issuer=TTG)
g.ref("Quyết định số 15/2021/QĐ-UBND ngày 08/7/2021 của UBND tỉnh Nghệ An", "Quyết định", "15/2021/QĐ-UBND", issuer="UBND tỉnh Nghệ An")
g.ref("Quyết định số 46/2002/QĐ-UBND\nngày 12/09/2022 của UBND tỉnh", "Quyết định", "46/2002/QĐ-UBND", issuer="UBND tỉnh")
LSD = "Luật sửa đổi, bổ sung\nLuật Bảo vệ bí mật nhà nước"
g.ref(LSD, "Luật")
g.ref("Luật Bảo vệ bí mật nhà nước", "Luật")
g.ref("Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ", "Chỉ thị", "32/CT-TTg", issuer=TTG)
g.ref("Luật Bảo vệ bí mật nhà\nnước", "Luật")
g.ref("Luật An ninh mạng", "Luật")
g.ref("Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng\nChính phủ", "Chỉ thị", "32/CT-TTg", issuer=TTG)
g.ref("Kế\nhoạch số 321-KH/TU ngày 11/4/2025 của Tỉnh ủy Nghệ An", "Kế hoạch", "321-KH/TU", issuer="Tỉnh ủy Nghệ An")
g.ref("Công văn số 574/UBND-NC ngày\n23/9/2024 của UBND tỉnh", "Công văn", "574/UBND-NC", issuer="UBND tỉnh")
g.ref("Công văn số 674/UBND-NC ngày 04/11/2024 của UBND tỉnh Nghệ An", "Công văn", "674/UBND-NC", issuer="UBND tỉnh Nghệ An")
g.ref("Kế hoạch số\n151/KH-UBND ngày 06/3/2025 của UBND tỉnh Nghệ An", "Kế hoạch", "151/KH-UBND", issuer="UBND tỉnh Nghệ An")

g.rel(SUBJ, "32/CT-TTg", "implements", "Thực hiện Chỉ thị số 32/CT-TTg")
g.rel("Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước", "Luật Bảo vệ bí mật nhà nước", "amends", LSD)
g.rel(SUBJ, "32/CT-TTg", "reviews", "sơ, tổng kết việc triển\nkhai thực hiện Chỉ thị số 32/CT-TTg")

g.note("Heading 'CHỈ THỊ SỐ 32/CT-TTG': number kept as written in the upper-case heading ('32/CT-TTG'), body mentions '32/CT-TTg'. The implements relation is given once, to '32/CT-TTg', with the body's evidence 'Thực hiện Chỉ thị số 32/CT-TTg' (the heading states the same relation).")
g.note("'Kế hoạch triển khai thực hiện trên địa bàn tỉnh' in the opening sentence is the own document without number or name: not a reference. 'Kế hoạch này', 'kế hoạch này', 'mục 6 III Kế hoạch' are internal pointers.")
g.note("'tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế Quyết định số 15/2021/QĐ-UBND ...' is a planned future act with no acting document: no amends/replaces relation. '46/2002/QĐ-UBND ... ngày 12/09/2022' keeps the number as written (year in the number disagrees with the date).")
g.note("'Luật sửa đổi, bổ sung\\nLuật Bảo vệ bí mật nhà nước' is an amending law without number: one reference for it, an overlapping one for the law inside, relation amends.")
g.note("The list 'Tiếp tục phổ biến, quán triệt, triển khai có hiệu quả ... nhất là: Luật ..., Chỉ thị ..., Kế hoạch ..., Công văn ...' gives references but no continues/implements relations (as the seed gives none for 'Tiếp tục ... thực hiện có hiệu quả Nghị quyết số 45-NQ/TW'). 'sơ, tổng kết việc triển khai thực hiện Chỉ thị số 32/CT-TTg' gives reviews (as the seed's 'Rà soát, đánh giá ... tại Nghị quyết số 35/2021/QH15').")
g.note("Issuers kept as written in the mention ('UBND tỉnh Nghệ An', 'UBND tỉnh', 'Tỉnh ủy Nghệ An'), abbreviations not expanded.")
g.write(os.path.join(ROOT, "tests/gold", NAME + ".gold.json"))
