"""The W3C SPARQL 1.1 test suites, run through the HTTP endpoint of a real policygraph server.

    python -m tests.w3c.harness                  # run, print the pass counts per folder and the failures
    python -m tests.w3c.harness --write-baseline # ... and record the passing tests in tests/w3c/baseline.json
    python -m tests.w3c.harness --folder bind    # one folder

Design: one real uvicorn server over a fresh store, with SPARQL Update enabled by a token. Each test
reloads the store through the Update API (``DROP ALL ; INSERT DATA {...}``, a single transaction), then
sends its query or update over HTTP and compares the answer with the expected results. One server
for the whole run because starting one costs about a second, which per test (or even per folder)
would cost more than the tests themselves; the Update API is the endpoint's own way of changing the
data, so every byte still goes through the protocol, the worker pool and the generation
bookkeeping that lets workers see new data.

How each kind of test is run:

- Query evaluation: the test's default graph is loaded into a named graph of its own and passed as
  ``default-graph-uri``, its named graphs (``qt:graphData``) are loaded under their file IRIs and
  passed as ``named-graph-uri``: exactly the test's dataset, whatever the endpoint's union default.
  A query with FROM / FROM NAMED gets no dataset parameters and the files it names are loaded
  under their IRIs. Relative IRIs resolve against the query file's IRI (a BASE is put in front: the
  protocol has no base parameter). The response format is the expected file's (SPARQL XML, JSON,
  CSV, TSV; N-Triples for graphs), so the serialisers are tested too. Result sets are compared as
  multisets with blank nodes matched by a bijection, in order only when the query has a top-level
  ORDER BY; graphs by isomorphism (rdflib). Literals are compared by lexical form, datatype (a
  simple literal is an xsd:string) and language tag (case-insensitively).
- Update evaluation: the data goes into the store's real default graph and named graphs (labelled
  by ``rdfs:label``), the update is POSTed, then ``ADD DEFAULT TO <snapshot>`` copies the default
  graph where a query can reach it, and one ``SELECT ?g ?s ?p ?o { GRAPH ?g {...} }`` reads the
  whole store back; each expected graph must be isomorphic to the actual one (empty graphs aside).
- Syntax: positive queries must answer 200 and negative ones 400 (sent as raw bytes, POST
  application/sparql-query, over an empty dataset); positive updates must be accepted (204, or 400
  "update failed" when the update parses but cannot run on an empty store) and negative ones 400.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pyoxigraph as ox
import rdflib
import rdflib.term
from rdflib import RDF, BNode, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.query import Result

from policygraph.sparql.query_text import scan

from .copy_suites import DATA, FOLDERS

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"
BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
DAWGT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")
RS = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
DEFAULT_GRAPH = "urn:x-policygraph-w3c:default-graph"
SNAPSHOT_GRAPH = "urn:x-policygraph-w3c:default-graph-snapshot"
TOKEN = "w3c-harness-token"
QUERY_TIMEOUT_S = 10

KINDS = {
    MF.QueryEvaluationTest: "query",
    MF.CSVResultFormatTest: "query",
    MF.UpdateEvaluationTest: "update",
    MF.PositiveSyntaxTest11: "syntax+",
    MF.PositiveSyntaxTest: "syntax+",
    MF.NegativeSyntaxTest11: "syntax-",
    MF.NegativeSyntaxTest: "syntax-",
    MF.PositiveUpdateSyntaxTest11: "update-syntax+",
    MF.NegativeUpdateSyntaxTest11: "update-syntax-",
}
RESULT_TYPES = {
    ".srx": ("application/sparql-results+xml", "xml"),
    ".srj": ("application/sparql-results+json", "json"),
    ".tsv": ("text/tab-separated-values", "tsv"),
    ".csv": ("text/csv", "csv"),
}


@dataclass
class W3CTest:
    folder: str
    id: str
    name: str
    kind: str
    action: Path | None = None
    data: list[Path] = field(default_factory=list)
    graph_data: list[tuple[str, Path]] = field(default_factory=list)
    result: Path | None = None
    result_data: list[Path] = field(default_factory=list)
    result_graph_data: list[tuple[str, Path]] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    folder: str
    id: str
    kind: str
    passed: bool
    detail: str = ""
    cause: str = ""


# -- manifests ---------------------------------------------------------------------------------


def iri_of(path: Path) -> str:
    return BASE + path.relative_to(DATA).as_posix()


def path_of(iri: str) -> Path:
    if not iri.startswith(BASE):
        raise ValueError(f"{iri} is not a file of the suites")
    return DATA / iri[len(BASE):]


def load_manifest(folder: str) -> list[W3CTest]:
    manifest = DATA / folder / "manifest.ttl"
    graph = rdflib.Graph().parse(manifest, format="turtle", publicID=iri_of(manifest))
    root = URIRef(iri_of(manifest))
    tests = []
    for entry in Collection(graph, graph.value(root, MF.entries)):
        kind = next((KINDS[t] for t in graph.objects(entry, RDF.type) if t in KINDS), None)
        if kind is None or graph.value(entry, DAWGT.approval) in (DAWGT.Rejected, DAWGT.Withdrawn):
            continue
        test = W3CTest(folder, str(entry).rsplit("#", 1)[-1], str(graph.value(entry, MF.name)), kind)
        action = graph.value(entry, MF.action)
        result = graph.value(entry, MF.result)
        if kind == "update":
            test.action = path_of(str(graph.value(action, UT.request)))
            test.data = [path_of(str(d)) for d in graph.objects(action, UT.data)]
            test.graph_data = [(str(graph.value(g, RDF_LABEL)), path_of(str(graph.value(g, UT.graph))))
                               for g in graph.objects(action, UT.graphData)]
            test.result_data = [path_of(str(d)) for d in graph.objects(result, UT.data)]
            test.result_graph_data = [(str(graph.value(g, RDF_LABEL)), path_of(str(graph.value(g, UT.graph))))
                                      for g in graph.objects(result, UT.graphData)]
        elif kind == "query":
            test.action = path_of(str(graph.value(action, QT.query)))
            test.data = [path_of(str(d)) for d in graph.objects(action, QT.data)]
            test.graph_data = [(str(g), path_of(str(g))) for g in graph.objects(action, QT.graphData)]
            test.result = path_of(str(result))
        else:
            test.action = path_of(str(action))
        tests.append(test)
    return tests


RDF_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


# -- terms, rows and graphs --------------------------------------------------------------------


_XSD = "http://www.w3.org/2001/XMLSchema#"
_DECIMAL_TYPES = {_XSD + name for name in (
    "decimal", "integer", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte",
    "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger")}
_FLOAT_TYPES = {_XSD + "double", _XSD + "float"}


def _numeric_value(lexical: str, datatype: str) -> object | None:
    if datatype == _XSD + "boolean" and lexical.strip() in {"true", "false", "1", "0"}:
        return lexical.strip() in {"true", "1"}
    try:
        if datatype in _DECIMAL_TYPES:
            return Decimal(lexical.strip())
        if datatype in _FLOAT_TYPES:
            return float(lexical.strip())
    except (InvalidOperation, ValueError):
        return None
    return None


def term_key(term: object) -> tuple | None:
    """A comparable form of an rdflib term: kind, lexical form, datatype, language.

    Numbers and booleans compare by value within their datatype: Oxigraph stores typed literals by
    value and writes them back in canonical form ("1.0"^^xsd:decimal comes back as "1",
    "0"^^xsd:boolean as "false"), where the expected results keep the data's lexical form. Ill-typed
    literals and everything else compare lexically."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return ("bnode", str(term))
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, Literal):
        if term.language:
            return ("literal", str(term), None, term.language.lower())
        datatype = str(term.datatype) if term.datatype else XSD_STRING
        value = _numeric_value(str(term), datatype)
        if value is not None:
            return ("number", datatype, value)
        return ("literal", str(term), datatype, None)
    if isinstance(term, rdflib.term.Variable):
        return ("variable", str(term))
    raise TypeError(f"unexpected term {term!r}")


