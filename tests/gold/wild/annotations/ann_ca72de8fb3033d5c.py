# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text ca72de8fb3033d5c.md (web page of Quyết định 1597/QĐ-TTPVHCC, Trung tâm
Phục vụ hành chính công thành phố Hà Nội).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "ca72de8fb3033d5c"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "1597/QĐ-TTPVHCC"
CP = "Chính phủ"
UBTP = "UBND Thành phố"
BVH = "Bộ Văn hóa, Thể thao và Du lịch"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# metadata row "Số hiệu: | 1597/QĐ-TTPVHCC" and header "Số: 1597/QĐ-TTPVHCC" (bare own number)
g.ref(S, "Quyết định", S, after="**Số hiệu:**")
g.ref(S, "Quyết định", S, after="Số: ")
# Căn cứ lines
LCQ = "Luật Tổ chức chính quyền địa phương"
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16/6/2025", "Luật")
g.ref("Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ", "Nghị định", "48/2013/NĐ-CP", issuer=CP)
g.ref("Nghị định số\n92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Thông tư số\n02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ", "Thông tư", "02/2017/TT-VPCP", issuer="Văn phòng Chính phủ")
g.ref("Quyết định số\n3253/QĐ-BVHTTDL ngày 10/9/2025 của Bộ Văn hóa, Thể thao và Du lịch", "Quyết định", "3253/QĐ-BVHTTDL", issuer=BVH)
g.ref("Quyết định số 56/2025/QĐ-UBND\nngày 22/9/2025 của UBND Thành phố", "Quyết định", "56/2025/QĐ-UBND", issuer=UBTP)
g.ref("Quyết định số\n63/QĐ-UBND ngày 24/10/2024 của UBND Thành phố", "Quyết định", "63/QĐ-UBND", issuer=UBTP)
g.ref("Quyết định số\n46/QĐ-UBND ngày 06/01/2025 của UBND Thành phố", "Quyết định", "46/QĐ-UBND", issuer=UBTP)
# "Theo đề nghị của Sở Xây dựng Hà Nội tại văn bản số 15718/SXD-VPS ngày 14/11/2025."
g.ref("văn bản số 15718/SXD-VPS ngày 14/11/2025", "Công văn", "15718/SXD-VPS")
# Điều 3: repeal
g.ref("Quyết định số 1736/QĐ-UBND ngày 27/4/2020 của Chủ tịch UBND Thành phố", "Quyết định", "1736/QĐ-UBND", issuer="Chủ tịch UBND Thành phố")
# Phụ lục heading: own decision
g.ref("Quyết định số 1597/QĐ-TTPVHCC ngày 21 tháng 11 năm 2025 của\nGiám đốc Trung tâm phục vụ hành chính công thành phố Hà Nội", "Quyết định", S,
      issuer="Giám đốc Trung tâm phục vụ hành chính công thành phố Hà Nội")
