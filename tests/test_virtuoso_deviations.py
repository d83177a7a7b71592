"""Where a real Virtuoso 7.2 (Debian's virtuoso-opensource-7-bin) departs from SPARQL 1.1, each pinned on
the server itself over HTTP, so that the remote store's workarounds rest on observed behaviour and a
Virtuoso that stops deviating fails here first (then its workaround can go).

The list, as measured:
1. ASK answers as a SELECT of one variable ``__ASK_RETVAL``: true is one row binding the xsd:integer 1,
   false is no row, in every results format, not as the boolean result of SPARQL 1.1 Query Results JSON/XML/CSV.
2. Updates go to the query endpoint ``/sparql`` (as an ``update=`` form field or an
   ``application/sparql-update`` body); there is no ``/update``, the URL Oxigraph and Fuseki use.
3. The default graph of a query with no dataset is the union of every graph *as a bag*: a triple stated
   in two graphs is counted twice (SPARQL 1.1 leaves the default graph to the service, but an RDF merge
   counts it once), and Virtuoso's own system graphs are part of it. ``default-graph-uri`` (standard)
   restricts it to the graphs named.
4. An update of the default graph without ``GRAPH`` is refused (error SP031): there is no plain default
   graph to write. ``DefaultGraph`` in virtuoso.ini's ``[SPARQL]`` section changes neither 3 nor 4.
5. Beside ``default-graph-uri``, ``GRAPH <iri>`` matches nothing (the protocol's empty set of named
   graphs) while ``GRAPH ?g`` still ranges over every graph, the merge and the system graphs included.
6. ``DROP GRAPH <g>`` (without SILENT) of a graph that only INSERT made fails (HTTP 500, "has not been
   explicitly created before"); after ``CREATE SILENT GRAPH <g>`` it drops it.
7. A boolean expression (EXISTS, BOUND, =) is answered as the xsd:integer 1 or 0, and a stored
   xsd:boolean ``true`` as ``"1"^^xsd:boolean``; CSV and TSV quote every string.
8. A syntax error names the line ("SP030: SPARQL compiler, line 3"), never the column.
9. A ``VALUES`` branch of a ``UNION`` joined with the pattern before it gives no solution (a ``BIND``
   branch gives the one it should).
10. One ``INSERT DATA`` of more than about 4,990 triples fails ("SP030 ... memory exhausted"); the same
    triples in several ``INSERT DATA`` operations of one request go in.
11. A request whose later operation fails when it runs (not when it is compiled) keeps what the earlier
    operations did: a request is not applied all or nothing.

The remote store's workarounds (``policygraph.store.remote``; README, "Virtuoso"): the merge in a named
graph (``POLICYGRAPH_STORE_MERGE_GRAPH``) sent as ``default-graph-uri`` (3, 4), the graphs listed and
counted with no dataset and without the merge and system graphs (3, 5), ``__ASK_RETVAL`` read as the
boolean (1), ``POLICYGRAPH_STORE_UPDATE_URL`` set to ``/sparql`` (2), graphs created before they are
filled and before a DROP GRAPH of one with triples (6), booleans written canonically and results
serialised by Oxigraph (7, where the server kept the type), the column from Oxigraph's parser (8),
BIND for VALUES in trace (9), INSERT DATA split at 2,000 triples (10). 5, 7 for computed booleans,
and 11 have none: a query must write ``GRAPH ?g ... FILTER(?g = <iri>)``, an answer's 1 is 1, and
policygraph's own requests fail only when compiled (a refused INSERT DATA changes nothing).
"""

from __future__ import annotations

import httpx
import pytest

from tests.virtuoso_server import VirtuosoServer

JSON_RESULTS = "application/sparql-results+json"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> VirtuosoServer:
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso") / "db").start()
    yield server
    server.stop()


