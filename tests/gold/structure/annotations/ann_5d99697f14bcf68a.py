# ruff: noqa
"""Structure gold for wild 5d99697f14bcf68a.md: Kế hoạch 160/KH-UBND (19/11/2025) of the Cần Thơ city
People's Committee on monitoring and evaluating the national target programme for sustainable poverty
reduction in the city in 2025.

Annotated by reading the text only (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find via
structure_helpers.StructureGold, none is typed by hand.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "5d99697f14bcf68a.md", kind="plan")

# I (purpose, requirements), II (subjects, time, composition of the teams), III (the topics the
# monitoring covers), IV.1 (methods) and V (funding) hold no task; see the notes.

# -- IV.2 Các bước giám sát: steps, grouped under the captions "- Cấp thành phố" / "- Cấp xã" -------------
a = g.area("IV.2", "Các bước giám sát", after="**2. ")
g.find("- Cấp thành phố")  # caption, not a task
t = g.task("Thông báo cho địa phương về kế\nhoạch giám sát", area=a)
t = g.task("Thu thập các thông tin về chỉ\nđạo, tổ chức, thực hiện Chương trình", area=a)
t = g.task("Chọn ngẫu nhiên đơn vị cấp xã,\nấp/khu vực để giám sát thực tế", area=a)
t = g.task("Tiến hành các nội dung giám\nsát theo kế hoạch", area=a)
t = g.task("Chọn ngẫu nhiên ấp/khu vực để\ntiến hành giám sát", area=a, after="- Cấp xã")
t = g.task("Thu thập các tài liệu liên\nquan", area=a)
t = g.task("Tiến hành kiểm tra ở ấp/khu vực", "đối tượng hưởng lợi Chương trình", area=a)
t = g.task("Tham vấn các đối tượng hưởng\nlợi về mức độ tiếp cận, thụ hưởng Chương trình", area=a)
t = g.task("Báo cáo tình hình thực hiện\nChương trình", area=a)

# -- IV.3 Các bước đánh giá ---------------------------------------------------------------------------
a = g.area("IV.3", "Các bước đánh giá", after="**3. ")
g.find("- Tổng hợp, báo cáo ở cấp thành\nphố")  # caption, not a task
t = g.task("Các cơ quan, đơn vị liên quan\nthu thập thông tin", "do cấp thành phố trực tiếp thực hiện)", area=a)
g.actor(t, "Các cơ quan, đơn vị liên quan", "lead", generic=True)
t = g.task("Các cơ quan, đơn vị liên quan\ntổng hợp biểu mẫu", "công chủ trì, quản lý, thực hiện", area=a)
g.actor(t, "Các cơ quan, đơn vị liên quan", "lead", generic=True)
t = g.task("xây dựng Báo cáo giám sát", "Bộ, ngành trực tiếp quản lý", area=a)
g.actor(t, "Các cơ quan, đơn vị liên quan", "lead", generic=True)
g.output(t, "Báo cáo giám sát đối với các dự án,\ntiểu dự án và nội dung thành phần do Sở, ban ngành quản lý")
g.output(t, "báo cáo đánh giá")
t = g.task("Sở Nông nghiệp và Môi trường\ntổng hợp chung", "Thông tư số 10/2022/TT-BLĐTBXH", area=a)
g.actor(t, "Sở Nông nghiệp và Môi trường", "lead")
t = g.task("xây dựng báo cáo giám sát, báo cáo đánh giá", "Ủy ban nhân dân thành phố", area=a)
g.actor(t, "Sở Nông nghiệp và Môi trường", "lead")
g.output(t, "báo cáo giám sát")
g.output(t, "báo cáo đánh giá")
g.find("- Thu thập thông tin, tổng hợp,\nbáo cáo ở địa phương.")  # caption, not a task
t = g.task("Định kỳ thu thập thông tin", "Thông tư số 10/2022/TT-BLĐTBXH", area=a)
t = g.task("Các cơ quan, đơn vị liên quan\nthu thập thông tin", "đơn vị mình trực tiếp thực hiện)", area=a)
g.actor(t, "Các cơ quan, đơn vị liên quan", "lead", generic=True)
t = g.task("Các cơ quan, đơn vị liên quan\ntổng hợp biểu mẫu", "công chủ trì, quản lý, thực hiện", area=a)
g.actor(t, "Các cơ quan, đơn vị liên quan", "lead", generic=True)
t = g.task("xây dựng Báo cáo giám sát", "Sở, ngành trực\ntiếp quản lý", area=a)
g.actor(t, "Các cơ quan, đơn vị liên quan", "lead", generic=True)
g.output(t, "Báo cáo giám sát đối với các dự án,\ntiểu dự án và nội dung thành phần do địa phương quản lý")
g.output(t, "báo cáo đánh giá")
t = g.task("Tổng hợp chung các các mẫu biểu", "Thông tư số 10/2022/TT-BLĐTBXH", area=a)
t = g.task("xây dựng báo cáo giám sát,\nbáo cáo đánh giá", "nội dung thành phần thuộc Chương trình", area=a)
g.output(t, "báo cáo giám sát")
g.output(t, "báo cáo đánh giá")

# -- VI Tổ chức thực hiện: one area per addressed body ---------------------------------------------------
a = g.area("VI.1", "Sở Nông nghiệp và Môi trường", after="**1. ")
t = g.task("Phối hợp các cơ quan liên quan\nthực hiện việc giám sát, đánh giá đối với cấp xã", area=a)
g.actor(t, "Sở Nông nghiệp và Môi trường", "lead", inherited=True)
g.actor(t, "các cơ quan liên quan", "coordinating", generic=True)
t = g.task("Tổng hợp, tham mưu báo cáo hoặc", "việc triển khai, thực hiện Chương trình", area=a)
g.actor(t, "Sở Nông nghiệp và Môi trường", "lead", inherited=True)
t = g.task("Theo dõi, đôn đốc và kiểm tra\nkết quả khắc phục những tồn tại (nếu có) của đơn vị được giám sát", area=a)
g.actor(t, "Sở Nông nghiệp và Môi trường", "lead", inherited=True)

SN = "Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình"
a = g.area("VI.2", "Các Sở, ngành chủ trì, quản\nlý, tham gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương\ntrình", after="**2. ")
t = g.task("Phê duyệt kế hoạch giám sát,\nđánh giá", area=a)
g.actor(t, SN, "lead", inherited=True, generic=True)
g.output(t, "kế hoạch giám sát,\nđánh giá")
t = g.task("tổng hợp kết quả thực hiện dự án", "tham gia thực hiện", area=a)
g.actor(t, SN, "lead", inherited=True, generic=True)
t = g.task("Báo cáo kết quả thực hiện đối\nvới", "báo cáo theo quy định", area=a)
g.actor(t, SN, "lead", inherited=True, generic=True)

a = g.area("VI.3", "Đề nghị Ủy ban Mặt trận Tổ\nquốc Việt Nam thành phố", after="**3. ")
t = g.task("Chỉ đạo các đơn vị liên quan\ngiám sát việc thực hiện Chương trình theo quy định", area=a)
g.actor(t, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "participant", inherited=True)
g.actor(t, "các đơn vị liên quan", "participant", generic=True)

a = g.area("VI.4", "Ủy ban nhân dân cấp xã", after="**4. ")
t = g.task("Phê duyệt kế hoạch giám sát,\nđánh giá, phân công", "phù hợp\ntình hình thực tế", area=a)
g.actor(t, "Ủy ban nhân dân cấp xã", "lead", inherited=True, generic=True)
g.output(t, "kế hoạch giám sát,\nđánh giá")
t = g.task("Tổ chức thực hiện giám sát,\nđánh giá theo Kế hoạch", area=a)
g.actor(t, "Ủy ban nhân dân cấp xã", "lead", inherited=True, generic=True)
t = g.task("Báo cáo Ban Chỉ đạo các\nChương trình", "kết\nquả giám sát, đánh giá theo quy định", area=a)
g.actor(t, "Ủy ban nhân dân cấp xã", "lead", inherited=True, generic=True)
t = g.task("Theo dõi, đôn đốc và kiểm tra\nkết quả khắc phục những tồn tại (nếu có) khi thực hiện giám sát, đánh giá", area=a)
g.actor(t, "Ủy ban nhân dân cấp xã", "lead", inherited=True, generic=True)

# -- closing paragraph, outside the numbered sections ----------------------------------------------------
t = g.task("Trong quá trình tổ chức thực hiện, nếu có khó khăn", "xem xét, quyết\nđịnh", area=None)
g.actor(t, "các cơ quan, đơn vị", "participant", generic=True)

g.target_years(2025)

g.note("Sections I (Mục đích, yêu cầu) and II (Đối tượng, thời gian và thành phần thực hiện: who is monitored, "
       "when, who sits on the teams) assign no task: not areas. V (Kinh phí) is funding only: not an area.")
g.note("III 'Nội dung giám sát, đánh giá' lists the topics the monitoring and evaluation cover (the content "
       "of Thông tư 10/2022/TT-BLĐTBXH: 'Nội dung giám sát của chủ chương trình: + Theo dõi, kiểm tra ...', "
       "'Nội dung đánh giá: - Tình hình huy động ...'): scope, not things a body is asked to do, so neither "
       "III.1 nor III.2 is an area and their bullets are not tasks, even the verb-initial ones. IV.1 "
       "'Phương pháp' (collect documents, survey, consult) lists methods, likewise not tasks.")
g.note("IV.2 'Các bước giám sát' and IV.3 'Các bước đánh giá' set out the steps to be carried out under this "
       "plan: areas; every '+' step, and every '-' step that has no '+' under it, is a task. A '-' line that "
       "heads '+' steps ('- Cấp thành phố', '- Cấp xã', '- Tổng hợp, báo cáo ở cấp thành phố', '- Thu thập "
       "thông tin, tổng hợp, báo cáo ở địa phương.') is a caption, not a task.")
g.note("The captions 'Cấp thành phố' / 'Cấp xã' / 'ở địa phương' name a level of government, not a body: "
       "no actor is inherited from them, so the steps without a subject of their own have no actors (the "
       "intro addresses nobody, so there is no 'assigned' actor either).")
g.note("'X tổng hợp ...; xây dựng Báo cáo ... và gửi ...': split at ';' (the second part opens with a verb); "
       "the sentence's subject X is the second task's lead too, not inherited (it is in the task's own "
       "sentence). Bodies after 'gửi' / 'báo cáo' / 'phản ánh về' are recipients of a report: no role, even "
       "when followed by 'tổng hợp, báo cáo' ('gửi Sở Nông nghiệp và Môi trường tổng hợp, báo cáo').")
g.note("Outputs: the reports a task must draw up ('xây dựng Báo cáo giám sát ..., báo cáo đánh giá') and the "
       "plan it must approve ('Phê duyệt kế hoạch giám sát, đánh giá') are outputs; a task that only "
       "reports ('Báo cáo kết quả ...', 'tham mưu báo cáo ... việc triển khai') has no output: the verb "
       "'báo cáo' is the activity, not a named document.")
g.note("VI 'Tổ chức thực hiện' has one numbered heading per body ('1. Sở Nông nghiệp và Môi trường'): each "
       "is an area, its body the inherited lead of each bullet. The VI.2 heading body is named in full as "
       "written ('Các Sở, ngành chủ trì, quản lý, tham gia thực hiện ... thuộc Chương trình': the relative "
       "clause says which departments), generic.")
g.note("VI.1 '- Phối hợp các cơ quan liên quan thực hiện việc giám sát ...': the heading's body stays lead "
       "(inherited; no other body leads) and the body after 'phối hợp' is coordinating.")
g.note("VI.3 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố: Chỉ đạo các đơn vị liên quan giám sát ...': "
       "the Front is asked ('đề nghị'), so participant (inherited from the heading), not lead; the units it "
       "directs are participants.")
g.note("The closing 'Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc vượt thẩm quyền, đề nghị "
       "các cơ quan, đơn vị kịp thời phản ánh về Sở ...' is a task outside any numbered section: area null; "
       "'các cơ quan, đơn vị' participant (đề nghị), the Sở and the committee recipients.")
g.note("No deadlines on tasks: II.2 'Thời gian thực hiện' ('thường xuyên, liên tục trong năm 2025') is the "
       "period of the whole monitoring, not a group label of the tasks; 'Định kỳ thu thập thông tin' has no "
       "stated period, so it cannot be a recurring deadline. Target year 2025 (the plan's year, 'trong năm "
       "2025'); 'giai đoạn 2021 - 2025' appears only in the titles of cited circulars.")
print(g.write("blind"))
