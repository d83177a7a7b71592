"""The API beside SPARQL, against the real server (uvicorn on a free port over data/corpus, ingested):
/documents, /documents/by-number, /documents/{id}, /trace, /extract, /validate, /queries, and GET /."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .cli_process import run_cli
from .conftest import CORPUS, ROOT, SEED_NAME
from .corpus_gold import (
    document_key,
    gold_documents_issued_by,
    gold_numbered_documents,
    gold_numbered_documents_of_type,
    reachable_from,
)
from .structure_gold import plan_gold, plan_items_not_covered, seed_area_task_counts

SEED_FILE = f"corpus/{SEED_NAME}.txt"
PROGRAMME_FILE = "corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt"
DATA = "https://w3id.org/policygraph/id/"
ELI = "http://data.europa.eu/eli/ontology#"


def corpus_slice(source: str, start: int, end: int) -> str:
    """The characters [start:end] of a corpus file, as stored (offsets are into the original)."""
    return (ROOT / "data" / source).read_bytes().decode("utf-8")[start:end]


def get(url: str, **kwargs) -> httpx.Response:
    return httpx.get(url, timeout=60, **kwargs)


def post(url: str, **kwargs) -> httpx.Response:
    return httpx.post(url, timeout=120, **kwargs)


# ---- /documents/{id} -----------------------------------------------------------------------------
def test_document_page_has_the_implements_link_with_its_evidence_sentence_file_and_offsets(server_url):
    response = get(server_url + "/documents/doc/nq/2025/7-nq-cp")
    assert response.status_code == 200
    doc = response.json()
    assert (doc["id"], doc["iri"], doc["number"], doc["kind"], doc["kind_label"], doc["year"], doc["date"]) == (
        "doc/nq/2025/7-nq-cp", DATA + "doc/nq/2025/7-nq-cp", "7/NQ-CP", "NQ", "Nghị quyết", 2025, "2025-01-10")
    assert doc["label"] == "Nghị quyết 7/NQ-CP"
    assert doc["href"] == "/documents/doc/nq/2025/7-nq-cp"
    implements = [link for link in doc["outgoing"] if link["relation"] == "implements"]
    assert [link["document"]["number"] for link in implements] == ["96-KL/TW"]
    link = implements[0]
    assert link["relation_iri"] == "https://w3id.org/policygraph/scheme/relation/implements"
    assert link["document"]["id"] == "doc/kl/2024/96-kl-tw"
    assert link["document"]["href"] == "/documents/doc/kl/2024/96-kl-tw"
    evidence = link["evidence"]
    assert (evidence["source"], evidence["start"], evidence["end"]) == (SEED_FILE, 297, 419)
    assert evidence["text"].startswith("Nghị quyết 7/NQ-CP ngày 10/1/2025")
    assert evidence["text"] == corpus_slice(SEED_FILE, 297, 419)
    assert evidence["text"] in evidence["sentence"]
    assert link["statement"].startswith(DATA + "relation/")


def test_document_page_has_incoming_links_and_empty_area_and_task_lists(server_url):
    doc = get(server_url + "/documents/doc/nq/2019/45-nq-tw").json()
    assert (doc["number"], doc["year"], doc["term"], doc["date"]) == ("45-NQ/TW", 2019, "XII", "2019-01-24")
    continues = [link for link in doc["incoming"] if link["relation"] == "continues"]
    assert {link["document"]["number"] for link in continues} == {"96-KL/TW"}
    assert sorted(link["evidence"]["source"] for link in continues) == [SEED_FILE, PROGRAMME_FILE]
    for link in continues:
        evidence = link["evidence"]
        assert evidence["text"] == corpus_slice(evidence["source"], evidence["start"], evidence["end"])
        assert " ".join(evidence["text"].split()).casefold().startswith("kết luận số 96-kl/tw ngày 30")
    assert doc["solution_areas"] == [] and doc["tasks"] == []
    assert doc["ambiguous"] is False and doc["candidates"] == []


def test_every_link_of_a_document_is_cut_from_its_source_file(server_url):
    doc = get(server_url + "/documents/doc/kl/2024/96-kl-tw").json()
    links = doc["outgoing"] + doc["incoming"]
    assert links
    for link in links:
        ev = link["evidence"]
        assert ev["text"] == corpus_slice(ev["source"], ev["start"], ev["end"]), link


def test_an_ingested_document_lists_its_source_text(server_url):
    doc = get(server_url + "/documents/doc/nq/2019/45-nq-tw").json()
    assert doc["ingested"] is True
    assert "corpus/01_nq-45-nq-tw-2019-hai-phong-phan-dau.txt" in [s["file"] for s in doc["sources"]]
    source = next(s for s in doc["sources"] if s["file"].startswith("corpus/01_"))
    text = (CORPUS / "01_nq-45-nq-tw-2019-hai-phong-phan-dau.txt").read_text(encoding="utf-8")
    assert source["length"] == len(text.removeprefix("\ufeff"))
    assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])


def test_a_browser_gets_the_document_page_and_a_client_the_json(server_url):
    page = get(server_url + "/documents/doc/nq/2025/7-nq-cp", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<script src="/static/document-page.js">' in page.text
    missing = get(server_url + "/documents/doc/nq/2020/7-nq-cp", headers={"Accept": "text/html"})
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    for accept in ("*/*", "application/json", "image/png"):
        response = get(server_url + "/documents/doc/nq/2025/7-nq-cp", headers={"Accept": accept})
        assert response.headers["content-type"] == "application/json", accept


def test_unknown_document_is_404_with_the_near_miss(server_url):
    response = get(server_url + "/documents/doc/nq/2020/45-nq-tw")
    assert response.status_code == 404
    body = response.json()
    assert body["error"] == "unknown document"
    assert "did you mean doc/nq/2019/45-nq-tw" in body["detail"]
    assert [c["id"] for c in body["candidates"]] == ["doc/nq/2019/45-nq-tw"]


def test_a_number_in_the_path_is_404_pointing_to_the_lookup(server_url):
    response = get(server_url + "/documents/45-NQ/TW")
    assert response.status_code == 404
    assert "/documents/by-number" in response.json()["detail"]


@pytest.mark.parametrize("path", ["/documents/doc/nq/<script>", "/documents/doc/a%20b", "/documents/doc/%22%7D",
                                  "/documents/doc//x", "/documents/" + "x" * 3000])
def test_malformed_ids_are_404_not_500(server_url, path):
    response = get(server_url + path)
    assert response.status_code == 404
    assert response.json()["error"] == "unknown document"


# ---- /documents/{id}: solution areas and tasks ----------------------------------------------------
AREA = DATA + "area/000-849468c7549e9275-txt-0a30bdfc9879/"


def test_every_theme_code_of_a_document_comes_with_the_schemes_vi_and_en_labels(server_url):
    from rdflib import Literal
    from rdflib.namespace import SKOS

    doc = get(server_url + "/documents/doc/nq/2025/7-nq-cp").json()
    used = {code for node in doc["solution_areas"] + doc["tasks"] for code in node["themes"]}
    assert used and set(doc["theme_labels"]) == used
    scheme = Graph().parse(ROOT / "ontology" / "schemes" / "themes.ttl")
    base = "https://w3id.org/policygraph/scheme/theme/"
    expected = {}
    for code in sorted(used):
        names = {label.language: str(label) for label in scheme.objects(URIRef(base + code), SKOS.prefLabel)
                 if isinstance(label, Literal)}
        expected[code] = {"vi": names["vi"], "en": names["en"]}
    assert doc["theme_labels"] == expected
    assert doc["theme_labels"]["green-economy"] == {"vi": "Kinh tế xanh", "en": "Green economy"}


def test_7_nq_cp_has_its_seven_solution_areas_with_titles_offsets_and_task_counts(server_url, seed_gold):
    doc = get(server_url + "/documents/doc/nq/2025/7-nq-cp").json()
    areas = doc["solution_areas"]
    assert [(a["path"], a["ordinal"], a["ordinal_label"], a["parent"], a["task_count"]) for a in areas] == [
        (str(n), n, f"{n}.", None, tasks) for n, tasks in enumerate(seed_area_task_counts(), 1)]
    assert [a["iri"] for a in areas] == [f"{AREA}{n}" for n in range(1, 8)]
    gold = seed_gold["solution_areas"]
    assert [a["title"] for a in areas] == [" ".join(g["title"].split()) for g in gold]
    assert [(a["evidence"]["source"], a["evidence"]["start"], a["evidence"]["end"]) for a in areas] == [
        (SEED_FILE, g["start"], g["end"]) for g in gold]
    for area in areas:
        ev = area["evidence"]
        assert ev["text"] == corpus_slice(ev["source"], ev["start"], ev["end"])
    assert areas[2]["themes"][:4] == ["circular-economy", "digital-transformation", "energy-transition",
                                      "green-economy"]


def test_7_nq_cp_tasks_carry_their_area_actors_and_roles_in_text_order(server_url):
    tasks = get(server_url + "/documents/doc/nq/2025/7-nq-cp").json()["tasks"]
    assert [t["area_path"] for t in tasks] == [str(n) for n, count in enumerate(seed_area_task_counts(), 1)
                                               for _ in range(count)]
    starts = [t["evidence"]["start"] for t in tasks]
    assert starts == sorted(starts)
    for task in tasks:
        ev = task["evidence"]
        assert ev["text"] == corpus_slice(ev["source"], ev["start"], ev["end"]) == task["text"]
        for assignment in task["assignments"]:
            mention = assignment["evidence"]
            assert mention["text"] == corpus_slice(mention["source"], mention["start"], mention["end"])
    first_of_area_3 = next(t for t in tasks if t["area_path"] == "3")
    assert first_of_area_3["area"] == AREA + "3"
    assert first_of_area_3["text"] == ("Thành phố Hải Phòng phối hợp với các bộ, cơ quan liên quan nghiên cứu, đề "
                                       "xuất các giải pháp phát triển kinh tế xanh, kinh tế tuần hoàn")
    assert (first_of_area_3["evidence"]["start"], first_of_area_3["evidence"]["end"]) == (2968, 3103)
    assert [(a["actor"]["name"], a["actor"]["iri"], a["role"], a["role_label"], a["evidence"]["text"],
             a["evidence"]["start"]) for a in first_of_area_3["assignments"]] == [
        ("Ủy ban nhân dân thành phố Hải Phòng", DATA + "org/ubnd-hai-phong", "lead", "Chủ trì",
         "Thành phố Hải Phòng", 2968),
        ("các bộ, các cơ quan ngang bộ, cơ quan thuộc Chính phủ",
         DATA + "org/cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu", "coordinating", "Phối hợp",
         "các bộ, cơ quan liên quan", 3001),
    ]
    assert first_of_area_3["assignments"][1]["role_iri"] == "https://w3id.org/policygraph/scheme/role/coordinating"
    assert first_of_area_3["themes"] == ["circular-economy", "green-economy"]
    last_of_area_3 = [t for t in tasks if t["area_path"] == "3"][-1]
    assert [(p["name"], p["iri"]) for p in last_of_area_3["places"]] == [("Hải Phòng", DATA + "place/hai-phong")]


def test_nested_areas_name_their_parent_and_count_their_own_tasks(server_url):
    doc = get(server_url + "/documents/doc/kh/unknown/1026-kh-ubnd").json()
    areas = doc["solution_areas"]
    sections = plan_gold()["solution_sections"]
    tasks = [(t["area_path"], t["evidence"]["start"], t["evidence"]["end"]) for t in doc["tasks"]]
    # The sections are the gold's; each counts its own tasks, which cover the gold's items of the section.
    assert [(a["path"], a["ordinal_label"], a["task_count"]) for a in areas] == [
        (g["path"], g["label"], sum(1 for path, _, _ in tasks if path == g["path"])) for g in sections]
    assert plan_items_not_covered(tasks) == []
    assert all(a["task_count"] >= sum(1 for i in plan_gold()["tasks"] if i["area"] == a["path"]) for a in areas)
    by_path = {a["path"]: a for a in areas}
    assert [a["parent"] for a in areas] == [None, None] + [by_path["3"]["iri"]] * 5
    assert by_path["3.2"]["title"] == "Bộ Chỉ huy Quân sự tỉnh"
    assert {t["area_path"] for t in doc["tasks"]} == set(by_path)


def test_an_ingested_text_links_to_its_source_text(server_url):
    doc = get(server_url + "/documents/doc/nq/2025/7-nq-cp").json()
    assert [(s["file"], s["href"]) for s in doc["sources"]] == [
        (SEED_FILE, "/sources/corpus/000_849468c7549e9275.txt")]


# ---- /sources/{file} -----------------------------------------------------------------------------
def test_a_source_text_is_served_with_every_evidence_span_at_its_offsets(server_url):
    response = get(server_url + "/sources/" + SEED_FILE)
    assert response.status_code == 200
    body = response.json()
    original = (ROOT / "data" / SEED_FILE).read_bytes().decode("utf-8")
    assert body["text"] == original
    assert (body["file"], body["length"], body["sha256"], body["href"]) == (
        SEED_FILE, len(original), hashlib.sha256(original.encode("utf-8")).hexdigest(), "/sources/" + SEED_FILE)
    assert body["describes"]["id"] == "doc/nq/2025/7-nq-cp"
    spans = body["spans"]
    assert spans == sorted(spans, key=lambda s: (s["start"], -s["end"]))
    for span in spans:
        assert span["text"] == original[span["start"]:span["end"]], span
    kinds = Counter(st["kind"] for span in spans for st in span["statements"])
    assert set(kinds) == {"DocumentMention", "DocumentRelation", "SolutionArea", "Task", "Assignment",
                          "Organization", "Place", "Target"}
    assert (kinds["SolutionArea"], kinds["Task"]) == (7, 32)
    by_offsets = {(s["start"], s["end"]): s for s in spans}
    relation = by_offsets[(297, 419)]["statements"]
    assert [(st["kind"], st["label"]) for st in relation] == [("DocumentRelation", "7/NQ-CP implements 96-KL/TW")]
    mention = by_offsets[(367, 419)]["statements"]
    assert [(st["kind"], st["label"], st["href"]) for st in mention] == [
        ("DocumentMention", "Kết luận 96-KL/TW", "/documents/doc/kl/2024/96-kl-tw")]
    actor = by_offsets[(2968, 2987)]["statements"]
    assert sorted((st["kind"], st["label"]) for st in actor) == [
        ("Assignment", "Chủ trì: Ủy ban nhân dân thành phố Hải Phòng"),
        ("Organization", "Ủy ban nhân dân thành phố Hải Phòng")]
    assert [st["kind"] for st in by_offsets[(2742, 2967)]["statements"]] == ["SolutionArea"]


def test_unknown_source_texts_are_404(server_url):
    for path in ("/sources/corpus/nope.txt", "/sources/corpus/..%2F..%2Fpyproject.toml", "/sources/pyproject.toml"):
        response = get(server_url + path)
        assert response.status_code == 404, path
        assert response.json()["error"] == "unknown source text", path


def test_a_source_text_changed_since_ingest_or_outside_the_data_folder_is_refused(tmp_path):
    from policygraph.api.routers.sources import SourceTextUnavailable, read_ingested_text

    (tmp_path / "corpus").mkdir()
    text = "Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị.\n"
    (tmp_path / "corpus" / "a.txt").write_text("\ufeff" + text, encoding="utf-8")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert read_ingested_text("corpus/a.txt", sha, tmp_path) == text  # the byte order mark is not text
    with pytest.raises(SourceTextUnavailable) as changed:
        read_ingested_text("corpus/a.txt", "0" * 64, tmp_path)
    assert (changed.value.status, changed.value.error) == (409, "source text changed")
    assert "policygraph ingest" in changed.value.detail
    (tmp_path / "outside.txt").write_text(text, encoding="utf-8")
    for name in ("../outside.txt", "corpus/missing.txt"):
        with pytest.raises(SourceTextUnavailable) as missing:
            read_ingested_text(name, sha, tmp_path / "corpus")
        assert (missing.value.status, missing.value.error) == (404, "source text not on disk"), name


# ---- /documents/by-number -------------------------------------------------------------------------
def test_lookup_by_number_ignores_leading_zeros_and_case(server_url):
    for number in ("7/NQ-CP", "07/NQ-CP", "7/nq-cp", " 7/NQ-CP "):
        response = get(server_url + "/documents/by-number", params={"number": number})
        assert response.status_code == 200, number
        assert response.json()["id"] == "doc/nq/2025/7-nq-cp"


def test_lookup_of_an_unknown_number_is_404(server_url):
    response = get(server_url + "/documents/by-number", params={"number": "999/NQ-CP"})
    assert response.status_code == 404
    assert "999/NQ-CP" in response.json()["detail"]


# ---- /documents -----------------------------------------------------------------------------------
def all_documents(server_url: str, **params: object) -> list[dict]:
    items, url, query = [], server_url + "/documents", {**params, "limit": 1000}
    body = get(url, params=query).json()
    items.extend(body["items"])
    assert body["total"] == len(items)
    return items


def test_list_is_filtered_by_kind_issuer_and_year(server_url):
    conclusions = all_documents(server_url, kind="KL")
    assert [d["number"] for d in conclusions] == ["96-KL/TW"]
    assert {d["kind"] for d in all_documents(server_url, kind="NQ")} == {"NQ"}
    # kind by code with or without diacritics, or by name
    decisions = all_documents(server_url, kind="QĐ")
    assert decisions == all_documents(server_url, kind="qd")
    assert {document_key(d["number"]) for d in decisions} == gold_numbered_documents_of_type("Quyết định")
    assert all_documents(server_url, kind="nghị quyết") == all_documents(server_url, kind="NQ")
    party = {d["number"] for d in all_documents(server_url, issuer="TW")}
    assert {"96-KL/TW", "45-NQ/TW", "30-NQ/TW"} <= party
    assert {document_key(n) for n in party} == {key for key in gold_numbered_documents() if key.endswith("/tw")}
    assert all(n.upper().endswith("/TW") for n in party)
    resolutions_2025 = all_documents(server_url, kind="NQ", year=2025)
    assert [d["number"] for d in resolutions_2025] == ["7/NQ-CP"]
    government = {d["number"] for d in all_documents(server_url, issuer="Chính phủ", kind="NQ")}
    assert {"7/NQ-CP", "108/NQ-CP"} <= government
    assert {document_key(n) for n in government} == gold_documents_issued_by("Chính phủ") & \
        gold_numbered_documents_of_type("Nghị quyết")
    by_name = all_documents(server_url, issuer="chinh phu", kind="NQ")
    assert by_name == all_documents(server_url, issuer="CP", kind="NQ") and {d["number"] for d in by_name} == government


def test_list_summary_fields_are_stable(server_url):
    items = all_documents(server_url, number="45-NQ/TW")
    assert len(items) == 1
    assert set(items[0]) == {"id", "iri", "number", "label", "href", "kind", "kind_label", "year", "term", "date",
                             "title", "issuers", "inferred_issuers", "ambiguous", "ingested"}
    assert items[0]["issuers"] == ["Bộ Chính trị"]
    assert items[0]["title"].startswith("về xây dựng và phát triển thành phố Hải Phòng")


def test_pages_cover_the_list_once_in_id_order(server_url):
    first = get(server_url + "/documents", params={"limit": 7}).json()
    total = first["total"]
    assert total > 7 and len(first["items"]) == 7 and first["offset"] == 0
    seen, body = [], first
    while True:
        seen.extend(item["id"] for item in body["items"])
        if body["next"] is None:
            break
        body = get(server_url + body["next"]).json()
    assert len(seen) == len(set(seen)) == total
    assert seen == sorted(seen)
    last = get(server_url + "/documents", params={"limit": 7, "offset": total - 1}).json()
    assert len(last["items"]) == 1 and last["next"] is None
    assert get(server_url + "/documents", params={"offset": total + 5}).json()["items"] == []


def test_next_page_keeps_the_filters(server_url):
    body = get(server_url + "/documents", params={"kind": "QD", "limit": 2}).json()
    assert body["next"] == "/documents?kind=QD&limit=2&offset=2"


@pytest.mark.parametrize(("params", "status"), [
    ({"kind": "XYZ"}, 400), ({"limit": 0}, 422), ({"limit": 100000}, 422), ({"offset": -1}, 422),
    ({"year": "abc"}, 422), ({"issuer": "\"}<>"}, 200), ({"number": "\"'\\"}, 200),
])
def test_bad_filters_are_4xx_or_an_empty_page(server_url, params, status):
    response = get(server_url + "/documents", params=params)
    assert response.status_code == status
    if status == 200:
        assert response.json()["total"] == 0
    if status == 400:
        assert "unknown document kind 'XYZ'" in response.json()["detail"]


# ---- /trace -------------------------------------------------------------------------------------
def test_trace_from_7_nq_cp_to_45_nq_tw_is_implements_then_continues(server_url):
    response = get(server_url + "/trace", params={"from": "7/NQ-CP", "to": "45-NQ/TW"})
    assert response.status_code == 200
    body = response.json()
    assert body["found"] is True
    assert body["start"]["id"] == "doc/nq/2025/7-nq-cp" and body["goal"]["id"] == "doc/nq/2019/45-nq-tw"
    hops = body["hops"]
    assert [(h["step"], h["from_document"]["number"], h["relation"], h["to_document"]["number"]) for h in hops] == [
        (1, "7/NQ-CP", "implements", "96-KL/TW"),
        (2, "96-KL/TW", "continues", "45-NQ/TW"),
    ]
    first, second = hops[0]["evidence"], hops[1]["evidence"]
    assert (first["source"], first["start"], first["end"]) == (SEED_FILE, 297, 419)
    assert first["text"].startswith("Nghị quyết 7/NQ-CP ngày 10/1/2025")
    assert hops[0]["also_stated_in"] == []
    # The link 96-KL/TW -> 45-NQ/TW is stated by two texts: the prose sentence of the seed is shown.
    assert second["source"] == SEED_FILE
    assert second["text"].startswith("Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện "
                                     "Nghị quyết số 45-NQ/TW")
    assert hops[1]["also_stated_in"] == [PROGRAMME_FILE]
    for evidence in (first, second):
        assert evidence["text"] == corpus_slice(evidence["source"], evidence["start"], evidence["end"])


def test_trace_takes_ids_and_numbers_with_leading_zeros(server_url):
    by_id = get(server_url + "/trace", params={"from": "doc/nq/2025/7-nq-cp", "to": "doc/nq/2019/45-nq-tw"}).json()
    by_number = get(server_url + "/trace", params={"from": "07/NQ-CP", "to": "45-NQ/TW"}).json()
    assert by_id == by_number


def test_trace_against_the_links_direction_finds_no_chain(server_url):
    response = get(server_url + "/trace", params={"from": "45-NQ/TW", "to": "7/NQ-CP"})
    assert response.status_code == 200
    assert (response.json()["found"], response.json()["hops"]) == (False, [])


def test_trace_without_goal_lists_the_reachable_links(server_url):
    body = get(server_url + "/trace", params={"from": "7/NQ-CP"}).json()
    assert body["goal"] is None and body["found"] is True
    assert body["hops"][0]["relation"] == "implements"
    reached = {h["to_document"]["number"] for h in body["hops"]}
    assert {"96-KL/TW", "45-NQ/TW"} <= reached
    # exactly the numbered documents the expected links reach from 7/NQ-CP (tests/corpus_gold.py)
    assert {document_key(n) for n in reached if n} == reachable_from("7/NQ-CP") & gold_numbered_documents()


def test_trace_with_an_unknown_document_is_404_and_without_from_is_422(server_url):
    response = get(server_url + "/trace", params={"from": "1/XX-YY", "to": "45-NQ/TW"})
    assert response.status_code == 404
    assert "from='1/XX-YY'" in response.json()["detail"]
    assert get(server_url + "/trace").status_code == 422


def test_a_browser_gets_the_trace_view_with_the_json_answer_in_it(server_url):
    html = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    empty = get(server_url + "/trace", headers=html)
    assert empty.status_code == 200 and empty.headers["content-type"].startswith("text/html")
    assert '<form id="trace-form" class="trace-form" action="/trace" method="get">' in empty.text
    assert '<script type="application/json" id="trace-answer">null</script>' in empty.text
    parameters = {"from": "7/NQ-CP", "to": "45-NQ/TW"}
    page = get(server_url + "/trace", params=parameters, headers=html)
    assert page.status_code == 200
    assert embedded_answer(page.text) == get(server_url + "/trace", params=parameters).json()
    unknown = get(server_url + "/trace", params={"from": "1/XX-YY"}, headers=html)
    assert unknown.status_code == 404
    assert embedded_answer(unknown.text)["detail"].startswith("from='1/XX-YY': no document")
    too_long = get(server_url + "/trace", params={"from": "x" * 301}, headers=html)
    assert too_long.status_code == 422
    assert embedded_answer(too_long.text)["detail"] == "from: String should have at most 300 characters"


def test_json_clients_keep_the_json_trace(server_url):
    for accept in (None, "*/*", "application/json", "application/json, text/html;q=0.5"):
        headers = {"Accept": accept} if accept else {}
        response = get(server_url + "/trace", params={"from": "7/NQ-CP", "to": "45-NQ/TW"}, headers=headers)
        assert response.headers["content-type"] == "application/json", accept
        assert [h["relation"] for h in response.json()["hops"]] == ["implements", "continues"]
    missing = get(server_url + "/trace", headers={"Accept": "application/json"})
    assert missing.status_code == 422
    assert missing.json() == {"detail": [{"type": "missing", "loc": ["query", "from"], "msg": "Field required",
                                          "input": None}]}


def test_a_value_cannot_close_the_script_that_carries_it(server_url):
    page = get(server_url + "/trace", params={"from": "</script><p id=x>"}, headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert "</script><p" not in page.text
    assert embedded_answer(page.text)["detail"].startswith("from='</script><p id=x>'")


def embedded_answer(page: str) -> object:
    found = re.search(r'<script type="application/json" id="trace-answer">(.*?)</script>', page, re.S)
    assert found, page[:500]
    return json.loads(found.group(1))


# ---- /extract -----------------------------------------------------------------------------------
def test_extract_json_is_what_the_cli_prints(server_url):
    seed = CORPUS / f"{SEED_NAME}.txt"
    cli = run_cli("extract", str(seed), "--format", "json")
    assert cli.returncode == 0, cli.stderr
    response = post(server_url + "/extract", params={"source": SEED_FILE}, content=seed.read_bytes(),
                    headers={"Content-Type": "text/plain; charset=utf-8"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == json.loads(cli.stdout)


SENTENCE = ("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW "
            "ngày 30/9/2024 của Bộ Chính trị.")


def test_extract_takes_json_and_answers_turtle_by_accept(server_url):
    as_json = post(server_url + "/extract", json={"text": SENTENCE, "source": "example.txt"})
    assert as_json.status_code == 200
    body = as_json.json()
    assert body["source"] == "example.txt"
    assert [(r["from"], r["type"], r["to"], r["start"], r["end"]) for r in body["relations"]] == [
        ("7/NQ-CP", "implements", "96-KL/TW", 0, 122)]
    turtle = post(server_url + "/extract", json={"text": SENTENCE}, headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=turtle.text, format="turtle")
    link = (URIRef(DATA + "doc/nq/2025/7-nq-cp"), URIRef(ELI + "implements"), URIRef(DATA + "doc/kl/2024/96-kl-tw"))
    assert link in graph


@pytest.mark.parametrize(("content", "content_type", "status", "error"), [
    (b'{"text": "a",\n "source": }', "application/json", 400, "invalid JSON"),
    (b'{"txt": "a"}', "application/json", 422, "invalid request"),
    (b'["a"]', "application/json", 422, "invalid request"),
    (b"", "text/plain", 400, "empty text"),
    (b"\xff\xfe abc", "text/plain", 400, "bad encoding"),
    (b"text=abc", "application/x-www-form-urlencoded", 415, "unsupported media type"),
])
def test_extract_bad_bodies_are_4xx(server_url, content, content_type, status, error):
    response = post(server_url + "/extract", content=content, headers={"Content-Type": content_type})
    assert response.status_code == status
    assert response.json()["error"] == error
    if error == "invalid JSON":
        assert (response.json()["line"], response.json()["column"]) == (2, 12)


def test_extract_refuses_unacceptable_types_and_too_large_bodies(server_url):
    response = post(server_url + "/extract", content=SENTENCE.encode(), headers={"Content-Type": "text/plain",
                                                                                "Accept": "image/png"})
    assert response.status_code == 406
    big = post(server_url + "/extract", content=b"a" * 1_000_001, headers={"Content-Type": "text/plain"})
    assert big.status_code == 413


# ---- /validate ----------------------------------------------------------------------------------
def test_validate_text_gives_the_report_the_cli_prints(server_url):
    seed = CORPUS / f"{SEED_NAME}.txt"
    cli = run_cli("validate", str(seed), "--format", "json")
    assert cli.returncode == 0, cli.stderr  # the seed conforms (its results are warnings)
    response = post(server_url + "/validate", params={"source": SEED_FILE}, content=seed.read_bytes(),
                    headers={"Content-Type": "text/plain"})
    assert response.status_code == 200
    assert response.json() == json.loads(cli.stdout)
    assert set(response.json()) == {"conforms", "violations", "warnings", "results"}


def test_validate_against_the_store_gives_the_report_the_cli_prints(server_url, ingested_store_path):
    seed = CORPUS / f"{SEED_NAME}.txt"
    cli = run_cli("validate", str(seed), "--against-store", "--store", str(ingested_store_path), "--format", "json")
    assert cli.returncode == 0, cli.stderr
    response = post(server_url + "/validate", params={"source": SEED_FILE, "against_store": "true"},
                    content=seed.read_bytes(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 200
    assert response.json() == json.loads(cli.stdout)


POLICY_DOCUMENT = "https://w3id.org/policygraph/ontology#PolicyDocument"
DOCUMENT_WITHOUT_LABEL = f"<{DATA}doc/nq/2025/7-nq-cp> <{RDF.type}> <{POLICY_DOCUMENT}> .\n"


@pytest.mark.parametrize("content_type", ["application/n-triples", "text/turtle"])
def test_validate_rdf_reports_violations_with_the_focus_node(server_url, content_type):
    response = post(server_url + "/validate", content=DOCUMENT_WITHOUT_LABEL.encode(),
                    headers={"Content-Type": content_type})
    assert response.status_code == 200
    report = response.json()
    assert report["conforms"] is False and report["violations"] >= 1
    assert {r["focus"] for r in report["results"] if r["severity"] == "violation"} == {DATA + "doc/nq/2025/7-nq-cp"}
    assert "http://www.w3.org/2000/01/rdf-schema#label" in {r["path"] for r in report["results"]}


def test_validate_answers_the_shacl_report_graph_in_turtle_by_accept(server_url):
    response = post(server_url + "/validate", content=DOCUMENT_WITHOUT_LABEL.encode(),
                    headers={"Content-Type": "application/n-triples", "Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    assert len(list(graph.subjects(RDF.type, SH.ValidationReport))) == 1
    assert len(list(graph.subjects(RDF.type, SH.ValidationResult))) >= 1


JSON_LD_DOCUMENT = json.dumps({
    "@id": DATA + "doc/nq/2025/7-nq-cp", "@type": POLICY_DOCUMENT,
    ELI + "id_local": "7/NQ-CP",
})
RDF_XML_DOCUMENT = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eli="{ELI}">
  <rdf:Description rdf:about="{DATA}doc/nq/2025/7-nq-cp">
    <rdf:type rdf:resource="{POLICY_DOCUMENT}"/>
    <eli:id_local>7/NQ-CP</eli:id_local>
  </rdf:Description>
</rdf:RDF>
"""


