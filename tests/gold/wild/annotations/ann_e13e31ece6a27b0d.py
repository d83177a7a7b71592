# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text e13e31ece6a27b0d.md (Thông tư 56/2025/TT-BCT, Bộ Công Thương, Markdown page).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
Running this script rewrites tests/gold/wild/blind/e13e31ece6a27b0d.gold.json.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "e13e31ece6a27b0d"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "56/2025/TT-BCT"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
BCT = "Bộ Công Thương"
BTBCT = "Bộ trưởng Bộ Công Thương"

# ---- header and preamble -------------------------------------------------------------------
g.ref(S, "Thông tư", S, issuer_inferred=BCT, after="Số: ")             # "Số: 56/2025/TT-BCT"
assert T.find(S) == T.find("Số: 56/2025/TT-BCT") + len("Số: ")
g.ref("Luật Thanh tra số 84/2025/QH15", "Luật", "84/2025/QH15")
g.ref("Nghị định số 40/2025/NĐ-CP", "Nghị định", "40/2025/NĐ-CP")
g.ref("Nghị định số 109/2025/NĐ-CP", "Nghị định", "109/2025/NĐ-CP")
g.ref("Nghị định số 193/2025/NĐ-CP", "Nghị định", "193/2025/NĐ-CP")

# ---- Nghị định số 217/2025/NĐ-CP: 10 mentions in the body (two kinds of line break) ---------
ND217 = ["Nghị định số 217/2025/NĐ-CP", "Nghị định số\n217/2025/NĐ-CP"]
body_end = T.find("**PHỤ LỤC**")
hits = []
for s in ND217:
    for i in g.find(s, occ="all"):
        if i < body_end:
            hits.append((i, s))
assert len(hits) == 10, hits
for i, s in sorted(hits):
    g.ref(s, "Nghị định", "217/2025/NĐ-CP", after=i, occ=0)

# ---- own-document mentions outside the header ----------------------------------------------
# Phụ lục caption "(Kèm theo Thông tư số 56/2025/TT-BCT ngày 28 tháng 11 năm 2025 của Bộ trưởng\nBộ Công Thương)"
g.ref("Thông tư số 56/2025/TT-BCT ngày 28 tháng 11 năm 2025 của Bộ trưởng\nBộ Công Thương", "Thông tư", S, issuer=BTBCT)

# ---- Điều 1 khoản 2: named numberless documents --------------------------------------------
g.ref("Pháp lệnh Quản lý thị trường", "Pháp lệnh")
g.ref("Luật Quản lý ngoại thương", "Luật")

# ---- Điều 12: repeals --------------------------------------------------------------------
g.ref("Thông tư số 15/2024/TT-BCT", "Thông tư", "15/2024/TT-BCT", issuer_inferred=BCT)
g.ref("Thông tư số 42/2022/TT-BCT", "Thông tư", "42/2022/TT-BCT", issuer_inferred=BCT)

# ---- Phụ lục: the forms (Mẫu số 01-10) -----------------------------------------------------
# Căn cứ lines of the template decisions and the Mẫu 01 lead: full mentions with date and issuer.
FORM_ND = ["Nghị định số 217/2025/NĐ-CP ngày\n05/8/2025 của Chính phủ",
           "Nghị định số 217/2025/NĐ-CP ngày 05/8/2025\ncủa Chính phủ"]
hits = []
for s in FORM_ND:
    hits += [(i, s) for i in g.find(s, occ="all")]
assert len(hits) == 7, hits
for i, s in sorted(hits):
    g.ref(s, "Nghị định", "217/2025/NĐ-CP", issuer=CP, after=i, occ=0)
FORM_TT = ["Thông tư số 56/2025/TT-BCT ngày 28/11/2025 của\nBộ trưởng Bộ Công Thương",
           "Thông tư số 56/2025/TT-BCT ngày 28/11/2025\ncủa Bộ trưởng Bộ Công Thương",
           "Thông tư số 56/2025/TT-BCT ngày\n28/11/2025 của Bộ trưởng Bộ Công Thương"]
hits = []
for s in FORM_TT:
    hits += [(i, s) for i in g.find(s, occ="all")]
assert len(hits) == 7, hits
for i, s in sorted(hits):
    g.ref(s, "Thông tư", S, issuer=BTBCT, after=i, occ=0)

# template mentions with a kind word and a blank number (ANNOTATION.md: blank template numbers -> null)
g.ref("Quyết định kiểm tra số", "Quyết định", None, after="Thực hiện Quyết định kiểm tra số", occ=0)   # Mẫu 04
g.ref("Quyết định số", "Quyết định", None, after="Thực hiện Quyết định số....", occ=0)                    # Mẫu 06
qd_so = g.find("QĐ SỐ", occ="all")                                                                     # Mẫu 04, 05, 06 headers
assert len(qd_so) == 3
for i in qd_so:
    g.ref("QĐ SỐ", "Quyết định", None, after=i, occ=0)

