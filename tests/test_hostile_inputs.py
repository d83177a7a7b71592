"""Hostile input never crashes the process, never answers 500, never prints a traceback (issue 16).

Deep nesting of every bracket kind, lone surrogates, control characters and huge numbers, sent to
POST /validate and POST /extract of a real server and to the CLI's `query` and `validate`. A parser
that recurses natively (Oxigraph's) overflows its stack on deep nesting, a segfault that took the
whole server down; the answer must be a 400 (or exit 2) naming the position.

The server of this module is its own (not the session's), so that a crash it reproduces cannot take
other tests down with it; it runs on both store backends, as /validate?against_store reads the store.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from policygraph.errors import InputError
from policygraph.store.opening import open_store
from policygraph.validation.inputs import RDF_FORMATS, parse_rdf_text

EX = '{"@id":"http://ex/a","http://ex/b":'
DEEP_OBJECTS = EX + '{"http://ex/c":' * 5000 + '"x"' + "}" * 5000 + "}"
DEEP_LISTS = EX + '{"@list":[' * 5000 + '"x"' + "]}" * 5000 + "}"
CONTROL_TEXT = "Nghị quyết 7/NQ-CP ngày 10/1/2025\x01 thực hiện Kết luận số 96-KL/TW ngày 30/9/2024."
HYPOTHESIS = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def served(store_backend, tmp_path_factory):
    """A real server of its own on a fresh store of ``store_backend``'s kind: its base URL."""
    from tests.live_server import live_server

    with live_server(store_backend.new_store(), tmp_path_factory.mktemp("logs") / "server.log") as url:
        yield url


def post(url: str, **kwargs) -> httpx.Response:
    return httpx.post(url, timeout=120, **kwargs)


def assert_clean_refusal(response: httpx.Response, statuses: set[int]) -> dict:
    assert response.status_code in statuses, response.text
    body = response.json()
    assert set(body) >= {"status", "error", "detail"}
    assert "Traceback" not in response.text
    return body


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI's answer; ``stdin`` goes in as UTF-8 with its lone surrogates as they are (invalid UTF-8)."""
    result = subprocess.run([sys.executable, "-m", "policygraph.cli", *args], capture_output=True, timeout=300,
                            input=None if stdin is None else stdin.encode("utf-8", "surrogatepass"))
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode().replace("\r\n", "\n"),
                                       result.stderr.decode())


# ---- the reproductions --------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "column"), [(DEEP_OBJECTS, 3021), (DEEP_LISTS, 1035)], ids=["objects", "lists"])
@pytest.mark.parametrize("against_store", ["false", "true"])
def test_validate_answers_400_with_the_position_to_json_ld_nested_5000_deep_and_stays_up(
        served, body, column, against_store):
    response = post(served + "/validate", params={"against_store": against_store}, content=body.encode(),
                    headers={"Content-Type": "application/ld+json"})
    assert response.status_code == 400
    assert response.json() == {
        "status": 400, "error": "RDF syntax error", "line": 1, "column": column,
        "detail": f"request body, line 1, column {column}: nests brackets deeper than 200 levels "
                  "(POLICYGRAPH_MAX_DATA_NESTING); flatten the data",
    }
    assert httpx.get(served + "/health", timeout=30).status_code == 200


def test_validate_cli_exits_2_with_one_line_on_json_ld_nested_5000_deep(tmp_path):
    path = tmp_path / "deep.jsonld"
    path.write_text(DEEP_OBJECTS, encoding="utf-8")
    result = run_cli("validate", str(path))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f"error: {path}, line 1, column 3021: nests brackets deeper than 200 levels "
                             "(POLICYGRAPH_MAX_DATA_NESTING); flatten the data\n")


def test_validate_cli_prints_no_traceback_for_an_integer_too_long_to_convert(tmp_path):
    path = tmp_path / "big.ttl"
    path.write_text("<http://a> <http://b> " + "9" * 5000 + " .\n", encoding="utf-8")
    result = run_cli("validate", str(path))
    assert (result.returncode, result.stderr) == (0, "")


