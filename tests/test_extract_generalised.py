"""Forms of real texts that the rules now read by their cause, not by instance (issue 15): each pinned
exactly on a short passage in the form the wild texts write it."""

from __future__ import annotations

from policygraph.extract.pipeline import extract_text


def refs(text):
    return [(r.surface, r.type, r.number, r.date, r.issuer) for r in extract_text(text).references]


def rels(text):
    return sorted((r.subject.label, r.type, r.object.label) for r in extract_text(text).relations)


def test_a_number_typed_with_cyrillic_look_alike_letters_is_read_as_latin_and_the_surface_kept():
    # "СР" below is Cyrillic Es and Er, as one real decision types it.
    assert refs("Căn cứ Nghị quyết số\n66/NQ-СР ngày 26/3/2025 của Chính phủ;") == [
        ("Nghị quyết số\n66/NQ-СР ngày 26/3/2025 của Chính phủ", "Nghị quyết", "66/NQ-CP", "2025-03-26", "Chính phủ"),
    ]


def test_an_issuer_holding_two_posts_is_read_whole():
    assert refs("Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng "
                "Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;") == [
        ("Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
         "Thông tư", "02/2017/TT-VPCP", "2017-10-31", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
    ]


def test_a_place_name_that_wraps_at_a_line_break_stays_in_the_issuer():
    assert refs("Ban hành kèm theo Quyết định số 414/QĐ-UBND ngày 31 tháng 7 năm 2025 của Ủy ban nhân dân "
                "Thành phố Hồ Chí\nMinh)") == [
        ("Quyết định số 414/QĐ-UBND ngày 31 tháng 7 năm 2025 của Ủy ban nhân dân Thành phố Hồ Chí\nMinh",
         "Quyết định", "414/QĐ-UBND", "2025-07-31", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ]


def test_a_heading_on_the_next_line_does_not_continue_a_place_name():
    got = refs("Căn cứ Nghị quyết số 21/2025/NQ-HĐND của Hội đồng nhân dân tỉnh\nQUYẾT ĐỊNH:")
    assert got == [("Nghị quyết số 21/2025/NQ-HĐND của Hội đồng nhân dân tỉnh", "Nghị quyết", "21/2025/NQ-HĐND",
                    None, "Hội đồng nhân dân tỉnh")]


def test_a_number_left_blank_for_signing_is_a_mention_without_a_number():
    assert refs("(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng 11 năm 2025 của Chủ tịch UBND tỉnh Bắc\n"
                "Ninh)") == [
        ("Quyết định số /QĐ-UBND ngày tháng 11 năm 2025 của Chủ tịch UBND tỉnh Bắc\nNinh", "Quyết định", None,
         None, "Chủ tịch UBND tỉnh Bắc Ninh"),
    ]
    assert refs("kèm theo Quyết định số\nQĐ/UBND ngày /11/2025 của Chủ tịch UBND tỉnh)") == [
        ("Quyết định số\nQĐ/UBND ngày /11/2025 của Chủ tịch UBND tỉnh", "Quyết định", None, None, "Chủ tịch UBND tỉnh"),
    ]


def test_a_word_that_names_no_kind_takes_the_kind_from_the_number():
    assert refs("theo văn bản số 15718/SXD-VPS ngày 14/11/2025 và văn bản số 574/TB-VPCP ngày 3/11/2025.") == [
        ("văn bản số 15718/SXD-VPS ngày 14/11/2025", "Công văn", "15718/SXD-VPS", "2025-11-14", None),
        ("văn bản số 574/TB-VPCP ngày 3/11/2025", "Thông báo", "574/TB-VPCP", "2025-11-03", None),
    ]
    assert refs("các văn bản hướng dẫn có liên quan") == []


def test_the_resolution_of_a_provincial_party_congress_is_a_named_document():
    assert refs("triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ "
                "2025-2030, góp phần") == [
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030", "Nghị quyết", None,
         None, None),
    ]


def test_a_programme_named_by_the_congress_resolution_it_implements_links_to_it():
    text = ("Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh "
            "được ban hành.")
    assert refs(text) == [
        ("Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh",
         "Chương trình hành động", None, None, None),
        ("Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh", "Nghị quyết", None, None,
         "Đảng bộ tỉnh"),
    ]
    assert rels(text) == [
        ("Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh",
         "implements", "Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030"),
    ]


def test_a_number_that_wraps_after_its_hyphen_is_one_number():
    assert refs("Số: 3783/QĐ-\nUBND\nCăn cứ") == [("3783/QĐ-\nUBND", "Quyết định", "3783/QĐ-UBND", None, None)]


def test_the_subject_is_the_number_in_a_markdown_header_cell_even_below_page_chrome():
    chrome = "Đang tải văn bản...\n" + "|\n" * 10 + "Trang chủ | Văn bản | Tiện ích\n" * 120
    text = (chrome + "**Số hiệu:**\n|\n39365/CHQ-GSQL\n|\n**Loại văn bản:**\n|\nCông văn\n"
            "Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ;\n")
    assert len(chrome) > 3000
    ex = extract_text(text)
    assert ex.subject is not None and ex.subject.label == "39365/CHQ-GSQL"
    assert (ex.references[0].surface, ex.references[0].type) == ("39365/CHQ-GSQL", "Công văn")
    assert rels(text) == [("39365/CHQ-GSQL", "legal_basis", "08/2015/NĐ-CP")]


def test_a_list_of_numbers_after_one_kind_word_gives_every_item_its_legal_basis():
    text = ("Số: 1582/QĐ-UBND\nCăn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát "
            "thủ tục hành chính; số 48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP ngày 07/8/2017 về sửa đổi, "
            "bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính; số 118/2025/NĐ-CP "
            "ngày 09/6/2025 về thực hiện thủ tục hành chính;\n")
    assert rels(text) == [
        ("1582/QĐ-UBND", "legal_basis", "118/2025/NĐ-CP"),
        ("1582/QĐ-UBND", "legal_basis", "48/2013/NĐ-CP"),
        ("1582/QĐ-UBND", "legal_basis", "63/2010/NĐ-CP"),
        ("1582/QĐ-UBND", "legal_basis", "92/2017/NĐ-CP"),
    ]


def test_implementing_wording_after_the_body_begins_is_not_the_texts_act():
    text = ("Số: 1582/QĐ-UBND\nThực hiện Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ, Ủy ban nhân "
            "dân tỉnh ban hành Quyết định.\n**Điều 1**. Phê duyệt quy trình.\n"
            "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu cá nhân.\n")
    assert rels(text) == [("1582/QĐ-UBND", "implements", "10/CT-TTg")]


def test_a_pinpoint_between_a_passive_trigger_and_the_amending_document_keeps_the_link():
    text = ("Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính được sửa đổi, bổ sung bởi khoản 59 Điều 1 "
            "Thông tư số 39/2018/TT-BTC ngày 20/4/2018 của Bộ Tài chính.")
    assert rels(text) == [("39/2018/TT-BTC", "amends", "38/2015/TT-BTC")]
    assert rels("Thông tư 30/2025/TT-NHNN sửa đổi, bổ sung khoản 10 Điều 3 Thông tư 15/2024/TT-NHNN.") == [
        ("30/2025/TT-NHNN", "amends", "15/2024/TT-NHNN")]


def test_guiding_wording_in_its_common_variants_is_guides():
    for wording in ("hướng dẫn thi hành một số nội dung của", "quy định chi tiết và hướng dẫn thi hành một số điều của",
                    "ban hành quy định chi tiết thi hành một số điều của", "thi hành một số điều của"):
        text = f"Căn cứ Nghị định số 61/2020/NĐ-CP ngày 29/5/2020 của Chính phủ {wording} Luật số 38/2013/QH13;"
        assert ("61/2020/NĐ-CP", "guides", "38/2013/QH13") in rels(text), wording


def test_a_cau_can_cu_list_that_continues_on_the_next_line_keeps_its_legal_basis():
    text = ("Số: 02124/QĐ-UBND\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục "
            "hành chính;\nNghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của "
            "Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan;\n")
    assert rels(text) == [
        ("02124/QĐ-UBND", "legal_basis", "48/2013/NĐ-CP"),
        ("02124/QĐ-UBND", "legal_basis", "63/2010/NĐ-CP"),
        ("02124/QĐ-UBND", "legal_basis", "92/2017/NĐ-CP"),
    ]


def test_the_text_naming_itself_before_a_trigger_acts_as_the_subject():
    text = ("Số: 20/2025/NQ-HĐND\n**Điều 3.** Nghị quyết này bãi bỏ các Nghị quyết:\n"
            "a) Nghị quyết số 10/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Trà Vinh;\n"
            "b) Nghị quyết số 11/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Bến Tre.\n")
    assert rels(text) == [("20/2025/NQ-HĐND", "repeals", "10/2024/NQ-HĐND"),
                          ("20/2025/NQ-HĐND", "repeals", "11/2024/NQ-HĐND")]


def test_a_consolidated_texts_preamble_and_repeals_belong_to_the_document_it_consolidates():
    text = ("Số: 57/VBHN-BCT\nThông tư số 09/2025/TT-BCT ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ Công Thương, có "
            "hiệu lực kể từ ngày 20 tháng 3 năm 2025, được sửa đổi, bổ sung bởi:\n"
            "Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30 tháng 11 năm 2024;\n"
            "**Điều 15.** Bãi bỏ Thông tư số 15/2022/TT-BCT ngày 03 tháng 10 năm 2022 của Bộ trưởng Bộ Công Thương.\n")
    assert rels(text) == [("09/2025/TT-BCT", "legal_basis", "61/2024/QH15"),
                          ("09/2025/TT-BCT", "repeals", "15/2022/TT-BCT")]


def test_a_law_named_without_its_number_takes_the_number_the_text_gives_that_name():
    text = ("Căn cứ Luật Quản lý ngoại thương số 05/2017/QH14 ngày 12 tháng 6 năm 2017;\n"
            "Căn cứ Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ quy định chi tiết một số điều "
            "của Luật Quản lý ngoại thương;")
    assert ("69/2018/NĐ-CP", "guides", "05/2017/QH14") in rels(text)
    both = ("Luật Đất đai số 45/2013/QH13 và Luật Đất đai số 31/2024/QH15. Nghị định số 10/2023/NĐ-CP quy định "
            "chi tiết một số điều của Luật Đất đai.")
    (ambiguous,) = [r for r in extract_text(both).references if r.surface == "Luật Đất đai"]
    assert ambiguous.ambiguous is True


def test_an_ordinance_or_code_named_in_lower_case_is_a_named_document():
    assert refs("theo Pháp lệnh quản lý thị trường và Bộ luật hàng hải.") == [
        ("Pháp lệnh quản lý thị trường", "Pháp lệnh", None, None, None),
        ("Bộ luật hàng hải", "Bộ luật", None, None, None),
    ]
    assert refs("các luật, pháp lệnh có liên quan") == []


def test_a_law_with_its_official_number_and_no_so_is_one_reference():
    assert refs("Căn cứ Luật Đất đai 31/2024/QH15;") == [
        ("Luật Đất đai 31/2024/QH15", "Luật", "31/2024/QH15", None, None)]


def test_a_name_the_lexicon_lists_runs_over_words_that_end_other_names():
    assert refs("theo Luật Thực hiện dân chủ ở cơ sở và Pháp lệnh Ưu đãi người có công với cách mạng.") == [
        ("Luật Thực hiện dân chủ ở cơ sở", "Luật", None, None, None),
        ("Pháp lệnh Ưu đãi người có công với cách mạng", "Pháp lệnh", None, None, None),
    ]


def test_an_amending_law_without_bo_sung_amends_every_law_it_names_and_keeps_its_year():
    text = ("Luật sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ "
            "ở cơ sở 2025 có hiệu lực từ ngày 01/7/2025.")
    amending = ("Luật sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân "
                "chủ ở cơ sở 2025")
    assert rels(text) == [(amending, "amends", law) for law in (
        "Luật Công đoàn", "Luật Mặt trận Tổ quốc Việt Nam", "Luật Thanh niên", "Luật Thực hiện dân chủ ở cơ sở")]


def test_an_amending_ordinance_amends_the_ordinance_it_names():
    text = "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức ngày 29 tháng 4 năm 2003"
    assert rels(text) == [("Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức", "amends",
                           "Pháp lệnh cán bộ, công chức")]


def test_laws_listed_in_lower_case_in_an_amending_laws_name_are_each_amended():
    text = ("Luật sửa đổi, bổ sung một số điều của luật chứng khoán, luật kế toán, luật quản lý, sử dụng tài sản công "
            "và luật quản lý thuế số 56/2024/QH15 ngày 29/11/2024.")
    assert [(r.surface, r.number) for r in extract_text(text).references][1:] == [
        ("luật chứng khoán", None), ("luật kế toán", None), ("luật quản lý, sử dụng tài sản công", None),
        ("luật quản lý thuế", None)]
    assert rels(text) == [("56/2024/QH15", "amends", law) for law in (
        "luật chứng khoán", "luật kế toán", "luật quản lý thuế", "luật quản lý, sử dụng tài sản công")]
    assert refs("theo quy định của luật, pháp lệnh và luật quản lý thuế.") == []


def test_a_capitalised_word_glued_before_luat_makes_it_part_of_another_name():
    assert refs("và kết nối cộng đồng Dân Luật Việt Nam, nhằm giúp công chúng.") == []
    assert refs("Theo Luật Đất đai năm 2024, người sử dụng đất") == [
        ("Luật Đất đai năm 2024", "Luật", None, None, None)]
    assert refs("SỬA ĐỔI MỘT SỐ ĐIỀU CỦA LUẬT QUY HOẠCH") == [("LUẬT QUY HOẠCH", "Luật", None, None, None)]


def test_the_constitution_is_a_reference_by_its_full_name_or_year_not_in_general():
    assert refs("Công dân phải tuân thủ Hiến pháp và pháp luật; Quốc hội làm Hiến pháp.") == []
    assert [r[0] for r in refs("theo Hiến pháp năm 2013 và Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")] == [
        "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]


def test_an_emphasis_closed_and_reopened_inside_a_mention_stays_inside_it():
    assert refs("Căn cứ Nghị định số* *26/2018/NĐ-CP ngày 28 tháng 02 năm 2018 của\nChính phủ;") == [
        ("Nghị định số* *26/2018/NĐ-CP ngày 28 tháng 02 năm 2018 của\nChính phủ", "Nghị định", "26/2018/NĐ-CP",
         "2018-02-28", "Chính phủ")]
    assert refs("theo Thông tư số 49/2025/TT-BCT ngày ngày 09 tháng 9 năm 2025.")[0][3] == "2025-09-09"


def test_a_decree_named_by_the_decree_it_amends_or_the_law_it_details_is_a_reference_with_that_link():
    text = "Bộ Xây dựng đang xây dựng Nghị định sửa đổi Nghị định 100/2024 về phát triển nhà ở xã hội."
    assert refs(text) == [("Nghị định sửa đổi Nghị định 100/2024", "Nghị định", None, None, None),
                          ("Nghị định 100/2024", "Nghị định", "100/2024/NĐ-CP", None, None)]
    assert rels(text) == [("Nghị định sửa đổi Nghị định 100/2024", "amends", "100/2024/NĐ-CP")]
    planned = "Bộ Tài nguyên trình Nghị định quy định chi tiết một số điều của Luật Đất đai số 31/2024/QH15."
    assert rels(planned) == [("Nghị định quy định chi tiết một số điều của Luật Đất đai số 31/2024/QH15", "guides",
                              "31/2024/QH15")]
    assert rels("Chính phủ ban hành Nghị định sửa đổi Nghị định số 72/2020/NĐ-CP.") == []


def test_a_passive_gloss_in_brackets_names_every_amending_law():
    text = ("Căn cứ Luật Đấu thầu số 22/2023/QH15 (được sửa đổi, bổ sung tại Luật số 57/2024/QH15, Luật số "
            "90/2025/QH15);")
    assert ("57/2024/QH15", "amends", "22/2023/QH15") in rels(text)
    assert ("90/2025/QH15", "amends", "22/2023/QH15") in rels(text)


def test_a_trigger_at_the_end_of_a_line_acts_on_the_document_the_next_line_names():
    text = ("Số: 1597/QĐ-TTPVHCC\n**Điều 3**. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Quyết định này bãi bỏ toàn bộ\nQuyết định số 1736/QĐ-UBND ngày 27/4/2020 của Chủ tịch UBND Thành phố.\n")
    assert rels(text) == [("1597/QĐ-TTPVHCC", "repeals", "1736/QĐ-UBND")]
    planned = "Số: 12/KH-UBND\nSở Tư pháp tham mưu bãi bỏ\nQuyết định số 1736/QĐ-UBND ngày 27/4/2020.\n"
    assert rels(planned) == []


def test_a_letters_closing_ends_what_acts_for_it():
    text = ("Số: 39209/CHQ-GSQL\nKính gửi: Công ty TNHH A.\nThực hiện Công văn số 12/BTC-TCHQ ngày 01/11/2025 của Bộ "
            "Tài chính, Cục Hải quan trả lời như sau.\nNơi nhận:\n- Như trên.\n"
            "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu cá nhân.\n")
    assert rels(text) == [("39209/CHQ-GSQL", "implements", "12/BTC-TCHQ")]


def test_a_joint_circular_names_both_its_issuers():
    assert refs("theo Thông tư liên tịch 12/2010/TTLT-BKHĐT-BTC ngày 28/5/2010 của Bộ Kế hoạch và Đầu tư và Bộ\n"
                "Tài chính hướng dẫn") == [
        ("Thông tư liên tịch 12/2010/TTLT-BKHĐT-BTC ngày 28/5/2010 của Bộ Kế hoạch và Đầu tư và Bộ\nTài chính",
         "Thông tư liên tịch", "12/2010/TTLT-BKHĐT-BTC", "2010-05-28", "Bộ Kế hoạch và Đầu tư và Bộ Tài chính")]


def relation_ends(text):
    return sorted((r.to_json()["from"], r.type, r.to_json()["to"]) for r in extract_text(text).relations)


def test_a_numberless_end_is_named_as_the_sentence_stating_the_relation_writes_it():
    # One law, written two ways in one decree (as e13c637d's is): its identity is one, case-blind;
    # each relation names it as its own sentence does, tone marks as written ("Thuỷ").
    text = ("Số: 15/2024/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Luật Thuỷ Sản ngày 21 tháng 11 năm 2017;\n"
            "Căn cứ Nghị định số 26/2019/NĐ-CP ngày 08 tháng 3 năm 2019 của Chính phủ quy định chi tiết "
            "một số điều và biện pháp thi hành Luật thuỷ sản;")
    extraction = extract_text(text)
    assert {r.object.key for r in extraction.relations if r.object.number is None} == {"Luật|name|luật thủy sản"}
    assert relation_ends(text) == [
        ("15/2024/QĐ-UBND", "legal_basis", "26/2019/NĐ-CP"),
        ("15/2024/QĐ-UBND", "legal_basis", "Luật Thuỷ Sản"),
        ("26/2019/NĐ-CP", "guides", "Luật thuỷ sản"),
    ]


def test_a_document_amends_the_one_its_object_is_located_in():
    # "A bổ sung <what> quy định tại B" (a provincial decision, as 150d48a0's lists them) and
    # "A sửa đổi, bổ sung <what> ban hành kèm theo B": A's own predicate, its object located in B.
    assert relation_ends(
        "Quyết định số 06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu chuẩn, "
        "định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Quyết định số 09/2019/QĐ-UBND ngày 28 "
        "tháng 5 năm 2019 của Ủy ban nhân dân tỉnh Kon Tum.") == [("06/2020/QĐ-UBND", "amends", "09/2019/QĐ-UBND")]
    assert relation_ends(
        "Thông tư 17/2025/TT-BGDĐT sửa đổi, bổ sung một số nội dung trong Chương trình giáo dục phổ thông "
        "ban hành kèm theo Thông tư 32/2018/TT-BGDĐT.") == [("17/2025/TT-BGDĐT", "amends", "32/2018/TT-BGDĐT")]


def test_a_gap_that_does_not_open_with_the_predicate_or_cites_a_rule_states_no_amendment():
    assert relation_ends(
        "Nghị định 130/2020/NĐ-CP quy định việc kê khai bổ sung được thực hiện theo Mẫu bản kê khai tại "
        "Phụ lục II ban hành kèm theo Nghị định 59/2019/NĐ-CP.") == []
    assert relation_ends(
        "Thông tư 23/2025/TT-BGDĐT sửa đổi, bổ sung nội dung để phù hợp với chức năng thanh tra theo quy "
        "định tại Nghị định 43/2023/NĐ-CP.") == []


def test_a_pinpoint_ending_a_line_points_into_the_document_the_next_line_names():
    # As c8549ab2's letter quotes a decree: the line ends "... tại điểm a khoản 5 Điều 1".
    assert relation_ends(
        "- Tại khoản 1 Điều 17 Nghị định số\n103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử "
        "dụng đất,\ntiền thuê đất đã được sửa đổi bổ sung tại điểm a khoản 5 Điều 1\nNghị định số "
        "291/2025/NĐ-CP ngày 06/11/2025 (có hiệu lực ngày 06/11/2025)\nquy định:") == [
        ("291/2025/NĐ-CP", "amends", "103/2024/NĐ-CP")]


def test_a_bracketed_gloss_glosses_the_mention_before_it_past_a_semicolon_of_its_title():
    assert relation_ends(
        "Điều 91 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài\nchính quy định về thủ tục hải quan; "
        "kiểm tra, giám sát hải quan; thuế xuất\nkhẩu, thuế nhập khẩu (được sửa đổi, bổ sung bởi khoản 59 "
        "Điều 1 Thông tư số 39/2018/TT-BTC ngày\n20/4/2018).") == [("39/2018/TT-BTC", "amends", "38/2015/TT-BTC")]
    # A list item after the ";" is not glossed by the bracket of the next one.
    assert relation_ends(
        "Căn cứ Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính; Thông tư số 39/2018/TT-BTC "
        "ngày 20/4/2018 (đã được sửa đổi, bổ sung bởi Thông tư số 12/2022/TT-BTC);") == [
        ("12/2022/TT-BTC", "amends", "39/2018/TT-BTC")]


def test_a_quoted_preamble_in_a_consolidated_texts_footnote_is_the_named_documents_legal_basis():
    # The footnote form of every VBHN (as 087cf37a's): the quoted Căn cứ are 25/2025's, not those of
    # 09/2025 (the document the VBHN consolidates, for which its own Căn cứ lines act).
    text = ("BỘ CÔNG THƯƠNG\nSố: 57/VBHN-BCT\nTHÔNG TƯ\nThông tư số 09/2025/TT-BCT ngày 01 tháng 02 năm 2025 "
            "của Bộ trưởng Bộ Công Thương, có hiệu lực kể từ ngày 17 tháng 3 năm 2025, được sửa đổi, bổ sung bởi "
            "Thông tư số 25/2025/TT-BCT ngày 13 tháng 4 năm 2025.\n\nCăn cứ Nghị định số 96/2022/NĐ-CP ngày 29 "
            "tháng 11 năm 2022 của Chính phủ;\n\n[1] Thông tư số\n25/2025/TT-BCT sửa đổi, bổ sung Điều 3 Thông tư "
            "số 09/2025/TT-BCT có căn cứ ban hành như\nsau:\n\n*“Căn cứ Nghị định số\n40/2025/NĐ-CP ngày 26 tháng "
            "02 năm 2025 của Chính phủ;*\n\n*Theo đề nghị của Cục\ntrưởng Cục Điện lực;*\n\n*Bộ trưởng Bộ Công\n"
            "Thương ban hành Thông tư.”*\n")
    assert [rel for rel in relation_ends(text) if rel[1] == "legal_basis"] == [
        ("09/2025/TT-BCT", "legal_basis", "96/2022/NĐ-CP"),
        ("25/2025/TT-BCT", "legal_basis", "40/2025/NĐ-CP"),
    ]


def test_a_district_or_commune_body_is_stated_whole_as_the_issuer():
    assert refs("Bãi bỏ Quyết định số 18/2025/QĐ-UBND ngày 14 tháng 3 năm 2025\ncủa Ủy ban nhân dân huyện "
                "Phù Cát về việc ban hành Quy chế;") == [
        ("Quyết định số 18/2025/QĐ-UBND ngày 14 tháng 3 năm 2025\ncủa Ủy ban nhân dân huyện Phù Cát",
         "Quyết định", "18/2025/QĐ-UBND", "2025-03-14", "Ủy ban nhân dân huyện Phù Cát")]
    assert refs("Thực hiện Kế hoạch số 12-KH/HU ngày 02/3/2025 của Ban Thường vụ Huyện ủy Tư Nghĩa;")[0][4] == (
        "Ban Thường vụ Huyện ủy Tư Nghĩa")
    assert refs("theo Quyết định số 45/QĐ-UBND ngày 05/01/2025 của UBND phường Bến Nghé.")[0][4] == (
        "UBND phường Bến Nghé")