@pytest.mark.parametrize(("content_type", "content"), [
    ("application/ld+json", JSON_LD_DOCUMENT), ("application/rdf+xml", RDF_XML_DOCUMENT),
])
def test_validate_reads_json_ld_and_rdf_xml(server_url, content_type, content):
    response = post(server_url + "/validate", content=content.encode(), headers={"Content-Type": content_type})
    assert response.status_code == 200
    assert DATA + "doc/nq/2025/7-nq-cp" in {r["focus"] for r in response.json()["results"]}


@pytest.mark.parametrize(("content_type", "content", "line", "column"), [
    ("text/turtle", '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated .\n', 3, 11),
    ("application/n-triples", "<http://a.example/s> <http://a.example/p> <http://a.example/o> .\n"
                              "<http://a.example/s> <http://a.example/p> oops .\n", 2, 43),
    ("application/ld+json", '{"@id": "http://a.example/s",\n "http://a.example/p": [1,\n }', 3, 2),
    ("application/rdf+xml", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                            '<rdf:Description rdf:about="http://a.example/s">\n</rdf:RDF>\n', 4, 3),
])
def test_unparsable_rdf_is_400_with_line_and_column(server_url, content_type, content, line, column):
    response = post(server_url + "/validate", content=content.encode(), headers={"Content-Type": content_type})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "RDF syntax error"
    assert (body["line"], body["column"]) == (line, column)