def test_query_cli_exits_2_with_the_position_on_a_group_nested_100000_deep(store_backend, tmp_path):
    path = tmp_path / "deep.rq"
    path.write_text("ASK " + "{" * 100_000 + "}" * 100_000, encoding="utf-8")
    result = run_cli("query", str(path), "--store", store_backend.new_store())
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f"error: {path}, line 1, column 205: the query nests brackets 100000 deep; "
                             "the limit is 200 (POLICYGRAPH_MAX_QUERY_NESTING)\n")


def test_query_cli_exits_2_with_one_line_when_20000_negations_crash_the_engine(tmp_path):
    # No bracket nests here, yet Oxigraph's parser recurses once per "!" and overflows its stack from
    # about 9,400. Only the embedded store: with a remote store the engine is the remote server.
    open_store(str(tmp_path / "store")).close()  # an empty store (a missing one is refused)
    result = run_cli("query", "-", "--store", str(tmp_path / "store"),
                     stdin="ASK { FILTER(" + "!" * 20_000 + "true) }")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == ("error: the query engine crashed on this query (SIGSEGV): it nests too deeply for the "
                             "engine (long chains of OPTIONAL, UNION, MINUS, ||, && or ! nest as brackets do); "
                             "split or simplify it\n")


def test_query_cli_still_answers_a_plain_query_in_its_child_process(tmp_path):
    open_store(str(tmp_path / "store")).close()
    result = run_cli("query", "-", "--format", "csv", "--store", str(tmp_path / "store"),
                     stdin="SELECT ?x WHERE { VALUES ?x { 1 2 } }")
    assert (result.returncode, result.stdout, result.stderr) == (0, "x\n1\n2\n", "")


def test_sparql_endpoint_names_the_position_of_a_query_nested_too_deep(served):
    response = httpx.get(served + "/sparql", params={"query": "ASK {\n " + "{" * 3000 + "}" * 3000 + "}"},
                         timeout=30)
    assert response.json() == {
        "status": 400, "error": "query too complex", "line": 2, "column": 201,
        "detail": "line 2, column 201: the query nests brackets 3001 deep; the limit is 200 "
                  "(POLICYGRAPH_MAX_QUERY_NESTING)",
    }


def test_sparql_endpoint_answers_a_query_of_quotes_left_open_at_once(served):
    # Each quote after an unterminated one made the guard's lexer scan to the end of the line again:
    # 600 KB took hours of the event loop, and every route waited. The answer is the engine's 400.
    response = post(served + "/sparql", content=("ASK { '" + '\\"' * 300_000 + " }").encode(),
                    headers={"Content-Type": "application/sparql-query"})
    assert (response.status_code, response.json()["error"]) == (400, "syntax error")


def test_a_string_left_open_counts_every_word_and_bracket_in_it():
    from policygraph.sparql.query_text import scan

    scanned = scan('SELECT * { "abc SERVICE <x> { ?s ?p ?o } }\n}')
    assert [k.word for k in scanned.keywords] == ["SELECT", "ABC", "SERVICE", "X", "S", "P", "O"]
    assert scanned.max_depth == 2


DEEP_RDF = {
    "turtle triple terms": (".ttl", "<http://a> <http://b> " + "<<( <http://a> <http://b> " * 5000 + "1"
                            + " )>>" * 5000 + " .", 1, 23 + 100 * 26),
    "turtle blank nodes": (".ttl", "<http://a> <http://b>\n" + "[ <http://c> " * 300 + "1" + " ]" * 300 + " .",
                           2, 1 + 200 * 13),
    "turtle collections": (".ttl", "<http://a> <http://b> " + "(" * 300 + ")" * 300 + " .", 1, 23 + 200),
    "trig graph and lists": (".trig", "{ <http://a> <http://b> " + "(" * 300 + ")" * 300 + " . }", 1, 25 + 199),
    "n-triples triple terms": (".nt", "<http://a> <http://b> " + "<<( <http://a> <http://b> " * 150 + "1"
                               + " )>>" * 150 + " .", 1, 23 + 100 * 26),
    "json-ld arrays": (".jsonld", EX + "[" * 300 + '"x"' + "]" * 300 + "}", 1, 36 + 199),
    "rdf/xml elements": (".rdf", '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                         'xmlns:e="http://e/">\n' + "<rdf:Description><e:p>" * 300 + "</e:p></rdf:Description>"
                         * 300 + "</rdf:RDF>", 2, 1 + 99 * 22 + 17),
}


