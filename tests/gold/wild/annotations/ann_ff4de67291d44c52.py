# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text ff4de67291d44c52.md (QĐ 1582/QĐ-UBND tỉnh Bắc Ninh, thuvienphapluat page).

Every mention was decided by reading the whole text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "ff4de67291d44c52"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "1582/QĐ-UBND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"

# metadata row "Số hiệu: | 1582/QĐ-UBND" and header "Số: 1582/QĐ-UBND" (bare own number)
g.ref(S, "Quyết định", S, occ=0)
g.ref(S, "Quyết định", S, after="Số: ")
assert T.find(S) < T.find("Số: ") < T.find(S, T.find(S) + 1)

# Căn cứ
LTCCQ = "Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15 ngày 16/6/2025"
g.ref(LTCCQ, "Luật", "72/2025/QH15")
# "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ...; số 48/2013/NĐ-CP ... và số 92/2017/NĐ-CP ...; số 118/2025/NĐ-CP ..."
g.ref("63/2010/NĐ-CP ngày 08/6/2010", "Nghị định", "63/2010/NĐ-CP")
g.ref("48/2013/NĐ-CP ngày 14/5/2013", "Nghị định", "48/2013/NĐ-CP")
g.ref("92/2017/NĐ-CP ngày 07/8/2017", "Nghị định", "92/2017/NĐ-CP")
g.ref("118/2025/NĐ-CP ngày 09/6/2025", "Nghị định", "118/2025/NĐ-CP")
TT02 = "Thông tư số 02/2017/TT-VPCP\nngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
g.ref(TT02, "Thông tư", "02/2017/TT-VPCP", issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
# "Căn cứ các Quyết định của Chủ tịch UBND tỉnh: số 1138/QĐ-UBND ... công bố tại Quyết định số 914/QĐ-UBND ...; số 1251/QĐ-UBND ..."
g.ref("1138/QĐ-UBND ngày 10/10/2025", "Quyết định", "1138/QĐ-UBND")
g.ref("Quyết định số\n914/QĐ-UBND ngày 18/9/2025 của Chủ tịch UBND tỉnh Bắc Ninh", "Quyết định", "914/QĐ-UBND",
      issuer="Chủ tịch UBND tỉnh Bắc Ninh")
g.ref("1251/QĐ-UBND\nngày 23/10/2025", "Quyết định", "1251/QĐ-UBND")
g.ref("Tờ trình số 248/TTr-STC ngày 29/10/2025", "Tờ trình", "248/TTr-STC", issuer_inferred=None)

# annex heading "(Kèm theo Quyết định số /QĐ-UBND ngày tháng 11 năm 2025 của Chủ tịch UBND tỉnh Bắc Ninh)": blank template number
g.ref("Quyết định số\n/QĐ-UBND ngày tháng 11 năm 2025 của Chủ tịch UBND tỉnh Bắc\nNinh", "Quyết định", None, date=None,
      issuer="Chủ tịch UBND tỉnh Bắc Ninh")

# annex tables
g.ref("Luật đầu tư", "Luật")                                    # "Khoản 3 Điều 41 Luật đầu tư (a1, ...)"
g.ref("Nghị định số 31/2021/NĐ-CP", "Nghị định", "31/2021/NĐ-CP")  # "(Khoản 3 Điều 54 Nghị định số 31/2021/NĐ-CP)"

# footer title lines (site)
g.ref("Quyết định 1582/QĐ-UBND năm 2025", "Quyết định", S, date=None)
g.ref("Quyết định 1582/QĐ-UBND ngày 30/11/2025", "Quyết định", S)
# site data-protection notice
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# relations: Căn cứ
g.rel(S, "72/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ các Nghị định của\nChính phủ: số 63/2010/NĐ-CP")
g.rel(S, "48/2013/NĐ-CP", "legal_basis", "Căn cứ các Nghị định của\nChính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số\n48/2013/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis", "Căn cứ các Nghị định của\nChính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số\n48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP")
i = T.find("Căn cứ các Nghị định của")
j = T.find("số 118/2025/NĐ-CP", i) + len("số 118/2025/NĐ-CP")
g.rel(S, "118/2025/NĐ-CP", "legal_basis", T[i:j])
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số 02/2017/TT-VPCP")
g.rel(S, "1138/QĐ-UBND", "legal_basis", "Căn cứ các Quyết định của\nChủ tịch UBND tỉnh: số 1138/QĐ-UBND")
i = T.find("Căn cứ các Quyết định của")
j = T.find("số 1251/QĐ-UBND", i) + len("số 1251/QĐ-UBND")
g.rel(S, "1251/QĐ-UBND", "legal_basis", T[i:j])
# 1138's title: "về việc điều chỉnh danh mục TTHC ... công bố tại Quyết định số 914/QĐ-UBND"
i = T.find("1138/QĐ-UBND ngày 10/10/2025 về việc điều chỉnh")
j = T.find("914/QĐ-UBND", i) + len("914/QĐ-UBND")
g.rel("1138/QĐ-UBND", "914/QĐ-UBND", "amends", T[i:j])

g.note("Page of thuvienphapluat.vn carrying the decision itself (metadata rows, header, Căn cứ, articles, annex of five internal procedures): kind legal, subject 1582/QĐ-UBND. The bare own number in the 'Số hiệu' row and in 'Số: 1582/QĐ-UBND' are references; so are the two footer title lines 'Quyết định 1582/QĐ-UBND năm 2025' (year phrase, date null) and 'Quyết định 1582/QĐ-UBND ngày 30/11/2025'. The own title 'QUYẾT ĐỊNH / VỀ VIỆC PHÊ DUYỆT ...' (no number) and 'Quyết định này' are not references.")
g.note("Căn cứ lists with the kind word and issuer in a plural header ('Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ...; số 48/2013/NĐ-CP ... và số 92/2017/NĐ-CP ...; số 118/2025/NĐ-CP ...', and 'các Quyết định của Chủ tịch UBND tỉnh: số 1138/QĐ-UBND ...; số 1251/QĐ-UBND ...'): the header 'các Nghị định của Chính phủ' is a plural phrase separated from the items by 'của ...:', so every item is annotated as a bare number with its contiguous date ('63/2010/NĐ-CP ngày 08/6/2010'), without 'số'; issuer null (the header's issuer is not contiguous), issuer_inferred from the code. Each item is a legal_basis of the subject (README decision 4: several documents in one Căn cứ line are all legal_basis); evidence runs from 'Căn cứ' to the item.")
g.note("48/2013/NĐ-CP and 92/2017/NĐ-CP 'về sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính': the amended decrees are named only generically, so no amends relation (not even to 63/2010/NĐ-CP, which the text does not name as amended).")
g.note("1138/QĐ-UBND 'về việc điều chỉnh danh mục thủ tục hành chính ... công bố tại Quyết định số 914/QĐ-UBND ...': the embedded 914/QĐ-UBND is a reference (issuer 'Chủ tịch UBND tỉnh Bắc Ninh') and 1138 amends 914 (it adjusts the list 914 published; 'điều chỉnh' read as modification). It is inside 1138's title, so no legal_basis from the subject to 914.")
g.note("'Theo đề nghị của Giám đốc Sở Tài chính ... tại Tờ trình số 248/TTr-STC ngày 29/10/2025': reference (type Tờ trình, issuer_inferred null for the provincial code STC), no relation.")
g.note("Annex heading '(Kèm theo Quyết định số /QĐ-UBND ngày tháng 11 năm 2025 của Chủ tịch UBND tỉnh Bắc Ninh)': the subject with a blank template number -> number null; the blank date 'ngày tháng 11 năm 2025' has no day, so date null; the surface runs through the issuer (issuer 'Chủ tịch UBND tỉnh Bắc Ninh'). No relation.")
g.note("Annex tables: 'Khoản 3 Điều 41 Luật đầu tư' -> numberless 'Luật đầu tư' (lower-case as written), and '(Khoản 3 Điều 54 Nghị định số 31/2021/NĐ-CP)' -> reference; both cited, no relation. Pinpoints are outside the surfaces. The table's 'Quyết định chấp thuận ...', 'Dự thảo Quyết định ...', 'Báo cáo thẩm định', 'Thông báo yêu cầu bổ sung ...', 'Văn bản xin ý kiến ...' are generic work products, not references.")
g.note("Site boilerplate: 'Nghị định 13/2023/NĐ-CP' twice in the data-protection notice -> references, no relation (ruling; 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the site's, not a document's, act). The site's 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân' and 'Thông báo này' are not references. The English copyright lines ('Law on Intellectual Property') are not annotated (Vietnamese kind words only); the page has no English translation of the decision.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
