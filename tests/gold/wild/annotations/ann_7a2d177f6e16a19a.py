# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 7a2d177f6e16a19a.md (Q&A page: thôi quốc tịch while held in custody,
căn cứ xác định quốc tịch, điều kiện nhập quốc tịch; Luật Quốc tịch Việt Nam 2008 as amended 2025).

Every mention was decided by reading the whole text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "7a2d177f6e16a19a"
SPLIT = "blind"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

L08 = "Luật Quốc tịch Việt Nam 2008"
L25 = "Luật Quốc tịch Việt Nam sửa đổi 2025"

# bold lead question: "... theo Luật Quốc tịch Việt Nam là gì?" (name without year)
g.ref("Luật Quốc tịch Việt Nam", "Luật", after="theo Luật Quốc tịch Việt Nam là gì?", occ=0)
assert T.find("theo Luật Quốc tịch Việt Nam là gì?") < 400

# "Luật Quốc tịch Việt Nam 2008": author's citations (khoản 2 Điều 27, Điều 14, các điều 15-17, 18/35/37, Điều 19 twice)
hits = g.find(L08, occ="all")
assert len(hits) == 6, hits
for p in hits:
    g.ref(L08, "Luật", after=p, occ=0)

# "(được sửa đổi bởi khoản 5 Điều 1 Luật Quốc tịch Việt Nam sửa đổi 2025)" twice
hits = g.find(L25, occ="all")
assert len(hits) == 2, hits
for p in hits:
    g.ref(L25, "Luật", after=p, occ=0)

# every "Luật Quốc tịch Việt Nam" in the text is covered
import re
for m in re.finditer("Luật Quốc tịch Việt Nam", T):
    assert any(r["start"] == m.start() for r in g.refs), m.start()
assert len(g.refs) == 9

# relation: the 2025 amending law amends the 2008 law (stated twice; one relation)
g.rel(L25, L08, "amends", "Luật Quốc tịch Việt Nam 2008 (được sửa đổi bởi khoản 5 Điều 1 Luật Quốc tịch Việt Nam sửa đổi 2025")

g.note("Q&A page of a legal-information site (headline question, bold repeats, quoted articles, '(Hình từ Internet)', 'Quý khách cần hỏi thêm ...'): kind other, subject_document null. The author's 'Căn cứ theo khoản 2 Điều 27 / Điều 14 Luật Quốc tịch Việt Nam 2008 quy định ...' are citation phrases: references, no legal_basis; article pinpoints are outside the surfaces.")
g.note("'Luật Quốc tịch Việt Nam 2008' (6 times) and 'Luật Quốc tịch Việt Nam sửa đổi 2025' (twice): named laws without number; the year written directly after the name is part of the customary name (ruling 'Luật X 2024 keeps its year'): in the surface and the relation names, date null. The lead question's 'Luật Quốc tịch Việt Nam' (no year) is a separate numberless reference with no relation.")
g.note("'Luật Quốc tịch Việt Nam sửa đổi 2025' is the customary short name of the amending law (Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam): one reference; unlike 'Luật sửa đổi ... của Luật X' it has only one kind word, so no overlapping inner 'Luật Quốc tịch Việt Nam' reference is added. '... Điều 19 Luật Quốc tịch Việt Nam 2008 (được sửa đổi bởi khoản 5 Điều 1 Luật Quốc tịch Việt Nam sửa đổi 2025)' (twice) states a fact between two documents (as 'được sửa đổi bởi' in the other Q&A gold files): one amends from the 2025 law to 'Luật Quốc tịch Việt Nam 2008'.")
g.note("Not references: 'Luật này' (twice, pointers inside quoted Điều 14); 'Hiến pháp' in the quoted condition 'Tuân thủ Hiến pháp và pháp luật Việt Nam' (the idiom 'Hiến pháp và pháp luật', generic, as dev 87f05366707fba6f decided); 'Quyết định cho nhập quốc tịch Việt Nam' (a category of individual decision, no number or name); 'bản án, quyết định của Toà án Việt Nam', 'quyết định áp dụng biện pháp xử lý hành chính', 'điều ước quốc tế mà Cộng hoà xã hội chủ nghĩa Việt Nam là thành viên', 'pháp luật Việt Nam' (generic); the article headings 'Căn cứ thôi quốc tịch Việt Nam', 'Căn cứ xác định người có quốc tịch Việt Nam' (quoted article titles, not Căn cứ lines).")
OUT = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
