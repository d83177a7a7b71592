# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text b5c4efd4a34d5431.md (explainer page on Kế hoạch 188/KH-UBND of UBND tỉnh
Đồng Nai).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "b5c4efd4a34d5431"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "188/KH-UBND"
g = Gold(TEXT, kind="other", subject_document=S, source=H + ".md")
T = g.text

KH = "Kế hoạch 188/KH-UBND"
KHY = "Kế hoạch 188/KH-UBND năm 2025"
hits = g.find(KH, occ="all")
yr = [T.find(KHY, h) == h for h in hits]
assert len(hits) == 8 and sum(yr) == 2
for h, y in zip(hits, yr):
    g.ref(KHY if y else KH, "Kế hoạch", S, after=h, occ=0)
NQ1 = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030"
NQ1DN = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030"
g.ref(NQ1, "Nghị quyết")
g.ref(NQ1DN, "Nghị quyết", occ="all")
assert len(g.find(NQ1DN, occ="all")) == 2
CT = "Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh"
NQ1B = "Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh"
g.ref(CT, "Chương trình hành động")
g.ref(NQ1B, "Nghị quyết", issuer="Đảng bộ tỉnh", occ="all")               # inside CT's name, and 'các mục tiêu Nghị quyết ...'
assert len(g.find(NQ1B, occ="all")) == 2
g.ref("Nghị định 35/2022/NĐ-CP", "Nghị định", "35/2022/NĐ-CP")
g.ref("Luật Quy hoạch 2017", "Luật")

g.rel(S, NQ1, "implements", "Kế hoạch 188/KH-UBND về việc triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I")
g.rel(CT, "Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030", "implements", CT)

g.note("Legal-information explainer page (real-estate site, same format as the Q&A pages: headings, the author's 'Căn cứ theo Mục I Kế hoạch ...', '(Hình từ Internet)'): kind other. It is about one document, so subject_document = 188/KH-UBND (its section on Nghị định 35/2022/NĐ-CP is background). A second annotator might choose kind news.")
g.note("'Kế hoạch 188/KH-UBND' eight times (headings, bold line, caption, body), twice followed by 'năm 2025' (year phrase in the surface, date null). 'Ngày 26/11/2025, UBND tỉnh Đồng Nai đã ban hành Kế hoạch 188/KH-UBND': date and issuer outside the mention -> null; issuer_inferred from UBND.")
g.note("'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh [Đồng Nai] lần thứ I, nhiệm kỳ 2025-2030' and 'Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh': numberless party-congress resolutions named by the congress (like 'Nghị quyết Đại hội XIII của Đảng'); the term 'nhiệm kỳ 2025-2030' identifies the congress and stays in the surface; issuer only where 'của Đảng bộ tỉnh' is written; term null (no 'khóa').")
g.note("implements: 188/KH-UBND 'về việc triển khai thực hiện Nghị quyết Đại hội ...' (line 9; the headings repeat it with the 'Đồng Nai' variant of the name: one relation, to the first name). 'Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh' is a named unnumbered programme (surface runs to the end of the embedded numberless mention, which is annotated too) and implements that resolution (name without issuer).")
g.note("No relation from the plan's 'Mục đích: Cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết, Chương trình hành động ...' (task/purpose clause, dev decision 8); the bare 'Nghị quyết,' there is anaphora. Not references: 'Kế hoạch' (anaphora), 'các nghị quyết, chỉ thị của Trung ương, của Chính phủ' (generic), 'quy hoạch vùng' (plan, not document), 'Phụ lục 3 ban hành kèm theo ...', 'Mục I', 'Điều 3' (pinpoints).")
g.note("'Căn cứ theo Điều 3 Nghị định 35/2022/NĐ-CP' and 'điểm d khoản 2 Điều 26 Luật Quy hoạch 2017': citations (references, no relation); 'Luật Quy hoạch 2017' has its customary year in the surface, date null.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
