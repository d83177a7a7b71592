# ruff: noqa  (text data)
"""The 10 composed held-out passages (written for this set; facts are illustrative, not authoritative).

ann_composed.py writes each one to tests/gold/heldout/NNN_slug.txt (NFC, or NFD where marked) and
annotates it. Old-style tone placement (khoá, Hoà, thuỷ, Uỷ) in 102 and 110 is written on purpose.
"""

T = {}

T["101_qd-ttg-bai-bo-qd-tien-te"] = """THỦ TƯỚNG CHÍNH PHỦ
--------
Số: 21/2025/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 24 tháng 3 năm 2025

QUYẾT ĐỊNH
Bãi bỏ toàn bộ hoặc một phần một số quyết định của Thủ tướng Chính phủ
trong lĩnh vực tiền tệ, ngân hàng

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;
Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15;
Theo đề nghị của Thống đốc Ngân hàng Nhà nước Việt Nam;

Thủ tướng Chính phủ ban hành Quyết định bãi bỏ toàn bộ hoặc một phần một số quyết định của Thủ tướng Chính phủ trong lĩnh vực tiền tệ, ngân hàng.

Điều 1. Bãi bỏ toàn bộ các quyết định sau đây
1. Quyết định số 50/2009/QĐ-TTg ngày 03 tháng 4 năm 2009 của Thủ tướng Chính phủ ban hành Quy chế quản lý tài chính đối với quỹ bảo lãnh tín dụng.
2. Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ về chính sách hỗ trợ nhà ở đối với hộ nghèo theo chuẩn nghèo giai đoạn 2011 - 2015.
3. Quyết định số 22/2019/QĐ-TTg ngày 26-6-2019 của Thủ tướng Chính phủ.

Điều 2. Bãi bỏ một phần quyết định
Bãi bỏ khoản 3 Điều 4 và Phụ lục II ban hành kèm theo Quyết định số 18/2022/QĐ-TTg ngày 21 tháng 9 năm 2022 của Thủ tướng Chính phủ.

Điều 3. Tổ chức thực hiện
1. Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với Bộ Tài chính nghiên cứu, đề xuất sửa đổi, bổ sung Nghị định số 55/2015/NĐ-CP ngày 09 tháng 6 năm 2015 của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn, báo cáo Thủ tướng Chính phủ trong quý III năm 2025.
2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 5 năm 2025.
3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.
"""

T["102_nq-hdnd-khanh-hoa-nuoi-bien-khoa-cu"] = """HỘI ĐỒNG NHÂN DÂN
TỈNH KHÁNH HOÀ
--------
Số: 15/2024/NQ-HĐND

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Khánh Hoà, ngày 06 tháng 12 năm 2024

NGHỊ QUYẾT
Quy định chính sách hỗ trợ chuyển đổi nuôi trồng thuỷ sản sang nuôi biển công nghệ cao
trên địa bàn tỉnh Khánh Hoà giai đoạn 2025 - 2030

HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HOÀ
KHOÁ VII, KỲ HỌP THỨ 21

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Luật Thuỷ sản ngày 21 tháng 11 năm 2017;
Căn cứ Nghị định số 26/2019/NĐ-CP ngày 08 tháng 3 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thuỷ sản; Nghị định số 37/2024/NĐ-CP ngày 04 tháng 4 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 26/2019/NĐ-CP;
Xét Tờ trình số 11245/TTr-UBND ngày 15 tháng 11 năm 2024 của Uỷ ban nhân dân tỉnh về dự thảo Nghị quyết quy định chính sách hỗ trợ chuyển đổi nuôi trồng thuỷ sản sang nuôi biển công nghệ cao; Báo cáo thẩm tra số 189/BC-HĐND ngày 28 tháng 11 năm 2024 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Nghị quyết này quy định chính sách hỗ trợ chuyển đổi từ nuôi lồng bè truyền thống sang nuôi biển công nghệ cao tại các vùng biển đã được giao, cho thuê trên địa bàn tỉnh.
2. Đối tượng áp dụng là hộ gia đình, cá nhân, tổ hợp tác, hợp tác xã nuôi trồng thuỷ sản trên biển và cơ quan, tổ chức có liên quan.

Điều 2. Nội dung và mức hỗ trợ
1. Hỗ trợ một lần 50% chi phí mua lồng nuôi bằng vật liệu HDPE, tối đa 200.000.000 đồng/hộ.
2. Hỗ trợ 100% kinh phí tập huấn kỹ thuật nuôi biển và quan trắc môi trường nước vùng nuôi.
3. Trường hợp cùng một nội dung được hỗ trợ theo Nghị quyết này và Nghị quyết số 03/2022/NQ-HĐND ngày 22 tháng 4 năm 2022 của Hội đồng nhân dân tỉnh thì đối tượng được lựa chọn một mức hỗ trợ có lợi nhất.

Điều 3. Tổ chức thực hiện
1. Giao Uỷ ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này; kịp thời tham mưu sửa đổi, bổ sung Quyết định số 25/2021/QĐ-UBND ngày 30 tháng 8 năm 2021 của Uỷ ban nhân dân tỉnh về quản lý hoạt động nuôi trồng thuỷ sản trên biển cho phù hợp.
2. Thường trực Hội đồng nhân dân, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.

Điều 4. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025 và thay thế Nghị quyết số 11/2020/NQ-HĐND ngày 17 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh Khánh Hoà quy định chính sách hỗ trợ phát triển nuôi trồng thuỷ sản trên địa bàn tỉnh.
2. Bãi bỏ Điều 5 của Quy định ban hành kèm theo Nghị quyết số 08/2021/NQ-HĐND ngày 15 tháng 10 năm 2021 của Hội đồng nhân dân tỉnh.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Khánh Hoà khoá VII, Kỳ họp thứ 21 thông qua ngày 06 tháng 12 năm 2024./.
"""

