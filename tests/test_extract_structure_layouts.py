"""Layouts of real plans and dispatches that the structure reader takes by their cause (issue 21), each
pinned exactly on a short passage written the way the wild texts write it."""

from __future__ import annotations

from policygraph.extract.pipeline import extract_text

DISPATCH = (
    "CÔNG ĐIỆN\nVề việc tập trung khắc phục hậu quả lũ lụt\n"
    "Hiện nay, mưa đã giảm, lũ đã rút, Thủ tướng Chính phủ yêu cầu:\n"
    "1. Chủ tịch Ủy ban nhân dân các tỉnh Đắk Lắk, Khánh Hòa tiếp tục huy động lực lượng tiếp cận các hộ dân "
    "bị cô lập.\n"
    "2. Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan xuất cấp hàng dự trữ quốc gia.\n"
)


def test_a_paragraph_that_assigns_what_follows_introduces_the_areas_of_a_dispatch():
    extraction = extract_text(DISPATCH)
    assert [(a.ordinal, a.title) for a in extraction.solution_areas] == [
        (1, "Chủ tịch Ủy ban nhân dân các tỉnh Đắk Lắk, Khánh Hòa tiếp tục huy động lực lượng tiếp cận các hộ "
            "dân bị cô lập"),
        (2, "Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan xuất cấp hàng dự trữ quốc gia"),
    ]


def test_an_assigning_verb_followed_by_other_words_introduces_nothing():
    # "Hồ sơ đề nghị gồm:" lists a file's documents; a decree's numbered clauses are not areas.
    text = ("Điều 5. Hồ sơ\nHồ sơ đề nghị gồm:\n1. Đơn đề nghị theo Mẫu số 01.\n"
            "2. Bản sao giấy chứng nhận đăng ký doanh nghiệp.\n")
    assert extract_text(text).solution_areas == []


def test_a_dispatch_paragraph_that_states_who_leads_and_who_helps_gives_its_items_those_roles():
    text = ("Thủ tướng Chính phủ yêu cầu:\n"
            "1. Bộ Tài chính chủ trì, phối hợp với Bộ Công an:\n"
            "a) Rà soát các mặt hàng dự trữ quốc gia.\n"
            "b) Tổ chức giao hàng đúng địa điểm quy định.\n")
    tasks = extract_text(text).tasks
    assert [(t.text, [(a.name, a.role, a.inherited) for a in t.actors]) for t in tasks] == [
        ("Rà soát các mặt hàng dự trữ quốc gia",
         [("Bộ Tài chính", "lead", True), ("Bộ Công an", "coordinating", True)]),
        ("Tổ chức giao hàng đúng địa điểm quy định",
         [("Bộ Tài chính", "lead", True), ("Bộ Công an", "coordinating", True)]),
    ]


def test_a_tasks_deadlines_are_read_with_their_precision_but_not_a_cited_documents_date():
    text = ("Thủ tướng Chính phủ yêu cầu:\n"
            "1. Bộ Tài chính chủ trì:\n"
            "a) Rà soát các mặt hàng dự trữ quốc gia, hoàn thành trước ngày 30/11/2025.\n"
            "b) Báo cáo kết quả thực hiện Quyết định số 12/QĐ-TTg ngày 05/01/2025 trong Quý IV/2025.\n"
            "c) Tổ chức sơ kết hằng năm việc thực hiện giai đoạn 2026 - 2030.\n")
    tasks = extract_text(text).tasks
    assert [[(d.text, d.value, d.precision) for d in t.deadlines] for t in tasks] == [
        [("trước ngày 30/11/2025", "2025-11-30", "day")],
        [("trong Quý IV/2025", "2025-Q4", "quarter")],
        [("hằng năm", "yearly", "recurring"), ("giai đoạn 2026 - 2030", "2026/2030", "period")],
    ]


PLAN_ARRANGEMENTS = (
    "KẾ HOẠCH\nPhát động phong trào thi đua\n"
    "**I. MỤC ĐÍCH, YÊU CẦU**\n1. Động viên cán bộ, công chức tham gia phong trào.\n"
    "**II. TỔ CHỨC THỰC HIỆN**\n"
    "**1. Sở Văn hóa, Thể thao và Du lịch**\nChủ trì tuyên truyền về phong trào thi đua.\n"
    "**2. Các cơ quan, đơn vị, địa phương**\nTổ chức phát động phong trào thi đua tại đơn vị.\n"
)


def test_an_implementation_section_that_assigns_work_body_by_body_holds_the_areas():
    extraction = extract_text(PLAN_ARRANGEMENTS)
    assert [(a.path, a.title) for a in extraction.solution_areas] == [
        ("2", "TỔ CHỨC THỰC HIỆN"), ("2.1", "Sở Văn hóa, Thể thao và Du lịch"),
        ("2.2", "Các cơ quan, đơn vị, địa phương")]
    assert [t.text for t in extraction.tasks] == [
        "Chủ trì tuyên truyền về phong trào thi đua", "Tổ chức phát động phong trào thi đua tại đơn vị"]


def test_an_implementation_section_of_clauses_that_are_not_bodies_holds_no_areas():
    text = ("**Điều 4. Trách nhiệm thi hành**\n\n1. Trường hợp các văn bản dẫn chiếu được sửa đổi thì áp dụng "
            "văn bản sửa đổi.\n\n2. Ban hành kèm theo Quyết định này Quy chế làm việc.\n")
    assert extract_text(text).solution_areas == []
