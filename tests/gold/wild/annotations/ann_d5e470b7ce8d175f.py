# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text d5e470b7ce8d175f.md (law-library page of Quyết định 76/2025/QĐ-UBND of the
UBND tỉnh Hà Tĩnh, repealing two decisions of the province; Markdown).

Every mention below was decided by reading the whole text; offsets come from str.find (Gold.ref).
Re-running this script rewrites wild/blind/d5e470b7ce8d175f.gold.json.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "d5e470b7ce8d175f"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
OUT = os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json")
S = "76/2025/QĐ-UBND"
CP = "Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# metadata row "Số hiệu: | 76/2025/QĐ-UBND" and header "Số:\n76/2025/QĐ-UBND" (bare own number)
g.ref(S, "Quyết định", S, after="**Số hiệu:**")
g.ref(S, "Quyết định", S, after="Số:\n")
assert T.find("Số:\n" + S) > 0

# Căn cứ lines
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025", "Luật")
g.ref("Luật Ban hành văn bản\nquy phạm pháp luật ngày 19 tháng 02 năm 2025", "Luật")
AM = "Luật sửa đổi bổ sung một số điều\ncủa Luật Ban hành văn bản quy phạm pháp luật"
AM_NAME = "Luật sửa đổi bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"
g.ref(AM + " ngày 25 tháng 6 năm 2025", "Luật")
g.ref("Luật Ban hành văn bản quy phạm pháp luật", "Luật", after=AM[:25])          # inside the amending law
g.ref("Nghị định số\n78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ", "Nghị định", "78/2025/NĐ-CP", issuer=CP)
g.ref("Luật Ban hành văn bản quy phạm\npháp luật", "Luật")                            # in 78's title
g.ref("Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ", "Nghị định", "187/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 78/2025/NĐ-CP ngày 01\ntháng 4 năm 2025", "Nghị định", "78/2025/NĐ-CP")   # in 187's title
# "Theo đề nghị ... tại Văn bản số ... và ... tại Báo cáo số ...": references, no relation
g.ref("Văn bản số 7788/TTr-STC ngày 30 tháng 10 năm 2025", "Tờ trình", "7788/TTr-STC", issuer_inferred=None)
g.ref("Báo cáo số 3140/BC-STP ngày 30 tháng 10 năm 2025", "Báo cáo", "3140/BC-STP", issuer_inferred=None)

# Điều 1: the two repealed decisions
g.ref("Quyết định số\n43/2017/QĐ-UBND ngày 29/9/2017 của UBND tỉnh", "Quyết định", "43/2017/QĐ-UBND", issuer="UBND tỉnh")
g.ref("Quyết định số\n40/2013/QĐ-UBND ngày 13/9/2013 của UBND tỉnh", "Quyết định", "40/2013/QĐ-UBND", issuer="UBND tỉnh")

# page footer title lines (own document)
g.ref("Quyết định 76/2025/QĐ-UBND", "Quyết định", S, after="Trần Báu Hà\n|\n")
assert T[g.refs[-1]["end"]:].startswith(" bãi bỏ")
g.ref("Quyết định 76/2025/QĐ-UBND ngày 21/11/2025", "Quyết định", S)

# site boilerplate (data-protection notice): references, no relation
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# relations: Căn cứ
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, "Luật Ban hành văn bản quy phạm pháp luật", "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật")
g.rel(S, AM_NAME, "legal_basis",
      "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật ngày 19 tháng 02 năm 2025; " + AM)
g.rel(AM_NAME, "Luật Ban hành văn bản quy phạm pháp luật", "amends", AM)
g.rel(S, "78/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n78/2025/NĐ-CP")
g.rel("78/2025/NĐ-CP", "Luật Ban hành văn bản quy phạm pháp luật", "guides",
      "Nghị định số\n78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số\nđiều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm\npháp luật")
g.rel(S, "187/2025/NĐ-CP", "legal_basis",
      T[T.find("Căn cứ Nghị định số\n78/2025") : T.find("Nghị định số 187/2025/NĐ-CP") + len("Nghị định số 187/2025/NĐ-CP")])
g.rel("187/2025/NĐ-CP", "78/2025/NĐ-CP", "amends",
      "Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ\nvề việc sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP")
# Điều 1: repeals (evidence = the heading, README decision 9)
HEAD = "Bãi bỏ toàn bộ các\nquyết định"
g.rel(S, "43/2017/QĐ-UBND", "repeals", HEAD)
g.rel(S, "40/2013/QĐ-UBND", "repeals", HEAD)

g.note("Law-library web page carrying the legal text itself: kind legal. Own number as bare metadata row 'Số hiệu: | 76/2025/QĐ-UBND' and header 'Số:\\n76/2025/QĐ-UBND' (two references); the footer title lines 'Quyết định 76/2025/QĐ-UBND bãi bỏ ...' and 'Quyết định 76/2025/QĐ-UBND ngày 21/11/2025 bãi bỏ ...' are own-document references (ruling: footer title lines count; their titles are outside). The title 'QUYẾT ĐỊNH / BÃI BỎ CÁC QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH' and the enactment clause 'Ủy ban nhân dân tỉnh ban hành Quyết định bãi bỏ các Quyết định của Ủy ban nhân dân tỉnh Hà Tĩnh' are the own document without number and generic plurals: not references.")
g.note("Căn cứ: legal_basis to each document listed directly: Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025, Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025 and, after ';' in the same line, the amending 'Luật sửa đổi bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025' (numberless; relation name without the date, written without comma as in the text), which amends the law named inside it (overlapping numberless reference); Nghị định 78/2025/NĐ-CP and, after ';', Nghị định 187/2025/NĐ-CP (README decision 4: two documents separated by ';' are both legal_basis).")
g.note("Titles inside Căn cứ lines: 78/2025/NĐ-CP 'quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật' -> guides (the law named in the title is a numberless reference, no legal_basis to it from this mention); 187/2025/NĐ-CP 'về việc sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025' -> amends 78/2025/NĐ-CP (the repeated 78/2025 in the title is a separate reference).")
g.note("'Theo đề nghị của Sở Tài chính tại Văn bản số 7788/TTr-STC ...' -> type Tờ trình (the TTr code names it, ruling), and '... thẩm định của Sở Tư pháp tại Báo cáo số 3140/BC-STP ...' -> Báo cáo: references, no relation ('Theo đề nghị' gives none); STC and STP are provincial department codes: issuer_inferred null.")
g.note("Điều 1 'Bãi bỏ toàn bộ các quyết định' lists 43/2017/QĐ-UBND and 40/2013/QĐ-UBND: one repeals per item, evidence the heading (README decision 9). Issuer 'UBND tỉnh' kept as written (README decision 13). 'ban hành Quy định trình tự, thủ tục đầu tư ...' in 40/2013's title is the Quy định issued with that decision: part of it, not a separate reference.")
g.note("Site boilerplate: 'Nghị định 13/2023/NĐ-CP' twice in the data-protection notice: references, no relation (ruling). The English copyright sentence is not annotated (Vietnamese kind words only). Not references: 'Quyết định này' (pointers), 'Loại văn bản: Quyết định' (no number), the site's 'Thông báo này' / 'THÔNG BÁO về Lưu trữ ...' and 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân', recipients in 'Nơi nhận'.")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
