# ruff: noqa  (annotation data: long literal lines by design)
"""Second-annotator gold for the wild text b5c4efd4a34d5431.md (site article on Kế hoạch 188/KH-UBND, Đồng Nai)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold, collapse

H = "b5c4efd4a34d5431"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text
K = "188/KH-UBND"

# Kế hoạch 188/KH-UBND: 8 mentions, two of them with "năm 2025"
hits = [m.start() for m in re.finditer(r"Kế hoạch 188/KH-UBND", T)]
assert len(hits) == 8, hits
for st in hits:
    if T.startswith("Kế hoạch 188/KH-UBND năm 2025", st):
        g.ref("Kế hoạch 188/KH-UBND năm 2025", "Kế hoạch", K, after=st, occ=0)
    else:
        g.ref("Kế hoạch 188/KH-UBND", "Kế hoạch", K, after=st, occ=0)

# the provincial Party congress resolution (numberless, named by the congress)
NQ1 = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030"
g.ref(NQ1, "Nghị quyết")
NQ2 = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030"
g.ref(NQ2, "Nghị quyết", occ="all")                    # heading and the "Căn cứ theo Mục I" line
assert len(g.find(NQ2, occ="all")) == 2
CT = "Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh"
g.ref(CT, "Chương trình hành động")
NQ3 = "Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030"
g.ref(NQ3 + " của Đảng bộ tỉnh", "Nghị quyết", issuer="Đảng bộ tỉnh", occ="all")   # inside the programme's name; "các mục tiêu ..." (Mục đích)
assert len(g.find(NQ3 + " của Đảng bộ tỉnh", occ="all")) == 2

g.ref("Nghị định 35/2022/NĐ-CP", "Nghị định", "35/2022/NĐ-CP")
g.ref("Luật Quy hoạch 2017", "Luật")

# relations
g.rel(K, NQ1, "implements", "Kế hoạch 188/KH-UBND về việc triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I")
g.rel(collapse(CT), NQ3, "implements", CT)
g.rel(K, collapse(CT), "implements", "tổ chức thực hiện hiệu quả Nghị quyết, Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I")

g.note("Article of a real-estate site about Kế hoạch 188/KH-UBND of UBND tỉnh Đồng Nai: kind other, subject_document null (a site page about the plan, not the plan's own text; only parts of it are paraphrased).")
g.note("'Kế hoạch 188/KH-UBND' in the title, headings, lead, quoted closing line and image caption: each a reference; 'Kế hoạch 188/KH-UBND năm 2025' (twice) keeps the year phrase, date null. 'UBND tỉnh Đồng Nai đã ban hành Kế hoạch ...': issuer before the kind word, outside the mention (issuer null, issuer_inferred Ủy ban nhân dân from UBND); the date 'Ngày 26/11/2025' opens the sentence, not in the mention. Bare 'Kế hoạch' (Yêu cầu) is a pointer.")
g.note("The provincial Party congress resolution has no number: numberless references named by the congress ('Nghị quyết Đại hội đại biểu Đảng bộ tỉnh [Đồng Nai] lần thứ I, nhiệm kỳ 2025-2030', 'Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh'), like 'Nghị quyết Đại hội XIII của Đảng'. ', nhiệm kỳ 2025-2030' is the congress's term designation (like 'khóa X') and is kept in the surface; 'của Đảng bộ tỉnh' is the issuer.")
g.note("'Kế hoạch 188/KH-UBND về việc triển khai thực hiện Nghị quyết Đại hội ...' gives implements 188/KH-UBND -> the resolution, named by its first mention (the lead); the heading and 'Căn cứ theo Mục I ...' say the same with another wording of the name ('... Đảng bộ tỉnh Đồng Nai ...'), not repeated as a second relation for the same document. 'Căn cứ theo Mục I Kế hoạch ...' is the author's citation phrase: no legal_basis.")
g.note("Mục đích of the plan: 'Cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết, Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh': the action programme is a numberless named programme (reference, surface to the end of the embedded resolution, which is annotated too); it implements the resolution (its name), and the plan's stated purpose gives implements 188/KH-UBND -> the programme (a purpose statement of the plan, not a task clause). The bare 'Nghị quyết,' before it is elliptic, no name of its own: not a reference.")
g.note("'Căn cứ theo Điều 3 Nghị định 35/2022/NĐ-CP' (author's citation) and 'Luật Quy hoạch 2017' (customary year without 'năm', heldout decision 11) are references without relation. 'các nghị quyết, chỉ thị của Trung ương, của Chính phủ', 'Phụ lục 3 ban hành kèm theo Kế hoạch ...' (part of the plan), 'quy hoạch vùng' are not separate references.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "second", H + ".gold.json"))
