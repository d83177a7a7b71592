# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 75a0867a09525909.md (ThuVienPhapLuat page of Thông báo 637/TB-VPCP)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "75a0867a09525909"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "637/TB-VPCP"
CP = "Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

g.ref(S, "Thông báo", S, after="**Số hiệu:**", occ=0)                 # metadata row
g.ref(S, "Thông báo", S, after="Số: ", occ=0)                         # header "Số: 637/TB-VPCP"
g.ref("Nghị\nquyết số 34/NQ-CP ngày 13 tháng 02 năm 2025 của Chính phủ", "Nghị quyết", "34/NQ-CP", issuer=CP)
g.ref("Thông báo số\n591/TB-VPCP ngày 31 tháng 10 năm 2025", "Thông báo", "591/TB-VPCP")
g.ref("Nghị quyết số 34/NQ-CP", "Nghị quyết", "34/NQ-CP", after="đúng tinh thần ", occ=0)
# footnotes
a = T.find("[1] Thông báo kết luận") + len("[1] ")
TBKL = T[a : T.find(" (cuộc họp ngày", a)]
assert TBKL.endswith("về phòng, chống tham nhũng, lãng phí, tiêu cực") and TBKL.count("\n") == 2
g.ref(TBKL, "Thông báo", issuer="đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo")
g.ref("Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025", "Nghị quyết", "46/NQ-CP", issuer=CP)
g.ref("Công điện số 158/CĐ-TTg ngày 04\ntháng 9 năm 2025", "Công điện", "158/CĐ-TTg")
# page footer title lines and site boilerplate
g.ref("Thông báo 637/TB-VPCP năm 2025", "Thông báo", S)
g.ref("Thông báo 637/TB-VPCP ngày 24/11/2025", "Thông báo", S)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=0)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=1)

g.note("ThuVienPhapLuat page carrying the notice itself (header 'Số: 637/TB-VPCP', conclusions, signature): kind legal, subject 637/TB-VPCP. The metadata row 'Số hiệu' and the header 'Số:' are bare-number references; the footer title lines 'Thông báo 637/TB-VPCP năm 2025 về Kết luận ...' and '... ngày 24/11/2025 về ...' are references whose surface stops before the title 'về ...'. The own heading 'THÔNG BÁO / KẾT LUẬN CỦA PHÓ THỦ TƯỚNG ...' has no number: not a reference.")
g.note("No relations: '... tại 02 công trình dự án theo Nghị quyết số 34/NQ-CP', 'theo đúng tinh thần Nghị quyết số 34/NQ-CP', 'theo đúng chỉ đạo của Phó Thủ tướng Chính phủ tại Thông báo số 591/TB-VPCP', and the footnotes' 'theo chỉ đạo ... tại Công điện số 158/CĐ-TTg' only say under which instruction the work is done (no thực hiện/triển khai/Căn cứ wording naming the notice's relation to them); cites not used.")
g.note("'Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025' (footnote 1): issuer before the date, both contiguous, both in the surface. 'Công điện số 158/CĐ-TTg' has type Công điện (allowed list), issuer_inferred from TTg.")
g.note("Footnote 1 'Thông báo kết luận của đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo tại cuộc họp Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực': an unnumbered document identified by its author and meeting -> reference (type Thông báo, number null); 'về phòng, chống ...' is part of the body's name (Ban Chỉ đạo Trung ương về ...), not a title; the parenthetical '(cuộc họp ngày 29 tháng 9 năm 2025)' is left out; issuer kept as written after 'của'. 'chỉ đạo của Thủ tướng Chính phủ tại buổi làm việc ...' and 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng' are not documents.")
g.note("Site boilerplate 'Nghị định 13/2023/NĐ-CP' (twice, personal-data notice of the website) is a real document mention: references, no relation. 'Thông báo này' / 'THÔNG BÁO về Lưu trữ ...' of the website and 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân' are site notices: not references.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
