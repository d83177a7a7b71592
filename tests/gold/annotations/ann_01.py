# ruff: noqa  (annotation data: long literal lines by design)
"""Gold for 01_nq-45-nq-tw-2019-hai-phong-phan-dau.txt (decisions made by reading the text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.dirname(HERE))
from annotate_helpers import Gold
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
NAME = "01_nq-45-nq-tw-2019-hai-phong-phan-dau"
g = Gold(os.path.join(ROOT, "data/corpus", NAME + ".txt"), kind="legal", subject_document="45-NQ/TW")
BCT = "Bộ Chính trị"   # the text's heading "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ" makes the Politburo clear
g.ref("Nghị quyết 45-NQ/TW năm 2019", "Nghị quyết", "45-NQ/TW", issuer_inferred=BCT)
g.ref("45-NQ/TW", "Nghị quyết", "45-NQ/TW", issuer_inferred=BCT, after="Số hiệu ")          # metadata row
g.ref("45-NQ/TW", "Nghị quyết", "45-NQ/TW", issuer_inferred=BCT, after="Số: ")               # header line
g.ref("Nghị quyết số 32-NQ/TW của Bộ Chính trị khoá IX", "Nghị quyết", "32-NQ/TW", issuer=BCT, term="IX")
g.note("Title line 1 'Nghị quyết 45-NQ/TW năm 2019': the year phrase is kept in the surface, date null.")
g.note("'Số hiệu 45-NQ/TW' (metadata row) and 'Số: 45-NQ/TW' (header) are bare-number references; surface = the number only, date null.")
g.note("'NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ' heading (own document, no number) and 'Loại văn bản Nghị quyết' are not references.")
g.note("issuer_inferred for 45-NQ/TW is 'Bộ Chính trị' (heading 'CỦA BỘ CHÍNH TRỊ'), although the metadata row says 'Cơ quan ban hành Ban Chấp hành Trung ương'.")
g.note("'Sau 15 năm thực hiện Nghị quyết số 32-NQ/TW' is a retrospective assessment of another document's implementation: no implements/reviews relation from 45-NQ/TW (the excerpt states no relation between the two).")
g.note("'khoá IX' is the old tone-mark placement of 'khóa'; kept verbatim in the surface, term IX.")
g.write(os.path.join(ROOT, "tests/gold", NAME + ".gold.json"))
