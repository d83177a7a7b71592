"""The SPARQL 1.1 Protocol at /sparql, over HTTP against real uvicorn servers.

Two servers on free ports, each over its own small store written here through the store's own
``replace_graph`` (so that these tests do not depend on the extraction pipeline, yet the store has
its union graph as an ingest leaves it): one as deployed by default (update off, SERVICE off) with
small limits and a 2 s timeout, and one with SPARQL Update enabled by a token.
"""

from __future__ import annotations

import concurrent.futures
import csv
import io
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.query import Result

from policygraph.api import negotiation
from policygraph.sparql.query_text import scan
from tests.live_server import live_server
from tests.query_workers import busy_workers, pool_at_rest, wait_until

BASE = "https://w3id.org/policygraph/id/"
ELI = "http://data.europa.eu/eli/ontology#"
G1, G2, BULK, UNION = BASE + "graph/g1", BASE + "graph/g2", BASE + "graph/bulk", BASE + "graph/union"
TIMEOUT_S = 2
MAX_ROWS = 50
MAX_REQUEST_BYTES = 200_000
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
TOKEN = "s3cret-token"

# A cross join over the 300 triples of the bulk graph: 300^4 rows to count, minutes of work.
DEFAULT_POOL_SIZE = 2  # POLICYGRAPH_QUERY_WORKERS' default
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ASK_7 = f'ASK {{ ?d <{ELI}id_local> "7/NQ-CP" }}'


def _build_store(path: Path) -> None:
    """Three graphs, and a triple both g1 and g2 state (<doc/a> a eli:LegalResource)."""
    from policygraph.store.opening import open_store

    bulk = " ".join(f"<{BASE}item/{i}> <{BASE}value> {i} ." for i in range(300))
    graphs = {
        G1: f"""<{BASE}doc/a> <{ELI}id_local> "7/NQ-CP" ; <{ELI}implements> <{BASE}doc/b> ;
                a <{ELI}LegalResource> .""",
        G2: f"""<{BASE}doc/b> <{ELI}id_local> "96-KL/TW" ; <{BASE}long> "{'x' * 5000}" .
                <{BASE}doc/a> a <{ELI}LegalResource> .""",
        BULK: bulk,
    }
    from policygraph.config import get_settings

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("POLICYGRAPH_BASE_IRI", BASE)
        get_settings.cache_clear()
        with open_store(str(path), settings=get_settings()) as store:
            for iri, turtle in graphs.items():
                store.replace_graph(iri, rdflib.Graph().parse(data=turtle, format="turtle"))
    get_settings.cache_clear()


def _serve(store: Path, log_path: Path, **env: str) -> Iterator[str]:
    with live_server(store, log_path, **env) as url:
        yield url


@pytest.fixture(scope="module")
def protocol_store(tmp_path_factory) -> Path:
    """The store of the ``endpoint`` server (its worker processes are found by it)."""
    folder = tmp_path_factory.mktemp("protocol")
    _build_store(folder / "store")
    return folder / "store"


@pytest.fixture(scope="module")
def endpoint(protocol_store) -> Iterator[str]:
    """/sparql of a server with the default policy (no update, no SERVICE) and small limits."""
    folder = protocol_store.parent
    yield from (url + "/sparql" for url in _serve(
        folder / "store", folder / "server.log",
        POLICYGRAPH_QUERY_TIMEOUT_S=str(TIMEOUT_S), POLICYGRAPH_MAX_RESULT_ROWS=str(MAX_ROWS),
        POLICYGRAPH_MAX_REQUEST_BYTES=str(MAX_REQUEST_BYTES), POLICYGRAPH_ALLOW_SERVICE="false",
    ))


