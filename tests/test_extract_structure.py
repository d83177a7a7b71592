"""The structure of the real texts: page boilerplate, solution areas, tasks, actors and roles, places,
target years, targets and themes, into JSON and into the graph. Exact values: the seed's and the plan's
structure gold (tests/structure_gold.py: the gold less its named known deviations, each checked to still
hold), and where the gold states nothing (boilerplate, kinds, themes, composed snippets) the values a
reading of the text gives."""

from __future__ import annotations

import unicodedata

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from policygraph.evaluation import score_structure
from policygraph.extract.pipeline import extract_text
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.rdf.namespaces import PG, PGS, sparql_prologue
from policygraph.text.boilerplate import CREDIT_KINDS, boilerplate_spans
from policygraph.validation.validate import validate_graph

from .conftest import CORPUS, read_text
from .structure_gold import (
    KNOWN_EXTRA_PLACES,
    KNOWN_INHERITED_ROLES,
    KNOWN_MERGED_TASKS,
    KNOWN_TARGET_TEXTS,
    fold,
    plan_gold,
    plan_items_not_covered,
    seed_area_task_counts,
    seed_expected_roles,
    seed_expected_targets,
    seed_expected_tasks,
    seed_gold_tasks,
)
from .vocabulary_check import undefined_terms

BASE = "https://w3id.org/policygraph/id/"
GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")
PLAN = "15_kh-1026-ubnd-nghe-an-thuc-hien-chi-thi-32-ct-ttg.txt"
NO_SOLUTION_PART = [
    "01_nq-45-nq-tw-2019-hai-phong-phan-dau.txt",  # "I- TÌNH HÌNH VÀ NGUYÊN NHÂN": an excerpt before its solutions
    "02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt",  # Điều 1-3 of the resolution, not the programme
    "07_luat-57-2024-qh15-sua-doi-quy-hoach-dau-tu-ppp-dau-thau.txt",  # Điều / khoản / điểm of a law
    "09_qd-44-2025-qd-ttg-bai-bo-vbqppl.txt",  # a numbered list of repealed decisions
    "11_nd-16-2025-nd-cp-sua-doi-nd-72-2020-dan-quan-tu-ve.txt",
    "13_nd-09-2025-nd-cp-ho-tro-san-xuat-nong-nghiep.txt",  # Chương / Điều / "a) Trách nhiệm của ..."
]


@pytest.fixture(scope="module")
def seed(seed_extraction):
    return seed_extraction.to_json()


@pytest.fixture(scope="module")
def plan():
    return extract_text(read_text(PLAN), PLAN)


def tasks_of(extraction, ordinal):
    return [t for t in extraction.tasks if t.area_path == str(ordinal)]


def actor_roles(task):
    return {(a.id, a.role, a.inherited) for a in task.actors}


# ---- cleaning -----------------------------------------------------------------------------------


def test_seed_boilerplate_is_found_with_offsets_into_the_text(seed_text):
    spans = [(s.kind, seed_text[s.start:s.end]) for s in boilerplate_spans(seed_text)]
    assert spans == [
        ("relative_time", "5 giờ trước"),
        ("original_link", "Bài gốc"),
        ("caption", "Cảng Hải Phòng thực hiện cam kết cảng xanh, giảm thiểu tác động môi trường, góp phần vào "
                    "sự phát triển bền vững."),
        ("photo_credit", "(Ảnh: TTXVN phát)"),
        ("caption", "Khách du lịch quốc tế thăm đảo ngọc Cát Bà sau bão Yagi."),
        ("photo_credit", "(Ảnh: Quốc Khánh/ TTXVN)"),
        ("caption", "Đường dẫn lên cầu Rào ở hướng quận Ngô Quyền với biểu tượng mỏ neo, thể hiện nét độc đáo "
                    "của thành phố Cảng."),
        ("photo_credit", "(Ảnh: Hoàng Hiếu/ TTXVN)"),
        ("agency_tag", "(Vietnam+)"),
        ("source", "Nguồn VietnamPlus : https://www.vietnamplus.vn/bay-giai-phap-phat-trien-thanh-pho-hai-phong-"
                   "den-nam-2030-tam-nhin-2045-post1007005.vnp"),
    ]


