# ruff: noqa  (annotation data: long literal lines by design)
"""Second-annotator gold for the wild text 40de74e605854414.md (Nghị quyết 21/2025/NQ-HĐND, Vĩnh Long)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "40de74e605854414"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "21/2025/NQ-HĐND"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"

# metadata row "Số hiệu: | 21/2025/NQ-HĐND" and header "Số: 21/2025/NQ-HĐND" (bare own number)
g.ref(S, "Nghị quyết", S, occ=0)
g.ref(S, "Nghị quyết", S, after="Số:\n")
assert T.find(S) < T.find("Số:\n") < T.find(S, T.find("Số:\n"))

# Căn cứ
g.ref("Luật Tổ chức chính quyền địa phương số\n72/2025/QH15", "Luật", "72/2025/QH15")
g.ref("Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15", "Luật", "64/2025/QH15")
LSD = "Luật Sửa đổi, bổ sung một số điều của Luật\nBan hành văn bản quy phạm pháp luật"
g.ref(LSD + " số 87/2025/QH15", "Luật", "87/2025/QH15")
g.ref("Luật\nBan hành văn bản quy phạm pháp luật", "Luật", after=LSD)        # law named inside the amending law
g.ref("Luật Giáo dục số 43/2019/QH14", "Luật", "43/2019/QH14")
g.ref("Nghị định số 145/2020/NĐ-CP ngày 14 tháng\n12 năm 2020 của Chính phủ", "Nghị định", "145/2020/NĐ-CP", issuer=CP)
g.ref("Bộ luật Lao động", "Bộ luật", occ=0)                                  # in 145's title (Căn cứ)
g.ref("Nghị định số 105/2020/NĐ-CP ngày 08 tháng\n9 năm 2020 của Chính phủ", "Nghị định", "105/2020/NĐ-CP", issuer=CP)
# Xét Tờ trình (reference, no relation)
g.ref("Tờ trình số 407/TTr-UBND ngày 31 tháng 10 năm\n2025 của Ủy ban nhân dân tỉnh", "Tờ trình", "407/TTr-UBND", issuer="Ủy ban nhân dân tỉnh")

# articles
g.ref("Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm\n2020 của Chính phủ", "Nghị định", "145/2020/NĐ-CP", issuer=CP)   # Điều 1 khoản 1
g.ref("Bộ\nluật Lao động", "Bộ luật")                                       # in 145's title (Điều 1)
g.ref("Nghị định số 145/2020/NĐ-CP", "Nghị định", "145/2020/NĐ-CP", after="theo quy định tại Điều 75 ", occ=0)   # Điều 1 khoản 2 a
g.ref("Nghị định số 145/2020/NĐ-CP", "Nghị định", "145/2020/NĐ-CP", after="ở nơi có nhiều lao động theo quy định tại Điều 75 ", occ=0)  # b
g.ref("Nghị định số 105/2020/NĐ-CP", "Nghị định", "105/2020/NĐ-CP", after="1, khoản 2 Điều 10 ", occ=0)
g.ref("Nghị định số 105/2020/NĐ-CP", "Nghị định", "105/2020/NĐ-CP", after="10 của ", occ=0)
assert len(g.find("Nghị định số 145/2020/NĐ-CP", occ="all")) == 4
assert len(g.find("Nghị định số 105/2020/NĐ-CP", occ="all")) == 3

# page footer lines (the page's own document, with kind word)
g.ref("Nghị quyết 21/2025/NQ-HĐND", "Nghị quyết", S, occ=0)
g.ref("Nghị quyết 21/2025/NQ-HĐND ngày 18/11/2025", "Nghị quyết", S)
assert len(g.find("Nghị quyết 21/2025/NQ-HĐND", occ="all")) == 2
# website notice (page boilerplate, still a real mention of a decree)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=0)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=1)

# relations
g.rel(S, "72/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức chính quyền địa phương số\n72/2025/QH15")
g.rel(S, "64/2025/QH15", "legal_basis", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15")
g.rel(S, "87/2025/QH15", "legal_basis", "Căn cứ " + LSD + " số 87/2025/QH15")
g.rel("87/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật", "amends", LSD)
g.rel(S, "43/2019/QH14", "legal_basis", "Căn cứ Luật Giáo dục số 43/2019/QH14")
g.rel(S, "145/2020/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 145/2020/NĐ-CP")
g.rel("145/2020/NĐ-CP", "Bộ luật Lao động", "guides", "Nghị định số 145/2020/NĐ-CP ngày 14 tháng\n12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của\nBộ luật Lao động")
g.rel(S, "105/2020/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 105/2020/NĐ-CP")

g.note("Web page (thuvienphapluat) carrying the resolution's text: kind legal. Bare own number twice: metadata row 'Số hiệu: | 21/2025/NQ-HĐND' and header 'Số:\\n21/2025/NQ-HĐND'; the footer lines 'Nghị quyết 21/2025/NQ-HĐND ...' (twice, once with 'ngày 18/11/2025') are own-document mentions with kind word. The 'Loại văn bản: Nghị quyết' row is not a reference.")
g.note("Căn cứ 'Luật Sửa đổi, bổ sung một số điều của Luật\\nBan hành văn bản quy phạm pháp luật số 87/2025/QH15' is its own Căn cứ line: legal_basis to 87/2025/QH15; the number belongs to the amending law; overlapping numberless reference for the law named inside, and amends from 87/2025/QH15 to that name ('Luật Ban hành văn bản quy phạm pháp luật'), not to 64/2025/QH15 (the inner mention carries no number; as in 09, a numberless mention is not filled from another line).")
g.note("'Bộ luật Lao động' inside 145/2020/NĐ-CP's title (Căn cứ line and Điều 1; the second with a line break 'Bộ\\nluật') is a numberless reference of type 'Bộ luật'; guides from 145/2020/NĐ-CP (one relation).")
g.note("'Xét Tờ trình số 407/TTr-UBND ... của Ủy ban nhân dân tỉnh' is a reference without relation; 'dự thảo Nghị quyết quy định mức hỗ trợ ...' is the draft of the own document and 'Báo cáo thẩm tra của Ban Văn hóa - Xã hội ...' has no number: not references. 'Hội đồng nhân dân ban hành Nghị quyết quy định ...', 'Nghị quyết này', bare 'Nghị quyết' (Điều 3) are the own document without number / pointers.")
g.note("Articles: 145/2020/NĐ-CP and 105/2020/NĐ-CP are cited ('quy định tại', 'thực hiện theo quy định tại', 'như quy định tại'), pinpoints 'Điều 75', 'khoản 1, khoản 2 Điều 10' outside the surfaces: references, no relation (cites used sparingly).")
g.note("The site's data-protection notice at the end mentions 'Nghị định 13/2023/NĐ-CP' twice: page boilerplate but real mentions of a decree, annotated as references; 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' is the website acting, not a document: no relation. The site's 'Quy chế và Thỏa thuận ...' and 'THÔNG BÁO về Lưu trữ ...' are not legal documents.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "second", H + ".gold.json"))