Row = tuple


def _extend(mapping: dict, reverse: dict, expected: Row, actual: Row) -> tuple[dict, dict] | None:
    mapping, reverse = dict(mapping), dict(reverse)
    for e, a in zip(expected, actual, strict=True):
        if e is None or a is None:
            if e is not a:
                return None
        elif e[0] == "bnode":
            if a[0] != "bnode":
                return None
            if e in mapping:
                if mapping[e] != a:
                    return None
            elif a in reverse:
                return None
            else:
                mapping[e], reverse[a] = a, e
        elif e != a:
            return None
    return mapping, reverse


def _blanked(row: Row) -> Row:
    return tuple(("bnode",) if t is not None and t[0] == "bnode" else t for t in row)


def rows_match(expected: list[Row], actual: list[Row], ordered: bool) -> bool:
    """Equal as multisets (sequences when ordered), blank nodes matched by a bijection."""
    if len(expected) != len(actual):
        return False
    has_bnodes = any(t is not None and t[0] == "bnode" for row in (*expected, *actual) for t in row)
    if ordered:
        state: tuple[dict, dict] | None = ({}, {})
        for e, a in zip(expected, actual, strict=True):
            state = _extend(*state, e, a)
            if state is None:
                return False
        return True
    if not has_bnodes:
        return Counter(expected) == Counter(actual)
    if Counter(map(_blanked, expected)) != Counter(map(_blanked, actual)):
        return False
    pending = sorted(expected, key=lambda row: sum(t is not None and t[0] == "bnode" for t in row))

    def search(index: int, mapping: dict, reverse: dict, used: frozenset[int]) -> bool:
        if index == len(pending):
            return True
        for position, candidate in enumerate(actual):
            if position in used:
                continue
            state = _extend(mapping, reverse, pending[index], candidate)
            if state and search(index + 1, *state, used | {position}):
                return True
        return False

    return search(0, {}, {}, frozenset())


