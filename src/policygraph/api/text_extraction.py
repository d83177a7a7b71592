"""POST /extract: a text in, what the pipeline finds in it out (JSON as `policygraph extract
--format json` prints it, or RDF by Accept). Nothing is stored."""

from __future__ import annotations

import json
import re
import threading
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from rdflib import Graph
from starlette.concurrency import run_in_threadpool

from policygraph.api.http_bodies import negotiate, not_acceptable, read_text_body
from policygraph.api.models import ExtractionResult, ExtractRequest, Problem, problem
from policygraph.config import get_settings
from policygraph.errors import InputError
from policygraph.model import Extraction
from policygraph.nesting import check_data_nesting

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
# Characters XML 1.0 has no way to write (section 2.2, Char), and lone surrogates (no character at all).
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
EXTRACT_OUTPUT = {"application/json": "json", **RDF_OUTPUT}
TEXT_EXAMPLE = ("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW "
                "ngày 30/9/2024 của Bộ Chính trị.")


def extract(text: str, source: str) -> Extraction:
    from policygraph.extract.pipeline import extract_text

    with PIPELINE_LOCK:
        return extract_text(text, source)


def extraction_graph(extraction: Extraction) -> Graph:
    from policygraph.rdf.mapping import ExtractionMapper

    settings = get_settings()
    return ExtractionMapper(settings.base_iri, settings.patterns_dir, settings.gazetteers_dir,
                            settings.ontology_dir).to_graph(extraction)


def xml_unrepresentable(text: str, name: str) -> JSONResponse | None:
    """A 406 when the statements would hold a character XML 1.0 cannot (most C0 controls, even as
    ``&#1;``), so that RDF/XML is never answered ill-formed; None when RDF/XML can hold them.

    The evidence literals are cut from the text exactly (their offsets point into it), so the
    character is not dropped or replaced: Turtle, N-Triples and JSON-LD carry it as it is."""
    for field, value in (("text", text), ("source", name)):
        if (found := NOT_IN_XML.search(value)) is not None:
            others = ", ".join(media for media in RDF_OUTPUT if media != "application/rdf+xml")
            return problem(406, "not acceptable", f"`{field}` holds U+{ord(found.group()):04X} at offset "
                           f"{found.start()}, which XML 1.0 cannot hold; ask for {others}, which keep it exactly",
                           offset=found.start())
    return None


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
        400: {"model": Problem, "description": "An empty, non-UTF-8, malformed or too deeply nested body (with "
              "line and column), or a lone surrogate in `text` or `source` (with its offset)."},
        406: {"model": Problem, "description": "No offered type is acceptable, or RDF/XML for a text holding a "
              "control character XML 1.0 cannot write (with its offset)."},
        413: {"model": Problem}, 415: {"model": Problem},
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
            check_data_nesting(body.text, "json", get_settings().max_data_nesting, source="request body")
            payload = ExtractRequest.model_validate(json.loads(body.text))
        except InputError as exc:
            return problem(400, "too deeply nested", str(exc), line=exc.line, column=exc.column)
        except json.JSONDecodeError as exc:
            return json_position_problem(exc)
        except ValidationError as exc:
            return problem(422, "invalid request", "JSON bodies are {\"text\": \"...\", \"source\": \"name.txt\"}: "
                           + "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors()))
        except ValueError as exc:  # an integer longer than Python converts (sys.get_int_max_str_digits)
            return problem(400, "invalid JSON", f"the body cannot be read: {exc}")
        text, name = payload.text, payload.source or source or DEFAULT_SOURCE
        for field, value in (("text", text), ("source", name)):
            if (surrogate := LONE_SURROGATE.search(value)) is not None:
                return problem(400, "invalid text", f"`{field}` holds a lone surrogate "
                               f"(\\u{ord(surrogate.group()):04x}) at offset {surrogate.start()}, which is not a "
                               "character; escape a character outside the BMP as a surrogate pair, or send UTF-8",
                               offset=surrogate.start())
    elif body.media_type in {"text/plain", ""}:
        text, name = body.text, source or DEFAULT_SOURCE
    else:
        return problem(415, "unsupported media type",
                       f"send the text as text/plain or as application/json {{\"text\", \"source\"}}, "
                       f"not {body.media_type!r}")
    if not text.strip():
        return problem(400, "empty text", "the body holds no text to extract from")
    if output == "application/rdf+xml" and (refused := xml_unrepresentable(text, name)) is not None:
        return refused
    extraction = await run_in_threadpool(extract, text, name)
    if output == "application/json":
        return JSONResponse(extraction.to_json())
    graph = await run_in_threadpool(extraction_graph, extraction)
    return Response(graph.serialize(format=RDF_OUTPUT[output]), media_type=f"{output}; charset=utf-8")

