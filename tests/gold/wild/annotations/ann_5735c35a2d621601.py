# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 5735c35a2d621601.md (Q&A page on the financial statements of Thông tư 99/2025/TT-BTC)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "5735c35a2d621601"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
N99 = "99/2025/TT-BTC"
N200 = "200/2014/TT-BTC"
BTC = "Bộ Tài chính"
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

FULL = "Thông tư 99/2025/TT-BTC"
full_hits = g.find(FULL, occ="all")
assert len(full_hits) == 12
g.ref(FULL, "Thông tư", N99, issuer_inferred=BTC, occ="all")
# short form "Thông tư 99" (download link, two question headings): full number stated in the text
short_hits = [h for h in g.find("Thông tư 99", occ="all") if h not in full_hits]
assert len(short_hits) == 3 and all(T[h + len("Thông tư 99")] == " " for h in short_hits)
for h in short_hits:
    g.ref("Thông tư 99", "Thông tư", N99, issuer_inferred=BTC, after=h, occ=0)
g.ref("Thông tư 200", "Thông tư", N200, issuer_inferred=BTC, after="mẫu báo cáo tài chính ", occ=0)   # "... thay thế mẫu báo cáo tài chính Thông tư 200**"
assert T.startswith("Thông tư 200**", T.find("mẫu báo cáo tài chính Thông tư 200") + len("mẫu báo cáo tài chính "))
g.ref("Thông tư 200/2014/TT-BTC", "Thông tư", N200, issuer_inferred=BTC)

g.note("Q&A/explainer page (headline question, 'Trên đây là thông tin ...', 'Quý khách cần hỏi thêm ...'): kind other, subject_document null. No relations.")
g.note("'Thông tư 99/2025/TT-BTC' is written out 12 times (headline x3, comparison link, body, captions, question answers): 12 references. Short forms 'Thông tư 99' (download link and two question headings) and 'Thông tư 200' (download link) get the full numbers 99/2025/TT-BTC and 200/2014/TT-BTC, both stated in the text ('Bảng so sánh Thông tư 99/2025/TT-BTC và Thông tư 200/2014/TT-BTC'). issuer_inferred 'Bộ Tài chính' set explicitly for the BTC code (held-out decision 12), also for the short forms.")
g.note("'mẫu báo cáo tình hình tài chính Thông tư 99 thay thế mẫu báo cáo tài chính Thông tư 200' (download link): forms replacing forms, not a document replacing a document (ANNOTATION.md: replaces is 'a document, not wording'); no replaces. The author's 'được nêu tại Điều 17 Thông tư ...', 'được quy định tại Điều 3 ...' are citations: no relation.")
g.note("Not references: 'Báo cáo tình hình tài chính', 'Báo cáo kết quả hoạt động kinh doanh', 'Báo cáo lưu chuyển tiền tệ', 'Báo cáo tài chính (năm / giữa niên độ)' and their form codes 'Mẫu số B 01 - DN' ... are financial statements and templates prescribed by the circular, not policy documents; 'Phụ lục IV ban hành kèm theo Thông tư ...' is part of the circular; 'quy chế quản trị nội bộ' and 'pháp luật doanh nghiệp' are generic.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
