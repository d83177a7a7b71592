# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 050b7fae0658278c.md (Q&A page: is a land deposit contract subject to
notarisation; cites Bộ luật Dân sự 2015, Luật Đất đai 2024, Thông tư 92/2015 and 111/2013). Every
mention was decided by reading the text; offsets come from str.find."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "050b7fae0658278c"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text
BTC = "Bộ Tài chính"

BLDS = "Bộ luật Dân sự 2015"
assert len(g.find(BLDS, occ="all")) == 4
g.ref(BLDS, "Bộ luật", occ="all")
LDD = "Luật Đất đai 2024"
assert len(g.find(LDD, occ="all")) == 17
g.ref(LDD, "Luật", occ="all")
# quoted heading of Điều 247 Luật Đất đai 2024 (amends the personal income tax law)
HEAD = "Luật Thuế thu nhập cá nhân số 04/2007/QH12"
g.ref(HEAD, "Luật", "04/2007/QH12")
g.ref("Luật số 26/2012/QH13", "Luật", "26/2012/QH13")
g.ref("Luật số 71/2014/QH13", "Luật", "71/2014/QH13")
# circulars
g.ref("Thông tư 92/2015/TT-BTC", "Thông tư", "92/2015/TT-BTC", issuer_inferred=BTC)
g.ref("Thông tư 111/2013/TT-BTC", "Thông tư", "111/2013/TT-BTC", issuer_inferred=BTC)
g.ref("Thông tư số 111/2013/TT-BTC", "Thông tư", "111/2013/TT-BTC", issuer_inferred=BTC)

h = T.find(HEAD)
g.rel("26/2012/QH13", "04/2007/QH12", "amends", T[h : T.find("Luật số 26/2012/QH13") + len("Luật số 26/2012/QH13")])
g.rel("71/2014/QH13", "04/2007/QH12", "amends", T[h : T.find("Luật số 71/2014/QH13") + len("Luật số 71/2014/QH13")])
g.rel(LDD, "04/2007/QH12", "amends", "Điều 247. Sửa đổi, bổ sung khoản 1 Điều 14 của Luật Thuế thu nhập cá nhân số 04/2007/QH12")
g.rel("92/2015/TT-BTC", "111/2013/TT-BTC", "amends", "Thông tư 92/2015/TT-BTC sửa đổi, bổ sung Điều 12 Thông tư 111/2013/TT-BTC")

g.note("Q&A page (legal-advice article): kind other, subject_document null. Every 'Căn cứ theo [khoản ... ] Điều N <document>' is the author's citation phrase: the document is a reference, no legal_basis. Pinpoints ('khoản 3 Điều 27', 'Điều 116') are outside the surface.")
g.note("'Bộ luật Dân sự 2015' (4 times, type 'Bộ luật') and 'Luật Đất đai 2024' (17 times): named codes/laws without number; the year written directly after the name is part of the customary name and kept in the surface, date null. 'Luật này' inside the quoted articles is a pointer; 'pháp luật về giao dịch điện tử / dân sự / công chứng, chứng thực', 'luật quy định' are generic.")
g.note("The quoted heading 'Điều 247. Sửa đổi, bổ sung khoản 1 Điều 14 của Luật Thuế thu nhập cá nhân số 04/2007/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 26/2012/QH13 và Luật số 71/2014/QH13' (introduced by 'Căn cứ theo Điều 247 Luật Đất đai 2024'): the two amending laws amend 04/2007/QH12 (evidence from the head law to each item, as in heldout 07), and Luật Đất đai 2024 amends it too (its Điều 247 is the amending article; the law is named by the sentence introducing the quotation, not inside the evidence). These amendments are stated by the quoted law text, not by the Q&A author, so they are kept although the page is a Q&A.")
g.note("'Thông tư 92/2015/TT-BTC sửa đổi, bổ sung Điều 12 Thông tư 111/2013/TT-BTC' -> amends (one relation; the quoted 'Điều 17. Sửa đổi, bổ sung Điều 12 Thông tư số 111/2013/TT-BTC' restates it). issuer_inferred 'Bộ Tài chính' from the BTC suffix (as the held-out gold does for TT-BTC).")
g.write(os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json"))