@dataclass
class Answer:
    """A parsed SPARQL answer: a boolean, or variables and rows of term keys."""

    boolean: bool | None = None
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, tuple | None]] = field(default_factory=list)
    ordered_hint: bool = False

    def as_rows(self, variables: list[str]) -> list[Row]:
        return [tuple(row.get(v) for v in variables) for row in self.rows]


def answer_from_result(result: Result) -> Answer:
    if result.type == "ASK":
        return Answer(boolean=bool(result.askAnswer))
    variables = [str(v) for v in result.vars or []]
    rows = [{str(k): term_key(v) for k, v in binding.items() if v is not None} for binding in result.bindings]
    return Answer(variables=variables, rows=rows)


def answer_from_result_set_graph(graph: rdflib.Graph) -> Answer:
    result_set = graph.value(predicate=RDF.type, object=RS.ResultSet)
    boolean = graph.value(result_set, RS.boolean)
    if boolean is not None:
        return Answer(boolean=bool(boolean.toPython()))
    variables = [str(v) for v in graph.objects(result_set, RS.resultVariable)]
    solutions = []
    for solution in graph.objects(result_set, RS.solution):
        index = graph.value(solution, RS.index)
        row = {str(graph.value(b, RS.variable)): term_key(graph.value(b, RS.value))
               for b in graph.objects(solution, RS.binding)}
        solutions.append((int(index) if index is not None else 0, row))
    ordered = any(index for index, _ in solutions)
    solutions.sort(key=lambda pair: pair[0])
    return Answer(variables=variables, rows=[row for _, row in solutions], ordered_hint=ordered)


def normalized_graph(graph: rdflib.Graph) -> rdflib.Graph:
    """The graph with simple literals as xsd:string-less and language tags in lower case."""
    out = rdflib.Graph()
    for triple in graph:
        out.add(tuple(_normalized_term(t) for t in triple))  # type: ignore[arg-type]
    return out


def _normalized_term(term: object) -> object:
    if isinstance(term, Literal):
        if term.language:
            return Literal(str(term), lang=term.language.lower())
        if term.datatype is None or str(term.datatype) == XSD_STRING:
            return Literal(str(term))
    return term


def rdf_format(path: Path) -> str:
    return {".ttl": "turtle", ".nt": "nt", ".rdf": "xml", ".n3": "n3"}[path.suffix]


def parse_rdf_file(path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format=rdf_format(path), publicID=iri_of(path))