@pytest.fixture(scope="module")
def update_server(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A server with SPARQL Update enabled by a token: its /sparql URL and its store folder."""
    folder = tmp_path_factory.mktemp("protocol-update")
    _build_store(folder / "store")
    for url in _serve(folder / "store", folder / "server.log", POLICYGRAPH_UPDATE_TOKEN=TOKEN,
                      POLICYGRAPH_QUERY_TIMEOUT_S=str(TIMEOUT_S)):
        yield url + "/sparql", folder / "store"


@pytest.fixture(scope="module")
def update_endpoint(update_server) -> str:
    return update_server[0]


def select_values(response: httpx.Response, variable: str) -> list[str]:
    assert response.status_code == 200, response.text
    return sorted(b[variable]["value"] for b in response.json()["results"]["bindings"] if variable in b)


def ids_query(extra: str = "") -> str:
    return f"SELECT ?id {extra} WHERE {{ ?d <{ELI}id_local> ?id }}"


# -- query by GET, form POST and direct POST ---------------------------------------------------


def test_get_form_post_and_direct_post_give_the_same_answer(endpoint):
    query = ids_query()
    by_get = httpx.get(endpoint, params={"query": query})
    by_form = httpx.post(endpoint, data={"query": query})
    direct = httpx.post(endpoint, content=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert select_values(by_get, "id") == select_values(by_form, "id") == select_values(direct, "id")
    assert select_values(by_get, "id") == ["7/NQ-CP", "96-KL/TW"]


def test_default_graph_is_the_union_of_the_named_graphs(endpoint):
    query = f"SELECT ?x WHERE {{ <{BASE}doc/a> <{ELI}implements> ?x . ?x <{ELI}id_local> ?id }}"
    response = httpx.get(endpoint, params={"query": query})
    assert select_values(response, "x") == [BASE + "doc/b"]
    graphs = httpx.get(endpoint, params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert select_values(graphs, "g") == sorted([G1, G2, BULK, UNION])


def test_a_triple_two_graphs_state_is_in_the_default_graph_once(endpoint):
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?d a <{ELI}LegalResource> }}"
    assert select_values(httpx.get(endpoint, params={"query": count}), "n") == ["1"]
    per_graph = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?d a <{ELI}LegalResource> }} FILTER(?g != <{UNION}>) }}"
    assert select_values(httpx.get(endpoint, params={"query": per_graph}), "n") == ["2"]


def test_default_graph_uri_makes_the_default_graph_exactly_those_graphs(endpoint):
    response = httpx.get(endpoint, params={"query": ids_query(), "default-graph-uri": G2})
    assert select_values(response, "id") == ["96-KL/TW"]
    named = httpx.get(endpoint, params={"query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "default-graph-uri": G2})
    assert select_values(named, "g") == []


def test_named_graph_uri_alone_gives_an_empty_default_graph(endpoint):
    query = f"SELECT ?g ?id WHERE {{ {{ ?d ?p ?id }} UNION {{ GRAPH ?g {{ ?d <{ELI}id_local> ?id }} }} }}"
    response = httpx.get(endpoint, params={"query": query, "named-graph-uri": G1})
    assert response.json()["results"]["bindings"] == [
        {"g": {"type": "uri", "value": G1}, "id": {"type": "literal", "value": "7/NQ-CP"}}
    ]


def test_dataset_parameters_in_the_url_apply_to_a_direct_post(endpoint):
    response = httpx.post(endpoint, params={"default-graph-uri": [G1, G2]}, content=ids_query().encode(),
                          headers={"Content-Type": "application/sparql-query"})
    assert select_values(response, "id") == ["7/NQ-CP", "96-KL/TW"]
    only_g1 = httpx.post(endpoint, params={"default-graph-uri": G1}, content=ids_query().encode(),
                         headers={"Content-Type": "application/sparql-query"})
    assert select_values(only_g1, "id") == ["7/NQ-CP"]


def test_from_clause_is_the_dataset_and_protocol_parameters_override_it(endpoint):
    query = ids_query(f"FROM <{G1}>")
    assert select_values(httpx.get(endpoint, params={"query": query}), "id") == ["7/NQ-CP"]
    overridden = httpx.get(endpoint, params={"query": query, "default-graph-uri": G2})
    assert select_values(overridden, "id") == ["96-KL/TW"]


def test_relative_iris_resolve_against_the_base_iri(endpoint):
    response = httpx.get(endpoint, params={"query": f"SELECT ?id WHERE {{ <doc/a> <{ELI}id_local> ?id }}"})
    assert select_values(response, "id") == ["7/NQ-CP"]


def test_head_and_options(endpoint):
    assert httpx.head(endpoint, params={"query": ASK_7}).status_code == 200
    options = httpx.options(endpoint)
    assert options.status_code == 204
    assert options.headers["allow"] == "GET, HEAD, POST, OPTIONS"


# -- content negotiation -----------------------------------------------------------------------


@pytest.mark.parametrize(("accept", "content_type", "rdflib_format"), [
    (None, "application/sparql-results+json", "json"),
    ("application/sparql-results+json", "application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "application/sparql-results+xml", "xml"),
    ("text/csv", "text/csv", "csv"),
    ("text/tab-separated-values", "text/tab-separated-values", "tsv"),
    ("application/json", "application/json", "json"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml", "xml"),
    ("text/*;q=0.9, text/csv;q=0.1", "text/tab-separated-values", "tsv"),
    ("image/png, */*;q=0.1", "application/sparql-results+json", "json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml", "xml"),
])
def test_select_results_by_accept(endpoint, accept, content_type, rdflib_format):
    headers = {"Accept": accept} if accept else {}
    response = httpx.get(endpoint, params={"query": ids_query()}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == f"{content_type}; charset=utf-8"
    assert response.headers["vary"] == "Accept"
    result = Result.parse(io.BytesIO(response.content), format=rdflib_format)
    assert sorted(str(row[0]) for row in result) == ["7/NQ-CP", "96-KL/TW"]


@pytest.mark.parametrize(("name", "content_type"), [
    ("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
    ("csv", "text/csv"), ("tsv", "text/tab-separated-values"), ("text/csv", "text/csv"),
])
def test_format_parameter_overrides_accept(endpoint, name, content_type):
    response = httpx.get(endpoint, params={"query": ASK_7, "format": name}, headers={"Accept": "image/png"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(content_type)


CONSTRUCT = f"CONSTRUCT {{ ?d <{ELI}id_local> ?id }} WHERE {{ ?d <{ELI}id_local> ?id }}"


@pytest.mark.parametrize(("accept", "content_type", "rdflib_format"), [
    (None, "text/turtle", "turtle"),
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/n-quads", "application/n-quads", "nquads"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/trig", "application/trig", "trig"),
    ("text/plain", "text/plain", "nt"),
    ("application/sparql-results+json;q=1, text/turtle;q=0.2", "text/turtle", "turtle"),
])
def test_construct_results_by_accept(endpoint, accept, content_type, rdflib_format):
    headers = {"Accept": accept} if accept else {}
    response = httpx.post(endpoint, data={"query": CONSTRUCT}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == f"{content_type}; charset=utf-8"
    if rdflib_format in {"nquads", "trig"}:
        graph = rdflib.Dataset()
        graph.parse(data=response.content, format=rdflib_format)
        triples = {(s, p, o) for s, p, o, _ in graph.quads()}
    else:
        triples = set(rdflib.Graph().parse(data=response.content, format=rdflib_format))
    assert {str(o) for _, _, o in triples} == {"7/NQ-CP", "96-KL/TW"}


def test_describe_is_a_graph(endpoint):
    response = httpx.get(endpoint, params={"query": f"DESCRIBE <{BASE}doc/a>", "format": "ntriples"})
    assert response.status_code == 200
    assert f"<{BASE}doc/a> <{ELI}id_local> \"7/NQ-CP\" ." in response.text


@pytest.mark.parametrize(("query", "accept", "format_name"), [
    (ASK_7, "image/png", None),
    (ids_query(), "text/turtle", None),
    (CONSTRUCT, "text/csv", None),
    (ids_query(), None, "turtle"),
    (CONSTRUCT, None, "csv"),
    (ASK_7, "application/sparql-results+json;q=0", None),
])
def test_nothing_acceptable_is_406(endpoint, query, accept, format_name):
    params = {"query": query, **({"format": format_name} if format_name else {})}
    response = httpx.get(endpoint, params=params, headers={"Accept": accept} if accept else {})
    assert response.status_code == 406
    assert response.json()["error"] == "not acceptable"


def test_unknown_format_is_400(endpoint):
    response = httpx.get(endpoint, params={"query": ASK_7, "format": "png"})
    assert (response.status_code, response.json()["error"]) == (400, "unknown format")


def test_negotiation_prefers_the_most_specific_range_and_the_endpoint_order():
    choose = negotiation.choose
    assert choose("select", "*/*").media_type == "application/sparql-results+json"
    assert choose("select", "text/*").media_type == "text/csv"
    assert choose("select", "text/*, text/csv;q=0").media_type == "text/tab-separated-values"
    assert choose("construct", "*/*;q=0.5, application/ld+json").media_type == "application/ld+json"
    assert choose("construct", "application/json").serialization == "application/ld+json"
    assert choose("select", "application/json").serialization == "application/sparql-results+json"
    assert choose("ask", "text/turtle") is None
    # no well-formed range: as if absent (the endpoint's first format)
    assert choose("select", "garbage;;;,").media_type == "application/sparql-results+json"
    # an invalid q drops the range, leaving none: as if absent
    assert choose("select", "text/csv;q=2").media_type == "application/sparql-results+json"
    assert choose("select", "TEXT/CSV").media_type == "text/csv"
    assert choose("construct", None, "xml").media_type == "application/rdf+xml"
    assert choose("select", None, "xml").media_type == "application/sparql-results+xml"


# -- errors ------------------------------------------------------------------------------------


def test_syntax_error_is_400_with_message_line_and_column(endpoint):
    response = httpx.post(endpoint, data={"query": "PREFIX ex: <http://e/>\nSELECT * WHERE {\n  ?s ex:p ?o FILTER( }"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "syntax error"
    assert (body["line"], body["column"]) == (3, 23)
    assert body["detail"].startswith("error at 3:23: expected ")


def test_syntax_error_at_the_end_of_the_query_is_at_the_line_after_its_last(endpoint):
    """Moved from test_server_e2e.py: the one case of its syntax test this file did not hold."""
    response = httpx.get(endpoint, params={"query": "SELECT * WHERE {\n  ?s ?p \n"})
    assert (response.status_code, response.json()["error"]) == (400, "syntax error")
    assert (response.json()["line"], response.json()["column"]) == (3, 1)


@pytest.mark.parametrize("request_kwargs", [
    {"method": "GET", "params": {"default-graph-uri": G1}},
    {"method": "POST", "data": {"query": ""}},
    {"method": "POST", "content": b"", "headers": {"Content-Type": "application/sparql-query"}},
    {"method": "POST", "content": b"  \n ", "headers": {"Content-Type": "application/sparql-query"}},
])
def test_missing_query_is_400(endpoint, request_kwargs):
    response = httpx.request(url=endpoint, **request_kwargs)
    assert response.status_code == 400
    assert response.json()["error"] == "missing query"


def test_repeated_or_ambiguous_queries_are_400(endpoint):
    assert httpx.get(endpoint, params={"query": [ASK_7, ASK_7]}).status_code == 400
    both = httpx.post(endpoint, params={"query": ASK_7}, content=ASK_7.encode(),
                      headers={"Content-Type": "application/sparql-query"})
    assert both.status_code == 400
    assert httpx.post(endpoint, data={"query": ASK_7, "update": "CLEAR ALL"}).status_code == 400


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_wrong_method_is_405_with_allow(endpoint, method):
    response = httpx.request(method, endpoint, content=b"x")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST, OPTIONS"
    assert response.json()["error"] == "method not allowed"


@pytest.mark.parametrize("headers", [
    {"Content-Type": "text/plain"},
    {"Content-Type": "application/json"},
    {"Content-Type": "multipart/form-data; boundary=x"},
    {"Content-Type": "application/sparql-query; charset=latin-1"},
    {},
])
def test_unsupported_media_type_is_415(endpoint, headers):
    response = httpx.post(endpoint, content=ASK_7.encode(), headers=headers)
    assert response.status_code == 415
    assert response.json()["error"] == "unsupported media type"


def test_request_too_large_is_413_and_a_url_too_long_for_uvicorn_is_400(endpoint):
    big = "ASK { " + "?s ?p ?o . " * (MAX_REQUEST_BYTES // 10) + "}"
    direct = httpx.post(endpoint, content=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert (direct.status_code, direct.json()["error"]) == (413, "request too large")
    assert httpx.post(endpoint, data={"query": big}).status_code == 413

    def chunks():
        for _ in range(30):
            yield b"x" * 10_000

    chunked = httpx.post(endpoint, content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert chunked.status_code == 413
    # Too long for httpx to send; uvicorn itself refuses URLs this long (400) before the app sees them.
    path = "/sparql?query=" + "ASK%7B%7D%20" * (MAX_REQUEST_BYTES // 10)
    status = raw_http(endpoint, f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()).split(b" ")[1]
    assert status == b"400"


def test_a_query_string_over_the_limit_that_uvicorn_takes_is_414(tmp_path):
    """The app's own 414: a server whose POLICYGRAPH_MAX_REQUEST_BYTES is below uvicorn's URL limit."""
    _build_store(tmp_path / "store")
    with live_server(tmp_path / "store", tmp_path / "server.log", POLICYGRAPH_MAX_REQUEST_BYTES="4000") as url:
        within = httpx.get(url + "/sparql", params={"query": ASK_7 + " " * 3000})
        over = httpx.get(url + "/sparql", params={"query": ASK_7 + " " * 5000})
    assert within.json()["boolean"] is True
    assert over.status_code == 414
    assert over.json() == {"status": 414, "error": "URI too long",
                           "detail": "the query string exceeds 4000 bytes; POST the query instead"}


def raw_http(endpoint: str, request: bytes, timeout: float = 30, *, then_close: bool = False) -> bytes:
    """Send bytes no HTTP client library would send; the response's first bytes (b"" when the server
    closes the connection without answering). ``then_close``: end our side of the connection once sent,
    so that a server waiting for more must decide now."""
    url = httpx.URL(endpoint)
    with socket.create_connection((url.host, url.port), timeout=timeout) as sock:
        sock.sendall(request)
        if then_close:
            sock.shutdown(socket.SHUT_WR)
        return sock.recv(65536)


# -- garbage never makes a 5xx -----------------------------------------------------------------


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
GARBAGE = [
    ("binary direct body", {"content": bytes(range(256)) * 4, "headers": {"Content-Type": "application/sparql-query"}}),
    ("binary form body", {"content": b"query=" + bytes(range(128, 256)), "headers": FORM}),
    ("percent-encoded invalid UTF-8", {"content": b"query=%ff%fe%fd", "headers": FORM}),
    ("broken percent-encoding", {"content": b"query=ASK%zz%", "headers": FORM}),
    ("NUL bytes", {"data": {"query": "ASK {\x00}"}}),
    ("lone surrogate escape", {"data": {"query": 'SELECT ("\\uD800" AS ?x) {}'}}),
    ("unterminated string", {"data": {"query": 'SELECT * { ?s ?p "never ends }'}}),
    ("unterminated IRI", {"data": {"query": "SELECT * { <http://x ?p ?o }"}}),
    ("only a prefix", {"data": {"query": "PREFIX : <"}}),
    ("deep nesting", {"data": {"query": "SELECT * WHERE " + "{" * 5000 + "}" * 5000}}),
    ("deep parentheses", {"data": {"query": "SELECT (" + "(" * 3000 + "1" + ")" * 3000 + " AS ?x) {}"}}),
    ("a long chain of negations", {"data": {"query": "SELECT (" + "!" * 60_000 + "true AS ?x) {}"}}),
    ("bad IRI in default-graph-uri", {"data": {"query": ASK_7, "default-graph-uri": "not an iri"}}),
    ("relative IRI in named-graph-uri", {"data": {"query": ASK_7, "named-graph-uri": "g1"}}),
    ("IRI with spaces", {"data": {"query": ASK_7, "default-graph-uri": "http://a b/"}}),
    ("IRI with bad percent-encoding", {"data": {"query": ASK_7, "default-graph-uri": "http://a/%zz"}}),
    ("update by GET", {"method": "GET", "params": {"update": "CLEAR ALL"}}),
    ("huge query of valid size", {"data": {"query": "SELECT * { VALUES ?x { " + "1 " * 90_000 + "} }"}}),
    ("a query in JSON", {"json": {"query": ASK_7}}),
]
GARBAGE_ANSWERS = {  # the status and error each must get
    "binary direct body": (400, "bad encoding"),
    "binary form body": (400, "bad request"),
    "percent-encoded invalid UTF-8": (400, "bad request"),
    "broken percent-encoding": (400, "bad request"),
    **dict.fromkeys(["NUL bytes", "lone surrogate escape", "unterminated string", "unterminated IRI",
                     "only a prefix"], (400, "syntax error")),
    **dict.fromkeys(["deep nesting", "deep parentheses", "a long chain of negations"], (400, "query too complex")),
    **dict.fromkeys(["bad IRI in default-graph-uri", "relative IRI in named-graph-uri", "IRI with spaces",
                     "IRI with bad percent-encoding"], (400, "bad graph IRI")),
    "update by GET": (400, "update needs POST"),
    "huge query of valid size": (422, "result too large"),  # it parses and runs: 90,000 rows over the limit
    "a query in JSON": (415, "unsupported media type"),
}


@pytest.mark.parametrize(("name", "request_kwargs"), GARBAGE, ids=[name for name, _ in GARBAGE])
def test_garbage_is_a_4xx_never_a_5xx(endpoint, name, request_kwargs):
    kwargs = dict(request_kwargs)
    method = kwargs.pop("method", "POST")
    response = httpx.request(method, endpoint, timeout=30, **kwargs)
    assert (response.status_code, response.json()["error"]) == GARBAGE_ANSWERS[name], response.text[:300]
    assert httpx.get(endpoint, params={"query": ASK_7}).json()["boolean"] is True  # still serving


UVICORN_400 = b"HTTP/1.1 400 Bad Request"
MALFORMED_HTTP = [
    ("bad Content-Length", False, UVICORN_400,
     b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: abc\r\n\r\nASK{}"),
    # the server waits for the 995 missing bytes; told there are none, it hangs up without answering
    ("short body", True, b"",
     b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 1000\r\n"
     b"\r\nASK{}"),
    # an Accept of no well-formed range is as if absent: the query is answered in the first format
    ("binary Accept", False, b"HTTP/1.1 200 OK",
     b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nAccept: \xff\xfe;;q=\r\n\r\n"),
    ("raw bytes in URL", False, UVICORN_400, b"GET /sparql?query=\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("not HTTP", False, UVICORN_400, b"\x00\x01\x02 garbage\r\n\r\n"),
]


@pytest.mark.parametrize(("then_close", "status_line", "request_bytes"), [case[1:] for case in MALFORMED_HTTP],
                         ids=[case[0] for case in MALFORMED_HTTP])
def test_malformed_http_is_never_a_5xx(endpoint, then_close, status_line, request_bytes):
    """Each malformed request gets its own answer (no 5xx, and no time-out taken for an answer)."""
    answer = raw_http(endpoint, request_bytes, timeout=30, then_close=then_close)
    assert answer.split(b"\r\n")[0] == status_line, answer[:300]
    assert httpx.get(endpoint, params={"query": ASK_7}).json()["boolean"] is True


def test_invalid_percent_encoding_in_the_url_is_400(endpoint):
    for raw in ("query=ASK%7B%7D%zz", "query=%C3%28", "query=ASK{}&default-graph-uri=%"):
        response = httpx.get(f"{endpoint}?{raw}")
        assert response.status_code == 400, raw


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(str.encode),
    st.lists(st.sampled_from(["SELECT", "*", "WHERE", "{", "}", "?s", "<http://x>", "'a'", '"""', "FILTER",
                              "(", ")", "SERVICE", "OPTIONAL", "GRAPH", "#", "\n", ".", ";", "UNION",
                              "ORDER BY", "LIMIT", "1", "@en", "^^", "_:b", "ex:a", "PREFIX ex:", "VALUES"]),
             max_size=40).map(lambda words: " ".join(words).encode()),
))
def test_fuzzed_query_bodies_never_make_a_5xx(endpoint, body):
    response = httpx.post(endpoint, content=body, headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert response.status_code < 500 or response.json()["error"] == "query timeout", response.text[:300]


# -- SERVICE and LOAD --------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "uses"), [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
    ("select * where { service <http://example.org/sparql> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { SeRvIcE SILENT ?endpoint { ?s ?p ?o } }", True),
    ("SELECT * WHERE { ?s ?p ?o .SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { ?s ?p ex:a\\#b . SERVICE <http://x/> {} }", True),
    ("SELECT * WHERE { ?s ?p 'SERVICE <http://x/> {}' }", False),
    ('SELECT * WHERE { ?s ?p """\nSERVICE <http://x/> {}\n""" }', False),
    ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> {}", False),
    ("SELECT * WHERE { <http://x/SERVICE> ?p ?o }", False),
    ("SELECT ?service WHERE { ?service ex:service ex:SERVICE . _:service ?p 'x'@service }", False),
    ("PREFIX service: <http://x/> SELECT * WHERE { service:a ?p ?o }", False),
])
def test_service_is_found_outside_strings_comments_iris_and_names(query, uses):
    assert scan(query).uses_service is uses


