# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 5b686467fb5f972b.md (Q&A page on the confirmation of exemption from a work
permit for foreign workers, citing Nghị định 219/2025/NĐ-CP). Every mention was decided by reading the
text; offsets come from str.find."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "5b686467fb5f972b"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

ND = "Nghị định 219/2025/NĐ-CP"
assert len(g.find(ND, occ="all")) == T.count("219/2025") == 9
g.ref(ND, "Nghị định", "219/2025/NĐ-CP", occ="all")
BL = "Bộ luật Lao động 2019"
assert len(g.find(BL, occ="all")) == 4
g.ref(BL, "Bộ luật", occ="all")
g.ref("Luật Luật sư 2006", "Luật")

g.note("Q&A page (an author answering 'Để được cấp giấy xác nhận ... cần giấy tờ gì?'): kind other, subject_document null. 'Căn cứ theo Điều 8/9 Nghị định 219/2025/NĐ-CP', 'Tại Điều 7 Nghị định 219/2025/NĐ-CP có quy định ...' are the author's citation phrases: references (the pinpoints 'Điều 8', 'khoản 9, 14 và 15 Điều 7' are outside the surface), no relation.")
g.note("'Nghị định 219/2025/NĐ-CP' is written 9 times (no 'số', no date): 9 references, issuer_inferred Chính phủ from NĐ-CP. 'Phụ lục ban hành kèm theo Nghị định này' (line quoted from Điều 9 of the decree) is an internal pointer of the quoted text, not a reference.")
g.note("'Bộ luật Lao động 2019' (4 times) and 'Luật Luật sư 2006': named codes/laws without number; the year written directly after the name (no 'năm') is taken as part of the customary name and kept in the surface, date null. Type 'Bộ luật' for the Labour Code (its kind word; allowed by check_gold.py), 'Luật' for the law on lawyers.")
g.note("Not references: 'pháp luật về thực hiện thủ tục hành chính theo cơ chế một cửa ...', 'điều ước quốc tế ...', 'thỏa thuận quốc tế', 'Mẫu số 01/02 Phụ lục' (forms of the decree), 'Văn bản đề nghị ...', 'Thông báo gồm các nội dung ...' (a notice to be filed, generic).")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
