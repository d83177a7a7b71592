"""GET /trace: the typed chain of links from one document to another, each with its evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from policygraph.api.catalogue import DocumentCatalogue
from policygraph.api.models import Evidence, Problem, TraceHop, TraceResult, problem
from policygraph.errors import EmptyStoreError, InputError
from policygraph.trace import trace

router = APIRouter(tags=["trace"])


def _resolve(documents: DocumentCatalogue, reference: str, role: str) -> str | JSONResponse:
    found = documents.resolve(reference)
    if not found:
        return problem(404, "unknown document",
                       f"{role}={reference!r}: no document with that number or id in the store; "
                       "list documents at /documents")
    if len(found) > 1:
        refs = documents.refs(found)
        return problem(409, "ambiguous number",
                       f"{role}={reference!r} names {len(found)} documents; give one of their ids instead",
                       candidates=[refs[iri] for iri in found])
    return found[0]


@router.get(
    "/trace",
    summary="Trace the chain of links between two documents",
    response_model=TraceResult,
    responses={
        404: {"model": Problem, "description": "No document with that number or id."},
        409: {"model": Problem, "description": "The number names several documents; `candidates` lists them."},
    },
    description="The shortest chain of typed links (implements, continues, legal basis, amends ...) that leads "
    "from `from` to `to`, following the links' direction, each hop with the sentence that states it, its source "
    "file and offsets. Without `to`: every link reachable from `from`, breadth first. No chain is not an error: "
    "`found` is false and `hops` empty.",
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
    documents = DocumentCatalogue(store)
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
    refs = documents.refs({start, *([goal] if goal else []), *(h.source_document for h in hops),
                           *(h.target_document for h in hops)})
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
