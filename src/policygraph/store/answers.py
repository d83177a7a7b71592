"""A SPARQL server's answers read as SPARQL 1.1 has them, where a server writes them otherwise: Virtuoso
answers ASK as a SELECT of one variable ``__ASK_RETVAL`` (true: one row binding the xsd:integer 1; false:
no row), writes a stored xsd:boolean as ``"1"`` or ``"0"``, and quotes every string in CSV and TSV
(tests/test_virtuoso_deviations.py). Used by the remote store (``policygraph.store.remote``) and the
endpoint's forwarder (``policygraph.sparql.remote``).
"""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox

from policygraph.errors import StoreError
from policygraph.store.http import RESULTS_JSON

ASK_RETVAL = "__ASK_RETVAL"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
CANONICAL_BOOLEAN = {"1": "true", "0": "false"}


def virtuoso_ask_boolean(results: dict[str, Any]) -> bool | None:
    """The boolean a Virtuoso ASK answer (SPARQL results JSON) stands for: a SELECT of the one
    variable ``__ASK_RETVAL``, true as one row binding the xsd:integer 1, false as no row. None for
    anything else, which is then read as the standard says."""
    if results.get("head", {}).get("vars") != [ASK_RETVAL] or "boolean" in results:
        return None
    bindings = results.get("results", {}).get("bindings")
    if bindings == []:
        return False
    true = {ASK_RETVAL: {"type": "typed-literal", "datatype": XSD_INTEGER, "value": "1"}}
    if bindings == [true] or bindings == [{ASK_RETVAL: {**true[ASK_RETVAL], "type": "literal"}}]:
        return True
    return None


def _virtuoso_ask_value(body: bytes, media_type: str) -> bool | None:
    """:func:`virtuoso_ask_boolean` for an answer in any results format (``media_type``)."""
    if media_type == "text/csv":  # Virtuoso's CSV: the quoted header, then 1 or nothing
        return {b'"__ASK_RETVAL"\n1\n': True, b'"__ASK_RETVAL"\n': False}.get(body.replace(b"\r\n", b"\n"))
    if media_type == RESULTS_JSON:
        try:
            return virtuoso_ask_boolean(json.loads(body))
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
            return None
    try:
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.from_media_type(media_type))
    except (SyntaxError, ValueError):
        return None
    if not isinstance(parsed, ox.QuerySolutions) or [v.value for v in parsed.variables] != [ASK_RETVAL]:
        return None
    values = [solution[ASK_RETVAL] for solution in parsed]
    if not values:
        return False
    return True if values == [ox.Literal("1", datatype=ox.NamedNode(XSD_INTEGER))] else None


def _canonical_term(term: object) -> object:
    """``term``, with an xsd:boolean of lexical form 1 or 0 (Virtuoso's) written true or false."""
    if isinstance(term, ox.Literal) and term.datatype.value == XSD_BOOLEAN and term.value in CANONICAL_BOOLEAN:
        return ox.Literal(CANONICAL_BOOLEAN[term.value], datatype=term.datatype)
    return term


def oxigraph_serialized_results(body: bytes, media_type: str) -> bytes:
    """SELECT results in SPARQL results JSON (``body``) serialised by Oxigraph in ``media_type``, with
    booleans in their canonical form: the bytes the embedded store gives for the same solutions (Virtuoso's
    own CSV and TSV quote every string and write booleans as 1 and 0).

    pyoxigraph serialises only the solutions of a query, so the rows go into an in-memory store (row i's
    value of ?v as ``<row:i> <var:v> value``) and come back out of a query that orders them by i."""
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    if not isinstance(parsed, ox.QuerySolutions):
        raise StoreError("the SPARQL server answered a boolean to a query it was asked solutions of")
    names = [v.value for v in parsed.variables]
    rows = ox.Store()
    index = ox.NamedNode("urn:policygraph:row")
    for number, solution in enumerate(parsed):
        row = ox.NamedNode(f"urn:policygraph:row:{number}")
        rows.add(ox.Quad(row, index, ox.Literal(str(number), datatype=ox.NamedNode(XSD_INTEGER))))
        for name in names:
            term = solution[name]
            if term is not None:
                rows.add(ox.Quad(row, ox.NamedNode(f"urn:policygraph:var:{name}"), _canonical_term(term)))
    projected = " ".join(f"?{name}" for name in names)
    optional = " ".join(f"OPTIONAL {{ ?row <urn:policygraph:var:{name}> ?{name} }}" for name in names)
    solutions = rows.query(f"SELECT {projected or '*'} WHERE {{ ?row <{index.value}> ?i {optional} }} ORDER BY ?i")
    return solutions.serialize(format=ox.QueryResultsFormat.from_media_type(media_type))


def standard_ask_results(body: bytes, media_type: str, answer_type: str | None = None) -> bytes | None:
    """A Virtuoso ASK answer (``__ASK_RETVAL``, in ``media_type``) as the boolean result SPARQL 1.1
    defines, serialised by Oxigraph (as the embedded store's are) in ``answer_type`` (default: the same
    type); None when ``body`` is not that shape."""
    value = _virtuoso_ask_value(body, media_type)
    if value is None:
        return None
    answer = ox.Store().query("ASK {}" if value else "ASK { FILTER(false) }")
    return answer.serialize(format=ox.QueryResultsFormat.from_media_type(answer_type or media_type))