@pytest.mark.parametrize("name", DEEP_RDF)
def test_rdf_of_every_syntax_nested_too_deep_is_refused_at_the_bracket_past_the_limit(name):
    suffix, text, line, column = DEEP_RDF[name]
    with pytest.raises(InputError) as caught:
        parse_rdf_text(text, RDF_FORMATS[suffix], source="x", max_nesting=200)
    assert (caught.value.line, caught.value.column) == (line, column)


def test_brackets_inside_strings_iris_and_comments_do_not_count():
    text = ('<http://a> <http://b> "[[[(((" , """{{{\n<<<""" , \'(((\' .  # [[[[((((\n'
            '<http://a> <http://b> ( ( 1 ) ) .')
    graph = parse_rdf_text(text, RDF_FORMATS[".ttl"], max_nesting=2)
    assert len(graph) == 8
    jsonld = EX + '"[[[{{{\\"[[["}'
    assert len(parse_rdf_text(jsonld, RDF_FORMATS[".jsonld"], max_nesting=1)) == 1


def test_an_unterminated_string_hides_no_bracket_after_its_line():
    text = '<http://a> <http://b> "open [[[[ \n<http://a> <http://b> ' + "[ <http://c> " * 3 + "1" + " ]" * 3 + " ."
    with pytest.raises(InputError) as caught:
        parse_rdf_text(text, RDF_FORMATS[".ttl"], max_nesting=2)
    assert (caught.value.line, caught.value.column) == (2, 49)


def test_extract_answers_400_with_the_position_to_json_nested_2000_deep(served):
    body = '{"text": "x", "source": ' + "[" * 2000 + "]" * 2000 + "}"
    response = post(served + "/extract", content=body.encode(), headers={"Content-Type": "application/json"})
    assert response.json() == {
        "status": 400, "error": "too deeply nested", "line": 1, "column": 224,
        "detail": "request body, line 1, column 224: nests brackets deeper than 200 levels "
                  "(POLICYGRAPH_MAX_DATA_NESTING); flatten the data",
    }


@pytest.mark.parametrize("field", ["text", "source"])
def test_extract_answers_400_with_the_offset_to_a_lone_surrogate(served, field):
    payload = {"text": "Nghị quyết 7/NQ-CP", "source": "a.txt"}
    payload[field] = payload[field][:3] + "\ud800" + payload[field][3:]
    body = json.dumps(payload)  # ASCII: the surrogate travels as the escape \ud800
    response = post(served + "/extract", content=body.encode(), headers={"Content-Type": "application/json"})
    assert response.json() == {
        "status": 400, "error": "invalid text", "offset": 3,
        "detail": f"`{field}` holds a lone surrogate (\\ud800) at offset 3, which is not a character; escape a "
                  "character outside the BMP as a surrogate pair, or send UTF-8",
    }


def test_extract_answers_400_to_a_json_integer_too_long_to_convert(served):
    body = '{"text": "x", "source": ' + "9" * 5000 + "}"
    response = post(served + "/extract", content=body.encode(), headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["error"]) == (400, "invalid JSON")


