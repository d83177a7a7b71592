# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 3ae8153212c8cb86.md (Q&A page on Luật Căn cước 2023).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "3ae8153212c8cb86"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

LCC = "Luật Căn cước"
hits = g.find(LCC, occ="all")
with_year = [p for p in hits if T.startswith(LCC + " 2023", p)]
bare = [p for p in hits if not T.startswith(LCC + " 2023", p)]
assert len(with_year) == 7 and len(bare) == 5, (with_year, bare)
for p in bare:                      # question headings and caption: "theo quy định Luật Căn cước không?"
    g.ref(LCC, "Luật", after=p, occ=0)
for p in with_year:                 # "Luật Căn cước 2023" in the answers
    g.ref(LCC + " 2023", "Luật", date=None, after=p, occ=0)
BLDS = "Bộ luật Dân sự"
assert len(g.find(BLDS, occ="all")) == 2
g.ref(BLDS, "Bộ luật", occ="all")   # inside the quoted khoản 4 Điều 5

g.note("Q&A page: kind other, subject_document null. No relations: 'Căn cứ Điều 5 Luật Căn cước 2023 ...', 'Theo Điều 18 ...', 'Căn cứ theo quy định tại khoản 1 Điều 21 ...' are the author's citations (no legal_basis); article pinpoints are outside the surfaces.")
g.note("'Luật Căn cước' without year (five times, in the page title, bold headings, the question list and the image caption) and 'Luật Căn cước 2023' (seven times: customary year without 'năm' in the surface, date null) are numberless law references (number not known from the text).")
g.note("'Bộ luật Dân sự' (twice, inside the quoted article) is typed 'Bộ luật' (allowed by check_gold.py; ANNOTATION.md's list of kind words is open). Not references: 'Luật này', 'Điều này' (pointers), 'pháp luật về căn cước' (generic).")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), len(g.rels))