def ntriples_of(path: Path) -> str:
    """A data file as N-Triples (pyoxigraph parses it, as the store would), for INSERT DATA."""
    quads = ox.parse(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]), base_iri=iri_of(path))
    return ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


# -- the endpoint ------------------------------------------------------------------------------


class Endpoint:
    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.client = httpx.Client(timeout=60)
        self.auth = {"Authorization": f"Bearer {token}"}

    def update(self, text: str | bytes) -> httpx.Response:
        body = text.encode("utf-8") if isinstance(text, str) else text
        return self.client.post(self.url, content=body,
                                headers={"Content-Type": "application/sparql-update", **self.auth})

    def reset(self, default: list[Path], named: list[tuple[str, Path]], default_graph: str | None) -> None:
        """Empty the store, then load ``default`` (into ``default_graph``, or the store's own default
        graph when None) and the ``named`` graphs, in one update."""
        parts = []
        if default:
            body = "\n".join(ntriples_of(path) for path in default)
            parts.append(f"GRAPH <{default_graph}> {{\n{body}\n}}" if default_graph else body)
        for name, path in named:
            parts.append(f"GRAPH <{name}> {{\n{ntriples_of(path)}\n}}")
        response = self.update("DROP ALL ;\nINSERT DATA {\n" + "\n".join(parts) + "\n}")
        if response.status_code != 204:
            raise RuntimeError(f"loading the data failed: HTTP {response.status_code} {response.text[:300]}")

    def query(self, text: str | bytes, accept: str, *, url_params: dict | None = None,
              form: dict | None = None) -> httpx.Response:
        if isinstance(text, bytes):
            return self.client.post(self.url, params=url_params, content=text,
                                    headers={"Content-Type": "application/sparql-query", "Accept": accept})
        return self.client.post(self.url, data={"query": text, **(form or {})}, headers={"Accept": accept})


def _error(response: httpx.Response) -> str:
    try:
        body = response.json()
        return f"HTTP {response.status_code} {body.get('error')}: {str(body.get('detail'))[:200]}"
    except ValueError:
        return f"HTTP {response.status_code}: {response.text[:200]}"


# -- running tests -----------------------------------------------------------------------------

_FROM = re.compile(r"\bFROM\s+(NAMED\s+)?<([^>]*)>", re.IGNORECASE)


@dataclass
class QueryPlan:
    """What a query evaluation test sends, and how its answer is judged."""

    query: str
    named: list[tuple[str, Path]]
    own_dataset: bool
    accept: str
    result_format: str  # xml, json, tsv, csv, or nt (a graph)
    expected_graph: rdflib.Graph | None
    ordered: bool


def plan_query(test: W3CTest) -> QueryPlan:
    assert test.action is not None and test.result is not None
    query = test.action.read_text(encoding="utf-8")
    base = iri_of(test.action)
    scanned = scan(query)
    from_graphs = []
    if scanned.has_dataset_clause:
        for _, iri in _FROM.findall(query):
            absolute = urljoin(base, iri)
            if absolute.startswith(BASE) and path_of(absolute).is_file():
                from_graphs.append((absolute, path_of(absolute)))
    expected_graph = None
    if test.result.suffix in RESULT_TYPES:
        accept, result_format = RESULT_TYPES[test.result.suffix]
    else:
        expected_graph = parse_rdf_file(test.result)
        if (None, RDF.type, RS.ResultSet) in expected_graph:
            accept, result_format = "application/sparql-results+json", "json"
        else:
            accept, result_format = "application/n-triples", "nt"
    return QueryPlan(f"BASE <{base}>\n{query}", test.graph_data + from_graphs, scanned.has_dataset_clause,
                     accept, result_format, expected_graph, scanned.has_top_level_order_by)


