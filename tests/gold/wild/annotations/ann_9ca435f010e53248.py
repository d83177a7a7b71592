# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 9ca435f010e53248.md (Công văn 39365/CHQ-GSQL of Cục Hải quan, answering a
company's enquiry on goods import; ThuVienPhapLuat page).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
Re-running this script rewrites wild/dev/9ca435f010e53248.gold.json.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "9ca435f010e53248"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "39365/CHQ-GSQL"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
CHQ = "Cục Hải quan"
BTC = "Bộ Tài chính"
ND08 = "08/2015/NĐ-CP"
ND167 = "167/2025/NĐ-CP"
LHQ = "Luật Hải quan"
LQLNT = "Luật Quản lý ngoại thương"

# metadata row "**Số hiệu:** | 39365/CHQ-GSQL" and header "Số: 39365/CHQ-GSQL" (bare own number)
g.ref(S, "Công văn", S, issuer_inferred=CHQ, after="**Số hiệu:**")
g.ref(S, "Công văn", S, issuer_inferred=CHQ, after="Số: ")
assert T.find("Số: " + S) > T.find("**Số hiệu:**") > 0

# the enquiry answered ("Trả lời công văn số ... của Công ty TNHH Tokokosen"): reference, no relation
g.ref("công văn số\n01-10/2025/CV-TKV của Công ty TNHH Tokokosen", "Công văn", "01-10/2025/CV-TKV",
      issuer="Công ty TNHH Tokokosen")

# 1. phương tiện quay vòng
g.ref("Nghị định số 08/2015/NĐ-CP ngày\n21/01/2015 của Chính phủ", "Nghị định", ND08, issuer=CP)
g.ref(LHQ, "Luật", after="biện pháp thi hành ")                          # inside 08/2015's title
g.ref("Nghị định số 167/2025/NĐ-CP ngày 30/6/2025", "Nghị định", ND167)
g.ref("Nghị định số\n08/2015/NĐ-CP", "Nghị định", ND08, after="khoản 3, khoản 4 Điều 49")
g.ref("Nghị định số\n167/2025/NĐ-CP", "Nghị định", ND167)
# 2. kho ngoại quan
g.ref("Nghị định số 08/2015/NĐ-CP", "Nghị định", ND08, after="quy định tại Điều 85 ")
g.ref("Nghị định số\n08/2015/NĐ-CP", "Nghị định", ND08, after="quy định tại Điều 88 ")
g.ref("Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài\nchính", "Thông tư", "38/2015/TT-BTC", issuer=BTC)
g.ref("Thông tư số 39/2018/TT-BTC ngày\n20/4/2018", "Thông tư", "39/2018/TT-BTC", issuer_inferred=BTC)
# 3. chính sách quản lý
g.ref(LQLNT, "Luật", after="thực hiện theo quy định tại ")
g.ref("Nghị định số 69/2018/NĐ-CP ngày 15/5/2025 của Chính phủ", "Nghị định", "69/2018/NĐ-CP", issuer=CP)
g.ref(LQLNT, "Luật", after="số điều của ")
assert len(g.find(LQLNT, occ="all")) == 2

# page footer title lines (own document)
g.ref("Công văn 39365/CHQ-GSQL năm 2025", "Công văn", S, issuer_inferred=CHQ, date=None)
g.ref("Công văn 39365/CHQ-GSQL ngày 02/12/2025", "Công văn", S, issuer_inferred=CHQ)

# site boilerplate (data-protection notice): references, no relation
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# every document number in the text lies inside some reference
for m in re.finditer(r"\d+(-\d+)?/(\d{4}/)?[A-ZĐ]+(-[A-ZĐ]+)+", T):
    assert any(r["start"] <= m.start() and m.end() <= r["end"] for r in g.refs), m.group(0)
assert len(g.refs) == 19

# ---- relations --------------------------------------------------------------------------
g.rel(ND08, LHQ, "guides",
      "Nghị định số 08/2015/NĐ-CP ngày\n21/01/2015 của Chính phủ quy định chi tiết và biện pháp thi hành Luật Hải quan")
