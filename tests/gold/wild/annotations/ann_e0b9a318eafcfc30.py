# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text e0b9a318eafcfc30.md (ThuVienPhapLuat page of Công văn 37413/CHQ-NVTHQ, Cục Hải quan)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "e0b9a318eafcfc30"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "37413/CHQ-NVTHQ"
CHQ = "Cục Hải quan"
BTC = "Bộ Tài chính"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

g.ref(S, "Công văn", S, issuer_inferred=CHQ, after="**Số hiệu:**", occ=0)     # metadata row
g.ref(S, "Công văn", S, issuer_inferred=CHQ, after="Số: ", occ=0)             # header "Số: 37413/CHQ-NVTHQ"
g.ref("công văn số 2025-005/SAV-CHQ\nngày 10/11/2025 của Công ty TNHH Sunny Automotive Vina", "Công văn", "2025-005/SAV-CHQ",
      issuer="Công ty TNHH Sunny Automotive Vina")
g.ref("Luật Hải quan số 54/2014/QH13", "Luật", "54/2014/QH13")
TT60 = "Thông tư số 60/2019/TT-BTC\nngày 30/8/2019"
TT39 = "Thông tư số 39/2015/TT-BTC ngày 25/3/2015 của Bộ\nTài chính"
assert len(g.find(TT60, occ="all")) == 2 and len(g.find(TT39, occ="all")) == 2
g.ref(TT60, "Thông tư", "60/2019/TT-BTC", issuer_inferred=BTC, occ="all")
g.ref(TT39, "Thông tư", "39/2015/TT-BTC", issuer=BTC, occ="all")
# page footer title lines and site boilerplate
g.ref("Công văn 37413/CHQ-NVTHQ năm 2025", "Công văn", S, issuer_inferred=CHQ)
g.ref("Công văn 37413/CHQ-NVTHQ ngày 21/11/2025", "Công văn", S, issuer_inferred=CHQ)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=0)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=1)

g.rel("60/2019/TT-BTC", "39/2015/TT-BTC", "amends", "Thông tư số 60/2019/TT-BTC\nngày 30/8/2019 bổ sung Điều 4 Thông tư số 39/2015/TT-BTC")

g.note("ThuVienPhapLuat page carrying the customs letter itself (header 'Số: 37413/CHQ-NVTHQ', Kính gửi, signature): kind legal, subject 37413/CHQ-NVTHQ; metadata row and header give bare-number references, the footer title lines 'Công văn 37413/CHQ-NVTHQ năm 2025 về ...' / '... ngày 21/11/2025 về ...' are references (surface before 'về').")
g.note("issuer_inferred: 'Cục Hải quan' set explicitly for the CHQ code (the page's 'Nơi ban hành' and the letterhead 'CỤC HẢI QUAN'), 'Bộ Tài chính' for BTC (in the spirit of README decision 13 and the held-out set's BTC -> Bộ Tài chính).")
g.note("'công văn số 2025-005/SAV-CHQ ngày 10/11/2025 của Công ty TNHH Sunny Automotive Vina' (the enquiry the letter answers; lower-case kind word): a reference, type Công văn, issuer the company as written; no relation (answering a request is none of the relation types).")
g.note("The letter's '- Căn cứ khoản 3 Điều 1 Thông tư số 60/2019/TT-BTC ...' and '- Căn cứ điểm 6 Khoản 3 Điều 1 ...' are citation phrases in the body of an advisory letter (like a Q&A author's 'Căn cứ theo ...'), not a Căn cứ preamble: no legal_basis. 'Điều 86 Luật Hải quan số 54/2014/QH13 quy định ...' is a citation: reference, no relation. Pinpoints 'khoản 3 Điều 1', 'Điều 4' are outside the surfaces.")
g.note("'Thông tư số 60/2019/TT-BTC ngày 30/8/2019 bổ sung Điều 4 Thông tư số 39/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính' (written twice, identical): amends 60/2019 -> 39/2015, once; the trailing 'của Bộ Tài chính' is contiguous to 39/2015 only, so 60/2019 has issuer null (issuer_inferred Bộ Tài chính).")
g.note("Not references: 'Điều này' (pointer to Điều 4 of 39/2015), 'quy định của pháp luật hải quan' (generic). Site boilerplate 'Nghị định 13/2023/NĐ-CP' (twice) is a real document mention: references, no relation.")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
