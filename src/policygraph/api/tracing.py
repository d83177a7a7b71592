"""GET /trace: the typed chain of links from one document to another, each with its evidence.

A browser (Accept preferring text/html) gets the trace view instead: a from/to form that submits to
/trace?from=..&to=.. (so a chain has a URL to share) and draws the chain. The page carries the JSON
answer of the same URL, so it needs no second request, and its HTTP status is that answer's (200,
404 for an unknown number, 409 for an ambiguous one); without `from` it is the empty form. JSON
clients get exactly the JSON route: its parameters, validation and OpenAPI description are untouched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute

from policygraph.api.catalogue import catalogue_for
from policygraph.api.documents import PAGE_OR_JSON
from policygraph.api.http_bodies import negotiate
from policygraph.api.models import Evidence, Problem, TraceHop, TraceResult, document_refs, problem
from policygraph.api.query_page import WEB_DIR
from policygraph.catalogue import DocumentCatalogue
from policygraph.errors import EmptyStoreError, InputError
from policygraph.trace import trace

ANSWER_PLACEHOLDER = "{{TRACE_ANSWER}}"


def trace_page(status: int, answer: object) -> HTMLResponse:
    """The trace view with ``answer`` (the JSON of the same URL, or null) embedded for its script.

    The JSON goes inside a <script type="application/json"> element, whose content the browser does
    not decode: every "<" is written as the JSON escape \\u003c, so no value can close the element."""
    embedded = json.dumps(answer, ensure_ascii=False).replace("<", "\\u003c")
    page = (WEB_DIR / "trace.html").read_text(encoding="utf-8").replace(ANSWER_PLACEHOLDER, embedded)
    return HTMLResponse(page, status_code=status, headers={"Cache-Control": "no-cache", "Vary": "Accept"})


class TracePageRoute(APIRoute):
    """GET /trace answering a browser with the trace view, everyone else with the JSON route."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        answer_json = super().get_route_handler()

        async def answer(request: Request) -> Response:
            if negotiate(request.headers.get("accept"), PAGE_OR_JSON, "application/json") != "text/html":
                return await answer_json(request)
            if not request.query_params.get("from", "").strip():
                return trace_page(200, None)
            try:
                response = await answer_json(request)
            except RequestValidationError as exc:
                return trace_page(422, {"status": 422, "error": "invalid request",
                                        "detail": "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors()),
                                        "errors": jsonable_encoder(exc.errors())})
            return trace_page(response.status_code, json.loads(bytes(response.body)))

        return answer


router = APIRouter(tags=["trace"], route_class=TracePageRoute)


def _resolve(documents: DocumentCatalogue, reference: str, role: str) -> str | JSONResponse:
    found = documents.resolve(reference)
    if not found:
        return problem(404, "unknown document",
                       f"{role}={reference!r}: no document with that number or id in the store; "
                       "list documents at /documents")
    if len(found) > 1:
        refs = document_refs(documents.refs(found))
        return problem(409, "ambiguous number",
                       f"{role}={reference!r} names {len(found)} documents; give one of their ids instead",
                       candidates=[refs[iri] for iri in found])
    return found[0]


@router.get(
    "/trace",
    summary="Trace the chain of links between two documents",
    response_model=TraceResult,
    responses={
        200: {"content": {"text/html": {}},
              "description": "The chain (JSON), or the trace view for people when the client prefers text/html."},
        404: {"model": Problem, "description": "No document with that number or id."},
        409: {"model": Problem, "description": "The number names several documents; `candidates` lists them."},
    },
    description="The shortest chain of typed links (implements, continues, legal basis, amends ...) that leads "
    "from `from` to `to`, following the links' direction, each hop with the sentence that states it, its source "
    "file and offsets. Without `to`: every link reachable from `from`, breadth first. No chain is not an error: "
    "`found` is false and `hops` empty. A browser (Accept: text/html first) gets the trace view: a form, and the "
    "chain drawn with each hop's sentence.",
)
def trace_chain(
    request: Request,
    from_: Annotated[str, Query(alias="from", min_length=1, max_length=300,
                                description="The document to start from: its official number or its id.",
                                examples=["7/NQ-CP"])],
    to: Annotated[str | None, Query(max_length=300, description="The document to reach: number or id.",
                                    examples=["45-NQ/TW"])] = None,
) -> TraceResult | JSONResponse:
    store = request.app.state.store
    documents = catalogue_for(request)
    start = _resolve(documents, from_, "from")
    if isinstance(start, JSONResponse):
        return start
    goal = None
    if to is not None and to.strip():
        goal = _resolve(documents, to, "to")
        if isinstance(goal, JSONResponse):
            return goal
    try:
        hops = trace(store, start, goal)
    except EmptyStoreError as exc:
        return problem(503, "empty store", str(exc))
    except InputError as exc:
        return problem(404, "unknown document", str(exc))
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
