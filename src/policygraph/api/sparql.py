"""The SPARQL 1.1 Protocol endpoint at /sparql: queries, updates, and the service description.

Queries (SPARQL 1.1 Protocol section 2.1): GET ``?query=``, POST
``application/x-www-form-urlencoded`` (``query=`` in the body), or POST ``application/sparql-query``
(the query is the body; ``default-graph-uri`` / ``named-graph-uri`` then go in the URL's query
string). Relative IRIs in a query resolve against ``POLICYGRAPH_BASE_IRI``.

The dataset:

- **No dataset in the request or the query: the default graph is the union of all the graphs**
  (every source text's named graph and the ontology's), so queries need no GRAPH clauses. It is the
  store's union graph (``<{POLICYGRAPH_BASE_IRI}graph/union>``), the RDF merge the ingest keeps of
  all the other graphs, because Oxigraph 0.5's own union default graph counts a triple once per
  graph that states it (oxigraph/oxigraph#1919), and a document's identity is stated by every text
  that mentions it. (A store without that graph falls back to Oxigraph's union.) GRAPH ?g ranges
  over all the named graphs, the union graph among them: ``FILTER(?g != <.../graph/union>)`` leaves
  it out (naming the graphs one by one instead would make every query slower). The service
  description says so (``sd:UnionDefaultGraph``).
- ``default-graph-uri`` / ``named-graph-uri`` in the request: the dataset is exactly what they name
  (the default graph is the merge of the ``default-graph-uri`` graphs, empty when there are none;
  the named graphs are the ``named-graph-uri`` ones, none when there are none). They override
  FROM / FROM NAMED in the query, as the protocol says.
- FROM / FROM NAMED in the query and no dataset in the request: the query's own dataset.

The same engine limit holds for a default graph made of several FROM / default-graph-uri graphs:
a triple two of them hold matches twice (oxigraph/oxigraph#1919, fixed upstream after 0.5.13).

Responses are negotiated by ``Accept`` (q-values) or a ``format`` parameter (``negotiation``):
SELECT and ASK as SPARQL results JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle,
N-Triples, JSON-LD, RDF/XML, N-Quads or TriG. Queries run in worker processes with a deadline, a
memory cap and result limits (``policygraph.sparql.pool``); a query whose client hangs up is
cancelled, which kills its worker (or abandons the request to the SPARQL server behind a remote
store: ``policygraph.sparql.remote``). The route speaks only to the store's ``QueryEngine``
(``policygraph.sparql.engine``).

Updates (section 2.2): POST ``application/sparql-update`` or a form with ``update=``; off unless
``POLICYGRAPH_UPDATE_TOKEN`` is set, and then only with ``Authorization: Bearer <token>``. An update
works on the store itself: its default graph is the store's own default graph (not the union), its
named graphs are the store's. After it, the union graph is brought up to date with every other
graph and the store's default graph, in a full pass over the store (seconds on a million quads:
updates are for administrators; texts go in with ``policygraph ingest``). ``using-graph-uri`` /
``using-named-graph-uri`` are not supported (pyoxigraph has no way to pass them); write USING
clauses in the update instead.

SERVICE (federation) and LOAD make the engine fetch from other hosts, which Oxigraph does
unconditionally, so both are refused before the text reaches the engine unless
``POLICYGRAPH_ALLOW_SERVICE`` is set (``policygraph.sparql.query_text``).

GET /sparql without a query returns the SPARQL 1.1 Service Description (Turtle, or another RDF
format by Accept or ``format``).

Errors are JSON ``{"status", "error", "detail", ...}`` and never a 500 for bad input:

====  ==========================================================================================
400   syntax error (with ``line`` and ``column``), missing or repeated query, bad parameters (an
      IRI that is not one, broken percent-encoding, a body that is not UTF-8, an unknown format),
      SERVICE or LOAD refused, a query nested too deeply or one that stopped the engine, a
      query the engine cannot evaluate (an extension function it does not have)
401   an update without a bearer token (with ``WWW-Authenticate``)
403   an update with the wrong token, or updates not enabled
405   a method other than GET, HEAD, POST or OPTIONS (with ``Allow``)
406   no acceptable response type
413   a body larger than ``POLICYGRAPH_MAX_REQUEST_BYTES``; 414 for such a URL
415   a POST body that is neither a form, a query nor an update, or not in UTF-8
422   a result larger than ``POLICYGRAPH_MAX_RESULT_ROWS`` rows or ``POLICYGRAPH_MAX_RESULT_BYTES``
503   the query ran past ``POLICYGRAPH_QUERY_TIMEOUT_S`` or needed more memory than
      ``POLICYGRAPH_QUERY_WORKER_MEMORY_MB`` and was stopped, or every worker stayed busy,
      or the server was told to stop (SIGTERM, Ctrl-C) while the query ran
====  ==========================================================================================
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import re
from collections.abc import Awaitable
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from policygraph.api import negotiation
from policygraph.api.bodies import read_body
from policygraph.api.deps import SettingsDep
from policygraph.api.problems import Problem, problem_response
from policygraph.config import Settings
from policygraph.errors import (
    InputError,
    InvalidQuery,
    NotAcceptable,
    QueryError,
    QueryEvaluationError,
    QueryFailed,
    QueryOverMemory,
    QuerySyntaxError,
    QueryTimeout,
    ResultTooLarge,
    StoreError,
    WorkerCrashed,
    WorkersBusy,
)
from policygraph.nesting import check_query_nesting
from policygraph.sparql.engine import Dataset, QueryEngine
from policygraph.sparql.query_text import QueryText

T = TypeVar("T")

router = APIRouter(tags=["SPARQL"])

ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS"
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_UPDATE = "application/sparql-update"
_BAD_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")


class ProtocolError(Problem):
    """A request the endpoint answers with a 4xx (or 503) JSON error: a :class:`Problem`, in the API's
    one shape, named for the SPARQL Protocol whose rules it enforces."""

    def __init__(
        self, status: int, error: str, detail: str, *, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(status, error, detail, headers=headers, **extra)

    def response(self) -> JSONResponse:
        return problem_response(self)


def problem(
    status: int, error: str, detail: str, *, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """An error answer the endpoint returns rather than raises (a stream already under way, a method
    it does not serve): the same builder as every raised problem."""
    return problem_response(Problem(status, error, detail, headers=headers, **extra))


# -- reading a request -------------------------------------------------------------------------


def _parse_params(raw: bytes, where: str) -> dict[str, list[str]]:
    """Form-encoded parameters, strictly: broken percent-encoding or non-UTF-8 text is a 400."""
    if _BAD_PERCENT.search(raw):
        raise ProtocolError(400, "bad request", f"the {where} has a '%' not followed by two hex digits")
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise ProtocolError(
            400, "bad request", f"the {where} is not UTF-8 once percent-decoded ({exc.reason})"
        ) from exc
    params: dict[str, list[str]] = {}
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params


def _content_type(request: Request) -> tuple[str, str | None]:
    media, *parameters = request.headers.get("content-type", "").split(";")
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, "bad encoding", f"the body is not UTF-8 (byte offset {exc.start})") from exc


async def _read_request(request: Request, settings: Settings) -> tuple[dict[str, list[str]], str | None, str | None]:
    """The parameters (URL and form body), the operation ("query", "update" or None) and its text."""
    raw_query = request.scope.get("query_string", b"")
    if len(raw_query) > settings.max_request_bytes:
        raise ProtocolError(414, "URI too long",
                            f"the query string exceeds {settings.max_request_bytes} bytes; POST the query instead")
    params = _parse_params(raw_query, "query string")
    body_operation = body_text = None
    if request.method == "POST":
        media, charset = _content_type(request)
        if charset not in (None, "utf-8", "utf8"):
            raise ProtocolError(415, "unsupported media type", f"the body must be UTF-8, not {charset}")
        if media not in (_FORM, _QUERY, _UPDATE):
            raise ProtocolError(
                415, "unsupported media type",
                f"POST needs {_FORM}, {_QUERY} or {_UPDATE}, not {media or 'no Content-Type'!r}",
            )
        body = await read_body(request, settings.max_request_bytes)
        if media == _FORM:
            for name, values in _parse_params(body, "form body").items():
                params.setdefault(name, []).extend(values)
        else:
            body_operation, body_text = ("query" if media == _QUERY else "update"), _decode(body)
    queries, updates = params.get("query", []), params.get("update", [])
    if body_operation is not None:
        if queries or updates:
            raise ProtocolError(400, "ambiguous request",
                                f"the body is the {body_operation}; do not also give 'query' or 'update' parameters")
        return params, body_operation, body_text
    if queries and updates:
        raise ProtocolError(400, "ambiguous request", "give either 'query' or 'update', not both")
    if len(queries) > 1 or len(updates) > 1:
        raise ProtocolError(400, "several operations", "give exactly one 'query' (or 'update') parameter")
    if updates:
        if request.method != "POST":
            raise ProtocolError(400, "update needs POST", "SPARQL Update is only accepted by POST")
        return params, "update", updates[0]
    if queries:
        return params, "query", queries[0]
    return params, None, None


def _first(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


def _checked_text(text: str, settings: Settings, operation: str) -> QueryText:
    if not text.strip():
        raise ProtocolError(400, "missing query", f"the {operation} is empty")
    try:
        scanned = check_query_nesting(text, settings.max_query_nesting, operation=operation)
    except InputError as exc:
        raise ProtocolError(400, "query too complex", str(exc), line=exc.line, column=exc.column) from exc
    if not settings.allow_service:
        if scanned.uses_service:
            raise ProtocolError(400, "SERVICE is disabled", "federated queries (SERVICE) are refused by this endpoint")
        if scanned.uses_load:
            raise ProtocolError(400, "LOAD is disabled", "LOAD (fetching data from a URL) is refused by this endpoint")
    return scanned


def _graph_iris(params: dict[str, list[str]], name: str) -> list[str]:
    iris = params.get(name, [])
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise ProtocolError(400, "bad graph IRI", f"{name} {iri!r} is not an absolute IRI: {exc}") from exc
    return iris


def _dataset(params: dict[str, list[str]], scanned: QueryText) -> Dataset:
    default, named = _graph_iris(params, "default-graph-uri"), _graph_iris(params, "named-graph-uri")
    if default or named:
        return {"default": default, "named": named}
    if scanned.has_dataset_clause:
        return None
    return "union"


def _engine(request: Request) -> QueryEngine:
    return request.app.state.query_engine


CLIENT_DISCONNECTED = "the client disconnected"
SERVER_STOPPING = "the server is stopping"


class ClientDisconnected(Exception):
    """The client closed the connection before its answer was ready."""


async def _disconnect(request: Request) -> None:
    """Returns once the client has closed the connection (the request's body has been read already)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _answer_unless_gone(request: Request, answer: Awaitable[T]) -> T:
    """Await ``answer``, unless the client hangs up or the server is told to stop first.

    uvicorn goes on running the handler of a client that left, so without this a query nobody waits
    for keeps its worker (or its request to the SPARQL server behind us) busy until the timeout:
    cancelled with the reason as its message, the pool kills that worker at once and logs why. A
    server told to stop (``app.stopping_on_signals``) cancels the query the same way and answers 503
    at once, rather than waiting for the query, up to the timeout, before it stops."""
    answering = asyncio.ensure_future(answer)
    disconnected = asyncio.ensure_future(_disconnect(request))
    stopping_event: asyncio.Event | None = getattr(request.app.state, "stopping", None)
    stopping = asyncio.ensure_future(stopping_event.wait()) if stopping_event is not None else None
    waiting = {answering, disconnected} | ({stopping} if stopping is not None else set())
    try:
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
    finally:
        client_gone = disconnected.done() and not disconnected.cancelled()
        disconnected.cancel()
        if stopping is not None:
            stopping.cancel()
        if not answering.done():
            answering.cancel(CLIENT_DISCONNECTED if client_gone else SERVER_STOPPING)
            with contextlib.suppress(BaseException):
                await answering
    if answering.cancelled():
        if client_gone:
            raise ClientDisconnected
        raise ProtocolError(503, "server stopping", "the server is stopping; the query was stopped. Try again "
                            "once it is back", headers={"Retry-After": "5"})
    return answering.result()


# -- the endpoint ------------------------------------------------------------------------------


_PARAMETERS = [
    {"name": "query", "in": "query", "schema": {"type": "string"},
     "description": "The SPARQL query (GET, or POST as a form field).",
     "example": "SELECT ?doc ?number WHERE { ?doc <http://data.europa.eu/eli/ontology#id_local> ?number } LIMIT 10"},
    {"name": "default-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graphs whose merge is the default graph (instead of the union of all graphs)."},
    {"name": "named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
     "description": "The named graphs of the dataset."},
    {"name": "format", "in": "query", "schema": {"type": "string"},
     "description": "Overrides Accept: json, xml, csv, tsv, turtle, ntriples, nquads, jsonld, rdfxml, trig."},
]
_RESPONSES = {
    "200": {"description": "Results in the negotiated format (GET without a query: the service description)",
            "content": {media: {} for media in dict.fromkeys(
                offer.media_type for offer in negotiation.RESULTS_OFFERS + negotiation.GRAPH_OFFERS)}},
    "400": {"description": "Syntax error (with line and column), or a bad request"},
    "406": {"description": "No acceptable response type"},
    "503": {"description": "Query timeout, query over the memory cap, every worker busy, or the server stopping"},
}
_REQUEST_BODY = {
    "required": True,
    "content": {
        _FORM: {"schema": {"type": "object", "properties": {
            "query": {"type": "string"}, "update": {"type": "string"},
            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
            "named-graph-uri": {"type": "array", "items": {"type": "string"}}}}},
        _QUERY: {"schema": {"type": "string"}, "example": "ASK { ?s ?p ?o }"},
        _UPDATE: {"schema": {"type": "string"},
                  "example": "INSERT DATA { GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> 1 } }"},
    },
}
_DESCRIPTION = (__doc__ or "").split("Errors are JSON")[0]


@router.get("/sparql", summary="SPARQL 1.1 query (or the service description)", description=_DESCRIPTION,
            response_class=Response, openapi_extra={"parameters": _PARAMETERS, "responses": _RESPONSES})
async def sparql_get(request: Request, settings: SettingsDep) -> Response:
    return await sparql_endpoint(request, settings)


@router.head("/sparql", include_in_schema=False)
async def sparql_head(request: Request, settings: SettingsDep) -> Response:
    return await sparql_endpoint(request, settings)


@router.post(
    "/sparql", summary="SPARQL 1.1 query or update", description=_DESCRIPTION, response_class=Response,
    openapi_extra={"parameters": _PARAMETERS[1:], "requestBody": _REQUEST_BODY,
                   "responses": {**_RESPONSES, "204": {"description": "Update applied"}}},
)
async def sparql_post(request: Request, settings: SettingsDep) -> Response:
    return await sparql_endpoint(request, settings)


async def sparql_endpoint(request: Request, settings: Settings) -> Response:
    """Every method's answer: a query, an update, or the service description."""
    try:
        params, operation, text = await _read_request(request, settings)
        if operation == "update":
            return await _update(request, params, text or "", settings)
        if operation is None:
            if request.method != "POST" and set(params) <= {"format"}:
                return service_description(request, settings, _first(params, "format"))
            raise ProtocolError(400, "missing query", "give the query in the 'query' parameter or as the POST body")
        return await _query(request, params, text or "", settings)
    except Problem as exc:  # the endpoint's own ProtocolError, or a Problem of the shared body reader
        return problem_response(exc)


async def _query(request: Request, params: dict[str, list[str]], query: str, settings: Settings) -> Response:
    scanned = _checked_text(query, settings, "query")
    format_param = _first(params, "format")
    if format_param is not None and not negotiation.known_format(format_param):
        raise ProtocolError(400, "unknown format",
                            f"format {format_param!r} is not one of {', '.join(negotiation.FORMAT_NAMES)}")
    dataset = _dataset(params, scanned)
    try:
        answer = await _answer_unless_gone(request, _engine(request).query(
            query, base_iri=settings.base_iri, dataset=dataset, accept=request.headers.get("accept"),
            format=format_param,
        ))
    except QuerySyntaxError as exc:
        raise ProtocolError(400, "syntax error", str(exc), line=exc.line, column=exc.column) from exc
    except InvalidQuery as exc:
        raise ProtocolError(400, "invalid query", str(exc)) from exc
    except QueryEvaluationError as exc:
        raise ProtocolError(400, "evaluation error", str(exc)) from exc
    except WorkerCrashed as exc:
        raise ProtocolError(400, "query too complex", str(exc)) from exc
    except NotAcceptable as exc:
        raise ProtocolError(406, "not acceptable", f"{exc}; available: {negotiation.available(exc.form)}",
                            headers={"Vary": "Accept"}) from exc
    except ResultTooLarge as exc:
        raise ProtocolError(422, "result too large", f"{exc}; add LIMIT, or narrow the query") from exc
    except QueryTimeout as exc:
        raise ProtocolError(503, "query timeout", str(exc), timeout_s=exc.seconds) from exc
    except QueryOverMemory as exc:
        raise ProtocolError(503, "query needs too much memory", str(exc), memory_mb=exc.megabytes) from exc
    except WorkersBusy as exc:
        raise ProtocolError(503, "busy", str(exc), headers={"Retry-After": "5"}) from exc
    except QueryFailed as exc:
        return problem(500, "query failed", str(exc))
    except ClientDisconnected:
        return Response(status_code=499)  # nginx's "client closed request", for the log: nobody reads it
    if negotiation.is_xml(answer.media_type):
        refuse_unwritable_xml(answer.body)
    return Response(answer.body, media_type=negotiation.content_type(answer.media_type), headers={"Vary": "Accept"})


def refuse_unwritable_xml(body: bytes) -> None:
    """A 406 for an XML answer that would hold a character XML 1.0 cannot (stored text may hold C0
    controls: the evidence is cut from the text exactly, and Oxigraph writes the character raw), so
    that no client gets an ill-formed document; JSON, CSV and the other RDF syntaxes keep it exactly."""
    found = negotiation.NOT_IN_XML_UTF8.search(body)
    if found is not None:
        raise ProtocolError(
            406, "not acceptable",
            f"the answer holds U+{ord(found.group().decode('utf-8')):04X}, which XML 1.0 cannot hold; ask for "
            "application/sparql-results+json or text/csv (SELECT, ASK) or text/turtle, application/n-triples "
            "or application/ld+json (CONSTRUCT, DESCRIBE), which keep it exactly", headers={"Vary": "Accept"})


def _authorize_update(request: Request, settings: Settings) -> None:
    if not settings.update_token:
        raise ProtocolError(403, "updates are disabled", "SPARQL Update is not enabled on this endpoint")
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        raise ProtocolError(401, "unauthorized", "SPARQL Update needs an 'Authorization: Bearer <token>' header",
                            headers={"WWW-Authenticate": 'Bearer realm="policygraph"'})
    if not hmac.compare_digest(credentials.strip().encode(), settings.update_token.encode()):
        raise ProtocolError(403, "forbidden", "the bearer token is not the update token")


async def _update(request: Request, params: dict[str, list[str]], update: str, settings: Settings) -> Response:
    _authorize_update(request, settings)
    _checked_text(update, settings, "update")
    if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
        raise ProtocolError(
            400, "not supported",
            "using-graph-uri / using-named-graph-uri are not supported; put USING clauses in the update",
        )
    engine = _engine(request)
    try:
        # Parsed apart first (in a worker, for the embedded store): an update that crashes or hangs
        # the parser never reaches the process that writes.
        await engine.check_update(update, base_iri=settings.base_iri)
        await engine.apply_update(update)
    except QuerySyntaxError as exc:
        raise ProtocolError(400, "syntax error", str(exc), line=exc.line, column=exc.column) from exc
    except WorkerCrashed as exc:
        raise ProtocolError(400, "update too complex", str(exc)) from exc
    except QueryTimeout as exc:
        raise ProtocolError(503, "update timeout", f"checking the update took too long: {exc}",
                            timeout_s=exc.seconds) from exc
    except WorkersBusy as exc:
        raise ProtocolError(503, "busy", str(exc), headers={"Retry-After": "5"}) from exc
    except QueryError as exc:
        raise ProtocolError(400, "update failed", str(exc)) from exc
    except StoreError as exc:
        raise ProtocolError(502, "store unavailable", str(exc)) from exc
    return Response(status_code=204)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_wrong_method(request: Request) -> Response:
    return problem(405, "method not allowed", f"/sparql answers {ALLOWED_METHODS}, not {request.method}",
                   headers={"Allow": ALLOWED_METHODS})


@router.options("/sparql", include_in_schema=False)
async def sparql_options() -> Response:
    return Response(status_code=204, headers={"Allow": ALLOWED_METHODS})


# -- service description -----------------------------------------------------------------------

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG")


def service_description_triples(endpoint: str, settings: Settings) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of this endpoint, true to its settings."""
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    service = ox.NamedNode(endpoint)

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
    ]
    if settings.update_token:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
        triples.append(ox.Triple(service, sd("feature"), sd("EmptyGraphs")))
    if settings.allow_service:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in _RESULT_FORMATS]
    dataset, default_graph = ox.BlankNode("dataset"), ox.BlankNode("defaultGraph")
    triples += [
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, rdf_type, sd("Graph")),
        ox.Triple(default_graph, ox.NamedNode("http://purl.org/dc/terms/description"),
                  ox.Literal("The union of all the graphs of the store", language="en")),
    ]
    return triples


def service_description(request: Request, settings: Settings, format_param: str | None) -> Response:
    if format_param is not None and not negotiation.known_format(format_param):
        return problem(400, "unknown format", f"format {format_param!r} is not an RDF format")
    offer = negotiation.choose("describe", request.headers.get("accept"), format_param)
    if offer is None:
        return problem(406, "not acceptable",
                       f"the service description is available as {negotiation.available('describe')}",
                       headers={"Vary": "Accept"})
    endpoint = str(request.url.replace(query=""))
    body = ox.serialize(
        service_description_triples(endpoint, settings), format=ox.RdfFormat.from_media_type(offer.serialization),
        prefixes={"sd": SD, "formats": FORMATS, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    )
    return Response(body, media_type=negotiation.content_type(offer.media_type), headers={"Vary": "Accept"})
