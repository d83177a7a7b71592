# ruff: noqa
"""Structure gold for wild 322358d6040a153b.md: Quyết định 170/QĐ-BCĐNNDL (21/11/2025) of the Head of the
State Steering Committee on Tourism issuing the committee's working regulation (Quy chế hoạt động), with
the regulation appended.

Annotated by reading the text only (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find via
structure_helpers.StructureGold, none is typed by hand.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "322358d6040a153b.md", kind="decision")


def rewind_to_area():
    """An untitled article's title is its first sentence, which is also its first task: search the task
    again from the title's start."""
    g._cursor = g.data["solution_areas"][-1]["start"]


BCD = "Ban Chỉ đạo"
TB = "Trưởng Ban Chỉ đạo"
PTB = "Phó Trưởng Ban Chỉ đạo"
HEADS = ("Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
         "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương")

# == the decision: Điều 1 issues the regulation, Điều 2 entry into force (done by the decision itself) =====
SENT3 = ("Các thành viên Ban\nChỉ đạo, Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính\n"
         "phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương chịu trách\nnhiệm thi hành Quyết định này")
a = g.area("3", SENT3, after="**Điều 3.** ")
rewind_to_area()
t = g.task(SENT3, area=a)
g.actor(t, "Các thành viên Ban Chỉ đạo", "lead", generic=True)
for h in HEADS:
    g.actor(t, h, "lead", generic=True)

# == the regulation ======================================================================================
g.find("**QUY CHẾ**")

# Chương I, Điều 2 Nguyên tắc làm việc: khoản 1 is a principle, khoản 2 the members' duties
a = g.area("I.2", "Nguyên tắc làm việc", after="**Điều 2. ")
t = g.task("Các thành viên Ban Chỉ đạo có trách nhiệm tham", "các hoạt động của Ban Chỉ đạo", area=a)
g.actor(t, "Các thành viên Ban Chỉ đạo", "lead", generic=True)
t = g.task("triển khai, thực hiện nhiệm vụ được", "kết quả\ntriển khai thực hiện", area=a)
g.actor(t, "Các thành viên Ban Chỉ đạo", "lead", generic=True)
t = g.task("giải quyết công việc theo đúng thẩm quyền", "quy định của Quy chế này", area=a)
g.actor(t, "Các thành viên Ban Chỉ đạo", "lead", generic=True)

# Chương II
a = g.area("II.4", "Trách nhiệm của Ban Chỉ\nđạo", after="**Điều 4. ")
g.find("1. Giúp Thủ tướng Chính phủ:")  # lead-in of a)-đ), not a task
t = g.task("Chỉ đạo việc phối hợp hoạt động", "kinh tế - xã hội của đất nước", area=a)
g.actor(t, BCD, "lead", inherited=True)
g.actor(t, "các bộ, ngành và địa phương liên quan", "participant", generic=True)
t = g.task("Nghiên cứu, đề xuất Thủ tướng Chính phủ", "phục vụ phát triển du lịch", area=a)
g.actor(t, BCD, "lead", inherited=True)
t = g.task("Giải quyết những vướng mắc", "các bộ, ngành và địa phương", area=a)
g.actor(t, BCD, "lead", inherited=True)
t = g.task("Chỉ đạo, kiểm tra, đôn đốc các bộ, ngành và địa\nphương", "kinh tế - xã hội\ncủa cả nước", area=a)
g.actor(t, BCD, "lead", inherited=True)
g.actor(t, "các bộ, ngành và địa phương", "participant", generic=True)
t = g.task("Chỉ đạo các bộ, ngành, địa phương và các cơ quan", "của Nhà nước về phát triển du lịch", area=a)
g.actor(t, BCD, "lead", inherited=True)
g.actor(t, "các bộ, ngành, địa phương", "participant", generic=True)
g.actor(t, "các cơ quan thông tin đại chúng", "participant", generic=True)
t = g.task("Tổng hợp và định kỳ báo cáo Thủ tướng Chính phủ", "do\nThủ tướng Chính phủ giao", area=a)
g.actor(t, BCD, "lead", inherited=True)

