# ruff: noqa
"""Structure gold for wild 2957e4f4f0e41373.md: Kế hoạch 0125/KH-UBND (18/11/2025) of the Đắk Lắk
provincial People's Committee launching the emulation movement for the successful election of the 16th
National Assembly and the People's Councils for the 2026-2031 term.

Annotated by reading the text only (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find via
structure_helpers.StructureGold, none is typed by hand.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "2957e4f4f0e41373.md", kind="plan")

# -- II.2 Nội dung thi đua: what the movement asks to be done -------------------------------------------
a = g.area("II.2", "Nội dung\nthi đua", after="**2. ")
t = g.task("Thi đua thực hiện thành công\ncuộc bầu cử", area=a, after="a) ")
t = g.task("kịp thời chỉ đạo, tổ chức triển khai", "tổ chức thực hiện cuộc bầu cử", area=a)
g.actor(t, "các cơ quan, đơn vị, địa phương", "participant", generic=True)
t = g.task("Các cơ quan chuyên\nmôn từ tỉnh đến địa phương", "tiến độ đã đề ra", area=a)
g.actor(t, "Các cơ quan chuyên môn từ tỉnh đến địa phương", "lead", generic=True)
t = g.task("Kịp thời báo cáo cơ quan có thẩm\nquyền", "trong quá trình tổ chức thực\nhiện", area=a)
t = g.task("Thi đua thực hiện tốt công\ntác thông tin, tuyên truyền", "các cấp nhiệm kỳ 2026 - 2031", area=a)
t = g.task("Tổ chức nghiên cứu, phổ biến,\nquán triệt", "các cấp nhiệm kỳ 2026 - 2031", area=a)
t = g.task("Thi đua thực hiện tốt công\ntác đảm bảo an ninh", "trong và sau cuộc bầu cử", area=a)
t = g.task("Phát hiện, ngăn chặn và xử lý kịp thời", "làm ảnh hưởng đến cuộc bầu cử", area=a)
t = g.task("Có các phương án chủ động\nđối phó", "làm ảnh hưởng đến cuộc bầu cử", area=a)
t = g.task("Giải quyết kịp thời, đúng\nquy định", "“điểm nóng” về khiếu kiện", area=a)
t = g.task("ngăn chặn mọi hành vi lợi dụng\ndân chủ", "vi phạm pháp luật về bầu cử", area=a)
t = g.task("Thi đua thực hiện tốt công\ntác chuẩn bị", "thực sự là ngày hội của toàn dân", area=a)
t = g.task("Thi đua đẩy mạnh cải cách\nhành chính", "công tác\nbầu cử", area=a)
t = g.task("Tăng cường ứng dụng công nghệ\nthông tin", "phục vụ\nbầu cử", area=a)

# -- II.3 Thời gian: the period is stated for the whole movement; the summing-up is a task ---------------
a = g.area("II.3", "Thời\ngian tổ chức phong trào thi đua", after="**3. ")
t = g.task("Tổng kết vào\ntháng 4 năm 2026", area=a)
g.deadline(t, "vào\ntháng 4 năm 2026", "2026-04", "month")

# -- III.3.3 Giấy khen: the heads award certificates within their powers ------------------------------------
a = g.area("III.3.3", "Giấy khen của Thủ trưởng\ncác cơ quan, đơn vị; Chủ tịch UBND xã, phường", after="**3.3. ")
t = g.task("Căn cứ vào tình hình thực tiễn,", "cho các tập thể, cá\nnhân theo thẩm quyền", area=a)
g.actor(t, "Thủ trưởng các cơ quan, đơn vị", "lead", generic=True)
g.actor(t, "Chủ tịch UBND xã, phường", "lead", generic=True)

# -- IV Số lượng đề nghị khen thưởng ------------------------------------------------------------------------
a = g.area("IV.1", "Khen thưởng cấp Nhà nước", after="**1. ")
t = g.task("Sở Nội vụ phối hợp với các cơ quan, đơn vị có liên quan", "của Bộ Nội vụ)*", area=a)
g.actor(t, "Sở Nội vụ", "lead")
g.actor(t, "các cơ quan, đơn vị có liên quan", "coordinating", generic=True)

a = g.area("IV.3", "Giấy khen của Thủ trưởng\ncác cơ quan, đơn vị; Chủ tịch UBND xã, phường", after="**3. ")
t = g.task("Các Sở, ban, ngành, Mặt trận\nTổ quốc", "quy định số lượng khen thưởng theo thẩm quyền", area=a)
g.actor(t, "Các Sở, ban, ngành", "lead", generic=True)
g.actor(t, "Mặt trận Tổ quốc Việt Nam tỉnh", "lead")
g.actor(t, "các đoàn thể chính trị - xã hội", "lead", generic=True)
g.actor(t, "Ủy ban nhân dân xã, phường", "lead", generic=True)

# -- V Thủ tục, hồ sơ và thời gian khen thưởng --------------------------------------------------------------
a = g.area("V.1.b", "Thủ tục, hồ sơ đề nghị tặng\nBằng khen của Chủ tịch UBND tỉnh", after="b) ")
t = g.task("Hồ sơ nộp nộp 01 bộ (bản pdf)", "Idesk của Sở Nội vụ", area=a)

a = g.area("V.2", "Thời gian trình khen thưởng", after="**2. ")
t = g.task("Hồ sơ trình, đề nghị Thủ tướng", "thông báo tới các cơ quan, đơn vị)", area=a)
g.deadline(t, "trước ngày 31/3/2026", "2026-03-31", "day")

# -- VI Tổ chức thực hiện: one numbered paragraph per body, the body in its bold label ----------------------
a = g.area("VI.1", "Đề nghị Ban Tuyên giáo và\nDân vận Tỉnh ủy", after="**1. ")
t = g.task("Ban hành văn bản chỉ đạo, đôn đốc", "cổ động trực quan", area=a)
g.actor(t, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "participant", inherited=True)
g.output(t, "văn bản chỉ đạo, đôn đốc, tổ chức triển khai công\ntác thông tin, tuyên truyền, cổ động trực quan")
t = g.task("chỉ đạo, định hướng hệ thống", "tuyên truyền về Phong trào thi đua", area=a)
g.actor(t, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "participant", inherited=True)
g.actor(t, "hệ thống tuyên giáo", "participant", generic=True)
g.actor(t, "báo cáo viên", "participant", generic=True)
g.actor(t, "tuyên truyền viên", "participant", generic=True)
g.actor(t, "các cơ quan truyền thông tỉnh", "participant", generic=True)
g.output(t, "kế hoạch đẩy mạnh thông tin, tuyên truyền về Phong trào thi đua")

a = g.area("VI.2", "Đề nghị Ủy ban Mặt trận Tổ\nquốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", after="**2. ")
for first, last in (("Vận động đoàn\nviên", "tham gia Phong trào thi đua"),
                    ("phát huy quyền và nghĩa vụ", "nhân dân các cấp nhiệm kỳ 2026 - 2031")):
    t = g.task(first, last, area=a)
    g.actor(t, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "participant", inherited=True)
    g.actor(t, "các tổ chức chính trị - xã hội tỉnh", "participant", inherited=True, generic=True)

a = g.area("VI.3", "Các cơ quan, đơn vị, địa\nphương thuộc tỉnh", after="**3. ")
t = g.task("Căn cứ chức năng, nhiệm vụ được giao", "với nội dung phù hợp", area=a)
g.actor(t, "Các cơ quan, đơn vị, địa phương thuộc tỉnh", "lead", inherited=True, generic=True)
g.output(t, "kế hoạch triển khai Phong trào thi đua")
t = g.task("phối\nhợp với cơ quan báo chí", "theo chỉ đạo của tỉnh", area=a)
g.actor(t, "Các cơ quan, đơn vị, địa phương thuộc tỉnh", "lead", inherited=True, generic=True)
g.actor(t, "cơ quan báo chí", "coordinating", generic=True)

a = g.area("VI.4", "Sở Văn hóa, Thể thao và\nDu lịch", after="**4. ")
t = g.task("Tiếp tục chỉ đạo các cơ quan truyền thông", "nhân dân các cấp nhiệm kỳ 2026 - 2031", area=a)
g.actor(t, "Sở Văn hóa, Thể thao và Du lịch", "lead", inherited=True)
g.actor(t, "các cơ quan truyền thông của tỉnh", "participant", generic=True)
t = g.task("mở các chuyên trang, chuyên mục", "trong thực hiện Phong trào thi đua", area=a)
g.actor(t, "Sở Văn hóa, Thể thao và Du lịch", "lead", inherited=True)

a = g.area("VI.5", "Các cơ quan thông tin,\ntruyền thông của tỉnh", after="**5. ")
t = g.task("Xây dựng Kế hoạch và đẩy mạnh", "trong Phong trào thi đua", area=a)
g.actor(t, "Các cơ quan thông tin, truyền thông của tỉnh", "lead", inherited=True, generic=True)
g.output(t, "Kế hoạch")

a = g.area("VI.6", "Sở Nội vụ", after="**6. ")
t = g.task("Tham mưu UBND\ntỉnh theo dõi", "thực hiện tốt Phong trào thi đua", area=a)
g.actor(t, "Sở Nội vụ", "lead", inherited=True)
g.actor(t, "Sở, ban, ngành", "participant", generic=True)
g.actor(t, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "participant")
g.actor(t, "các tổ chức chính trị - xã hội tỉnh", "participant", generic=True)
g.actor(t, "các xã, phường", "participant", generic=True)
g.actor(t, "đơn vị thuộc tỉnh", "participant", generic=True)
t = g.task("thẩm định, đề xuất Chủ\ntịch UBND tỉnh", "có thành tích xuất sắc trong Phong trào thi đua", area=a)
g.actor(t, "Sở Nội vụ", "lead", inherited=True)

# -- closing sentence, outside the numbered sections ----------------------------------------------------
t = g.task("các cơ quan, đơn vị,\nđịa phương, doanh nghiệp nghiêm túc", "triển khai thực hiện", area=None)
g.actor(t, "các cơ quan, đơn vị, địa phương, doanh nghiệp", "lead", generic=True)

g.target_years(2025, 2026)

g.note("I 'Mục đích, yêu cầu' is purpose and requirements ('xác định đây là nhiệm vụ trọng tâm', 'coi việc "
       "thực hiện Phong trào thi đua là nhiệm vụ quan trọng', 'chú trọng công tác thông tin'): attitudes the "
       "bodies are to hold, not tasks; not an area. II.1 'Đối tượng thi đua' lists who competes: not an area.")
g.note("II.2 'Nội dung thi đua': each content of the emulation ('Thi đua thực hiện ...', 'Tổ chức nghiên "
       "cứu ...', 'Giải quyết kịp thời ...') is a thing the movement asks to be done, so a task, split by "
       "sentence and by ';' before a verb ('; kịp thời chỉ đạo ...', '; ngăn chặn ...'). The competing "
       "bodies of II.1 are not addressed by the intro, so these tasks get no 'assigned' actor; only bodies "
       "in the task's own sentence are actors. Bodies after 'theo chỉ đạo của' (Hội đồng bầu cử Quốc gia, "
       "Ban chỉ đạo, Ủy ban bầu cử tỉnh) give the direction the task follows: no role.")
g.note("II.3 'Thời gian tổ chức phong trào thi đua': 'từ tháng 10 năm 2025 đến hết tháng 3 năm 2026' is the "
       "period of the whole movement, not a group label, so it is no task's deadline (also: a month-to-month "
       "period has no precision in the conventions); 'Tổng kết vào tháng 4 năm 2026' is a task (deadline "
       "2026-04, month), so II.3 is an area.")
g.note("III (award subjects, principles, forms, criteria) sets conditions for awards, not tasks; III.3.1 "
       "and V.1.a ('Thực hiện theo quy định tại Hướng dẫn 7886/HD-BNV ...') and V.3 ('Thực hiện theo đúng "
       "quy định pháp luật ...') only refer to other rules: not tasks. The one task in III is III.3.3: the "
       "heads award certificates 'theo thẩm quyền'. A heading labelled '3.3.' under '3.' under 'III.' has "
       "ordinal 'III.3.3' (the label '3.3' already carries its parent '3', which is not repeated).")
g.note("IV.2 quotas ('Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân', '... mỗi đơn vị đề nghị không quá "
       "01 tập thể, 03 cá nhân', 'Mỗi xã, phường chọn 02 trường hợp') are limits on proposals, not tasks; the "
       "'Lưu ý: Ưu tiên khen thưởng ...' is a principle, not a task.")
g.note("V.1.b lists the dossier's documents (not tasks); its last bullet 'Hồ sơ nộp nộp 01 bộ (bản pdf) qua "
       "hệ thống ... Idesk của Sở Nội vụ' instructs the proposers, so it is a task (area 'V.1.b', the "
       "lettered heading that holds it). V.2: 'Hồ sơ ... gửi về Sở Nội vụ ... trước ngày 31/3/2026 để tổng "
       "hợp, thẩm định' is a task without a named doer; the Sở is the recipient: no role.")
g.note("Spans with markdown emphasis run mechanically to before the closing '.': IV.1 ends with ')*' "
       "('... của Bộ Nội vụ)*'), V.2 ends with 'đơn vị)' (its '.' is inside the italic parenthesis).")
g.note("VI: each numbered paragraph 'N. <body>: <tasks>' is an area whose title is the bold label; the "
       "label's body is each of its tasks' actor, inherited (the label covers all the ';'-split tasks), lead "
       "when named plainly, participant when the label says 'Đề nghị ...' (the Party's board, the Front and "
       "the socio-political organisations are asked, not directed).")
g.note("Bodies a lead directs or guides ('chỉ đạo ... các cơ quan truyền thông tỉnh có kế hoạch ...', "
       "'hướng dẫn Sở, ban, ngành, ...; các xã, phường và đơn vị thuộc tỉnh tổ chức triển khai') are "
       "participants; the ';' inside VI.6's list of guided bodies continues the list, it does not open a "
       "task. 'Tham mưu UBND tỉnh ...' and 'đề xuất Chủ tịch UBND tỉnh khen thưởng': the committee and its "
       "chairman are addressees of advice, no role. Members mobilised ('Vận động đoàn viên, hội viên') and "
       "people ('Nhân dân') are not bodies: not actors.")
g.note("Outputs: documents a task issues or drafts ('Ban hành văn bản chỉ đạo ...', 'xây dựng kế hoạch "
       "triển khai Phong trào thi đua', 'Xây dựng Kế hoạch'), and the plan the directed bodies must have "
       "('có kế hoạch đẩy mạnh thông tin, tuyên truyền ...').")
g.note("The closing '...; các cơ quan, đơn vị, địa phương, doanh nghiệp nghiêm túc tổ chức, triển khai thực "
       "hiện' is a task outside the sections: area null, its subject lead.")
g.note("Target years 2025 and 2026: the movement runs from October 2025 to March 2026, is summed up in April "
       "2026, dossiers are due 31/3/2026. '2026 - 2031' is the term of the bodies being elected (part of the "
       "election's name), not a horizon the plan sets: not a target year.")
print(g.write("dev"))
