"""The gazetteers in data/gazetteers and the theme scheme in ontology/schemes/themes.ttl.

These are data the extraction code loads; the tests pin their shape, their counts and their agreement
with each other, with the issuer codes in data/patterns/issuers.json and with the seed's gold file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef

from policygraph.extract.actors import ActorGazetteer
from policygraph.extract.name_matcher import lower_same_length, name_key
from policygraph.extract.places import PlaceGazetteer
from policygraph.extract.themes import ThemeTriggers
from policygraph.text.normalize import canonical_tone_placement

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "data" / "gazetteers"
THEMES_TTL = ROOT / "ontology" / "schemes" / "themes.ttl"
SEED_GOLD = ROOT / "tests" / "gold" / "000_849468c7549e9275.gold.json"
SEED_TEXT = ROOT / "data" / "corpus" / "000_849468c7549e9275.txt"
ISSUERS = ROOT / "data" / "patterns" / "issuers.json"

PGS = Namespace("https://w3id.org/policygraph/scheme/")
THEME_SCHEME = PGS["theme"]
THEME_NS = "https://w3id.org/policygraph/scheme/theme/"

ACTOR_KINDS = {
    "party-body",
    "state-body",
    "legislature",
    "government",
    "ministry",
    "ministry-level-agency",
    "government-agency",
    "judiciary",
    "local-government",
    "people-council",
    "press",
    "collective",
    "regional-council",
    "enterprise",
    "other",
}
PLACE_KINDS = {
    "province",
    "centrally-run-city",
    "region",
    "economic-triangle",
    "island-district",
    "island",
    "district",
}
REQUIRED_THEMES = {
    "green-economy",
    "circular-economy",
    "digital-transformation",
    "logistics",
    "seaports",
    "tourism",
    "education",
    "health",
    "social-welfare",
    "culture",
    "science-technology-innovation",
    "defence-security",
    "party-building",
    "administrative-reform",
    "regional-linkage",
    "infrastructure",
    "investment",
    "institutions-law",
    "urban-government",
    "energy-transition",
    "environment",
    "foreign-affairs",
    "agriculture",
    "disaster-response",
    "propaganda-communication",
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
JSON_FILES = ["actors.json", "actor_patterns.json", "places.json", "themes.json"]


def load(name: str) -> Any:
    return json.loads((GAZ / name).read_text(encoding="utf-8"))


def key(text: str) -> str:
    """The matching key the extractor's matcher uses (name_key: NFC, canonical tone placement, lower
    case, one space between words): the uniqueness checks below hold for the keys it really compares."""
    return name_key(text)


@pytest.fixture(scope="module")
def actor_gazetteer() -> ActorGazetteer:
    """The extractor's own actor lookup over data/gazetteers (names, variants and the local-body patterns)."""
    return ActorGazetteer.from_dir(GAZ)


@pytest.fixture(scope="module")
def place_gazetteer() -> PlaceGazetteer:
    return PlaceGazetteer.from_dir(GAZ)


@pytest.fixture(scope="module")
def actors() -> list[dict[str, Any]]:
    return load("actors.json")


@pytest.fixture(scope="module")
def places() -> list[dict[str, Any]]:
    return load("places.json")


@pytest.fixture(scope="module")
def patterns() -> dict[str, Any]:
    return load("actor_patterns.json")


