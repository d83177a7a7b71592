# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 919fbc8391baa810.md (law-library page of Quyết định 02124/QĐ-UBND of the
Chủ tịch UBND tỉnh Đắk Lắk, publishing two administrative procedures; Markdown).

Every mention below was decided by reading the whole text; offsets come from str.find (Gold.ref).
Re-running this script rewrites wild/dev/919fbc8391baa810.gold.json.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "919fbc8391baa810"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
OUT = os.path.join(REPO, "tests", "gold", "wild", "dev", H + ".gold.json")
S = "02124/QĐ-UBND"
CP = "Chính phủ"
BNNMT = "Bộ Nông nghiệp và Môi trường"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# metadata row "Số hiệu: | 02124/QĐ-UBND |" and header "Số: 02124/QĐ-UBND" (bare own number)
g.ref(S, "Quyết định", S, after="**Số hiệu:**")
g.ref(S, "Quyết định", S, after="Số: ")
assert T.find("Số: " + S) > 0

# Căn cứ lines
g.ref("Luật Tổ chức chính\nquyền địa phương ngày 16/6/2025", "Luật")
g.ref("Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", issuer=CP)
g.ref("Nghị định số 48/2013/NĐ-CP ngày 14/5/2013", "Nghị định", "48/2013/NĐ-CP")     # list: shared "của Chính phủ" goes to the last item
g.ref("Nghị định số 92/2017/NĐ-CP ngày\n07/8/2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", issuer=CP)
g.ref("Thông tư số\n02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
      "Thông tư", "02/2017/TT-VPCP", issuer="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
# "Căn cứ các Quyết định của Bộ trưởng Bộ Nông nghiệp và Môi trường: số 4831/QĐ-BNNMT ngày 17/11/2025 ...; số 1524/QĐ-BNNMT ngày 20/5/2025 của Bộ ..."
g.ref("Quyết định của Bộ\ntrưởng Bộ Nông nghiệp và Môi trường: số 4831/QĐ-BNNMT ngày 17/11/2025",
      "Quyết định", "4831/QĐ-BNNMT", issuer="Bộ trưởng Bộ Nông nghiệp và Môi trường")
g.ref("1524/QĐ-BNNMT\nngày 20/5/2025 của Bộ Nông nghiệp và Môi trường", "Quyết định", "1524/QĐ-BNNMT", issuer=BNNMT)
# "Theo đề nghị ... tại Tờ trình ...": reference, no relation
g.ref("Tờ trình số 0411/TTr-SNNMT ngày 19/11/2025", "Tờ trình", "0411/TTr-SNNMT", issuer_inferred=None)

# Phụ lục caption: own document, blank template number and day
g.ref("Quyết định số /QĐ-UBND ngày tháng 11 năm\n2025 của Chủ tịch Ủy ban nhân dân tỉnh", "Quyết định", None,
      date=None, issuer="Chủ tịch Ủy ban nhân dân tỉnh")

# table, row I.01: fee column and "Căn cứ pháp lý" column
g.ref("Thông tư số 10/2024/TT- BTC\nngày 05/02/2024 của Bộ trưởng Bộ Tài chính", "Thông tư", "10/2024/TT-BTC",
      issuer="Bộ trưởng Bộ Tài chính")
g.ref("Luật Địa chất và khoáng\nsản số 54/2024/QH15 ngày 29/11/2024", "Luật", "54/2024/QH15")
g.ref("Nghị định số\n193/2025/NĐ-CP ngày 02/7/2025", "Nghị định", "193/2025/NĐ-CP")
g.ref("Thông tư số\n37/2025/TT-BNNMT ngày 02/7/2025", "Thông tư", "37/2025/TT-BNNMT", issuer_inferred=BNNMT)
g.ref("Thông tư số\n40/2025/TT-BNNMT ngày 02/7/2025", "Thông tư", "40/2025/TT-BNNMT", issuer_inferred=BNNMT)
g.ref("Thông tư số\n10/2024/TT-BTC ngày 05/02/2024", "Thông tư", "10/2024/TT-BTC", issuer_inferred="Bộ Tài chính")
# row II.01
g.ref("Luật Đê điều ngày\n29/11/2006", "Luật")
AM = "Luật sửa đổi, bổ sung một\nsố điều của Luật Phòng, chống thiên tai và Luật Đê điều"
AM_NAME = "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"
g.ref(AM + " ngày 17/6/2020", "Luật")
g.ref("Luật Phòng, chống thiên tai", "Luật", after=AM[:20])
g.ref("Luật Đê điều", "Luật", after="của Luật Phòng, chống thiên tai và ")

# page footer title lines (own document)
g.ref("Quyết định 02124/QĐ-UBND năm 2025", "Quyết định", S, date=None)
g.ref("Quyết định 02124/QĐ-UBND ngày 24/11/2025", "Quyết định", S)

# site boilerplate (data-protection notice): references, no relation
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ="all")
assert len(g.find("Nghị định 13/2023/NĐ-CP", occ="all")) == 2

# relations: Căn cứ
g.rel(S, "Luật Tổ chức chính quyền địa phương", "legal_basis", "Căn cứ Luật Tổ chức chính\nquyền địa phương")
g.rel(S, "63/2010/NĐ-CP", "legal_basis", "Căn cứ Nghị định số\n63/2010/NĐ-CP")
g.rel(S, "48/2013/NĐ-CP", "legal_basis",
      "Căn cứ Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nNghị định số 48/2013/NĐ-CP")