def test_validate_never_loads_a_remote_json_ld_context(server_url):
    body = json.dumps({"@context": "http://schema.org/", "@id": "http://a.example/s", "name": "x"})
    response = post(server_url + "/validate", content=body.encode(), headers={"Content-Type": "application/ld+json"})
    assert response.status_code == 400
    assert "remote JSON-LD @context is never loaded" in response.json()["detail"]


def test_validate_refuses_unknown_media_types(server_url):
    response = post(server_url + "/validate", content=b"x", headers={"Content-Type": "application/pdf"})
    assert response.status_code == 415
    assert "text/plain" in response.json()["detail"]


# ---- /queries, OpenAPI, the page ----------------------------------------------------------------
def test_saved_queries_are_listed_with_their_header_comment(server_url):
    queries = {q["name"]: q for q in get(server_url + "/queries").json()}
    text = (ROOT / "queries" / "documents.rq").read_text(encoding="utf-8")
    assert set(queries) == {p.stem for p in (ROOT / "queries").glob("*.rq")}
    assert queries["documents"]["text"] == text
    assert queries["documents"]["description"].startswith(
        "Every document in the graph: its number, kind, issue date and how many texts mention it.\nAnswers:")
    single = get(server_url + "/queries/documents")
    assert single.headers["content-type"].startswith("application/sparql-query")
    assert single.text == text
    assert get(server_url + "/queries/..%2Fpyproject.toml").status_code == 404
    assert get(server_url + "/queries/nope").status_code == 404