@pytest.fixture(scope="module")
def themes() -> dict[str, list[str]]:
    return {k: v for k, v in load("themes.json").items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def theme_graph() -> Graph:
    return Graph().parse(THEMES_TTL, format="turtle")


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def province_units(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in places if p["level"] == "province"]


def names_of(entry: dict[str, Any]) -> list[str]:
    return [entry["name"], *entry["variants"]]


# ---- shape -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", JSON_FILES)
def test_every_gazetteer_file_is_valid_json(name):
    assert load(name)


def test_actors_is_a_list_with_required_fields_and_known_kinds(actors):
    assert isinstance(actors, list)
    for a in actors:
        assert isinstance(a["id"], str) and isinstance(a["name"], str) and isinstance(a["name_en"], str), a
        assert a["name"] and a["name_en"], a
        assert a["kind"] in ACTOR_KINDS, a
        assert set(a.get("also_kinds", [])) <= ACTOR_KINDS, a
        assert isinstance(a["variants"], list) and all(isinstance(v, str) and v for v in a["variants"]), a
        assert isinstance(a["issuer_codes"], list) and all(
            isinstance(c, str) and c for c in a["issuer_codes"]
        ), a


def test_places_is_a_list_with_required_fields_and_known_kinds(places):
    assert isinstance(places, list)
    for p in places:
        for field in ("id", "name", "name_en", "kind", "level", "status"):
            assert isinstance(p[field], str) and p[field], (field, p)
        assert p["kind"] in PLACE_KINDS, p
        assert isinstance(p["variants"], list) and all(isinstance(v, str) and v for v in p["variants"]), p
        assert "valid_from" in p and "valid_to" in p, p


def _scheme_concepts(name: str) -> set[str]:
    path = ROOT / "ontology" / "schemes" / f"{name}.ttl"
    base = f"https://w3id.org/policygraph/scheme/{name}/"
    g = Graph().parse(path, format="turtle")
    return {str(c)[len(base) :] for c in g.subjects(RDF.type, SKOS.Concept) if str(c).startswith(base)}


def test_actor_kinds_are_concepts_of_the_actor_kind_scheme(actors, patterns):
    """pg:actorKind points to pgs:actor-kind/{kind}: every kind used must exist there."""
    used = {a["kind"] for a in actors} | {k for a in actors for k in a.get("also_kinds", [])}
    used |= {b["kind"] for b in patterns["bodies"]}
    assert used - _scheme_concepts("actor-kind") == set()


def test_place_kinds_are_concepts_of_the_place_kind_scheme(places):
    """pg:placeKind points to pgs:place-kind/{kind}: every kind used must exist there."""
    used = {p["kind"] for p in places} | {f["kind"] for p in places for f in p.get("former_kinds", [])}
    assert used - _scheme_concepts("place-kind") == set()


def test_province_names_carry_no_unit_word(places):
    for p in province_units(places):
        assert not key(p["name"]).startswith(("tỉnh ", "thành phố ")), p["name"]


def test_actor_patterns_have_bodies_unit_words_levels_and_acting_places(patterns):
    assert patterns["_comment"]
    heads = {b["head"]: b for b in patterns["bodies"]}
    assert {"Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy"} <= set(heads)
    assert heads["Ủy ban nhân dân"]["abbreviations"] == ["UBND"]
    assert heads["Ủy ban nhân dân"]["kind"] == "local-government"
    assert heads["Hội đồng nhân dân"]["abbreviations"] == ["HĐND"]
    assert heads["Hội đồng nhân dân"]["kind"] == "people-council"
    for b in patterns["bodies"]:
        assert (
            b["kind"] in ACTOR_KINDS and SLUG.match(b["id_prefix"]) and isinstance(b["abbreviations"], list)
        ), b
    units = {u["word"]: u for u in patterns["unit_words"]}
    assert units["tỉnh"]["abbreviations"] == []
    assert {"TP", "TP."} <= set(units["thành phố"]["abbreviations"])
    for u in patterns["unit_words"]:
        assert set(u["place_kinds"]) <= PLACE_KINDS, u
    assert {lv["id"] for lv in patterns["levels"]} == {"cap-tinh", "cap-huyen", "cap-xa"}
    acting = patterns["acting_places"]
    assert acting["_comment"] and acting["acts_as"] == "ubnd" and "phối hợp" in acting["subject_verbs"]
    assert set(acting["place_kinds"]) == {"province", "centrally-run-city"}


def test_themes_json_maps_each_slug_to_5_to_15_lower_case_triggers(themes):
    for slug, triggers in themes.items():
        assert SLUG.match(slug), slug
        assert 5 <= len(triggers) <= 15, (slug, len(triggers))
        assert len(set(triggers)) == len(triggers), slug
        for t in triggers:
            assert t == t.lower() and t == t.strip() and "  " not in t, (slug, t)


def test_no_trigger_phrase_belongs_to_two_themes(themes):
    counts = Counter(key(t) for triggers in themes.values() for t in triggers)
    assert [t for t, n in counts.items() if n > 1] == []


# ---- identity and spelling -----------------------------------------------------------------------


def test_actor_ids_are_unique_ascii_slugs(actors):
    ids = [a["id"] for a in actors]
    assert all(SLUG.match(i) for i in ids), [i for i in ids if not SLUG.match(i)]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_place_ids_are_unique_ascii_slugs(places):
    ids = [p["id"] for p in places]
    assert all(SLUG.match(i) for i in ids), [i for i in ids if not SLUG.match(i)]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def _strings(node: Any, comments: bool = True):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield k
            if comments or not k.startswith("_"):
                yield from _strings(v, comments)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, comments)