def test_extract_refuses_rdf_xml_for_a_control_character_and_keeps_it_exact_in_turtle(served):
    refused = post(served + "/extract", json={"text": CONTROL_TEXT}, headers={"Accept": "application/rdf+xml"})
    assert refused.json() == {
        "status": 406, "error": "not acceptable", "offset": 33,
        "detail": "`text` holds U+0001 at offset 33, which XML 1.0 cannot hold; ask for text/turtle, "
                  "application/n-triples, application/ld+json, which keep it exactly",
    }
    turtle = post(served + "/extract", json={"text": CONTROL_TEXT}, headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200
    literals = {str(o) for o in Graph().parse(data=turtle.text, format="turtle").objects()}
    assert any("10/1/2025\x01 thực hiện" in literal for literal in literals)
    plain = post(served + "/extract", json={"text": CONTROL_TEXT.replace("\x01", "\t")},
                 headers={"Accept": "application/rdf+xml"})
    assert plain.status_code == 200
    assert len(Graph().parse(data=plain.text, format="xml")) > 0


# ---- properties: whatever comes in, a clean answer comes out -------------------------------------

# Each bracket kind as its syntax nests it, so that deep examples reach the parsers' recursion.
LEVELS = [('{"http://ex/c":', "}"), ('{"@list":[', "]}"), ("[", "]"), ("{", "}"), ("[ <http://c> ", " ]"),
          ("( ", " )"), ("<<( <http://a> <http://b> ", " )>>"), ("<< <http://a> <http://b> ", " >>"),
          ("{ ", " }"), ("(", ")"), ("<e:p><rdf:Description>", "</rdf:Description></e:p>")]
PREFIXES = ["", EX, "<http://a> <http://b> ", '{"text": "x", "source": ', "ASK ", "ASK { FILTER(",
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
            '<rdf:Description>']
ODD = st.sampled_from(["\\ud800", "\\udfff", "\ud83d\ude00", "\x00", "\x01", "\x1f", "\x7f", "\ufffe",
                       "1e999999", "-" + "9" * 5000, "0." + "0" * 5000 + "1", '"', "\\", "#", "<", ">", "@list",
                       '"x"', "1", "\n", "\r"])


@st.composite
def nested(draw) -> str:
    """Brackets of one kind nested from 1 to 6,000 deep after a prefix of one syntax, odd characters and
    numbers inside, closed or not."""
    opener, closer = draw(st.sampled_from(LEVELS))
    depth = draw(st.one_of(st.integers(1, 300), st.integers(2000, 6000)))
    filler = "".join(draw(st.lists(ODD, min_size=1, max_size=4)))
    closed = draw(st.sampled_from([depth, depth, 0, depth // 2]))
    return draw(st.sampled_from(PREFIXES)) + opener * depth + filler + closer * closed + draw(
        st.sampled_from(["}", " .", "", "</rdf:Description></rdf:RDF>", " }"]))


BODY_TYPES = ["application/ld+json", "text/turtle", "application/trig", "application/n-triples",
              "application/n-quads", "application/rdf+xml", "text/plain", "application/json"]


@HYPOTHESIS
@given(body=nested(), content_type=st.sampled_from(BODY_TYPES))
def test_validate_never_answers_500_nor_crashes_on_hostile_bodies(served, body, content_type):
    response = post(served + "/validate", content=body.encode("utf-8", "surrogatepass"),
                    headers={"Content-Type": content_type})
    if response.status_code != 200:
        assert_clean_refusal(response, {400, 415})
    assert httpx.get(served + "/health", timeout=30).status_code == 200


@HYPOTHESIS
@given(text=st.one_of(nested(), st.text(st.characters(exclude_categories=()), max_size=40)),
       accept=st.sampled_from(["application/json", "text/turtle", "application/n-triples", "application/ld+json",
                               "application/rdf+xml"]),
       as_json=st.booleans())
def test_extract_never_answers_500_nor_crashes_on_hostile_bodies(served, text, accept, as_json):
    if as_json:
        content, content_type = json.dumps({"text": text}).encode(), "application/json"
    else:
        content, content_type = text.encode("utf-8", "surrogatepass"), "text/plain"
    response = post(served + "/extract", content=content, headers={"Content-Type": content_type, "Accept": accept})
    if response.status_code != 200:
        assert_clean_refusal(response, {400, 406, 422})
    elif accept == "application/rdf+xml":
        Graph().parse(data=response.text, format="xml")  # well-formed, whatever the text held
    assert httpx.get(served + "/health", timeout=30).status_code == 200


@pytest.fixture(scope="module")
def query_store(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("query") / "store"


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(query=st.one_of(
    nested(),
    st.builds(lambda op, n: "ASK { FILTER(" + op * n + "true) }", st.sampled_from(["!", "-", "+"]),
              st.integers(1, 12000)),
    st.builds(lambda n: "ASK { " + "{} UNION " * n + "{} }", st.integers(1, 8000)),
))
def test_query_cli_never_crashes_nor_prints_a_traceback(query_store, query):
    result = run_cli("query", "-", "--store", str(query_store), stdin=query)
    assert result.returncode in {0, 1, 2}, result.stderr
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert result.stderr.startswith("error") and result.stderr.count("\n") == 1, result.stderr