def test_legal_texts_have_no_boilerplate():
    for path in sorted(CORPUS.glob("*.txt")):
        if not path.name.startswith("000_"):
            assert boilerplate_spans(path.read_text(encoding="utf-8")) == [], path.name


def test_agency_tag_opening_a_paragraph_and_a_byline_at_the_end():
    text = "Tiêu đề\n\n(Báo Nghệ An) - Ngày 26-11-2025, UBND tỉnh ban hành kế hoạch.\n\nHoàng Hiếu/TTXVN"
    spans = [(s.kind, text[s.start:s.end]) for s in boilerplate_spans(text)]
    assert spans == [("agency_tag", "(Báo Nghệ An) - "), ("byline", "Hoàng Hiếu/TTXVN")]


def test_a_signer_is_not_a_byline_in_a_legal_text():
    text = "Số: 12/KH-UBND\n\nCác sở triển khai thực hiện.\n\nBùi Thanh An"
    assert boilerplate_spans(text) == []


def test_content_lines_opening_with_nguon_or_theo_are_not_source_lines():
    text = "Nguồn lực hỗ trợ\nTheo kế hoạch, đến năm 2021 tỉnh giảm tối thiểu 10% đơn vị sự nghiệp.\n"
    assert boilerplate_spans(text) == []


def test_boilerplate_offsets_point_into_an_nfd_original(seed_text):
    nfd = unicodedata.normalize("NFD", seed_text)
    extraction = extract_text(nfd, "seed-nfd.txt")
    for b in extraction.boilerplate:
        assert nfd[b.start:b.end] == b.text
    assert [b.kind for b in extraction.boilerplate][:2] == ["relative_time", "original_link"]


# ---- solution areas -------------------------------------------------------------------------------


def test_seed_has_exactly_the_seven_gold_areas(seed, seed_gold):
    got = [(a["ordinal"], a["title"], a["start"], a["end"]) for a in seed["solution_areas"]]
    want = [(a["ordinal"], a["title"], a["start"], a["end"]) for a in seed_gold["solution_areas"]]
    assert got == want
    assert all(a["parent"] is None and a["level"] == 1 and a["label"] == f"{a['ordinal']}." for a in
               seed["solution_areas"])


def test_seed_areas_belong_to_the_subject_document(seed, seed_gold):
    assert seed["solution_areas_belong_to"] == seed_gold["solution_areas_belong_to"] == "7/NQ-CP"


def test_area_seven_title_drops_the_trailing_hyphen(seed_text, seed_extraction):
    area = seed_extraction.solution_areas[6]
    assert area.title.endswith("mô hình chính quyền đô thị")
    assert seed_text[area.end] == "-"


@pytest.mark.parametrize("name", NO_SOLUTION_PART)
def test_numbered_clauses_of_laws_decrees_and_excerpts_are_not_solution_areas(name):
    extraction = extract_text(read_text(name), name)
    assert extraction.solution_areas == [] and extraction.tasks == []


def test_plan_areas_are_its_task_sections_with_the_assignment_headings_nested(plan):
    got = [(a.path, a.parent, a.label, a.title) for a in plan.solution_areas]
    assert [(a.path, a.parent, a.label, a.title, a.start, a.end) for a in plan.solution_areas] == [
        (g["path"], g["parent"], g["label"], g["title"], g["start"], g["end"])
        for g in plan_gold()["solution_sections"]]
    assert got == [
        ("2", None, "II.", "NỘI DUNG TRỌNG TÂM"),
        ("3", None, "III.", "PHÂN CÔNG NHIỆM VỤ"),
        ("3.1", "3", "1.", "Công an tỉnh"),
        ("3.2", "3", "2.", "Bộ Chỉ huy Quân sự tỉnh"),
        ("3.3", "3", "3.", "Sở Khoa học và Công nghệ"),
        ("3.4", "3", "4.", "Sở Nội vụ"),
        ("3.5", "3", "5.", "Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND\ncác xã, phường"),
    ]


