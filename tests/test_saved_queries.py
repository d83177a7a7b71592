"""Every saved query in queries/ has a header saying what it answers and an exact answer on data/."""

from __future__ import annotations

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from policygraph.store.opening import open_store

from .conftest import ROOT
from .corpus_gold import corpus_gold, document_key, gold_mentions_of, gold_numbered_documents

DECISION_44 = "09_qd-44-2025-qd-ttg-bai-bo-vbqppl.txt"

QUERIES = ROOT / "queries"


@pytest.fixture(scope="module")
def run(ingested_store):
    """Every saved query runs on both backends (the embedded store and `oxigraph serve`)."""
    store = open_store(ingested_store)

    def select(name: str) -> list[tuple[str, ...]]:
        result = store.select((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
        return [tuple("" if v is None else str(v) for v in row) for row in result.rows]

    yield select
    store.close()


def test_every_saved_query_opens_with_a_comment_saying_what_it_answers():
    for path in sorted(QUERIES.glob("*.rq")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first.removeprefix("# ").split()) >= 4, path.name  # a sentence


def test_chain_from_7_nq_cp_to_45_nq_tw(run):
    rows = run("chain-7-nq-cp-to-45-nq-tw")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("7/NQ-CP", "implements", "96-KL/TW"),
        ("96-KL/TW", "continues", "45-NQ/TW"),
    ]
    assert rows[0][3].startswith("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện")
    assert rows[1][4] == "corpus/000_849468c7549e9275.txt"


def test_implementers_of_45_nq_tw_transitively(run):
    assert run("implementers-of-45-nq-tw") == [
        ("108/NQ-CP", "Nghị quyết 108/NQ-CP", "true"),
        ("96-KL/TW", "Kết luận 96-KL/TW", "true"),
        ("7/NQ-CP", "Nghị quyết 7/NQ-CP", "false"),
    ]


def test_sentence_stating_that_96_kl_tw_continues_45_nq_tw(run):
    rows = run("sentence-stating-a-relation")
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("corpus/000_849468c7549e9275.txt", "367", "505"),
        ("corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt", "67", "227"),
    ]
    assert rows[0][0] == ("Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện "
                          "Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị khóa XII")


def test_legal_bases_of_decision_44_2025(run):
    rows = [r for r in run("legal-bases") if r[0] == "44/2025/QĐ-TTg"]
    assert sorted(document_key(r[1].rsplit(" ", 1)[1]) for r in rows) == sorted(
        document_key(r["to"]) for r in corpus_gold()[DECISION_44]["relations"] if r["type"] == "legal_basis")
    assert rows == [
        ("44/2025/QĐ-TTg", "Luật 63/2025/QH15"),
        ("44/2025/QĐ-TTg", "Luật 64/2025/QH15"),
        ("44/2025/QĐ-TTg", "Nghị định 78/2025/NĐ-CP"),
    ]


def test_decision_44_2025_repeals_the_documents_its_gold_lists(run):
    rows = [r for r in run("repealed-documents") if r[1] == "Quyết định 44/2025/QĐ-TTg"]
    gold = sorted(document_key(r["to"]) for r in corpus_gold()[DECISION_44]["relations"] if r["type"] == "repeals")
    assert len(gold) == 39
    # a label is the kind's name and the number: "Quyết định 104/2000/QĐ-TTg"
    assert sorted(document_key(r[0].rsplit(" ", 1)[1]) for r in rows) == gold
    assert ("Quyết định 104/2000/QĐ-TTg", "Quyết định 44/2025/QĐ-TTg") in {(r[0], r[1]) for r in rows}


def test_referenced_but_never_ingested_lists_96_kl_tw_and_not_the_ingested_ones(run):
    rows = run("referenced-never-ingested")
    labels = {r[1] for r in rows}
    assert "Kết luận 96-KL/TW" in labels
    assert {"Nghị quyết 45-NQ/TW", "Quyết định 44/2025/QĐ-TTg", "Nghị quyết 7/NQ-CP"} & labels == set()
    ninety_six = next(r for r in rows if r[1] == "Kết luận 96-KL/TW")
    # its mentions and texts are the gold's: every reference to it the gold of a corpus text lists
    assert (int(ninety_six[2]), int(ninety_six[3])) == gold_mentions_of("96-KL/TW")


def test_documents_lists_every_document_once(run):
    rows = run("documents")
    assert len(rows) == len({r[0] for r in rows})
    seed_numbers = {"7/NQ-CP", "96-KL/TW", "45-NQ/TW", "30-NQ/TW", "35/2021/QH15", "108/NQ-CP"}
    assert seed_numbers <= {r[1] for r in rows}
    # the documents with a number are exactly those the gold of the corpus names by a number
    assert {document_key(r[1]) for r in rows if r[1]} == gold_numbered_documents()


def test_saved_documents_query_over_http_by_sparqlwrapper_lists_the_gold_documents(server_url):
    """The saved query sent by a real SPARQL client to the real server (moved from test_server_e2e.py,
    whose other tests test_sparql_protocol.py already holds)."""
    client = SPARQLWrapper(server_url + "/sparql")
    client.setQuery((QUERIES / "documents.rq").read_text(encoding="utf-8"))
    client.setReturnFormat(JSON)
    result = client.query().convert()
    numbers = {b["number"]["value"] for b in result["results"]["bindings"] if "number" in b}
    assert {document_key(number) for number in numbers} == gold_numbered_documents()


def test_the_seven_solution_areas_of_7_nq_cp_in_order(run):
    rows = run("solution-areas-of-7-nq-cp")
    assert [(r[0], r[2]) for r in rows] == [
        ("1", "2"), ("2", "3"), ("3", "4"), ("4", "5"), ("5", "10"), ("6", "5"), ("7", "3"),
    ]
    assert rows[0][1] == ("Công tác quán triệt, tuyên truyền, phổ biến thông tin và triển khai thực hiện "
                          "Kết luận số 96-KL/TW")


def test_tasks_of_the_hai_phong_peoples_committee_in_area_3(run):
    rows = [r for r in run("tasks-per-actor-in-7-nq-cp")
            if r[0] == "Ủy ban nhân dân thành phố Hải Phòng" and r[2] == "3"]
    assert [(r[1], r[3]) for r in rows] == [("assigned", "3"), ("lead", "1")]


def test_tasks_concerning_cat_hai(run):
    rows = run("tasks-concerning-a-place")
    assert [(r[0], r[1]) for r in rows] == [("7/NQ-CP", "5")]
    assert "huyện đảo Bạch Long Vĩ và Cát Hải" in rows[0][3]


def test_targets_of_7_nq_cp_by_year(run):
    rows = [r for r in run("targets-by-year") if r[0] == "7/NQ-CP"]
    assert ("7/NQ-CP", "2030", "target year", "") in rows
    assert ("7/NQ-CP", "2045", "vision year", "") in rows
    assert sorted(r[3] for r in rows if r[2] == "target") == [
        "phấn đấu không còn hộ nghèo",
        "thành phố an toàn, thân thiện",
        "thành phố không ma túy",
        "trung tâm giáo dục và đào tạo chất lượng hàng đầu của vùng đồng bằng sông Hồng",
        "trung tâm kết nối quốc tế",
    ]