def test_service_is_refused_before_the_engine_and_strings_are_not_service(endpoint):
    refused = httpx.get(endpoint, params={"query": "select * where { service <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert (refused.status_code, refused.json()["error"]) == (400, "SERVICE is disabled")
    harmless = httpx.get(endpoint, params={"query": "SELECT ('SERVICE <http://x/> {}' AS ?x) WHERE {} # SERVICE"})
    assert harmless.status_code == 200


# -- timeout, workers and limits ---------------------------------------------------------------


def test_runaway_query_is_stopped_while_other_queries_answer_fast(endpoint, protocol_store):
    assert wait_until(lambda: pool_at_rest(protocol_store, DEFAULT_POOL_SIZE), within_s=30)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        runaway = executor.submit(httpx.post, endpoint, data={"query": RUNAWAY}, timeout=60)
        # the runaway has reached a worker and runs (instead of a head start of a fixed 0.3 s)
        assert wait_until(lambda: busy_workers(protocol_store) != [] or runaway.done(), within_s=30)
        answered_beside_the_runaway = 0
        while not runaway.done():
            assert httpx.get(endpoint, params={"query": ASK_7}, timeout=10).json()["boolean"] is True
            answered_beside_the_runaway += not runaway.done()
            time.sleep(0.05)
        response = runaway.result()
    assert response.status_code == 503
    body = response.json()
    assert body["error"] == "query timeout"
    assert body["timeout_s"] == TIMEOUT_S
    assert f"{TIMEOUT_S} s limit" in body["detail"]
    assert answered_beside_the_runaway >= 1  # a query answered while the runaway still ran (how fast: bench/)


def test_workers_are_replaced_after_timeouts(endpoint):
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        runaways = [executor.submit(httpx.post, endpoint, data={"query": RUNAWAY}, timeout=60) for _ in range(2)]
        assert [f.result().status_code for f in runaways] == [503, 503]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
        answers = list(executor.map(lambda _: httpx.get(endpoint, params={"query": ASK_7}, timeout=30), range(8)))
    assert [a.status_code for a in answers] == [200] * 8
    health = httpx.get(endpoint.removesuffix("/sparql") + "/health").json()
    assert health["status"] == "ok"


@pytest.mark.parametrize("format_name", ["json", "xml", "csv", "tsv"])
def test_select_with_too_many_rows_is_refused_with_a_clear_error(endpoint, format_name):
    query = f"SELECT ?s ?o WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}"
    response = httpx.get(endpoint, params={"query": query, "format": format_name})
    assert response.status_code == 422
    assert response.json()["error"] == "result too large"
    assert f"more than {MAX_ROWS} rows" in response.json()["detail"]
    at_limit = httpx.get(endpoint, params={"query": f"{query} LIMIT {MAX_ROWS}", "format": format_name})
    assert at_limit.status_code == 200


def test_row_limit_counts_rows_exactly_in_every_results_format(endpoint):
    query = f"SELECT ?o WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }} ORDER BY ?o LIMIT {MAX_ROWS}"
    for format_name, rdflib_format in [("json", "json"), ("xml", "xml"), ("csv", "csv"), ("tsv", "tsv")]:
        response = httpx.get(endpoint, params={"query": query, "format": format_name})
        assert response.status_code == 200
        assert len(Result.parse(io.BytesIO(response.content), format=rdflib_format)) == MAX_ROWS


def test_construct_with_too_many_triples_is_refused(endpoint):
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}"
    response = httpx.get(endpoint, params={"query": query})
    assert response.status_code == 422
    assert f"more than {MAX_ROWS} triples" in response.json()["detail"]


# -- SPARQL Update -----------------------------------------------------------------------------


def test_update_is_off_by_default(endpoint):
    response = httpx.post(endpoint, content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update",
                                                                   "Authorization": f"Bearer {TOKEN}"})
    assert (response.status_code, response.json()["error"]) == (403, "updates are disabled")
    assert httpx.post(endpoint, data={"update": "CLEAR ALL"}).status_code == 403
    assert httpx.get(endpoint, params={"query": ASK_7}).json()["boolean"] is True


