# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text b2cbff4d7817d138.md (Q&A page on country identification signs for ASEAN
cross-border passenger cars; cites Thông tư 37/2023/TT-BGTVT and Nghị định 168/2024/NĐ-CP). Every
mention was decided by reading the text; offsets come from str.find."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "b2cbff4d7817d138"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

g.ref("Thông tư 37/2023/TT-BGTVT", "Thông tư", "37/2023/TT-BGTVT", issuer_inferred="Bộ Giao thông vận tải")
ND = "Nghị định 168/2024/NĐ-CP"
assert len(g.find(ND, occ="all")) == 2
g.ref(ND, "Nghị định", "168/2024/NĐ-CP", occ="all")

g.note("Q&A page: kind other, subject_document null. 'Căn cứ theo khoản 3 Điều 5 Thông tư 37/2023/TT-BGTVT ...' and 'Căn cứ theo điểm e khoản 6 / điểm a khoản 10 Điều 20 Nghị định 168/2024/NĐ-CP quy định về xử phạt ...' are the author's citation phrases: references (pinpoints and the 'quy định về ...' description outside the surface), no relation.")
g.note("issuer_inferred 'Bộ Giao thông vận tải' for the BGTVT suffix (an unambiguous ministry code beyond ANNOTATION.md's list, like VPCP/BCA in README decision 13 and BTC in the held-out gold).")
g.note("Not references: 'Thông tư này', 'Điều này' (pointers inside the quoted articles), 'Giấy phép liên vận', 'Giấy chứng nhận kiểm định ...' (permits/certificates, not documents), 'quy định của pháp luật'. No international agreement is named (only 'Các Bên ký kết').")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
