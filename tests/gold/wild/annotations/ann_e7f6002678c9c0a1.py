# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text e7f6002678c9c0a1.md (ThuVienPhapLuat page of Công văn 39209/CHQ-GSQL of Cục Hải quan,
answering a company on the change of use of old imported machinery).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "e7f6002678c9c0a1"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "39209/CHQ-GSQL"
CHQ = "Cục Hải quan"
CP = "Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# metadata row "Số hiệu: | 39209/CHQ-GSQL" and header "Số: 39209/CHQ-GSQL" (bare own number)
g.ref(S, "Công văn", S, issuer_inferred=CHQ, after="**Số hiệu:**", occ=0)
g.ref(S, "Công văn", S, issuer_inferred=CHQ, after="Số: ", occ=0)
assert T.find("Số: " + S) > T.find("**Số hiệu:**") > 0

# "Trả lời công văn số 09/HDTLMM/2025 ngày 06/11/2025 của Công ty ..." (the enquiry answered)
g.ref("công văn số 09/HDTLMM/2025\nngày 06/11/2025 của Công ty TNHH Bao bì Kỹ thuật cao Riches Việt Nam", "Công văn",
      "09/HDTLMM/2025", issuer="Công ty TNHH Bao bì Kỹ thuật cao Riches Việt Nam")

# "... quy định tại Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 được sửa đổi, bổ sung tại Nghị định số 72/2022/NĐ-CP ngày 04/10/2022 của Chính phủ"
ND60 = "Nghị định số 60/2014/NĐ-CP ngày\n19/6/2014"
ND72 = "Nghị định số 72/2022/NĐ-CP ngày 04/10/2022\ncủa Chính phủ"
g.ref(ND60, "Nghị định", "60/2014/NĐ-CP")
g.ref(ND72, "Nghị định", "72/2022/NĐ-CP", issuer=CP)

# page footer title lines (own document)
g.ref("Công văn 39209/CHQ-GSQL năm 2025", "Công văn", S, issuer_inferred=CHQ)
g.ref("Công văn 39209/CHQ-GSQL ngày 01/12/2025", "Công văn", S, issuer_inferred=CHQ)

# site boilerplate (data-protection notice)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2
assert len(g.refs) == 9

# relation: 72/2022 amends 60/2014
g.rel("72/2022/NĐ-CP", "60/2014/NĐ-CP", "amends",
      "Nghị định số 60/2014/NĐ-CP ngày\n19/6/2014 được sửa đổi, bổ sung tại Nghị định số 72/2022/NĐ-CP")

g.note("ThuVienPhapLuat page carrying the customs letter itself (metadata table, letterhead 'BỘ TÀI CHÍNH / CỤC HẢI QUAN', header 'Số: 39209/CHQ-GSQL', Kính gửi, signature): kind legal, subject 39209/CHQ-GSQL, type Công văn (metadata 'Loại văn bản: Công văn'). The metadata row and header give bare-number references, the footer title lines 'Công văn 39209/CHQ-GSQL năm 2025 hướng dẫn ...' (year phrase in the surface, date null) and '... ngày 01/12/2025 hướng dẫn ...' are references (surface before the title; 'do Cục Hải quan ban hành' is not a contiguous 'của' issuer). issuer_inferred 'Cục Hải quan' for the CHQ code, as blind e0b9a318eafcfc30 does.")
g.note("'Trả lời công văn số 09/HDTLMM/2025 ngày 06/11/2025 của Công ty TNHH Bao bì Kỹ thuật cao Riches Việt Nam' (lower-case kind word): the enquiry the letter answers; reference with issuer the company as written, no relation (answering is none of the relation types). The later 'nội dung công văn' is an anaphor without number: not a reference.")
g.note("'Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 được sửa đổi, bổ sung tại Nghị định số 72/2022/NĐ-CP ngày 04/10/2022 của Chính phủ': 72/2022 amends 60/2014; the trailing 'của Chính phủ' is contiguous to 72/2022 only, so 60/2014 has issuer null (issuer_inferred Chính phủ). The letter only says the company's problem relates to these decrees ('liên quan đến quy định tại ...'): no relation from the letter to them (no cites; the subject line 'V/v hướng dẫn thủ tục hải quan' guides no named document).")
g.note("Not references: 'Loại văn bản: Công văn' (no number); the 'Văn bản liên quan' list (only issue/update dates, no names or numbers); 'THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng', 'Thông báo này', 'Quy chế và Thỏa thuận Bảo về/vệ Dữ liệu cá nhân' (the website's own notices); 'pháp luật về Sở hữu trí tuệ' (generic); the English 'Law on Intellectual Property' (English boilerplate, not annotated). Site boilerplate 'Nghị định 13/2023/NĐ-CP' (twice) is a real document mention: references, no relation (the website, not a document, 'thực hiện' it).")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), "refs", len(g.rels), "rels")