def judge_query(test: W3CTest, plan: QueryPlan, content: bytes) -> tuple[bool, str]:
    assert test.result is not None
    if plan.result_format == "nt":
        assert plan.expected_graph is not None
        actual = rdflib.Graph().parse(data=content, format="nt")
        if isomorphic(normalized_graph(plan.expected_graph), normalized_graph(actual)):
            return True, ""
        return False, f"graph differs: expected {len(plan.expected_graph)} triples, got {len(actual)}"
    if plan.result_format == "csv":
        return compare_csv(test.result.read_text(encoding="utf-8"), content.decode("utf-8"))
    if plan.expected_graph is not None:
        expected = answer_from_result_set_graph(plan.expected_graph)
    else:
        expected = answer_from_result(Result.parse(io.BytesIO(test.result.read_bytes()), format=plan.result_format))
    actual_answer = answer_from_result(Result.parse(io.BytesIO(content), format=plan.result_format))
    if expected.boolean is not None or actual_answer.boolean is not None:
        ok = expected.boolean == actual_answer.boolean
        return ok, "" if ok else f"expected {expected.boolean}, got {actual_answer.boolean}"
    variables = sorted(set(expected.variables) | set(actual_answer.variables)
                       | {v for row in expected.rows + actual_answer.rows for v in row})
    expected_rows, actual_rows = expected.as_rows(variables), actual_answer.as_rows(variables)
    if rows_match(expected_rows, actual_rows, plan.ordered):
        return True, ""
    missing = list((Counter(map(_blanked, expected_rows)) - Counter(map(_blanked, actual_rows))).elements())
    extra = list((Counter(map(_blanked, actual_rows)) - Counter(map(_blanked, expected_rows))).elements())
    return False, (f"results differ{' (ordered)' if plan.ordered else ''}: {len(expected_rows)} rows expected, "
                   f"{len(actual_rows)} returned; missing {_show(missing, variables)}; "
                   f"unexpected {_show(extra, variables)}")


def _show(rows: list[Row], variables: list[str]) -> str:
    shown = []
    for row in rows[:2]:
        shown.append("{" + ", ".join(f"{v}={_short(t)}" for v, t in zip(variables, row, strict=True)
                                     if t is not None) + "}")
    return ("[" + ", ".join(shown) + (", ..." if len(rows) > 2 else "") + "]") if rows else "none"


def _short(term: tuple) -> str:
    if term[0] == "iri":
        return f"<{term[1]}>"
    if term[0] == "number":
        return f"{term[2]}^^{term[1].rsplit('#', 1)[-1]}"
    if term[0] == "literal":
        suffix = f"@{term[3]}" if term[3] else ("" if term[2] == XSD_STRING else f"^^{term[2].rsplit('#', 1)[-1]}")
        return json.dumps(term[1], ensure_ascii=False) + suffix
    return "_:"


def compare_csv(expected_text: str, actual_text: str) -> tuple[bool, str]:
    """CSV loses types: compare rows as text, column by column name (the order of the columns of a
    SELECT * is the engine's choice), blank node labels by a bijection."""
    import csv

    def parse(text: str) -> tuple[list[str], list[dict[str, str]]]:
        rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n"))))
        return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]

    expected_header, expected_rows = parse(expected_text)
    actual_header, actual_rows = parse(actual_text)
    if sorted(expected_header) != sorted(actual_header):
        return False, f"CSV columns {actual_header} are not {expected_header}"

    def keyed(rows: list[dict[str, str]]) -> list[Row]:
        return [tuple(("bnode", row[c]) if row[c].startswith("_:") else ("text", row[c]) for c in expected_header)
                for row in rows]

    if rows_match(keyed(expected_rows), keyed(actual_rows), ordered=False):
        return True, ""
    return False, "CSV rows differ"


def judge_dataset(
    test: W3CTest, actual_default: rdflib.Graph, actual_named: dict[str, rdflib.Graph]
) -> tuple[bool, str]:
    expected_default = rdflib.Graph()
    for path in test.result_data:
        expected_default += parse_rdf_file(path)
    expected_named: dict[str, rdflib.Graph] = {}
    for name, path in test.result_graph_data:
        expected_named.setdefault(name, rdflib.Graph())
        expected_named[name] += parse_rdf_file(path)
    expected_named = {name: g for name, g in expected_named.items() if len(g)}
    actual_named = {name: g for name, g in actual_named.items() if len(g)}
    if not isomorphic(normalized_graph(expected_default), normalized_graph(actual_default)):
        return False, f"default graph differs: expected {len(expected_default)} triples, got {len(actual_default)}"
    if set(expected_named) != set(actual_named):
        return False, f"named graphs {sorted(actual_named)} are not {sorted(expected_named)}"
    for name, expected in expected_named.items():
        if not isomorphic(normalized_graph(expected), normalized_graph(actual_named[name])):
            return False, f"graph <{name}> differs: expected {len(expected)} triples, got {len(actual_named[name])}"
    return True, ""


