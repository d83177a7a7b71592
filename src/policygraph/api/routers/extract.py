"""POST /extract: a text in, what the pipeline finds in it out (JSON as `policygraph extract
--format json` prints it, or RDF by Accept). Nothing is stored.

The pipeline is the one of the settings' data folders (``deps.TextExtractor``), so an edited
POLICYGRAPH_PATTERNS_DIR changes what this route finds as it changes what the CLI finds."""

from __future__ import annotations

import json
import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from policygraph.api import negotiation
from policygraph.api.bodies import TextBody, negotiate_or_refuse, read_text_body, request_body_doc
from policygraph.api.deps import SettingsDep, TextExtractorDep
from policygraph.api.problems import Problem, problem_responses
from policygraph.api.schemas.extract import TEXT_EXAMPLE, ExtractionResult, ExtractRequest
from policygraph.errors import InputError
from policygraph.nesting import check_data_nesting

router = APIRouter(tags=["extract and validate"])

RDF_OUTPUT = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
EXTRACT_OUTPUT = ("application/json", *RDF_OUTPUT)


def refuse_unrepresentable_in_xml(text: str, name: str) -> None:
    """A 406 when the statements would hold a character XML 1.0 cannot (most C0 controls, even as
    ``&#1;``), so that RDF/XML is never answered ill-formed.

    The evidence literals are cut from the text exactly (their offsets point into it), so the
    character is not dropped or replaced: Turtle, N-Triples and JSON-LD carry it as it is."""
    for field, value in (("text", text), ("source", name)):
        if (found := negotiation.NOT_IN_XML.search(value)) is not None:
            others = ", ".join(media for media in RDF_OUTPUT if media != "application/rdf+xml")
            raise Problem(406, "not acceptable", f"`{field}` holds U+{ord(found.group()):04X} at offset "
                          f"{found.start()}, which XML 1.0 cannot hold; ask for {others}, which keep it exactly",
                          offset=found.start())


def json_request(body: TextBody, source: str | None, max_nesting: int) -> tuple[str, str | None]:
    """The text and source name of a JSON body; 400 (with line and column) or 422 when it is not one."""
    try:
        check_data_nesting(body.text, "json", max_nesting, source="request body")
        payload = ExtractRequest.model_validate(json.loads(body.text))
    except InputError as exc:
        raise Problem(400, "too deeply nested", str(exc), line=exc.line, column=exc.column) from exc
    except json.JSONDecodeError as exc:
        raise Problem(400, "invalid JSON", f"the body is not valid JSON: {exc.msg}",
                      line=exc.lineno, column=exc.colno) from exc
    except ValidationError as exc:
        raise Problem(422, "invalid request", "JSON bodies are {\"text\": \"...\", \"source\": \"name.txt\"}: "
                      + "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
                      ) from exc
    except ValueError as exc:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        raise Problem(400, "invalid JSON", f"the body cannot be read: {exc}") from exc
    text, name = payload.text, payload.source or source
    for field, value in (("text", text), ("source", name or "")):
        if (surrogate := LONE_SURROGATE.search(value)) is not None:
            raise Problem(400, "invalid text", f"`{field}` holds a lone surrogate "
                          f"(\\u{ord(surrogate.group()):04x}) at offset {surrogate.start()}, which is not a "
                          "character; escape a character outside the BMP as a surrogate pair, or send UTF-8",
                          offset=surrogate.start())
    return text, name


@router.post(
    "/extract",
    summary="Extract references and links from a text",
    response_model=ExtractionResult,
    responses={
        200: {"content": {"text/turtle": {"example": "@prefix pg: <https://w3id.org/policygraph/ontology#> ..."},
                          "application/n-triples": {}, "application/ld+json": {}, "application/rdf+xml": {}},
              "description": "The extraction: JSON (the default), or its RDF by Accept."},
        **problem_responses({
            400: "An empty, non-UTF-8, malformed or too deeply nested body (with line and column), or a lone "
                 "surrogate in `text` or `source` (with its offset).",
            406: "No offered type is acceptable, or RDF/XML for a text holding a control character XML 1.0 cannot "
                 "write (with its offset).",
            413: None, 415: None,
            422: "JSON without a `text` string.",
        }),
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
    settings: SettingsDep,
    extractor: TextExtractorDep,
    source: Annotated[str | None, Query(max_length=300, description="A name for a text/plain body.")] = None,
) -> Response:
    output = negotiate_or_refuse(request.headers.get("accept"), EXTRACT_OUTPUT)
    body = await read_text_body(request, settings.max_request_bytes)
    if body.media_type == "application/json":
        text, name = json_request(body, source, settings.max_data_nesting)
    elif body.media_type in {"text/plain", ""}:
        text, name = body.text, source
    else:
        raise Problem(415, "unsupported media type",
                      f"send the text as text/plain or as application/json {{\"text\", \"source\"}}, "
                      f"not {body.media_type!r}")
    if not text.strip():
        raise Problem(400, "empty text", "the body holds no text to extract from")
    if output == "application/rdf+xml":
        refuse_unrepresentable_in_xml(text, name or "")
    extraction = await run_in_threadpool(extractor.extract, text, name)
    if output == "application/json":
        return JSONResponse(extraction.to_json())
    graph = await run_in_threadpool(extractor.graph, extraction)
    return Response(graph.serialize(format=RDF_OUTPUT[output]), media_type=f"{output}; charset=utf-8")