# written NFC here, stored NFD by ann_composed.py
T["103_nfd-tin-nq57-bo-tu-tru-cot"] = """Đưa Nghị quyết 57 vào cuộc sống: hoàn thiện thể chế là khâu đột phá

(Tin tức) - Sáng 15/4, tại Hà Nội, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tổ chức hội nghị đánh giá kết quả 100 ngày triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

Báo cáo tại hội nghị cho biết, ngay sau khi NQ 57 ra đời, Chính phủ đã ban hành Nghị quyết 03/NQ-CP ngày 9-1-2025 để cụ thể hóa và triển khai thực hiện NQ 57; Quốc hội thông qua Nghị quyết số 193/2025/QH15 ngày 19/2/2025 về thí điểm một số cơ chế, chính sách đặc biệt tạo đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

Theo Nghị quyết 03/NQ-CP, các bộ, ngành phải rà soát Luật Khoa học và Công nghệ năm 2013, Luật Chuyển giao công nghệ năm 2017 để đề xuất sửa đổi ngay trong năm 2025. Bộ Khoa học và Công nghệ cho biết đang hoàn thiện dự thảo nghị định hướng dẫn Nghị quyết 193, dự kiến trình Chính phủ trong tháng 5.

Phát biểu kết luận, Trưởng Ban Chỉ đạo yêu cầu thực hiện Nghị quyết 57 gắn với các Nghị quyết số 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị, coi đây là "bộ tứ trụ cột" để đất nước vững bước vào kỷ nguyên mới.
"""

