# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text a5b95740527e665d.md (thuvienphapluat page of Quyết định 75/2025/QĐ-UBND, UBND tỉnh Hà Tĩnh).

Every mention below was decided by reading the text; offsets come from str.find (Gold.ref).
The text is not copied into the repository: it is read from ../shared/corpus/wild/.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold, collapse

H = "a5b95740527e665d"
SPLIT = "blind"
S = "75/2025/QĐ-UBND"
Q14 = "14/2025/QĐ-UBND"
g = Gold(os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md"),
         kind="legal", subject_document=S, source=H + ".md")
T = g.text
UT = "Ủy ban nhân dân tỉnh"
BH = "Luật Ban hành văn bản quy phạm pháp luật"

# ---- metadata row and header ------------------------------------------------------------------
g.ref(S, "Quyết định", S, after="**Số hiệu:**")
g.ref(S, "Quyết định", S, after="Số: 75")
# ---- title (upper case) -------------------------------------------------------------------
g.ref("QUYẾT ĐỊNH SỐ 14/2025/QĐ-UBND NGÀY 01/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH", "Quyết định", Q14, issuer=UT)
# ---- Căn cứ -------------------------------------------------------------------------------
g.ref("Luật Tổ chức chính quyền\nđịa phương ngày 16/6/2025", "Luật")
g.ref("Luật Ban hành văn bản\nquy phạm pháp luật ngày 19/02/2025", "Luật")
AM = "Luật sửa đổi, bổ sung một số điều của Luật Ban\nhành văn bản quy phạm pháp luật"
g.ref(AM + " ngày 25/6/2025", "Luật")
g.ref("Luật Ban\nhành văn bản quy phạm pháp luật", "Luật", after=AM)               # inside the amending law
cn = T.find("*Căn cứ các Nghị định của Chính")
g.ref("78/2025/NĐ-CP ngày 01/4/2025", "Nghị định", "78/2025/NĐ-CP", after=cn)
g.ref(BH, "Luật", after=cn)                                                     # in 78's title
g.ref("79/2025/NĐ-CP ngày 01/4/2025", "Nghị định", "79/2025/NĐ-CP", after=cn)   # list item
g.ref("187/2025/NĐ-CP ngày 01/7/2025", "Nghị định", "187/2025/NĐ-CP")
p187 = T.find("187/2025/NĐ-CP ngày 01/7/2025")
g.ref("Nghị định số 78/2025/NĐ-CP ngày 01/4/2025", "Nghị định", "78/2025/NĐ-CP", after=p187)   # in 187's title
g.ref("Luật Ban hành văn bản quy\nphạm pháp luật", "Luật", after=p187)          # in 78's title inside 187's title
p79b = T.find("số 79/2025/NĐ-CP ngày 01/4/2025", p187) + len("số ")
g.ref("79/2025/NĐ-CP ngày 01/4/2025", "Nghị định", "79/2025/NĐ-CP", after=p79b)  # in 187's title
g.ref("150/2025/NĐ-CP ngày 12/6/2025", "Nghị định", "150/2025/NĐ-CP")
# Theo đề nghị ... (no relation)
g.ref("Văn bản số 5788/TTr-SXD ngày 03/11/2025", "Tờ trình", "5788/TTr-SXD")
g.ref("Báo cáo số 3190/BC-STP ngày 31/10/2025", "Báo cáo", "3190/BC-STP")
# enactment clause and Điều 1
g.ref("Quyết định số 14/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân\ndân tỉnh", "Quyết định", Q14, issuer=UT)
g.ref("Quyết định số\n14/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh", "Quyết định", Q14, issuer=UT)
# ---- page lines after the signature -----------------------------------------------------------
g.ref("Quyết định 75/2025/QĐ-UBND", "Quyết định", S, occ=0)
g.ref("Quyết định 14/2025/QĐ-UBND", "Quyết định", Q14, occ=0)
g.ref("Quyết định 75/2025/QĐ-UBND ngày 20/11/2025", "Quyết định", S)
g.ref("Quyết định 14/2025/QĐ-UBND", "Quyết định", Q14, occ=1)
# ---- site notice (page boilerplate) --------------------------------------------------------
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=0)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=1)

for m in re.finditer(r"\d+/(?:\d{4}/)?[A-ZĐ][A-Za-zĐ]*-[A-ZĐ]+", T):
    assert any(r["start"] <= m.start() < r["end"] for r in g.refs), m.group(0)

