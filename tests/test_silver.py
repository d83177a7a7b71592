"""The silver checks' own readers (header number, Căn cứ items) and the checks on the real texts of
data/corpus, pinned exactly; over ../shared/corpus/wild they run in `make eval`."""

from __future__ import annotations

from policygraph.silver import check, header_number, legal_texts, listed_legal_bases, report

from .conftest import CORPUS


def test_the_header_number_is_read_in_every_layout_met():
    assert header_number("CHÍNH PHỦ\nSố: 16/2025/NĐ-CP\nHà Nội") == "16/2025/NĐ-CP"
    assert header_number("**Số hiệu:**\n|\n39365/CHQ-GSQL\n|\n**Loại văn bản:**") == "39365/CHQ-GSQL"
    assert header_number("QUỐC HỘI | CỘNG HÒA\nLuật số: 60/2024/QH15 |\n|") == "60/2024/QH15"
    assert header_number("Số: 3783/QĐ-\nUBND\n") == "3783/QĐ-\nUBND"
    assert header_number("Số lượng Phó Chủ tịch Hội đồng là 3") is None


def test_each_can_cu_item_lists_its_first_document_not_those_in_its_title():
    preamble = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
                "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; "
                "Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị "
                "định liên quan;\n"
                "Căn cứ Nghị định số 105/2024/NĐ-CP của Chính phủ sửa đổi Nghị định số 96/2022/NĐ-CP;\n"
                "Căn cứ theo Điều 5 Nghị định số 10/2020/NĐ-CP;\n"
                "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 52/TTr-STC.\n")
    assert listed_legal_bases(preamble) == ["63/2010/NĐ-CP", "92/2017/NĐ-CP", "105/2024/NĐ-CP"]


def test_the_checks_on_the_legal_texts_of_data_corpus():
    texts = legal_texts(CORPUS)
    # 02_nq-07 has neither a number in its header nor the national header: not laid out as a legal text.
    assert [name[:2] for name, _ in texts] == ["01", "07", "09", "11", "13", "15"]
    result = check(texts)
    assert (result.texts, result.with_header, result.subject_right, result.listed, result.listed_found) == (
        6, 6, 6, 4, 4)
    assert report(result, where="data/corpus").splitlines() == [
        "silver checks over 6 legal texts of data/corpus (0 failed in extraction)",
        "  subject = the 'Số:' header number: 6 of 6 texts with such a header (1.000)",
        "  numbered documents listed in 'Căn cứ ...;' lines that are a legal_basis of the subject: 4 of 4 (1.000), "
        "in texts whose subject is right",
    ]


def test_texts_with_and_without_a_can_cu_line_count_their_listed_documents():
    text = ("Số: 12/2025/QĐ-UBND\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;\n"
            "Xét đề nghị của Sở Tài chính.\n")
    result = check([("a.md", text), ("b.md", text.replace("Căn cứ", "Theo"))])
    assert (result.with_header, result.subject_right, result.listed, result.listed_found) == (2, 2, 1, 1)
    wrong = check([("c.md", "Số: 12/2025/QĐ-UBND\nCăn cứ Nghị định số 63/2010/NĐ-CP;\n")])
    assert (wrong.subject_right, wrong.listed_found) == (1, 1)
