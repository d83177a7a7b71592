# ruff: noqa  (annotation data: long literal lines by design)
"""Second-annotator gold for the wild text a1e347b3eb3d7876.md (real-estate site article on Hà Nội land price table 2026)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "a1e347b3eb3d7876"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")

assert len(g.find("Nghị quyết 52/2025/NQ-HĐND", occ="all")) == 4
g.ref("Nghị quyết 52/2025/NQ-HĐND", "Nghị quyết", "52/2025/NQ-HĐND", occ="all")
assert len(g.find("Nghị định 102/2024/NĐ-CP", occ="all")) == 4
g.ref("Nghị định 102/2024/NĐ-CP", "Nghị định", "102/2024/NĐ-CP", occ="all")
g.ref("Nghị quyết 1656/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội", "Nghị quyết", "1656/NQ-UBTVQH15", issuer="Ủy ban Thường vụ Quốc hội")
g.ref("Luật Đất đai 2024", "Luật")

g.note("Article of a real-estate site (how to look up Hà Nội's 2026 land prices, with quoted provisions): kind other, subject_document null.")
g.note("'Hội đồng nhân dân thành phố Hà Nội đã thông qua Nghị quyết 52/2025/NQ-HĐND': the issuer is in the clause before the kind word, outside the mention: issuer null, issuer_inferred Hội đồng nhân dân from the suffix. The date 'Ngày 26/11/2025' opens the sentence and is not in the mention.")
g.note("'Căn cứ khoản 2 và khoản 3 Điều 4 Nghị quyết 52/2025/NQ-HĐND', 'Căn cứ theo quy định tại khoản 1 Điều 158 Luật Đất đai 2024' are the author's citation phrases; 'quy định tại ... Nghị định 102/2024/NĐ-CP' and '... theo Nghị quyết 1656/NQ-UBTVQH15' in the quoted resolution are citations: references, no relation. 'Luật Đất đai 2024': customary year without 'năm' in the name (heldout decision 11), date null. 1656/NQ-UBTVQH15: term XV from the suffix.")
g.note("'bảng giá đất', 'Phụ lục 18 kèm theo Nghị quyết ...', 'quy hoạch được ... phê duyệt' are not documents of the kind list: not references.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "second", H + ".gold.json"))