g.rel(S, "92/2017/NĐ-CP", "legal_basis",
      "Căn cứ Nghị định số\n63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nNghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP")
g.rel(S, "02/2017/TT-VPCP", "legal_basis", "Căn cứ Thông tư số\n02/2017/TT-VPCP")
g.rel(S, "4831/QĐ-BNNMT", "legal_basis",
      "Căn cứ các Quyết định của Bộ\ntrưởng Bộ Nông nghiệp và Môi trường: số 4831/QĐ-BNNMT")
g.rel(S, "1524/QĐ-BNNMT", "legal_basis",
      T[T.find("Căn cứ các Quyết định của Bộ") : T.find("số 1524/QĐ-BNNMT") + len("số 1524/QĐ-BNNMT")])
# the amending law named in the table amends the two laws named inside it
g.rel(AM_NAME, "Luật Phòng, chống thiên tai", "amends", "Luật sửa đổi, bổ sung một\nsố điều của Luật Phòng, chống thiên tai")
g.rel(AM_NAME, "Luật Đê điều", "amends", AM)

g.note("Law-library web page carrying the legal text itself: kind legal. Own number as bare metadata row 'Số hiệu: | 02124/QĐ-UBND' and header 'Số: 02124/QĐ-UBND' (two references); the footer title lines 'Quyết định 02124/QĐ-UBND năm 2025 công bố ...' (year phrase in the surface, date null) and 'Quyết định 02124/QĐ-UBND ngày 24/11/2025 công bố ...' are own-document references too (ruling: footer title lines count); titles 'công bố ...' are outside. 'Loại văn bản: | Quyết định' (no number) and the bold title 'QUYẾT ĐỊNH / VỀ VIỆC CÔNG BỐ ...' are not references.")
g.note("Phụ lục caption '(Kèm theo Quyết định số /QĐ-UBND ngày tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)': the own decision with a blank template number and day: reference with number null and date null (the day is blank), surface through the template date and the issuer; being numberless, it is not used as a relation end.")
g.note("Căn cứ: legal_basis to each document listed directly: the numberless Luật Tổ chức chính quyền địa phương ngày 16/6/2025, 63/2010/NĐ-CP, then (after ';') 48/2013/NĐ-CP and 92/2017/NĐ-CP (list: the shared 'của Chính phủ' goes only to the last item, README decision 2; 48/2013 gets issuer null, issuer_inferred Chính phủ), 02/2017/TT-VPCP, and the two decisions 4831/QĐ-BNNMT and 1524/QĐ-BNNMT. 48/2013 and 92/2017 'sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính' name the amended decrees only generically: no amends to 63/2010/NĐ-CP (not stated by the text).")
g.note("'Căn cứ các Quyết định của Bộ trưởng Bộ Nông nghiệp và Môi trường: số 4831/QĐ-BNNMT ngày 17/11/2025 ...; số 1524/QĐ-BNNMT ngày 20/5/2025 của Bộ Nông nghiệp và Môi trường ...': a list under one plural kind word whose issuer stands before the numbers. First item, by analogy with README decision 2 ('các Nghị quyết số 45-NQ/TW và 30-NQ/TW' -> 'Nghị quyết số 45-NQ/TW'), runs contiguously from the kind word: 'Quyết định của Bộ trưởng Bộ Nông nghiệp và Môi trường: số 4831/QĐ-BNNMT ngày 17/11/2025' (issuer as written in it); second item is the bare number with its contiguous date and issuer '1524/QĐ-BNNMT ngày 20/5/2025 của Bộ Nông nghiệp và Môi trường' (no 'số' in the surface, README decision 1). Titles 'về việc công bố ...' outside.")
g.note("'Theo đề nghị ... tại Tờ trình số 0411/TTr-SNNMT ngày 19/11/2025': reference, no relation; SNNMT is a provincial department code: issuer_inferred null.")
g.note("Procedure table: 'Thông tư số 10/2024/TT- BTC ngày 05/02/2024 của Bộ trưởng Bộ Tài chính' in the fee column (number with the space removed, '10/2024/TT-BTC'); the 'Căn cứ pháp lý' column lists Luật Địa chất và khoáng sản số 54/2024/QH15 (term XV from QH15), Nghị định 193/2025/NĐ-CP, Thông tư 37/2025/TT-BNNMT and 40/2025/TT-BNNMT (issuer_inferred Bộ Nông nghiệp và Môi trường, the agency the BNNMT code names), Thông tư 10/2024/TT-BTC (issuer_inferred Bộ Tài chính), Luật Đê điều ngày 29/11/2006 and the amending 'Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020' with the two laws named inside it (overlapping numberless references, amends from the amending law to each). The table's 'Căn cứ pháp lý' is the legal basis of each administrative procedure, not a Căn cứ line of the decision: no legal_basis from the subject to these documents; no relation for the fee Thông tư either.")
g.note("Site boilerplate: 'Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân' and 'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...' are references without relation (ruling; the site, not a document, 'implements' it). The English copyright sentence ('the Law on Intellectual Property') is not annotated (Vietnamese kind words only); 'THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng' and 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân' are the site's own notices, not documents; 'Quyết định này', 'văn bản quy phạm pháp luật có nội dung quy định về thủ tục hành chính' are pointers/generic.")
g.write(OUT)
print("wrote", OUT, len(g.refs), "refs", len(g.rels), "rels")
