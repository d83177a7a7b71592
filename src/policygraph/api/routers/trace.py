"""GET /trace: the typed chain of links from one document to another, each with its evidence.

A browser (Accept preferring text/html) gets the trace view instead (``page_or_json``): a from/to
form that submits to /trace?from=..&to=.. (so a chain has a URL to share) and draws the chain. The
page carries the JSON answer of the same URL, so it needs no second request, and its HTTP status is
that answer's (200, 404 for an unknown number, 409 for an ambiguous one, 422 for a parameter out of
bounds); without `from` it is the empty form. JSON clients get exactly the JSON route: its
parameters, validation and OpenAPI description are untouched.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from policygraph.api.deps import CatalogueDep, StoreDep
from policygraph.api.page_or_json import JsonAnswer, get_page_or_json
from policygraph.api.problems import Problem, problem_responses
from policygraph.api.schemas.common import Evidence, document_refs
from policygraph.api.schemas.trace import TraceHop, TraceResult
from policygraph.api.web_files import web_page
from policygraph.catalogue import DocumentCatalogue
from policygraph.errors import EmptyStoreError, InputError
from policygraph.trace import trace

ANSWER_PLACEHOLDER = "{{TRACE_ANSWER}}"

router = APIRouter(tags=["trace"])


def trace_view(status: int, answer: object) -> HTMLResponse:
    """The trace view with ``answer`` (the JSON of the same URL, or null) embedded for its script.

    The JSON goes inside a <script type="application/json"> element, whose content the browser does
    not decode: every "<" is written as the JSON escape \\u003c, so no value can close the element."""
    embedded = json.dumps(answer, ensure_ascii=False).replace("<", "\\u003c")
    page = web_page("trace.html").replace(ANSWER_PLACEHOLDER, embedded)
    return HTMLResponse(page, status_code=status, headers={"Cache-Control": "no-cache", "Vary": "Accept"})


async def trace_page(request: Request, answer: Callable[[], Awaitable[JsonAnswer]]) -> HTMLResponse:
    if not request.query_params.get("from", "").strip():
        return trace_view(200, None)
    json_answer = await answer()
    return trace_view(json_answer.status, json_answer.body)


def resolve_document(documents: DocumentCatalogue, reference: str, role: str) -> str:
    """The IRI of the one document ``reference`` (a number or an id) names; 404 for none, 409 for several."""
    found = documents.resolve(reference)
    if not found:
        raise Problem(404, "unknown document",
                      f"{role}={reference!r}: no document with that number or id in the store; "
                      "list documents at /documents")
    if len(found) > 1:
        refs = document_refs(documents.refs(found))
        raise Problem(409, "ambiguous number",
                      f"{role}={reference!r} names {len(found)} documents; give one of their ids instead",
                      candidates=[refs[iri] for iri in found])
    return found[0]


@get_page_or_json(
    router, "/trace", trace_page,
    summary="Trace the chain of links between two documents",
    response_model=TraceResult,
    responses=problem_responses({404: "No document with that number or id.",
                                 409: "The number names several documents; `candidates` lists them."}),
    answer_description="The chain (JSON), or the trace view for people when the client prefers text/html.",
    description="The shortest chain of typed links (implements, continues, legal basis, amends ...) that leads "
    "from `from` to `to`, following the links' direction, each hop with the sentence that states it, its source "
    "file and offsets. Without `to`: every link reachable from `from`, breadth first. No chain is not an error: "
    "`found` is false and `hops` empty. A browser (Accept: text/html first) gets the trace view: a form, and the "
    "chain drawn with each hop's sentence.",
)
def trace_chain(
    store: StoreDep,
    documents: CatalogueDep,
    from_: Annotated[str, Query(alias="from", min_length=1, max_length=300,
                                description="The document to start from: its official number or its id.",
                                examples=["7/NQ-CP"])],
    to: Annotated[str | None, Query(max_length=300, description="The document to reach: number or id.",
                                    examples=["45-NQ/TW"])] = None,
) -> TraceResult:
    start = resolve_document(documents, from_, "from")
    goal = resolve_document(documents, to, "to") if to is not None and to.strip() else None
    try:
        hops = trace(store, start, goal)
    except EmptyStoreError as exc:
        raise Problem(503, "empty store", str(exc)) from exc
    except InputError as exc:
        raise Problem(404, "unknown document", str(exc)) from exc
    refs = document_refs(documents.refs({start, *([goal] if goal else []), *(h.source_document for h in hops),
                                         *(h.target_document for h in hops)}))
    return TraceResult(
        start=refs[start],
        goal=refs[goal] if goal else None,
        found=bool(hops) or (goal is not None and goal == start),
        hops=[
            TraceHop(
                step=step,
                from_document=refs[hop.source_document],
                relation=hop.relation,
                to_document=refs[hop.target_document],
                evidence=Evidence(text=hop.evidence, sentence=hop.sentence, source=hop.source_text,
                                  start=hop.start, end=hop.end),
                also_stated_in=list(getattr(hop, "also_stated_in", ())),
            )
            for step, hop in enumerate(hops, 1)
        ],
    )