T["104_tt-btc-huong-dan-nd-phi-duong-bo"] = """BỘ TÀI CHÍNH
-------
Số: 86/2024/TT-BTC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 23 tháng 12 năm 2024

THÔNG TƯ
Hướng dẫn Nghị định số 117/2024/NĐ-CP ngày 18 tháng 9 năm 2024 của Chính phủ về quản lý, sử dụng phí sử dụng đường bộ
và sửa đổi, bổ sung một số điều của Thông tư số 70/2021/TT-BTC ngày 12 tháng 8 năm 2021 của Bộ trưởng Bộ Tài chính

Căn cứ Luật Phí và lệ phí số 97/2015/QH13;
Căn cứ Luật Đường bộ số 35/2024/QH15;
Căn cứ Nghị định số 117/2024/NĐ-CP ngày 18 tháng 9 năm 2024 của Chính phủ về quản lý, sử dụng phí sử dụng đường bộ;
Căn cứ Nghị định số 14/2023/NĐ-CP ngày 20 tháng 4 năm 2023 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;
Theo đề nghị của Vụ trưởng Vụ Chính sách thuế;
Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn Nghị định số 117/2024/NĐ-CP và sửa đổi, bổ sung một số điều của Thông tư số 70/2021/TT-BTC.

Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn việc kê khai, thu, nộp phí sử dụng đường bộ quy định tại Điều 6 và Điều 9 Nghị định số 117/2024/NĐ-CP.

Điều 2. Sửa đổi, bổ sung một số điều của Thông tư số 70/2021/TT-BTC
1. Sửa đổi khoản 2 Điều 3 như sau:
"2. Tổ chức thu phí nộp 100% số tiền phí thu được vào ngân sách nhà nước theo chương, tiểu mục của Mục lục ngân sách nhà nước hiện hành."
2. Bãi bỏ Điều 7.

Điều 3. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2025.
2. Các Thông tư sau đây hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành:
a) Thông tư số 293/2016/TT-BTC ngày 15 tháng 11 năm 2016 của Bộ trưởng Bộ Tài chính quy định mức thu phí sử dụng đường bộ;
b) Thông tư số 28/2019/TT-BTC ngày 20/5/2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung Thông tư số 293/2016/TT-BTC.
3. Trường hợp các văn bản dẫn chiếu tại Thông tư này được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo văn bản mới./.
"""

T["105_qd-byt-dinh-chinh-tt-bang"] = """BỘ Y TẾ
-------
Số: 1687/QĐ-BYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 20 tháng 5 năm 2025

QUYẾT ĐỊNH
Đính chính Thông tư số 08/2025/TT-BYT ngày 17 tháng 3 năm 2025 của Bộ trưởng Bộ Y tế
quy định danh mục thuốc thiết yếu

BỘ TRƯỞNG BỘ Y TẾ

Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;
Căn cứ Điều 32 Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;
Xét đề nghị của Vụ trưởng Vụ Pháp chế và Cục trưởng Cục Quản lý Dược.

QUYẾT ĐỊNH:

Điều 1. Đính chính một số sai sót về kỹ thuật trình bày tại Thông tư số 08/2025/TT-BYT như sau:

| STT | Vị trí | Đã in là | Nay sửa lại là |
|---|---|---|---|
| 1 | Điểm b khoản 2 Điều 3 | theo quy định tại Điều 7 Luật Dược số 105/2016/QH14 | theo quy định tại Điều 7 Luật Dược số 105/2016/QH13 |
| 2 | Khoản 3 Điều 4 | theo quy định tại Nghị định số 54/2107/NĐ-CP | theo quy định tại Nghị định số 54/2017/NĐ-CP |

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và là bộ phận không tách rời của Thông tư số 08/2025/TT-BYT.

Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Quản lý Dược và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""

T["106_qd-ubnd-binh-dinh-dinh-chi-thi-hanh"] = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
-------
Số: 1342/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Bình Định, ngày 21 tháng 4 năm 2025

QUYẾT ĐỊNH
Về việc đình chỉ thi hành Quyết định số 18/2025/QĐ-UBND ngày 14 tháng 3 năm 2025
của Ủy ban nhân dân huyện Phù Cát

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;
Căn cứ Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;
Xét Kết luận kiểm tra văn bản số 27/KL-STP ngày 08 tháng 4 năm 2025 của Sở Tư pháp;
Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 156/TTr-STP ngày 15 tháng 4 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Đình chỉ thi hành toàn bộ Quyết định số 18/2025/QĐ-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân huyện Phù Cát ban hành Quy định quản lý cụm công nghiệp trên địa bàn huyện, do có nội dung trái với Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp.

Điều 2. Đình chỉ thi hành khoản 2 Điều 5 của Quy định ban hành kèm theo Quyết định số 07/2025/QĐ-UBND ngày 20 tháng 02 năm 2025 của Ủy ban nhân dân huyện Phù Cát.

Điều 3. Trong thời hạn 10 ngày kể từ ngày nhận được Quyết định này, Ủy ban nhân dân huyện Phù Cát có trách nhiệm ban hành văn bản bãi bỏ Quyết định số 18/2025/QĐ-UBND và sửa đổi Quyết định số 07/2025/QĐ-UBND, báo cáo kết quả về Sở Tư pháp.

Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Chủ tịch Ủy ban nhân dân huyện Phù Cát và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""

T["107_vbhn-bct-nd-quan-ly-ngoai-thuong"] = """BỘ CÔNG THƯƠNG
--------
Số: 08/VBHN-BCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 15 tháng 01 năm 2025

NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Quản lý ngoại thương

Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ quy định chi tiết một số điều của Luật Quản lý ngoại thương, có hiệu lực kể từ ngày 15 tháng 5 năm 2018, được sửa đổi, bổ sung bởi:
1. Nghị định số 17/2020/NĐ-CP ngày 05 tháng 02 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ Công Thương, có hiệu lực kể từ ngày 22 tháng 3 năm 2020;
2. Nghị định số 46/2024/NĐ-CP ngày 26 tháng 4 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 69/2018/NĐ-CP, có hiệu lực kể từ ngày 26 tháng 4 năm 2024.

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Quản lý ngoại thương ngày 12 tháng 6 năm 2017;
Theo đề nghị của Bộ trưởng Bộ Công Thương;
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Quản lý ngoại thương.[1]

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết một số điều của Luật Quản lý ngoại thương về hoạt động mua bán hàng hóa quốc tế và các biện pháp quản lý ngoại thương.

XÁC THỰC VĂN BẢN HỢP NHẤT
BỘ TRƯỞNG

[1] Nghị định số 17/2020/NĐ-CP có căn cứ ban hành như sau:
"Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Đầu tư ngày 26 tháng 11 năm 2014;
Theo đề nghị của Bộ trưởng Bộ Công Thương;
Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ Công Thương."

Ghi chú: Văn bản hợp nhất này được xây dựng trên cơ sở hợp nhất Nghị định số 69/2018/NĐ-CP, Nghị định số 17/2020/NĐ-CP và Nghị định số 46/2024/NĐ-CP; văn bản hợp nhất không thay thế các nghị định nêu trên.
"""

T["108_kh-can-tho-trien-khai-chi-thi"] = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
--------
Số: 87/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Cần Thơ, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
Triển khai Chỉ thị số 04/CT-TTg ngày 11 tháng 02 năm 2025 của Thủ tướng Chính phủ
trên địa bàn thành phố Cần Thơ

Căn cứ Chỉ thị số 04/CT-TTg ngày 11 tháng 02 năm 2025 của Thủ tướng Chính phủ về tiếp tục thực hiện Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;
Căn cứ Kế hoạch số 210-KH/TU ngày 20/02/2025 của Ban Thường vụ Thành ủy về chuyển đổi số trong hệ thống chính trị thành phố;
Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai đồng bộ, hiệu quả các nhiệm vụ Thủ tướng Chính phủ giao tại Chỉ thị 04/CT-TTg; việc thực hiện phải gắn với Kế hoạch số 45/KH-UBND ngày 28 tháng 01 năm 2025 của Ủy ban nhân dân thành phố về chuyển đổi số năm 2025.
2. Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị.

II. NHIỆM VỤ CỤ THỂ
1. Công an thành phố
Tiếp tục thực hiện nghiêm Chỉ thị số 18-CT/TU ngày 05/9/2023 của Ban Thường vụ Thành ủy về bảo đảm an ninh, an toàn dữ liệu; hoàn thành làm sạch dữ liệu dân cư trước ngày 30/6/2025.
2. Sở Tư pháp
Chủ trì rà soát, đánh giá Quyết định số 27/2023/QĐ-UBND ngày 12 tháng 9 năm 2023 của Ủy ban nhân dân thành phố ban hành Quy chế quản lý, vận hành Cổng dịch vụ công thành phố; tham mưu sửa đổi, bổ sung trong quý II năm 2025.

III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, Ủy ban nhân dân quận, huyện định kỳ hằng quý báo cáo kết quả thực hiện về Công an thành phố.
2. Công an thành phố tham mưu Ủy ban nhân dân thành phố sơ kết 06 tháng, tổng kết 01 năm thực hiện Chỉ thị 04/CT-TTg và Kế hoạch này.
"""

