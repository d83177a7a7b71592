# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 0a92387c4e2877ce.md (explainer page on the Vietnamese state system, quoting
Hiến pháp năm 2013 article by article; no header, no document of its own).

Annotated blind: every mention decided by reading the whole text; offsets come from str.find (Gold.ref).
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "0a92387c4e2877ce"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
g = Gold(TEXT, kind="other", subject_document=None, source=H + ".md")
T = g.text

# "Điều 70 / 71 / 83 / 73 / 74 / 86 / 88 / 94 / 96 / 104 / 107 / 10 / 9 (twice) Hiến pháp năm 2013 quy định",
# "Theo Điều 105 / 108 Hiến pháp năm 2013:" -- 16 mentions, the article pointer outside the surface
HP = "Hiến pháp năm 2013"
hits = g.find(HP, occ="all")
assert len(hits) == 16, len(hits)
# each is preceded by an article pointer "Điều N " (Đ or the look-alike Ð, as written)
for i in hits:
    assert re.search(r"[ĐÐ]iều \d+ $", T[max(0, i - 12):i]), T[i - 12:i]
g.ref(HP, "Hiến pháp", None, occ="all")
# no other named or numbered document in the text
assert not re.search(r"\d+/\d{4}/|\d+/[A-ZĐ]+-|\bsố \d", T)

g.note("Explainer page on the state system (sections 'II. HỆ THỐNG NHÀ NƯỚC' ... 'V. CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI KHÁC' of a portal page, quoting the Constitution article by article, with the source line '(Cổng Thông tin điện tử Quốc hội ...: http://quochoi.vn)'): no national header, no number, no articles of its own: kind other, subject_document null.")
g.note("'Hiến pháp năm 2013' (16 times, in 'Điều N Hiến pháp năm 2013 quy định ...' and 'Theo Điều 105/108 Hiến pháp năm 2013: ...'): a named document without number whose year is part of its customary name (like 'Luật Đầu tư năm 2020', ANNOTATION.md): type 'Hiến pháp', number null, date null, 'năm 2013' in the surface; the article pointers ('Điều 70', 'Ðiều 74' written with the look-alike letter Ð) are outside the surface, and the verb 'quy định' too. Every repetition is a reference.")
g.note("No relations: the page's 'Điều N Hiến pháp năm 2013 quy định: ...' are an author's citation phrases (like a Q&A author's 'Căn cứ theo Điều ...'), and subject_document is null, so nothing is the subject of a relation; no cites (sparingly: the page has no document of its own to cite from).")
g.note("Not references: the bare 'Hiến pháp' inside the quoted articles ('Làm Hiến pháp và sửa đổi Hiến pháp', 'tuân theo Hiến pháp, luật và nghị quyết của Quốc hội', 'trung thành với Tổ quốc, Nhân dân và Hiến pháp', 'giải thích Hiến pháp, luật, pháp lệnh', 'trong khuôn khổ Hiến pháp và pháp luật', 'theo quy định của Hiến pháp và luật' ...): the constitution as an institution, without name or year (generic, as dev 87f05366707fba6f's 'trong khuôn khổ Hiến pháp và pháp luật'); lower-case 'luật', 'pháp lệnh', 'nghị quyết của Quốc hội', 'nghị quyết của Uỷ ban thường vụ Quốc hội', 'lệnh, quyết định của Chủ tịch nước', 'quyết định đại xá', 'văn bản của Chính phủ ...', 'dự án luật', 'điều ước quốc tế' (generic classes of acts); 'khoản 14 Điều 70', 'Điều này' (pointers inside the quoted articles); 'Cổng Thông tin điện tử Quốc hội' (a website).")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), "refs", len(g.rels), "rels")
