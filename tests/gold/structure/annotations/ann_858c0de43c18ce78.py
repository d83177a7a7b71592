# ruff: noqa
"""Structure gold for wild/858c0de43c18ce78.md: Công điện 226/CĐ-TTg (21/11/2025) of the Prime Minister on
managing and using national reserve goods to respond to the floods in the Central region (a Thư viện pháp luật page).

Decided by reading the text (docs/STRUCTURE-ANNOTATION.md); every offset comes from str.find in
structure_helpers (the local w() only recovers the exact spelling, line breaks included, of a phrase written
here with single spaces, so that str.find can place it)."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "858c0de43c18ce78.md", kind="dispatch")


w, task = g.spaced, g.spaced_task  # phrases quoted with single spaces (StructureGold.spaced)


g._cursor = g.text.find("THỦ TƯỚNG CHÍNH PHỦ điện") if "THỦ TƯỚNG CHÍNH PHỦ điện" in g.text else g.text.find("TƯỚNG CHÍNH PHỦ điện:")
assert g._cursor > 0
g._cursor = g.text.find("giải pháp sau:", g._cursor)
assert g._cursor > 0

BTC_CO = [("các Bộ, cơ quan liên quan", True), ("các địa phương", True)]


def group(t, leads, coord=BTC_CO, inherited=True):
    for n, gen in leads:
        g.actor(t, n, "lead", inherited=inherited, generic=gen)
    for n, gen in coord:
        g.actor(t, n, "coordinating", inherited=inherited, generic=gen)


# ---- 1. Bộ Tài chính ---------------------------------------------------------------------------------
L1 = [("Bộ Tài chính", False)]
g.area("1", w("Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương"))
t = task("Rà soát các mặt hàng dự trữ quốc gia bảo đảm", "mưa lũ, sạt lở...", area="1")
group(t, L1)
t = task("Tổng hợp nhu cầu về hàng dự trữ quốc gia", "sớm nhất có thể", area="1")
group(t, L1)
t = task("Chỉ đạo các đơn vị dự trữ quốc gia", "hàng dự trữ quốc gia 24/24", area="1")
group(t, L1)
g.actor(t, "các đơn vị dự trữ quốc gia", "participant", generic=True)
t = task("Tổ chức giao hàng đúng địa điểm", "trong quá trình vận chuyển, giao nhận", area="1")
group(t, L1)
t = task("Tiếp tục rà soát, hoàn thiện thể chế", "tình huống đột xuất, cấp bách", area="1")
group(t, L1)

# ---- 2. Bộ Quốc phòng, Bộ Công an --------------------------------------------------------------------
L2 = [("Bộ Quốc phòng", False), ("Bộ Công an", False)]
g.area("2", w("Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương"))
t = task("Rà soát các mặt hàng dự trữ quốc gia thuộc", "tìm kiếm cứu hộ, cứu nạn", area="2")
group(t, L2)
t = task("Huy động lực lượng, phương tiện", "phân phát hàng cứu trợ", area="2")
group(t, L2)

# ---- 3. Bộ Nông nghiệp và Môi trường, Bộ Y tế --------------------------------------------------------
L3 = [("Bộ Nông nghiệp và Môi trường", False), ("Bộ Y tế", False)]
g.area("3", w("Bộ Nông nghiệp và Môi trường, Bộ Y tế theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương"))
t = task("Chuẩn bị đầy đủ số lượng", "theo kế hoạch được giao", area="3")
group(t, L3)
t = task("tổng hợp nhu cầu hàng dự trữ quốc gia ngành", "theo thẩm quyền và quy định", area="3")
group(t, L3)
t = task("Chỉ đạo các đơn vị liên quan", "kịp thời, thuận tiện", area="3")
group(t, L3)
g.actor(t, "các đơn vị liên quan", "participant", generic=True)

# ---- 4. UBND các tỉnh, thành phố ---------------------------------------------------------------------
L4 = [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", True)]
g.area("4", w("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"))
t = task("Theo dõi sát diễn biến thiên tai", "sạt lở trên địa bàn", area="4")
group(t, L4, coord=[])
t = task("chủ động báo cáo, xác định chính xác", "xem xét xuất cấp, hỗ trợ theo quy định", area="4")
group(t, L4, coord=[])
t = task("Tổ chức tiếp nhận, quản lý và sử dụng", "đúng mục đích, đúng đối tượng", area="4")
group(t, L4, coord=[])
t = task("Chỉ đạo các cấp chính quyền cơ sở", "thất thoát, lãng phí", area="4")
group(t, L4, coord=[])
g.actor(t, "các cấp chính quyền cơ sở", "participant", generic=True)

# ---- 5. Phó Thủ tướng --------------------------------------------------------------------------------
s = g.text.find("Giao Phó Thủ tướng Hồ Đức Phớc", g._cursor)
g.area("5", w("Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo, đôn đốc, kiểm tra, các Bộ, cơ quan, địa phương trong quá trình thực hiện Công điện này"))
g._cursor = s
t = task("Giao Phó Thủ tướng Hồ Đức Phớc", "trong quá trình thực hiện Công điện này", area="5")
g.actor(t, "Phó Thủ tướng Hồ Đức Phớc", "lead")
g.actor(t, "các Phó Thủ tướng", "lead", generic=True)
g.actor(t, "các Bộ, cơ quan, địa phương", "participant", generic=True)

# ---- 6. Văn phòng Chính phủ --------------------------------------------------------------------------
s = g.text.find("Văn phòng Chính phủ theo chức năng", g._cursor)
g.area("6", w("Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện Công điện này, báo cáo cấp có thẩm quyền những vấn đề vượt thẩm quyền"))
g._cursor = s
t = task("Văn phòng Chính phủ theo chức năng", "những vấn đề vượt thẩm quyền", area="6")
g.actor(t, "Văn phòng Chính phủ", "lead")

# no deadline and no horizon: 'Trong tháng 11 năm 2025' dates past events, '24/24' is round the clock
g.target_years()

g.note("The site's summary block above the dispatch ('Ngày 21/11/2025, Thủ tướng ... Trong đó, Bộ Tài chính có nhiệm vụ chủ trì ...: - Rà soát ...') restates the dispatch: it is the site's editorial content and holds no tasks; only the dispatch body (after 'THỦ TƯỚNG CHÍNH PHỦ điện:') is annotated. The footnote [1] and the page's closing boilerplate hold no tasks.")
g.note("The intro 'Thủ tướng Chính phủ yêu cầu các Bộ trưởng, ..., Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ... tập trung thực hiện ngay các nhiệm vụ, giải pháp sau:' is not a task (it only announces the list), and its addressees are not added as 'assigned' because every task has a lead of its own from its numbered paragraph.")
g.note("Dispatch group lines: the body addressed by a numbered paragraph that opens a list of a), b) items ('1. Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương: a) ...', '4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: a) ...') is the lead of every item, inherited; the bodies after 'phối hợp với' on that line coordinate every item, inherited. 'các Bộ, cơ quan liên quan và các địa phương' is two actors ('các Bộ, cơ quan liên quan'; 'các địa phương'). Two bodies named together as subject ('Bộ Quốc phòng, Bộ Công an ... chủ trì') are both leads.")
g.note("Each sentence and each verb-led ';' part inside an item a), b) is a task of its own (c) of area 1, a) and b) of areas 3 and 4 give two tasks each). Bodies directed by the lead ('Chỉ đạo các đơn vị dự trữ quốc gia ...', 'Chỉ đạo các cấp chính quyền cơ sở ...', 'chỉ đạo, đôn đốc, kiểm tra các Bộ, cơ quan, địa phương') are participants; 'các Bộ, cơ quan' in 'đề xuất, kiến nghị gửi các Bộ, cơ quan xem xét' and 'cấp có thẩm quyền' in 'báo cáo cấp có thẩm quyền' are addressees (no role). Area 5's and 6's titles are their whole (only) sentence, as the paragraph has no ':'.")
g.note("'24/24' (round the clock) is not a deadline; the text sets no deadline and no horizon year, so target_years is empty.")
g.note("A sentence ending in an ellipsis ('... mưa lũ, sạt lở...') keeps the ellipsis in its span: the dots are the source's 'etc.', not a closing full stop to drop.")
print(g.write("dev"))