# ---- relations ----------------------------------------------------------------------------
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính quyền\nđịa phương")
g.rel(S, BH, "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật")
g.rel(S, collapse(AM), "legal_basis", "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật ngày 19/02/2025; Luật sửa đổi, bổ sung một số điều của Luật Ban\nhành văn bản quy phạm pháp luật")
g.rel(collapse(AM), BH, "amends", AM)
g.rel(S, "78/2025/NĐ-CP", "legal_basis", "Căn cứ các Nghị định của Chính\nphủ: số 78/2025/NĐ-CP")
g.rel(S, "79/2025/NĐ-CP", "legal_basis", T[cn + 1:T.find("79/2025/NĐ-CP", cn) + len("79/2025/NĐ-CP")])
g.rel(S, "187/2025/NĐ-CP", "legal_basis", T[cn + 1:p187 + len("187/2025/NĐ-CP")])
g.rel(S, "150/2025/NĐ-CP", "legal_basis", T[cn + 1:T.find("150/2025/NĐ-CP") + len("150/2025/NĐ-CP")])
g.rel("78/2025/NĐ-CP", BH, "guides", "78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết một số điều và biện pháp\nđể tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật")
g.rel("187/2025/NĐ-CP", "78/2025/NĐ-CP", "amends", "187/2025/NĐ-CP ngày 01/7/2025 về sửa đổi, bổ sung\nmột số điều của Nghị định số 78/2025/NĐ-CP")
g.rel("187/2025/NĐ-CP", "79/2025/NĐ-CP", "amends", T[p187:p79b + len("79/2025/NĐ-CP")])
g.rel(S, Q14, "repeals", "Bãi bỏ toàn bộ Quyết định số\n14/2025/QĐ-UBND")

# ---- notes ----------------------------------------------------------------------------------
g.note("thuvienphapluat.vn page carrying the decision itself (metadata rows, header 'Số: 75/2025/QĐ-UBND', Căn cứ, Điều 1-2): kind legal, subject 75/2025/QĐ-UBND; the metadata 'Số hiệu' number and the header number are bare references. The title 'BÃI BỎ QUYẾT ĐỊNH SỐ 14/2025/QĐ-UBND NGÀY 01/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH QUY ĐỊNH ...': upper-case reference from the kind word through the issuer (issuer canonicalised 'Ủy ban nhân dân tỉnh'); the 'Quy định chức năng, nhiệm vụ ...' issued with 14/2025 is part of that decision (ANNOTATION.md), not a reference. 'ban hành Quyết định bãi bỏ ...' (own document, no number), 'Điều 1. Bãi bỏ toàn bộ Quyết định' (heading, no number) and 'Quyết định này' are not references.")
g.note("'Căn cứ các Nghị định của Chính phủ: số 78/2025/NĐ-CP ngày 01/4/2025 ...; số 79/2025/NĐ-CP ...; số 187/2025/NĐ-CP ...; ... và số 150/2025/NĐ-CP ...': the plural 'các Nghị định của Chính phủ:' is a list head; each item 'số N ngày D' is a bare number (surface = number + contiguous date, without 'số', README 1-2), type from the code, issuer null (the 'của Chính phủ' stands before the list), issuer_inferred Chính phủ. legal_basis to 78, 79, 187 and 150; evidence runs from 'Căn cứ' to each item.")
g.note("187/2025/NĐ-CP 'về sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ... ; số 79/2025/NĐ-CP ngày 01/4/2025 về kiểm tra, rà soát ...': 79/2025 was already listed as its own Căn cứ item, so its second mention is read as the rest of 187/2025's title (187/2025/NĐ-CP amends both 78/2025 and 79/2025; the ';' is the drafter's): amends 187->78 and 187->79; the second 79 is a separate reference. 78/2025 guides 'Luật Ban hành văn bản quy phạm pháp luật' (its title, twice: one relation).")
g.note("'Theo đề nghị của Sở Xây dựng tại Văn bản số 5788/TTr-SXD ngày 03/11/2025': a numbered document whose kind word 'Văn bản' is generic; type from the code TTr -> Tờ trình, surface from 'Văn bản'. 'Báo cáo số 3190/BC-STP ...' (thẩm định report): reference. Neither gives a relation. issuer_inferred null for TTr-SXD and BC-STP (codes outside the list).")
g.note("Điều 1 'Bãi bỏ toàn bộ Quyết định số 14/2025/QĐ-UBND ...' -> repeals (the title and the page lines 'Quyết định 75/2025/QĐ-UBND bãi bỏ Quyết định 14/2025/QĐ-UBND ...' say it again; one relation). The two page lines after the signature hold four references (75/2025 twice, once with its date; 14/2025 twice). Site notice 'Nghị định 13/2023/NĐ-CP' (twice): page boilerplate, references without relation. 'Văn bản liên quan' holds only dates.")
g.write(os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json"))