@pytest.mark.parametrize("name", JSON_FILES)
def test_all_strings_are_nfc(name):
    bad = [s for s in _strings(load(name)) if not unicodedata.is_normalized("NFC", s)]
    assert bad == []


def test_themes_ttl_is_nfc():
    assert unicodedata.is_normalized("NFC", THEMES_TTL.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", JSON_FILES)
def test_all_strings_use_canonical_tone_placement(name):
    """'hòa', 'thủy', 'khỏe' as the matcher writes them, so an entry equals its own matching key.

    Comments are exempt: they quote the old spelling on purpose."""
    bad = [s for s in _strings(load(name), comments=False) if canonical_tone_placement(s) != s]
    assert bad == []


def test_no_two_actors_share_a_name_or_variant(actors):
    owner: dict[str, set[str]] = {}
    for a in actors:
        for n in names_of(a):
            owner.setdefault(key(n), set()).add(a["id"])
    assert {n: ids for n, ids in owner.items() if len(ids) > 1} == {}


def test_no_actor_lists_the_same_form_twice(actors):
    for a in actors:
        forms = [key(n) for n in names_of(a)]
        assert len(forms) == len(set(forms)), a["id"]


def test_no_two_places_share_a_name_or_variant(places):
    owner: dict[str, set[str]] = {}
    for p in places:
        for n in [*names_of(p), *p.get("informal_variants", [])]:
            owner.setdefault(key(n), set()).add(p["id"])
    assert {n: ids for n, ids in owner.items() if len(ids) > 1} == {}


def test_issuer_codes_name_one_actor_each(actors):
    counts = Counter(c for a in actors for c in a["issuer_codes"])
    assert [c for c, n in counts.items() if n > 1] == []


def test_issuer_codes_agree_with_patterns_issuers_json(actors):
    """A code both files know names the same body in both."""
    codes = json.loads(ISSUERS.read_text(encoding="utf-8"))["codes"]
    by_code = {c: a for a in actors for c in a["issuer_codes"]}
    mismatched = {
        c: (name, by_code[c]["name"])
        for c, name in codes.items()
        if c in by_code and key(name) not in {key(n) for n in names_of(by_code[c])}
    }
    assert mismatched == {}


def test_dates_are_iso_partial_dates(actors, places):
    for e in [*actors, *places]:
        for field in ("valid_from", "valid_to", "merged_on", "territory_changed_on"):
            value = e.get(field)
            assert value is None or PARTIAL_DATE.match(value), (e["id"], field, value)


def test_references_between_entries_resolve(actors, places):
    actor_ids = {a["id"] for a in actors}
    place_ids = {p["id"] for p in places}
    for a in actors:
        for ref in [
            a.get("merged_into"),
            a.get("parent"),
            a.get("parent_from_2025"),
            *a.get("merged_from", []),
        ]:
            assert ref is None or ref in actor_ids, (a["id"], ref)
        assert a.get("region") is None or a["region"] in place_ids, a["id"]
    for p in places:
        refs = [
            p.get("merged_into"),
            p.get("province"),
            p.get("province_after_2025"),
            p.get("region"),
            p.get("within"),
            *p.get("merged_from", []),
            *p.get("members", []),
            *p.get("members_pre_2025", []),
        ]
        for ref in refs:
            assert ref is None or ref in place_ids, (p["id"], ref)


def test_uncertain_entries_say_what_is_uncertain(actors, places):
    for e in [*actors, *places]:
        if e.get("uncertain"):
            assert e.get("uncertain_note"), e["id"]


# ---- provinces before and after the 2025 merger -----------------------------------------------------


def test_63_province_level_units_before_july_2025(places):
    before = province_units(places)
    assert len(before) == 63
    assert all(p["valid_from"] is None for p in before)
    # 57 provinces and 6 centrally-run cities in the first half of 2025 (Huế became a city on 2025-01-01) ...
    assert Counter(p["kind"] for p in before) == {"province": 57, "centrally-run-city": 6}
    # ... and 58 + 5 before that.
    cities_2024 = [p for p in before if p["kind"] == "centrally-run-city" and not p.get("former_kinds")]
    assert sorted(p["name"] for p in cities_2024) == [
        "Cần Thơ",
        "Hà Nội",
        "Hải Phòng",
        "Hồ Chí Minh",
        "Đà Nẵng",
    ]


def test_34_province_level_units_after_july_2025(places):
    after = [p for p in province_units(places) if p["valid_to"] is None]
    assert len(after) == 34
    assert all(p["status"] == "current" for p in after)
    assert Counter(p["kind"] for p in after) == {"province": 28, "centrally-run-city": 6}


def test_29_units_merged_into_current_units(places):
    by_id = {p["id"]: p for p in places}
    merged = [p for p in province_units(places) if p["valid_to"] is not None]
    assert len(merged) == 29
    for p in merged:
        assert p["status"] == "merged" and p["valid_to"] == "2025-06-30", p["id"]
        target = by_id[p["merged_into"]]
        assert target["level"] == "province" and target["valid_to"] is None, p["id"]
        assert p["id"] in target["merged_from"], p["id"]
    absorbed = {a for p in places for a in p.get("merged_from", [])}
    assert absorbed == {p["id"] for p in merged}


@pytest.mark.parametrize(
    ("survivor", "absorbed"),
    [
        ("hai-phong", {"hai-duong"}),
        ("ho-chi-minh", {"binh-duong", "ba-ria-vung-tau"}),
        ("ninh-binh", {"ha-nam", "nam-dinh"}),
        ("phu-tho", {"vinh-phuc", "hoa-binh"}),
        ("lam-dong", {"dak-nong", "binh-thuan"}),
        ("can-tho", {"soc-trang", "hau-giang"}),
        ("vinh-long", {"ben-tre", "tra-vinh"}),
        ("an-giang", {"kien-giang"}),
    ],
)
def test_examples_of_the_2025_merger(places, survivor, absorbed):
    by_id = {p["id"]: p for p in places}
    assert set(by_id[survivor]["merged_from"]) == absorbed


@pytest.mark.parametrize(
    "unchanged",
    [
        "ha-noi",
        "hue",
        "lai-chau",
        "dien-bien",
        "son-la",
        "lang-son",
        "quang-ninh",
        "thanh-hoa",
        "nghe-an",
        "ha-tinh",
        "cao-bang",
    ],
)
def test_eleven_units_kept_their_territory_in_2025(places, unchanged):
    p = {p["id"]: p for p in places}[unchanged]
    assert p["valid_to"] is None and "merged_from" not in p


def test_six_regions_partition_the_63_pre_2025_units(places):
    regions = [p for p in places if p.get("subkind") == "socio-economic-region"]
    assert len(regions) == 6 and all(r["kind"] == "region" for r in regions)
    members = [m for r in regions for m in r["members_pre_2025"]]
    assert len(members) == len(set(members)) == 63
    assert set(members) == {p["id"] for p in province_units(places)}
    by_id = {p["id"]: p for p in places}
    assert all(by_id[m]["region"] in {r["id"] for r in regions} for m in members)


def test_island_districts_of_vietnam_are_listed(places):
    by_name = {p["name"]: p for p in places}
    for name in [
        "Bạch Long Vĩ",
        "Cát Hải",
        "Vân Đồn",
        "Cô Tô",
        "Cồn Cỏ",
        "Lý Sơn",
        "Phú Quý",
        "Côn Đảo",
        "Kiên Hải",
        "Hoàng Sa",
        "Trường Sa",
    ]:
        assert by_name[name]["kind"] == "island-district", name
    assert (by_name["Phú Quốc"]["kind"], by_name["Phú Quốc"]["subkind"]) == ("district", "island-city")
    assert by_name["Cát Bà"]["kind"] == "island"
    assert by_name["Ngô Quyền"]["kind"] == "district"


# ---- actors required by the brief --------------------------------------------------------------------


MINISTRIES_2021_2025 = [
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Tài chính",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Giao thông vận tải",
    "Bộ Xây dựng",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Thông tin và Truyền thông",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế",
]
MINISTRY_LEVEL_2021_2025 = [
    "Ủy ban Dân tộc",
    "Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ",
    "Văn phòng Chính phủ",
]
MINISTRIES_2025 = [
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Xây dựng",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế",
    "Bộ Dân tộc và Tôn giáo",
]


def _active(a: dict[str, Any], on: str) -> bool:
    return (a.get("valid_from") is None or a["valid_from"] <= on) and (
        a.get("valid_to") is None or on <= a["valid_to"]
    )


def test_18_ministries_and_4_ministry_level_agencies_in_2021_2025(actors):
    on = "2024-06-01"
    ministries = sorted(a["name"] for a in actors if a["kind"] == "ministry" and _active(a, on))
    agencies = sorted(a["name"] for a in actors if a["kind"] == "ministry-level-agency" and _active(a, on))
    assert ministries == sorted(MINISTRIES_2021_2025)
    assert agencies == sorted(MINISTRY_LEVEL_2021_2025)


def test_14_ministries_and_3_ministry_level_agencies_from_march_2025(actors):
    on = "2025-03-01"
    ministries = sorted(a["name"] for a in actors if a["kind"] == "ministry" and _active(a, on))
    agencies = sorted(a["name"] for a in actors if a["kind"] == "ministry-level-agency" and _active(a, on))
    assert ministries == sorted(MINISTRIES_2025)
    assert agencies == sorted(["Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Văn phòng Chính phủ"])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("bo-ke-hoach-va-dau-tu", "bo-tai-chinh"),
        ("bo-giao-thong-van-tai", "bo-xay-dung"),
        ("bo-thong-tin-va-truyen-thong", "bo-khoa-hoc-va-cong-nghe"),
        ("bo-lao-dong-thuong-binh-va-xa-hoi", "bo-noi-vu"),
        ("bo-tai-nguyen-va-moi-truong", "bo-nong-nghiep-va-moi-truong"),
        ("bo-nong-nghiep-va-phat-trien-nong-thon", "bo-nong-nghiep-va-moi-truong"),
        ("uy-ban-dan-toc", "bo-dan-toc-va-ton-giao"),
    ],
)
def test_2025_government_mergers(actors, old, new):
    by_id = {a["id"]: a for a in actors}
    assert by_id[old]["merged_into"] == new and by_id[old]["valid_to"] == "2025-02-28"
    assert old in by_id[new]["merged_from"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ban Chấp hành Trung ương", "party-body"),
        ("Bộ Chính trị", "party-body"),
        ("Ban Bí thư", "party-body"),
        ("Ủy ban Kiểm tra Trung ương", "party-body"),
        ("Ban Tổ chức Trung ương", "party-body"),
        ("Ban Tuyên giáo Trung ương", "party-body"),
        ("Ban Tuyên giáo và Dân vận Trung ương", "party-body"),
        ("Ban Kinh tế Trung ương", "party-body"),
        ("Ban Nội chính Trung ương", "party-body"),
        ("Ban Đối ngoại Trung ương", "party-body"),
        ("Văn phòng Trung ương Đảng", "party-body"),
        ("Đảng ủy Chính phủ", "party-body"),
        ("Quốc hội", "legislature"),
        ("Ủy ban Thường vụ Quốc hội", "legislature"),
        ("Chủ tịch nước", "state-body"),
        ("Chính phủ", "government"),
        ("Thủ tướng Chính phủ", "government"),
        ("Tòa án nhân dân tối cao", "judiciary"),
        ("Viện kiểm sát nhân dân tối cao", "judiciary"),
        ("Kiểm toán nhà nước", "state-body"),
        ("Mặt trận Tổ quốc Việt Nam", "other"),
        ("Thông tấn xã Việt Nam", "government-agency"),
        ("Đài Tiếng nói Việt Nam", "government-agency"),
        ("Đài Truyền hình Việt Nam", "government-agency"),
        ("Bảo hiểm xã hội Việt Nam", "government-agency"),
        ("Viện Hàn lâm Khoa học xã hội Việt Nam", "government-agency"),
        ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "government-agency"),
        ("Báo điện tử VietnamPlus", "press"),
        ("Báo Nhân Dân", "press"),
        ("Hội đồng điều phối vùng đồng bằng Sông Hồng", "regional-council"),
    ],
)
def test_required_actor_present_with_kind(actors, name, kind):
    by_name = {a["name"]: a for a in actors}
    assert by_name[name]["kind"] == kind


