# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 26ef4ccefe188024.md (Q&A page on the half-year labour-use report; cites
Nghị định 145/2020/NĐ-CP as amended by 35/2022/NĐ-CP and Nghị định 12/2022/NĐ-CP). Every mention was
decided by reading the text; offsets come from str.find."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "26ef4ccefe188024"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

ND145 = "Nghị định 145/2020/NĐ-CP"
assert len(g.find(ND145, occ="all")) == 3
g.ref(ND145, "Nghị định", "145/2020/NĐ-CP", occ="all")
g.ref("Nghị định 35/2022/NĐ-CP", "Nghị định", "35/2022/NĐ-CP")
g.ref("Bộ luật Lao động", "Bộ luật")
ND12 = "Nghị định 12/2022/NĐ-CP"
assert len(g.find(ND12, occ="all")) == 2
g.ref(ND12, "Nghị định", "12/2022/NĐ-CP", occ="all")

g.rel("35/2022/NĐ-CP", "145/2020/NĐ-CP", "amends", "Nghị định 145/2020/NĐ-CP được sửa đổi bởi khoản 1 Điều 73 Nghị định 35/2022/NĐ-CP")

g.note("Q&A page: kind other, subject_document null. 'Căn cứ theo quy định tại khoản 2 Điều 4 Nghị định 145/2020/NĐ-CP ...', 'Căn cứ khoản 2 Điều 8 Nghị định 12/2022/NĐ-CP', '(Theo khoản 1 Điều 6 Nghị định 12/2022/NĐ-CP)' are the author's citation phrases: references, no legal_basis; pinpoints outside the surface.")
g.note("'Nghị định 145/2020/NĐ-CP được sửa đổi bởi khoản 1 Điều 73 Nghị định 35/2022/NĐ-CP': the amendment is a fact about the two decrees (not a legal basis of the page), so amends 35/2022/NĐ-CP -> 145/2020/NĐ-CP is kept, as for 'được sửa đổi, bổ sung bởi' in Căn cứ lines (README decision 4).")
g.note("'Bộ luật Lao động' inside the quoted article of Decree 145 ('... tại khoản 2 Điều 12 của Bộ luật Lao động được quy định như sau'): numberless code, type 'Bộ luật'. No guides relation: the wording 'được quy định như sau' is not one of the cue words (hướng dẫn, quy định chi tiết), and the page does not state the decree's title.")
g.note("Not references: 'Nghị định này' (3 times, pointers inside the quoted decrees), 'Mẫu số 01/PLI / 02/PLI Phụ lục I ban hành kèm theo Nghị định ...' and 'Báo cáo tình hình sử dụng lao động' (a report form to be filed, no number), 'quy định pháp luật'.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
