"""The one preferred-form rule: most texts, then not shouting, then the longest."""

from policygraph.rdf.preferred import preference, preferred, shouts


def test_a_heading_in_capitals_loses_to_a_shorter_title_in_ordinary_case():
    assert preferred(["VỀ XÂY DỰNG VÀ PHÁT TRIỂN THÀNH PHỐ HẢI PHÒNG", "về xây dựng thành phố Hải Phòng"]) == (
        "về xây dựng thành phố Hải Phòng")


def test_among_forms_in_ordinary_case_the_longest_wins_and_the_first_of_equals():
    assert preferred(["về chiến lược", "về chiến lược phát triển bền vững", "về chiến lược phát triển bền vững"]) == (
        "về chiến lược phát triển bền vững")
    assert preferred(["Luật Đất đai", "Luật đất đai"]) == "Luật Đất đai"


def test_when_every_form_shouts_the_longest_wins():
    assert preferred(["LUẬT ĐẤT ĐAI", "LUẬT ĐẤT ĐAI 2024"]) == "LUẬT ĐẤT ĐAI 2024"


def test_the_form_more_texts_state_wins_over_a_longer_one():
    forms = {"về chiến lược": 2, "về chiến lược phát triển bền vững": 1}
    assert min(forms, key=lambda form: preference(form, forms[form])) == "về chiến lược"


def test_a_number_in_capitals_shouts_but_a_number_with_lower_case_letters_does_not():
    assert shouts("NGHỊ QUYẾT 45-NQ/TW")
    assert not shouts("Quyết định 1234/QĐ-TTg")
