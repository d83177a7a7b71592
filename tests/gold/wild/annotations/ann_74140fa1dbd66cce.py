# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 74140fa1dbd66cce.md (Q&A page: form of a decision raising base pay from 2026).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied into the repository: it is read from ../shared/corpus/wild/.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "74140fa1dbd66cce"
SPLIT = "blind"
g = Gold(os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md"),
         kind="other", subject_document=None, source=H + ".md")
T = g.text
N30 = "30/2020/NĐ-CP"
N293 = "293/2025/NĐ-CP"

# Nghị định 30/2020/NĐ-CP: once in full, twice as the short form "Nghị định 30"
g.ref("Nghị định 30/2020/NĐ-CP", "Nghị định", N30)
short = [m.start() for m in re.finditer(r"Nghị định 30(?![/\d])", T)]
assert len(short) == 2
for p in short:
    g.ref("Nghị định 30", "Nghị định", N30, after=p)
# Nghị định 293/2025/NĐ-CP (four times) and 74/2024/NĐ-CP
assert len(g.find("Nghị định 293/2025/NĐ-CP", occ="all")) == 4
g.ref("Nghị định 293/2025/NĐ-CP", "Nghị định", N293, occ="all")
g.ref("Nghị định 74/2024/NĐ-CP", "Nghị định", "74/2024/NĐ-CP")
# code with its customary year
g.ref("Bộ luật Lao động 2019", "Bộ luật")

for m in re.finditer(r"(?i)(nghị định|luật|thông tư|quyết định|nghị quyết)\s+(số\s+)?\d", T):
    assert any(r["start"] == m.start() or r["start"] + 4 == m.start() for r in g.refs), T[m.start():m.start() + 40]

g.note("Q&A page (form download article, 'Quý khách cần hỏi thêm ...'): kind other, subject_document null; no relations.")
g.note("'Nghị định 30' (twice: 'theo thể thức văn bản Nghị định 30', 'Tải về Mẫu Quyết định theo Nghị định 30 file word') is a short form resolved to 30/2020/NĐ-CP, which the same text states ('Phụ lục III ban hành kèm theo Nghị định 30/2020/NĐ-CP'; the bold markers around that phrase are outside the surface).")
g.note("'Mẫu Quyết định ...', 'quyết định tăng lương cơ bản', 'Quyết định (cá biệt) quy định trực tiếp' (form table) are forms / generic kinds, not references. 'Nghị định này' inside the quoted Điều 5 is a pointer (to 293/2025). 'Bộ luật Lao động 2019': type Bộ luật, number null, customary year in the surface, date null; 'pháp luật lao động' is generic.")
g.note("'tăng ... so với Nghị định 74/2024/NĐ-CP' is a comparison of wage levels, not a stated replacement: no replaces (the text never says 293/2025 thay thế 74/2024). 'Theo Điều 3 Nghị định 293/2025/NĐ-CP ...', 'Theo Điều 90 Bộ luật Lao động 2019 ...' are the author's citations: references, no relation. 'Ngày 10/11/2025, Chính phủ ban hành Nghị định 293/2025/NĐ-CP': the date and issuer stand before the mention, outside it (date null).")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
