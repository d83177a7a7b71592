# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 695be1281c5a670d.md (Q&A page: fines for reversing on an expressway, Nghị định 100/2019/NĐ-CP).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied into the repository: it is read from ../shared/corpus/wild/.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "695be1281c5a670d"
SPLIT = "blind"
g = Gold(os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md"),
         kind="other", subject_document=None, source=H + ".md")
T = g.text
N100 = "100/2019/NĐ-CP"
N123 = "123/2021/NĐ-CP"

assert len(g.find("Nghị định 100/2019/NĐ-CP", occ="all")) == 4
g.ref("Nghị định 100/2019/NĐ-CP", "Nghị định", N100, occ="all")
g.ref("Nghị định 123/2021/NĐ-CP", "Nghị định", N123)

for m in re.finditer(r"(?i)(nghị định|luật|thông tư|quyết định|nghị quyết)\s+(số\s+)?\d", T):
    assert any(r["start"] == m.start() for r in g.refs), T[m.start():m.start() + 40]

g.rel(N123, N100, "amends", "Nghị định 100/2019/NĐ-CP được sửa đổi bởi khoản 28 Điều 2 Nghị định 123/2021/NĐ-CP")

g.note("Q&A page ('Quý khách cần hỏi thêm ...'): kind other, subject_document null.")
g.note("'Căn cứ theo điểm a khoản 8 Điều 5 Nghị định 100/2019/NĐ-CP ...' (and khoản 11 Điều 5, khoản 2 Điều 74, khoản 5 Điều 76) are the author's citations: four references, no legal_basis; pinpoints outside the surface. 'khoản 5 Điều 76 Nghị định 100/2019/NĐ-CP được sửa đổi bởi khoản 28 Điều 2 Nghị định 123/2021/NĐ-CP' states an amendment between the two decrees: amends 123/2021/NĐ-CP -> 100/2019/NĐ-CP. 'Nghị định này' and 'Điều này' inside the quoted articles are pointers.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