def test_six_regional_coordination_councils(actors):
    councils = [a for a in actors if a["kind"] == "regional-council"]
    assert len(councils) == 6
    assert all(a["name"].startswith("Hội đồng điều phối vùng ") for a in councils)


def test_ttxvn_is_also_press_and_has_its_abbreviation(actors):
    ttx = {a["id"]: a for a in actors}["thong-tan-xa-viet-nam"]
    assert "press" in ttx["also_kinds"] and "TTXVN" in ttx["variants"]


@pytest.mark.parametrize(
    ("variant", "actor_id"),
    [
        ("Bộ KH&ĐT", "bo-ke-hoach-va-dau-tu"),
        ("Bộ KHĐT", "bo-ke-hoach-va-dau-tu"),
        ("VietnamPlus", "bao-dien-tu-vietnamplus"),
        ("Vietnam+", "bao-dien-tu-vietnamplus"),
        ("UBTVQH", "uy-ban-thuong-vu-quoc-hoi"),
        ("NHNN", "ngan-hang-nha-nuoc-viet-nam"),
    ],
)
def test_written_variants_resolve(actors, variant, actor_id):
    owners = [a["id"] for a in actors if key(variant) in {key(n) for n in names_of(a)}]
    assert owners == [actor_id]


# ---- the seed's gold ---------------------------------------------------------------------------------