g.rel(ND167, ND08, "amends", "được sửa đổi, bổ\nsung tại khoản 27 Điều 1 Nghị định số 167/2025/NĐ-CP")
g.rel("39/2018/TT-BTC", "38/2015/TT-BTC", "amends",
      "được sửa đổi, bổ sung bởi khoản 59 Điều 1 Thông tư số 39/2018/TT-BTC")
g.rel("69/2018/NĐ-CP", LQLNT, "guides",
      "Nghị định số 69/2018/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một\nsố điều của Luật Quản lý ngoại thương")

# ---- notes ------------------------------------------------------------------------------
g.note("ThuVienPhapLuat page carrying the customs letter itself (letterhead, 'Số: 39365/CHQ-GSQL', Kính gửi, signature): kind legal, subject 39365/CHQ-GSQL, type Công văn (metadata 'Loại văn bản: Công văn'). The own number is a reference four times: metadata row 'Số hiệu', header 'Số:' (bare numbers), and the footer title lines 'Công văn 39365/CHQ-GSQL năm 2025 về ...' (year phrase kept, date null) and '... ngày 02/12/2025 về ...' (surface stops before the title). issuer_inferred 'Cục Hải quan' for the CHQ code, as the earlier gold of the customs letter 37413/CHQ-NVTHQ (blind e0b9a318) did; 'Bộ Tài chính' for BTC.")
g.note("'Trả lời công văn số 01-10/2025/CV-TKV của Công ty TNHH Tokokosen': the enquiry answered (lower-case kind word, number as written with its hyphenated serial '01-10'); reference, issuer the company as written, issuer_inferred null (CV-TKV is the company's own code); no relation (answering is none of the relation types).")
g.note("The letter quotes provisions ('quy định tại khoản 1 Điều 49 Nghị định số ...', 'Điều 85 / Điều 88 Nghị định số 08/2015/NĐ-CP', 'Điều 91 Thông tư số 38/2015/TT-BTC'): pinpoints stay outside the surfaces; no relation from the letter to what it cites. 'thực hiện theo quy định tại Luật Quản lý ngoại thương, Nghị định số 69/2018/NĐ-CP ...' says how import policy is governed, not that the letter implements them: no implements. 'Đề nghị Công ty căn cứ các quy định nêu trên' is not a Căn cứ preamble: no legal_basis.")
g.note("Relations stated in the cited documents' own descriptions: 08/2015/NĐ-CP 'quy định chi tiết và biện pháp thi hành Luật Hải quan' -> guides the numberless 'Luật Hải quan' (the text states no number for it, so the relation end is the name); '(được sửa đổi, bổ sung tại khoản 27 Điều 1 Nghị định số 167/2025/NĐ-CP ...)' (written twice) -> 167/2025 amends 08/2015, once; '(được sửa đổi, bổ sung bởi khoản 59 Điều 1 Thông tư số 39/2018/TT-BTC ...)' -> 39/2018 amends 38/2015; 69/2018/NĐ-CP 'quy định chi tiết một số điều của Luật Quản lý ngoại thương' -> guides that law (name; no number stated).")
g.note("'Nghị định số 69/2018/NĐ-CP ngày 15/5/2025' is a misprint of the source (the decree is of 15/5/2018; the page's related-documents list shows 'Ban hành: 15/05/2018'): date kept as written, 2025-05-15, like the earlier gold keeps misprinted dates. 167/2025/NĐ-CP and 39/2018/TT-BTC have no contiguous issuer: issuer null (issuer_inferred Chính phủ / Bộ Tài chính).")
g.note("Not references: 'Văn bản liên quan' list (dates only, no names or numbers), 'các văn bản hướng dẫn có liên quan' (generic), 'Thông báo này' and 'THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng', 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân' (the site's notices), 'pháp luật về Sở hữu trí tuệ'; the English 'the Law on Intellectual Property' is not annotated. Site boilerplate 'Nghị định 13/2023/NĐ-CP' (twice, including 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật ...') are references without relation (the website, not a document, acts).")
OUT = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