def test_update_needs_the_bearer_token(update_endpoint):
    update = f"INSERT DATA {{ GRAPH <{BASE}graph/new> {{ <{BASE}doc/c> <{ELI}id_local> \"1/NQ-CP\" }} }}"
    headers = {"Content-Type": "application/sparql-update"}
    missing = httpx.post(update_endpoint, content=update.encode(), headers=headers)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    wrong = httpx.post(update_endpoint, content=update.encode(), headers={**headers, "Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    basic = httpx.post(update_endpoint, content=update.encode(), headers={**headers, "Authorization": "Basic eDp5"})
    assert basic.status_code == 401
    query = f'ASK {{ ?d <{ELI}id_local> "1/NQ-CP" }}'
    assert httpx.get(update_endpoint, params={"query": query}).json()["boolean"] is False


def test_update_applies_and_queries_see_it_at_once(update_endpoint):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    update = f"INSERT DATA {{ GRAPH <{BASE}graph/new> {{ <{BASE}doc/d> <{ELI}id_local> \"2/NQ-CP\" }} }}"
    query = f'ASK {{ ?d <{ELI}id_local> "2/NQ-CP" }}'
    for _ in range(3):  # every worker, not just one, must see it, in the union graph too
        assert httpx.get(update_endpoint, params={"query": query}).json()["boolean"] is False
    response = httpx.post(update_endpoint, content=update.encode(),
                          headers={"Content-Type": "application/sparql-update", **auth})
    assert response.status_code == 204
    for _ in range(4):
        assert httpx.get(update_endpoint, params={"query": query}).json()["boolean"] is True
    by_form = httpx.post(update_endpoint, data={"update": f"DROP GRAPH <{BASE}graph/new>"}, headers=auth)
    assert by_form.status_code == 204
    for _ in range(4):
        assert httpx.get(update_endpoint, params={"query": query}).json()["boolean"] is False


def test_updates_keep_the_union_graph_the_merge_of_the_other_graphs(update_endpoint):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}

    def update(text: str) -> None:
        assert httpx.post(update_endpoint, content=text.encode(), headers=auth).status_code == 204

    def count(pattern: str) -> str:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
        return select_values(httpx.get(update_endpoint, params={"query": query}), "n")[0]

    update(f'INSERT DATA {{ <{BASE}doc/z> <{ELI}id_local> "9/NQ-CP" }}')  # the store's own default graph
    assert count(f'?d <{ELI}id_local> "9/NQ-CP"') == "1"
    update(f"DELETE DATA {{ GRAPH <{G1}> {{ <{BASE}doc/a> a <{ELI}LegalResource> }} }}")
    assert count(f"?d a <{ELI}LegalResource>") == "1"  # g2 still states it
    update(f"DELETE DATA {{ GRAPH <{G2}> {{ <{BASE}doc/a> a <{ELI}LegalResource> }} }}")
    assert count(f"?d a <{ELI}LegalResource>") == "0"
    update(f"DELETE DATA {{ GRAPH <{UNION}> {{ <{BASE}doc/a> <{ELI}id_local> \"7/NQ-CP\" }} }}")
    assert count(f'?d <{ELI}id_local> "7/NQ-CP"') == "1"  # the union graph follows the others


def test_queries_running_alongside_updates_always_see_a_whole_update(update_endpoint):
    """Reads and writes take turns: a query sees a batch of 50 triples entirely or not at all."""
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    graph = f"{BASE}graph/batch"
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"

    def write(round_number: int) -> int:
        triples = " ".join(f"<{BASE}batch/{i}> <{BASE}round> {round_number} ." for i in range(50))
        update = f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ {triples} }} }}"
        return httpx.post(update_endpoint, content=update.encode(), headers=auth, timeout=30).status_code

    def read(_: int) -> str:
        response = httpx.get(update_endpoint, params={"query": count}, timeout=30)
        assert response.status_code == 200, response.text
        return response.json()["results"]["bindings"][0]["n"]["value"]

    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as executor:
        writes = executor.map(write, range(15))
        reads = list(executor.map(read, range(60)))
        assert set(writes) == {204}
    assert set(reads) <= {"0", "50"}
    assert read(0) == "50"


