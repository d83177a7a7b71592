"""POST /validate: a text or RDF in (by Content-Type), the SHACL report out (JSON, Turtle or text).

Texts are extracted and mapped as ingest would; RDF is read by the same parser as `policygraph
validate` (Oxigraph's: syntax errors carry line and column, a remote JSON-LD @context is never
fetched). Nothing is stored.
"""

from __future__ import annotations

import json
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from rdflib import Graph
from starlette.concurrency import run_in_threadpool

from policygraph.api.bodies import negotiate_or_refuse, read_text_body, request_body_doc
from policygraph.api.deps import PIPELINE_LOCK, SettingsDep, StoreDep, TextExtractorDep
from policygraph.api.problems import Problem, problem_responses
from policygraph.api.schemas.extract import TEXT_EXAMPLE
from policygraph.api.schemas.validation import ValidationReportOut
from policygraph.config import Settings
from policygraph.errors import InputError
from policygraph.store.base import GraphStore
from policygraph.validation.validate import ValidationReport

router = APIRouter(tags=["extract and validate"])

RDF_INPUT = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
REPORT_OUTPUT = {"application/json": "json", "text/turtle": "turtle", "text/plain": "text"}
TURTLE_EXAMPLE = """@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
<https://w3id.org/policygraph/id/doc/nq/2025/7-nq-cp> a pg:PolicyDocument ;
    eli:id_local "7/NQ-CP" .
"""


def parse_rdf(text: str, fmt: ox.RdfFormat, base_iri: str, max_nesting: int) -> Graph:
    """The body's triples; relative IRIs resolve under ``{base_iri}upload/``. InputError when it does not parse."""
    from policygraph.validation.inputs import parse_rdf_text

    return parse_rdf_text(text, fmt, source="request body", base_iri=base_iri.rstrip("/") + "/upload/",
                          max_nesting=max_nesting)


def validate(graph: Graph, against_store: bool, store: GraphStore, settings: Settings) -> ValidationReport:
    from policygraph.validation.inputs import validate_against_store
    from policygraph.validation.validate import validate_graph

    with PIPELINE_LOCK:
        engine, ontology_dir = settings.shacl_engine, settings.ontology_dir
        if against_store:
            return validate_against_store(graph, store, engine=engine, ontology_dir=ontology_dir)
        return validate_graph(graph, engine=engine, ontology_dir=ontology_dir)


@router.post(
    "/validate",
    summary="Validate a text or RDF against the SHACL shapes",
    response_model=ValidationReportOut,
    responses={
        200: {"content": {"text/turtle": {"example": "@prefix sh: <http://www.w3.org/ns/shacl#> ..."},
                          "text/plain": {"example": "conforms: 0 violations, 0 warnings, 0 infos"}},
              "description": "The report (also when the data does not conform: see `conforms`)."},
        **problem_responses({
            400: "Unparsable RDF (with `line` and `column`), non-UTF-8 or empty.",
            406: None, 413: None,
            415: "A Content-Type that is neither text nor a known RDF syntax.",
        }),
    },
    openapi_extra=request_body_doc({
        "text/plain": {"example": TEXT_EXAMPLE},
        "text/turtle": {"example": TURTLE_EXAMPLE},
        "application/n-triples": {"example": '<https://w3id.org/policygraph/id/doc/nq/2025/7-nq-cp> '
                                             '<http://data.europa.eu/eli/ontology#id_local> "7/NQ-CP" .\n'},
        "application/ld+json": {"example": {"@id": "https://w3id.org/policygraph/id/doc/nq/2025/7-nq-cp",
                                            "@type": "https://w3id.org/policygraph/ontology#PolicyDocument"}},
        "application/rdf+xml": {"example": '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf='
                                           '"http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'},
    }),
    description="The body's Content-Type says what it is: `text/plain` is a text, extracted first exactly as "
    "ingest would; `text/turtle`, `application/n-triples`, `application/ld+json`, `application/rdf+xml` (and "
    "N-Quads, TriG) are RDF. The answer is the SHACL report as `policygraph validate --format json` prints it, "
    "or the standard SHACL report graph with `Accept: text/turtle`, or readable text with `Accept: text/plain`. "
    "RDF that does not parse is a 400 with the parser's `line` and `column`. `against_store=true` adds what the "
    "store says about the documents the data mentions, so cross-document rules apply, and reports on the "
    "data's own nodes (nothing is stored).",
)
async def validate_endpoint(
    request: Request,
    settings: SettingsDep,
    store: StoreDep,
    extractor: TextExtractorDep,
    source: Annotated[str | None, Query(max_length=300, description="A name for a text/plain body.")] = None,
    against_store: Annotated[bool, Query(description="Resolve the documents the data mentions against the "
                                                     "stored corpus.")] = False,
) -> Response:
    output = negotiate_or_refuse(request.headers.get("accept"), tuple(REPORT_OUTPUT))
    body = await read_text_body(request, settings.max_request_bytes)
    if not body.text.strip():
        raise Problem(400, "empty body", "send a text (text/plain) or RDF to validate")
    if body.media_type in {"text/plain", ""}:
        extraction = await run_in_threadpool(extractor.extract, body.text, source)
        graph = await run_in_threadpool(extractor.graph, extraction)
    elif body.media_type in RDF_INPUT:
        try:
            graph = await run_in_threadpool(parse_rdf, body.text, RDF_INPUT[body.media_type], settings.base_iri,
                                            settings.max_data_nesting)
        except InputError as exc:
            raise Problem(400, "RDF syntax error", str(exc), line=exc.line, column=exc.column) from exc
    else:
        raise Problem(415, "unsupported media type",
                      f"send text/plain or RDF ({', '.join(RDF_INPUT)}), not {body.media_type!r}")
    report = await run_in_threadpool(validate, graph, against_store, store, settings)
    from policygraph.validation.report import render_report

    rendered = render_report(report, REPORT_OUTPUT[output], settings.base_iri)  # type: ignore[arg-type]
    if output == "application/json":
        return JSONResponse(json.loads(rendered))
    return Response(rendered, media_type=f"{output}; charset=utf-8")
