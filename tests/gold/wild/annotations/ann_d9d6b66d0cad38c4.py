# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text d9d6b66d0cad38c4.md (encyclopedia article 'Luật Cán bộ, công chức 2008',
law 22/2008/QH12: history, structure, main contents, references).

Every mention was decided by reading the whole text; offsets come from str.find (Gold.ref).
The text is not copied here: it is read from ../shared/corpus/wild/ beside the checkout.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "d9d6b66d0cad38c4"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "22/2008/QH12"
g = Gold(TEXT, kind="other", subject_document=S, source=H + ".md")
T = g.text
PL = "Pháp lệnh cán bộ, công chức"
PLSD = "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức"

# page title "# Luật Cán bộ, công chức 2008" and bold lead "**Luật Cán bộ, Công chức năm 2008** là đạo luật mang số 22/2008/QH12 ..."
g.ref("Luật Cán bộ, công chức 2008", "Luật")
g.ref("Luật Cán bộ, Công chức năm 2008", "Luật")
g.ref(S, "Luật", S)                        # bare number "mang số 22/2008/QH12"; "được Quốc hội ... khóa XII ... thông qua" is passive, outside

# "... và thay thế cho các văn bản *Pháp lệnh cán bộ, công chức* (ngày 26 tháng 2 năm 1998), *Pháp lệnh sửa đổi, ...* (ngày 28 tháng 4 năm 2000), *Pháp lệnh sửa đổi, ...* (ngày 29 tháng 4 năm 2003)"
g.ref(PL, "Pháp lệnh", after="thay thế cho các văn bản *", occ=0)
sd = g.find(PLSD, occ="all")
assert len(sd) == 2, sd
for p in sd:
    g.ref(PLSD, "Pháp lệnh", after=p, occ=0)
    g.ref(PL, "Pháp lệnh", after=p + len("Pháp lệnh sửa đổi"), occ=0)    # the ordinance named inside (overlap)
assert len(g.find(PL, occ="all")) == 3

# Quá trình xây dựng
g.ref("Luật Cán bộ, Công chức", "Luật", after="Quốc hội chưa nên ban hành ", occ=0)
g.ref("Luật Công vụ", "Luật")                                  # "soạn thảo lại bộ luật khác là Luật Công vụ" (named planned law)
g.ref("Nghị quyết của Quốc hội", "Nghị quyết", issuer="Quốc hội")   # "... về chương trình xây dựng Luật, Pháp lệnh của Quốc hội nhiệm kỳ XII, năm 2008"
g.ref("Hiến pháp năm 1992", "Hiến pháp")

# Bố cục
g.ref("Luật Bình đẳng giới", "Luật")
LPCTN = "Luật phòng, chống tham nhũng"
LTHTK = "Luật thực hành tiết kiệm, chống lãng phí"
for s in (LPCTN, LTHTK):
    hits = g.find(s, occ="all")
    assert len(hits) == 2, (s, hits)           # Mục 4 of Chương II, and the list "Những việc không được làm"
    for p in hits:
        g.ref(s, "Luật", after=p, occ=0)
g.ref("Luật Cán bộ, công chức", "Luật", after="đến Điều 54 của ", occ=0)
g.ref("Pháp lệnh Cán bộ, công chức", "Pháp lệnh", after="nội dung mới so với ", occ=0)
g.ref("Luật Thi đua, Khen thưởng", "Luật")

# Một số nội dung cơ bản
g.ref("Luật Cán bộ, công chức", "Luật", after="### Phạm vi, đối tượng điều chỉnh", occ=0)
g.ref("Pháp lệnh Cán bộ, công chức", "Pháp lệnh", after="kế thừa các quy định của ", occ=0)

# Chú thích: cited article titles
g.ref("Luật Cán bộ công chức", "Luật")                                  # '"Dự án Luật Cán bộ công chức: Cần tách rõ ..."'
g.ref("Luật Cán bộ, Công chức", "Luật", after='**^**"Luật Cán bộ, Công chức: Đổi mới', occ=0)

# every "Luật <Capitalised name>" / "Pháp lệnh" / "Hiến pháp" / "Nghị quyết" start in the text is decided:
# covered by a reference, or one of the bare anaphora/pointers/generic uses listed in the notes
starts = {r["start"] for r in g.refs}
for m in re.finditer(r"(Luật|Pháp lệnh|Hiến pháp|Nghị quyết) ([^\s,.:;)]+)", T):
    nxt = m.group(2)
    covered = m.start() in starts
    in_title = T.startswith("Pháp lệnh của Quốc hội nhiệm kỳ XII", m.start())   # title words of the Nghị quyết
    generic = nxt in ("này", "cần", "gồm", "bao", "cũng", "giao", "trong", "quy", "còn", "áp", "đã", "hóa", "và") or m.group(0) in ("Hiến pháp và",)
    assert covered or generic or in_title, (m.start(), T[m.start():m.start() + 60])
assert len(g.refs) == 24, len(g.refs)

