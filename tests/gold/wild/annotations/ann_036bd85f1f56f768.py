# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 036bd85f1f56f768.md (web page of Quyết định 2666/QĐ-UBND, Chủ tịch UBND
thành phố Cần Thơ).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "036bd85f1f56f768"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "2666/QĐ-UBND"
CP = "Chính phủ"
BTC = "Bộ trưởng Bộ Tài chính"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# metadata row and header (bare own number)
g.ref(S, "Quyết định", S, after="**Số hiệu:**")
g.ref(S, "Quyết định", S, after="Số: ")
# Căn cứ lines
LCQ = "Luật Tổ chức chính quyền địa phương"
g.ref("Luật Tổ chức chính quyền địa phương ngày\n16 tháng 6 năm 2025", "Luật")
g.ref("Nghị định số 63/2010/NĐ-CP ngày 08 tháng\n6 năm 2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số\n92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Thông tư số 02/2017/TT-VPCP ngày 31 tháng\n10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư", "02/2017/TT-VPCP",
      issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
g.ref("Quyết định số 3740/QĐ-BTC ngày 05 tháng\n11 năm 2025 của Bộ trưởng Bộ Tài chính", "Quyết định", "3740/QĐ-BTC", issuer=BTC)
# Danh mục heading: own decision
g.ref("Quyết định số 2666/QĐ-UBND ngày 26 tháng 11 năm 2025 của Chủ tịch Ủy\nban nhân dân thành phố", "Quyết định", S,
      issuer="Chủ tịch Ủy ban nhân dân thành phố")
# table A (fee cell and 'Căn cứ pháp lý' cell)
g.ref("Luật Thuế giá trị gia tăng", "Luật")
PPP = "Luật Đầu tư theo phương thức đối tác công tư"
g.ref(PPP, "Luật")
g.ref("Luật số 03/2022/QH15", "Luật", "03/2022/QH15")
g.ref("Luật số 57/2024/QH15", "Luật", "57/2024/QH15", occ=0)
g.ref("Luật số\n90/2025/QH15", "Luật", "90/2025/QH15")
g.ref("Luật Đấu thầu số 22/2023/QH15", "Luật", "22/2023/QH15")
g.ref("Luật số 57/2024/QH15", "Luật", "57/2024/QH15", occ=1)
g.ref("Luật số 90/2025/QH15", "Luật", "90/2025/QH15")
g.ref("Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm\n2025 của Chính phủ", "Nghị định", "214/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 115/2024/NĐ-CP ngày 16 tháng 9 năm\n2024 của Chính phủ", "Nghị định", "115/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định số 23/2024/NĐ-CP ngày 27 tháng 02 năm\n2024 của Chính phủ", "Nghị định", "23/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định 243/2025/NĐ-CP ngày 11 tháng 9 năm\n2025 của Chính phủ", "Nghị định", "243/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số 02/2024/TT-BKHĐT ngày 06 tháng 3\nnăm 2024 của Bộ Kế hoạch và Đầu tư", "Thông tư", "02/2024/TT-BKHĐT", issuer="Bộ Kế hoạch và Đầu tư")
# table B
g.ref("Quyết định số 3740/QĐ-BTC ngày 05 tháng 11 năm\n2025 của Bộ trưởng Bộ Tài chính", "Quyết định", "3740/QĐ-BTC", issuer=BTC)
# page captions
g.ref("Quyết định 2666/QĐ-UBND năm 2025", "Quyết định", S)
g.ref("Quyết định 2666/QĐ-UBND ngày 26/11/2025", "Quyết định", S)
# site boilerplate
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# relations
g.rel(S, LCQ, "legal_basis", "Căn cứ Luật Tổ chức chính quyền địa phương")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 63/2010/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis", T[T.find("Căn cứ Nghị định số 63/2010"):T.find("92/2017/NĐ-CP") + len("92/2017/NĐ-CP")])
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số 02/2017/TT-VPCP")
g.rel(S, "3740/QĐ-BTC", "legal_basis", "Căn cứ Quyết định số 3740/QĐ-BTC")
ppp = T.find(PPP)
for num, s in (("03/2022/QH15", "Luật số 03/2022/QH15"), ("57/2024/QH15", "Luật số 57/2024/QH15"), ("90/2025/QH15", "Luật số\n90/2025/QH15")):
    p = T.find(s, ppp)
    g.rel(num, PPP, "amends", T[ppp:p + len(s)])
dt = T.find("Luật Đấu thầu số 22/2023/QH15")
for num, s in (("57/2024/QH15", "Luật số 57/2024/QH15"), ("90/2025/QH15", "Luật số 90/2025/QH15")):
    p = T.find(s, dt)
    g.rel(num, "22/2023/QH15", "amends", T[dt:p + len(s)])

g.note("ThuVienPhapLuat web page carrying the decision's text: kind legal. Own number as references: metadata 'Số hiệu' and header 'Số:' (bare), the Danh mục heading '(Kèm theo Quyết định số 2666/QĐ-UBND ngày ... của Chủ tịch Ủy / ban nhân dân thành phố)', and the two page captions ('... năm 2025' with year phrase in the surface, date null; '... ngày 26/11/2025'); the captions' titles are outside.")
g.note("Căn cứ: legal_basis to the five documents listed directly (63/2010 and 92/2017 in one line separated by ';'). 92/2017/NĐ-CP 'sửa đổi, bổ sung ... của các nghị định liên quan ...' names no document: no amends. 'Theo đề nghị của Giám đốc Sở Tài chính' names no document.")
g.note("Điều 2 'Các Quyết định của Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang, ... (trước đây) liên quan đến công bố các thủ tục hành chính nêu trên hết hiệu lực': generic plural without number or name -> no reference, hence no repeals relation.")
g.note("Table A 'Căn cứ pháp lý' cell: every document is a reference (legal bases of the procedure, not Căn cứ lines of the decision: no legal_basis from the subject). 'Luật Đầu tư theo phương thức đối tác công tư (được sửa đổi, bổ sung tại Luật số 03/2022/QH15, Luật số 57/2024/QH15, Luật số 90/2025/QH15)' and 'Luật Đấu thầu số 22/2023/QH15 (được sửa đổi, bổ sung tại Luật số 57/2024/QH15, Luật số 90/2025/QH15)': each 'Luật số N' is its own reference (repeated numbers in the second chain are new references) and amends the head of its chain (dev decision 4 analogue); evidence runs from the head to the item. The PPP law has no number here: relation name 'Luật Đầu tư theo phương thức đối tác công tư'.")
g.note("Fee cell: 'theo quy định của Luật Thuế giá trị gia tăng và các văn bản hướng dẫn thực hiện Luật này': the named law is a reference (no relation); 'Luật này' is a pointer and 'các văn bản hướng dẫn' generic. Table B column 'Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính': 3740/QĐ-BTC repeals procedures, not documents: no relation.")
g.note("Site boilerplate: 'Nghị định 13/2023/NĐ-CP' twice in the personal-data notice are references without relation.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
