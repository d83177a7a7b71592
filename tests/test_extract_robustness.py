"""Extraction never crashes, and every offset it reports points into the text it was given."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policygraph.evaluation import WILD_DIR
from policygraph.extract.pipeline import extract_text

FRAGMENTS = [
    "Nghị quyết số ", "45-NQ/TW", " ngày ", "24/1/2019", " của Bộ Chính trị", " khóa XII", "Căn cứ ",
    "Luật Đầu tư ", "năm 2020", "số 61/2020/QH14", " được sửa đổi, bổ sung bởi ", "\n", "**", "|", " về ",
    "tiếp tục thực hiện ", "7/NQ-CP", "Kết luận ", "KL", " 96", "Điều 1. Bãi bỏ", ":", "1. ", "Quyết định ",
    "1579/QĐ-TTg", "ngày 24 tháng 01 năm 2019", "24-01-2019", "Chương trình hành động của Chính phủ thực hiện ",
    "Đề án ", "các ", "; ", ". ", "khoá ", "\u0301", "Ủy ban nhân dân tỉnh Nghệ An", "/", "-", "0", "NĐ-CP",
    # shapes of the real texts that crashed the actors reader and the outline reader (wild/ sweep)
    "TP. Hồ Chí Minh", ": Nhà xuất bản Trẻ", "Thành phố Hồ Chí\nMinh", "Sở Tư pháp ", " chủ trì", "f) ", "j) ",
    "w) ", "a) ", "II. NHIỆM VỤ\n",
]

settings_ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    extraction = extract_text(text, "fuzz.txt")
    for ref in extraction.references:
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start:ref.end] == ref.surface
    for rel in extraction.relations:
        ev = rel.evidence
        assert 0 <= ev.sentence_start <= ev.start <= ev.end <= ev.sentence_end <= len(text)
        assert text[ev.start:ev.end] == ev.text


@settings_
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(text):
    _check(text)


@settings_
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_reference_like_fragments_never_crash(text):
    _check(text)
    _check(unicodedata.normalize("NFD", text))


@settings_
@given(st.text(alphabet="0123456789/-. \n", max_size=300))
def test_only_numbers_and_slashes_never_crash(text):
    _check(text)


def test_an_actor_name_cut_by_a_sentence_end_does_not_crash_the_role_reader():
    # "TP." ends a sentence for the splitter while "TP. Hồ Chí Minh" is one actor: the actor runs past
    # its clause (a crash in real bibliographies and in headers "Thành phố Hồ Chí\nMinh, ngày ...").
    text = "Nguyễn Văn A (2016). *Ngôn ngữ học*. TP. Hồ Chí Minh: Nhà xuất bản Trẻ."
    _check(text)
    header = ("| **ỦY BAN NHÂN DÂN** THÀNH PHỐ HỒ CHÍ MINH |\n|\nSố: 2848/QĐ-UBND\n|\n"
              "*Thành phố Hồ Chí\nMinh, ngày 21 tháng 11 năm 2025*\n|\n**QUYẾT ĐỊNH**\n")
    extraction = extract_text(header, "header.txt")
    assert extraction.subject is not None and extraction.subject.number == "2848/QĐ-UBND"
    assert [(p.id, [m.text for m in p.mentions]) for p in extraction.places] == [
        ("ho-chi-minh", ["THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí\nMinh"])]


def test_a_point_lettered_outside_the_vietnamese_alphabet_does_not_crash_the_outline():
    # Vietnamese points run a, b, c, d, đ, e, g: "f)" and "j)" come from texts lettered in the Latin alphabet.
    for text in ("a) Điểm một;\nf) Điểm lạ.\n", "II. NHIỆM VỤ\n1. Tổ chức thực hiện\nf) Một điểm;\nj) Điểm khác.\n"):
        _check(text)


def test_empty_text_gives_an_empty_extraction():
    extraction = extract_text("", "empty.txt")
    assert (extraction.references, extraction.relations, extraction.subject) == ([], [], None)


def test_a_huge_single_line_is_extracted():
    line = ("Thực hiện Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị, " * 4000).strip()
    extraction = extract_text(line, "huge.txt")
    assert len(extraction.references) == 4000
    assert {r.number for r in extraction.references} == {"45-NQ/TW"}


WILD = WILD_DIR
# The 8 real texts of the wild crawl that crashed the extraction (actors reader, outline reader), then a
# fixed sample: every 60th text by name. Without ../shared the data/corpus texts stand in.
WILD_CRASHED = ["36e7674f46cb7220.md", "4bda44e45e4f1633.md", "ac0f18a2d1b4fb56.md", "c6ee6d0ebeddee6c.md",
                "c93728206e91346c.md", "e779ecf85c03a078.md", "e8bdd59121f8e06f.md", "f1e0981425ec38be.md"]


def _sweep_sample() -> list[Path]:
    if WILD.is_dir():
        return [WILD / n for n in WILD_CRASHED] + [p for p in sorted(WILD.glob("*.md")) if p.name != "README.md"][::60]
    return sorted((Path(__file__).resolve().parents[1] / "data" / "corpus").glob("*.txt"))


def test_a_fixed_sample_of_real_texts_extracts_with_every_offset_inside_the_text():
    sample = _sweep_sample()
    for path in sample:
        text = path.read_text(encoding="utf-8")
        extraction = extract_text(text, path.name)
        for ref in extraction.references:
            assert text[ref.start:ref.end] == ref.surface, (path.name, ref.start)
        for rel in extraction.relations:
            ev = rel.evidence
            assert 0 <= ev.sentence_start <= ev.start <= ev.end <= ev.sentence_end <= len(text), path.name
        for area in extraction.solution_areas:
            assert text[area.start:area.end] == area.title, path.name
        for task in extraction.tasks:
            assert text[task.start:task.end] == task.text, path.name
    assert len(sample) == (len(WILD_CRASHED) + 50 if WILD.is_dir() else 8)


def test_a_text_longer_than_the_limit_is_refused_before_it_is_read_whole(tmp_path):
    from policygraph.errors import InputError
    from policygraph.sources import read_source_text

    path = tmp_path / "long.txt"
    path.write_text("Điều " * 30, encoding="utf-8")  # 150 characters, 180 bytes
    assert read_source_text(path, max_chars=150) == "Điều " * 30
    with pytest.raises(InputError) as refused:
        read_source_text(path, max_chars=149)
    assert str(refused.value) == (
        f"{path}: longer than 149 characters, the limit for one text; split it, or raise "
        "POLICYGRAPH_MAX_TEXT_CHARS (extraction of a few million characters takes minutes and gigabytes)")
