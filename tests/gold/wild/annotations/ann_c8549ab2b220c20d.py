# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text c8549ab2b220c20d.md (Công văn 5347/CT-CS of Cục Thuế, thuvienphapluat page).

Every mention was decided by reading the text; offsets come from str.find (Gold.ref).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "c8549ab2b220c20d"
SPLIT = "dev"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "5347/CT-CS"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text
CP = "Chính phủ"

g.ref(S, "Công văn", S, occ=0)                                   # metadata "Số hiệu: | 5347/CT-CS"
g.ref(S, "Công văn", S, after="Số: 5347/CT-CS")                  # header "Số: 5347/CT-CS"
g.ref("công văn số 506/NAN-NVDTPC ngày\n30/7/2025 của Thuế tỉnh Nghệ An", "Công văn", "506/NAN-NVDTPC", issuer="Thuế tỉnh Nghệ An")
g.ref("Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ", "Nghị định", "131/2021/NĐ-CP", issuer=CP)
PL = "Pháp lệnh ưu đãi người có công với cách mạng"
g.ref(PL, "Pháp lệnh", occ="all")
assert len(g.find(PL, occ="all")) == 2
g.ref("Nghị định số\n103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ", "Nghị định", "103/2024/NĐ-CP", issuer=CP)
g.ref("Nghị định số 291/2025/NĐ-CP ngày 06/11/2025", "Nghị định", "291/2025/NĐ-CP")
g.ref("Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ", "Nghị định", "103/2024/NĐ-CP", issuer=CP)
g.ref("Thông tư\n80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính", "Thông tư", "80/2021/TT-BTC", issuer="Bộ Tài chính")
g.ref("Nghị định\nsố 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ", "Nghị định", "131/2021/NĐ-CP", issuer=CP)
# page footer
g.ref("Công văn 5347/CT-CS năm 2025", "Công văn", S, date=None)
g.ref("Công văn 5347/CT-CS ngày 20/11/2025", "Công văn", S)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

g.rel("131/2021/NĐ-CP", PL, "guides", "Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ quy định chi\ntiết và biện pháp thi hành Pháp lệnh ưu đãi người có công với cách mạng")
i = T.find("Nghị định số\n103/2024/NĐ-CP"); j = T.find("Nghị định số 291/2025/NĐ-CP", i)
g.rel("291/2025/NĐ-CP", "103/2024/NĐ-CP", "amends", T[i : j + len("Nghị định số 291/2025/NĐ-CP")])

g.note("Official letter (công văn) of Cục Thuế on a thuvienphapluat page: kind legal, subject 5347/CT-CS (metadata 'Loại văn bản: Công văn'); the bare own number twice (metadata row and 'Số: 5347/CT-CS', type Công văn from the metadata row since the code CT-CS is outside the code list), the footer titles 'Công văn 5347/CT-CS năm 2025' (year phrase, date null) and '... ngày 20/11/2025'. No issuer_inferred for CT-CS / NAN-NVDTPC.")
g.note("'công văn số 506/NAN-NVDTPC ngày 30/7/2025 của Thuế tỉnh Nghệ An' (lower-case kind word): the letter answered; reference without relation (answering is none of the relation types).")
g.note("The letter quotes provisions ('Tại khoản 1, khoản 2 Điều 106, Điều 107 Nghị định số ...'): pinpoints stay outside the surfaces; no relation from the letter to what it quotes. 'Căn cứ các quy định nêu trên, ...' is the letter's reasoning, not a Căn cứ preamble line listing documents: no legal_basis.")
g.note("131/2021/NĐ-CP 'quy định chi tiết và biện pháp thi hành Pháp lệnh ưu đãi người có công với cách mạng' -> guides the named Pháp lệnh (numberless reference, twice in the text). '103/2024/NĐ-CP ... đã được sửa đổi bổ sung tại điểm a khoản 5 Điều 1 Nghị định số 291/2025/NĐ-CP' -> 291/2025 amends 103/2024; '(có hiệu lực ngày 06/11/2025)' is outside the surface. 'Thông tư 80/2021/TT-BTC ... hướng dẫn:' introduces a quotation (it guides no named document): no relation.")
g.note("Not references: 'Nghị định này', 'Thông tư này', 'Điều 6 Pháp lệnh' (bare kind word inside the quoted article, no name), 'mẫu số 01/MGTH' (a form), 'Quyết định hoặc văn bản theo quy định của pháp luật ...' and 'pháp luật về ...' (generic). The site's privacy notice mentions 'Nghị định 13/2023/NĐ-CP' twice: references without relation (the website, not a document, 'thực hiện' it).")
out = os.path.join(REPO, "tests", "gold", "wild", SPLIT, H + ".gold.json")
g.write(out)
print(out, len(g.refs), len(g.rels))
