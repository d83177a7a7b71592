# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text c15aa27d5c57fdb1.md (news page summarising Nghị định 147/2025/NĐ-CP).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "c15aa27d5c57fdb1"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "147/2025/NĐ-CP"
CP = "Chính phủ"
g = Gold(TEXT, kind="news", subject_document=S, source=H + ".md")
T = g.text

g.ref("Nghị định 147/2025/NĐ-CP", "Nghị định", S)                       # headline
g.ref("Luật Trẻ em", "Luật", occ="all")                                   # 'khoản 3 Điều 52 Luật Trẻ em', 'khoản 3 Điều 57 Luật Trẻ em'
assert len(g.find("Luật Trẻ em", occ="all")) == 2
g.ref("Nghị định số 56/2017/NĐ-CP", "Nghị định", "56/2017/NĐ-CP")
g.ref("Nghị định số 104/2016/NĐ-CP của Chính phủ", "Nghị định", "104/2016/NĐ-CP", issuer=CP)
g.ref("Nghị định số 101/2010/NĐ-CP của Chính phủ", "Nghị định", "101/2010/NĐ-CP", issuer=CP)
LPC = "Luật Phòng, chống bệnh truyền nhiễm"
g.ref(LPC, "Luật")
g.ref("Nghị định số 101/2010/NĐ-CP", "Nghị định", "101/2010/NĐ-CP", occ=1)
g.ref("Nghị định số 101/2010/NĐ-CP", "Nghị định", "101/2010/NĐ-CP", occ=2)
assert len(g.find("Nghị định số 101/2010/NĐ-CP", occ="all")) == 3

g.rel("101/2010/NĐ-CP", LPC, "guides", "Nghị định số 101/2010/NĐ-CP của Chính phủ ban hành quy định chi tiết thi hành một số điều của Luật Phòng, chống bệnh truyền nhiễm")

g.note("Press page summarising one decree ('Toàn văn Nghị định 147/2025/NĐ-CP ...' headline, paraphrased content, no header or articles): kind news, subject_document 147/2025/NĐ-CP (the page is about that one decree, as the seed's news page has 7/NQ-CP). The headline mention is a reference; the title after it ('phân định thẩm quyền ...') is outside.")
g.note("Pinpoints before a document ('khoản 3 Điều 52', 'khoản 4 Điều 38', 'điểm a khoản 3 Điều 15' ...) are outside the surfaces. The summarised decree's 'theo quy định tại ... Luật Trẻ em / Nghị định số ...' are citations: references without relation (cites used sparingly).")
g.note("'Nghị định số 104/2016/NĐ-CP của Chính phủ quy định về hoạt động tiêm chủng được sửa đổi, bổ sung năm 2018 và năm 2024': the amending acts are not named (only years): no reference, no amends. 'Nghị định số 101/2010/NĐ-CP của Chính phủ ban hành quy định chi tiết thi hành một số điều của Luật Phòng, chống bệnh truyền nhiễm' -> guides (numberless law).")
g.note("Not references: 'Chương trình tiêm chủng mở rộng' (twice; a standing national health programme, an activity rather than a document, like 'Quy hoạch ...' decided as non-documents), 'kế hoạch hỗ trợ, can thiệp', 'kế hoạch cung ứng, sử dụng vắc xin và tiêm chủng hằng năm' (generic), 'pháp luật về chính sách trợ giúp xã hội', 'pháp luật nuôi con nuôi', 'quyết định giao trẻ em ...' (individual acts), 'Nghị định quy định rõ ...' and 'Nghị định này' (anaphora/pointer).")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
