"""GET /graph/data and /graph/facets: what the graph page draws, against the real server over data/corpus,
and the drawing of ambiguous references on a small store made for it."""

from __future__ import annotations

from collections import Counter

import httpx

from .conftest import CORPUS, open_test_store
from .corpus_gold import (
    KNOWN_EXTRAS,
    KNOWN_MISSES,
    document_key,
    expected_documents,
    expected_links,
    gold_documents_issued_by,
    gold_documents_of_year,
    gold_numbered_documents,
    gold_relations,
)
from .server_queries import documents_in_store, sparql_count

DOC = "https://w3id.org/policygraph/id/"
CONTINUES_96_45 = "doc/kl/2024/96-kl-tw continues doc/nq/2019/45-nq-tw"


def get(server_url: str, path: str, **params: object) -> httpx.Response:
    return httpx.get(server_url + path, params=params, timeout=60)


def drawn_links(data: dict) -> list[tuple[str, str, str]]:
    """Each edge of /graph/data as (from, to, kind), its documents by the key the gold gives them."""
    keys = {node["id"]: document_key(node["number"] or node["label"]) for node in data["nodes"]}
    return [(keys[edge["source"]], keys[edge["target"]], edge["relation"]) for edge in data["edges"]]


def test_the_graph_draws_the_links_the_gold_of_the_corpus_states(server_url):
    drawn = set(drawn_links(get(server_url, "/graph/data").json()))
    gold = gold_relations()
    assert sorted(gold - drawn) == sorted(KNOWN_MISSES)
    assert sorted(drawn - gold) == sorted(KNOWN_EXTRAS)
    assert len(gold & drawn) / len(gold) >= 0.89  # the recall floor the known misses allow


def test_the_graph_draws_every_document_of_the_store_and_each_stated_link_once(server_url):
    data = get(server_url, "/graph/data").json()
    documents = documents_in_store(server_url)
    assert data["total"] == len(data["nodes"]) == documents == len(expected_documents())
    # The documents with a number are exactly those the gold names by a number.
    assert {document_key(node["number"]) for node in data["nodes"] if node["number"]} == gold_numbered_documents()
    assert data["limit"] == 300
    # Every typed link with a sentence and a source, once per (subject, object, kind) however many texts state it.
    links = sparql_count(server_url, """PREFIX pg: <https://w3id.org/policygraph/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o ?kind WHERE {
          ?rel a pg:DocumentRelation ; pg:relationSubject ?s ; pg:relationObject ?o ; pg:relationKind ?kind ;
               pg:evidence ?ev . ?ev pg:sentence ?sentence ; pg:source/pg:fileName ?file } }""")
    expected = expected_links()
    assert len(data["edges"]) == links == len(expected)
    assert len({edge["id"] for edge in data["edges"]}) == len(expected)
    ids = {node["id"] for node in data["nodes"]}
    assert all(edge["source"] in ids and edge["target"] in ids for edge in data["edges"])
    assert Counter(edge["relation"] for edge in data["edges"]) == Counter(kind for _, _, kind in expected)
    # A document is cited by the documents that link to it; the most cited first.
    assert [node["cited_by"] for node in data["nodes"]] == [
        len({edge["source"] for edge in data["edges"] if edge["target"] == node["id"]}) for node in data["nodes"]]
    assert [node["cited_by"] for node in data["nodes"]] == sorted((n["cited_by"] for n in data["nodes"]), reverse=True)
    assert data["nodes"][0]["number"] == "61/2020/QH14"  # the gold's most cited (14 of its relations end there)


def test_the_96_kl_tw_to_45_nq_tw_edge_carries_the_sentence_that_states_it(server_url):
    edges = {edge["id"]: edge for edge in get(server_url, "/graph/data").json()["edges"]}
    edge = edges[CONTINUES_96_45]
    text = ("Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 45-NQ/TW "
            "ngày 24/1/2019 của Bộ Chính trị khóa XII")
    assert edge["source"] == "doc/kl/2024/96-kl-tw" and edge["target"] == "doc/nq/2019/45-nq-tw"
    assert edge["relation"] == "continues"
    assert edge["relation_label"] == "Tiếp tục thực hiện văn bản"
    # The prose sentence, not the shouting heading of the other text that states the same link.
    assert edge["evidence"]["text"] == text
    assert edge["evidence"]["source"] == "corpus/000_849468c7549e9275.txt"
    assert (edge["evidence"]["start"], edge["evidence"]["end"]) == (367, 505)
    assert "tiếp tục thực hiện" in edge["evidence"]["sentence"]
    assert edge["also_stated_in"] == ["corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt"]
    original = (CORPUS / "000_849468c7549e9275.txt").read_text(encoding="utf-8")
    assert original[367:505] == text