MINISTRIES_COLLECTIVE = "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu"


def test_each_seed_gold_actor_is_in_the_gazetteers(actor_gazetteer, gold):
    found = {g: actor_gazetteer.identity_of(g) for g in gold["actors"]}
    assert found == {
        "Chính phủ": "chinh-phu",
        "Bộ Chính trị": "bo-chinh-tri",
        "Quốc hội": "quoc-hoi",
        "các bộ, các cơ quan ngang bộ, cơ quan thuộc Chính phủ": MINISTRIES_COLLECTIVE,
        "Ủy ban Nhân dân thành phố Hải Phòng": "ubnd-hai-phong",
        "các địa phương trong cả nước": "cac-dia-phuong-trong-ca-nuoc",
        "các cơ quan thông tấn, báo chí, truyền thông": "cac-co-quan-thong-tan-bao-chi-truyen-thong",
        "Hội đồng điều phối vùng đồng bằng Sông Hồng": "hoi-dong-dieu-phoi-vung-dong-bang-song-hong",
    }


def test_seed_gold_actors_outside_the_patterns_are_canonical_names(actors, gold):
    """The gold's spelling is the canonical name, not just a variant (the pattern-made UBND name aside)."""
    names = {a["name"] for a in actors}
    assert [g for g in gold["actors"] if not g.startswith("Ủy ban Nhân dân") and g not in names] == []


