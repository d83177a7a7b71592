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