def test_nodes_carry_kind_issuer_year_citations_and_the_ambiguous_flag(server_url):
    nodes = {node["id"]: node for node in get(server_url, "/graph/data").json()["nodes"]}
    resolution = nodes["doc/nq/2019/45-nq-tw"]
    assert {key: resolution[key] for key in ("number", "href", "kind", "kind_label", "year", "issuers", "cited_by",
                                              "ambiguous", "ingested")} == {
        "number": "45-NQ/TW", "href": "/documents/doc/nq/2019/45-nq-tw", "kind": "NQ", "kind_label": "Nghị quyết",
        "year": 2019, "issuers": ["Bộ Chính trị"], "cited_by": 2, "ambiguous": False, "ingested": True,
    }
    assert [node["number"] for node in nodes.values() if node["ambiguous"]] == ["1026/KH-UBND"]
    assert nodes["doc/nq/2025/7-nq-cp"]["cited_by"] == 0


def test_filters_narrow_the_documents_and_links(server_url):
    def drawn(**params: object) -> tuple[int, list[str], list[str]]:
        data = get(server_url, "/graph/data", **params).json()
        numbers = sorted(n["number"] or n["id"] for n in data["nodes"])
        return data["total"], numbers, sorted(e["id"] for e in data["edges"])

    def linked_by(*kinds: str) -> tuple[int, int]:
        """The documents and links the expected links of these kinds give (tests/corpus_gold.py)."""
        links = {link for link in expected_links() if link[2] in kinds}
        return len({end for link in links for end in link[:2]}), len(links)

    assert drawn(relation="continues") == (2, ["45-NQ/TW", "96-KL/TW"], [CONTINUES_96_45])
    assert linked_by("continues") == (2, 1)
    politburo = gold_documents_issued_by("Bộ Chính trị")
    assert drawn(issuer="bo-chinh-tri") == drawn(issuer="TW") == (
        4, ["30-NQ/TW", "32-NQ/TW", "45-NQ/TW", "96-KL/TW"],
        [CONTINUES_96_45, "doc/nq/2019/45-nq-tw linked_with doc/nq/2022/30-nq-tw"])
    total, numbers, edges = drawn(issuer="bo-chinh-tri")
    assert (total, {document_key(n) for n in numbers}) == (len(politburo), politburo)
    assert len(edges) == len({link for link in expected_links() if {link[0], link[1]} <= politburo})
    total, numbers, _ = drawn(year=2019)
    assert total == len(gold_documents_of_year(2019)) and "45-NQ/TW" in numbers and "108/NQ-CP" in numbers
    total, numbers, edges = drawn(relation=["implements", "continues"])
    assert (total, len(edges)) == linked_by("implements", "continues")
    assert drawn(kind="KL") == (1, ["96-KL/TW"], [])


def test_a_number_gives_the_document_and_those_it_links_with(server_url):
    data = get(server_url, "/graph/data", number="45-NQ/TW").json()
    assert [node["number"] for node in data["nodes"]] == ["45-NQ/TW", "96-KL/TW", "108/NQ-CP", "30-NQ/TW"]
    assert sorted(edge["id"] for edge in data["edges"]) == [
        "doc/kl/2024/96-kl-tw continues doc/nq/2019/45-nq-tw",
        "doc/nq/2019/108-nq-cp implements doc/nq/2019/45-nq-tw",
        "doc/nq/2019/45-nq-tw linked_with doc/nq/2022/30-nq-tw",
    ]
    assert get(server_url, "/graph/data", number="99/XX-YY").json() == {"total": 0, "limit": 300, "nodes": [],
                                                                          "edges": []}