T["109_hoi-dap-so-do-mau-moi"] = """Sổ đỏ cấp trước năm 2024 có phải đổi sang mẫu mới không?

Câu hỏi: Gia đình tôi được cấp Giấy chứng nhận quyền sử dụng đất từ năm 2012. Từ ngày 01/8/2024 đã có mẫu Giấy chứng nhận mới, vậy gia đình tôi có bắt buộc phải làm thủ tục đổi sổ không? (Bạn đọc Trần Thị Hạnh, Long An)

Trả lời:

1. Sổ đỏ đã cấp vẫn có giá trị pháp lý

Căn cứ theo khoản 3 Điều 256 Luật Đất đai 2024, Giấy chứng nhận đã được cấp theo quy định của pháp luật về đất đai trước ngày Luật này có hiệu lực thi hành vẫn có giá trị pháp lý và không phải cấp đổi sang Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; trường hợp có nhu cầu thì được cấp đổi theo quy định.

2. Khi nào được cấp đổi Giấy chứng nhận?

Căn cứ theo Điều 5 Nghị định 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ, người sử dụng đất được cấp đổi Giấy chứng nhận khi có nhu cầu hoặc khi Giấy chứng nhận đã cấp bị ố, nhòe, rách, hư hỏng.

Nghị định 101/2024/NĐ-CP quy định chi tiết Luật Đất đai 2024 về điều tra cơ bản đất đai, đăng ký, cấp Giấy chứng nhận và hệ thống thông tin đất đai. Hồ sơ, trình tự cấp đổi thực hiện theo Nghị định 101 và Thông tư 10/2024/TT-BTNMT ngày 31/7/2024 của Bộ trưởng Bộ Tài nguyên và Môi trường.

Cần lưu ý, Thông tư 10/2024/TT-BTNMT đã bãi bỏ Thông tư 23/2014/TT-BTNMT ngày 19/5/2014 và Thông tư 33/2017/TT-BTNMT ngày 29/9/2017, vì vậy các mẫu Giấy chứng nhận theo hai thông tư này không còn được dùng để cấp mới.

Như vậy, gia đình bạn không bắt buộc phải đổi sổ đỏ đã được cấp năm 2012.
"""

T["110_ct-ban-bi-thu-chu-hoa"] = """ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 41-CT/TW
Hà Nội, ngày 10 tháng 3 năm 2025

CHỈ THỊ
CỦA BAN BÍ THƯ
VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC ỨNG PHÓ VỚI BIẾN ĐỔI KHÍ HẬU,
TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 24-NQ/TW NGÀY 03/6/2013
CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI

I. TÌNH HÌNH
Sau hơn 10 năm thực hiện Nghị quyết số 24-NQ/TW và Kết luận số 56-KL/TW ngày 23-8-2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW, nhận thức của các cấp, các ngành về ứng phó với biến đổi khí hậu đã có chuyển biến rõ rệt; tuy nhiên, việc huy động nguồn lực còn hạn chế, một số cơ chế, chính sách chậm được ban hành.

II. NHIỆM VỤ, GIẢI PHÁP
1. Tiếp tục quán triệt sâu sắc Nghị quyết số 24-NQ/TW, Kết luận số 56-KL/TW; xác định ứng phó với biến đổi khí hậu là nhiệm vụ thường xuyên của cả hệ thống chính trị.
2. Đảng đoàn Quốc hội lãnh đạo tổng kết thi hành Luật Bảo vệ môi trường năm 2020, bổ sung các quy định về thị trường các-bon.
3. Ban cán sự đảng Chính phủ chỉ đạo nghiên cứu, đề xuất sửa đổi Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ quy định giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn.

III. TỔ CHỨC THỰC HIỆN
1. Các tỉnh uỷ, thành uỷ, ban cán sự đảng, đảng đoàn xây dựng kế hoạch thực hiện Chỉ thị này.
2. Chỉ thị này thay thế Chỉ thị số 29-CT/TW ngày 21 tháng 01 năm 2009 của Ban Bí thư khoá X về công tác bảo vệ môi trường.

T/M BAN BÍ THƯ
"""
