# ruff: noqa  (annotation data: long literal lines by design)
"""Texts of the composed development passages (tests/gold/dev/NNN_slug.txt).

Written by hand for the dev set; facts in them are illustrative, not authoritative.
Passage 009 is stored in NFD on purpose (ann_dev.py normalises it when writing)."""

T = {}

T["001_tin-nq07-hai-phong"] = """Hải Phòng triển khai Nghị quyết 07 của Chính phủ thực hiện Kết luận 96

Ngày 10/1/2025, Chính phủ ban hành Nghị quyết số 07/NQ-CP về Chương trình hành động thực hiện Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị khóa XII về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045.

Đây là chương trình hành động thứ hai của Chính phủ dành cho Hải Phòng, sau Nghị quyết số 108/NQ-CP ngày 16/11/2019 thực hiện NQ 45. Theo báo cáo của UBND thành phố, sau 5 năm triển khai Nghị quyết 45, quy mô kinh tế của Hải Phòng tăng gần gấp đôi, tốc độ tăng trưởng GRDP bình quân đạt 12,5%/năm.

Nghị quyết 07 yêu cầu các bộ, ngành và thành phố tiếp tục quán triệt các Nghị quyết số 45-NQ/TW và 30-NQ/TW của Bộ Chính trị, bám sát các định hướng lớn của KL 96; thực hiện NQ 45 gắn với Nghị quyết số 30-NQ/TW về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng đồng bằng sông Hồng.
"""

T["002_nq-hdnd-quang-ninh-can-cu"] = """HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG NINH
-------
Số: 37/2025/NQ-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Quảng Ninh, ngày 10 tháng 7 năm 2025

NGHỊ QUYẾT
Quy định mức hỗ trợ hằng tháng đối với thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở
trên địa bàn tỉnh Quảng Ninh

HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH
KHÓA XIV, KỲ HỌP THỨ 27

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung một số điều theo Luật số 87/2025/QH15;
Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ngày 28 tháng 11 năm 2023;
Căn cứ Nghị định số 40/2024/NĐ-CP ngày 16 tháng 4 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở;
Xét Tờ trình số 1875/TTr-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết quy định mức hỗ trợ hằng tháng đối với thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Quảng Ninh; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Mức hỗ trợ
Thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở được hỗ trợ hằng tháng bằng 0,5 lần mức lương cơ sở.

Điều 2. Điều khoản thi hành
1. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2025 và thay thế Nghị quyết số 22/2021/NQ-HĐND ngày 10 tháng 12
năm 2021 của Hội đồng nhân dân tỉnh quy định mức hỗ trợ đối với lực lượng công an xã bán chuyên trách.
2. Bãi bỏ khoản 2 Điều 1 Nghị quyết số 18/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh.
3. Nghị quyết số 09/2020/NQ-HĐND ngày 15 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV, kỳ họp thứ 27 thông qua ngày 10 tháng 7 năm 2025.
"""

T["003_qd-ttg-1579-sua-doi"] = """THỦ TƯỚNG CHÍNH PHỦ
-------
Số: 1579/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 18 tháng 12 năm 2024

QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quyết định số 1130/QĐ-TTg ngày 12 tháng 10 năm 2023
của Thủ tướng Chính phủ phê duyệt Đề án phát triển các khu công nghiệp sinh thái
giai đoạn 2023 - 2030

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số
điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11
năm 2019;
Căn cứ Luật Đầu tư số 61/2020/QH14 đã được sửa đổi, bổ sung một số điều theo Luật
số 72/2020/QH14, Luật số 03/2022/QH15;
Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính phủ quy định về
quản lý khu công nghiệp và khu kinh tế;
Theo đề nghị của Bộ trưởng Bộ Kế hoạch và Đầu tư tại Tờ trình số 9120/TTr-BKHĐT ngày
05 tháng 12 năm 2024.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 1130/QĐ-TTg ngày 12 tháng 10
năm 2023 của Thủ tướng Chính phủ như sau:
1. Sửa đổi điểm b khoản 2 Mục III như sau:
"b) Đến năm 2030, có ít nhất 25 khu công nghiệp được chuyển đổi thành khu công nghiệp sinh thái.".
2. Bổ sung khoản 5 vào Mục IV như sau:
"5. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương lồng ghép nhiệm vụ của Đề án vào kế hoạch phát triển kinh tế - xã hội 5 năm của địa phương.".

Điều 2. Bãi bỏ Điều 3 Quyết định số 45/QĐ-TTg ngày 10 tháng 01 năm 2023 của Thủ tướng
Chính phủ về việc thành lập Tổ công tác liên ngành về khu công nghiệp sinh thái và
Quyết định số 38/2019/QĐ-TTg ngày 21 tháng 6 năm 2019 của Thủ tướng Chính phủ.

Điều 3. Tạm ngưng hiệu lực thi hành Quyết định số 2239/QĐ-TTg ngày 30 tháng 12 năm 2021
của Thủ tướng Chính phủ đến hết ngày 31 tháng 12 năm 2025.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
"""