def test_numbered_items_of_a_plan_section_are_its_tasks(plan):
    # The gold's tasks of the plan are its items (numbers, bullets); the extractor cuts an item into its
    # clauses: each item is covered exactly by the tasks of its section, and no task lies outside an item.
    assert plan_items_not_covered([(t.area_path, t.start, t.end) for t in plan.tasks]) == []
    starts = [" ".join(t.text.split())[:40] for t in plan.tasks if t.area_path == "2"][:2]
    assert starts == ["Tổ chức rà soát, đánh giá tất cả các nội", "Nâng cao vai trò, trách nhiệm của người "]
    last = plan.tasks[-1]
    assert (last.area_path, " ".join(last.text.split())[:40]) == ("3", "Đề nghị Văn phòng Tỉnh ủy và các Ban Xây")


def test_intro_list_nested_headings_and_ordinal_words():
    text = (
        "Chính phủ yêu cầu các bộ, ngành, địa phương thực hiện các nhiệm vụ, giải pháp chủ yếu sau đây:\n"
        "1. Hoàn thiện thể chế\n"
        "a) Về đầu tư\n"
        "Rà soát các quy định về đầu tư công.\n"
        "b) Về đất đai\n"
        "Sửa đổi các nghị định hướng dẫn Luật Đất đai.\n"
        "2. Phát triển hạ tầng\n"
        "Thứ nhất, đẩy nhanh các dự án cao tốc. Ưu tiên vốn cho các công trình trọng điểm.\n"
    )
    extraction = extract_text(text)
    got = [(a.path, a.parent, a.label, a.title) for a in extraction.solution_areas]
    assert got == [
        ("1", None, "1.", "Hoàn thiện thể chế"),
        ("1.1", "1", "a)", "Về đầu tư"),
        ("1.2", "1", "b)", "Về đất đai"),
        ("2", None, "2.", "Phát triển hạ tầng"),
        ("2.1", "2", "Thứ nhất,", "đẩy nhanh các dự án cao tốc"),
    ]
    assert [(t.area_path, t.text) for t in extraction.tasks] == [
        ("1.1", "Rà soát các quy định về đầu tư công"),
        ("1.2", "Sửa đổi các nghị định hướng dẫn Luật Đất đai"),
        ("2.1", "đẩy nhanh các dự án cao tốc"),
        ("2.1", "Ưu tiên vốn cho các công trình trọng điểm"),
    ]


def test_duties_and_powers_is_not_a_solution_section():
    text = "Điều 3. Nhiệm vụ, quyền hạn\n1. Tham mưu cho Bộ trưởng.\n2. Thực hiện nhiệm vụ khác.\n"
    assert extract_text(text).solution_areas == []


# ---- tasks ------------------------------------------------------------------------------------------


def test_seed_task_counts_per_area(seed_extraction):
    assert [len(tasks_of(seed_extraction, n)) for n in range(1, 8)] == seed_area_task_counts()


def test_seed_tasks_are_the_gold_tasks_less_the_known_merges(seed_extraction, seed_text):
    assert [(t.area, t.start, t.end) for t in seed_extraction.tasks] == seed_expected_tasks()
    assert all(seed_text[t.start:t.end] == t.text for t in seed_extraction.tasks)
    # Each known merge is still one task (a fix of the splitter fails here until its line goes).
    starts = {(t.area, t.start, t.end) for t in seed_extraction.tasks}
    assert set(KNOWN_MERGED_TASKS) <= starts


@pytest.mark.parametrize("gold", seed_gold_tasks(), ids=lambda gold: f"{gold['area']}-{gold['start']}")
def test_seed_task_starts(seed_extraction, seed_text, gold):
    """Each gold task is a task of its area with the gold's text, or lies inside a known merge."""
    merge = next((m for m in KNOWN_MERGED_TASKS if m[0] == gold["area"] and m[1] <= gold["start"] < m[2]), None)
    task = next(t for t in seed_extraction.tasks if t.start == (merge[1] if merge else gold["start"]))
    assert task.area == gold["area"] and seed_text[task.start:task.end] == task.text
    if merge:
        assert seed_text[gold["start"]:gold["end"]] in task.text
    else:
        assert task.text == seed_text[gold["start"]:gold["end"]]


