# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for 09_qd-44-2025-qd-ttg-bai-bo-vbqppl.txt."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.dirname(HERE))
from annotate_helpers import Gold
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
NAME = "09_qd-44-2025-qd-ttg-bai-bo-vbqppl"
SUBJ = "44/2025/QĐ-TTg"
g = Gold(os.path.join(ROOT, "data/corpus", NAME + ".txt"), kind="legal", subject_document=SUBJ)
TTG = "Thủ tướng Chính phủ"
g.ref("44/2025/QĐ-TTg", "Quyết định", SUBJ)                                   # "Số: 44/2025/QĐ-TTg"
# Căn cứ
g.ref("Luật Tổ chức Chính phủ số 63/2025/QH15", "Luật", "63/2025/QH15")
g.ref("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật", "64/2025/QH15")
g.ref("Luật số 87/2025/QH15", "Luật", "87/2025/QH15")
g.ref("Nghị định số 78/2025/NĐ-CP của Chính phủ", "Nghị định", "78/2025/NĐ-CP", issuer="Chính phủ")
g.ref("Luật Ban hành văn bản quy phạm pháp luật", "Luật", after="hướng dẫn thi hành ")   # in 78's title, no number
g.ref("Nghị định số 187/2025/NĐ-CP", "Nghị định", "187/2025/NĐ-CP")
g.rel(SUBJ, "63/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15")
g.rel(SUBJ, "64/2025/QH15", "legal_basis", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15")
g.rel("87/2025/QH15", "64/2025/QH15", "amends", "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15\nđược sửa đổi, bổ sung một số điều bởi Luật số 87/2025/QH15")
g.rel(SUBJ, "78/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 78/2025/NĐ-CP")
# Relation end harmonised (2026-12-02) with the wild set's ruling: the text numbers this law
# (64/2025/QH15) in its Căn cứ line, so the guides link ends at that number (one node for the law).
g.rel("78/2025/NĐ-CP", "64/2025/QH15", "guides",
      "Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một\nsố điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật")
g.rel("187/2025/NĐ-CP", "78/2025/NĐ-CP", "amends",
      "Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một\nsố điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được\nsửa đổi, bổ sung một số điều bởi Nghị định số 187/2025/NĐ-CP")

# Điều 1: 39 list items "N. Quyết định|Chỉ thị số X ngày ... của Thủ tướng Chính phủ" (read one by one;
# the regex only locates them; every item has the issuer, line breaks fall at different places)
HEAD = "Bãi\nbỏ toàn bộ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ"
art1 = g.text.index("**Điều 1."); art2 = g.text.index("**Điều 2.")
item_re = re.compile(r"^(\d+)\. ((Quyết định|Chỉ thị) số\s+(\S+)\s+ngày\s+\d+\s+tháng\s+\d+\s+năm\s+\d{4}\s+của\s+Thủ\s+tướng\s+Chính\s+phủ)", re.M)
items = list(item_re.finditer(g.text, art1, art2))
assert [int(m.group(1)) for m in items] == list(range(1, 40)), [m.group(1) for m in items]
for m in items:
    surface, kind, number = m.group(2), m.group(3), m.group(4)
    g.ref(surface, kind, number, issuer=TTG, occ=None, after=m.start(2))
    g.rel(SUBJ, number, "repeals", HEAD)
# documents named inside the titles of items 20, 35, 37 (each amended by the listed item)
g.ref("Quyết định số 03/2019/QĐ-TTg\nngày 15 tháng 01 năm 2019 của Thủ tướng Chính phủ", "Quyết định", "03/2019/QĐ-TTg", issuer=TTG)
g.rel("31/2020/QĐ-TTg", "03/2019/QĐ-TTg", "amends", "Quyết định số 31/2020/QĐ-TTg ngày 29 tháng 9 năm 2020 của Thủ\ntướng Chính phủ sửa đổi Điều 5 Quyết định số 03/2019/QĐ-TTg")
g.ref("Quyết định số 139/2002/QĐ-TTg ngày 15 tháng 10 năm 2002 của\nThủ tướng Chính phủ", "Quyết định", "139/2002/QĐ-TTg", issuer=TTG)
g.rel("14/2012/QĐ-TTg", "139/2002/QĐ-TTg", "amends", "Quyết định số 14/2012/QĐ-TTg ngày 01 tháng 3 năm 2012 của Thủ\ntướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 139/2002/QĐ-TTg")
g.ref("Quyết định số 61/2014/QĐ-TTg ngày 30 tháng 10 năm 2014 của\nThủ tướng Chính phủ", "Quyết định", "61/2014/QĐ-TTg", issuer=TTG)
g.rel("19/2023/QĐ-TTg", "61/2014/QĐ-TTg", "amends", "Quyết định số 19/2023/QĐ-TTg ngày 02 tháng 8 năm 2023 của Thủ\ntướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 61/2014/QĐ-TTg")

g.note("Only 'Số: 44/2025/QĐ-TTg' carries the own number; the title line 'QUYẾT ĐỊNH / BÃI BỎ ...' and 'ban hành Quyết định bãi bỏ ...' (own document, no number) are not references.")
g.note("Căn cứ: legal_basis to the head document of each Căn cứ line (63/2025/QH15, 64/2025/QH15, 78/2025/NĐ-CP), not to the amending documents of the 'được sửa đổi, bổ sung ... bởi' clauses (87/2025/QH15, 187/2025/NĐ-CP), which get amends relations instead.")
g.note("'được sửa đổi, bổ sung một số điều bởi Nghị định số 187/2025/NĐ-CP' attaches to Nghị định 78/2025/NĐ-CP (a decree cannot amend a law), not to the 'Luật Ban hành văn bản quy phạm pháp luật' just before it.")
g.note("'Luật Ban hành văn bản quy phạm pháp luật' inside 78/2025/NĐ-CP's title has no number there: number null (not filled with 64/2025/QH15 from the previous line); relation guides from 78/2025/NĐ-CP ends at 64/2025/QH15, the number the text gives that law.")
g.note("Điều 1 lists 39 documents under the heading 'Bãi bỏ toàn bộ ...': repeals from 44/2025/QĐ-TTg to each; the evidence of every one is that heading (the list items themselves state only the document).")
g.note("Surfaces of the list items run through 'của Thủ\\ntướng Chính phủ' with the line break as in the text. Item 28 has the old number form '769/TTg'. Item 38 breaks the line between number and date.")
g.note("Strategies, plans, schemes and programmes named in the titles of the repealed decisions ('Chiến lược ...', '“Kế hoạch xử lý triệt để ...”', 'Đề án phát triển ngành Ngân hàng ...', 'Chương trình 135', 'Quy chế ...', 'Quy định ...') are titles of mentioned documents, not references.")
g.note("Items 20, 35 and 37 amend documents that are also in the list (03/2019, 139/2002, 61/2014): the embedded mentions are references and get amends relations.")
g.write(os.path.join(ROOT, "tests/gold", NAME + ".gold.json"))
