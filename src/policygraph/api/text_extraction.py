"""POST /extract: a text in, what the pipeline finds in it out (JSON as `policygraph extract
--format json` prints it, or RDF by Accept). Nothing is stored."""

from __future__ import annotations

import json
import threading
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from rdflib import Graph
from starlette.concurrency import run_in_threadpool

from policygraph.api.http_bodies import negotiate, not_acceptable, read_text_body
from policygraph.api.models import ExtractionResult, ExtractRequest, Problem, problem
from policygraph.model import Extraction

router = APIRouter(tags=["extract and validate"])

# spaCy pipelines are not documented as thread-safe, and one extraction keeps a core busy anyway:
# requests take turns (the SPARQL endpoint and the document API are not held up by this).
PIPELINE_LOCK = threading.Lock()
DEFAULT_SOURCE = "<text>"
RDF_OUTPUT = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}
EXTRACT_OUTPUT = {"application/json": "json", **RDF_OUTPUT}
TEXT_EXAMPLE = ("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW "
                "ngày 30/9/2024 của Bộ Chính trị.")


def extract(text: str, source: str) -> Extraction:
    from policygraph.extract.pipeline import extract_text

    with PIPELINE_LOCK:
        return extract_text(text, source)


def extraction_graph(extraction: Extraction) -> Graph:
    from policygraph.rdf.mapping import ExtractionMapper

    return ExtractionMapper().to_graph(extraction)


def json_position_problem(exc: json.JSONDecodeError) -> JSONResponse:
    return problem(400, "invalid JSON", f"the body is not valid JSON: {exc.msg}", line=exc.lineno, column=exc.colno)


def request_body_doc(examples: dict[str, dict[str, object]]) -> dict[str, object]:
    return {"requestBody": {"required": True, "content": {
        media: {"schema": spec.get("schema", {"type": "string"}), "example": spec["example"]}
        for media, spec in examples.items()
    }}}


@router.post(
    "/extract",
    summary="Extract references and links from a text",
    response_model=ExtractionResult,
    responses={
        200: {"content": {"text/turtle": {"example": "@prefix pg: <https://w3id.org/policygraph/ontology#> ..."},
                          "application/n-triples": {}, "application/ld+json": {}, "application/rdf+xml": {}},
              "description": "The extraction: JSON (the default), or its RDF by Accept."},
        400: {"model": Problem, "description": "An empty, non-UTF-8 or malformed body (with line and column)."},
        406: {"model": Problem}, 413: {"model": Problem}, 415: {"model": Problem},
        422: {"model": Problem, "description": "JSON without a `text` string."},
    },
    openapi_extra=request_body_doc({
        "text/plain": {"example": TEXT_EXAMPLE},
        "application/json": {"schema": ExtractRequest.model_json_schema(),
                             "example": {"text": TEXT_EXAMPLE, "source": "example.txt"}},
    }),
    description="Send the text as `text/plain` (name it with `?source=`) or as JSON `{\"text\", \"source\"}`. "
    "The answer is what `policygraph extract --format json` prints: the references with their offsets and "
    "the typed links with their evidence. With `Accept: text/turtle` (or N-Triples, JSON-LD, RDF/XML) the "
    "answer is the RDF that ingesting the text would store. Offsets are characters into the text as sent.",
)
async def extract_endpoint(
    request: Request,
    source: Annotated[str | None, Query(max_length=300, description="A name for a text/plain body.")] = None,
) -> Response:
    output = negotiate(request.headers.get("accept"), EXTRACT_OUTPUT, "application/json")
    if output is None:
        return not_acceptable(EXTRACT_OUTPUT)
    body = await read_text_body(request)
    if isinstance(body, Response):
        return body
    if body.media_type == "application/json":
        try:
            payload = ExtractRequest.model_validate(json.loads(body.text))
        except json.JSONDecodeError as exc:
            return json_position_problem(exc)
        except ValidationError as exc:
            return problem(422, "invalid request", "JSON bodies are {\"text\": \"...\", \"source\": \"name.txt\"}: "
                           + "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors()))
        text, name = payload.text, payload.source or source or DEFAULT_SOURCE
    elif body.media_type in {"text/plain", ""}:
        text, name = body.text, source or DEFAULT_SOURCE
    else:
        return problem(415, "unsupported media type",
                       f"send the text as text/plain or as application/json {{\"text\", \"source\"}}, "
                       f"not {body.media_type!r}")
    if not text.strip():
        return problem(400, "empty text", "the body holds no text to extract from")
    extraction = await run_in_threadpool(extract, text, name)
    if output == "application/json":
        return JSONResponse(extraction.to_json())
    graph = await run_in_threadpool(extraction_graph, extraction)
    return Response(graph.serialize(format=RDF_OUTPUT[output]), media_type=f"{output}; charset=utf-8")