def test_every_task_lies_in_its_area_outside_boilerplate(seed_extraction, seed_text):
    areas = seed_extraction.solution_areas
    bounds = {a.path: (a.end, next((b.start for b in areas if b.start > a.start), len(seed_text))) for a in areas}
    for task in seed_extraction.tasks:
        low, high = bounds[task.area_path]
        assert low < task.start < task.end <= high, task.text[:40]
        for b in seed_extraction.boilerplate:
            assert task.end <= b.start or b.end <= task.start
        assert not task.text.endswith((".", ";", ","))


# ---- actors and roles -----------------------------------------------------------------------------


def test_seed_actors_are_the_gold_actors(seed_extraction, seed_gold):
    assert sorted(fold(a.name) for a in seed_extraction.actors) == sorted(fold(g) for g in seed_gold["actors"])


def test_seed_actor_kinds_and_variants(seed_extraction):
    by_id = {a.id: a for a in seed_extraction.actors}
    assert {i: a.kind for i, a in by_id.items()} == {
        "bo-chinh-tri": "party-body",
        "chinh-phu": "government",
        "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu": "collective",
        "ubnd-hai-phong": "local-government",
        "cac-dia-phuong-trong-ca-nuoc": "collective",
        "cac-co-quan-thong-tan-bao-chi-truyen-thong": "collective",
        "quoc-hoi": "legislature",
        "hoi-dong-dieu-phoi-vung-dong-bang-song-hong": "regional-council",
    }
    assert by_id["ubnd-hai-phong"].variants == (
        "Ủy ban Nhân dân thành phố Hải Phòng", "thành phố Hải Phòng", "Thành phố Hải Phòng")
    assert by_id["ubnd-hai-phong"].name == "Ủy ban nhân dân thành phố Hải Phòng"


def test_credits_and_source_lines_name_no_actor(seed_extraction):
    ids = {a.id for a in seed_extraction.actors}
    assert "thong-tan-xa-viet-nam" not in ids and "bao-dien-tu-vietnamplus" not in ids


def test_seed_task_actors_and_roles_are_the_gold_ones(seed_extraction, seed_gold):
    name_of = {a.id: a.name for a in seed_extraction.actors}
    gold_name = {fold(name): name for name in seed_gold["actors"]}
    expected_starts = {start for _, start, _ in seed_expected_tasks()}
    for task in seed_extraction.tasks:
        got = {(gold_name[fold(name_of[a.id])], a.role, a.inherited) for a in task.actors}
        assert got == seed_expected_roles(task.start), task.start
    # Each known role deviation still holds on a task of its own (not merged away).
    assert set(KNOWN_INHERITED_ROLES) <= expected_starts
    for start, (role, _) in KNOWN_INHERITED_ROLES.items():
        task = next(t for t in seed_extraction.tasks if t.start == start)
        assert {a.role for a in task.actors if a.inherited} == {role}


def test_city_acting_with_ministries_leads_and_the_ministries_coordinate(seed_extraction):
    task = next(t for t in seed_extraction.tasks if t.start == 2968)
    assert actor_roles(task) == {
        ("ubnd-hai-phong", "lead", False),
        ("cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu", "coordinating", False),
    }
    evidence = {a.id: a.evidence.text for a in task.actors}
    assert evidence == {"ubnd-hai-phong": "Thành phố Hải Phòng",
                        "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu": "các bộ, cơ quan liên quan"}