def run_query_test(endpoint: Endpoint, test: W3CTest) -> tuple[bool, str]:
    plan = plan_query(test)
    endpoint.reset(test.data, plan.named, DEFAULT_GRAPH)
    form = {} if plan.own_dataset else {
        "default-graph-uri": DEFAULT_GRAPH, "named-graph-uri": [name for name, _ in test.graph_data]}
    response = endpoint.query(plan.query, plan.accept, form=form)
    if response.status_code != 200:
        return False, _error(response)
    return judge_query(test, plan, response.content)


def run_update_test(endpoint: Endpoint, test: W3CTest) -> tuple[bool, str]:
    assert test.action is not None
    endpoint.reset(test.data, test.graph_data, None)
    response = endpoint.update(f"BASE <{iri_of(test.action)}>\n" + test.action.read_text(encoding="utf-8"))
    if response.status_code != 204:
        return False, _error(response)
    snapshot = endpoint.update(f"ADD DEFAULT TO <{SNAPSHOT_GRAPH}>")
    if snapshot.status_code != 204:
        return False, f"could not read the default graph back: {_error(snapshot)}"
    response = endpoint.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
                              "application/sparql-results+json")
    if response.status_code != 200:
        return False, _error(response)
    graphs: dict[str, rdflib.Graph] = {}
    for row in Result.parse(io.BytesIO(response.content), format="json").bindings:
        name = str(row[rdflib.Variable("g")])
        graphs.setdefault(name, rdflib.Graph()).add(
            (row[rdflib.Variable("s")], row[rdflib.Variable("p")], row[rdflib.Variable("o")]))
    return judge_dataset(test, graphs.pop(SNAPSHOT_GRAPH, rdflib.Graph()), graphs)


def run_syntax_test(endpoint: Endpoint, test: W3CTest) -> tuple[bool, str]:
    """Positive tests must be accepted by the parser: 200 (204 for updates), or a 400 that says the
    request parsed but could not run ("evaluation error" for an extension function the engine does
    not have, "update failed" for an update that cannot run on an empty store)."""
    assert test.action is not None
    text = test.action.read_bytes()
    if test.kind.startswith("update"):
        endpoint.update("DROP ALL")
        response = endpoint.update(text)
        success, parsed_but_failed = 204, "update failed"
    else:
        response = endpoint.query(text, "*/*", url_params={"default-graph-uri": DEFAULT_GRAPH})
        success, parsed_but_failed = 200, "evaluation error"
    accepted = response.status_code == success or (
        response.status_code == 400 and response.json().get("error") == parsed_but_failed)
    if test.kind.endswith("+"):
        return accepted, "" if accepted else _error(response)
    refused = response.status_code == 400 and not accepted
    return refused, "" if refused else f"accepted (HTTP {response.status_code}), expected 400"


# -- the same tests in-process, to tell Oxigraph's behaviour from the endpoint's ----------------


def _rdflib_term(term: object) -> object:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


def _load(store: ox.Store, path: Path, graph: ox.NamedNode | ox.DefaultGraph) -> None:
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]), base_iri=iri_of(path)):
        store.add(ox.Quad(quad.subject, quad.predicate, quad.object, graph))