def test_a_limit_keeps_the_most_cited_and_reports_the_total(server_url):
    everything = get(server_url, "/graph/data").json()["nodes"]
    data = get(server_url, "/graph/data", limit=5).json()
    assert data["total"] == documents_in_store(server_url) == len(everything) and data["limit"] == 5
    assert [node["id"] for node in data["nodes"]] == [node["id"] for node in everything[:5]]
    assert [node["cited_by"] for node in data["nodes"]] == sorted((n["cited_by"] for n in everything), reverse=True)[:5]
    ids = {node["id"] for node in data["nodes"]}
    assert all(edge["source"] in ids and edge["target"] in ids for edge in data["edges"])


def test_unknown_filter_values_are_refused_with_what_to_use(server_url):
    relation = get(server_url, "/graph/data", relation="cancels")
    assert relation.status_code == 400
    assert relation.json()["error"] == "unknown relation"
    assert "implements, continues, legal_basis" in relation.json()["detail"]
    kind = get(server_url, "/graph/data", kind="Sonnet")
    assert kind.status_code == 400 and kind.json()["error"] == "unknown kind"
    assert get(server_url, "/graph/data", limit=0).status_code == 422


def test_facets_list_the_values_each_filter_takes(server_url):
    facets = get(server_url, "/graph/facets").json()
    # A relation facet counts the relations the texts state (one per text that states a link), in the
    # ontology's order of kinds.
    stated = {kind: sparql_count(server_url, f"""PREFIX pg: <https://w3id.org/policygraph/ontology#>
        SELECT (COUNT(DISTINCT ?rel) AS ?n) WHERE {{ ?rel a pg:DocumentRelation ; pg:relationKind ?kind .
          FILTER(STRENDS(STR(?kind), "/{kind}")) }}""") for kind in [f["value"] for f in facets["relations"]]}
    assert [(f["value"], f["count"]) for f in facets["relations"]] == list(stated.items())
    assert [f["value"] for f in facets["relations"]] == [
        "implements", "continues", "legal_basis", "amends", "replaces", "repeals", "guides", "linked_with", "reviews"]
    assert {f["value"] for f in facets["relations"]} == {kind for _, _, kind in gold_relations()}
    assert facets["relations"][1]["label"] == "Tiếp tục thực hiện văn bản"
    # The issuers and years count the documents the gold gives each (tests/corpus_gold.py).
    assert facets["issuers"][0] == {"value": "thu-tuong-chinh-phu", "label": "Thủ tướng Chính phủ",
                                    "count": len(gold_documents_issued_by("Thủ tướng Chính phủ"))}
    assert {"value": "bo-chinh-tri", "label": "Bộ Chính trị",
            "count": len(gold_documents_issued_by("Bộ Chính trị"))} in facets["issuers"]
    years = {f["value"]: f["count"] for f in facets["years"]}
    assert years["2019"] == get(server_url, "/graph/data", year=2019).json()["total"] == len(
        gold_documents_of_year(2019))
    assert [f["value"] for f in facets["years"]] == sorted(years, reverse=True)
    # Each issuer facet value is a filter value that finds its documents.
    for facet in facets["issuers"][:3]:
        assert get(server_url, "/graph/data", issuer=facet["value"]).json()["total"] == facet["count"]


def test_graph_routes_are_described_in_the_openapi_page_and_the_page_loads_only_local_files(server_url):
    paths = get(server_url, "/openapi.json").json()["paths"]
    assert paths["/graph/data"]["get"]["tags"] == ["graph"]
    assert paths["/graph/facets"]["get"]["tags"] == ["graph"]
    assert "/graph" not in paths
    page = get(server_url, "/graph")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for src in ("/vendor/cytoscape/cytoscape.min.js", "/vendor/dagre/dagre.min.js",
                "/vendor/cytoscape-dagre/cytoscape-dagre.js", "/static/graph-page.js", "/static/fonts.css"):
        assert src in page.text
        assert get(server_url, src).status_code == 200
    assert "http://" not in page.text and "https://" not in page.text