def test_subject_list_with_chu_dong_leads_and_the_press_coordinates(seed_extraction):
    task = next(t for t in seed_extraction.tasks if t.start == 1001)
    assert actor_roles(task) == {
        ("cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu", "lead", False),
        ("ubnd-hai-phong", "lead", False),
        ("cac-dia-phuong-trong-ca-nuoc", "lead", False),
        ("cac-co-quan-thong-tan-bao-chi-truyen-thong", "coordinating", False),
    }


def test_tasks_without_subject_are_assigned_to_the_addressees_of_the_intro(seed_extraction):
    task = next(t for t in seed_extraction.tasks if t.start == 2038)
    assert actor_roles(task) == {
        ("cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu", "assigned", True),
        ("ubnd-hai-phong", "assigned", True),
        ("cac-dia-phuong-trong-ca-nuoc", "assigned", True),
    }
    # Quốc hội is the issuer inside "Nghị quyết số 35/2021/QH15 ... của Quốc hội": not an actor of the task.


def test_a_body_named_as_addressee_of_a_proposal_has_no_role(seed_extraction):
    task = next(t for t in seed_extraction.tasks if t.start == 5163)
    roles = {a.id: a.role for a in task.actors if not a.inherited}
    assert roles == {"hoi-dong-dieu-phoi-vung-dong-bang-song-hong": None}


def test_a_city_as_object_of_a_verb_is_a_place_not_an_actor(seed_extraction):
    task = next(t for t in seed_extraction.tasks if t.text.startswith("Xây dựng thành phố Hải Phòng trở thành"))
    assert all(a.inherited for a in task.actors)
    assert task.place_ids == ("hai-phong",)


def test_plan_assignment_headings_give_their_tasks_an_actor(plan):
    by_start = {" ".join(t.text.split())[:30]: actor_roles(t) for t in plan.tasks if t.area_path in {"3.1", "3.2"}}
    assert ("cong-an-nghe-an", "lead", True) in by_start["Chủ trì, phối hợp với các cơ q"]
    assert ("cong-an-nghe-an", "coordinating", True) in by_start["Phối hợp tiến hành kiểm định, "]
    assert by_start["Phối hợp chặt chẽ với Công an "] == {
        ("bo-chqs-nghe-an", "lead", True), ("cong-an-nghe-an", "coordinating", False)}


def test_bare_provincial_bodies_resolve_to_the_issuing_province(plan):
    by_id = {a.id: a for a in plan.actors}
    assert by_id["ubnd-nghe-an"].variants == ("UBND tỉnh", "UBND tỉnh Nghệ An")
    assert by_id["cong-an-nghe-an"].name == "Công an tỉnh Nghệ An"
    assert by_id["tinh-uy-nghe-an"].name == "Tỉnh ủy Nghệ An"
    assert "Văn phòng Tỉnh ủy" not in {v for a in plan.actors for v in a.variants}


# ---- places -----------------------------------------------------------------------------------------


def test_seed_places_are_the_gold_places_plus_the_known_extras(seed_extraction, seed_gold):
    names = {p.name for p in seed_extraction.places}
    # The triangle and a caption district are beyond the gold: named known deviations (structure_gold.py),
    # so that a fix fails here until its line is taken out.
    assert names - set(seed_gold["places"]) == set(KNOWN_EXTRA_PLACES)
    assert {p.id for p in seed_extraction.places if p.name in KNOWN_EXTRA_PLACES} == set(KNOWN_EXTRA_PLACES.values())
    assert set(seed_gold["places"]) <= names
    caption_only = {p.name for p in seed_extraction.places if p.caption_only}
    assert caption_only == {"Cát Bà", "Ngô Quyền"}


def test_no_caption_place_is_a_task_place(seed_extraction):
    task_places = {p for t in seed_extraction.tasks for p in t.place_ids}
    assert "cat-ba" not in task_places and "ngo-quyen-hai-phong" not in task_places
    islands = next(t for t in seed_extraction.tasks if t.start == 6284)
    assert islands.place_ids == ("bach-long-vi", "cat-hai")
    linkage = next(t for t in seed_extraction.tasks if t.start == 4825)
    assert linkage.place_ids == ("vung-dong-bang-song-hong", "tam-giac-ha-noi-hai-phong-quang-ninh", "ha-noi",
                                 "hai-phong", "quang-ninh")


