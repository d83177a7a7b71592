"""The seed article against its hand-made gold: every reference and relation, exactly."""

from __future__ import annotations

import unicodedata

from policygraph.extract.pipeline import extract_text

REF_FIELDS = ("surface", "start", "end", "type", "number", "issuer", "date", "term")


def _ref_rows(refs):
    return sorted(tuple(r.get(f) for f in REF_FIELDS) for r in refs)


def test_seed_references_match_gold_exactly(seed_extraction, seed_gold):
    got = [r.to_json() for r in seed_extraction.references]
    assert _ref_rows(got) == _ref_rows(seed_gold["references"])


def test_seed_inferred_issuers_match_gold(seed_extraction, seed_gold):
    got = {(r.start, r.issuer_inferred) for r in seed_extraction.references if r.issuer is None and r.number}
    want = {(g["start"], g["issuer_inferred"]) for g in seed_gold["references"] if g.get("issuer_inferred")}
    assert got == want


def test_seed_relations_match_gold_exactly(seed_extraction, seed_gold):
    got = {(r.subject.label, r.object.label, r.type) for r in seed_extraction.relations}
    want = {(g["from"], g["to"], g["type"]) for g in seed_gold["relations"]}
    assert got == want


def test_seed_subject_document_is_the_action_programme(seed_extraction):
    assert seed_extraction.subject is not None
    assert seed_extraction.subject.key == "NQ|7/NQ-CP|2025"


def test_every_evidence_is_cut_from_the_original_text(seed_extraction, seed_text):
    for ref in seed_extraction.references:
        assert seed_text[ref.start:ref.end] == ref.surface
    for rel in seed_extraction.relations:
        ev = rel.evidence
        assert seed_text[ev.start:ev.end] == ev.text
        assert seed_text[ev.sentence_start:ev.sentence_end] == ev.sentence
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end


def test_continues_relation_carries_the_sentence_that_states_it(seed_extraction):
    rel = next(r for r in seed_extraction.relations if r.type == "continues")
    assert rel.evidence.text == (
        "Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện "
        "Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị khóa XII"
    )
    assert rel.evidence.sentence.startswith("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động")
    assert rel.evidence.start == 367


def test_bare_number_takes_year_from_earlier_dated_mention(seed_extraction):
    bare = next(r for r in seed_extraction.references if r.start == 1553)
    assert bare.surface == "Nghị quyết số 45-NQ/TW"
    assert bare.identity.key == "NQ|45-NQ/TW|2019"
    assert bare.identity.term == "XII"


def test_nfd_text_gives_the_same_references_with_offsets_into_the_nfd_original(seed_text, seed_gold):
    nfd = unicodedata.normalize("NFD", seed_text)
    extraction = extract_text(nfd, "seed-nfd.txt")
    assert len(extraction.references) == len(seed_gold["references"]) == 13
    for ref in extraction.references:
        assert nfd[ref.start:ref.end] == ref.surface
    numbers = sorted({r.number for r in extraction.references if r.number})
    assert numbers == sorted({r["number"] for r in seed_gold["references"] if r["number"]}) == [
        "108/NQ-CP", "30-NQ/TW", "35/2021/QH15", "45-NQ/TW", "7/NQ-CP", "96-KL/TW"]


def test_old_style_tone_marks_match_like_new_style():
    text = "Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị khoá XII về Hải Phòng."
    ref = extract_text(text).references[0]
    assert (ref.term, ref.issuer, ref.end) == ("XII", "Bộ Chính trị", text.index(" về"))
