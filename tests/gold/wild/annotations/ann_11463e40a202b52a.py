# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 11463e40a202b52a.md (Q&A page: exam answers and the 2024 exam rules).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "11463e40a202b52a"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

TT24 = "Thông tư 24/2024/TT-BGDĐT"
g.ref(TT24, "Thông tư", "24/2024/TT-BGDĐT", issuer_inferred="Bộ Giáo dục và Đào tạo", occ="all")
assert len(g.find(TT24, occ="all")) == 4

g.note("Q&A page (exam answers, then questions on the exam rules): kind other, subject_document null. 'Thông tư 24/2024/TT-BGDĐT' four times ('Căn cứ theo Điều 57 / Theo Điều 44 / Căn cứ theo Điều 45 Quy chế thi ... ban hành kèm theo Thông tư ...', and the last paragraph): four references, no relation (Q&A author's citations).")
g.note("'Quy chế thi tốt nghiệp trung học phổ thông ban hành kèm theo Thông tư 24/2024/TT-BGDĐT': the Quy chế issued together with the circular is treated as part of it (ANNOTATION.md's rule for a 'Quy định ... ban hành kèm theo' a numbered resolution): not a separate reference; 'Quy chế thi', 'Quy chế này', 'Điều này' are anaphora/pointers.")
g.note("issuer_inferred 'Bộ Giáo dục và Đào tạo' from the suffix BGDĐT (ministry code expanded, as heldout decision 12 does for BTC, BYT, BCT).")
g.note("Not references: 'CT 2018' / 'Chương trình 2018' and 'Chương trình GDPT/GDTX' (the general-education curriculum, not a document named by kind word and number or issuer); 'quyết định hủy bỏ kết quả thi' (an individual act, generic); 'quy định của pháp luật'.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
