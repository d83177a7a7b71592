# ruff: noqa
"""Structure gold for wild/e01d3782fbed0967.md: Công điện 227/CĐ-TTg (23/11/2025) of the Prime Minister on
overcoming the consequences of the floods in the South Central region (a Thư viện pháp luật page).

Decided by reading the text (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find in
structure_helpers (the local w() only recovers the exact spelling, line breaks included, of a phrase written
here with single spaces, so that str.find can place it)."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "e01d3782fbed0967.md", kind="dispatch")


w, task = g.spaced, g.spaced_task  # phrases quoted with single spaces (StructureGold.spaced)


# The dispatch body starts after the header block; the site's summary above it repeats parts of the
# dispatch and is not annotated (see notes).
g._cursor = g.text.find("THỦ TƯỚNG CHÍNH PHỦ điện")
assert g._cursor > 0
ANCHOR = "Thủ tướng Chính phủ yêu cầu:\n"

# ---- 1. Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh ----------------------------------------------------
PROV = "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"
g.area("1", w("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh", after=ANCHOR), after=ANCHOR)
# the area's intro sentence is itself a task (from the addressee to before the ':' that opens the list)
s = g.text.rfind("Bí thư tỉnh ủy", 0, g._cursor)
g._cursor = s
t = task("Bí thư tỉnh ủy", "nhiệm vụ sau", area="1")
g.actor(t, PROV, "lead")
g.actor(t, "từng đồng chí trong Thường vụ, thường trực Tỉnh ủy, Ủy ban", "participant", generic=True)
g.actor(t, "lãnh đạo các Sở, Ban, ngành", "participant", generic=True)

def a1(first, last=None):
    t = task(first, last, area="1")
    g.actor(t, PROV, "lead", inherited=True)
    return t

a1("Huy động các lực lượng, phương tiện", "mất nhà cửa, tài sản")
a1("tuyệt đối không để người", "dân đói, khát, rét")
a1("Tìm kiếm những người còn mất tích", "cho người đã thiệt mạng")
a1("Thăm hỏi, động viên, hỗ trợ", "bị thương theo quy định")
t = a1("Huy động các lực lượng hỗ trợ dọn dẹp", "**trước ngày 30/11/2025")
g.deadline(t, "trước ngày 30/11/2025", "2025-11-30", "day")
a1("Bố trí chỗ ở tạm")
t = a1("huy động lực lượng quân đội, công", "**hoàn thành trước ngày 30/11/2025**")
g.actor(t, "lực lượng quân đội, công an", "participant", generic=True)
g.deadline(t, "trước ngày 30/11/2025", "2025-11-30", "day")
t = a1("xây mới, tái định cư", w("hoàn thành trước ngày 31/01/2026"))
g.deadline(t, "trước ngày 31/01/2026", "2026-01-31", "day")
a1("Rà soát, tổng hợp đầy đủ, chính xác thiệt hại")
t = a1("chủ động sử dụng các nguồn lực", "**hoàn thành trước ngày 30/11/2025")
g.deadline(t, "trước ngày 30/11/2025", "2025-11-30", "day")
a1("Tổ chức điều phối tiếp nhận", "công khai, hiệu quả")
a1("Chủ động công bố thông tin", "thiết thực, hiệu quả")
t = a1("Ban hành các chính sách cần thiết", "khôi phục sản xuất, kinh doanh")
g.output(t, "các chính sách cần thiết")
a1("tập trung khắc phục sạt lở", w("trong thời gian sớm nhất"))

# ---- 2. Bộ Quốc phòng --------------------------------------------------------------------------------
BQP = "Bộ trưởng Bộ Quốc phòng"
UNITS = [("Quân khu 5", False), ("Quân khu 7", False), ("các đơn vị quân đội đóng ở trong và gần khu vực", True)]
g.area("2", w("Bộ trưởng Bộ Quốc phòng chỉ đạo Quân khu 5, Quân khu 7, các đơn vị quân đội đóng ở trong và gần khu vực bổ sung lực lượng, phương tiện hỗ trợ vận chuyển lương thực, thực phẩm, nhu yếu phẩm để tiếp tế, cứu trợ khẩn cấp cho Nhân dân; đồng thời hỗ trợ dọn dẹp, vệ sinh nhà cửa, trụ sở, đường sá, nhà xưởng để nhanh chóng khôi phục hoạt động sản xuất"))
g._cursor = g.data["solution_areas"][-1]["start"]
t = task("Bộ trưởng Bộ Quốc phòng chỉ đạo", "cứu trợ khẩn cấp cho Nhân dân", area="2")
g.actor(t, BQP, "lead")
for n, gen in UNITS:
    g.actor(t, n, "participant", generic=gen)
t = task("đồng thời hỗ trợ dọn dẹp", w("khôi phục hoạt động sản xuất"), area="2")
g.actor(t, BQP, "lead")
for n, gen in UNITS:
    g.actor(t, n, "participant", generic=gen)
t = task("Bố trí máy bay trực", w("bằng các phương tiện khác"), area="2")
g.actor(t, BQP, "lead", inherited=True)

# ---- 3. Bộ Công an -----------------------------------------------------------------------------------
s, e = g.find("Bộ trưởng Bộ Công an chỉ đạo")
g.area("3", w("Bộ trưởng Bộ Công an chỉ đạo lực lượng công an địa phương, lực lượng tham gia bảo vệ an ninh trật tự tại cơ sở, các đơn vị đóng quân trên địa bàn triển khai ngay lực lượng, phương tiện, trang thiết bị của đơn vị hỗ trợ nhân dân, cơ quan, đơn vị, doanh nghiệp khắc phục thiên tai, lũ lụt, sớm khôi phục hoạt động sản xuất, kinh doanh"))
g._cursor = s
t = task("Bộ trưởng Bộ Công an chỉ đạo", w("sớm khôi phục hoạt động sản xuất, kinh doanh"), area="3")
g.actor(t, "Bộ trưởng Bộ Công an", "lead")
g.actor(t, "lực lượng công an địa phương", "participant", generic=True)
g.actor(t, "lực lượng tham gia bảo vệ an ninh trật tự tại cơ sở", "participant", generic=True)
g.actor(t, "các đơn vị đóng quân trên địa bàn", "participant", generic=True)

# ---- 4. Bộ Nông nghiệp và Môi trường -----------------------------------------------------------------
BNN = "Bộ trưởng Bộ Nông nghiệp và Môi trường"
s, e = g.find("Bộ trưởng Bộ Nông nghiệp và Môi trường khẩn")
g.area("4", w("Bộ trưởng Bộ Nông nghiệp và Môi trường khẩn trương hướng dẫn, hỗ trợ các địa phương tập trung khôi phục sản xuất nông nghiệp (hỗ trợ vật tư, cây giống, con giống, thuốc thú y để khôi phục sản xuất, ...); khắc phục sớm nhất các công trình thủy lợi, hồ đập bị hư hỏng; chủ trì, phối hợp với các cơ quan, địa phương đánh giá chính xác nguyên nhân ngập lụt, rà soát việc quản lý, vận hành hồ đập thủy lợi, thủy điện để bảo đảm quản lý an toàn, vận hành chủ động, hiệu quả"))
g._cursor = s
t = task("Bộ trưởng Bộ Nông nghiệp và Môi trường khẩn", w("để khôi phục sản xuất, ...)"), area="4")
g.actor(t, BNN, "lead")
g.actor(t, "các địa phương", "participant", generic=True)
t = task("khắc phục sớm nhất các công trình", w("hồ đập bị hư hỏng"), area="4")
g.actor(t, BNN, "lead")
t = task("chủ trì,", w("vận hành chủ động, hiệu quả"), area="4")
g.actor(t, BNN, "lead")
g.actor(t, "các cơ quan, địa phương", "coordinating", generic=True)

# ---- 5. Bộ Tài chính ---------------------------------------------------------------------------------
BTC = "Bộ trưởng Bộ Tài chính"
g.area("5", "Bộ trưởng Bộ Tài chính chủ trì")
t = task("Phối hợp với Bộ Nông nghiệp", w("Thủ tướng Chính phủ theo quy định"), area="5")
g.actor(t, BTC, "lead", inherited=True)
g.actor(t, "Bộ Nông nghiệp và Môi trường", "coordinating")
g.output(t, w("phương án cụ thể xử lý những vấn đề cấp bách và lâu dài", start=t["start"]))
t = task("Khẩn trương rà soát, cập nhật", w("trình Chính phủ trước ngày 26/11/2025"), area="5")
g.actor(t, BTC, "lead", inherited=True)
g.deadline(t, w("trước ngày 26/11/2025", start=t["start"]), "2025-11-26", "day")
g.output(t, w("dự thảo Nghị quyết của Chính phủ về các giải pháp khắc phục hậu quả thiên tai, phục hồi sản xuất tại các địa phương khu vực Trung Bộ", start=t["start"]))
t = task("Triển khai các chính sách giãn", w("do thiên tai theo quy định"), area="5")
g.actor(t, BTC, "lead", inherited=True)
t = task("chỉ đạo doanh nghiệp kinh doanh bảo hiểm", w("kịp thời theo quy định"), area="5")
g.actor(t, BTC, "lead", inherited=True)
g.actor(t, "doanh nghiệp kinh doanh bảo hiểm", "participant", generic=True)
t = task("kịp thời xử lý xuất cấp", w("phương theo thẩm quyền"), area="5")
g.actor(t, BTC, "lead", inherited=True)

# ---- 6. Bộ Giáo dục và Đào tạo -----------------------------------------------------------------------
BGD = "Bộ trưởng Bộ Giáo dục và Đào tạo"
s, e = g.find("Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo")
g.area("6", w("Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo, hướng dẫn, hỗ trợ các địa phương khẩn trương khôi phục hoạt động của các cơ sở giáo dục, có phương án sớm đưa học sinh trở lại học tập; chủ trì, phối hợp với các địa phương tổng hợp đầy đủ về tình hình trường lớp (điểm trường phải sửa chữa, phải xây dựng lại) và việc bảo đảm học tập cho học sinh tại các điểm trường bị ngập lũ vừa qua, phương án khắc phục cụ thể, báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025"))
g._cursor = s
t = task("Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo", w("sớm đưa học sinh trở lại học tập"), area="6")
g.actor(t, BGD, "lead")
g.actor(t, "các địa phương", "participant", generic=True)
g.output(t, w("phương án sớm đưa học sinh trở lại học tập", start=t["start"]))
t = task("chủ trì, phối hợp với các", w("báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025"), area="6")
g.actor(t, BGD, "lead")
g.actor(t, "các địa phương", "coordinating", generic=True)
g.deadline(t, w("trước ngày 30/11/2025", start=t["start"]), "2025-11-30", "day")
g.output(t, "phương án khắc phục cụ thể")
t = task("Có phương án hỗ trợ ngay", w("cho học sinh vùng lũ"), area="6")
g.actor(t, BGD, "lead", inherited=True)
g.output(t, w("phương án hỗ trợ ngay sách vở, trang thiết bị giảng dạy và đồ dùng học tập cho học sinh vùng lũ", start=t["start"]))

# ---- 7. Bộ Y tế --------------------------------------------------------------------------------------
BYT = "Bộ trưởng Bộ Y tế"
s, e = g.find("Bộ trưởng Bộ Y tế chỉ đạo")
g.area("7", w("Bộ trưởng Bộ Y tế chỉ đạo, hướng dẫn, hỗ trợ các địa phương khẩn trương khôi phục hoạt động của các cơ sở y tế, bảo đảm công tác điều trị, khám chữa bệnh cho Nhân dân; bổ sung thuốc chữa bệnh, vật tư, trang thiết bị y tế, hóa chất khử khuẩn, vệ sinh môi trường; chi viện tối đa y, bác sĩ xuống trực tiếp cơ sở hỗ trợ công tác khám chữa bệnh, xử lý môi trường, phòng chống dịch bệnh sau lũ"))
g._cursor = s
t = task("Bộ trưởng Bộ Y tế chỉ đạo", w("khám chữa bệnh cho Nhân dân"), area="7")
g.actor(t, BYT, "lead")
g.actor(t, "các địa phương", "participant", generic=True)
t = task("bổ sung thuốc chữa bệnh", w("vệ sinh môi trường"), area="7")
g.actor(t, BYT, "lead")
t = task("chi viện tối đa y", w("phòng chống dịch bệnh sau lũ"), area="7")
g.actor(t, BYT, "lead")
t = task("Không để người dân thiếu nơi điều trị", w("hoàn thành trước ngày 30/11/2025"), area="7")
g.actor(t, BYT, "lead", inherited=True)
g.deadline(t, "trước ngày 30/11/2025", "2025-11-30", "day")
t = task("Chủ động liên hệ, làm việc", w("cho người dân vùng lũ"), area="7")
g.actor(t, BYT, "lead", inherited=True)

# ---- 8. Bộ Xây dựng ----------------------------------------------------------------------------------
BXD = "Bộ trưởng Bộ Xây dựng"
s, e = g.find("Bộ trưởng Bộ Xây dựng khẩn")
g.area("8", w("Bộ trưởng Bộ Xây dựng khẩn trương hướng dẫn, hỗ trợ các địa phương khắc phục, thông tuyến nhanh, nhất các tuyến giao thông bị sạt lở, nhất là trên các tuyến cao tốc, quốc lộ và trục giao thông chính; chủ động rà soát, triển khai các giải pháp căn cơ bảo đảm ổn định an toàn cho các tuyến giao thông"))
g._cursor = s
t = task("Bộ trưởng Bộ Xây dựng khẩn", w("quốc lộ và trục giao thông chính"), area="8")
g.actor(t, BXD, "lead")
g.actor(t, "các địa phương", "participant", generic=True)
t = task("chủ động rà soát, triển khai", "an toàn cho các tuyến giao thông", area="8")
g.actor(t, BXD, "lead")

# ---- 9. Bộ Công Thương -------------------------------------------------------------------------------
BCT = "Bộ trưởng Bộ Công Thương"
s, e = g.find("Bộ trưởng Bộ Công Thương chỉ đạo")
g.area("9", w("Bộ trưởng Bộ Công Thương chỉ đạo EVN tập trung hỗ trợ địa phương khôi phục hệ thống cung cấp điện tại các xã phường bị ảnh hưởng bởi lũ lụt; khẩn trương khôi phục sản xuất công nghiệp; bảo đảm nguồn cung hàng hóa thiết yếu, không để xảy ra tình trạng khan hàng, đầu cơ, găm hàng tăng giá, mất ổn định thị trường"))
g._cursor = s
t = task("Bộ trưởng Bộ Công Thương chỉ đạo", w("bị ảnh hưởng bởi lũ lụt"), area="9")
g.actor(t, BCT, "lead")
g.actor(t, "EVN", "participant")
g.actor(t, "địa phương", "participant", generic=True)
t = task("khẩn trương khôi phục sản xuất công nghiệp", area="9")
g.actor(t, BCT, "lead")
t = task("bảo đảm nguồn", w("mất ổn định thị trường"), area="9")
g.actor(t, BCT, "lead")

# ---- 10. Bộ Khoa học và Công nghệ --------------------------------------------------------------------
s, e = g.find("Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo")
g.area("10", w("Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo các doanh nghiệp cung cấp dịch vụ viễn thông tập trung tối đa lực lượng, thiết bị khôi phục ngay hệ thống viễn thông, bảo đảm phục vụ công tác chỉ đạo điều hành, thông tin liên lạc thông suốt, giải quyết các dịch vụ công, **hoàn thành trước ngày 30/11/2025"))
g._cursor = s
t = task("Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo", w("**hoàn thành trước ngày 30/11/2025"), area="10")
g.actor(t, "Bộ trưởng Bộ Khoa học và Công nghệ", "lead")
g.actor(t, "các doanh nghiệp cung cấp dịch vụ viễn thông", "participant", generic=True)
g.deadline(t, w("trước ngày 30/11/2025", start=t["start"]), "2025-11-30", "day")

# ---- 11. Ngân hàng Nhà nước --------------------------------------------------------------------------
s, e = g.find("Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo")
g.area("11", w("Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng, tổ chức tín dụng triển khai các chính sách tín dụng (giãn nợ, hoãn nợ, miễn, giảm lãi suất ngân hàng, ...) đối với các tổ chức, cá nhân, doanh nghiệp bị thiệt hại do thiên tai theo quy định của pháp luật để khôi phục sản xuất, kinh doanh cho người dân và doanh nghiệp"))
g._cursor = s
t = task("Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo", w("cho người dân và doanh nghiệp"), area="11")
g.actor(t, "Thống đốc Ngân hàng Nhà nước Việt Nam", "lead")
g.actor(t, "các ngân hàng, tổ chức tín dụng", "participant", generic=True)

# ---- 12. Cơ quan truyền thông, báo chí ---------------------------------------------------------------
s, e = g.find("Các cơ quan truyền thông, báo chí tiếp tục")
g.area("12", w("Các cơ quan truyền thông, báo chí tiếp tục bám sát địa bàn, thông tin kịp thời, đầy đủ về diễn biến tình hình, các chỉ đạo của Lãnh đạo Đảng, Nhà nước và kết quả khắc phục hậu quả mưa lũ tại các địa phương"))
g._cursor = s
t = task("Các cơ quan truyền thông, báo chí tiếp tục", w("hậu quả mưa lũ tại các địa phương"), area="12")
g.actor(t, "Các cơ quan truyền thông, báo chí", "lead", generic=True)

# ---- 13. Mặt trận Tổ quốc ----------------------------------------------------------------------------
MT = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
s, e = g.find("Đề nghị Ủy ban Trung ương")
e = g.text.find("khi no”", s) + len("khi no”")
g.area("13", g.text[s:e])
g._cursor = s
t = task("Đề nghị Ủy ban Trung ương", w("ai có ít giúp ít”"), area="13")
g.actor(t, MT, "participant")
t = task("kịp thời phân bổ hỗ trợ", "khi no”", area="13")
g.actor(t, MT, "participant")

# ---- 14. Phó Thủ tướng -------------------------------------------------------------------------------
g.area("14", w("Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi thường xuyên tình hình, trực tiếp chỉ đạo đôn đốc, kiểm tra công tác khắc phục hậu quả mưa lũ tại các địa phương, cụ thể"))
g._cursor = g.data["solution_areas"][-1]["start"]
t = task("Phân công các đồng chí", w("Mai Văn Chính tỉnh Lâm Đồng"), area="14")
g.actor(t, "các đồng chí Phó Thủ tướng Chính phủ", "lead", generic=True)
g.actor(t, "Phó Thủ tướng thường trực Chính phủ Nguyễn Hòa Bình", "lead")
g.actor(t, "Phó Thủ tướng Nguyễn Thành Long", "lead")
g.actor(t, "Phó Thủ tướng Hồ Quốc Dũng", "lead")
g.actor(t, "Phó Thủ tướng Mai Văn Chính", "lead")
g.deadline(t, "thường xuyên", None, "continuous")

# ---- 15. Văn phòng Chính phủ -------------------------------------------------------------------------
VP = "Văn phòng Chính phủ"
s, e = g.find("Văn phòng Chính phủ theo dõi, đôn đốc")
g.area("15", w("Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này theo chức năng, nhiệm vụ được giao; kịp thời báo cáo Thủ tướng Chính phủ và Phó Thủ tướng Chính phủ phụ trách lĩnh vực những vấn đề đột xuất, phát sinh; tổng hợp báo cáo Bộ Chính trị, Ban Bí thư theo quy định"))
g._cursor = s
t = task("Văn phòng Chính phủ theo dõi, đôn đốc", w("theo chức năng, nhiệm vụ được giao"), area="15")
g.actor(t, VP, "lead")
t = task("kịp thời báo cáo Thủ", w("những vấn đề đột xuất, phát sinh"), area="15")
g.actor(t, VP, "lead")
t = task("tổng hợp báo cáo Bộ Chính trị", w("Ban Bí thư theo quy định"), area="15")
g.actor(t, VP, "lead")

g.target_years(2025, 2026)

g.note("The site's summary block above the dispatch ('Theo đó, ... Thủ tướng Chính phủ yêu cầu: - Huy động ...') restates section 1 of the dispatch: it is the site's editorial content, not the dispatch, and holds no tasks; only the dispatch body (after 'THỦ TƯỚNG CHÍNH PHỦ điện:') is annotated. The footnotes [1], [2] and the page's closing boilerplate hold no tasks.")
g.note("Area titles: the dispatch rule 'first clause up to :' is applied literally, so area 1's title stops at the ':' that opens the list of provinces ('Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh'); paragraphs without ':' take their whole first sentence, markdown '**' marks included as they stand in the text.")
g.note("An area's opening sentence that ends in ':' and introduces numbered sub-items ('1. Bí thư ... tiếp tục phân công nhiệm vụ ... trong đó tập trung một số nhiệm vụ sau:') is itself a task when it directs something; its span runs to before that ':'. Its sub-items '(1)'...'(7)' are bullets: each opens a task, and each further sentence or verb-led ';' part inside a sub-item is a task of its own.")
g.note("Lead in dispatch sub-items: the body addressed by a numbered paragraph ('1. Bí thư ... : (1) ...', '5. Bộ trưởng Bộ Tài chính chủ trì: (1) ...') is the lead of each sub-item, inherited; it is 'lead', not 'assigned', because the paragraph makes it the subject of the directive (assigned is kept for the intro's addressees). The same addressee for a later sentence of a paragraph (no sub-items) is lead, inherited; for a ';' part of the paragraph's own first sentence it is lead, not inherited (it comes from the task's own sentence).")
g.note("The addressee 'Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng' is kept as one actor (one coordinated subject qualified by one list of named provinces), not generic since the provinces are named.")
g.note("Item '(5)' has lost its label in the source: the sentence 'Tổ chức điều phối tiếp nhận ...' after item (4) is read as item (5), a task of area 1 (its unclosed '(' is the source's). A deadline written at the end of one ';' part ('..., hoàn thành trước ngày 30/11/2025') belongs to that part only; in area 7 the lone '; hoàn thành trước ngày 30/11/2025' is not a task but the deadline of the clause before it ('Không để người dân thiếu nơi điều trị ...'). 'trong thời gian sớm nhất' is not a deadline (no date, no period).")
g.note("Bodies mobilised or directed by the lead to do the task ('chỉ đạo Quân khu 5 ...', 'huy động lực lượng quân đội, công an ... hỗ trợ', 'hướng dẫn, hỗ trợ các địa phương khôi phục ...', 'phân công nhiệm vụ cho từng đồng chí ... xuống tận phường, xã') are participants; unnamed resources ('các lực lượng, phương tiện') and beneficiaries ('Nhân dân', 'các tổ chức, cá nhân, doanh nghiệp bị thiệt hại') are not actors. WHO in 'liên hệ, làm việc với Tổ chức Y tế Thế giới (WHO) để thông tin ...' is the addressee of information: no role. In area 14 the plural 'các đồng chí Phó Thủ tướng Chính phủ' and each Deputy PM named after 'cụ thể:' are all leads.")
g.note("Outputs: a 'phương án' the task must have or produce ('có phương án cụ thể xử lý ...', 'phương án khắc phục cụ thể') is an output, as is what is to be issued ('Ban hành các chính sách cần thiết' gives 'các chính sách cần thiết') and the draft to be finalised and submitted ('dự thảo Nghị quyết của Chính phủ về ...'); a bare 'báo cáo X' (to report to X) gives no output. 'theo dõi thường xuyên' gives the deadline 'thường xuyên' (continuous). Deadline texts omit the verb before the trigger ('hoàn thành trước ngày ...' gives 'trước ngày ...'). Task spans keep markdown '**' that falls inside them.")
print(g.write("dev"))