def test_place_kinds(seed_extraction):
    kinds = {p.id: p.kind for p in seed_extraction.places}
    assert (kinds["hai-phong"], kinds["vung-dong-bang-song-hong"], kinds["bach-long-vi"], kinds["cat-ba"]) == (
        "centrally-run-city", "region", "island-district", "island")


def test_the_signing_place_of_a_header_is_not_a_place_of_the_text(plan):
    nghe_an = next(p for p in plan.places if p.id == "nghe-an")
    assert "Nghệ An, ngày" not in [read_text(PLAN)[m.start:m.end + 6] for m in nghe_an.mentions]


# ---- targets, years, themes ----------------------------------------------------------------------------


def test_seed_target_years(seed, seed_gold):
    assert seed["target_years"] == seed_gold["target_years"] == [2030, 2045]


def test_horizons_in_a_referenced_title_belong_to_that_document(seed_extraction):
    by_doc = {(h.document.label, h.kind, h.year) for h in seed_extraction.horizons}
    assert by_doc == {("7/NQ-CP", "target", 2030), ("7/NQ-CP", "vision", 2045),
                      ("45-NQ/TW", "target", 2030), ("45-NQ/TW", "vision", 2045),
                      ("30-NQ/TW", "target", 2030), ("30-NQ/TW", "vision", 2045)}


def test_a_period_is_not_a_horizon():
    text = "Kế hoạch thực hiện từ năm 2021 đến năm 2025 và giai đoạn 2023-2025."
    assert extract_text(text).target_years == []


def test_seed_targets(seed_extraction, seed_text):
    assert [(t.start, t.text, t.trigger) for t in seed_extraction.targets] == seed_expected_targets()
    assert all(seed_text[t.start:t.start + len(t.text)] == t.text for t in seed_extraction.targets)
    # Each known deviation still holds: the gold's text is not what the extractor gives.
    assert not set(KNOWN_TARGET_TEXTS) & {t.text for t in seed_extraction.targets}


def test_a_target_introduced_by_its_year():
    text = "Theo kế hoạch, đến năm 2021 tỉnh giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2015; việc sắp xếp"
    extraction = extract_text(text)
    assert [(t.text, t.year) for t in extraction.targets] == [
        ("tỉnh giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2015", 2021)]
    assert extraction.target_years == [2021]


# The themes a reading of each seed area's title and tasks gives (the gold has no themes), and the themes
# the extractor adds that the reading does not: named, each checked to be still given, so that a fix
# fails until its line is taken out.
KNOWN_EXTRA_THEMES = {
    1: {"defence-security": "from the title of 30-NQ/TW cited in a task ('bảo đảm quốc phòng, an ninh vùng ...')",
        "party-building": "'đội ngũ cán bộ, đảng viên' is the audience of the propaganda, not party building"},
    5: {"foreign-affairs": "'đến gần hơn với bạn bè quốc tế' is about the city's image, not foreign affairs",
        "green-economy": "'phát triển bền vững' (sustainable development) is not the green economy",
        "propaganda-communication": "'Tiếp tục quán triệt ... quan điểm phát triển bền vững' is no communication task"},
    7: {"science-technology-innovation": "'tư duy, tầm nhìn đổi mới sáng tạo' is a quality asked of cadres"},
}


