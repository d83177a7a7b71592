"""The mapping: deterministic IRIs, one node per document, evidence back to the sentence."""

from __future__ import annotations

import dataclasses

from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from policygraph.extract.pipeline import extract_text
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.rdf.namespaces import ELI, PG, sparql_prologue

BASE = "https://w3id.org/policygraph/id/"


def test_same_text_maps_to_the_same_graph_twice(seed_text):
    mapper = ExtractionMapper()
    first = mapper.to_graph(extract_text(seed_text, "seed.txt"))
    second = mapper.to_graph(extract_text(seed_text, "seed.txt"))
    assert isomorphic(first, second)
    assert len(first) == 2028
    extraction_i = dataclasses.replace(extract_text(seed_text, "seed.txt"), boilerplate=[], solution_areas=[],
                                       tasks=[], actors=[], places=[], horizons=[], targets=[])
    # documents, mentions, relations and their evidence; the three issuers the gazetteer knows carry their kind
    assert len(mapper.to_graph(extraction_i)) == 330


def test_document_iri_is_built_from_kind_number_and_year(seed_extraction):
    graph = ExtractionMapper().to_graph(seed_extraction)
    docs = sorted(str(s) for s in graph.subjects(ELI.id_local, None))
    assert docs == [
        BASE + "doc/kl/2024/96-kl-tw",
        BASE + "doc/nq/2019/108-nq-cp",
        BASE + "doc/nq/2019/45-nq-tw",
        BASE + "doc/nq/2021/35-2021-qh15",
        BASE + "doc/nq/2022/30-nq-tw",
        BASE + "doc/nq/2025/7-nq-cp",
    ]


def test_leading_zero_and_plain_number_are_one_document():
    a = extract_text("Nghị quyết số 07/NQ-CP ngày 10/01/2025 của Chính phủ.", "a.txt")
    b = extract_text("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Hải Phòng.", "b.txt")
    mapper = ExtractionMapper()
    assert mapper.minter.document(a.references[0].identity) == mapper.minter.document(b.references[0].identity)
    assert a.references[0].number == "07/NQ-CP"


def test_sparql_returns_the_sentence_that_states_a_relation(seed_extraction):
    graph = ExtractionMapper().to_graph(seed_extraction)
    rows = list(graph.query(sparql_prologue() + """
        SELECT ?sentence ?start ?end WHERE {
          ?rel pg:relationSubject/eli:id_local "96-KL/TW" ; pg:relationObject/eli:id_local "45-NQ/TW" ;
               pg:relationKind <https://w3id.org/policygraph/scheme/relation/continues> ; pg:evidence ?ev .
          ?ev pg:sentence ?sentence ; pg:startOffset ?start ; pg:endOffset ?end .
        }"""))
    assert len(rows) == 1
    sentence, start, end = rows[0]
    assert str(sentence).startswith("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động")
    assert (int(start), int(end)) == (367, 505)


def test_direct_link_uses_eli_implements(seed_extraction):
    graph = ExtractionMapper().to_graph(seed_extraction)
    assert (URIRef(BASE + "doc/nq/2025/7-nq-cp"), ELI.implements, URIRef(BASE + "doc/kl/2024/96-kl-tw")) in graph
    assert (URIRef(BASE + "doc/kl/2024/96-kl-tw"), PG.continues, URIRef(BASE + "doc/nq/2019/45-nq-tw")) in graph


def test_documents_carry_vietnamese_and_english_labels(seed_extraction):
    graph = ExtractionMapper().to_graph(seed_extraction)
    doc = URIRef(BASE + "doc/nq/2019/45-nq-tw")
    labels = set(graph.objects(doc, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert labels == {Literal("Nghị quyết 45-NQ/TW", lang="vi"), Literal("Resolution 45-NQ/TW", lang="en")}


def test_ntriples_written_directly_are_the_graph_s_triples(seed_extraction):
    """Ingest stores the N-Triples the mapping writes; validation and the API read its Graph. Both
    come from one list of triples and must be the same set."""
    import datetime as dt

    from rdflib import Graph
    from rdflib.namespace import PROV, XSD

    triples = ExtractionMapper().triples(seed_extraction, ingested_at=dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    parsed = Graph().parse(data=triples.ntriples(), format="nt")
    assert len(triples) == len(parsed) == 2029  # the 2028 of the text and prov:generatedAtTime
    assert set(parsed) == set(triples.graph())
    assert (URIRef(BASE + "source/000-849468c7549e9275-txt-326ec1dd03d2"), PROV.generatedAtTime,
            Literal("2025-01-02T03:04:05+00:00", datatype=XSD.dateTime)) in parsed
    assert len(triples.subjects_of_type(PG.PolicyDocument)) == 8


def test_ntriples_escape_quotes_backslashes_and_line_breaks_only():
    from rdflib import Graph

    from policygraph.rdf.ntriples import TextTriples, nt_escape

    tricky = 'Điều 1 "trích dẫn" \\ dòng\nmới\rvề\u2028cuối\tx'
    assert nt_escape(tricky) == 'Điều 1 \\"trích dẫn\\" \\\\ dòng\\nmới\\rvề\u2028cuối\tx'
    triples = TextTriples()
    triples.add_literal("https://example.org/s", "https://example.org/p", tricky, lang="vi")
    triples.add_literal("https://example.org/s", "https://example.org/n", "7", datatype=str(ELI.id_local))
    triples.add("https://example.org/s", "https://example.org/p", "https://example.org/o")
    triples.add("https://example.org/s", "https://example.org/p", "https://example.org/o")  # once only
    assert len(triples) == 3
    parsed = Graph().parse(data=triples.ntriples(), format="nt")
    assert set(parsed) == set(triples.graph()) == {
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(tricky, lang="vi")),
        (URIRef("https://example.org/s"), URIRef("https://example.org/n"), Literal("7", datatype=ELI.id_local)),
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), URIRef("https://example.org/o")),
    }
