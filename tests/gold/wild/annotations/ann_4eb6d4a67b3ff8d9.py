# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 4eb6d4a67b3ff8d9.md (Thông tư 21/2025/TT-BGDĐT of the Ministry of Education
and Training on overtime teaching pay for teachers in public education institutions; Markdown).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
Re-running this script rewrites wild/blind/4eb6d4a67b3ff8d9.gold.json.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "4eb6d4a67b3ff8d9"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "21/2025/TT-BGDĐT"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"
BGDDT = "Bộ Giáo dục và Đào tạo"
BLLD = "45/2019/QH14"
ND60 = "60/2021/NĐ-CP"
TTLT = "07/2013/TTLT-BGDĐT-BNV-BTC"
TTLT_ISSUER = "Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính"

# header "Số: 21/2025/TT-BGDĐT" (bare own number)
g.ref(S, "Thông tư", S, issuer_inferred=BGDDT, after="Số: ")

# Căn cứ
g.ref("Luật Giáo dục số 43/2019/QH14", "Luật", "43/2019/QH14")
g.ref("Bộ luật Lao động số 45/2019/QH14", "Bộ luật", BLLD)
# the page's bold marker '**' sits between 'của' and 'Chính phủ', inside the mention
g.ref("Nghị định số 37/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của** Chính phủ", "Nghị định", "37/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính phủ", "Nghị định", "204/2004/NĐ-CP", issuer=CP)
g.ref("Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ", "Nghị định", "145/2020/NĐ-CP", issuer=CP)
g.ref("Bộ luật Lao động", "Bộ luật", after="một số điều của **")         # inside 145/2020's title, bold
assert T.find("một số điều của **Bộ luật Lao động**") > 0

# Điều 7 khoản 1
g.ref("Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021 của Chính phủ", "Nghị định", ND60, issuer=CP, occ=0)
g.ref("Nghị định số 111/2025/NĐ-CP ngày 22 tháng 5 năm 2025 của Chính phủ", "Nghị định", "111/2025/NĐ-CP", issuer=CP)
g.ref("Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021 của Chính phủ", "Nghị định", ND60, issuer=CP, occ=1)
assert len(g.find("Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021 của Chính phủ", occ="all")) == 2

# Điều 8 khoản 2 (transitional) and khoản 3 (Bãi bỏ)
TTLT_S = ("Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC ngày 08 tháng 03 năm 2013 của Bộ trưởng Bộ Giáo "
          "dục và Đào tạo, Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính")
g.ref(TTLT_S, "Thông tư liên tịch", TTLT, issuer=TTLT_ISSUER, occ="all")
assert len(g.find(TTLT_S, occ="all")) == 2

# every document number in the text lies inside some reference
for m in re.finditer(r"\d+/\d{4}/[A-ZĐ]+(-[A-ZĐ0-9]+)*", T):
    assert any(r["start"] <= m.start() and m.end() <= r["end"] for r in g.refs), m.group(0)
assert len(g.refs) == 12

# ---- relations --------------------------------------------------------------------------
g.rel(S, "43/2019/QH14", "legal_basis", "Căn cứ Luật Giáo dục số 43/2019/QH14")
g.rel(S, BLLD, "legal_basis", "Căn cứ Bộ luật Lao động số 45/2019/QH14")
g.rel(S, "37/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 37/2025/NĐ-CP")
g.rel(S, "204/2004/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 204/2004/NĐ-CP")
g.rel(S, "145/2020/NĐ-CP", "legal_basis", "Căn cứ Nghị định số 145/2020/NĐ-CP")
g.rel("145/2020/NĐ-CP", BLLD, "guides",
      "Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của **Bộ luật Lao động")
g.rel("111/2025/NĐ-CP", ND60, "amends",
      "Nghị định số 111/2025/NĐ-CP ngày 22 tháng 5 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 60/2021/NĐ-CP")
g.rel(S, TTLT, "repeals", "Bãi bỏ Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC")

# ---- notes ------------------------------------------------------------------------------
g.note("Markdown text of the circular itself (header 'Số: 21/2025/TT-BGDĐT', Căn cứ, enactment line, articles, signature): kind legal, subject 21/2025/TT-BGDĐT. The bare own number in the header is its only own-number reference; issuer_inferred 'Bộ Giáo dục và Đào tạo' from the BGDĐT code (as blind 11463e40 does). The bold title '**Quy định chế độ trả tiền lương dạy thêm giờ ...**' and the enactment line 'Bộ trưởng Bộ Giáo dục và Đào tạo ban hành** **Thông tư **quy định ...' name the own document without number: not references; 'Thông tư này', 'Điều này' are pointers.")
g.note("Căn cứ: legal_basis to the five documents listed directly (Luật Giáo dục 43/2019/QH14, Bộ luật Lao động 45/2019/QH14, 37/2025/NĐ-CP, 204/2004/NĐ-CP, 145/2020/NĐ-CP). 'Bộ luật Lao động số 45/2019/QH14' has type 'Bộ luật' (its kind word, as the earlier gold types the Labour Code), issuer_inferred Quốc hội and term XIV from QH14. 'Theo đề nghị của Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục' names no document.")
g.note("'Nghị định số 37/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của** Chính phủ': the page's stray bold marker '**' stands between 'của' and 'Chính phủ', i.e. inside the mention, so it stays in the surface (ANNOTATION.md: markers inside the mention; as earlier gold keeps '* *' inside surfaces); issuer 'Chính phủ'. The bold '**Bộ luật Lao động**' inside 145/2020's title: markers outside, surface 'Bộ luật Lao động' (number null, README decision 7). Its guides relation (145/2020 'quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động') ends at 45/2019/QH14, the number the same text states for the Labour Code in its Căn cứ line (this set's ruling for numberless laws numbered elsewhere), so legal_basis and guides meet in one node. 37/2025 ('quy định chức năng ... của Bộ Giáo dục và Đào tạo') and 204/2004 ('về chế độ tiền lương ...') name no document in their titles.")
g.note("Điều 7: 'theo quy định tại Nghị định số 60/2021/NĐ-CP ...; Nghị định số 111/2025/NĐ-CP ... sửa đổi, bổ sung một số điều của Nghị định số 60/2021/NĐ-CP ...' points to the funding rules: three references, no relation from the circular; 111/2025 amends 60/2021 (stated in its title). 'các văn bản hướng dẫn', 'các văn bản liên quan', 'quy định của pháp luật ...' are generic; Điều 8 khoản 5 'các văn bản dẫn chiếu tại Thông tư này' is generic (no replaces/amends).")
g.note("Điều 8: the joint circular 'Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC ngày 08 tháng 03 năm 2013 của Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính' is written twice (type 'Thông tư liên tịch'; issuer as written; issuer_inferred null, a multi-agency code as in blind ad52bc0b). Khoản 2 'Việc chi trả ... năm học 2024 - 2025 thực hiện theo quy định tại Thông tư liên tịch ...' is a transitional saving clause: reference, no continues/implements (as the earlier gold's saving clauses). Khoản 3 'Bãi bỏ Thông tư liên tịch số 07/2013/...' -> repeals; no replaces (the text does not say thay thế). Its title 'hướng dẫn thực hiện chế độ trả lương dạy thêm giờ ...' names no document: no guides.")
OUT = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