@pytest.mark.parametrize(
    ("area", "themes"),
    [
        (1, {"propaganda-communication"}),
        (2, {"institutions-law", "administrative-reform",
             "urban-government"}),  # "Đề án mô hình tổ chức chính quyền đô thị"
        (3, {"green-economy", "circular-economy", "digital-transformation", "logistics", "seaports",
             "energy-transition",
             # "hạ tầng logistics", the title's "khoa học và công nghệ", "du lịch":
             "infrastructure", "science-technology-innovation", "tourism"}),
        (4, {"regional-linkage", "infrastructure", "investment",
             "institutions-law", "seaports", "logistics"}),  # "thể chế điều phối vùng", "cảng biển", "kết nối vận tải"
        (5, {"culture", "education", "health", "social-welfare", "tourism", "science-technology-innovation",
             "environment", "investment"}),  # "quản lý, khai thác tài nguyên", "thu hút đầu tư phát triển du lịch"
        (6, {"defence-security", "foreign-affairs"}),
        (7, {"party-building", "administrative-reform", "urban-government",
             "digital-transformation", "investment"}),  # "chính quyền số, kinh tế số", "môi trường đầu tư"
    ],
)
def test_seed_area_themes(seed_extraction, area, themes):
    extras = KNOWN_EXTRA_THEMES.get(area, {})
    assert not themes & set(extras)
    assert set(seed_extraction.solution_areas[area - 1].themes) == themes | set(extras)


def test_captions_give_no_theme(seed_extraction):
    # Area 5's caption names "thành phố Cảng" (seaports); its title and tasks do not.
    assert "seaports" not in seed_extraction.solution_areas[4].themes


# ---- JSON, graph, evaluation ---------------------------------------------------------------------------


def test_json_uses_the_gold_field_names(seed):
    assert {"solution_areas", "tasks", "actors", "places", "target_years", "targets"} <= seed.keys()
    assert set(seed["tasks"][0]) >= {"area", "text", "start", "end", "actors", "places", "themes"}
    assert set(seed["tasks"][0]["actors"][0]) >= {"name", "role"}
    assert set(seed["actors"][0]) >= {"name", "kind", "variants"}
    assert set(seed["places"][0]) >= {"name", "kind"}
    assert set(seed["solution_areas"][0]) >= {"ordinal", "title", "start", "end", "parent"}


@pytest.fixture(scope="module")
def seed_graph(seed_extraction):
    return ExtractionMapper().to_graph(seed_extraction)


def test_seed_graph_uses_only_defined_terms_and_conforms(seed_graph):
    assert undefined_terms(seed_graph) == set()
    assert validate_graph(seed_graph).conforms


def test_seed_graph_has_the_areas_of_the_programme(seed_graph):
    query = sparql_prologue() + """
        SELECT ?ordinal ?title WHERE {
          ?area a pg:SolutionArea ; pg:areaOf ?doc ; pg:ordinal ?ordinal ; dcterms:title ?title ; pg:evidence ?ev .
          ?doc eli:id_local "7/NQ-CP" .
        } ORDER BY ?ordinal"""
    rows = [(int(r.ordinal), str(r.title)) for r in seed_graph.query(query)]
    assert [o for o, _ in rows] == [1, 2, 3, 4, 5, 6, 7]
    assert rows[1][1].startswith("Công tác hoàn thiện thể chế")


def test_which_tasks_is_the_hai_phong_committee_given_in_area_3(seed_graph):
    query = sparql_prologue() + f"""
        SELECT ?start ?role WHERE {{
          ?task pg:inArea/pg:ordinal 3 ; pg:hasAssignment ?a ; pg:evidence/pg:startOffset ?start .
          ?a pg:assignedActor <{BASE}org/ubnd-hai-phong> ; pg:role ?role .
        }} ORDER BY ?start"""
    rows = [(int(r.start), str(r.role).rsplit("/", 1)[-1]) for r in seed_graph.query(query)]
    committee = "Ủy ban Nhân dân thành phố Hải Phòng"
    assert rows == sorted((start, role) for area, start, _ in seed_expected_tasks() if area == 3
                          for name, role, _ in seed_expected_roles(start) if name == committee)
    assert rows == [(2968, "lead"), (3187, "assigned"), (3633, "assigned"), (3755, "assigned")]


