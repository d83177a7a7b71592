# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 0f521abfe4f2e9ed.md (Q&A page: late household registration fines, Markdown).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "0f521abfe4f2e9ed"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

g.ref("Nghị định 144/2021/NĐ-CP", "Nghị định", "144/2021/NĐ-CP", occ="all")      # "Căn cứ tại Điều 9 ..." and "(theo khoản 2 Điều 4 ...)"
assert len(g.find("Nghị định 144/2021/NĐ-CP", occ="all")) == 2
g.ref("Nghị định 118/2021/NĐ-CP", "Nghị định", "118/2021/NĐ-CP")
g.ref("Luật Xử lý vi phạm hành chính", "Luật")                                   # inside the quoted article of 118/2021
g.ref("Luật Cư trú 2020", "Luật", date=None)
g.ref("Luật Hộ tịch 2014", "Luật", date=None)
g.ref("Nghị định 154/2024/NĐ-CP", "Nghị định", "154/2024/NĐ-CP")

g.note("Q&A page (question headings, author's answer quoting articles): kind other, subject_document null; no document of its own.")
g.note("The author's citation phrases 'Căn cứ tại Điều 9 Nghị định 144/2021/NĐ-CP ...', 'Căn cứ khoản 1 Điều 20 Nghị định 118/2021/NĐ-CP ...', 'Căn cứ khoản 2 Điều 21 Luật Cư trú 2020 ...' and the parenthetical sources '(theo khoản 2 Điều 4 ...)', '(khoản 1 Điều 15 Luật Hộ tịch 2014)', '(khoản 2 Điều 7 Nghị định 154/2024/NĐ-CP)' are references without relations; article pinpoints are outside the surfaces.")
g.note("'Luật Cư trú 2020' and 'Luật Hộ tịch 2014': the customary year written without 'năm' directly after the name is kept in the surface (as for 'Luật Đầu tư năm 2020'), date null, number null.")
g.note("Not references: 'Điều 20 của Luật này' (pointer inside the quoted article), 'quyết định xử phạt' (generic), the heading questions.")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), len(g.rels))
