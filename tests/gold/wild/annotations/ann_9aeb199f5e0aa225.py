# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 9aeb199f5e0aa225.md (QĐ 4422/QĐ-BVHTTDL, công bố nhóm TTHC liên thông điện tử karaoke).

Every mention was decided by reading the whole text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "9aeb199f5e0aa225"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "4422/QĐ-BVHTTDL"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
BVH = "Bộ Văn hóa, Thể thao và Du lịch"
BTC = "Bộ Tài chính"
ND297 = "297/2025/NĐ-CP"

g.ref(S, "Quyết định", S, issuer_inferred=BVH, after="Số: ")      # header "Số: 4422/QĐ-BVHTTDL"

# Căn cứ
g.ref("Nghị định số 43/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của\nChính phủ", "Nghị định", "43/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính\nphủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính\nphủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của\nChính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
N297 = "Nghị định số 297/2025/NĐ-CP ngày 17 tháng 11 năm 2025 của\nChính phủ"
g.ref(N297, "Nghị định", ND297, issuer=CP, occ="all")              # Căn cứ, Phần A table row, 11. Căn cứ pháp lý
assert len(g.find(N297, occ="all")) == 3

# annex heading (own mention; number written "4422 /QĐ-BVHTTDL")
g.ref("Quyết định số 4422 /QĐ-BVHTTDL ngày 21 tháng 11 năm 2025 của\nBộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Quyết định", S,
      issuer="Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")

# Phần B: 3. Thành phần hồ sơ, 8. Phí và lệ phí, 9. Mẫu, 10. Yêu cầu, điều kiện
g.ref("Nghị định số 297/2025/NĐ-CP", "Nghị định", ND297, after="(Mẫu số 01 kèm theo ")
g.ref("Thông tư số 85/2019/TT-BTC", "Thông tư", "85/2019/TT-BTC", issuer_inferred=BTC, after="căn cứ\nquy định tại ")
g.ref("Thông tư số 218/2016/TT-BTC ngày 10 tháng 11 năm 2016 của Bộ\nTài chính", "Thông tư", "218/2016/TT-BTC", issuer=BTC)
g.ref("Thông tư số 110/2025/TT-BTC ngày 19 tháng 11 năm 2025 của Bộ\nTài chính", "Thông tư", "110/2025/TT-BTC", issuer=BTC)
g.ref("Nghị định số 297/2025/NĐ-CP ngày 17\ntháng 11 năm 2025 của Chính phủ", "Nghị định", ND297, issuer=CP)
g.ref("Nghị định số 96/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính\nphủ", "Nghị định", "96/2016/NĐ-CP", issuer=CP)
g.ref("Nghị định số 56/2023/NĐ-CP\nngày 24 tháng 7 năm 2023 của Chính phủ", "Nghị định", "56/2023/NĐ-CP", issuer=CP)
g.ref("Nghị định\nsố 96/2016/NĐ-CP ngày 01 tháng 7 năm 2016", "Nghị định", "96/2016/NĐ-CP")   # in 56/2023's title
g.ref("Nghị định số 99/2016/NĐ-CP\nngày 01 tháng 7 năm 2016", "Nghị định", "99/2016/NĐ-CP")
ND137 = "Nghị định số 137/2020/NĐ-\u0421\u0420 ngày 27 tháng 11 năm 2020"          # Cyrillic С, Р in the source
g.ref(ND137, "Nghị định", "137/2020/NĐ-CP", issuer_inferred=CP)

# 11. Căn cứ pháp lý (of the administrative procedure)
g.ref("Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của\nChính phủ", "Nghị định", "168/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số 85/2019/TT-BTC ngày 29 tháng 11 năm 2019 của Bộ\ntrưởng Bộ Tài chính", "Thông tư", "85/2019/TT-BTC", issuer="Bộ trưởng Bộ Tài chính")
g.ref("Nghị định số 96/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của\nChính phủ", "Nghị định", "96/2016/NĐ-CP", issuer=CP)
g.ref("Nghị định số 56/2023/NĐ -CP ngày 24 tháng 7 năm 2023", "Nghị định", "56/2023/NĐ-CP")
g.ref("Thông tư số 218/2016/TT-BTC ngày 10 tháng 11 năm 2016 của\nBộ Tài chính", "Thông tư", "218/2016/TT-BTC", issuer=BTC)
g.ref("Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính\nphủ", "Nghị định", "54/2019/NĐ-CP", issuer=CP)
g.ref("Nghị định số 148/2024/NĐ-CP ngày 12 tháng 11 năm 2024 của\nChính phủ", "Nghị định", "148/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của\nChính phủ", "Nghị định", "54/2019/NĐ-CP", issuer=CP)
g.ref("Thông tư số 110/2025/TT-BTC ngày 19 tháng 11 năm 2025 của\nBộ trưởng Bộ Tài chính", "Thông tư", "110/2025/TT-BTC", issuer="Bộ trưởng Bộ Tài chính")

# Mẫu số 01 footnote 4: "Điều 6 Luật Đầu tư"
g.ref("Luật Đầu tư", "Luật")

# relations: the subject's Căn cứ
g.rel(S, "43/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 43/2025/NĐ-CP")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 63/2010/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính\nphủ về kiểm soát thủ tục hành chính và Nghị định số 92/2017/NĐ-CP")
g.rel(S, "118/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 118/2025/NĐ-CP")
g.rel(S, ND297, "legal_basis", "Căn cứ Nghị định số 297/2025/NĐ-CP")
# amendments stated in the annex
g.rel("56/2023/NĐ-CP", "96/2016/NĐ-CP", "amends", "Nghị định số 56/2023/NĐ-CP\nngày 24 tháng 7 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định\nsố 96/2016/NĐ-CP")
g.rel("148/2024/NĐ-CP", "54/2019/NĐ-CP", "amends", "Nghị định số 148/2024/NĐ-CP ngày 12 tháng 11 năm 2024 của\nChính phủ sửa đổi, bổ sung một số điều của Nghị định số 54/2019/NĐ-CP")

g.note("Text of decision 4422/QĐ-BVHTTDL itself (header, Căn cứ, articles, annex publishing a group of inter-connected electronic administrative procedures, with the declaration form): kind legal. 'Số: 4422/QĐ-BVHTTDL' is the bare own number; the annex heading 'Quyết định số 4422 /QĐ-BVHTTDL ngày 21 tháng 11 năm 2025 của Bộ trưởng ...' is an own mention (number with the space removed). issuer_inferred for the ministry code BVHTTDL: Bộ Văn hóa, Thể thao và Du lịch (the code names it unambiguously, in the spirit of the BCT/BTC ruling); BTC -> Bộ Tài chính where no issuer is stated. 'Quyết định này' and the own title 'QUYẾT ĐỊNH / VỀ VIỆC CÔNG BỐ ...' are not references.")
g.note("Căn cứ: legal_basis to 43/2025, 63/2010, 92/2017 (both decrees of one Căn cứ line joined by 'và'), 118/2025 and 297/2025/NĐ-CP. 92/2017 'vể việc sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính' names the amended decrees only generically: no amends.")
g.note("Annex sections '10. Yêu cầu, điều kiện' and '11. Căn cứ pháp lý' (legal bases of the administrative procedure, not a document's Căn cứ): references without legal_basis. Amendments stated there: 56/2023/NĐ-CP amends 96/2016/NĐ-CP (stated twice: title of 56/2023 in section 10, '(được sửa đổi, bổ sung bởi Nghị định số 56/2023/NĐ -CP ...)' in section 11; one relation) and 148/2024/NĐ-CP amends 54/2019/NĐ-CP. Fee provisions ('theo Điều 4 Thông tư số 218/2016/TT-BTC ...', 'căn cứ quy định tại Thông tư số 85/2019/TT-BTC') and the forms pointer ('Mẫu số 01 kèm theo Nghị định số 297/2025/NĐ-CP') are citations: references, no relation. '85/2019/TT-BTC hướng dẫn về phí và lệ phí ...' guides a subject matter, not a named document: no guides.")
g.note("'Nghị định số 137/2020/NĐ-СР' is written with Cyrillic С and Р (U+0421, U+0420) in the source: the surface keeps them as in the file, the number is given in Latin letters '137/2020/NĐ-CP' (a homoglyph of the same number, not a different spelling), issuer_inferred Chính phủ. 'Nghị định số 56/2023/NĐ -CP' -> number 56/2023/NĐ-CP (space removed).")
g.note("Form footnote 'Điều 6 Luật Đầu tư' -> numberless 'Luật Đầu tư', no relation; 'luật không cấm', 'các văn bản quy phạm pháp luật khác', 'văn bản ủy quyền', 'Văn bản chấp thuận kết quả kiểm tra nghiệm thu ...' are generic. The defined short form '(sau đây gọi tắt là Thủ tục hành chính liên thông điện tử về cấp Giấy phép ...)' names a procedure, not a document.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