# relations: 22/2008/QH12 "thay thế cho các văn bản" the 1998 ordinance and the two amending ordinances (2000, 2003; same name, one relation)
g.rel(S, PL, "replaces", "thay thế cho các văn bản *Pháp lệnh cán bộ, công chức")
i = T.find("thay thế cho các văn bản *")
j = T.find(PLSD, i) + len(PLSD)
g.rel(S, PLSD, "replaces", T[i:j])
# the amending ordinances amend the ordinance named inside them
g.rel(PLSD, PL, "amends", PLSD)

g.note("Encyclopedia (wiki) article about one law ('[sửa | sửa mã nguồn]' edit links, sections Quá trình xây dựng / Bố cục / Một số nội dung cơ bản / Nhận định / Chú thích): not a legal text and not a press article: kind other. It is about one document, whose number it states ('là đạo luật mang số 22/2008/QH12'), so subject_document = 22/2008/QH12 (as dev c15aa27d5c57fdb1 and the seed do for pages about one document); the relations below do not depend on it, they are stated by the lead sentence whose subject is that law.")
g.note("The law's own names: '# Luật Cán bộ, công chức 2008' (page title) and the bold lead 'Luật Cán bộ, Công chức năm 2008' (customary year in the surface, date null), later 'Luật Cán bộ, Công chức' (a deputy's 'Quốc hội chưa nên ban hành ...', the cited article title in Chú thích), 'Luật Cán bộ, công chức' (twice) and 'Luật Cán bộ công chức' (cited title 'Dự án Luật Cán bộ công chức: ...'): numberless references, number null (README decision 7). The bare number '22/2008/QH12' after 'mang số' is a reference (type Luật from /QH, term XII, issuer_inferred Quốc hội; the passive 'được Quốc hội ... khóa XII ... thông qua ngày 13 tháng 11 năm 2008' is outside, date null). Relation ends of the law use 22/2008/QH12 (ruling: the number the text states).")
g.note("Lead: '... và thay thế cho các văn bản *Pháp lệnh cán bộ, công chức* (ngày 26 tháng 2 năm 1998), *Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức* (ngày 28 tháng 4 năm 2000), *Pháp lệnh sửa đổi, ...* (ngày 29 tháng 4 năm 2003)'. Each ordinance is a numberless reference (type Pháp lệnh), surface = the italic name; the dates stand in parentheses after the closing italic marker, a gloss outside the mention (as '(nay ...)'), so date null. The two amending ordinances have overlapping inner references 'Pháp lệnh cán bộ, công chức' (ANNOTATION.md amending-law rule applied to ordinances) and amend it (one relation: both have the same name, the relation key cannot tell them apart). 22/2008/QH12 replaces the 1998 ordinance and the amending ordinances (two relations, the second covering both 2000 and 2003 ordinances, one relation per triple).")
g.note("'Nghị quyết của Quốc hội về chương trình xây dựng Luật, Pháp lệnh của Quốc hội nhiệm kỳ XII, năm 2008': one specific resolution identified by issuer and title (like 'Chỉ thị của Thủ tướng Chính phủ về việc ...' in blind 8018a6f353d60a9e), not an anaphora: reference, surface stops before the title 'về ...', issuer Quốc hội, term null ('nhiệm kỳ XII' is in the title). 'Luật Công vụ' (a deputy's proposal to draft 'bộ luật khác là Luật Công vụ' instead) is a specifically named planned law: reference. 'Hiến pháp năm 1992': named, year in the surface, date null. No relation for any of them (opinions reported by the article, 'theo đúng như Nghị quyết ...' is a deputy's argument, not an implementation statement).")
g.note("Other laws named in the summaries: 'Luật Bình đẳng giới' ('để thống nhất với'), 'Luật phòng, chống tham nhũng' and 'Luật thực hành tiết kiệm, chống lãng phí' (twice each, lower case as written), 'Luật Thi đua, Khen thưởng' ('Việc khen thưởng được thực hiện theo ...': the act of commending follows that law; not a document implementing it: no implements), 'Pháp lệnh Cán bộ, công chức' twice ('nội dung mới so với', 'kế thừa các quy định của': comparison and inheritance, no relation type).")
g.note("Not references: bare 'Luật' for the law itself ('Trong quá trình xây dựng Luật', 'Luật cần quy định', 'Luật gồm 10 chương', 'Luật quy định ...', 'Luật giao trách nhiệm quy định chi tiết thi hành Luật') and 'Luật này', 'dự án luật này' (anaphora/pointers); 'bộ luật khác' and 'những dạng luật này' (generic); 'chương trình xây dựng Luật, Pháp lệnh' (title words); 'Tuân thủ Hiến pháp và pháp luật' (the idiom, generic, as dev 87f05366707fba6f decided); 'quyết định nghỉ hưu, thôi việc', 'quyết định tuyển dụng', 'quyết định kỷ luật', 'quy hoạch, kế hoạch đào tạo, bồi dưỡng', 'quy chế đào tạo, bồi dưỡng' (generic); the URL 'Luat-Can-bo-Cong-chuc...' in Chú thích (not Vietnamese text with a kind word).")
OUT = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
