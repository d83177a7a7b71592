"""Reference and relation extraction on the forms real texts use, each pinned exactly."""

from __future__ import annotations

import spacy

from policygraph.extract.pipeline import COMPONENTS, build_pipeline, extract_text, extract_texts

from .conftest import CORPUS


def refs(text):
    return [(r.surface, r.type, r.number, r.date, r.issuer, r.term) for r in extract_text(text).references]


def rels(text):
    return sorted((r.subject.label, r.type, r.object.label) for r in extract_text(text).relations)


def test_short_form_takes_the_full_number_the_text_states():
    text = "Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị. Sau 5 năm thực hiện NQ 45, Nghị quyết 45 đã..."
    got = [(r.surface, r.number) for r in extract_text(text).references]
    assert got == [
        ("Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị", "45-NQ/TW"),
        ("NQ 45", "45-NQ/TW"),
        ("Nghị quyết 45", "45-NQ/TW"),
    ]


def test_short_form_without_a_full_number_keeps_the_number_as_written():
    assert refs("Theo Chỉ thị 32, các sở phải báo cáo.") == [("Chỉ thị 32", "Chỉ thị", "32", None, None, None)]


def test_list_of_numbers_gives_one_reference_each():
    assert refs("các Nghị quyết số 45-NQ/TW và 30-NQ/TW") == [
        ("Nghị quyết số 45-NQ/TW", "Nghị quyết", "45-NQ/TW", None, None, None),
        ("30-NQ/TW", "Nghị quyết", "30-NQ/TW", None, None, None),
    ]


def test_upper_case_heading_is_normalised():
    assert refs("KẾT LUẬN SỐ 96-KL/TW NGÀY 30 THÁNG 09 NĂM 2024\nCỦA BỘ CHÍNH TRỊ") == [
        ("KẾT LUẬN SỐ 96-KL/TW NGÀY 30 THÁNG 09 NĂM 2024\nCỦA BỘ CHÍNH TRỊ", "Kết luận", "96-KL/TW",
         "2024-09-30", "Bộ Chính trị", None)
    ]


def test_dates_in_every_common_form_become_iso():
    for written in ("ngày 24/1/2019", "ngày 24-01-2019", "ngày 24 tháng 01 năm 2019", "ngày 24.01.2019"):
        (ref,) = extract_text(f"Nghị quyết số 45-NQ/TW {written} về Hải Phòng").references
        assert ref.date == "2019-01-24", written


def test_line_break_inside_a_reference_stays_in_the_surface():
    text = "theo Quyết định số 104/2000/QĐ-TTg ngày 25 tháng 8 năm 2000 của Thủ\ntướng Chính phủ về việc"
    (ref,) = extract_text(text).references
    assert ref.surface == "Quyết định số 104/2000/QĐ-TTg ngày 25 tháng 8 năm 2000 của Thủ\ntướng Chính phủ"
    assert ref.issuer == "Thủ tướng Chính phủ"


def test_national_assembly_suffix_gives_the_term():
    (ref,) = extract_text("Nghị quyết số 35/2021/QH15 ngày 13/11/2021 của Quốc hội").references
    assert (ref.term, ref.identity.key) == ("XV", "NQ|35/2021/QH15|2021")


def test_inferred_issuer_comes_from_the_suffix_when_the_text_does_not_say():
    (ref,) = extract_text("Thực hiện Quyết định số 1579/QĐ-TTg của").references
    assert (ref.issuer, ref.issuer_inferred) == (None, "Thủ tướng Chính phủ")


def test_named_laws_without_numbers():
    assert refs("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật Đầu tư năm 2020 và Luật An toàn, "
                "vệ sinh lao động;") == [
        ("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015", "Luật", None, "2015-06-19", None, None),
        ("Luật Đầu tư năm 2020", "Luật", None, None, None, None),
        ("Luật An toàn, vệ sinh lao động", "Luật", None, None, None, None),
    ]