def run_in_process(test: W3CTest) -> tuple[bool, str]:
    """The test run by pyoxigraph directly, with the test's dataset as the store itself."""
    assert test.action is not None
    store = ox.Store()
    if test.kind == "query":
        plan = plan_query(test)
        for path in test.data:
            _load(store, path, ox.DefaultGraph())
        for name, path in plan.named:
            _load(store, path, ox.NamedNode(name))
        results = store.query(plan.query)
        if isinstance(results, ox.QuerySolutions | ox.QueryBoolean):
            content = results.serialize(format=ox.QueryResultsFormat.from_media_type(plan.accept))
        else:
            content = results.serialize(format=ox.RdfFormat.N_TRIPLES)
        return judge_query(test, plan, content)
    if test.kind == "update":
        for path in test.data:
            _load(store, path, ox.DefaultGraph())
        for name, path in test.graph_data:
            _load(store, path, ox.NamedNode(name))
        store.update(f"BASE <{iri_of(test.action)}>\n" + test.action.read_text(encoding="utf-8"))
        default, named = rdflib.Graph(), {}
        for quad in store:
            triple = (_rdflib_term(quad.subject), _rdflib_term(quad.predicate), _rdflib_term(quad.object))
            if isinstance(quad.graph_name, ox.DefaultGraph):
                default.add(triple)
            else:
                named.setdefault(quad.graph_name.value, rdflib.Graph()).add(triple)
        return judge_dataset(test, default, named)
    text = test.action.read_bytes().decode("utf-8", errors="replace")
    try:
        store.update(text) if test.kind.startswith("update") else store.query(text, base_iri=iri_of(test.action))
        parsed = True
    except SyntaxError:
        parsed = False
    except (OSError, RuntimeError):  # parsed, then failed on the empty store (DROP GRAPH of no graph, LOAD)
        parsed = True
    return parsed == test.kind.endswith("+"), "" if parsed == test.kind.endswith("+") else "parser disagrees"


ENDPOINT_RAISED = "endpoint: its run raised"


def cause_of(test: W3CTest, outcome: Outcome) -> str:
    """Why a test fails: the endpoint's policy, Oxigraph itself, or the endpoint. Oxigraph is blamed only
    when pyoxigraph, given the same test in-process, gives the same wrong answer; an exception of that
    re-run is not an answer, so it propagates (a broken harness must not excuse a failure)."""
    if "is disabled" in outcome.detail:
        return "policy: the endpoint refuses LOAD and SERVICE (POLICYGRAPH_ALLOW_SERVICE)"
    passed, _ = run_in_process(test)
    return "endpoint: passes in pyoxigraph in-process" if passed else "oxigraph: fails in pyoxigraph in-process too"


RUNNERS = {"query": run_query_test, "update": run_update_test}


def run_test(endpoint: Endpoint, test: W3CTest) -> Outcome:
    runner = RUNNERS.get(test.kind, run_syntax_test)
    try:
        passed, detail = runner(endpoint, test)
    except Exception as exc:  # an answer that could not be read or judged: the endpoint's failure, never the engine's
        return Outcome(test.folder, test.id, test.kind, False, f"{type(exc).__name__}: {str(exc)[:200]}",
                       ENDPOINT_RAISED)
    outcome = Outcome(test.folder, test.id, test.kind, passed, detail)
    if not passed:
        outcome = Outcome(test.folder, test.id, test.kind, passed, detail, cause_of(test, outcome))
    return outcome


def run_suites(url: str, token: str = TOKEN, folders: list[str] | None = None) -> list[Outcome]:
    endpoint = Endpoint(url, token)
    normalize = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False  # compare lexical forms as the server wrote them
    try:
        return [run_test(endpoint, test) for folder in (folders or FOLDERS) for test in load_manifest(folder)]
    finally:
        rdflib.NORMALIZE_LITERALS = normalize


# -- the server, the table, the baseline -------------------------------------------------------


@contextmanager
def running_server(store: Path, log_path: Path) -> Iterator[str]:
    """A real policygraph server over a fresh store at ``store``, with SPARQL Update enabled."""
    from tests.live_server import live_server

    with live_server(store, log_path, POLICYGRAPH_UPDATE_TOKEN=TOKEN,
                     POLICYGRAPH_QUERY_TIMEOUT_S=str(QUERY_TIMEOUT_S)) as url:
        yield url + "/sparql"


def name_of(outcome: Outcome) -> str:
    """A test's name in the baseline: its folder and its id in the folder's manifest."""
    return f"{outcome.folder}/{outcome.id}"