def test_actors_places_and_years_in_the_graph(seed_graph, seed_gold):
    org = URIRef(BASE + "org/ubnd-hai-phong")
    assert (org, PG.actorKind, PGS["actor-kind/local-government"]) in seed_graph
    cat_ba = URIRef(BASE + "place/cat-ba")
    assert (cat_ba, RDF.type, PG.Place) in seed_graph
    assert (cat_ba, PG.placeKind, PGS["place-kind/island"]) in seed_graph
    assert not list(seed_graph.subjects(PG.concernsPlace, cat_ba))
    resolution = URIRef(BASE + "doc/nq/2019/45-nq-tw")
    assert (resolution, PG.targetYear, Literal("2030", datatype=GYEAR)) in seed_graph
    assert (resolution, PG.visionYear, Literal("2045", datatype=GYEAR)) in seed_graph
    targets = list(seed_graph.subjects(RDF.type, PG.Target))
    assert len(targets) == len(seed_gold["targets"])


def test_issuer_and_actor_are_one_node(seed_graph):
    government = URIRef(BASE + "org/chinh-phu")
    assert list(seed_graph.objects(government, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))) == [
        Literal("Chính phủ", lang="vi")]


def test_eval_scores_the_seed_structure(seed_extraction, seed_gold):
    scores, misses = score_structure(seed_gold, seed_extraction.to_json())
    got = {k: (v.tp, v.fp, v.fn) for k, v in scores.items()}
    # Everything the gold states is found; the only extras are the known extra places.
    assert got == {"solution_areas": (len(seed_gold["solution_areas"]), 0, 0),
                   "actors": (len(seed_gold["actors"]), 0, 0),
                   "places": (len(seed_gold["places"]), len(KNOWN_EXTRA_PLACES), 0),
                   "target_years": (len(seed_gold["target_years"]), 0, 0)}
    assert misses["places"]["extra"] == sorted(KNOWN_EXTRA_PLACES.values())


def test_credit_kinds_are_all_but_captions():
    assert "caption" not in CREDIT_KINDS and {"photo_credit", "source", "byline"} <= CREDIT_KINDS


def test_a_second_list_numbered_again_from_one_adds_no_areas():
    text = (
        "Chính phủ yêu cầu thực hiện các nhiệm vụ, giải pháp sau:\n"
        "1. Hoàn thiện thể chế\nRà soát các quy định về đầu tư công.\n"
        "2. Phát triển hạ tầng\nĐẩy nhanh các dự án cao tốc.\n"
        "Bộ Tài chính đề xuất các giải pháp sau:\n"
        "1. Cải cách thủ tục\nCắt giảm thủ tục hành chính.\n"
    )
    extraction = extract_text(text)
    assert [(a.path, a.title) for a in extraction.solution_areas] == [
        ("1", "Hoàn thiện thể chế"), ("2", "Phát triển hạ tầng")]
    assert len({(a.parent, a.ordinal) for a in extraction.solution_areas}) == len(extraction.solution_areas)


def test_areas_of_a_text_without_subject_stay_out_of_the_graph():
    text = "Các cơ quan thực hiện các nhiệm vụ, giải pháp sau:\n1. Hoàn thiện thể chế\nRà soát các quy định.\n"
    extraction = extract_text(text)
    assert extraction.subject is None and len(extraction.solution_areas) == 1
    graph = ExtractionMapper().to_graph(extraction)
    assert not list(graph.subjects(RDF.type, PG.SolutionArea)) and not list(graph.subjects(RDF.type, PG.Task))
    assert validate_graph(graph).conforms


def test_an_nfd_original_gives_the_same_structure_with_offsets_into_it(seed_text, seed_extraction):
    nfd = unicodedata.normalize("NFD", seed_text)
    extraction = extract_text(nfd, "seed-nfd.txt")
    assert [unicodedata.normalize("NFC", a.title) for a in extraction.solution_areas] == [
        a.title for a in seed_extraction.solution_areas]
    assert all(nfd[a.start:a.end] == a.title for a in extraction.solution_areas)
    assert all(nfd[t.start:t.end] == t.text for t in extraction.tasks)
    assert len(extraction.tasks) == len(seed_extraction.tasks)
    assert {a.id for a in extraction.actors} == {a.id for a in seed_extraction.actors}
    assert {p.id for p in extraction.places} == {p.id for p in seed_extraction.places}