def test_amending_law_is_one_mention_and_amends_the_laws_it_names():
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
            "địa phương ngày 22 tháng 11 năm 2019;")
    got = refs(text)
    assert got[0] == ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                      "địa phương ngày 22 tháng 11 năm 2019", "Luật", None, "2019-11-22", None, None)
    assert got[1:] == [("Luật Tổ chức Chính phủ", "Luật", None, None, None, None),
                       ("Luật Tổ chức chính quyền địa phương", "Luật", None, None, None, None)]
    amending = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
    assert (amending, "amends", "Luật Tổ chức Chính phủ") in rels(text)


def test_congress_resolution_is_named_by_its_congress():
    assert refs("gắn với Nghị quyết Đại hội XIII của Đảng") == [
        ("Nghị quyết Đại hội XIII của Đảng", "Nghị quyết", None, None, "Đảng", None)
    ]


def test_internal_pointers_and_generic_mentions_are_not_references():
    assert refs("Nghị quyết này có hiệu lực; các đề án về sắp xếp; các văn bản quy phạm pháp luật số ít") == []


def test_ambiguous_bare_number_is_marked_not_guessed():
    text = ("Nghị quyết số 45-NQ/TW ngày 24/1/2019 về Hải Phòng và Nghị quyết số 45-NQ/TW ngày 24/11/2023 về "
            "trí thức. Tiếp tục thực hiện Nghị quyết số 45-NQ/TW.")
    bare = extract_text(text).references[-1]
    assert (bare.ambiguous, bare.identity.year) == (True, None)


def test_each_relation_type_is_read_from_its_trigger():
    subject = "Số: 12/2025/QĐ-TTg\n\n"
    cases = {
        "implements": "Nghị quyết số 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW.",
        "continues": "Kết luận số 96-KL/TW ngày 30/9/2024 về tiếp tục thực hiện Nghị quyết số 45-NQ/TW.",
        "legal_basis": subject + "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ;",
        "amends": "Nghị định số 16/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 72/2020/NĐ-CP.",
        "replaces": subject + "Quyết định này thay thế Quyết định số 30/2019/QĐ-TTg.",
        "repeals": subject + "Điều 2. Bãi bỏ Quyết định số 104/2000/QĐ-TTg ngày 25/8/2000.",
        "guides": "Thông tư số 01/2021/TT-BTP ngày 3/2/2021 quy định chi tiết một số điều của Nghị định số "
                  "29/2015/NĐ-CP.",
        "linked_with": "thực hiện Nghị quyết số 45-NQ/TW gắn với Nghị quyết số 30-NQ/TW.",
        "reviews": subject + "Rà soát, đánh giá các cơ chế tại Nghị quyết số 35/2021/QH15.",
        "corrects": subject + "Đính chính Thông tư số 01/2021/TT-BTP ngày 03/02/2021 như sau:",
        "consolidates": "Văn bản hợp nhất số 05/VBHN-BTP hợp nhất Thông tư số 01/2021/TT-BTP.",
        "suspends": subject + "Đình chỉ thi hành Quyết định số 15/2021/QĐ-UBND ngày 8/7/2021.",
    }
    for expected, text in cases.items():
        assert [r[1] for r in rels(text)] == [expected], (expected, rels(text))


def test_planned_act_is_not_a_relation():
    text = "Số: 1026/KH-UBND\n\nCông an tỉnh tham mưu UBND tỉnh thay thế Quyết định số 15/2021/QĐ-UBND."
    assert rels(text) == []


def test_qa_citation_is_not_a_legal_basis():
    text = "Số: 3/2025/QĐ-TTg\n\nCăn cứ theo Điều 3 Nghị định số 73/2024/NĐ-CP thì mức lương cơ sở là"
    assert rels(text) == []


def test_pipeline_round_trips_through_disk(tmp_path, seed_text):
    nlp = build_pipeline()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == list(COMPONENTS)
    assert loaded.pipe_names[:3] == ["policygraph_references", "policygraph_sentences", "policygraph_relations"]
    assert extract_text(seed_text, "s", loaded).to_json() == extract_text(seed_text, "s", nlp).to_json()


def test_two_processes_give_the_same_extractions_as_one():
    items = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))[:4]]
    one = [e.to_json() for e in extract_texts(items, n_process=1)]
    two = [e.to_json() for e in extract_texts(items, n_process=2)]
    assert one == two
