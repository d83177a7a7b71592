# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 592501a25aaf5012.md (Nghị quyết 34/2025/NQ-HĐND of HĐND thành phố Huế,
a thuvienphapluat.vn page). Every mention was decided by reading the text; offsets come from str.find."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "592501a25aaf5012"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
SUBJ = "34/2025/NQ-HĐND"
g = Gold(TEXT, kind="legal", subject_document=SUBJ, source=H + ".md")
T = g.text
HDND_T = "Hội đồng nhân dân tỉnh"

# metadata row "Số hiệu: | 34/2025/NQ-HĐND" and header "Số: 34/2025/NQ-HĐND" (bare own number)
g.ref(SUBJ, "Nghị quyết", SUBJ, occ=0)
g.ref(SUBJ, "Nghị quyết", SUBJ, after="Số:\n")
assert T.find(SUBJ) < T.find("Số:\n") < T.find(SUBJ, T.find("Số:\n")) < T.find("**NGHỊ QUYẾT**")

# own title (upper case): the amended resolution; gloss "(NAY LÀ THÀNH PHỐ HUẾ)" left out
g.ref("NGHỊ QUYẾT\nSỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH",
      "Nghị quyết", "10/2022/NQ-HĐND", issuer=HDND_T)

# Căn cứ
g.ref("Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15")
g.ref("Luật Ban hành văn bản\nquy phạm pháp luật số 64/2025/QH15", "Luật", "64/2025/QH15")
AM = "Luật sửa đổi, bổ sung\nmột số điều của Luật Ban hành văn bản quy phạm pháp luật"
g.ref(AM + " số 87/2025/QH15", "Luật", "87/2025/QH15")
g.ref("Luật Ban hành văn bản quy phạm pháp luật", "Luật", after="một số điều của Luật Ban hành")   # inside the amending law
g.ref("Nghị định số\n125/2025/NĐ-CP của Chính phủ", "Nghị định", "125/2025/NĐ-CP", issuer="Chính phủ")
g.ref("Quyết định số 07/2022/QĐ-TTg\ncủa Thủ tướng Chính phủ", "Quyết định", "07/2022/QĐ-TTg", issuer="Thủ tướng Chính phủ")
# "Theo đề nghị ... tại Tờ trình số ..." (reference, no relation) and the resolution named in its title
g.ref("Tờ trình số 16487/TTr-UBND ngày 14 tháng 11 năm 2025", "Tờ trình", "16487/TTr-UBND")
ND10 = "Nghị quyết số 10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh"
g.ref(ND10, "Nghị quyết", "10/2022/NQ-HĐND", issuer=HDND_T)
# enactment clause and the Điều 1 / Điều 2 headings (line breaks as in the text)
ND10b = "Nghị quyết số\n10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh"
assert len(g.find(ND10b, occ="all")) == 2
g.ref(ND10b, "Nghị quyết", "10/2022/NQ-HĐND", issuer=HDND_T, occ="all")
g.ref("Nghị quyết số 10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân\ndân tỉnh",
      "Nghị quyết", "10/2022/NQ-HĐND", issuer=HDND_T)
# table of Điều 4 (new wording): "Áp dụng ... theo Nghị quyết số 1314/NQ-UBTVQH15 về việc sắp xếp ..."
N1314 = "Nghị quyết số 1314/NQ-UBTVQH15"
hits = g.find(N1314, occ="all")
assert len(hits) == T.count("1314/NQ-UBTVQH15") == 18, len(hits)
g.ref(N1314, "Nghị quyết", "1314/NQ-UBTVQH15", occ="all")
# page summary lines after the signature (the site's own description of the document)
g.ref("Nghị quyết 34/2025/NQ-HĐND", "Nghị quyết", SUBJ, occ=0)
g.ref("Nghị quyết 34/2025/NQ-HĐND ngày 18/11/2025", "Nghị quyết", SUBJ)
assert len(g.find("Nghị quyết 10/2022/NQ-HĐND", occ="all")) == 2
g.ref("Nghị quyết 10/2022/NQ-HĐND", "Nghị quyết", "10/2022/NQ-HĐND", occ="all")
# site boilerplate (personal data notice)
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")

