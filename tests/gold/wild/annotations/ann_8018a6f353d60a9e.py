# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for the wild text 8018a6f353d60a9e.md (ThuVienPhapLuat page of Công văn 11554/VPCP-V.I)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, os.path.join(REPO, "tests", "gold"))
from annotate_helpers import Gold

H = "8018a6f353d60a9e"
TEXT = os.path.join(os.path.dirname(REPO), "shared", "corpus", "wild", H + ".md")
S = "11554/VPCP-V.I"
VPCP = "Văn phòng Chính phủ"
TTG = "Thủ tướng Chính phủ"
g = Gold(TEXT, kind="legal", subject_document=S, source=H + ".md")
T = g.text

# --- page metadata and the site's summary -------------------------------------------------
g.ref(S, "Công văn", S, issuer_inferred=VPCP, after="**Số hiệu:**", occ=0)          # metadata row
g.ref("Công văn 11554/VPCP-V.I", "Công văn", S, issuer_inferred=VPCP, after="đã ban hành ", occ=0)
g.ref("Công văn 11554/VPCP-V.I năm 2025", "Công văn", S, issuer_inferred=VPCP, occ=0)   # "Theo đó, tại nội dung ..."
KHCD = "Kế hoạch cao điểm chống buôn lậu, gian lận thương mại và hàng giả dịp trước, trong và sau Tết Nguyên đán Bính Ngọ 2026"
g.ref(KHCD, "Kế hoạch")
g.ref("Nghị quyết 86 /NQ-CP năm 2025", "Nghị quyết", "86/NQ-CP")
g.ref("Kế hoạch của Ban Chi đạo 389 quốc gia", "Kế hoạch", issuer="Ban Chi đạo 389 quốc gia")
g.ref("Chỉ thị 30/CT-TTg năm 2014 của Thủ tướng Chính phủ", "Chỉ thị", "30/CT-TTg", issuer=TTG)
g.ref("Chỉ thị của Thủ tướng Chính phủ", "Chỉ thị", issuer=TTG, occ=0)                 # dự thảo Chỉ thị (summary)
g.ref("Văn bản 6721 /VPCP-V.I năm 2025", "Công văn", "6721/VPCP-V.I", issuer_inferred=VPCP)
g.ref("7514 /VPCP-V.I năm 2025 của Văn phòng Chính phủ", "Công văn", "7514/VPCP-V.I", issuer=VPCP)
g.ref("Chỉ thị 13/CT-TTg năm 2025 của Thủ tướng Chính phủ", "Chỉ thị", "13/CT-TTg", issuer=TTG)
g.ref("Công văn 11554/VPCP-V.I ngày 25/11/2025", "Công văn", S, issuer_inferred=VPCP, occ=0)  # "Xem thêm chi tiết tại ..."

# --- the letter itself ----------------------------------------------------------------------
g.ref(S, "Công văn", S, issuer_inferred=VPCP, after="Số: ", occ=0)                  # header "Số: 11554/VPCP-V.I"
g.ref("Chỉ thị số\n13/CT-TTg ngày 17 tháng 5 năm 2025", "Chỉ thị", "13/CT-TTg")
a = T.find("Kết luận tại Hội nghị")
KL1 = T[a : T.find(" (Thông báo", a)]
assert KL1.endswith("xâm phạm quyền sở hữu trí tuệ") and KL1.count("\n") == 3
g.ref(KL1, "Kết luận")
g.ref("Thông báo số 341/TB-VPCP ngày 01 tháng 7 năm\n2025 của Văn phòng Chính phủ", "Thông báo", "341/TB-VPCP", issuer=VPCP)
g.ref("Chỉ thị số 13/CT-TTg ngày 17\ntháng 5 năm 2025", "Chỉ thị", "13/CT-TTg")
b = T.find("Kết luận tại Hội nghị", a + 1)
KL2 = T[b : T.find("\ntrí tuệ (Thông báo", b) + len("\ntrí tuệ")]
assert KL2.startswith("Kết luận tại Hội nghị trực tuyến toàn quốc sơ kết") and KL2.endswith("quyền sở hữu\ntrí tuệ")
g.ref(KL2, "Kết luận", after=b)
g.ref("Thông báo số 341/TB-VPCP ngày 01 tháng 7 năm 2025 của Văn phòng Chính\nphủ", "Thông báo", "341/TB-VPCP", issuer=VPCP)
g.ref("Kế hoạch cao điểm chống buôn lậu,\ngian lận thương mại và hàng giả dịp trước, trong và sau Tết Nguyên đán Bính Ngọ\n2026", "Kế hoạch")
g.ref("Nghị quyết số 86/NQ-CP ngày 04 tháng 11 năm\n2025", "Nghị quyết", "86/NQ-CP")
g.ref("Kế hoạch của Ban Chỉ đạo 389 quốc gia", "Kế hoạch", issuer="Ban Chỉ đạo 389 quốc gia")
g.ref("Chỉ thị số 30/CT-TTg ngày 30 tháng 9 năm 2014 của Thủ tướng\nChính phủ", "Chỉ thị", "30/CT-TTg", issuer=TTG)
g.ref("Chỉ thị của Thủ tướng Chính phủ", "Chỉ thị", issuer=TTG, occ=1)                 # dự thảo Chỉ thị (letter)
g.ref("Văn bản số 6721/VPCP-V.I\nngày 19 tháng 7 năm 2025", "Công văn", "6721/VPCP-V.I", issuer_inferred=VPCP)
g.ref("7514/VPCP-V.I ngày 12 tháng 8 năm 2025 của Văn\nphòng Chính phủ", "Công văn", "7514/VPCP-V.I", issuer=VPCP)
g.ref("Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025 của Thủ tướng Chính phủ", "Chỉ thị", "13/CT-TTg", issuer=TTG)