def test_openapi_documents_every_endpoint_with_examples(server_url):
    spec = get(server_url + "/openapi.json").json()
    for path in ("/documents", "/documents/by-number", "/documents/{document_id}", "/trace", "/extract",
                 "/validate", "/queries", "/sources/{file}"):
        assert path in spec["paths"], path
    schemas = spec["components"]["schemas"]
    for name in ("DocumentDetail", "DocumentList", "TraceResult", "Problem", "ExtractionResult", "SourceTextContent"):
        assert schemas[name].get("examples"), name
    assert set(spec["paths"]["/extract"]["post"]["requestBody"]["content"]) == {"text/plain", "application/json"}
    assert {"text/plain", "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"} <= set(
        spec["paths"]["/validate"]["post"]["requestBody"]["content"])
    assert "409" in spec["paths"]["/documents/by-number"]["get"]["responses"]


def test_query_page_loads_only_local_scripts_and_styles(server_url):
    page = get(server_url + "/")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assets = [s for s in sources if s.endswith((".js", ".css"))]
    assert assets == ["/vendor/yasgui/yasgui.min.css", "/static/fonts.css", "/static/site.css",
                      "/static/query-page.css",
                      "/vendor/yasgui/yasgui.min.js", "/static/query-page.js"]
    for asset in assets:
        response = get(server_url + asset)
        assert response.status_code == 200, asset
        assert len(response.content) > 1000
    assert f'content="{DATA}"' in page.text
    assert get(server_url + "/vendor/yasgui/package.json").status_code == 404