def test_seed_collective_variants_resolve_to_the_seed_collective(actor_gazetteer):
    for written in ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Các bộ, cơ quan liên quan"]:
        assert actor_gazetteer.identity_of(written) == MINISTRIES_COLLECTIVE, written


def test_each_seed_gold_place_is_in_the_gazetteers(place_gazetteer, gold):
    found = {g: place_gazetteer.matcher.owner_of(g) for g in gold["places"]}
    assert found == {
        "Hải Phòng": "hai-phong",
        "vùng đồng bằng Sông Hồng": "vung-dong-bang-song-hong",
        "Hà Nội": "ha-noi",
        "Quảng Ninh": "quang-ninh",
        "Bạch Long Vĩ": "bach-long-vi",
        "Cát Hải": "cat-hai",
        "Cát Bà": "cat-ba",
    }


def test_seed_gold_places_are_canonical_names(places, gold):
    names = {p["name"] for p in places}
    assert [g for g in gold["places"] if g not in names] == []


def test_seed_spellings_of_region_and_triangle_resolve(place_gazetteer):
    owner_of = place_gazetteer.matcher.owner_of
    assert owner_of("đồng bằng sông Hồng") == "vung-dong-bang-song-hong"
    assert owner_of("tam giác động lực phát triển kinh tế Hà Nội-Hải Phòng-Quảng Ninh") == (
        "tam-giac-ha-noi-hai-phong-quang-ninh"
    )
    assert owner_of("quận Ngô Quyền") == "ngo-quyen-hai-phong"