def _select(server: VirtuosoServer, query: str, accept: str = JSON_RESULTS, **params: str) -> httpx.Response:
    answer = httpx.post(server.query_url, data={"query": query, **params}, headers={"Accept": accept}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer


def _update(server: VirtuosoServer, update: str) -> httpx.Response:
    return httpx.post(server.update_url, data={"update": update}, timeout=30)


def _count(server: VirtuosoServer, query: str, **params: str) -> int:
    return int(_select(server, query, **params).json()["results"]["bindings"][0]["n"]["value"])


def test_ask_answers_as_a_one_row_binding_named_ask_retval_in_json_and_csv(virtuoso):
    _update(virtuoso, "INSERT DATA { GRAPH <urn:pg:ask> { <urn:pg:a> <urn:pg:b> 1 } }").raise_for_status()
    as_json = _select(virtuoso, "ASK { GRAPH <urn:pg:ask> { <urn:pg:a> <urn:pg:b> 1 } }").json()
    assert "boolean" not in as_json
    assert as_json["head"]["vars"] == ["__ASK_RETVAL"]
    assert as_json["results"]["bindings"] == [{"__ASK_RETVAL": {
        "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "1"}}]
    false_json = _select(virtuoso, "ASK { GRAPH <urn:pg:ask> { <urn:pg:a> <urn:pg:b> 2 } }").json()
    assert false_json["head"]["vars"] == ["__ASK_RETVAL"]
    assert false_json["results"]["bindings"] == []  # false is no row at all
    as_csv = _select(virtuoso, "ASK { GRAPH <urn:pg:ask> { <urn:pg:a> <urn:pg:b> 1 } }", accept="text/csv")
    assert as_csv.text == '"__ASK_RETVAL"\n1\n'


def test_updates_are_taken_at_the_query_endpoint_and_there_is_no_update_endpoint(virtuoso):
    form = _update(virtuoso, "INSERT DATA { GRAPH <urn:pg:form> { <urn:pg:a> <urn:pg:b> 1 } }")
    body = httpx.post(virtuoso.query_url, content="INSERT DATA { GRAPH <urn:pg:body> { <urn:pg:a> <urn:pg:b> 1 } }",
                      headers={"Content-Type": "application/sparql-update"}, timeout=30)
    assert (form.status_code, body.status_code) == (200, 200)
    assert _count(virtuoso, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { <urn:pg:a> <urn:pg:b> 1 } "
                            "FILTER(?g IN (<urn:pg:form>, <urn:pg:body>)) }") == 2
    elsewhere = virtuoso.query_url.rsplit("/", 1)[0] + "/update"
    assert httpx.post(elsewhere, data={"update": "CLEAR ALL"}, timeout=30).status_code == 404


def test_the_default_graph_is_a_bag_union_of_every_graph_and_default_graph_uri_restricts_it(virtuoso):
    _update(virtuoso, "INSERT DATA { GRAPH <urn:pg:one> { <urn:pg:twice> <urn:pg:p> 1 } "
                      "GRAPH <urn:pg:two> { <urn:pg:twice> <urn:pg:p> 1 } }").raise_for_status()
    assert _count(virtuoso, "SELECT (COUNT(*) AS ?n) { <urn:pg:twice> <urn:pg:p> ?o }") == 2
    assert _count(virtuoso, "SELECT (COUNT(*) AS ?n) { <urn:pg:twice> <urn:pg:p> ?o }",
                  **{"default-graph-uri": "urn:pg:one"}) == 1
    system = _count(virtuoso, "SELECT (COUNT(*) AS ?n) { GRAPH <http://www.openlinksw.com/schemas/virtrdf#> "
                              "{ ?s ?p ?o } }")
    everything = _count(virtuoso, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert system > 0 and everything >= system + 2


def test_an_update_of_the_default_graph_without_graph_is_refused_with_sp031(virtuoso):
    refused = _update(virtuoso, "INSERT DATA { <urn:pg:a> <urn:pg:b> 3 }")
    assert refused.status_code == 400
    assert "SP031" in refused.text
    refused_delete = _update(virtuoso, "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert refused_delete.status_code == 400
    assert "SP031" in refused_delete.text


def test_vietnamese_text_comes_back_whole_from_select_and_the_graph_store_protocol(virtuoso):
    """Virtuoso writes N-Triples with every non-ASCII character as a ``\\u`` escape (allowed by N-Triples,
    so a reader must unescape); the text itself, precomposed or not, comes back unchanged."""
    import rdflib

    name, decomposed = "Hải Phòng", "Ha\u0309i Pho\u0300ng"
    _update(virtuoso, f'INSERT DATA {{ GRAPH <urn:pg:gsp> {{ <urn:pg:a> <urn:pg:b> "{name}" . '
                      f'<urn:pg:a> <urn:pg:c> "{decomposed}" }} }}').raise_for_status()
    selected = _select(virtuoso, "SELECT ?o { GRAPH <urn:pg:gsp> { <urn:pg:a> <urn:pg:b> ?o } }").json()
    assert selected["results"]["bindings"][0]["o"]["value"] == name
    answer = httpx.get(virtuoso.graph_store_url, params={"graph": "urn:pg:gsp"},
                       headers={"Accept": "application/n-triples"}, timeout=30)
    assert answer.status_code == 200
    assert answer.text.isascii()
    read = rdflib.Graph().parse(data=answer.text, format="nt")
    assert {str(o) for o in read.objects()} == {name, decomposed}


def test_a_killed_server_restarts_on_its_folder_with_what_it_had_committed(virtuoso, tmp_path):
    own = VirtuosoServer(tmp_path / "db").start()
    try:
        _update(own, "INSERT DATA { GRAPH <urn:pg:kept> { <urn:pg:a> <urn:pg:b> 1 } }").raise_for_status()
        own.kill()
        own.start()
        assert _count(own, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:pg:kept> { ?s ?p ?o } }") == 1
    finally:
        own.stop()


def test_default_graph_in_the_ini_neither_restricts_queries_nor_lets_updates_through(tmp_path):
    own = VirtuosoServer(tmp_path / "db", sparql={"DefaultGraph": "urn:pg:merge"}).start()
    try:
        assert _update(own, "INSERT DATA { GRAPH <urn:pg:g> { <urn:pg:a> <urn:pg:b> 2 } }").status_code == 200
        assert _count(own, "SELECT (COUNT(*) AS ?n) { <urn:pg:a> <urn:pg:b> 2 }") == 1  # seen outside the merge
        refused = _update(own, "INSERT DATA { <urn:pg:a> <urn:pg:b> 1 }")
        assert (refused.status_code, "SP031" in refused.text) == (400, True)
    finally:
        own.stop()


def _solutions(server: VirtuosoServer, query: str, **params: str) -> list[dict]:
    return _select(server, query, **params).json()["results"]["bindings"]


def test_graph_iri_matches_nothing_beside_default_graph_uri_while_graph_variable_matches_every_graph(virtuoso):
    _update(virtuoso, "INSERT DATA { GRAPH <urn:pg:g5> { <urn:pg:s5> <urn:pg:p> 1 } "
                      "GRAPH <urn:pg:m5> { <urn:pg:s5> <urn:pg:p> 1 } }").raise_for_status()
    merge = {"default-graph-uri": "urn:pg:m5"}
    assert len(_solutions(virtuoso, "SELECT ?o { GRAPH <urn:pg:g5> { <urn:pg:s5> ?p ?o } }")) == 1
    assert _solutions(virtuoso, "SELECT ?o { GRAPH <urn:pg:g5> { <urn:pg:s5> ?p ?o } }", **merge) == []
    graphs = {b["g"]["value"] for b in _solutions(virtuoso, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", **merge)}
    assert {"urn:pg:g5", "urn:pg:m5", "http://www.openlinksw.com/schemas/virtrdf#"} <= graphs
    assert len(_solutions(virtuoso, "SELECT ?o { GRAPH ?g { <urn:pg:s5> ?p ?o } FILTER(?g = <urn:pg:g5>) }",
                          **merge)) == 1


def test_drop_graph_of_a_graph_only_insert_made_fails_until_it_is_created(virtuoso):
    _update(virtuoso, "INSERT DATA { GRAPH <urn:pg:g6> { <urn:pg:a> <urn:pg:b> 1 } }").raise_for_status()
    refused = _update(virtuoso, "DROP GRAPH <urn:pg:g6>")
    assert refused.status_code == 500
    assert "has not been explicitly created before" in refused.text
    assert _update(virtuoso, "CREATE SILENT GRAPH <urn:pg:g6> ; DROP GRAPH <urn:pg:g6>").status_code == 200
    assert _count(virtuoso, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:pg:g6> { ?s ?p ?o } }") == 0


def test_booleans_come_back_as_integers_and_csv_quotes_strings(virtuoso):
    _update(virtuoso, 'INSERT DATA { GRAPH <urn:pg:g7> { <urn:pg:a> <urn:pg:b> true, "x" } }').raise_for_status()
    computed = _solutions(virtuoso, "SELECT (EXISTS { GRAPH <urn:pg:g7> { <urn:pg:a> ?p ?o } } AS ?e) "
                                    "(BOUND(?nothing) AS ?b) {}")
    integer = "http://www.w3.org/2001/XMLSchema#integer"
    assert computed == [{"e": {"type": "typed-literal", "datatype": integer, "value": "1"},
                         "b": {"type": "typed-literal", "datatype": integer, "value": "0"}}]
    stored = _solutions(virtuoso, "SELECT ?o { GRAPH <urn:pg:g7> { <urn:pg:a> <urn:pg:b> ?o FILTER(isLiteral(?o) "
                                  "&& DATATYPE(?o) = <http://www.w3.org/2001/XMLSchema#boolean>) } }")
    assert stored == [{"o": {"type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#boolean",
                             "value": "1"}}]
    as_csv = _select(virtuoso, 'SELECT ?o { GRAPH <urn:pg:g7> { <urn:pg:a> <urn:pg:b> ?o FILTER(?o = "x") } }',
                     accept="text/csv")
    assert as_csv.text == '"o"\n"x"\n'


def test_a_syntax_error_names_the_line_but_not_the_column(virtuoso):
    refused = httpx.post(virtuoso.query_url, data={"query": "SELECT ?s WHERE {\n  ?s ?p \n}"}, timeout=30)
    assert refused.status_code == 400
    assert "SP030: SPARQL compiler, line 3: syntax error" in refused.text
    assert "column" not in refused.text.lower()


def test_a_values_branch_of_a_union_joined_with_a_pattern_gives_nothing(virtuoso):
    _update(virtuoso, "INSERT DATA { GRAPH <urn:pg:g9> { <urn:pg:d> a <urn:pg:Doc> } }").raise_for_status()
    joined = "SELECT ?d {{ GRAPH <urn:pg:g9> {{ ?d a <urn:pg:Doc> }} {{ ?d <urn:pg:no> 1 }} UNION {{ {} }} }}"
    assert _solutions(virtuoso, joined.format("VALUES ?d { <urn:pg:d> }")) == []  # SPARQL 1.1: one solution
    bound = _solutions(virtuoso, joined.format("BIND(<urn:pg:d> AS ?d)"))
    assert bound == [{"d": {"type": "uri", "value": "urn:pg:d"}}]


def _insert_data(graph: str, start: int, stop: int) -> str:
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(
        f"<urn:pg:s{i}> <urn:pg:p> {i} ." for i in range(start, stop)) + "\n} }"


def test_one_insert_data_of_5000_triples_fails_and_five_of_1000_in_one_request_go_in(virtuoso):
    refused = _update(virtuoso, _insert_data("urn:pg:g10", 0, 5000))
    assert refused.status_code == 400
    assert "memory exhausted" in refused.text
    chunked = " ;\n".join(_insert_data("urn:pg:g10", k, k + 1000) for k in range(0, 5000, 1000))
    assert _update(virtuoso, chunked).status_code == 200
    assert _count(virtuoso, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:pg:g10> { ?s ?p ?o } }") == 5000


def test_a_request_failing_in_a_later_operation_keeps_what_the_earlier_ones_did(virtuoso):
    failed = _update(virtuoso, _insert_data("urn:pg:g11", 0, 10) + " ;\nDROP GRAPH <urn:pg:never-made>")
    assert failed.status_code == 500
    assert _count(virtuoso, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:pg:g11> { ?s ?p ?o } }") == 10