T["004_kl-96-bo-chinh-tri"] = """ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 96-KL/TW
Hà Nội, ngày 30 tháng 9 năm 2024

KẾT LUẬN SỐ 96-KL/TW NGÀY 30 THÁNG 09 NĂM 2024
CỦA BỘ CHÍNH TRỊ
về tiếp tục thực hiện Nghị quyết số 45-NQ/TW ngày 24-01-2019 của Bộ Chính trị khoá XII
về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045

Tại phiên họp ngày 13/9/2024, sau khi nghe Ban cán sự đảng Chính phủ báo cáo kết quả
sơ kết 5 năm thực hiện Nghị quyết số 45-NQ/TW, Bộ Chính trị kết luận như sau:

1. Sau 5 năm thực hiện Nghị quyết, kinh tế thành phố Hải Phòng tăng trưởng cao, bình quân
12,5%/năm; kết cấu hạ tầng giao thông, cảng biển, logistics được đầu tư đồng bộ.

2. Để tiếp tục thực hiện có hiệu quả Nghị quyết 45-NQ/TW gắn với Nghị quyết Đại hội XIII
của Đảng và Nghị quyết số 30-NQ/TW ngày 23-11-2022 của Bộ Chính trị về phát triển kinh tế
- xã hội và bảo đảm quốc phòng, an ninh vùng đồng bằng sông Hồng, Bộ Chính trị yêu cầu:
- Tổng kết việc thực hiện Nghị quyết số 35/2021/QH15 ngày 13/11/2021 của Quốc hội về thí
điểm một số cơ chế, chính sách đặc thù phát triển thành phố Hải Phòng, đề xuất Quốc hội ban
hành nghị quyết mới thay thế.
- Hoàn thành Đề án mô hình tổ chức chính quyền đô thị tại thành phố Hải Phòng trong năm 2025.

3. Tổ chức thực hiện
- Đảng đoàn Quốc hội lãnh đạo việc tổng kết Nghị quyết số 35/2021/QH15.
- Ban cán sự đảng Chính phủ chỉ đạo xây dựng Chương trình hành động của Chính phủ thực hiện
Kết luận này.
- Thành ủy Hải Phòng ban hành chương trình hành động thực hiện Kết luận, định kỳ báo cáo
Bộ Chính trị.
"""

T["005_kh-ha-tinh-thuc-hien-kl-07"] = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
--------
Số: 145/KH-UBND
Hà Tĩnh, ngày 08 tháng 4 năm 2025

KẾ HOẠCH
Thực hiện Kết luận số 07-KL/TU ngày 15/3/2025 của Ban Thường vụ Tỉnh ủy về đẩy mạnh
cải cách hành chính, cải thiện môi trường đầu tư kinh doanh trên địa bàn tỉnh

Thực hiện Kết luận số 07-KL/TU ngày 15/3/2025 của Ban Thường vụ Tỉnh ủy; Chỉ thị số
10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ về việc tăng cường xử lý, ngăn chặn có
hiệu quả tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp trong giải quyết
công việc (sau đây gọi tắt là Chỉ thị); Thông báo số 188/TB-VPCP ngày 02/5/2024 của Văn
phòng Chính phủ về kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về cải thiện môi
trường kinh doanh, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nhiệm vụ, giải pháp tại Kết luận 07 và Chỉ thị 10/CT-TTg phù hợp với
điều kiện thực tế của tỉnh; các sở, ngành thực hiện nghiêm các yêu cầu của Chỉ thị.
2. Gắn việc thực hiện Kế hoạch này với Kế hoạch số 52/KH-UBND ngày 20 tháng 02 năm 2025
của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025.

II. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, đánh giá việc thực hiện Quyết định số 31/2022/QĐ-UBND ngày 12/8/2022 của
Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp giải quyết thủ tục đầu tư trên địa bàn tỉnh;
đề xuất sửa đổi, bổ sung trong quý III năm 2025.
2. Sở Tài chính chủ trì tổ chức thực hiện Kế hoạch triển khai thi hành Luật Đầu tư theo
phương thức đối tác công tư trên địa bàn tỉnh; xây dựng Đề án số hóa hồ sơ thủ tục hành
chính tỉnh Hà Tĩnh giai đoạn 2025 - 2030, trình Ủy ban nhân dân tỉnh trong tháng 9 năm 2025.
3. Tiếp tục quán triệt Chỉ thị số 15-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về
tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập
và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
"""

T["006_tin-nghe-an-kh-1026"] = """Nghệ An ban hành kế hoạch bảo vệ bí mật nhà nước trong tình hình mới

(Báo Nghệ An) - Ngày 26-11-2025, UBND tỉnh Nghệ An ban hành Kế hoạch 1026/KH-UBND triển khai thực hiện Chỉ thị 32/CT-TTg ngày 21 tháng 10 năm 2025 của Thủ tướng Chính phủ về tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới.