# Phụ lục table, column "Căn cứ pháp lý", three rows
g.ref("Luật Du lịch số\n09/2017/QH14 ngày 19 tháng 6 năm 2017", "Luật", "09/2017/QH14", occ="all")
assert len(g.find("Luật Du lịch số\n09/2017/QH14 ngày 19 tháng 6 năm 2017", occ="all")) == 3
ND168 = "Nghị định số 168/2017/NĐ-CP\nngày 31 tháng 12 năm 2017 của Chính phủ"
g.ref(ND168, "Nghị định", "168/2017/NĐ-CP", issuer=CP, occ="all")
assert len(g.find(ND168, occ="all")) == 3
# 'Luật Du lịch' in 168/2017's title: rows 1 and 3 "của\nLuật Du lịch.", row 2 "của Luật\nDu lịch."
g.ref("Luật Du lịch", "Luật", after="một số điều của\nLuật Du lịch", occ=0)
g.ref("Luật\nDu lịch", "Luật")
i3 = T.find(ND168, T.find("Luật\nDu lịch"))
g.ref("Luật Du lịch", "Luật", after=T.find("một số điều của\nLuật Du lịch", i3), occ=0)
BGT = "Bộ trưởng Bộ Giao thông vận tải"
g.ref("Thông tư số\n42/2017/TT-BGTVT ngày 15 tháng 11 năm 2017 của Bộ trưởng Bộ Giao thông vận\ntải", "Thông tư", "42/2017/TT-BGTVT", issuer=BGT)
g.ref("Thông tư số\n42/2017/TT-BGTVT ngày 15/11/2017 của Bộ trưởng Bộ Giao thông vận tải", "Thông tư", "42/2017/TT-BGTVT", issuer=BGT, occ="all")
assert len(g.find("Thông tư số\n42/2017/TT-BGTVT ngày 15/11/2017 của Bộ trưởng Bộ Giao thông vận tải", occ="all")) == 2
TT10 = "Thông tư số 10/2025/TT-BXD\nngày 14 tháng 6 năm 2025 của Bộ trưởng Bộ Xây dựng"
g.ref(TT10, "Thông tư", "10/2025/TT-BXD", issuer="Bộ trưởng Bộ Xây dựng", occ="all")
assert len(g.find(TT10, occ="all")) == 3
QD3253 = "Quyết định số 3253/QĐ-BVHTTDL\nngày 10/9/2025 của Bộ Văn hóa, Thể thao và Du lịch"
g.ref(QD3253, "Quyết định", "3253/QĐ-BVHTTDL", issuer=BVH, occ="all")
assert len(g.find(QD3253, occ="all")) == 3
# page captions after the text
g.ref("Quyết định 1597/QĐ-TTPVHCC năm 2025", "Quyết định", S)
g.ref("Quyết định 1597/QĐ-TTPVHCC ngày 21/11/2025", "Quyết định", S)
# site boilerplate (personal-data notice)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# relations
g.rel(S, LCQ, "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP")
g.rel(S, "48/2013/NĐ-CP", "legal_basis", T[T.find("Căn cứ Nghị định số\n63/2010"):T.find("48/2013/NĐ-CP") + len("48/2013/NĐ-CP")])
g.rel(S, "92/2017/NĐ-CP", "legal_basis", T[T.find("Căn cứ Nghị định số\n63/2010"):T.find("92/2017/NĐ-CP") + len("92/2017/NĐ-CP")])
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n02/2017/TT-VPCP")
g.rel(S, "3253/QĐ-BVHTTDL", "legal_basis", "Căn cứ Quyết định số\n3253/QĐ-BVHTTDL")
g.rel(S, "56/2025/QĐ-UBND", "legal_basis", "Căn cứ Quyết định số 56/2025/QĐ-UBND")
g.rel(S, "63/QĐ-UBND", "legal_basis", "Căn cứ Quyết định số\n63/QĐ-UBND")
g.rel(S, "46/QĐ-UBND", "legal_basis", "Căn cứ Quyết định số\n46/QĐ-UBND")
g.rel(S, "1736/QĐ-UBND", "repeals", "Quyết định này bãi bỏ toàn bộ\nQuyết định số 1736/QĐ-UBND")
g.rel("168/2017/NĐ-CP", "Luật Du lịch", "guides", "Nghị định số 168/2017/NĐ-CP\nngày 31 tháng 12 năm 2017 của Chính phủ quy định chi tiết một số điều của\nLuật Du lịch")

g.note("ThuVienPhapLuat web page carrying the decision's text: kind legal. The own number is a reference three ways: the metadata row 'Số hiệu: | 1597/QĐ-TTPVHCC' and the header 'Số: 1597/QĐ-TTPVHCC' (bare numbers; suffix TTPVHCC not in the inference list, issuer_inferred null), the Phụ lục heading 'Quyết định số 1597/QĐ-TTPVHCC ngày 21 tháng 11 năm 2025 của / Giám đốc ...' and the two page captions 'Quyết định 1597/QĐ-TTPVHCC năm 2025' (year phrase in the surface, date null) and '... ngày 21/11/2025'; the titles after them ('công bố Danh mục ...') are outside.")
g.note("Căn cứ: legal_basis to each document listed directly (three decrees in one line separated by ';' are all listed directly). 48/2013/NĐ-CP and 92/2017/NĐ-CP 'sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính' name no document (generic plural): no amends to 63/2010/NĐ-CP. 02/2017/TT-VPCP 'hướng dẫn về nghiệp vụ ...' guides no named document.")
g.note("'Theo đề nghị của Sở Xây dựng Hà Nội tại văn bản số 15718/SXD-VPS ngày 14/11/2025': numbered official letter, a reference like 'Tờ trình số' (no relation); kind word 'văn bản' not in the type list -> type 'Công văn'.")
g.note("Điều 3 'Quyết định này bãi bỏ toàn bộ Quyết định số 1736/QĐ-UBND ...' -> repeals.")
g.note("Phụ lục table, column 'Căn cứ pháp lý' (three rows with the same five documents, line breaks differing): every mention is a reference (15 numbered + 3 'Luật Du lịch' inside 168/2017's title, number null per dev decision 7). These are the legal bases of the listed procedures, not 'Căn cứ' lines of the decision: no legal_basis from the subject. 168/2017/NĐ-CP 'quy định chi tiết một số điều của Luật Du lịch' -> guides (one relation, name 'Luật Du lịch'). 10/2025/TT-BXD 'hướng dẫn chức năng, nhiệm vụ ...' guides no named document.")
g.note("Site boilerplate: 'Nghị định 13/2023/NĐ-CP' twice in the personal-data notice are references; 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the website's act, not a document's: no relation. The English 'the Law on Intellectual Property' and 'pháp luật về Sở hữu trí tuệ' are not references; 'phê duyệt theo Quy định' is generic; 'Quyết định này' is a pointer.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