def test_local_body_patterns_cover_both_cases_and_abbreviations(actor_gazetteer):
    identity_of = actor_gazetteer.identity_of
    assert identity_of("UBND TP. Hải Phòng") == "ubnd-hai-phong"
    assert identity_of("Uỷ ban nhân dân tỉnh Thanh Hoá") == "ubnd-thanh-hoa"
    assert identity_of("HĐND thành phố Hồ Chí Minh") == "hdnd-ho-chi-minh"
    assert identity_of("Ủy ban nhân dân tỉnh Thừa Thiên Huế") == "ubnd-hue"
    assert identity_of("Ủy ban nhân dân tỉnh Hải Phòng") is None  # a city is not a tỉnh


# ---- the theme scheme ----------------------------------------------------------------------------------


def _concepts(g: Graph) -> set[URIRef]:
    return set(g.subjects(RDF.type, SKOS.Concept))


def test_themes_ttl_declares_the_scheme_with_vi_and_en_labels(theme_graph):
    assert (THEME_SCHEME, RDF.type, SKOS.ConceptScheme) in theme_graph
    langs = {lbl.language for lbl in theme_graph.objects(THEME_SCHEME, SKOS.prefLabel)}
    assert langs == {"vi", "en"}


def test_every_theme_concept_has_one_vi_and_one_en_preflabel_and_an_en_definition(theme_graph):
    for c in _concepts(theme_graph):
        labels = [lbl for lbl in theme_graph.objects(c, SKOS.prefLabel) if isinstance(lbl, Literal)]
        assert sorted(lbl.language for lbl in labels) == ["en", "vi"], c
        definitions = [d.language for d in theme_graph.objects(c, SKOS.definition)]
        assert definitions == ["en"], c


def test_every_theme_concept_is_a_top_concept_in_the_scheme(theme_graph):
    concepts = _concepts(theme_graph)
    assert concepts
    for c in concepts:
        assert str(c).startswith(THEME_NS), c
        assert (c, SKOS.inScheme, THEME_SCHEME) in theme_graph, c
        assert (c, SKOS.topConceptOf, THEME_SCHEME) in theme_graph, c
        assert (THEME_SCHEME, SKOS.hasTopConcept, c) in theme_graph, c


def test_theme_slugs_in_json_equal_concepts_in_ttl(themes, theme_graph):
    slugs = {str(c)[len(THEME_NS) :] for c in _concepts(theme_graph)}
    assert set(themes) == slugs


def test_required_themes_are_present(themes):
    assert set(themes) >= REQUIRED_THEMES


@pytest.mark.parametrize(
    ("area", "theme"),
    [
        (1, "propaganda-communication"),
        (2, "institutions-law"),
        (2, "administrative-reform"),
        (3, "green-economy"),
        (3, "circular-economy"),
        (3, "digital-transformation"),
        (3, "logistics"),
        (3, "seaports"),
        (3, "energy-transition"),
        (4, "regional-linkage"),
        (4, "infrastructure"),
        (4, "investment"),
        (5, "culture"),
        (5, "education"),
        (5, "health"),
        (5, "social-welfare"),
        (5, "tourism"),
        (5, "science-technology-innovation"),
        (6, "defence-security"),
        (6, "foreign-affairs"),
        (7, "party-building"),
        (7, "administrative-reform"),
        (7, "urban-government"),
    ],
)
def test_theme_triggers_fire_on_the_seed_areas(gold, area, theme):
    """Each area of the seed (its title and its tasks, up to the next area) gets the themes it is about,
    by the extractor's own trigger matcher over themes.json."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    starts = sorted(a["start"] for a in gold["solution_areas"])
    start = next(a["start"] for a in gold["solution_areas"] if a["ordinal"] == area)
    end = next((s for s in starts if s > start), len(text))
    triggers = ThemeTriggers.from_path(GAZ / "themes.json")
    assert theme in triggers.themes(text, lower_same_length(text), start, end), (area, theme)