Theo kế hoạch, Công an tỉnh chủ trì tham mưu UBND tỉnh thay thế QĐ 15/2021/QĐ-UBND về quy chế bảo vệ bí mật nhà nước trên địa bàn tỉnh cho phù hợp với Luật Bảo vệ bí mật nhà nước năm 2018 và Luật sửa đổi, bổ sung một số điều của Luật Bảo vệ bí mật nhà nước số 117/2025/QH15.

Các sở, ngành tiếp tục quán triệt Luật An ninh mạng năm 2018, Chỉ thị 32 và Kế hoạch số 321-KH/TU ngày 11/4/2025 của Tỉnh ủy về công tác bảo vệ bí mật nhà nước năm 2025.
"""

T["007_qd-btp-dinh-chinh-tt-01-2021"] = """BỘ TƯ PHÁP
-------
Số: 1245/QĐ-BTP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 15 tháng 6 năm 2021

QUYẾT ĐỊNH
Về việc đính chính Thông tư số 01/2021/TT-BTP ngày 03 tháng 02 năm 2021
của Bộ trưởng Bộ Tư pháp

BỘ TRƯỞNG BỘ TƯ PHÁP

Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 được sửa đổi, bổ sung một số điều theo Luật số 63/2020/QH14;
Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP;
Căn cứ Nghị định số 96/2017/NĐ-CP ngày 16 tháng 8 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;
Xét đề nghị của Vụ trưởng Vụ Pháp luật hình sự - hành chính,

QUYẾT ĐỊNH:

Điều 1. Đính chính sai sót về kỹ thuật trình bày tại Thông tư số 01/2021/TT-BTP ngày 03 tháng 02 năm 2021 của Bộ trưởng Bộ Tư pháp quy định chi tiết một số điều và biện pháp thi hành Luật Công chứng như sau:
Tại khoản 2 Điều 5, cụm từ "khoản 1 Điều 4" được sửa thành "khoản 1 Điều 3".

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""

T["008_vbhn-btp-tt-cong-chung"] = """BỘ TƯ PHÁP
--------
Số: 05/VBHN-BTP
Hà Nội, ngày 20 tháng 3 năm 2024

THÔNG TƯ
QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT CÔNG CHỨNG

Thông tư số 01/2021/TT-BTP ngày 03 tháng 02 năm 2021 của Bộ trưởng Bộ Tư pháp quy định chi tiết một số điều và biện pháp thi hành Luật Công chứng, có hiệu lực kể từ ngày 20 tháng 3 năm 2021, được sửa đổi, bổ sung bởi:

Thông tư số 06/2023/TT-BTP ngày 15 tháng 9 năm 2023 của Bộ trưởng Bộ Tư pháp sửa đổi, bổ sung một số điều của Thông tư số 01/2021/TT-BTP, có hiệu lực kể từ ngày 01 tháng 11 năm 2023.

Văn bản hợp nhất này hợp nhất Thông tư số 01/2021/TT-BTP và Thông tư số 06/2023/TT-BTP; các chú thích cho biết nội dung được sửa đổi, bổ sung.
"""

T["009_nfd-tin-luat-dau-tu"] = """Chính phủ yêu cầu rà soát thủ tục đầu tư theo Luật Đầu tư năm 2020

Tại Nghị quyết 97/NQ-CP ngày 18/6/2025, Chính phủ giao Bộ Tài chính rà soát, đánh giá việc thi hành Nghị định 31/2021/NĐ-CP ngày 26/3/2021 quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư năm 2020, trình Chính phủ ban hành nghị định thay thế trong quý IV/2025.

Các bộ, ngành cũng được yêu cầu thực hiện nghiêm Nghị định 30/2020/NĐ-CP về công tác văn thư và QĐ 1579 của Thủ tướng về phát triển khu công nghiệp sinh thái.
"""

T["010_tin-hoa-binh-khoa-xii"] = """Hoà Bình ban hành kế hoạch thực hiện Nghị quyết 18-NQ/TW khoá XII

Ngày 5/3/2018, Ban Thường vụ Tỉnh ủy Hoà Bình ban hành Kế hoạch số 75-KH/TU thực hiện Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khoá XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả và Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương khóa XII về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập.

Theo kế hoạch, đến năm 2021 tỉnh giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2015; việc sắp xếp phải hài hoà giữa tinh gọn bộ máy và bảo đảm chất lượng dịch vụ công.
"""

T["011_hoi-dap-luong-co-so"] = """Nghị định 73/2024/NĐ-CP: Mức lương cơ sở năm 2025 là bao nhiêu?

Căn cứ theo khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang, mức lương cơ sở từ ngày 01/7/2024 là 2.340.000 đồng/tháng.

Nghị định 73/2024/NĐ-CP thay thế Nghị định số 24/2023/NĐ-CP ngày 14 tháng 5 năm 2023 của Chính phủ. Căn cứ theo Điều 1 Nghị quyết số 159/2024/QH15 ngày 13/11/2024 của Quốc hội về dự toán ngân sách nhà nước năm 2025, năm 2025 chưa điều chỉnh mức lương cơ sở.

Như vậy, năm 2025 mức lương cơ sở vẫn là 2.340.000 đồng/tháng.
"""
