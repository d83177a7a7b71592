# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 7006a7aeb5bba582.md (Quyết định 2609/QĐ-TTg thành lập Ban Quản lý Khu Kinh
tế mở Chu Lai, a thuvienphapluat.vn page). Every mention was decided by reading the text; offsets come
from str.find."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "7006a7aeb5bba582"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
SUBJ = "2609/QĐ-TTg"
g = Gold(TEXT, kind="legal", subject_document=SUBJ, source=H + ".md")
T = g.text
CP = "Chính phủ"

# metadata row "Số hiệu: | 2609/QĐ-TTg" and header "Số: 2609/QĐ-TTg" (bare own number)
g.ref(SUBJ, "Quyết định", SUBJ, occ=0)
g.ref(SUBJ, "Quyết định", SUBJ, after="Số: ")
assert T.find(SUBJ) < T.find("Số: 2609") and T.find("Số: 2609") + 4 == T.find(SUBJ, T.find("Số: 2609"))
# Căn cứ
g.ref("Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025", "Luật")
g.ref("Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc\nhội", "Nghị quyết", "202/2025/QH15", issuer="Quốc hội")
g.ref("Nghị định số 158/2018/NĐ-CP\nngày 22 tháng 11 năm 2018 của Chính phủ", "Nghị định", "158/2018/NĐ-CP", issuer=CP)
g.ref("Nghị định số 35/2022/NĐ-CP\nngày 28 tháng 5 năm 2022 của Chính phủ", "Nghị định", "35/2022/NĐ-CP", issuer=CP)
# Điều 3: repeal
g.ref("Quyết định số 1229/QĐ-TTg\nngày 15 tháng 7 năm 2021 của Thủ tướng Chính phủ", "Quyết định", "1229/QĐ-TTg", issuer="Thủ tướng Chính phủ")
# page summary lines after the signature
g.ref("Quyết định 2609/QĐ-TTg năm 2025", "Quyết định", SUBJ)
g.ref("Quyết định 2609/QĐ-TTg ngày 28/11/2025", "Quyết định", SUBJ)
# site boilerplate (personal data notice)
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")

g.rel(SUBJ, "Luật Tổ chức Chính phủ", "legal_basis", "Căn cứ Luật Tổ chức\nChính phủ")
g.rel(SUBJ, "202/2025/QH15", "legal_basis", "Căn cứ Nghị quyết số 202/2025/QH15")
g.rel(SUBJ, "158/2018/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 158/2018/NĐ-CP")
g.rel(SUBJ, "35/2022/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 35/2022/NĐ-CP")
g.rel(SUBJ, "1229/QĐ-TTg", "repeals", "bãi bỏ Quyết định số 1229/QĐ-TTg")

g.note("Web page (thuvienphapluat.vn) carrying the decision itself: kind legal. The own number is annotated bare in the metadata row 'Số hiệu: | 2609/QĐ-TTg' and in the header 'Số: 2609/QĐ-TTg' (the date 'ngày 28 tháng 11 năm 2025' is in another cell: date null), and with the kind word in the two site summary lines after the signature: 'Quyết định 2609/QĐ-TTg năm 2025' (year phrase kept, date null) and 'Quyết định 2609/QĐ-TTg ngày 28/11/2025'. 'QUYẾT ĐỊNH / VỀ VIỆC THÀNH LẬP ...', 'Quyết định này' are not references.")
g.note("Căn cứ: legal_basis to the four documents listed; 'Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025' is a numberless law (relation name without the date). Titles after the numbered decrees and resolution ('về việc sắp xếp ...', 'quy định về ...') are outside the surfaces; no guides (no law named). 'Theo đề nghị của Ủy ban nhân dân thành phố Đà Nẵng' names no document.")
g.note("Điều 3 '... có hiệu lực thi hành kể từ ngày ký ban hành; bãi bỏ Quyết định số 1229/QĐ-TTg ...' -> repeals (not replaces: the text does not say thay thế, although the new board is formed by reorganising the old one).")
g.note("'Nghị định 13/2023/NĐ-CP' twice in the site's personal-data notice at the end of the page: references (every mention in the file counts), no relation. 'pháp luật hiện hành', 'kế hoạch hàng năm' are generic.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
