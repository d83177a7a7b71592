# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text ad52bc0b105a20cd.md (Quyết định 2929/QĐ-UBND of Sơn La, thuvienphapluat page).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "ad52bc0b105a20cd"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "2929/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
BQP = "Bộ trưởng Bộ Quốc phòng"
VP = "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"

# metadata row and header (bare own number)
g.ref(S, "Quyết định", S, occ=0)                                   # "Số hiệu: | 2929/QĐ-UBND"
g.ref(S, "Quyết định", S, after="Số: 2929/QĐ-UBND")               # "Số: 2929/QĐ-UBND"
assert T.find(S) < T.find("Số: 2929/QĐ-UBND")

# Căn cứ preamble
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025", "Luật")
g.ref("Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ", "Nghị định", "48/2013/NĐ-CP", issuer=CP)
g.ref("Nghị định\nsố 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("nghị định số\n118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số\n02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư", "02/2017/TT-VPCP", issuer=VP)
g.ref("Thông tư số\n03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng\nChính phủ", "Thông tư", "03/2025/TT-VPCP", issuer=VP)
g.ref("Nghị định số\n118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)   # in 03/2025's title
g.ref("Quyết định số\n5132/QĐ-BQP ngày 13/10/2025 của Bộ trưởng Bộ Quốc phòng", "Quyết định", "5132/QĐ-BQP", issuer=BQP)
g.ref("Tờ trình số 5829/TTr-BCH ngày 14 tháng 11 năm 2025", "Tờ trình", "5829/TTr-BCH")
# own document in the annex captions (twice)
g.ref("Quyết định số 2929/QĐ-UBND ngày 18 tháng 11 năm 2025 của\nChủ tịch UBND tỉnh", "Quyết định", S, issuer="Chủ tịch UBND tỉnh", occ="all")
assert len(g.find("Quyết định số 2929/QĐ-UBND ngày 18 tháng 11 năm 2025 của\nChủ tịch UBND tỉnh", occ="all")) == 2

# Phụ lục I, column "Căn cứ pháp lý" -- rows 1 and 2 carry the same list (each mention twice)
TTg = "Thủ tướng Chính phủ"
QD62 = "Quyết định số\n62/2011/QĐ-TTg ngày 09/11/2011 của Thủ tướng Chính phủ"
QD22 = "Quyết định số\n22/2025/QĐ-TTg ngày 10/7/2025 của Thủ tướng Chính phủ"
TTLT = "Thông tư liên tịch số\n01/2012/TTLT-BQP-BLĐTBXH- BTC ngày 05/01/2012 của Bộ Quốc phòng, Bộ Lao động\n- Thương binh và Xã hội"
QD62b = "Quyết định số 62/2011/QĐ-TTg của\nThủ tướng Chính phủ"
TT104 = "Thông tư số 104/2024/TT-BQP\nngày 27/11/2024 của Bộ trưởng Bộ Quốc phòng"
for surf, typ, num, iss in [(QD62, "Quyết định", "62/2011/QĐ-TTg", TTg), (QD22, "Quyết định", "22/2025/QĐ-TTg", TTg),
                            (TTLT, "Thông tư liên tịch", "01/2012/TTLT-BQP-BLĐTBXH-BTC", "Bộ Quốc phòng, Bộ Lao động - Thương binh và Xã hội"),
                            (QD62b, "Quyết định", "62/2011/QĐ-TTg", TTg), (TT104, "Thông tư", "104/2024/TT-BQP", BQP)]:
    assert len(g.find(surf, occ="all")) == 2, surf
    g.ref(surf, typ, num, issuer=iss, occ="all")
TT103 = "Thông tư số 103/2025/TT-BQP\nngày 26/9/2025 của Bộ trưởng Bộ Quốc phòng"     # rows 1-6
assert len(g.find(TT103, occ="all")) == 6
g.ref(TT103, "Thông tư", "103/2025/TT-BQP", issuer=BQP, occ="all")
TT13 = "Thông tư số 13/2024/TT-BQP\nngày 18/3/2024 của Bộ trưởng Bộ Quốc phòng"       # rows 3, 5, 6
assert len(g.find(TT13, occ="all")) == 3
g.ref(TT13, "Thông tư", "13/2024/TT-BQP", issuer=BQP, occ="all")
# row 3
g.ref("Luật Nghĩa vụ quân sự năm\n2015", "Luật", date=None)
g.ref("Nghị định số 27/2016/NĐ-CP\nngày 06/4/2016 của Chính phủ", "Nghị định", "27/2016/NĐ-CP", issuer=CP)
g.ref("Thông tư số 95/2016/TT-BQP\nngày 28/6/2016 của Bộ trưởng Bộ Quốc phòng", "Thông tư", "95/2016/TT-BQP", issuer=BQP)
g.ref("Nghị định số\n27/2016/NĐ-CP", "Nghị định", "27/2016/NĐ-CP")
# row 4
g.ref("Pháp lệnh số 02/2020/UBTVQH\nngày 09/12/2020 của Ủy ban Thường vụ Quốc hội", "Pháp lệnh", "02/2020/UBTVQH", issuer="Ủy ban Thường vụ Quốc hội")
g.ref("Nghị định số 131/2021/NĐ-CP\nngày 30/12/2021 của Chính phủ", "Nghị định", "131/2021/NĐ-CP", issuer=CP)
PL = "Pháp\nlệnh Ưu đãi người có công với cách mạng"
g.ref(PL, "Pháp lệnh")
g.ref("Thông tư số 55/2022/TT-BQP\nngày 27/7/2022 của Bộ trưởng Bộ Quốc phòng", "Thông tư", "55/2022/TT-BQP", issuer=BQP)
# row 5
g.ref("Thông tư số 158/2011/TT-BQP\nngày 15/8/2011 của Bộ trưởng Bộ Quốc phòng", "Thông tư", "158/2011/TT-BQP", issuer=BQP)
# row 6
g.ref("Luật Bảo hiểm y tế", "Luật")
g.ref("Quyết định số\n33/2003/QĐ-BQP ngày 07/4/2023 của Bộ trưởng Bộ Quốc phòng", "Quyết định", "33/2003/QĐ-BQP", issuer=BQP)
g.ref("Thông tư số 139/2011/TT-BQP\nngày 01/8/2011 của Bộ trưởng Bộ Quốc phòng", "Thông tư", "139/2011/TT-BQP", issuer=BQP)
g.ref("Quyết định số 33/2003/QĐ-BQP ngày\n07/4/2023 của Bộ trưởng Bộ Quốc phòng", "Quyết định", "33/2003/QĐ-BQP", issuer=BQP)

# page footer (site's own lines)
g.ref("Quyết định 2929/QĐ-UBND năm 2025", "Quyết định", S, date=None)
g.ref("Quyết định 2929/QĐ-UBND ngày 18/11/2025", "Quyết định", S)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# relations: Căn cứ lines
def span(a, b):
    i = T.find(a); j = T.find(b, i)
    assert i >= 0 and j >= 0
    return T[i : j + len(b)]
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP")
g.rel(S, "48/2013/NĐ-CP", "legal_basis", span("Căn cứ Nghị định số\n63/2010/NĐ-CP", "Nghị định số 48/2013/NĐ-CP"))
g.rel(S, "92/2017/NĐ-CP", "legal_basis", span("Căn cứ Nghị định số\n63/2010/NĐ-CP", "số 92/2017/NĐ-CP"))
g.rel(S, "118/2025/NĐ-CP", "legal_basis", "Căn cứ nghị định số\n118/2025/NĐ-CP")
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n02/2017/TT-VPCP")
g.rel(S, "03/2025/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n03/2025/TT-VPCP")
g.rel(S, "5132/QĐ-BQP", "legal_basis", "Căn cứ Quyết định số\n5132/QĐ-BQP")
# relations stated in the titles of the documents cited
g.rel("03/2025/TT-VPCP", "118/2025/NĐ-CP", "guides", span("03/2025/TT-VPCP", "hướng dẫn thi hành một số nội dung của Nghị định số\n118/2025/NĐ-CP"))
g.rel("01/2012/TTLT-BQP-BLĐTBXH-BTC", "62/2011/QĐ-TTg", "guides", "hướng dẫn thực hiện Quyết định số 62/2011/QĐ-TTg")
g.rel("95/2016/TT-BQP", "27/2016/NĐ-CP", "guides", "Thông tư số 95/2016/TT-BQP\nngày 28/6/2016 của Bộ trưởng Bộ Quốc phòng hướng dẫn thực hiện Nghị định số\n27/2016/NĐ-CP")
g.rel("131/2021/NĐ-CP", "Pháp lệnh Ưu đãi người có công với cách mạng", "guides", "Nghị định số 131/2021/NĐ-CP\nngày 30/12/2021 của Chính phủ quy định chi tiết và biện pháp thi hành Pháp\nlệnh Ưu đãi người có công với cách mạng")
g.rel("139/2011/TT-BQP", "33/2003/QĐ-BQP", "amends", span("Thông tư số 139/2011/TT-BQP", "ban hành kèm theo Quyết định số 33/2003/QĐ-BQP"))

g.note("Web page (thuvienphapluat) carrying the decision itself: kind legal. The bare own number is annotated twice (metadata row 'Số hiệu: | 2929/QĐ-UBND' and header 'Số: 2929/QĐ-UBND'); the own decision with kind word and number four more times (the two annex captions '(Ban hành kèm theo Quyết định số 2929/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)' and the two footer titles, 'Quyết định 2929/QĐ-UBND năm 2025' with year phrase, date null).")
g.note("Căn cứ: legal_basis to each document listed directly after Căn cứ (three decrees in one line separated by ';', all legal_basis); 118/2025/NĐ-CP inside the title of 03/2025/TT-VPCP is a second reference but gives no second legal_basis; 03/2025/TT-VPCP guides it ('hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP'). 'nghị định số 118/2025/NĐ-CP' has a lower-case kind word (type Nghị định). 'Theo đề nghị ... tại Tờ trình số 5829/TTr-BCH ...' is a reference without relation.")
g.note("48/2013/NĐ-CP and 92/2017/NĐ-CP 'sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính', 22/2025/QĐ-TTg '... của các Quyết định của Thủ tướng Chính phủ ...', 104/2024/TT-BQP 'thay thế, bãi bỏ ... tại các Thông tư liên tịch ...', 13/2024/TT-BQP and 103/2025/TT-BQP '... của các văn bản quy phạm pháp luật / các Thông tư liên tịch, Thông tư, Quyết định ...' amend generic plural sets: no reference for the set, no amends/replaces/repeals relation (63/2010/NĐ-CP is not named as the amended decree).")
g.note("Annex I 'Căn cứ pháp lý' column: the legal bases of each administrative procedure, not Căn cứ lines of the decision, so no legal_basis from 2929/QĐ-UBND; every document listed is a reference, repeated per row (rows 1-2 identical; 103/2025/TT-BQP six times, 13/2024/TT-BQP three times). Relations stated in their titles are kept once per pair: 01/2012/TTLT guides 62/2011/QĐ-TTg, 95/2016/TT-BQP guides 27/2016/NĐ-CP, 131/2021/NĐ-CP guides the named 'Pháp lệnh Ưu đãi người có công với cách mạng' (numberless reference, number not filled from 02/2020/UBTVQH, README decision 7), 139/2011/TT-BQP amends the 'Quy định ... ban hành kèm theo Quyết định số 33/2003/QĐ-BQP' (treated as that decision, ANNOTATION.md).")
g.note("Numbers as written: '01/2012/TTLT-BQP-BLĐTBXH- BTC' -> '01/2012/TTLT-BQP-BLĐTBXH-BTC' (type Thông tư liên tịch; issuer as written, 'Bộ Quốc phòng, Bộ Lao động - Thương binh và Xã hội'); '02/2020/UBTVQH' without term digits (term null). 33/2003/QĐ-BQP is dated '07/4/2023' twice in the text (a source typo for 2003): date kept as written, 2023-04-07. BQP/VPCP/BCH suffixes are outside the issuer list; issuers are stated except for 5829/TTr-BCH (null).")
g.note("'Luật Nghĩa vụ quân sự năm 2015' (year across a line break, customary year, date null) and 'Theo quy định của Luật Bảo hiểm y tế' (fee column) are numberless law references. Not references: 'Quyết định thành lập Hội đồng chính sách', 'Quyết định công nhận cán bộ ...', 'Tờ trình đề nghị ban hành Quyết định' (generic products in Annex II), 'Quyết định này', 'Loại văn bản: Quyết định', the site's 'Thông báo này' and 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân'.")
g.note("The site's privacy notice at the end mentions 'Nghị định 13/2023/NĐ-CP' twice: annotated as references (they are in the text), issuer_inferred Chính phủ; 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật ...' is done by the website, not by a document: no relation.")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), len(g.rels))