# relations
g.rel(SUBJ, "10/2022/NQ-HĐND", "amends", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\nSỐ 10/2022/NQ-HĐND")
g.rel(SUBJ, "10/2022/NQ-HĐND", "repeals",
      "Thay thế, bãi bỏ một số từ, cụm từ, quy định tại Nghị quyết và Quy định kèm\ntheo Nghị quyết số 10/2022/NQ-HĐND")
g.rel(SUBJ, "72/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15")
g.rel(SUBJ, "64/2025/QH15", "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật số 64/2025/QH15")
g.rel(SUBJ, "87/2025/QH15", "legal_basis", "Căn cứ " + AM + " số 87/2025/QH15")
g.rel("87/2025/QH15", "64/2025/QH15", "amends", AM)
g.rel(SUBJ, "125/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n125/2025/NĐ-CP")
g.rel(SUBJ, "07/2022/QĐ-TTg", "legal_basis", "Căn cứ Quyết định số 07/2022/QĐ-TTg")

g.note("Web page (thuvienphapluat.vn) carrying the resolution itself: kind legal. The own number is annotated bare in the metadata row 'Số hiệu: | 34/2025/NQ-HĐND' and in the header 'Số: 34/2025/NQ-HĐND', and with the kind word in the two site summary lines after the signature ('Nghị quyết 34/2025/NQ-HĐND', '... ngày 18/11/2025'). The title 'NGHỊ QUYẾT / SỬA ĐỔI ...', 'ban hành Nghị quyết sửa đổi ...' (own document, no number), 'Nghị quyết này', 'triển khai thực hiện Nghị quyết' are not references.")
g.note("'Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND' is part of that resolution (ANNOTATION.md): no separate reference for the Quy định; the amends/repeals go to 10/2022/NQ-HĐND. Issuer 'Hội đồng nhân dân tỉnh' (the upper-case title normalised); the gloss '(nay là thành phố Huế)' is outside every surface. 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới ...' inside titles is part of a title (a programme, no number): not a reference.")
g.note("Điều 2 'Thay thế, bãi bỏ một số từ, cụm từ, quy định tại Nghị quyết và Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND' replaces and strikes words (an amendment, not 'replaces' of a document) and in item 9 repeals a provision ('Bãi bỏ quy định định mức, tiêu chí phân bổ cho huyện tại khoản 3 Điều 3'): a partial repeal, so one repeals relation besides the amends (evidence: the heading naming the document). The bare 'Nghị quyết' before 'và Quy định kèm theo' and in 'khoản 1 Điều 2 Nghị quyết' has no number: not a reference.")
g.note("Căn cứ: legal_basis to the five documents listed, including the amending law 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15' (its own Căn cứ line; the number after the name belongs to the amending law). The law named inside it is an overlapping numberless reference; its amends relation points to '64/2025/QH15', the number the previous Căn cứ line states for the same law (as heldout 07 uses stated numbers for relation ends). No guides: 125/2025/NĐ-CP and 07/2022/QĐ-TTg 'quy định ...' name no law they detail.")
g.note("'Theo đề nghị của Ủy ban nhân dân thành phố tại Tờ trình số 16487/TTr-UBND ngày 14 tháng 11 năm 2025': the Tờ trình is a reference (issuer stated before 'tại', outside the mention: null; issuer_inferred from UBND), no relation; the resolution named in its title is a reference. 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách' has no number: not a reference.")
g.note("'Nghị quyết số 1314/NQ-UBTVQH15 về việc sắp xếp đơn vị hành chính ...' appears 18 times in the Ghi chú column of the table in the new Điều 4: 18 references, no relation (it is applied, cites used sparingly). 'Nghị định 13/2023/NĐ-CP' twice in the site's personal-data notice at the end of the page: references (the conventions count every mention in the file), no relation ('Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the site acting, not a document). 'the Law on Intellectual Property' (English) and the site's 'Quy chế và Thỏa thuận ...' are not references.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
