# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 40de74e605854414.md (ThuVienPhapLuat page of Nghị quyết 21/2025/NQ-HĐND, Vĩnh Long)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "40de74e605854414"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "21/2025/NQ-HĐND"
CP = "Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

g.ref(S, "Nghị quyết", S, after="**Số hiệu:**", occ=0)                # metadata row
g.ref(S, "Nghị quyết", S, after="Số:\n", occ=0)                       # header "Số:\n21/2025/NQ-HĐND"
# Căn cứ
g.ref("Luật Tổ chức chính quyền địa phương số\n72/2025/QH15", "Luật", "72/2025/QH15")
g.ref("Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15", "Luật", "64/2025/QH15")
AM = "Luật Sửa đổi, bổ sung một số điều của Luật\nBan hành văn bản quy phạm pháp luật số 87/2025/QH15"
g.ref(AM, "Luật", "87/2025/QH15")
g.ref("Luật\nBan hành văn bản quy phạm pháp luật", "Luật", after="Luật Sửa đổi, bổ sung một số điều của ")
g.ref("Luật Giáo dục số 43/2019/QH14", "Luật", "43/2019/QH14")
g.ref("Nghị định số 145/2020/NĐ-CP ngày 14 tháng\n12 năm 2020 của Chính phủ", "Nghị định", "145/2020/NĐ-CP", issuer=CP)
g.ref("Bộ luật Lao động", "Bộ luật", occ=0)                            # in 145/2020's title (Căn cứ)
g.ref("Nghị định số 105/2020/NĐ-CP ngày 08 tháng\n9 năm 2020 của Chính phủ", "Nghị định", "105/2020/NĐ-CP", issuer=CP)
g.ref("Tờ trình số 407/TTr-UBND ngày 31 tháng 10 năm\n2025 của Ủy ban nhân dân tỉnh", "Tờ trình", "407/TTr-UBND", issuer="Ủy ban nhân dân tỉnh")
# articles
g.ref("Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm\n2020 của Chính phủ", "Nghị định", "145/2020/NĐ-CP", issuer=CP)
g.ref("Bộ\nluật Lao động", "Bộ luật")                                  # in 145/2020's title (Điều 1)
g.ref("Nghị định số 145/2020/NĐ-CP", "Nghị định", "145/2020/NĐ-CP", after="theo quy định tại Điều 75 ", occ=0)
g.ref("Nghị định số 145/2020/NĐ-CP", "Nghị định", "145/2020/NĐ-CP", after="ở nơi có nhiều lao động theo quy định tại Điều 75 ", occ=0)
g.ref("Nghị định số 105/2020/NĐ-CP", "Nghị định", "105/2020/NĐ-CP", after="1, khoản 2 Điều 10 ", occ=0)
g.ref("Nghị định số 105/2020/NĐ-CP", "Nghị định", "105/2020/NĐ-CP", after="10 của ", occ=0)
# page footer title lines and site boilerplate
g.ref("Nghị quyết 21/2025/NQ-HĐND", "Nghị quyết", S, after="** **\n", occ=0)
g.ref("Nghị quyết 21/2025/NQ-HĐND ngày 18/11/2025", "Nghị quyết", S)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=0)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=1)

LBH = "Luật Ban hành văn bản quy phạm pháp luật"
g.rel(S, "72/2025/QH15", "legal_basis", "Căn cứ Luật Tổ chức chính quyền địa phương số\n72/2025/QH15")
g.rel(S, "64/2025/QH15", "legal_basis", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15")
g.rel(S, "87/2025/QH15", "legal_basis", "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật\nBan hành văn bản quy phạm pháp luật số 87/2025/QH15")
g.rel("87/2025/QH15", LBH, "amends", "Luật Sửa đổi, bổ sung một số điều của Luật\nBan hành văn bản quy phạm pháp luật")
g.rel(S, "43/2019/QH14", "legal_basis", "Căn cứ Luật Giáo dục số 43/2019/QH14")
g.rel(S, "145/2020/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 145/2020/NĐ-CP")
g.rel("145/2020/NĐ-CP", "Bộ luật Lao động", "guides", "Nghị định số 145/2020/NĐ-CP ngày 14 tháng\n12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của\nBộ luật Lao động")
g.rel(S, "105/2020/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 105/2020/NĐ-CP")

g.note("ThuVienPhapLuat page carrying the resolution itself: kind legal, subject 21/2025/NQ-HĐND (metadata row 'Số hiệu' and header 'Số:' across a line break: bare-number references). Footer title lines 'Nghị quyết 21/2025/NQ-HĐND quy định ...' and '... ngày 18/11/2025 quy định ...' are references; the surface stops before the title. The own heading 'NGHỊ QUYẾT / QUY ĐỊNH MỨC HỖ TRỢ ...', 'dự thảo Nghị quyết quy định ...' in the Xét line and 'Hội đồng nhân dân ban hành Nghị quyết quy định ...' name the own document without number: not references; 'Nghị quyết này' and bare 'Nghị quyết' in Điều 3 are pointers.")
g.note("Căn cứ: legal_basis to the six documents listed; 'Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15': the number belongs to the amending law (one reference), plus the overlapping numberless 'Luật Ban hành văn bản quy phạm pháp luật' (number null, not filled from 64/2025/QH15, README decision 7); amends from 87/2025/QH15 to that name.")
g.note("'Bộ luật Lao động' inside 145/2020/NĐ-CP's title (Căn cứ line and Điều 1) is a reference twice (type Bộ luật); guides from 145/2020/NĐ-CP to it, once. 'về điều kiện lao động và quan hệ lao động' is the decree's title, outside the surface.")
g.note("'Xét Tờ trình số 407/TTr-UBND ...' is a reference without relation; 'Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh' has no number: not a reference (ANNOTATION.md). Mentions of 145/2020/NĐ-CP and 105/2020/NĐ-CP in the articles ('quy định tại ...', 'thực hiện theo quy định tại khoản 1, khoản 2 Điều 10 Nghị định số 105/2020/NĐ-CP', 'thực hiện như quy định tại ... của Nghị định số 105/2020/NĐ-CP') point to where conditions and procedures are set: references, no relation (not a statement that the resolution implements or guides the decree).")
g.note("Site boilerplate 'Nghị định 13/2023/NĐ-CP' (twice) is a real document mention: references, no relation.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
