# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for 02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.dirname(HERE))
from annotate_helpers import Gold
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
NAME = "02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau"
SUBJ = "07/NQ-CP"
g = Gold(os.path.join(ROOT, "data/corpus", NAME + ".txt"), kind="legal", subject_document=SUBJ)
BCT = "Bộ Chính trị"
# title (upper case, line breaks inside the mentions)
g.ref("KẾT LUẬN SỐ 96-KL/TW NGÀY\n30 THÁNG 09 NĂM 2024 CỦA BỘ CHÍNH TRỊ", "Kết luận", "96-KL/TW", issuer=BCT)
g.ref("NGHỊ QUYẾT SỐ\n45-NQ/TW NGÀY 24 THÁNG 01 NĂM 2019 CỦA BỘ CHÍNH TRỊ KHÓA XII", "Nghị quyết", "45-NQ/TW", issuer=BCT, term="XII")
# Căn cứ
LTCCP = "Luật Tổ chức Chính phủ"
LSD = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
LCQDP = "Luật Tổ chức chính quyền địa phương"
g.ref("Luật Tổ chức Chính phủ ngày 19 tháng 6\nnăm 2015", "Luật")
g.ref("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật\nTổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019", "Luật")
g.ref("Luật Tổ chức Chính phủ", "Luật", occ=1)          # inside the amending law's name
g.ref("Luật\nTổ chức chính quyền địa phương", "Luật")
g.ref("Kết luận số 96-KL/TW ngày 30 tháng 9 năm\n2024 của Bộ Chính trị", "Kết luận", "96-KL/TW", issuer=BCT)
g.ref("Nghị quyết số 45-NQ/TW ngày 24\ntháng 01 năm 2019 của Bộ Chính trị khóa XII", "Nghị quyết", "45-NQ/TW", issuer=BCT, term="XII")
g.ref("Tờ trình số 9848/TTr-BKHĐT ngày 29 tháng 11 năm 2024", "Tờ trình", "9848/TTr-BKHĐT")
# Điều 1
CTHD = "Chương trình hành động của Chính phủ thực hiện Kết luận số\n96-KL/TW ngày 30 tháng 09 năm 2024 của Bộ Chính trị"
g.ref(CTHD, "Chương trình hành động", issuer="Chính phủ", date=None)  # the date is the embedded KL's
g.ref("Kết luận số\n96-KL/TW ngày 30 tháng 09 năm 2024 của Bộ Chính trị", "Kết luận", "96-KL/TW", issuer=BCT)
g.ref("Nghị\nquyết số 45-NQ/TW của Bộ Chính trị khóa XII", "Nghị quyết", "45-NQ/TW", issuer=BCT, term="XII")

CT_NAME = "Chương trình hành động của Chính phủ thực hiện Kết luận số 96-KL/TW"
g.rel(SUBJ, "96-KL/TW", "implements", "NGHỊ QUYẾT\nBAN\nHÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN KẾT LUẬN SỐ 96-KL/TW")
g.rel("96-KL/TW", "45-NQ/TW", "continues", "KẾT LUẬN SỐ 96-KL/TW NGÀY\n30 THÁNG 09 NĂM 2024 CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ\n45-NQ/TW")
g.rel(SUBJ, LTCCP, "legal_basis", "Căn cứ Luật Tổ chức Chính phủ")
g.rel(SUBJ, LSD, "legal_basis", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6\nnăm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật\nTổ chức chính quyền địa phương")
g.rel(LSD, LTCCP, "amends", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ")
g.rel(LSD, LCQDP, "amends", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật\nTổ chức chính quyền địa phương")
g.rel(SUBJ, "96-KL/TW", "legal_basis", "Căn cứ Kết luận số 96-KL/TW")
g.rel(CT_NAME, "96-KL/TW", "implements", "Chương trình hành động của Chính phủ thực hiện Kết luận số\n96-KL/TW")

g.note("The excerpt never writes its own number; subject_document is the official number 07/NQ-CP (SOURCES.tsv title). The seed's news text writes the same resolution as '7/NQ-CP'.")
g.note("The title 'BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN ...' is the own document's title: the programme there is not a separate reference; the numbered KL/NQ inside it are.")
g.note("The programme named in Điều 1 ('Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Kết luận số 96-KL/TW ...') is a separate reference (type 'Chương trình hành động', number null), surface running to the end of the embedded Kết luận mention; relation name = 'Chương trình hành động của Chính phủ thực hiện Kết luận số 96-KL/TW' as in the seed.")
g.note("Căn cứ: legal_basis to the 2015 Luật Tổ chức Chính phủ, to the 2019 amending law and to 96-KL/TW; not to 45-NQ/TW (inside 96-KL/TW's title). The amending law's date belongs to the amending law; the two laws named inside it are numberless overlapping references with amends relations.")
g.note("'Xét đề nghị ... tại Tờ trình số 9848/TTr-BKHĐT' is a reference without relation. The last word 'Nghị' is cut by the excerpt: no reference.")
g.write(os.path.join(ROOT, "tests/gold", NAME + ".gold.json"))