def test_an_ambiguous_reference_is_drawn_with_its_candidates(tmp_path):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, XSD

    from policygraph.catalogue import DocumentCatalogue, DocumentFilter, DocumentGraph
    from policygraph.config import get_settings
    from policygraph.rdf.namespaces import ELI, PG
    from policygraph.store.opening import open_store

    graph = Graph()
    ambiguous, first, second = (URIRef(DOC + path) for path in (
        "doc/kh/unknown/5-kh-ubnd", "doc/kh/2020/5-kh-ubnd", "doc/kh/2021/5-kh-ubnd"))
    for doc in (ambiguous, first, second):
        graph.add((doc, RDF.type, PG.PolicyDocument))
        graph.add((doc, ELI.id_local, Literal("5/KH-UBND")))
    graph.add((ambiguous, PG.isAmbiguous, Literal(True, datatype=XSD.boolean)))
    graph.add((ambiguous, PG.candidate, first))
    graph.add((ambiguous, PG.candidate, second))
    with open_store(str(tmp_path / "store")) as store:
        store.replace_graph(DOC + "graph/test", graph)
        settings = get_settings()
        catalogue = DocumentCatalogue(store, settings.base_iri, settings.patterns_dir)
        data = DocumentGraph(catalogue).data(DocumentFilter(), [], 300)
    assert [(n.id, n.ambiguous) for n in data.nodes] == [
        ("doc/kh/2020/5-kh-ubnd", False), ("doc/kh/2021/5-kh-ubnd", False), ("doc/kh/unknown/5-kh-ubnd", True)]
    assert [(e.source, e.relation, e.target, e.evidence) for e in data.edges] == [
        ("doc/kh/unknown/5-kh-ubnd", "candidate", "doc/kh/2020/5-kh-ubnd", None),
        ("doc/kh/unknown/5-kh-ubnd", "candidate", "doc/kh/2021/5-kh-ubnd", None),
    ]


def test_a_limit_above_the_largest_the_server_draws_is_refused_with_the_largest(server_url):
    too_many = get(server_url, "/graph/data", limit=2001)
    assert too_many.status_code == 400
    assert too_many.json()["error"] == "limit too large"
    assert "at most 2000" in too_many.json()["detail"]
    assert get(server_url, "/graph/data", limit=2000).json()["limit"] == 2000
    limit = get(server_url, "/openapi.json").json()["paths"]["/graph/data"]["get"]["parameters"]
    assert "POLICYGRAPH_GRAPH_MAX_NODE_LIMIT" in next(p for p in limit if p["name"] == "limit")["description"]


def test_the_title_most_texts_state_wins_over_a_longer_one_in_the_list_and_the_graph(store_backend):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS, RDF

    from policygraph.catalogue import SUMMARY_PREDICATES, DocumentCatalogue, DocumentFilter, DocumentGraph
    from policygraph.config import get_settings
    from policygraph.rdf.namespaces import ELI, PG

    doc = URIRef(DOC + "doc/nq/2019/45-nq-tw")
    titles = {"a": "về chiến lược", "b": "về chiến lược", "c": "về chiến lược phát triển bền vững"}
    with open_test_store(store_backend.new_store()) as store:
        for name, title in titles.items():
            graph = Graph()
            graph.add((doc, RDF.type, PG.PolicyDocument))
            graph.add((doc, ELI.id_local, Literal("45-NQ/TW")))
            graph.add((doc, DCTERMS.title, Literal(title, lang="vi")))
            store.replace_graph(DOC + f"graph/test-{name}", graph)
        settings = get_settings()
        catalogue = DocumentCatalogue(store, settings.base_iri, settings.patterns_dir)
        listed = catalogue.list_documents(DocumentFilter(), 10, 0).items
        node = DocumentGraph(catalogue).data(DocumentFilter(), [], 10).nodes
        facts = catalogue.facts([str(doc)], SUMMARY_PREDICATES)[str(doc)]
    assert [(s.number, s.title) for s in listed] == [(n.number, n.title) for n in node] == [
        ("45-NQ/TW", "về chiến lược")]
    # Texts are counted only where values compete: two titles, one number.
    assert sorted((str(v.term), v.graphs) for v in facts.all(DCTERMS.title)) == [
        ("về chiến lược", 2), ("về chiến lược phát triển bền vững", 1)]
    assert [(str(v.term), v.graphs) for v in facts.all(ELI.id_local)] == [("45-NQ/TW", None)]
