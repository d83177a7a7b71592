# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text d8df85cac631ac19.md (Quyết định 2843/QĐ-UBND of the Chủ tịch UBND TP.HCM,
simplification plan for 53 administrative procedures of Sở Nội vụ; Markdown).

Every mention below was decided by reading the whole text; offsets come from str.find (Gold.ref).
Re-running this script rewrites wild/dev/d8df85cac631ac19.gold.json.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "d8df85cac631ac19"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
OUT = os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json")
S = "2843/QĐ-UBND"
CP = "Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")

# header "Số: 2843/QĐ-UBND" (bare own number)
g.ref(S, "Quyết định", S, occ=0)
assert g.text[g.find(S, occ=0)[0] - 4 : g.find(S, occ=0)[0]] == "Số: "

# Căn cứ lines (italic; '*' outside the surfaces)
LTCCQ = "Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025"
g.ref(LTCCQ, "Luật")
g.ref("Nghị định số\n63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Nghị định số\n118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ", "Nghị định", "118/2025/NĐ-CP", issuer=CP)
g.ref("Thông tư số\n02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính\nphủ",
      "Thông tư", "02/2017/TT-VPCP", issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
# "Theo đề nghị ... tại Tờ trình ..." : reference, no relation
g.ref("Tờ trình số 8036/TTr-SNV ngày 30 tháng 10 năm 2025", "Tờ trình", "8036/TTr-SNV", issuer_inferred=None)

# Phụ lục caption: own document with kind word and number
g.ref("Quyết định số 2843/QĐ-UBND ngày 20 tháng 11 năm 2025 của Chủ tịch Ủy\nban nhân dân Thành phố",
      "Quyết định", S, issuer="Chủ tịch Ủy ban nhân dân Thành phố")

# Phụ lục II body
g.ref("Quyết định 414/QĐ-UBND", "Quyết định", "414/QĐ-UBND", occ=0)        # "... so với Quyết định 414/QĐ-UBND[1]."
assert g.text[g.find("Quyết định 414/QĐ-UBND", occ=0)[0] + len("Quyết định 414/QĐ-UBND"):].startswith("[1]")
g.ref("Quyết định 1749/QĐ-UBND ngày 23/9/2025", "Quyết định", "1749/QĐ-UBND")
g.ref("Quyết\nđịnh 1749/QĐ-UBND", "Quyết định", "1749/QĐ-UBND")               # "theo Quyết\nđịnh 1749/QĐ-UBND:"
g.ref("Nghị định số 61/2020/NĐ-CP ngày 29/05/2020 của Chính Phủ", "Nghị định", "61/2020/NĐ-CP", issuer=CP)
g.ref("Luật Việc làm", "Luật")
# footnote [1]
g.ref("Quyết\nđịnh số 414/QĐ-UBND ngày 31 tháng 7 năm 2025 của Ủy ban nhân dân Thành phố Hồ Chí\nMinh",
      "Quyết định", "414/QĐ-UBND", issuer="Ủy ban nhân dân Thành phố Hồ Chí Minh")

# relations: Căn cứ
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis",
      "Căn cứ Nghị định số\n63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành\nchính; Nghị định số 92/2017/NĐ-CP")
g.rel(S, "118/2025/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n118/2025/NĐ-CP")
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n02/2017/TT-VPCP")
# 61/2020 as described in the text
g.rel("61/2020/NĐ-CP", "Luật Việc làm", "guides",
      "Nghị định số 61/2020/NĐ-CP ngày 29/05/2020 của Chính Phủ thi\nhành một số điều của Luật Việc làm")

g.note("Markdown text of a decision page. 'Số: 2843/QĐ-UBND' is the bare own number (issuer_inferred Ủy ban nhân dân from the UBND suffix); the Phụ lục caption '(Kèm theo Quyết định số 2843/QĐ-UBND ngày 20 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân Thành phố)' is the own document with kind word and number: a reference (issuer as written), no relation. The bold title 'QUYẾT ĐỊNH' / 'VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ...' has no number: not a reference.")
g.note("Căn cứ: legal_basis to each document listed directly (Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025, numberless; 63/2010/NĐ-CP; 92/2017/NĐ-CP, which follows 63/2010 after ';' in the same Căn cứ line (README decision 4); 118/2025/NĐ-CP; 02/2017/TT-VPCP). Line breaks inside the mentions are kept; the '*' italics markers are outside. Thông tư 02/2017/TT-VPCP issuer as written 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ' (line break collapsed), so issuer_inferred null.")
g.note("92/2017/NĐ-CP 'sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính': the amended decrees are named only generically (plural, no number or name), so no amends relation is drawn to 63/2010/NĐ-CP although it is in fact one of them (not stated by the text).")
g.note("'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 8036/TTr-SNV ...': reference (type Tờ trình from the kind word and TTr code), no relation; SNV is a provincial department code, issuer_inferred null.")
g.note("Phụ lục II: 'so với Quyết định 414/QĐ-UBND[1]' (the footnote marker '[1]' is outside the surface) and the footnote '[1] Quyết định số 414/QĐ-UBND ngày 31 tháng 7 năm 2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh' are two references to the same decision; 'Quyết định 1749/QĐ-UBND ngày 23/9/2025' and 'theo Quyết\\nđịnh 1749/QĐ-UBND' two references. Comparing the new processing times with these decisions' times ('Giảm 0.5 ngày ... so với Quyết định ...') gives no relation: the plan does not itself amend them (cites used sparingly).")
g.note("'Kiến nghị thực thi: Sửa đổi khoản 13, Điều 1 Nghị định số 61/2020/NĐ-CP ...' is a recommendation for a future amendment, not an amendment made by the subject: no amends. The text's own description of that decree ('Nghị định số 61/2020/NĐ-CP ngày 29/05/2020 của Chính Phủ thi hành một số điều của Luật Việc làm') gives guides 61/2020/NĐ-CP -> Luật Việc làm ('[quy định chi tiết] thi hành một số điều của Luật' is the guiding-decree formula); issuer canonicalised 'Chính Phủ' -> 'Chính phủ'; date 29/05/2020 -> 2020-05-29. 'Luật Việc làm' is a numberless named law (reference).")
g.note("Not references: 'Quyết định này' (pointers), the 53-fold 'Sửa đổi quyết định công bố danh mục thủ tục hành chính ...' (generic, no number), 'các Nghị định liên quan đến kiểm soát thủ tục hành chính' (generic plural), 'quy chuẩn kỹ thuật quốc gia do Bộ Lao động - Thương binh và Xã hội ban hành' (generic), procedure names beginning 'Báo cáo đưa người lao động ...' (administrative procedures, not documents), 'Phụ lục kèm theo' (part of the own decision).")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
