# ruff: noqa
"""Structure gold for wild 3861bb5ee8698f16.md. The selection lists it as Nghị quyết 130/NQ-CP (Government
resolution), but the stored text is the Vietnamese Wikipedia article "Tiền Giang" (geography,
administration, history, economy, society of the former province); it only cites 130/NQ-CP (26/12/2013,
adjusting the boundary of Cai Lậy district) in its history section and references.

Annotated by reading the text only (docs/STRUCTURE-ANNOTATION.md); every offset would come from str.find
via structure_helpers.StructureGold, none is typed by hand (this text has none to give).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

# kind as the selection (SELECTION.json) and the brief give it; the text itself is not a resolution.
g = StructureGold("wild", "3861bb5ee8698f16.md", kind="resolution")

# No solution areas, no tasks, no target years: an encyclopedia article describes, it directs no body.

g.note("The stored text is not Nghị quyết 130/NQ-CP but the Wikipedia article 'Tiền Giang', which only "
       "mentions 130/NQ-CP ('Ngày 26 tháng 12 năm 2013, Chính phủ Việt Nam ban hành Nghị quyết số 130/NQ-CP "
       "...') and cites it in 'Tham khảo'. The gold records what the text holds: no areas, no tasks. kind is "
       "kept as 'resolution' from the selection; the file is a negative case (a page about a place that "
       "cites policy documents must yield no structure).")
g.note("Its headings ('Vị trí địa lý', 'Hành chính', 'Lịch sử', 'Kinh tế', ...) are article sections, not "
       "numbered groups of tasks, so none is an area.")
g.note("Past acts reported in the history ('Hội đồng Chính phủ ban hành Quyết định số 155-CP về việc chia "
       "huyện Gò Công ...', 'Quốc hội ban hành Nghị quyết số 202/2025/QH15 ...') are events, not tasks: no "
       "body is asked to do anything.")
g.note("No target years: every year in the text is a date of an event, of a statistic ('Năm 2019, tăng "
       "trưởng ... đạt 7,26%', 'đạt 34,8% kế hoạch') or of a cited document; 'Dự án các khu công nghiệp tập "
       "trung giai đoạn 2010-2015' describes projects, the article sets no aim or deadline of its own.")
print(g.write("dev"))