def departures(outcomes: list[Outcome], baseline: dict) -> dict[str, list[str]]:
    """How a run departs from the baseline, by test name: tests recorded as passing that fail now, tests
    that pass now and are not recorded, failures that are the endpoint's, and tests the run did not
    have or the baseline does not know. Empty lists throughout: the run is the recorded one."""
    recorded = set(baseline["passed"])
    known_failures = {f"{folder}/{test}" for folder, tests in baseline["failures"].items() for test in tests}
    ran = {name_of(o) for o in outcomes}
    return {
        "recorded as passing, failing now": sorted(f"{name_of(o)}: {o.cause}: {o.detail}" for o in outcomes
                                                   if not o.passed and name_of(o) in recorded),
        "passing now, not recorded (python -m tests.w3c.harness --write-baseline)": sorted(
            name_of(o) for o in outcomes if o.passed and name_of(o) not in recorded),
        "the endpoint's failures": sorted(f"{name_of(o)}: {o.detail}" for o in outcomes
                                          if not o.passed and o.cause.startswith("endpoint")),
        "not run, or not in the baseline": sorted(ran ^ (recorded | known_failures)),
    }


def summarize(outcomes: list[Outcome]) -> dict[str, dict[str, int]]:
    summary: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        counts = summary.setdefault(outcome.folder, {"passed": 0, "total": 0})
        counts["total"] += 1
        counts["passed"] += outcome.passed
    return summary


def table(summary: dict[str, dict[str, int]], baseline: dict[str, dict[str, int]] | None = None) -> str:
    lines = [f"{'folder':<20} {'passed':>6} {'total':>6}" + ("  baseline" if baseline else "")]
    for folder, counts in summary.items():
        line = f"{folder:<20} {counts['passed']:>6} {counts['total']:>6}"
        if baseline:
            line += f"  {baseline.get(folder, {}).get('passed', '-'):>8}"
        lines.append(line)
    passed = sum(c["passed"] for c in summary.values())
    total = sum(c["total"] for c in summary.values())
    lines.append(f"{'all':<20} {passed:>6} {total:>6}")
    return "\n".join(lines)


def read_baseline() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def write_baseline(outcomes: list[Outcome]) -> None:
    known = read_baseline().get("why", {}) if BASELINE.exists() else {}
    failures: dict[str, dict[str, dict[str, str]]] = {}
    for outcome in outcomes:
        if not outcome.passed:
            failures.setdefault(outcome.folder, {})[outcome.id] = {"cause": outcome.cause, "detail": outcome.detail}
    document = {
        "about": "The W3C SPARQL 1.1 tests (folder/id) that pass through policygraph's HTTP endpoint "
                 "(python -m tests.w3c.harness --write-baseline). tests/test_w3c_conformance.py fails "
                 "when the set of passing tests differs from 'passed': a new failure, even beside a new "
                 "pass, and a new pass until it is recorded here.",
        "passed": sorted(name_of(o) for o in outcomes if o.passed),
        "folders": summarize(outcomes),
        "failures": failures,
    }
    if known:
        document["why"] = {name: why for name, why in known.items()
                           if name.split("/", 1)[1] in failures.get(name.split("/", 1)[0], {})}
    BASELINE.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def run_with_server(folders: list[str] | None = None) -> list[Outcome]:
    with tempfile.TemporaryDirectory(prefix="policygraph-w3c-") as tmp, \
            running_server(Path(tmp) / "store", Path(tmp) / "server.log") as url:
        return run_suites(url, folders=folders)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", action="append", choices=FOLDERS, help="run only this folder (repeatable)")
    parser.add_argument("--write-baseline", action="store_true", help=f"record the passing tests in {BASELINE.name}")
    parser.add_argument("--url", help="an already running endpoint (its update token must be the harness's)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    outcomes = run_suites(args.url, folders=args.folder) if args.url else run_with_server(args.folder)
    baseline = read_baseline()["folders"] if BASELINE.exists() else None
    print(table(summarize(outcomes), baseline))
    print(f"\n{time.monotonic() - started:.1f} s")
    for outcome in outcomes:
        if not outcome.passed:
            print(f"FAIL {outcome.folder}/{outcome.id} [{outcome.kind}] ({outcome.cause}): {outcome.detail}")
    if args.write_baseline:
        write_baseline(outcomes)
        print(f"\nwrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
