# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text ca4ad701d2d26a57.md (Q&A page on Thông tư 83/2025/TT-BQP, quốc phòng / Dân quân tự vệ).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "ca4ad701d2d26a57"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text
BQP = "Bộ Quốc phòng"
TT83 = "Thông tư 83/2025/TT-BQP"
N83 = "83/2025/TT-BQP"
N99 = "99/2019/TT-BQP"

# "Thông tư 83/2025/TT-BQP": page title, two bold repeats, lead, download line, amendment sentence,
# closing line, image caption -- 8 mentions, none with a contiguous date or issuer
hits = g.find(TT83, occ="all")
assert len(hits) == 8, len(hits)
for p in hits:
    g.ref(TT83, "Thông tư", N83, issuer_inferred=BQP, after=p, occ=0)

g.ref("Thông tư 99/2019/TT-BQP", "Thông tư", N99, issuer_inferred=BQP)     # "Điều 4 Thông tư 99/2019/TT-BQP được sửa đổi bổ sung bởi ..."
g.ref("Luật Quốc phòng 2018", "Luật")                                       # "Căn cứ theo quy định tại Điều 3 Luật Quốc phòng 2018"
g.ref("Nghị định 213/2025/NĐ-CP", "Nghị định", "213/2025/NĐ-CP")           # "Căn cứ theo Điều 6 Nghị định 213/2025/NĐ-CP (có hiệu lực ...)"
g.ref("Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự 2023", "Luật")

assert len(g.refs) == 12

# relations
g.rel(N83, N99, "amends", "Thông tư 99/2019/TT-BQP được sửa đổi bổ sung bởi khoản 5 Điều 1 Thông tư 83/2025/TT-BQP")

g.note("Q&A page of a legal-information site (headline question with two bold repeats, 'TẢI VỀ ...', '(Hình từ Internet)' caption, 'Quý khách cần hỏi thêm ...'): kind other, subject_document null, although it is about one circular (it is not that circular's page).")
g.note("'Thông tư 83/2025/TT-BQP' (8 times: title, two bold repeats, lead, 'TẢI VỀ' line, the amendment sentence, closing line, caption) is a reference each time; in the lead 'Ngày 07/8/2025, Bộ Quốc phòng ban hành Thông tư 83/2025/TT-BQP' the date and issuer precede the mention: date and issuer null. issuer_inferred 'Bộ Quốc phòng' for the BQP code (agency-code ruling, like BCA -> Bộ Công an), also for 99/2019/TT-BQP.")
g.note("'Điều 4 Thông tư 99/2019/TT-BQP được sửa đổi bổ sung bởi khoản 5 Điều 1 Thông tư 83/2025/TT-BQP' -> amends 83/2025/TT-BQP -> 99/2019/TT-BQP (a fact between two documents, kept on a Q&A page as in the other Q&A gold); pinpoints outside the surfaces. The lead's 'Thông tư 83/2025/TT-BQP sửa đổi, bổ sung một số điều các Thông tư của Bộ trưởng Bộ Quốc phòng về phân định thẩm quyền ...' names the amended circulars only generically (plural, no number): no reference, no further amends; the headline's 'sửa đổi thẩm quyền lĩnh vực quốc phòng' names no document.")
g.note("'Luật Quốc phòng 2018' and 'Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự 2023': named laws without number, year written after the name kept in the surface (ruling 'Luật X 2024 keeps its year'), date null. 'Căn cứ theo quy định tại Điều 3 Luật Quốc phòng 2018' and 'Căn cứ theo Điều 6 Nghị định 213/2025/NĐ-CP' are the author's citation phrases: references, no legal_basis. The quoted Điều 6 of 213/2025/NĐ-CP refers to 'các nguyên tắc được quy định tại Điều 3 Luật Quản lý, bảo vệ ... 2023' without a guides cue word (hướng dẫn, quy định chi tiết): no relation. '(có hiệu lực từ 15/09/2025)' is outside the surface.")
g.note("Not references: 'Hiến pháp' in the quoted principle 'Tuân thủ Hiến pháp và pháp luật của nước Cộng hòa xã hội chủ nghĩa Việt Nam' (the idiom 'Hiến pháp và pháp luật', generic, as dev 87f05366707fba6f and blind 7a2d177f6e16a19a decided), 'quy định của Thủ tướng Chính phủ về chế độ bảo vệ ...' (unnamed, generic), 'quy chế phối hợp xây dựng địa bàn ...' (generic), 'quy định của pháp luật về quản lý, bảo vệ công trình quốc phòng ...', 'các Thông tư của Bộ trưởng Bộ Quốc phòng' (plural, generic).")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
print("wrote", H, len(g.refs), "refs", len(g.rels), "rels")
