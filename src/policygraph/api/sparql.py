"""The SPARQL 1.1 Protocol endpoint at /sparql.

Query by GET ``?query=``, POST ``application/x-www-form-urlencoded`` or POST
``application/sparql-query``. The default graph is the union of the named graphs (one per source
text, plus the ontology), unless the request names ``default-graph-uri`` / ``named-graph-uri``, in
which case the dataset is exactly what it names. Errors in the request are 4xx with the parser's
message and position, never a 500.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from policygraph.api.negotiation import choose_media_type
from policygraph.config import get_settings
from policygraph.store.embedded import query_syntax_error

router = APIRouter()

_STRIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def uses_service(query: str) -> bool:
    """True when the query has a SERVICE clause (outside strings, IRIs and comments)."""
    return bool(_SERVICE.search(_STRIP.sub(" ", query)))


def problem(status: int, title: str, detail: str, **extra: object) -> JSONResponse:
    return JSONResponse({"status": status, "error": title, "detail": detail, **extra}, status_code=status)


async def _read_request(request: Request) -> tuple[dict[str, list[str]], str | None] | JSONResponse:
    params = parse_qs(request.url.query, keep_blank_values=True)
    if request.method == "GET":
        return params, None
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if len(body) > get_settings().max_request_bytes:
        return problem(413, "request too large", f"the body exceeds {get_settings().max_request_bytes} bytes")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return problem(400, "bad encoding", f"the body is not UTF-8 (byte offset {exc.start})")
    if content_type == "application/x-www-form-urlencoded":
        for key, values in parse_qs(text, keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
        return params, None
    if content_type == "application/sparql-query":
        return params, text
    if content_type == "application/sparql-update":
        return problem(403, "updates are disabled", "SPARQL Update is not enabled on this endpoint")
    return problem(
        415, "unsupported media type",
        f"POST needs application/x-www-form-urlencoded or application/sparql-query, not {content_type!r}",
    )


def service_description(request: Request) -> Response:
    endpoint = str(request.url.replace(query=""))
    turtle = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .

<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
        fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:N-Quads, fmt:JSON-LD, fmt:RDF_XML ;
    sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
    if not get_settings().allow_service:
        turtle = turtle.replace("sd:UnionDefaultGraph, sd:BasicFederatedQuery", "sd:UnionDefaultGraph")
    return Response(turtle, media_type="text/turtle")


@router.api_route("/sparql", methods=["GET", "POST"], include_in_schema=True, summary="SPARQL 1.1 query endpoint")
async def sparql_endpoint(request: Request) -> Response:
    read = await _read_request(request)
    if isinstance(read, Response):
        return read
    params, direct_query = read
    queries = params.get("query", [])
    if direct_query is None and not queries:
        if request.method == "GET" and not params:
            return service_description(request)
        if "update" in params:
            return problem(403, "updates are disabled", "SPARQL Update is not enabled on this endpoint")
        return problem(400, "missing query", "give the query in the 'query' parameter or as the POST body")
    if direct_query is None and len(queries) > 1:
        return problem(400, "several queries", "give exactly one 'query' parameter")
    query = direct_query if direct_query is not None else queries[0]
    if uses_service(query) and not get_settings().allow_service:
        return problem(400, "SERVICE is disabled", "federated queries (SERVICE) are refused by this endpoint")
    store: ox.Store = request.app.state.store.raw
    default_graphs = params.get("default-graph-uri", [])
    named_graphs = params.get("named-graph-uri", [])
    try:
        if default_graphs or named_graphs:
            results = store.query(
                query,
                default_graph=[ox.NamedNode(g) for g in default_graphs] or None,
                named_graphs=[ox.NamedNode(g) for g in named_graphs] or None,
            )
        else:
            results = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as exc:
        error = query_syntax_error(exc)
        return problem(400, "syntax error", str(exc), line=error.line, column=error.column)  # type: ignore[attr-defined]
    except ValueError as exc:
        return problem(400, "bad request", str(exc))
    form = "select" if isinstance(results, ox.QuerySolutions) else "ask" if isinstance(results, ox.QueryBoolean) else "construct"
    format_param = (params.get("format") or [None])[0]
    media = choose_media_type(request.headers.get("accept"), form, format_param)
    if media is None:
        return problem(406, "not acceptable", f"no acceptable result type for a {form.upper()} query")
    if form == "construct":
        body = results.serialize(format=ox.RdfFormat.from_media_type(media))
    else:
        body = results.serialize(format=ox.QueryResultsFormat.from_media_type(media))
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    return Response(body, media_type=media + charset)