def test_update_errors(update_endpoint):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    syntax = httpx.post(update_endpoint, content=b"INSERT DATA {\n <a> <b> ", headers=auth)
    assert syntax.status_code == 400
    assert (syntax.json()["error"], syntax.json()["line"]) == ("syntax error", 2)
    load = httpx.post(update_endpoint, content=b"load <http://127.0.0.1:9/data.ttl>", headers=auth)
    assert (load.status_code, load.json()["error"]) == (400, "LOAD is disabled")
    service = httpx.post(update_endpoint, content=b"INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
                         headers=auth)
    assert (service.status_code, service.json()["error"]) == (400, "SERVICE is disabled")
    using = httpx.post(update_endpoint, params={"using-graph-uri": G1}, headers=auth,
                       content=b"DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert using.status_code == 400
    failing = httpx.post(update_endpoint, content=f"CREATE GRAPH <{G1}>".encode(), headers=auth)
    assert (failing.status_code, failing.json()["error"]) == (400, "update failed")
    deep = httpx.post(update_endpoint, content=("INSERT DATA " + "{" * 3000).encode(), headers=auth)
    assert (deep.status_code, deep.json()["error"]) == (400, "query too complex")
    assert httpx.get(update_endpoint, params={"query": ASK_7}).json()["boolean"] is True


def test_an_ingest_cannot_open_the_store_while_the_server_holds_it(update_server):
    from policygraph.errors import StoreLockedError
    from policygraph.store.opening import open_store

    with pytest.raises(StoreLockedError, match=r"is held by another process \(a running `policygraph serve`"):
        open_store(str(update_server[1]))


# -- service description -----------------------------------------------------------------------


def _description(url: str, **headers: str) -> tuple[httpx.Response, rdflib.Graph]:
    response = httpx.get(url, headers=headers)
    assert response.status_code == 200, response.text
    media = response.headers["content-type"].split(";")[0]
    rdflib_format = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/rdf+xml": "xml",
                     "application/n-triples": "nt"}[media]
    return response, rdflib.Graph().parse(data=response.content, format=rdflib_format)


