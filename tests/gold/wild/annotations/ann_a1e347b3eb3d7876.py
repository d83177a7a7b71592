# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text a1e347b3eb3d7876.md (property-portal guide page on Hà Nội's 2026 land price table).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "a1e347b3eb3d7876"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

NQ52 = "Nghị quyết 52/2025/NQ-HĐND"
assert len(g.find(NQ52, occ="all")) == 4
g.ref(NQ52, "Nghị quyết", "52/2025/NQ-HĐND", occ="all")
ND102 = "Nghị định 102/2024/NĐ-CP"
assert len(g.find(ND102, occ="all")) == 4
g.ref(ND102, "Nghị định", "102/2024/NĐ-CP", occ="all")
g.ref("Nghị quyết 1656/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội", "Nghị quyết", "1656/NQ-UBTVQH15", issuer="Ủy ban Thường vụ Quốc hội")
g.ref("Luật Đất đai 2024", "Luật", date=None)

g.note("Guide page of a property portal (thuviennhadat: 'Mua bán Đất tại Hà Nội', lookup steps, then quoted rules): kind other (not a press article, not a legal text's own page), subject_document null.")
g.note("'Ngày 26/11/2025, Hội đồng nhân dân thành phố Hà Nội đã thông qua Nghị quyết 52/2025/NQ-HĐND ...': the date and the issuer stand outside the mention (passive/preceding clause), so date and issuer are null, issuer_inferred Hội đồng nhân dân from the suffix. 52/2025/NQ-HĐND is written four times: four references.")
g.note("'Nghị quyết 1656/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội': issuer stated, term XV from the UBTVQH15 suffix. 'Luật Đất đai 2024': customary year without 'năm' in the surface, date null.")
g.note("No relations: 'Căn cứ khoản 2 và khoản 3 Điều 4 Nghị quyết 52/2025/NQ-HĐND ...' and 'Căn cứ theo quy định tại khoản 1 Điều 158 Luật Đất đai 2024 ...' are the author's citations; the quoted rule's pointers to 102/2024/NĐ-CP and 1656/NQ-UBTVQH15 are plain citations (cites used sparingly). 'Phụ lục 18 kèm theo Nghị quyết 52/2025/NQ-HĐND' is part of the resolution; 'bảng giá đất', 'quy hoạch được ... phê duyệt' are not documents.")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), len(g.rels))