# --- page footer and site boilerplate ---------------------------------------------------------
g.ref("Công văn 11554/VPCP-V.I năm 2025", "Công văn", S, issuer_inferred=VPCP, occ=1)
g.ref("Công văn 11554/VPCP-V.I ngày 25/11/2025", "Công văn", S, issuer_inferred=VPCP, occ=1)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=0)
g.ref("Nghị định 13/2023/NĐ-CP", "Nghị định", "13/2023/NĐ-CP", occ=1)

# --- relations --------------------------------------------------------------------------------
g.rel(S, "30/CT-TTg", "reviews", "tổng kết, đánh giá\nviệc thực hiện Chỉ thị số 30/CT-TTg")
g.rel(S, "13/CT-TTg", "reviews", "sơ kết 6 tháng việc thực\nhiện Chỉ thị số 13/CT- TTg")

g.note("ThuVienPhapLuat page carrying the letter itself (header 'Số: 11554/VPCP-V.I', Kính gửi, signature): kind legal, subject 11554/VPCP-V.I. The metadata row 'Số hiệu' and the header 'Số:' give bare-number references; the site's summary paragraphs and footer title lines repeat 'Công văn 11554/VPCP-V.I' (with 'năm 2025' or 'ngày 25/11/2025' in the surface): each is a reference.")
g.note("Type of the 'NNNN/VPCP-V.I' numbers: Công văn (metadata 'Loại văn bản: Công văn'); 'Văn bản (số) 6721/VPCP-V.I' uses the generic kind word 'Văn bản' (not in the type list), surface from that word, type Công văn. issuer_inferred 'Văn phòng Chính phủ' set explicitly from the VPCP code (README decision 13), since the number ends in '-V.I' (department suffix).")
g.note("List 'Văn bản số 6721/VPCP-V.I ngày ... và số 7514/VPCP-V.I ngày ... của Văn phòng Chính phủ': the second item is a bare number (surface from the number, 'số' left out as in 'Số: N'), the shared 'của Văn phòng Chính phủ' goes to the last item only (README decision 2). Spaces inside numbers as written ('86 /NQ-CP', '13/CT- TTg') stay in the surface; the number is spaceless.")
g.note("Relations: 'tổng kết, đánh giá việc thực hiện Chỉ thị số 30/CT-TTg' and 'sơ kết 6 tháng việc thực hiện Chỉ thị số 13/CT-TTg' give reviews from the letter (README decision 8). 'tiếp tục quán triệt, thực hiện nghiêm túc ... các ý kiến chỉ đạo ... tại Chỉ thị số 13/CT-TTg' is a task clause: no continues. 'Sau khi Thủ tướng Chính phủ ban hành Chỉ thị số 13/CT-TTg ...' is retrospective: nothing. 'Hoàn thiện Kế hoạch cao điểm ... theo chỉ đạo của Chính phủ tại Nghị quyết số 86/NQ-CP' and '... theo chỉ đạo ... tại Văn bản số 6721/VPCP-V.I ... và số 7514/VPCP-V.I' only say where the instruction was given (no thực hiện/triển khai wording): no implements.")
g.note("Numberless references decided: 'Kế hoạch cao điểm chống buôn lậu, ... Tết Nguyên đán Bính Ngọ 2026' (a specifically named plan to be completed; surface = its name, twice); 'Kế hoạch của Ban Chỉ đạo 389 quốc gia' (kind word + issuer naming that plan, like 'Chương trình hành động của Chính phủ'; the summary spells it 'Ban Chi đạo', kept as written); 'Chỉ thị của Thủ tướng Chính phủ' in 'dự thảo Chỉ thị của Thủ tướng Chính phủ về việc tăng cường công tác đấu tranh chống buôn lậu thuốc lá ...' (a specifically named planned directive; surface stops before the title 'về việc ...'); 'Kết luận tại Hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng đầu năm 2025 và tổng kết đợt cao điểm ... xâm phạm quyền sở hữu trí tuệ' (named by its conference; surface ends before the parenthetical '(Thông báo số 341/TB-VPCP ...)', which is annotated on its own; no relation between them, the parenthetical only says where the conclusion was published).")
g.note("Not references: 'Loại văn bản: Công văn' (no number), 'xây dựng kế hoạch' (generic), 'Ban Chỉ đạo 389' (a body), 'Báo cáo Phó Thủ tướng ...' (verb 'report'), 'Thông báo này' / 'THÔNG BÁO về Lưu trữ ...' and 'Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân' of the website (site notices, not legal documents), 'Law on Intellectual Property' (English boilerplate, no kind word). The site's boilerplate 'Nghị định 13/2023/NĐ-CP' (twice) is a real document mention: references, no relation (the 'Thực hiện Nghị định 13/2023/NĐ-CP' is done by the website, not by a document).")
g.write(os.path.join(REPO, "tests", "gold", "wild", "blind", H + ".gold.json"))