def test_service_description_says_what_this_endpoint_does(endpoint):
    response, graph = _description(endpoint)
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    service = rdflib.URIRef(endpoint)
    assert (service, rdflib.RDF.type, SD.Service) in graph
    assert (service, SD.endpoint, service) in graph
    assert set(graph.objects(service, SD.feature)) == {SD.UnionDefaultGraph}
    assert set(graph.objects(service, SD.supportedLanguage)) == {SD.SPARQL11Query}
    assert len(set(graph.objects(service, SD.resultFormat))) == 10


def test_service_description_lists_update_when_enabled(update_endpoint):
    _, graph = _description(update_endpoint)
    service = rdflib.URIRef(update_endpoint)
    assert set(graph.objects(service, SD.supportedLanguage)) == {SD.SPARQL11Query, SD.SPARQL11Update}
    assert SD.BasicFederatedQuery not in set(graph.objects(service, SD.feature))


@pytest.mark.parametrize("accept", ["application/ld+json", "application/rdf+xml", "application/n-triples"])
def test_service_description_in_other_rdf_formats(endpoint, accept):
    response, graph = _description(endpoint, Accept=accept)
    assert response.headers["content-type"].startswith(accept)
    assert (rdflib.URIRef(endpoint), rdflib.RDF.type, SD.Service) in graph