a = g.area("II.5", "Trách nhiệm của Trưởng\nBan Chỉ đạo", after="**Điều 5. ")
t = g.task("Trực tiếp lãnh đạo, điều hành hoạt động của Ban\nChỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)
t = g.task("chịu trách nhiệm chung về hoạt động của Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)
t = g.task("Chỉ đạo xây dựng\nvà thực hiện các chương trình, kế hoạch hoạt động của Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)
g.output(t, "các chương trình, kế hoạch hoạt động của Ban Chỉ đạo")
t = g.task("Triệu tập, chủ trì hoặc ủy quyền", "triển khai hoạt động của Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)
g.actor(t, PTB, "participant")
t = g.task("Phân công nhiệm vụ cho các thành viên Ban Chỉ đạo,", "Trưởng Ban Chỉ đạo khi cần thiết", area=a)
g.actor(t, TB, "lead", inherited=True)
g.actor(t, "các thành viên Ban Chỉ đạo", "participant", generic=True)
g.actor(t, PTB, "participant")
g.actor(t, "ủy viên Ban Chỉ đạo", "participant", generic=True)
t = g.task("Chỉ đạo công tác phối hợp hoạt\nđộng", "để thực hiện nhiệm vụ của Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)
g.actor(t, "các thành viên Ban Chỉ đạo", "participant", generic=True)
g.actor(t, "Ban Chỉ đạo phát triển du lịch ở các địa phương", "participant", generic=True)
g.actor(t, "các bộ, ngành và địa phương", "participant", generic=True)
t = g.task("Đôn đốc, kiểm tra việc thực\nhiện", "các ủy viên Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)
g.actor(t, PTB, "participant")
g.actor(t, "các ủy viên Ban Chỉ đạo", "participant", generic=True)
t = g.task("Chỉ đạo việc xây dựng, ký ban hành các văn bản\nthuộc thẩm quyền của Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)
g.output(t, "các văn bản\nthuộc thẩm quyền của Ban Chỉ đạo")
t = g.task("Quyết định và chịu trách nhiệm trước Thủ tướng\nChính phủ về hoạt động của Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead", inherited=True)

a = g.area("II.6", "Trách nhiệm của Phó Trưởng\nBan Chỉ đạo", after="**Điều 6. ")
t = g.task("Thay mặt Trưởng Ban Chỉ đạo triệu tập", "khi được Trưởng\nBan Chỉ đạo ủy quyền", area=a)
g.actor(t, PTB, "lead", inherited=True)
t = g.task("Chịu trách nhiệm trước Trưởng Ban Chỉ đạo về nhiệm vụ được\ngiao", area=a)
g.actor(t, PTB, "lead", inherited=True)
t = g.task("Giúp Trưởng Ban Chỉ đạo điều hành", "được Trưởng ban phê duyệt", area=a)
g.actor(t, PTB, "lead", inherited=True)
t = g.task("Báo cáo định kỳ hoặc đột\nxuất", "kết quả triển khai thực hiện Kế hoạch", area=a)
g.actor(t, PTB, "lead", inherited=True)
t = g.task("chỉ đạo thực hiện các chương trình", "theo sự phân công của Trưởng Ban Chỉ đạo", area=a)
g.actor(t, PTB, "lead", inherited=True)
t = g.task("Chỉ đạo việc xây dựng, ký ban hành các văn bản\nthuộc thẩm quyền quản lý", area=a)
g.actor(t, PTB, "lead", inherited=True)
g.output(t, "các văn bản\nthuộc thẩm quyền quản lý")
t = g.task("Chỉ đạo chuẩn bị báo cáo", "trình Trưởng Ban Chỉ đạo phê duyệt", area=a)
g.actor(t, PTB, "lead", inherited=True)
g.output(t, "báo cáo, chương trình, kế hoạch\ncông tác")
g.output(t, "các báo cáo đề\nxuất")
t = g.task("Chỉ đạo tổ chức thực hiện các hoạt động kế hoạch\ncủa Ban Chỉ đạo", area=a)
g.actor(t, PTB, "lead", inherited=True)
t = g.task("chỉ đạo việc kiểm tra, báo cáo", "kế hoạch của Ban Chỉ\nđạo", area=a)
g.actor(t, PTB, "lead", inherited=True)

UVTT = "Ủy viên thường trực"
a = g.area("II.7", "Trách nhiệm của Ủy viên\nthường trực", after="**Điều 7. ")
t = g.task("Giúp lãnh đạo Ban Chỉ đạo điều hành", "Trưởng Ban Chỉ đạo thông qua", area=a)
g.actor(t, UVTT, "lead", inherited=True)
t = g.task("Chỉ đạo xây dựng, dự thảo các báo cáo", "liên quan đến hoạt\nđộng du lịch", area=a)
g.actor(t, UVTT, "lead", inherited=True)
g.output(t, "các báo cáo, đề xuất của\nBan Chỉ đạo")
t = g.task("Chỉ đạo xây dựng, dự thảo chương trình", "các buổi làm việc của Ban Chỉ đạo", area=a)
g.actor(t, UVTT, "lead", inherited=True)
g.output(t, "chương trình, kế hoạch\ncông tác")
t = g.task("chỉ đạo tổ\nchức thực hiện", "theo ủy quyền của\nlãnh đạo Ban Chỉ đạo", area=a)
g.actor(t, UVTT, "lead", inherited=True)
t = g.task("Điều hành công việc thường xuyên", "Phó Trưởng Ban Chỉ đạo ủy quyền", area=a)
g.actor(t, UVTT, "lead", inherited=True)

CVP = "Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo"
a = g.area("II.8", "Trách nhiệm của Ủy viên\nkiêm Chánh Văn phòng Ban Chỉ đạo", after="**Điều 8. ")
t = g.task("Điều hành Văn phòng Ban Chỉ đạo, chịu trách nhiệm", "toàn bộ hoạt động của Văn\nphòng Ban Chỉ đạo", area=a)
g.actor(t, CVP, "lead", inherited=True)
t = g.task("Điều hành, xây dựng và tổ chức triển khai kế hoạch", "công tác của Văn phòng Ban Chỉ đạo", area=a)
g.actor(t, CVP, "lead", inherited=True)
g.output(t, "kế hoạch\ncông tác của Văn phòng Ban Chỉ đạo")
t = g.task("Thu thập, tổng hợp, xử lý thông tin", "ủy viên thường trực Ban Chỉ đạo", area=a)
g.actor(t, CVP, "lead", inherited=True)

UV = "các Ủy viên Ban Chỉ đạo"
a = g.area("II.9", "Trách nhiệm của các Ủy\nviên Ban Chỉ đạo", after="**Điều 9. ")
t = g.task("Tham gia đầy đủ các cuộc họp", "Trưởng Ban Chỉ đạo phân\ncông", area=a)
g.actor(t, UV, "lead", inherited=True, generic=True)
t = g.task("Tham mưu giúp Trưởng Ban Chỉ đạo đôn đốc", "lĩnh vực do mình phụ trách", area=a)
g.actor(t, UV, "lead", inherited=True, generic=True)
t = g.task("Xây dựng và chỉ đạo tổ chức các chương trình phối", "tạo điều kiện cho du lịch phát triển", area=a)
g.actor(t, UV, "lead", inherited=True, generic=True)
g.output(t, "các chương trình phối\nhợp, kế hoạch phối hợp liên ngành")

# Chương III
SENT11 = ("Khi các thành\nviên Ban Chỉ đạo có sự thay đổi về nhân sự, cơ quan cử nhân sự có trách nhiệm\n"
          "báo cáo Trưởng Ban Chỉ đạo và thông báo bằng văn bản về Văn phòng Ban Chỉ đạo")
a = g.area("III.11", SENT11, after="**Điều 11.** ")
rewind_to_area()
t = g.task(SENT11, area=a)
g.actor(t, "cơ quan cử nhân sự", "lead", generic=True)
t = g.task("Theo đề nghị của các cơ quan thành viên", "bổ sung hoặc thay thế thành viên Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead")
g.actor(t, "các cơ quan thành viên Ban Chỉ đạo", "participant", generic=True)

a = g.area("III.14", "Phối hợp hoạt động", after="**Điều 14. ")
t = g.task("Ban Chỉ đạo phối hợp với các bộ, ngành, địa\nphương", "theo chức năng, nhiệm vụ được giao", area=a)
g.actor(t, BCD, "lead")
g.actor(t, "các bộ, ngành, địa phương", "coordinating", generic=True)
g.actor(t, "Ban Chỉ đạo phát triển du lịch các địa phương", "participant", generic=True)
t = g.task("Các bộ, ngành và Ban Chỉ đạo phát\ntriển du lịch các địa phương cử đại diện", "khi được\nTrưởng Ban Chỉ đạo mời", area=a)
g.actor(t, "Các bộ, ngành", "lead", generic=True)
g.actor(t, "Ban Chỉ đạo phát triển du lịch các địa phương", "lead", generic=True)
t = g.task("Các bộ, ngành và Ban Chỉ đạo phát triển du lịch\ncác địa phương có trách nhiệm xây dựng", "thuộc chức năng, nhiệm vụ được giao", area=a)
g.actor(t, "Các bộ, ngành", "lead", generic=True)
g.actor(t, "Ban Chỉ đạo phát triển du lịch các địa phương", "lead", generic=True)
g.output(t, "kế hoạch, đề án giải quyết các công việc\nliên quan đến phát triển du lịch thuộc chức năng, nhiệm vụ được giao")
t = g.task("định kỳ\nbáo cáo về Ban Chỉ đạo", "Thủ tướng Chính phủ", area=a)
g.actor(t, "Các bộ, ngành", "lead", generic=True)
g.actor(t, "Ban Chỉ đạo phát triển du lịch các địa phương", "lead", generic=True)
t = g.task("Các bộ, ngành và Ban Chỉ đạo phát triển du lịch\ncác địa phương có trách nhiệm báo cáo", "những công việc đã thực hiện", area=a)
g.actor(t, "Các bộ, ngành", "lead", generic=True)
g.actor(t, "Ban Chỉ đạo phát triển du lịch các địa phương", "lead", generic=True)
t = g.task("kịp thời báo cáo những vấn đề phát sinh", "kết luận của Trưởng Ban Chỉ đạo", area=a)
g.actor(t, "Các bộ, ngành", "lead", generic=True)
g.actor(t, "Ban Chỉ đạo phát triển du lịch các địa phương", "lead", generic=True)

a = g.area("III.15", "Họp Ban Chỉ đạo", after="**Điều 15. ")
t = g.task("Họp Ban Chỉ đạo định kỳ: 06 tháng một lần", area=a)
g.actor(t, BCD, "lead")
t = g.task("Tài\nliệu phục vụ các phiên họp thường kỳ", "tối thiểu 07 ngày làm việc", area=a)
g.actor(t, "Văn phòng Ban Chỉ đạo", "lead")
g.output(t, "Tài\nliệu phục vụ các phiên họp thường kỳ")
g.deadline(t, "trước khi tổ chức họp tối thiểu 07 ngày làm việc", None, "relative")
t = g.task("Các thành\nviên Ban Chỉ đạo có trách nhiệm góp ý", "họp tối thiểu 03 ngày làm việc", area=a)
g.actor(t, "Các thành viên Ban Chỉ đạo", "lead", generic=True)
g.deadline(t, "trước khi tổ chức\nhọp tối thiểu 03 ngày làm việc", None, "relative")
t = g.task("Trường hợp cần thiết Trưởng Ban Chỉ đạo có thể", "phiên họp mở rộng của Ban Chỉ đạo", area=a)
g.actor(t, TB, "lead")
t = g.task("Thành phần các\nphiên họp mở rộng do Trưởng Ban Chỉ đạo quyết định", area=a)
g.actor(t, TB, "lead")
t = g.task("Tài liệu phục vụ các phiên\nhọp bất thường", "thư điện tử hoặc tại phiên họp", area=a)
g.deadline(t, "trước khi họp", None, "relative")
t = g.task("Thành viên Ban Chỉ đạo có trách nhiệm tham gia đầy", "những vấn\nđề được phân công", area=a)
g.actor(t, "Thành viên Ban Chỉ đạo", "lead", generic=True)
t = g.task("Trường hợp thành viên Ban Chỉ đạo không thể tham", "cuộc họp dự kiến thảo luận tham dự", area=a)
g.actor(t, "thành viên Ban Chỉ đạo", "lead", generic=True)
t = g.task("Thông báo Kết luận của Trưởng Ban Chỉ đạo tại", "kể từ ngày kết thúc phiên họp", area=a)
g.actor(t, "ủy viên là Phó Chủ nhiệm Văn phòng Chính phủ", "lead")
g.output(t, "Thông báo Kết luận của Trưởng Ban Chỉ đạo tại\ncác phiên họp")
g.deadline(t, "chậm nhất là sau\n05 ngày làm việc kể từ ngày kết thúc phiên họp", None, "relative")

a = g.area("III.16", "Kiểm tra hoạt động", after="**Điều 16. ")
t = g.task("Ban Chỉ đạo định kỳ hoặc đột xuất tổ chức kiểm tra", "Chỉ đạo kết luận ở các địa phương", area=a)
g.actor(t, BCD, "lead")
t = g.task("Văn phòng Ban Chỉ đạo xây dựng kế hoạch kiểm tra", "thực hiện các nhiệm vụ tại địa phương", area=a)
g.actor(t, "Văn phòng Ban Chỉ đạo", "lead")
g.output(t, "kế hoạch kiểm tra")
t = g.task("Căn cứ vào\ntình hình thực tế", "đảm bảo việc tổ chức thực hiện hiệu quả", area=a)
g.actor(t, "các bộ thành viên Ban Chỉ đạo", "lead", generic=True)
t = g.task("Ủy viên Thường trực Ban Chỉ đạo điều hành", "theo ý kiến của Trưởng Ban Chỉ đạo", area=a)
g.actor(t, "Ủy viên Thường trực Ban Chỉ đạo", "lead")

a = g.area("III.17", "Báo cáo định kỳ", after="**Điều 17. ")
t = g.task("Thành viên Ban Chỉ đạo định kỳ 06 tháng", "(qua Văn phòng Ban Chỉ đạo)", area=a)
g.actor(t, "Thành viên Ban Chỉ đạo", "lead", generic=True)
g.deadline(t, "trước\nngày 20 tháng 6 hằng năm", "yearly", "recurring")
g.deadline(t, "trước ngày 15 tháng 11 hằng năm", "yearly", "recurring")
t = g.task("Ban Chỉ đạo phát triển du lịch các tỉnh, thành\nphố định kỳ", "(qua Văn phòng Ban Chỉ đạo)", area=a)
g.actor(t, "Ban Chỉ đạo phát triển du lịch các tỉnh, thành phố", "lead", generic=True)
g.deadline(t, "trước ngày 20 tháng 6 hằng năm", "yearly", "recurring")
g.deadline(t, "trước ngày 15\ntháng 11 hằng năm", "yearly", "recurring")
t = g.task("Định kỳ trước ngày 31 tháng 12 hằng năm, Văn\nphòng", "báo cáo Thủ tướng\nChính phủ", area=a)
g.actor(t, "Văn phòng Ban Chỉ đạo", "lead")
g.output(t, "báo cáo về tình hình triển khai\ncác hoạt động, chương trình, kế hoạch về phát triển du lịch")
g.deadline(t, "trước ngày 31 tháng 12 hằng năm", "yearly", "recurring")

a = g.area("III.18", "Văn phòng Ban Chỉ đạo", after="**Điều 18. ")
t = g.task("Phó Trưởng Ban Chỉ đạo quyết định thành lập", "tổ chức phối hợp liên\nngành", area=a)
g.actor(t, PTB, "lead")
t = g.task("quy định chức năng, nhiệm vụ, cơ cấu tổ chức", "Văn phòng Ban Chỉ đạo", area=a)
g.actor(t, PTB, "lead")

# Chương IV Tổ chức thực hiện: untitled articles
SENT19 = ("Bộ trưởng, Thủ\ntrưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân\n"
          "dân tỉnh, thành phố trực thuộc trung ương có trách nhiệm tạo điều kiện để Ban\n"
          "Chỉ đạo Nhà nước về du lịch hướng dẫn, kiểm tra và tiến hành các hoạt động có\n"
          "liên quan đến việc thực hiện các chủ trương, chính sách, pháp luật về du lịch\n"
          "và các chương trình, kế hoạch của Ban Chỉ đạo")
a = g.area("IV.19", SENT19, after="**Điều 19.** ")
rewind_to_area()
t = g.task(SENT19, area=a)
for h in HEADS:
    g.actor(t, h, "lead", generic=True)

SENT20 = "Bộ Văn hóa, Thể\nthao và Du lịch chịu trách nhiệm theo dõi, kiểm tra, đôn đốc thực hiện Quy chế\nnày"
a = g.area("IV.20", SENT20, after="**Điều 20.** ")
rewind_to_area()
t = g.task(SENT20, area=a)
g.actor(t, "Bộ Văn hóa, Thể thao và Du lịch", "lead")

SENT21 = ("Trong quá trình\nthực hiện, nếu có vướng mắc hoặc khi cần thiết, Bộ trưởng Bộ Văn hóa, Thể thao\n"
          "và Du lịch có thể đề nghị Trưởng Ban Chỉ đạo sửa đổi, bổ sung Quy chế cho phù hợp")
a = g.area("IV.21", SENT21, after="**Điều 21.** ")
rewind_to_area()
t = g.task(SENT21, area=a)
g.actor(t, "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "lead")
t = g.task("Việc bổ sung, sửa đổi Quy chế này", "xem xét, quyết định", area=a)
g.actor(t, "các thành viên Ban Chỉ đạo", "lead", generic=True)

# no target years: 2025 is the date of issue and of the cited Law and QĐ 1532/QĐ-TTg, 2023 QĐ 23/2023/QĐ-TTg,
# 2013 the replaced QĐ 167/QĐ-BCĐNNDL; 'hằng năm' deadlines are recurring, not years.

g.note("A decision issuing a regulation (Quy chế) appended to it: the decision's articles and the regulation's "
       "articles are both annotated. The decision's Điều 1 (issues the regulation) and Điều 2 (entry into "
       "force, replacement of QĐ 167/QĐ-BCĐNNDL) are done by the decision itself: no task, no area. Its "
       "Điều 3 ('... chịu trách nhiệm thi hành Quyết định này') is area '3'.")
g.note("Ordinals: an article is an area, its ordinal the path of chapter and article numbers with the words "
       "'Chương' and 'Điều' dropped ('II.4' = Chương II, Điều 4), which also keeps the regulation's articles "
       "apart from the decision's (decision Điều 3 is '3'). Numbered clauses (khoản '1.', '2.') and lettered "
       "points are task paragraphs, not headings; a clause ending in ':' ('1. Giúp Thủ tướng Chính phủ:') is "
       "the lead-in of its points, not a task, and the Prime Minister it helps has no role.")
g.note("An article with no title ('**Điều 19.** Bộ trưởng, ... có trách nhiệm ...'), like a dispatch's numbered "
       "paragraph, takes its first sentence (without the closing '.') as its title, so title and first task "
       "share a span (decision Điều 3, III.11, IV.19, IV.20, IV.21).")
g.note("'Trách nhiệm của <office>' articles (Điều 4-9): the office in the title is each task's lead, inherited; "
       "offices are named as written ('Trưởng Ban Chỉ đạo', 'Ủy viên thường trực', 'Ủy viên kiêm Chánh Văn phòng "
       "Ban Chỉ đạo'); a single office is not generic, 'các Ủy viên Ban Chỉ đạo' / 'Thành viên Ban Chỉ đạo' "
       "(every member) are. 'Ủy viên Thường trực Ban Chỉ đạo' in Điều 16 is kept as written there.")
g.note("Not tasks: Điều 1 (scope), Điều 2.1 (working principle) and 2.3 (an unfinished 'Căn cứ ...' clause), "
       "Điều 3 (forms of work, descriptive), Điều 10 (the working regime: 'Đề cao trách nhiệm ...', members "
       "work part-time and follow the head's assignment), Điều 12 (who uses which seal: permissions), Điều 13 "
       "(funding), and 'Ý kiến tham gia của các thành viên là ý kiến chính thức ...' (a statement). Things an "
       "office may do ('có thể triệu tập họp bất thường', 'có thể đề nghị ... sửa đổi') are tasks: activities "
       "it carries out when needed.")
g.note("Roles: bodies a lead directs, urges, checks on or delegates to ('Chỉ đạo các bộ, ngành ...', 'ủy quyền "
       "cho Phó Trưởng Ban Chỉ đạo chủ trì', 'Đôn đốc ... Phó Trưởng Ban Chỉ đạo và các ủy viên', 'Phân công "
       "nhiệm vụ cho các thành viên') are participants; bodies whose work is inspected or whose coordination "
       "is checked ('kiểm tra ... sự phối hợp giữa các bộ, ngành ...') are objects: no role. 'Theo đề nghị của "
       "các cơ quan thành viên, Trưởng Ban quyết định ...': the proposers take part, participant. Addressees of "
       "reports and submissions ('báo cáo Thủ tướng', 'trình Trưởng Ban Chỉ đạo xem xét, quyết định', 'gửi Bộ "
       "Nội vụ và Văn phòng Chính phủ') and the body 'theo sự phân công của' / 'khi được ... ủy quyền' have no "
       "role. 'do X chuẩn bị / do X ký' makes X lead.")
g.note("Splitting: '; giữa Ban Chỉ đạo ... ; giữa ...' (Điều 5.3), '; các hội nghị ...' (5.2) and '; theo chuyên "
       "đề ...' (16.1) continue the object or the adverbial, so they do not split; the capital 'Ủy quyền' after "
       "a comma in 5.3 is kept inside one sentence as written. A ';'-split part's subject from the same "
       "sentence is its lead, not inherited (Điều 2.2, 14.2, 14.3, 18).")
g.note("Deadlines: 'trước ngày 20 tháng 6 hằng năm' etc. are recurring 'yearly' (the day is not kept by the "
       "value); 'trước khi tổ chức họp tối thiểu 07 ngày làm việc', 'chậm nhất là sau 05 ngày làm việc kể từ "
       "ngày kết thúc phiên họp' and 'trước khi họp' are relative. 'định kỳ' with no period ('định kỳ báo "
       "cáo', 'định kỳ hoặc đột xuất') and '06 tháng một lần' (half-yearly, no value in the conventions) are "
       "left without a deadline; 'đoàn kiểm tra thường xuyên và đột xuất' describes the teams, not the task's "
       "time.")
g.note("Outputs: documents a task drafts, has drafted or issues ('Chỉ đạo xây dựng ... các chương trình, kế "
       "hoạch hoạt động', 'ký ban hành các văn bản thuộc thẩm quyền', 'xây dựng kế hoạch kiểm tra', 'soạn thảo "
       "báo cáo về tình hình ...', 'Tài liệu phục vụ các phiên họp thường kỳ do Văn phòng chuẩn bị', 'Thông báo "
       "Kết luận ... do ... ký'); reporting verbs alone ('báo cáo Ban Chỉ đạo về ...') and 'quyết định thành "
       "lập Văn phòng' (no document named) give none.")
print(g.write("blind"))