def test_query_page_says_how_to_install_missing_packages(tmp_path, monkeypatch):
    from policygraph.api.routers import pages as page_routes
    from policygraph.config import get_settings

    monkeypatch.setenv("POLICYGRAPH_NODE_MODULES_DIR", str(tmp_path / "node_modules"))
    get_settings.cache_clear()
    try:
        pages = [page_routes.query_page(get_settings()), page_routes.api_page(get_settings())]
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
    for page, package in zip(pages, ("@zazuko/yasgui", "swagger-ui-dist"), strict=True):
        assert page.status_code == 503
        body = page.body.decode()
        assert "make web" in body and "npm ci" in body and f"<code>{package}</code>" in body


def test_api_page_serves_swagger_ui_locally(server_url):
    page = get(server_url + "/api")
    assert page.status_code == 200
    assert re.findall(r'(?:src|href)="([^"]+)"', page.text) == [
        "/vendor/swagger-ui/swagger-ui.css", "data:,", "/vendor/swagger-ui/swagger-ui-bundle.js"]
    assert '"validatorUrl": null' in page.text
    assert get(server_url + "/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


# ---- a number that names two documents ----------------------------------------------------------
# (the two_resolutions_url fixture: conftest.py)


def test_a_number_naming_two_documents_is_409_with_both_candidates(two_resolutions_url):
    response = get(two_resolutions_url + "/documents/by-number", params={"number": "45-NQ/TW"})
    assert response.status_code == 409
    body = response.json()
    assert body["error"] == "ambiguous number"
    assert [c["id"] for c in body["candidates"]] == ["doc/nq/2019/45-nq-tw", "doc/nq/2023/45-nq-tw"]
    assert [c["href"] for c in body["candidates"]] == ["/documents/doc/nq/2019/45-nq-tw",
                                                       "/documents/doc/nq/2023/45-nq-tw"]
    listed = get(two_resolutions_url + "/documents", params={"number": "45-NQ/TW"}).json()
    assert [d["year"] for d in listed["items"]] == [2019, 2023]
    trace = get(two_resolutions_url + "/trace", params={"from": "45-NQ/TW"})
    assert trace.status_code == 409
    assert len(trace.json()["candidates"]) == 2
    by_id = get(two_resolutions_url + "/documents/doc/nq/2023/45-nq-tw").json()
    assert (by_id["number"], by_id["year"], by_id["date"]) == ("45-NQ/TW", 2023, "2023-11-24")


def test_health_reports_the_store_it_serves_with_its_texts_counted_by_the_store(server_url):
    health = httpx.get(server_url + "/health", timeout=30).json()
    assert health["status"] == "ok"
    assert health["store"]["backend"] == "embedded"
    assert health["store"]["texts"] == len(list(CORPUS.glob("*.txt")))
    assert health["store"]["location"].endswith("store")
    assert health["quads"] > 0