def test_service_description_not_acceptable(endpoint):
    assert httpx.get(endpoint, headers={"Accept": "text/csv"}).status_code == 406


# -- real clients ------------------------------------------------------------------------------


def test_sparqlwrapper_and_rdflib_sparqlstore(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

    for return_format in (JSON, XML, CSV):
        client = SPARQLWrapper(endpoint)
        client.setQuery(ids_query())
        client.setReturnFormat(return_format)
        converted = client.query().convert()
        if return_format == JSON:
            assert sorted(b["id"]["value"] for b in converted["results"]["bindings"]) == ["7/NQ-CP", "96-KL/TW"]
        elif return_format == CSV:
            rows = list(csv.reader(io.StringIO(converted.decode())))
            assert sorted(r[0] for r in rows[1:]) == ["7/NQ-CP", "96-KL/TW"]
        else:
            assert len(converted.getElementsByTagName("result")) == 2
    store = SPARQLStore(endpoint)
    assert sorted(str(row.id) for row in store.query(ids_query())) == ["7/NQ-CP", "96-KL/TW"]
    graph = rdflib.Graph(store)
    assert (rdflib.URIRef(BASE + "doc/a"), rdflib.URIRef(ELI + "implements"), rdflib.URIRef(BASE + "doc/b")) in graph


def test_errors_are_json_with_status_error_and_detail(endpoint):
    response = httpx.get(endpoint, params={"query": "SELECT"})
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert (body["status"], body["error"]) == (response.status_code, "syntax error") == (400, "syntax error")
    assert set(body) == {"status", "error", "detail", "line", "column"}


def test_an_xml_answer_that_would_hold_a_control_character_is_a_406_and_json_keeps_it(tmp_path):
    """Stored text may hold a C0 control (evidence is cut from a text exactly); XML 1.0 cannot hold it
    even as a character reference, so an XML answer would be ill-formed: the endpoint refuses it."""
    from policygraph.store.opening import open_store

    store = tmp_path / "store"
    with open_store(str(store)) as opened:
        graph = rdflib.Graph()
        graph.add((rdflib.URIRef(f"{BASE}doc/c"), rdflib.URIRef(f"{BASE}note"), rdflib.Literal("a\x01b")))
        opened.replace_graph(G1, graph)
    select = f"SELECT ?note WHERE {{ <{BASE}doc/c> <{BASE}note> ?note }}"
    construct = f"CONSTRUCT WHERE {{ <{BASE}doc/c> <{BASE}note> ?note }}"
    with live_server(store, tmp_path / "server.log", POLICYGRAPH_QUERY_WORKERS="1") as url:
        refused = [httpx.get(url + "/sparql", params={"query": q}, headers={"Accept": media}, timeout=60)
                   for q, media in ((select, "application/sparql-results+xml"), (construct, "application/rdf+xml"))]
        as_json = httpx.get(url + "/sparql", params={"query": select},
                            headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert [(r.status_code, r.json()["error"]) for r in refused] == [(406, "not acceptable")] * 2
    assert all("U+0001" in r.json()["detail"] for r in refused)
    assert as_json.status_code == 200
    assert as_json.json()["results"]["bindings"][0]["note"]["value"] == "a\x01b"
