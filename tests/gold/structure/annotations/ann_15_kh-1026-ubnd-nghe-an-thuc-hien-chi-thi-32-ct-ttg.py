# ruff: noqa
"""Structure gold for Kế hoạch 1026/KH-UBND (26/11/2025) of the Nghệ An provincial People's Committee,
implementing Chỉ thị 32/CT-TTg on protecting state secrets (real corpus, 15_kh-1026-...txt).

Annotated by reading the text only; every offset comes from str.find through structure_helpers (never
typed by hand).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("real", "15_kh-1026-ubnd-nghe-an-thuc-hien-chi-thi-32-ct-ttg.txt", kind="plan")

CA = "Công an tỉnh"
BCH = "Bộ Chỉ huy Quân sự tỉnh"
CQDV = "các cơ quan, đơn vị có liên quan"

# ---------------------------------------------------------------- II. NỘI DUNG TRỌNG TÂM
# (I. MỤC ĐÍCH, YÊU CẦU states aims only: not an area, no tasks.)
g.area("II", "NỘI DUNG TRỌNG TÂM", after="**II. ")

# II 1.
g.task("Tổ chức rà soát, đánh giá tất cả", "nâng cao hiệu quả công tác\nbảo vệ bí mật nhà nước", area="II", after="**1.** ")

# II 2.
g.task("Nâng cao vai trò, trách nhiệm của người", "với công tác bảo vệ chính trị nội\nbộ", area="II", after="**2.** ")
g.task("nâng cao nhận thức, gắn trách nhiệm", "với tổ chức, cá nhân nước\nngoài", area="II")
g.task("Tiếp tục đổi mới hình thức, biện pháp tuyên truyền", "trọng điểm, không dàn trải, hình thức", area="II")

# II 3.
t = g.task("Thường xuyên rà soát, kịp thời tham mưu", "danh mục bí mật nhà nước", area="II", after="**3.** ")
g.deadline(t, "Thường xuyên", None, "continuous")
g.task("chủ động rà soát, xác định thời hạn bảo vệ", "gia hạn\nthời hạn bảo vệ bí mật nhà nước", area="II")
g.task("Tăng cường công tác tự kiểm tra, xử lý nghiêm", "thi đua khen thưởng hàng năm của đơn vị", area="II")

# II 4.
g.task("Thực hiện việc kiểm định, kiểm tra an", "cơ mật, nơi lưu trữ bí mật nhà nước", area="II", after="**4.** ")
g.task("Chấp hành nghiêm các quy định của pháp", "quá trình sắp xếp, tinh gọn bộ máy", area="II")
g.task("không\nđể xảy ra tình trạng lộ, mất bí mật nhà nước", "và pháp luật có liên quan", area="II")

# II 5.
g.task("Củng cố, kiện toàn Ban Chỉ đạo công tác", "thường trực Ban Chỉ đạo là Công an\ntỉnh", area="II", after="**5.** ")

# II 6.
g.task("Bố trí nguồn lực để đầu tư hệ thống trang", "nâng cấp cơ\nsở hạ tầng công nghệ thông tin", area="II", after="**6.** ")
g.task("triển khai sản phẩm mật mã và giải pháp cơ yếu", "để bảo vệ thông tin bí mật nhà nước", area="II")
g.task("Đào tạo, bổ sung đội ngũ nhân lực chất", "chuyển đổi số quốc\ngia", area="II")
t = g.task("Xây dựng chính sách đặc thù về thu hút", "ổn định lâu dài của lực lượng này", area="II")
g.output(t, "chính sách đặc thù về thu hút, đào tạo và đãi ngộ đối với đội ngũ\ncán bộ làm công tác cơ yếu, bảo vệ bí mật nhà nước")

# ---------------------------------------------------------------- III. PHÂN CÔNG NHIỆM VỤ
g.area("III", "PHÂN CÔNG NHIỆM VỤ", after="**III. ")

# III 1. Công an tỉnh
g.area("III.1", "Công an tỉnh", after="**1. ")
t = g.task("Chủ trì, phối hợp với các cơ quan, đơn vị có liên\nquan tham mưu Chủ tịch", "Cơ quan Thường trực Ban Chỉ đạo\nbảo vệ bí mật nhà nước tỉnh", area="III.1", after="- ")
g.actor(t, CA, "lead", inherited=True)
g.actor(t, CQDV, "coordinating", generic=True)
t = g.task("tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế", "bảo đảm đồng bộ,\nchặt chẽ, hiệu quả", area="III.1")
g.actor(t, CA, "lead", inherited=True)
g.actor(t, CQDV, "coordinating", generic=True)

t = g.task("Tiếp tục tăng cường công tác quản lý nhà nước về\nbảo vệ bí mật nhà nước, trong đó", "trong thực tiễn", area="III.1", after="- ")
g.actor(t, CA, "lead", inherited=True)
t = g.task("Đẩy mạnh công tác thanh tra, kiểm tra", "từ sớm, từ xa", area="III.1")
g.actor(t, CA, "lead", inherited=True)
t = g.task("điều tra, xử lý nghiêm vi phạm về bảo vệ bí mật nhà nước", area="III.1")
g.actor(t, CA, "lead", inherited=True)

t = g.task("Phối hợp tiến hành kiểm định, kiểm tra an ninh", "hoạt động chuyên môn, nghiệp vụ cơ yếu", area="III.1", after="- ")
g.actor(t, CA, "coordinating", inherited=True)

t = g.task("Tăng cường tổ chức tập huấn, bồi dưỡng về công", "hoạt động làm lộ, mất bí mật nhà nước", area="III.1", after="- ")
g.actor(t, CA, "lead", inherited=True)

t = g.task("Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉnh", "ổn định lâu dài của lực lượng này", area="III.1", after="- ")
g.actor(t, CA, "lead", inherited=True)
g.actor(t, BCH, "coordinating")
g.actor(t, "sở, ngành có liên quan", "coordinating", generic=True)
g.output(t, "chính sách đặc thù về thu hút, đào tạo và đãi\nngộ đối với đội ngũ cán bộ làm công tác cơ yếu, bảo vệ bí mật nhà nước")

t = g.task("Tham mưu làm tốt công tác sơ, tổng kết", "bảo vệ bí mật nhà nước trong tình hình mới", area="III.1", after="- ")
g.actor(t, CA, "lead", inherited=True)
t = g.task("Đề xuất biểu dương,\nkhen thưởng các tập thể, cá nhân có thành tích xuất sắc", area="III.1")
g.actor(t, CA, "lead", inherited=True)

# III 2. Bộ Chỉ huy Quân sự tỉnh
g.area("III.2", "Bộ Chỉ huy Quân sự tỉnh", after="**2. ")
t = g.task("Tiếp tục tăng cường công tác quản lý nhà nước về\nbảo vệ bí mật nhà nước thuộc phạm vi", "cho cán bộ, chiến sỹ trong lực lượng", area="III.2", after="- ")
g.actor(t, BCH, "lead", inherited=True)
t = g.task("Phối hợp chặt chẽ với Công an tỉnh", "phù hợp với thực tiễn", area="III.2", after="- ")
g.actor(t, BCH, "lead", inherited=True)
g.actor(t, CA, "coordinating")
g.actor(t, CQDV, "coordinating", generic=True)
t = g.task("Nâng cao hiệu\nquả công tác phòng ngừa và điều tra", "các hoạt động làm lộ, mất bí mật nhà nước", area="III.2")
g.actor(t, BCH, "lead", inherited=True)
t = g.task("chủ trì tiến hành kiểm định, kiểm\ntra an ninh", "trước khi đưa\nvào sử dụng", area="III.2")
g.actor(t, BCH, "lead", inherited=True)

# III 3. Sở Khoa học và Công nghệ
KHCN = "Sở Khoa học và Công nghệ"
g.area("III.3", KHCN, after="**3. ")
t = g.task("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan,\ntham mưu UBND tỉnh", "hạ tầng khoa học, kỹ thuật, công\nnghệ thông tin", area="III.3")
g.actor(t, KHCN, "lead", inherited=True)
g.actor(t, CQDV, "coordinating", generic=True)
t = g.task("tăng cường đổi mới sáng tạo nghiên cứu", "trong việc số hóa tài liệu bí mật nhà nước", area="III.3")
g.actor(t, KHCN, "lead", inherited=True)
g.actor(t, CQDV, "coordinating", generic=True)
t = g.task("Nghiên cứu, xây dựng và ban hành quy chuẩn", "chuyển đối số trong tình hình hiện nay", area="III.3")
g.actor(t, KHCN, "lead", inherited=True)
g.output(t, "quy chuẩn, tiêu chuẩn kỹ thuật về hạ tầng bảo\nmật")

# III 4. Sở Nội vụ
SNV = "Sở Nội vụ"
SNGDV = "các sở, ngành, đơn vị có liên\nquan"
g.area("III.4", SNV, after="**4. ")
t = g.task("Chủ trì, phối hợp với các sở, ngành, đơn vị có liên", "văn thư, lưu trữ", area="III.4")
g.actor(t, SNV, "lead", inherited=True)
g.actor(t, SNGDV, "coordinating", generic=True)
t = g.task("xây dựng tiêu\nchí đánh giá, phân loại", "vi phạm về bảo vệ bí mật nhà nước", area="III.4")
g.actor(t, SNV, "lead", inherited=True)
g.actor(t, SNGDV, "coordinating", generic=True)
g.output(t, "tiêu\nchí đánh giá, phân loại, xếp loại thi đua đối với cơ quan, tổ chức, cá nhân có\nthành tích hoặc vi phạm về bảo vệ bí mật nhà nước")

# III 5. Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường
g.area("III.5", "Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND\ncác xã, phường", after="**5. ")
SBN = "Các sở, ban, ngành, đoàn thể cấp tỉnh"
UBX = "UBND các xã, phường"


def iii5(t):
    g.actor(t, SBN, "lead", inherited=True, generic=True)
    g.actor(t, UBX, "lead", inherited=True, generic=True)


iii5(g.task("Tiếp tục phổ biến, quán triệt, triển khai có hiệu", "bí mật nhà nước trên địa bàn tỉnh Nghệ An năm 2025...", area="III.5", after="- "))
iii5(g.task("Thực hiện nghiêm túc quy trình công tác bảo vệ bí\nmật nhà nước", area="III.5", after="- "))
iii5(g.task("tăng cường công tác tự kiểm tra, đánh giá", "để có giải pháp chấn chỉnh, khắc phục", area="III.5"))
iii5(g.task("nâng\ncao ý thức, trách nhiệm của cán bộ", "làm lộ, mất bí mật nhà nước", area="III.5"))
iii5(g.task("Đề xuất với các cơ quan chức năng kiểm định", "nơi lưu trữ bí mật nhà nước", area="III.5", after="- "))
iii5(g.task("có giải pháp bố trí nguồn lực", "mạng trong nội bộ cơ quan, đơn vị", area="III.5"))

# III 6. (numbered paragraph without a heading: held directly by III)
t = g.task("Đề nghị Văn phòng Tỉnh ủy", "theo quy định của pháp luật hiện hành", area="III", after="**6.** ")
for name, generic in [
    ("Văn phòng Tỉnh ủy", False),
    ("các Ban Xây\ndựng Đảng", True),
    ("Ủy ban Kiểm tra Tỉnh ủy", False),
    ("Văn phòng Đoàn đại biểu Quốc hội và HĐND\ntỉnh", False),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", False),
    ("Viện kiểm sát nhân dân tỉnh", False),
    ("Tòa\nán nhân dân tỉnh", False),
    ("Thuế tỉnh", False),
    ("Kiểm toán nhà nước khu vực II", False),
    ("Kho bạc nhà nước\nkhu vực XI", False),
    ("Ngân hàng nhà nước khu vực 8", False),
    ("Chi cục Hải quan khu vực XI", False),
]:
    assert name in t["text"], name
    g.actor(t, name, "participant", generic=generic)

# ---------------------------------------------------------------- IV. TỔ CHỨC THỰC HIỆN
g.area("IV", "TỔ CHỨC THỰC HIỆN", after="**IV. ")
t = g.task("Căn cứ kế hoạch này, Giám đốc các Sở", "(qua Phòng An ninh chính trị nội bộ)", area="IV", after="**1.** ")
g.actor(t, "Giám đốc các Sở", "lead", generic=True)
g.actor(t, "Thủ\ntrưởng các ngành, cơ quan cấp tỉnh", "lead", generic=True)
g.actor(t, UBX, "lead", generic=True)
g.actor(t, CQDV, "lead", generic=True)
g.output(t, "kế hoạch cụ thể để triển khai thực hiện")

VP = "Văn\nphòng UBND tỉnh"
t = g.task("Giao Công an tỉnh chủ trì", "đôn đốc việc triển khai thực\nhiện Kế hoạch này", area="IV", after="2. ")
g.actor(t, CA, "lead")
g.actor(t, VP, "coordinating")
t = g.task("định kỳ báo cáo kết quả thực hiện về Bộ Công an, UBND tỉnh\ntheo quy định", area="IV")
g.actor(t, CA, "lead")
g.actor(t, VP, "coordinating")

# ---------------------------------------------------------------- target years: none
# The only years are dates of issue and the years in the titles of cited plans (năm 2025).

g.note("I. MỤC ĐÍCH, YÊU CẦU lists aims (its items read like directives but no body is asked and they restate "
       "the purpose): not an area, no tasks.")
g.note("Numbered paragraphs without a heading of their own ('**1.** Tổ chức rà soát ...' under II, '**6.** Đề "
       "nghị ...' under III, '1.'/'2.' under IV) are not headings: their tasks belong to the enclosing roman "
       "heading (area 'II', 'III', 'IV'). So III is an area (it holds item 6 directly) besides its headed "
       "subsections III.1-III.5; the dispatch rule (a numbered paragraph as area) was not applied to a plan.")
g.note("II. NỘI DUNG TRỌNG TÂM: the directives name no body and the intro addresses no one (UBND tỉnh only "
       "issues the plan), so its tasks have no actors; the bodies listed in II.5 are members of the Ban Chỉ đạo, "
       "not actors; 'đề xuất các bộ, ban, ngành Trung ương và Chính phủ' (II.3) is an addressee, no role.")
g.note("A heading naming one body ('1. Công an tỉnh', '4. Sở Nội vụ') followed by its tasks makes that body the "
       "subject of each task: role lead (inherited), as in 'Sở Nội vụ: ...'; not 'assigned', which is kept for "
       "an intro addressing a group of bodies. Heading III.5 names two bodies (the provincial departments etc., "
       "UBND các xã, phường): two generic leads.")
g.note("'Phối hợp ...' with no partner (III.1 '- Phối hợp tiến hành kiểm định ...') makes the heading body "
       "coordinating; 'Phối hợp chặt chẽ với Công an tỉnh và ...' (III.2) keeps the heading body as the "
       "clause's subject (lead, inherited) and the bodies after 'với' coordinating, per the literal rule.")
g.note("A clause split off after ';' inside a sentence that opens 'Chủ trì, phối hợp với X ...' / 'Giao Y chủ "
       "trì, phối hợp với X ...' keeps X as coordinating (and Y as lead) when it names no body of its own: the "
       "frame governs the whole sentence; these actors come from the task's own sentence, so inherited false "
       "(the heading's lead stays inherited true).")
g.note("Parts after ';' that open with a noun subject rather than a verb or an actor are not split, per the "
       "rule: II.4 '; việc số hóa tài liệu ... phải bảo đảm ...' stays with the 'không để xảy ra ...' task, "
       "and IV.1 '; kết quả thực hiện báo cáo về Công an tỉnh ...' stays with its task, although each is a "
       "distinct obligation. 'không để xảy ra ...' and 'có giải pháp ...', 'định kỳ báo cáo ...' count as "
       "opening with a verb.")
g.note("II.5: the period in 'Sở Tài chính. Sở Tư pháp' is a typo for a comma inside the list of members: the "
       "task runs to 'thường trực Ban Chỉ đạo là Công an tỉnh'. The ';' inside the composition list after "
       "'bao gồm:' elaborate, no split.")
g.note("A trailing ellipsis ('... năm 2025...' closing III.5's first bullet) is kept in the span: it means "
       "'etc.', it is not a sentence's closing period; a space before a closing period ('trong thực tiễn .') "
       "is trimmed.")
g.note("Deadlines: 'Thường xuyên' opening II.3 is continuous; 'hàng năm' in 'công tác thi đua khen thưởng hàng "
       "năm' qualifies the emulation, not the task, so no deadline; 'ngay' (II.1 'tổ chức thực hiện ngay') "
       "is not recorded; 'định kỳ báo cáo' (IV.2) has no stated period and no value fits ('recurring' needs "
       "yearly/quarterly/...), so it is not recorded: the conventions should say how to encode an unspecified "
       "'định kỳ'.")
g.note("Outputs: a policy or set of criteria or standards the task must build is an output ('chính sách đặc thù "
       "...', 'quy chuẩn, tiêu chuẩn kỹ thuật ...', 'tiêu chí đánh giá ...', 'kế hoạch cụ thể ...'); amending or "
       "replacing the existing Quyết định 15/2021/QĐ-UBND and 46/2002/QĐ-UBND names no new document, so no "
       "output; routine reports ('báo cáo kết quả thực hiện') and 'tham mưu ... các giải pháp' are not outputs.")
g.note("Bodies advised ('tham mưu Chủ tịch UBND tỉnh', 'tham mưu UBND tỉnh') or proposed to ('Đề xuất với các "
       "cơ quan chức năng') or reported to (Công an tỉnh, Phòng An ninh chính trị nội bộ, Bộ Công an, UBND tỉnh) "
       "have no role. Bodies named only as scope ('do Bộ Quốc phòng quản lý', 'do Ban Cơ yếu Chính phủ cung "
       "cấp') are not actors.")
g.note("III.6: 'Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy' is read as three "
       "bodies; 'Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh' is one (the joint office). All are asked "
       "('Đề nghị'): participant.")
g.note("No target years: the plan sets no horizon; the only years are dates of issue and the years in titles "
       "of cited plans ('năm 2025').")

print(g.write("dev"))