# ---- relations -----------------------------------------------------------------------------
g.rel(S, "84/2025/QH15", "legal_basis", "Căn cứ Luật Thanh tra số 84/2025/QH15")
g.rel(S, "40/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 40/2025/NĐ-CP")
a = T.find("Nghị định số 40/2025/NĐ-CP")
b = T.find("Nghị định số 109/2025/NĐ-CP")
c = T.find("Nghị định số 193/2025/NĐ-CP")
g.rel("109/2025/NĐ-CP", "40/2025/NĐ-CP", "amends", T[a : b + len("Nghị định số 109/2025/NĐ-CP")])
g.rel("193/2025/NĐ-CP", "40/2025/NĐ-CP", "amends", T[a : c + len("Nghị định số 193/2025/NĐ-CP")])
g.rel(S, "217/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 217/2025/NĐ-CP về hoạt động")
g.rel(S, "15/2024/TT-BCT", "repeals", "Bãi bỏ Thông tư số 15/2024/TT-BCT")
r = T.find("3. Bãi bỏ các khoản 1, 2, 4 Điều 1;")
d = T.find("Thông tư số 42/2022/TT-BCT")
g.rel(S, "42/2022/TT-BCT", "repeals", T[r + 3 : d + len("Thông tư số 42/2022/TT-BCT")])

# ---- notes ---------------------------------------------------------------------------------
g.note("Markdown page of Thông tư 56/2025/TT-BCT (Bộ Công Thương) with its Phụ lục of ten forms. 'Số: 56/2025/TT-BCT' is the bare own number: type Thông tư, issuer_inferred Bộ Công Thương (ruling for BCT). The title 'THÔNG TƯ / QUY ĐỊNH VỀ ...' and 'Bộ trưởng Bộ Công Thương ban hành Thông tư quy định về ...' are the own document without number: no reference.")
g.note("Căn cứ: legal_basis to Luật Thanh tra số 84/2025/QH15, Nghị định số 40/2025/NĐ-CP and Nghị định số 217/2025/NĐ-CP. '40/2025/NĐ-CP ... được sửa đổi, bổ sung bởi Nghị định số 109/2025/NĐ-CP và Nghị định số 193/2025/NĐ-CP' (README decision 4): legal_basis to the head decree only; 109 and 193 amend 40 (evidence from the head to each amending decree). Titles after the numbers ('quy định chức năng ...', 'về hoạt động kiểm tra chuyên ngành') are outside the surfaces; '*' italics outside too. 'Theo đề nghị của Chánh Văn phòng Bộ' names no document.")
g.note("Nghị định số 217/2025/NĐ-CP is cited ten times in the body ('theo quy định tại ... Điều N Nghị định số 217/2025/NĐ-CP', some with a line break after 'số'): references, no relation beyond the Căn cứ (cites used sparingly; pinpoints before the kind word are outside the surface). Điều 1 'quy định về quy trình ... theo quy định tại điểm b khoản 2 Điều 18 Nghị định số 217/2025/NĐ-CP' states the delegation but uses no 'hướng dẫn' / 'quy định chi tiết' wording: no guides relation (a second annotator might add 56/2025/TT-BCT guides 217/2025/NĐ-CP).")
g.note("Điều 12: 'Bãi bỏ Thông tư số 15/2024/TT-BCT ...' -> repeals; 'Bãi bỏ các khoản 1, 2, 4 Điều 1; ... Phụ lục I, III và IV của Thông tư số 42/2022/TT-BCT ...' is a partial repeal -> repeals (ANNOTATION.md). Their titles ('quy định một số nội dung ...', 'quy định về kiểm tra hoạt động điện lực ...') are outside the surfaces; issuer_inferred Bộ Công Thương from BCT.")
g.note("'Pháp lệnh Quản lý thị trường' and 'Luật Quản lý ngoại thương' (Điều 1 khoản 2, scope exclusions) are named numberless documents: references, no relation. Generic, not references: 'luật, nghị quyết của Quốc hội, pháp lệnh, nghị quyết của Ủy ban Thường vụ Quốc hội', 'văn bản quy phạm pháp luật khác', 'kế hoạch kiểm tra chuyên đề', 'quyết định kiểm tra (chuyên ngành)', 'Báo cáo kết quả kiểm tra', 'Quyết định của Bộ / của UBND các cấp'. Pointers: 'Thông tư này', 'Quyết định này', 'Điều này'.")
g.note("'Chương trình cấp quốc gia về xúc tiến thương mại' and 'Chương trình cấp quốc gia về thương hiệu' (Điều 4 khoản 6) are national programmes run as activities (approved by decision, like a 'Quy hoạch'), named only by their subject 'về ...': not references.")
g.note("Phụ lục forms: the own Thông tư is repeated with date and issuer in the Phụ lục caption, the Mẫu 01 lead and the Căn cứ lines of six template decisions (8 references, issuer 'Bộ trưởng Bộ Công Thương', line breaks kept); 'Nghị định số 217/2025/NĐ-CP ngày 05/8/2025 của Chính phủ' appears 7 times (six template Căn cứ lines and Mẫu 03 Điều 3). These are references, but the template Căn cứ lines give no legal_basis: the forms are blank models, not numbered documents, and the subject cannot be its own basis.")
g.note("Blank template numbers (ANNOTATION.md -> number null): mentions with a kind word and 'số' but no number are references with number null and the surface ending at 'số' (placeholders '………', '....' outside): 'Quyết định kiểm tra số ………' (Mẫu 04; descriptor kept as in held-out decision 9), 'Quyết định số.... ngày …/…/… của...' (Mẫu 06; the blank date and issuer are not in the surface) and the three header lines 'ĐOÀN KIỂM TRA THEO QĐ SỐ …' (surface 'QĐ SỐ', type Quyết định). The forms' own blank header numbers ('Số:\\n/QĐ-(3)', 'Số: …../KH-…', 'Số:\\n/') have neither a kind word nor a number: not references.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
