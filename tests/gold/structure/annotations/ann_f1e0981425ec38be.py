# ruff: noqa
"""Structure gold for wild/f1e0981425ec38be.md: Quyết định 2954/QĐ-UBND (20/11/2025) of the Sơn La provincial
People's Committee issuing the "Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030".

Annotated by reading the text (docs/STRUCTURE-ANNOTATION.md). Phrases are written here with whitespace
collapsed; `raw()` maps each one to the exact text (its line breaks) found next in reading order, and every
offset then comes from str.find in structure_helpers.StructureGold, never typed by hand.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from structure_helpers import StructureGold

g = StructureGold("wild", "f1e0981425ec38be.md", kind="plan")
TEXT = g.text


def raw(phrase, start=None):
    """The exact text of a whitespace-collapsed phrase, the next occurrence from `start` (default: cursor)."""
    pos = g._cursor if start is None else start
    pat = r"\s+".join(re.escape(w) for w in phrase.split())
    m = re.compile(pat).search(TEXT, pos)
    assert m, f"not found after {pos}: {phrase!r}"
    return m.group(0)


def A(ordinal, title, after=None):
    if after is not None:
        at = TEXT.find(after, g._cursor)
        assert at >= 0, after
        g._cursor = at + len(after)
    return g.area(ordinal, raw(title))


def T(first, last=None, area=None):
    f = raw(first)
    s = TEXT.find(f, g._cursor)
    l = raw(last, s) if last else None
    return g.task(f, l, area=area)


def act(t, name, role, inherited=False, generic=False):
    g.actor(t, name, role, inherited=inherited, generic=generic)


def D(t, phrase, value, precision):
    g.deadline(t, raw(phrase, t["start"]), value, precision)


def D_at(t, phrase, value, precision, start):
    g.deadline(t, raw(phrase, start), value, precision, start=start)


def O(t, phrase):
    g.output(t, raw(phrase, t["start"]))


# canonical names (same body, same name throughout the file)
SCT = "Sở Công Thương"
SNN = "Sở Nông nghiệp và Môi trường"
STC = "Sở Tài chính"
SKH = "Sở Khoa học và Công Nghệ"
CAT = "Công an tỉnh"
SNV = "Sở Ngoại Vụ"
TTXT = "Trung tâm Xúc tiến đầu tư, thương mại và du lịch"
XA = "UBND các xã, phường"
SN = "các sở, ngành"
SBN = "các sở, ban, ngành"
CQ = "các cơ quan, đơn vị có liên quan"
DV = "các đơn vị có liên quan"


def inh(t, actors):
    for name, role, generic in actors:
        act(t, name, role, inherited=True, generic=generic)


# ---------------------------------------------------------------- the Decision (no area)
t = T("Giao Sở Công Thương chủ trì, phối hợp với các Sở", "triển khai thực hiện Kế hoạch này")
act(t, SCT, "lead")
act(t, "các Sở, ban, ngành của tỉnh", "coordinating", generic=True)
act(t, XA, "coordinating", generic=True)
act(t, "các cơ quan, đơn vị", "coordinating", generic=True)
act(t, "các doanh nghiệp, hợp tác xã có liên quan", "coordinating", generic=True)

t = T("Chánh Văn phòng UBND tỉnh; Giám đốc", "chịu trách nhiệm thi hành quyết định này")
act(t, "Chánh Văn phòng UBND tỉnh", "lead")
act(t, "Giám đốc Sở Công Thương", "lead")
act(t, "Thủ trưởng các Sở, ngành, cơ quan thuộc tỉnh", "lead", generic=True)
act(t, "Chủ tịch Ủy ban nhân dân các xã, phường", "lead", generic=True)
act(t, "các tổ chức, cá nhân liên quan", "lead", generic=True)

# ---------------------------------------------------------------- II.3 Phát triển dịch vụ hỗ trợ xuất khẩu
a = A("II.3", "Phát triển dịch vụ hỗ trợ xuất khẩu")
T("Tiếp tục cải thiện môi trường đầu tư", "cho các doanh nghiệp tham gia sản xuất, kinh doanh", a)
T("Đơn giản hóa, minh bạch và công khai thủ tục hành chính", None, a)
t = T("Ban hành và triển khai sâu sát, đồng bộ các chính sách hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã", None, a)
O(t, "các chính sách hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã")
T("có các chính sách khuyến khích việc tăng cường liên kết", "cần tăng cường liên kết và hợp tác với nhau", a)
T("Phát huy vai trò của các Hội, Hiệp hội ngành hàng", "cho hoạt động sản xuất kinh doanh của các doanh nghiệp", a)
T("Xây dựng mô hình đơn vị thu gom, sơ chế, phân loại, đóng gói, bảo quản tiêu thụ, xuất khẩu", None, a)
T("tăng cường công tác kiểm tra, giám sát chất lượng", "giữ vững và khẳng định danh tiếng trên thị trường", a)
t = T("Tiếp tục thu hút, khuyến khích, hỗ trợ các nhà đầu tư, các doanh nghiệp đầu tư nhà máy chế biến nông sản", None, a)
act(t, "các nhà đầu tư", "participant", generic=True)
act(t, "các doanh nghiệp", "participant", generic=True)
T("Hỗ trợ mô hình sơ chế, chế biến, đóng gói, bảo quản nông sản để xuất khẩu", None, a)
T("Xây dựng chỉ dẫn địa lý, nhãn hiệu sản phẩm", "(xoài, nhãn, cà phê, chè…)", a)
T("Hỗ trợ các doanh nghiệp, HTX trên địa bàn tỉnh quảng bá", "xúc tiến thương mại trong nước và quốc tế", a)
T("ứng dụng thương mại điện tử, thông qua đó", "truy xuất hàng hóa trong quá trình cung ứng", a)

# ---------------------------------------------------------------- III.1 .. III.5 Giải pháp
a = A("III.1", "Xây dựng vùng nguyên liệu phục vụ xuất khẩu")
T("Xây dựng vùng nguyên liệu đáp ứng nhu cầu thị trường và xuất khẩu", None, a)
T("Quản lý chặt chẽ quy trình kỹ thuật chăm sóc", "sơ chế, chế biến nông sản", a)
T("tăng cường hoạt động giám sát đối với mã số vùng trồng", "cấp các mã vùng trồng mới", a)
T("Quản lý quy trình sản xuất nông nghiệp an toàn (VietGAP, GlobalGAP)", None, a)
T("Đẩy mạnh thực hiện liên kết sản xuất với nhu cầu thị trường", "chế biến, tiêu thụ, xuất khẩu", a)
T("hình thành các chuỗi sản xuất nông sản bền vững", None, a)
T("Tập trung tổ chức tập huấn, đào tạo nâng cao kỹ thuật", "cho lao động các doanh nghiệp, HTX", a)

a = A("III.2", "Đẩy mạnh xúc tiến thương mại, mở rộng thị trường xuất khẩu")
T("Duy trì, củng cố, mở rộng thị trường truyền thống", "với các sản phẩm trái cây tươi", a)
T("mở rộng, phát triển các thị trường tiềm năng", "tập trung cho nhóm các sản phẩm nông sản chế biến", a)
t1 = T("Hàng năm, xây dựng kế hoạch xúc tiến thương mại và phát triển thương mại điện tử của tỉnh", None, a)
HN = t1["start"]
D(t1, "Hàng năm", "yearly", "recurring")
O(t1, "kế hoạch xúc tiến thương mại và phát triển thương mại điện tử của tỉnh")
t = T("tổ chức chuỗi sự kiện quảng bá, xúc tiến tiêu thụ, xuất khẩu", None, a)
D_at(t, "Hàng năm", "yearly", "recurring", HN)
t = T("Kết hợp chặt chẽ với các cơ quan thông tin truyền thông", "các sự kiện xúc tiến tiêu thụ nông sản tỉnh Sơn La", a)
act(t, "các cơ quan thông tin truyền thông, báo chí trung ương và địa phương", "coordinating", generic=True)
D_at(t, "Hàng năm", "yearly", "recurring", HN)
t = T("Duy trì phối hợp với các Bộ, ngành Trung ương", "hỗ trợ tiêu thụ, xuất khẩu nông sản", a)
act(t, "các Bộ, ngành Trung ương", "coordinating", generic=True)
act(t, "UBND các tỉnh/thành phố", "coordinating", generic=True)
t = T("Khuyến khích, tạo điều kiện cho các doanh nghiệp, HTX", "triển lãm thương mại quốc tế trong và ngoài nước", a)
act(t, "các doanh nghiệp, HTX", "participant", generic=True)
T("Tăng cường liên kết với các doanh nghiệp xuất khẩu", "để xuất khẩu nông sản", a)
T("Đẩy mạnh phát triển và ứng dụng thương mại điện tử", "giảm thiểu các chi phí quảng bá, giới thiệu khác", a)
T("Tổ chức đoàn công tác đi khảo sát thị trường", "xuất khẩu các sản phẩm nông sản của tỉnh", a)
T("Tổ chức, tham gia các hội nghị kết nối cung cầu", "đẩy mạnh tiêu thụ, xuất khẩu nông sản", a)
T("hình thành và phát triển chuỗi liên kết tiêu thụ nông sản bền vững", None, a)
T("Hỗ trợ xây dựng thương hiệu trong nước và nước ngoài", "thương hiệu doanh nghiệp và thương hiệu sản phẩm", a)
T("ứng dụng công nghệ trong sản xuất và đảm bảo", "với chi phí sản xuất thấp", a)
t = T("Xây dựng ấn phẩm, Video - clip", "kết nối tiêu thụ trong nước và xuất khẩu", a)
O(t, "ấn phẩm, Video - clip")
T("hỗ trợ, tư vấn cho doanh nghiệp, HTX thiết kế mẫu mã", "quy định nhập khẩu tại thị trường nước ngoài", a)

a = A("III.3", "Nâng cao năng lực đơn vị thu gom và dịch vụ hỗ trợ xuất khẩu")
T("Tổ chức tập huấn, hướng dẫn các doanh nghiệp, HTX sản xuất", "hợp đồng kinh tế với các đơn vị xuất khẩu", a)
T("triển khai đồng bộ từ khâu chăm sóc", "bảo quản, tiêu thụ và xuất khẩu", a)
T("Xây dựng mô hình, hình thành và phát triển các đơn vị thu gom", "bao tiêu và ký kết với đơn vị chế biến, xuất khẩu", a)
T("Xây dựng cơ sở đóng gói đáp ứng tiêu chuẩn của nước nhập khẩu", None, a)
T("Tổ chức tập huấn nâng cao nhận thức", "sơ chế, chế biến hàng hóa xuất khẩu", a)
T("Tăng cường sử dụng các dịch vụ hỗ trợ sản xuất và kinh doanh", "đặc biệt là các doanh nghiệp vừa và nhỏ", a)

a = A("III.4", "Thu hút đầu tư cơ sở sơ chế, chế biến, xuất khẩu")
T("Tạo môi trường đầu tư hấp dẫn", "nâng cao giá trị của sản phẩm tham gia xuất khẩu", a)

a = A("III.5", "Thực hiện cơ chế, chính sách")
T("Tiếp tục thực hiện cải cách hành chính", "cải thiện môi trường pháp lý, hệ thống tín dụng", a)
T("đơn giản hóa và rút ngắn thời gian giải quyết các thủ tục", "thủ tục về đăng ký thuế và kê khai thuế", a)
T("Hỗ trợ các ngành xuất khẩu thu hút nhiều lao động: Dệt may, da giày, nông sản...", None, a)
T("giải quyết hài hòa giữa tăng trưởng xuất khẩu", "nhất là công nghệ thân thiện với môi trường", a)
T("khuyến khích áp dụng quy trình sản xuất thân thiện với môi trường", None, a)
T("Triển khai có hiệu quả, lồng ghép các chính sách", "đúng đối tượng, phát huy hiệu quả chính sách", a)

# ---------------------------------------------------------------- IV Kinh phí (its 1. assigns a task)
a = A("IV", "KINH PHÍ")
t = T("Hàng năm, căn cứ vào nội dung kế hoạch", "trình UBND tỉnh xem xét, phê duyệt", a)
act(t, SN, "lead", generic=True)  # written "các sở ngành"
act(t, XA, "lead", generic=True)
D(t, "Hàng năm", "yearly", "recurring")
O(t, "dự toán kinh phí")

# ---------------------------------------------------------------- V Tổ chức thực hiện
# V.1 Sở Công Thương
a = A("V.1.a", "Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan",
      after="Công Thương**")
H1A = [(SCT, "lead", False), (SBN, "coordinating", True), (XA, "coordinating", True), (CQ, "coordinating", True)]
t = T("Là cơ quan đầu mối chủ trì tổ chức thực hiện", "nội dung và tiến độ Kế hoạch này", a)
act(t, SCT, "lead", inherited=True)
act(t, SBN, "participant", generic=True)
act(t, XA, "participant", generic=True)
act(t, CQ, "coordinating", inherited=True, generic=True)
t = T("Tổ chức chương trình tập huấn kiến thức", "chuyển đổi số trong hoạt động xúc tiến thương mại", a); inh(t, H1A)
t = T("Tổ chức, tham gia các hoạt động kết nối giao thương", "tại các hội chợ thương mại trong nước*)", a); inh(t, H1A)
t = T("Tham mưu phát triển công nghiệp bảo quản, chế biến nông lâm thủy sản", None, a); inh(t, H1A)
t = T("khuyến khích phát triển công nghiệp chế biến sâu, chế biến tinh, chế biến công nghệ cao", None, a); inh(t, H1A)
t = T("Chú trọng phát triển công nghiệp phụ trợ", "khả năng cạnh tranh của sản phẩm", a); inh(t, H1A)

a = A("V.1.b", "Phối hợp với các sở, ngành, UBND các xã, phường")
H1B = [(SCT, "lead", False), (SN, "coordinating", True), (XA, "coordinating", True)]
t = T("Hỗ trợ các nhà đầu tư, các tập đoàn lớn đến đầu tư phát triển hạ tầng thương mại", "vùng nguyên liệu nông nghiệp…", a); inh(t, H1B)
t = T("phát triển các dịch vụ logistics gắn với vùng sản xuất, kinh doanh nông nghiệp", None, a); inh(t, H1B)
t = T("Thực hiện có hiệu quả, trọng tâm, trọng điểm", "thương mại điện tử tỉnh Sơn La năm 2025", a); inh(t, H1B)
t = T("nghiên cứu việc thực hiện các hoạt động xúc tiến thương mại tại nước ngoài", "tham gia các hoạt động thương mại điện tử", a); inh(t, H1B)
act(t, "doanh nghiệp, HTX của tỉnh", "participant", generic=True)

# V.2 Sở Nông nghiệp và Môi trường
a = A("V.2.a", "Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan",
      after="Nông nghiệp và Môi trường**")
H2A = [(SNN, "lead", False), (SBN, "coordinating", True), (XA, "coordinating", True), (CQ, "coordinating", True)]
t = T("Hướng dẫn doanh nghiệp và HTX trên địa bàn tỉnh áp dụng", "theo yêu cầu của thị trường trong nước và xuất khẩu", a); inh(t, H2A)
t = T("Đẩy mạnh xây dựng, phát triển các vùng sản xuất trái cây", "chuỗi cung ứng nông sản an toàn… trên địa bàn tỉnh", a); inh(t, H2A)
t = T("Nghiên cứu, tham mưu với UBND tỉnh việc hỗ trợ doanh nghiệp", "thúc đẩy hoạt động xuất khẩu sản phẩm của tỉnh", a); inh(t, H2A)

a = A("V.2.b", "Phối hợp với các sở, ngành, UBND các xã, phường")
H2B = [(SNN, "lead", False), (SN, "coordinating", True), (XA, "coordinating", True)]
t = T("Tổ chức, khuyến khích doanh nghiệp, Hợp tác xã tham gia", "tập trung vào các sản phẩm nông sản, thực phẩm", a); inh(t, H2B)
act(t, "doanh nghiệp, Hợp tác xã", "participant", generic=True)
t = T("Hỗ trợ phát triển thương mại điện tử của tỉnh", "tại thị trường trong nước và quốc tế", a); inh(t, H2B)

# V.3 Sở Tài chính
a = A("V.3", "Sở Tài chính")
t = T("Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường và các đơn vị có liên quan hướng dẫn", "các dự án nhà máy chế biến nông sản tại tỉnh", a)
CO3 = t["start"]
act(t, STC, "lead", inherited=True)
act(t, SN, "coordinating", generic=True)
act(t, XA, "coordinating", generic=True)
act(t, DV, "coordinating", generic=True)
t = T("Tiếp tục thu hút, khuyến khích, hỗ trợ các nhà đầu tư, các tập đoàn lớn", "định hướng thu hút đầu tư của tỉnh", a)
act(t, STC, "lead", inherited=True)
inh(t, [(SN, "coordinating", True), (XA, "coordinating", True), (DV, "coordinating", True)])
act(t, "các nhà đầu tư", "participant", generic=True)
act(t, "các tập đoàn lớn", "participant", generic=True)
t = T("Hướng dẫn các sở, ngành và các đơn vị liên quan xây dựng kế hoạch", "tiết kiệm, đúng quy định của pháp luật", a)
act(t, STC, "lead", inherited=True)

# V.4 Sở Khoa học và Công nghệ (label line "Chủ trì, phối hợp với ...:" over the bullets)
a = A("V.4", "Sở Khoa học và Công Nghệ")
H4 = [(SKH, "lead", False), (SN, "coordinating", True), (XA, "coordinating", True), (CQ, "coordinating", True)]
t = T("Triển khai thực hiện các chính sách khuyến khích doanh nghiệp, HTX đầu tư", "công nghệ sạch thân thiện với môi trường", a); inh(t, H4)
t = T("Tập trung cao cho việc xây dựng, quản lý nhãn hiệu", "của các sản phẩm chủ lực, đặc trưng của tỉnh", a); inh(t, H4)
t = T("đẩy mạnh việc thực hiện đăng ký bảo hộ tại nước ngoài", "cho các sản phẩm chủ lực của tỉnh", a); inh(t, H4)
t = T("Hỗ trợ cập nhật các thông tin liên quan", "các cam kết về quy tắc xuất xứ hàng hóa", a); inh(t, H4)
t = T("hướng dẫn, hỗ trợ xây dựng tiêu chuẩn cơ sở", "quy chuẩn của nước nhập khẩu", a); inh(t, H4)

# V.5 Công an tỉnh
a = A("V.5", "Công an tỉnh")
t = T("Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường thực hiện quản lý nhà nước", "chế biến, tiêu thụ nông sản của tỉnh", a)
act(t, CAT, "lead", inherited=True)
act(t, SN, "coordinating", generic=True)
act(t, XA, "coordinating", generic=True)
t = T("quản lý, hướng dẫn đảm bảo các thủ tục liên quan", "xuất khẩu sản phẩm hàng hóa tại thị trường nước ngoài", a)
act(t, CAT, "lead", inherited=True)
inh(t, [(SN, "coordinating", True), (XA, "coordinating", True)])

# V.6 Sở Ngoại vụ
a = A("V.6", "Sở Ngoại Vụ")
t = T("Thẩm định, trình UBND tỉnh về thủ tục", "quảng bá, giới thiệu sản phẩm hàng hóa xuất khẩu của tỉnh", a)
act(t, SNV, "lead", inherited=True)
t = T("Tham mưu với UBND tỉnh làm việc với các Cơ quan đại diện", "tìm kiếm cơ hội mở rộng thị trường", a)
act(t, SNV, "lead", inherited=True)
t = T("tuyên truyền, giới thiệu, quảng bá, kết nối thúc đẩy xuất khẩu", "sản phẩm hàng hóa của tỉnh", a)
act(t, SNV, "lead", inherited=True)

# V.7 Trung tâm Xúc tiến đầu tư, thương mại và du lịch
a = A("V.7", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch")
for first, last in [("Tổ chức các chương trình: Tuần hàng", "giới thiệu các sản phẩm hàng hóa của tỉnh Sơn La"),
                    ("hỗ trợ các doanh nghiệp, HTX của tỉnh tham gia các gian hàng", "hội chợ triển lãm thương mại"),
                    ("Làm việc với cơ quan thông tấn, báo chí", "giới thiệu các sản phẩm của tỉnh Sơn La"),
                    ("Tổ chức tập huấn kiến thức, kỹ năng", "hỗ trợ xây dựng bao bì, nhãn hiệu sản phẩm")]:
    t = T(first, last, a)
    act(t, TTXT, "lead", inherited=True)

# V.8 Đề nghị các tổ chức chính trị - xã hội, hội
a = A("V.8", "Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh")
H8 = [("Liên minh Hợp tác xã tỉnh", "participant", False), ("Đoàn TNCS Hồ Chí Minh tỉnh", "participant", False),
      ("Hội nông dân tỉnh", "participant", False), ("Hiệp hội doanh nghiệp tỉnh", "participant", False)]
t = T("Đẩy mạnh tập huấn, học tập mô hình sản xuất tiên tiến", "phù hợp với điều kiện thực tế của tỉnh", a); inh(t, H8)
t = T("tiếp tục thành lập mới các hợp tác xã", "bảo quản, tiêu thụ, xuất khẩu nông sản", a); inh(t, H8)
t = T("Phối hợp với các sở, ngành, UBND các xã, phường tổ chức", "tập trung vào sản phẩm nông sản", a); inh(t, H8)
act(t, SN, "coordinating", generic=True)
act(t, XA, "coordinating", generic=True)
t = T("Thường xuyên nắm bắt, đề xuất cơ quan có thẩm quyền", "nhất là các sản phẩm nông sản", a); inh(t, H8)
D(t, "Thường xuyên", None, "continuous")

# V.9 Báo và Phát thanh, Truyền hình Sơn La; Cổng thông tin điện tử tỉnh
a = A("V.9", "Báo và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh")
H9 = [("Báo và phát thanh, truyền hình Sơn La", "lead", False), ("Cổng thông tin điện tử tỉnh", "lead", False)]
t = T("Xây dựng các phóng sự, tin bài để quảng bá", "của Sơn La tham gia xuất khẩu", a); inh(t, H9)
O(t, "các phóng sự, tin bài")
t = T("Xây dựng các phóng sự, tin bài để phổ biến", "của các nước có nhu cầu nhập khẩu", a); inh(t, H9)
O(t, "các phóng sự, tin bài")

# V.10 UBND các xã, phường
a = A("V.10.a", "Chủ trì, phối hợp với các sở, ban, ngành và cơ quan, đơn vị có liên quan", after="nhân dân các xã, phường**")
H10A = [(XA, "lead", True), (SBN, "coordinating", True), (CQ, "coordinating", True)]
t = T("Phát triển các vùng sản xuất tập trung tại địa phương", "chuỗi liên kết sản xuất, tiêu thụ sản phẩm", a); inh(t, H10A)
t = T("từng bước nâng cao chuỗi giá trị cho các loại cây ăn quả chủ lực", "có điều kiện phát triển thuận lợi", a); inh(t, H10A)
t = T("Xây dựng các mô hình mẫu về vùng sản xuất tập trung", "phân khúc cao cấp tại thị trường trong nước", a); inh(t, H10A)
t = T("Trên cơ sở thực tiễn về tiềm năng xuất khẩu", "của xã, phường giai đoạn 2026 – 2030", a); inh(t, H10A)
O(t, "kế hoạch xuất khẩu các sản phẩm hàng hóa của xã, phường giai đoạn 2026 – 2030")
t = T("Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã", "theo yêu cầu thị trường tiêu thụ trong nước và xuất khẩu", a); inh(t, H10A)
t = T("Nghiên cứu việc hỗ trợ doanh nghiệp, HTX trên địa bàn", "thúc đẩy hoạt động xuất khẩu sản phẩm của tỉnh", a); inh(t, H10A)

a = A("V.10.b", "Phối hợp với các sở, ngành và các cơ quan, đơn vị có liên quan")
H10B = [(XA, "lead", True), (SN, "coordinating", True), (CQ, "coordinating", True)]
t = T("Chủ động phối hợp với các Sở, ngành kịp thời hỗ trợ", "bảo quản các sản phẩm nông sản để phục vụ xuất khẩu", a)
act(t, XA, "lead", inherited=True, generic=True)
act(t, SN, "coordinating", generic=True)
act(t, CQ, "coordinating", inherited=True, generic=True)
t = T("Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ", "giám sát mã số vùng trồng theo quy định", a)
act(t, XA, "lead", inherited=True, generic=True)
act(t, "đơn vị chuyên môn", "participant", generic=True)
act(t, SNN, "coordinating")
act(t, CQ, "coordinating", generic=True)
act(t, SN, "coordinating", inherited=True, generic=True)
t = T("Chủ động phối hợp với các sở, ngành và các đơn vị có liên quan tổ chức", "phát triển thương mại điện tử", a)
act(t, XA, "lead", inherited=True, generic=True)
act(t, SN, "coordinating", generic=True)
act(t, DV, "coordinating", generic=True)
act(t, CQ, "coordinating", inherited=True, generic=True)

# V.11 Đề nghị các doanh nghiệp
a = A("V.11", "Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa")
H11 = [("các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa", "participant", True)]
t = T("Chủ động nắm bắt thông tin thị trường để xây dựng Kế hoạch", "nhất là các sản phẩm nông sản", a); inh(t, H11)
O(t, "Kế hoạch sản xuất, tiêu thụ và xuất khẩu sản phẩm của đơn vị")
t = T("tăng cường hợp tác, liên kết trong sản xuất", "đạt tiêu chuẩn, chất lượng phục vụ xuất khẩu", a); inh(t, H11)
t = T("Nghiên cứu, áp dụng khoa học kỹ thuật", "đảm bảo tiêu chuẩn tiêu thụ, xuất khẩu", a); inh(t, H11)
t = T("đề xuất cơ quan có thẩm quyền hỗ trợ chuyển giao công nghệ", "nhất là các sản phẩm trái cây", a); inh(t, H11)
t = T("lựa chọn nhân giống, sản xuất giống mới", "đối với cây trồng, vật nuôi…", a); inh(t, H11)
t = T("Thường xuyên phối hợp, cung cấp thông tin với các sở, ngành", "đề xuất cấp có thẩm quyền giải quyết", a); inh(t, H11)
act(t, SN, "coordinating", generic=True)
act(t, XA, "coordinating", generic=True)
D(t, "Thường xuyên", None, "continuous")

# ---------------------------------------------------------------- V (second "V.") Chế độ báo cáo
a = A("V", "CHẾ ĐỘ BÁO CÁO")
t = T("Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan: Căn cứ", "đúng yêu cầu, đạt hiệu quả cao", a)
act(t, SN, "lead", generic=True)
act(t, XA, "lead", generic=True)
act(t, CQ, "lead", generic=True)
t = T("Định kỳ hàng tháng (*trước ngày 16 hàng tháng*)", "gửi Sở Công thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh", a)
inh(t, [(SN, "lead", True), (XA, "lead", True), (CQ, "lead", True)])
D(t, "trước ngày 16 hàng tháng", "monthly", "recurring")
D(t, "trước ngày 16/6", "yearly", "recurring")
D(t, "trước ngày 20/11 hàng năm", "yearly", "recurring")
O(t, "báo cáo tình hình thực hiện Kế hoạch")
t = T("Sở Công Thương tổng hợp báo cáo Tỉnh ủy", "hoặc khi có yêu cầu báo cáo đột xuất", a)
act(t, SCT, "lead")
D(t, "trước ngày 18 hàng tháng", "monthly", "recurring")
D(t, "trước ngày 18/5", "yearly", "recurring")
D(t, "trước ngày 30/11 hàng năm", "yearly", "recurring")
T("Trong quá trình tổ chức thực hiện, nếu có khó khăn", "điều chỉnh kế hoạch này (*qua Sở Công Thương*)", a)

# ---------------------------------------------------------------- target years
g.target_years(2026, 2027, 2028, 2029, 2030)

NOTES = [
    "Scope: the file is a Quyết định (Điều 1-3) wrapping the Kế hoạch. Điều 2 ('Giao Sở Công Thương chủ trì, phối hợp với ... triển khai thực hiện Kế hoạch này') and the execution clause under Điều 3 ('Chánh Văn phòng UBND tỉnh; ... chịu trách nhiệm thi hành quyết định này') assign work, so they are tasks with area null (no numbered heading holds them); Điều 1 (the Committee's own act of issuing) and 'Quyết định này có hiệu lực ...' are not tasks. The span of Điều 2 starts at 'Giao' (the trigger is part of the sentence); 'Điều 2.' is a label.",
    "Despite the brief ('tasks in tables'), no task is in a table: the two tables (Phụ lục 01, 02) are target figures per product and year, not rows of tasks, so they give no tasks; their year columns (2026-2030) are read as target years.",
    "Areas: I. MỤC TIÊU holds aims only and is not an area. II. CHỈ TIÊU: II.1 (export volumes/values) is targets, not tasks; II.2 'Phát triển thị trường xuất khẩu' is introduced as 'Định hướng phát triển thị trường, mặt hàng trọng điểm' and its a)-f) paragraphs state the markets and products to aim at (partly in passive/descriptive form: 'Tiếp tục được xác định là thị trường xuất khẩu chính'), so it is read as orientation, not tasks; II.3 'Phát triển dịch vụ hỗ trợ xuất khẩu' is a list of measures in imperative form (like section III) and is an area. The conventions should say whether market-orientation paragraphs under a 'chỉ tiêu/định hướng' heading are tasks.",
    "Numbered paragraphs whose number runs straight into text ('**1. **Nguồn ngân sách: Hàng năm, ...', '**1. **Các Sở, ngành, ...: Căn cứ ...') are items, not headings: the area is their heading (IV 'KINH PHÍ', whose 1. assigns the budgeting task; the second 'V.' 'CHẾ ĐỘ BÁO CÁO'). IV.2 ('Nguồn xã hội hóa ...') is no task. The bold one-line numbered headings under TỔ CHỨC THỰC HIỆN ('1. Sở Công Thương') and their lettered sub-headings ('a) Chủ trì, phối hợp với ...', 'b) Phối hợp với ...') are headings: areas V.1.a, V.1.b, V.2.a, V.2.b, V.3-V.9, V.10.a, V.10.b, V.11.",
    "The text numbers two headings 'V.' (TỔ CHỨC THỰC HIỆN and CHẾ ĐỘ BÁO CÁO, the latter should be VI). Ordinals keep the text's own labels: the reporting area is 'V' (TỔ CHỨC THỰC HIỆN itself is not an area, only its subsections V.x are, so 'V' is unambiguous among areas).",
    "Heading III reads 'GIẢI PHÁP THỰC HIỆN KẾ HOẠCH ... GIAI ĐOẠN 2021- 2025', evidently left over from the previous plan (the plan is for 2026-2030): 2021 and 2025 are not taken as target years. Likewise 'các hoạt động xúc tiến thương mại và phát triển thương mại điện tử tỉnh Sơn La năm 2025' (V.1.b) names the 2025 programme; 'năm 2025' is not taken as a deadline or target year. The conventions should say how to treat such evident copy errors.",
    "Target years: 2026 and 2030 (title, 'đến năm 2030', 'giai đoạn 2026 - 2030') plus 2027, 2028, 2029 from the appendix columns 'Kế hoạch 2027' ... which set a target for each year. 'ƯTH Năm 2025' (estimate of the current year) and the cited strategy's 'đến năm 2030' add nothing.",
    "Lettered sub-headings 'a) Chủ trì, phối hợp với X' / 'b) Phối hợp với Y' under a body: following the conventions literally, the body of the numbered heading is the subject of every clause under both a) and b) and so 'lead' (inherited), and the bodies after 'phối hợp với' in the sub-heading are 'coordinating' (inherited). The text's intent in b) is that the heading body only supports (its role is 'phối hợp'); the conventions should settle whether a body whose group line says only 'Phối hợp với Y' is coordinating (and Y then lead) - under that reading every b) task of V.1, V.2, V.10 would change.",
    "When a body from a group heading is also named in the task's own sentence with a role of its own, the task's own role replaces the inherited one (one entry per body): V.1.a first bullet ('theo dõi, đôn đốc các sở, ban, ngành, UBND các xã, phường triển khai') gives them 'participant' (directed by the lead), not the heading's 'coordinating'; in V.10.b 'Chủ động phối hợp với các Sở, ngành' gives các sở, ngành coordinating non-inherited. 'Chủ động phối hợp với' keeps its subject lead (the conventions list 'chủ động' as a lead trigger). 'Chỉ đạo đơn vị chuyên môn phối hợp ... với Sở Nông nghiệp và Môi trường' gives UBND các xã, phường lead, 'đơn vị chuyên môn' participant (generic: unnamed), the Sở coordinating.",
    "A sentence-initial governing phrase applies to every ';' part of that sentence: 'Chủ trì, phối hợp với X ...; Tiếp tục ...' (V.3, V.5) gives X to the later parts as coordinating, inherited (the phrase covers a group of clauses, like a label); 'Hàng năm, xây dựng kế hoạch ...; tổ chức chuỗi sự kiện ...; Kết hợp ...' (III.2) gives 'Hàng năm' (yearly) to all three parts, pointing at the one phrase.",
    "Roles of objects: only bodies asked to act ('khuyến khích X ...', 'đề nghị', 'đôn đốc', 'chỉ đạo') are participants; bodies that receive support, guidance or training ('hỗ trợ các doanh nghiệp, HTX ...', 'hướng dẫn các nhà đầu tư / các sở, ngành ...', 'tập huấn ... cho các doanh nghiệp') are beneficiaries with no role; 'khuyến khích' inside a policy's name ('các chính sách khuyến khích doanh nghiệp ...') gives no actor. 'Kết hợp chặt chẽ với X' is read as 'phối hợp với' (X coordinating); 'liên kết với', 'làm việc với' partners and the bodies one advises or submits to ('tham mưu với UBND tỉnh', 'trình UBND tỉnh', 'đề xuất cơ quan có thẩm quyền') have no role. 'Phát huy vai trò của các Hội, Hiệp hội' gives them no role.",
    "'X gửi Sở Tài chính tổng hợp' (IV) and 'gửi Sở Công thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh' (reporting) make the Sở the addressee of the estimates/report: no role in that task (the Sở's own compiling is a task only where the text sets it as one: reporting item 2 for Sở Công Thương). The closing paragraph 'Trong quá trình tổ chức thực hiện, nếu có khó khăn ... báo cáo Ủy ban nhân dân tỉnh ... (qua Sở Công Thương)' is a task with no named actor (UBND tỉnh addressee, Sở Công Thương the channel).",
    "Reporting deadlines: the bracketed dates are the deadlines; their cycle words ('Định kỳ hàng tháng', '6 tháng', 'tổng kết năm') are not annotated separately. 'trước ngày 16 hàng tháng' is monthly/recurring; 'trước ngày 16/6' (the half-year report, every year, no year written) and 'trước ngày 20/11 hàng năm' are yearly/recurring. The conventions have no value for a recurring date (a day each year); 'yearly' loses the day.",
    "Outputs: a document or product the task must make, after its verb: plans ('kế hoạch xúc tiến thương mại ...', 'kế hoạch xuất khẩu ... của xã, phường giai đoạn 2026 – 2030', 'Kế hoạch sản xuất, tiêu thụ và xuất khẩu sản phẩm của đơn vị'), 'dự toán kinh phí', 'các chính sách hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã' (after 'Ban hành'), media products ('ấn phẩm, Video - clip', 'các phóng sự, tin bài') and the sent report 'báo cáo tình hình thực hiện Kế hoạch'. Not outputs: models, brands, geographical indications, growing-area codes ('Xây dựng mô hình', 'xây dựng thương hiệu', 'chỉ dẫn địa lý'), what a guided body drafts ('Hướng dẫn các sở, ngành ... xây dựng kế hoạch, dự toán'), and Sở Công Thương's 'tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình ...' ('báo cáo' is there a verb with addressees). Whether policies and media products count as outputs is for the conventions to settle.",
    "Task splitting: ';' inside a parenthesis (the training topics in III.3, '(*nghiên cứu, tiếp cận thị trường; các quy định ...; phát triển thương hiệu ...*)') does not split. A trailing '; ...' (III.5) is dropped; an ellipsis that ends a clause ('nông sản...', 'vật nuôi…', 'nông nghiệp…') stays in the span. The reporting paragraph 'Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan: Căn cứ ...' keeps its addressee in the first task's span (it is the clause's subject, as 'Sở Nội vụ: ...'); its second sentence gets those bodies as lead, inherited.",
    "Names: one name per body through the file, taken as written where the text varies only in case, punctuation or the abbreviation UBND ('UBND các xã, phường' also for 'Ủy ban nhân dân các xã, phường'; 'các sở, ngành' also for 'Các Sở, ngành', 'các Sở, ngành', 'các sở ngành'; 'các cơ quan, đơn vị có liên quan' also for 'cơ quan, đơn vị có liên quan', 'các cơ quan, đơn vị liên quan'; 'các đơn vị có liên quan' also for 'các đơn vị liên quan'; 'Sở Công Thương' also for 'Sở Công thương'); differently worded groups stay apart ('các sở, ban, ngành', 'các Sở, ban, ngành của tỉnh'). 'Báo và phát thanh, truyền hình Sơn La' is one body (the merged provincial press and broadcaster). Điều 2's 'các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan' is split into 'các cơ quan, đơn vị' and 'các doanh nghiệp, hợp tác xã có liên quan'. Điều 3's addressees are office holders ('Giám đốc Sở Công Thương') kept as written.",
]
for n in NOTES:
    g.note(n)
print(g.write("dev"))
