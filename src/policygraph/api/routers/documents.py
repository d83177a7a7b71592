"""GET /documents (list, filtered and paginated), GET /documents/by-number (lookup by official
number) and GET /documents/{id} (one document, its links and their evidence).

A browser gets the list's page and the document's page at the same URLs (``page_or_json``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from policygraph.api.deps import CatalogueDep
from policygraph.api.page_or_json import JsonAnswer, get_page_or_json
from policygraph.api.problems import Problem, problem_responses
from policygraph.api.schemas.common import document_refs, schema_of
from policygraph.api.schemas.documents import DocumentDetail, DocumentList
from policygraph.api.web_files import web_page
from policygraph.catalogue import DocumentCatalogue, DocumentFilter

router = APIRouter(tags=["documents"])

NOT_FOUND = problem_responses({404: "No such document; the message says where to look."})
AMBIGUOUS = problem_responses({409: "The number names several documents; `candidates` lists them."})
BAD_FILTER = problem_responses({400: "A filter that names nothing known (e.g. an unknown kind)."})


async def documents_page(request: Request, answer: Callable[[], Awaitable[JsonAnswer]]) -> HTMLResponse:
    """The list's page. It asks for the same JSON itself (and shows its errors), so nothing is listed here."""
    return HTMLResponse(web_page("documents.html"))


async def document_page(request: Request, answer: Callable[[], Awaitable[JsonAnswer]]) -> HTMLResponse:
    """The document's page, which asks for the same JSON itself, with that answer's status (404 ...)."""
    return HTMLResponse(web_page("document.html"), status_code=(await answer()).status)


@get_page_or_json(
    router, "/documents", documents_page,
    summary="List documents",
    response_model=DocumentList,
    responses=BAD_FILTER,
    answer_description="The list (JSON), or its page for people when the client prefers text/html (a browser "
    "following a link).",
    description="Documents in the graph, ordered by id, filtered by kind, issuer, year or number, one page at "
    "a time. `total` counts all matches; `next` is the path of the next page. Documents that the texts only "
    "refer to are listed too (`ingested: false`). A browser (Accept: text/html first) gets a page that shows "
    "every match as a table.",
)
def list_documents(
    documents: CatalogueDep,
    kind: Annotated[str | None, Query(description="Document kind: a code (NQ, KL, QĐ or QD, NĐ or ND, CT, Luat ...) "
                                                  "or a name (Nghị quyết, Resolution).", examples=["NQ"])] = None,
    issuer: Annotated[str | None, Query(description="An issuer code from the numbers (TW, CP, TTg, QH ...) or the "
                                                    "issuing body's name (Bộ Chính trị, Chính phủ).",
                                        examples=["TW"])] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200, description="The year that identifies the document "
                                                                    "(else the year of its date).",
                                      examples=[2019])] = None,
    number: Annotated[str | None, Query(description="An official number: every document with it (one per year "
                                                    "or kind it may belong to).", examples=["45-NQ/TW"])] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size.")] = 50,
    offset: Annotated[int, Query(ge=0, description="How many matches to skip.")] = 0,
) -> DocumentList:
    filters = DocumentFilter(kind=kind or None, issuer=issuer or None, year=year, number=number or None)
    # An unknown kind is a 400 (problems.REQUEST_ERRORS).
    return schema_of(DocumentList, documents.list_documents(filters, limit, offset))


@router.get(
    "/documents/by-number",
    summary="Find one document by its official number",
    response_model=DocumentDetail,
    responses={**NOT_FOUND, **AMBIGUOUS},
    description="The document whose official number is `number` (leading zeros, case and diacritics do not "
    "matter: 07/NQ-CP is 7/NQ-CP). A number alone may name several documents (\"/NQ-CP\" numbers restart "
    "every year): then the answer is 409 with the `candidates`; ask for one by its id.",
)
def document_by_number(
    documents: CatalogueDep,
    number: Annotated[str, Query(min_length=1, max_length=200, description="The official number.",
                                 examples=["45-NQ/TW"])],
) -> DocumentDetail:
    found = documents.find_by_number(number)
    if not found:
        raise Problem(404, "unknown document",
                      f"no document numbered {number!r} in the store; list documents at /documents")
    if len(found) > 1:
        refs = document_refs(documents.refs(found))
        raise Problem(409, "ambiguous number",
                      f"{number!r} names {len(found)} documents; ask for one by its id: /documents/{{id}}",
                      candidates=[refs[iri] for iri in found])
    return schema_of(DocumentDetail, documents.detail(found[0]))


@get_page_or_json(
    router, "/documents/{document_id:path}", document_page,
    summary="One document with its links and their evidence",
    response_model=DocumentDetail,
    responses=NOT_FOUND,
    answer_description="The document (JSON), or its page for people when the client prefers text/html (a "
    "browser following a link).",
    description="Metadata, then every link to and from other documents, each with the sentence that states it, "
    "the source file and the character offsets. `{id}` is the document's IRI after the data base IRI, e.g. "
    "`doc/nq/2019/45-nq-tw`; to look a document up by its official number use /documents/by-number. "
    "A browser (Accept: text/html first) gets a page that shows the same JSON.",
)
def get_document(
    documents: CatalogueDep,
    document_id: Annotated[str, Path(description="The document's id: its IRI after the data base IRI.",
                                     examples=["doc/nq/2025/7-nq-cp"])],
) -> DocumentDetail:
    return schema_of(DocumentDetail, documents.detail(existing_document(documents, document_id)))


def existing_document(documents: DocumentCatalogue, document_id: str) -> str:
    """The IRI of the stored document ``document_id`` names; a 404 that says where to look when none."""
    iri = documents.iri_of(document_id)
    if iri is None:
        hint = ""
        if documents.find_by_number(document_id):
            hint = f" {document_id!r} looks like an official number: use /documents/by-number?number=..."
        raise Problem(404, "unknown document",
                      f"{document_id!r} is not a document id; ids look like doc/nq/2019/45-nq-tw.{hint}")
    if not documents.exists(iri):
        near = documents.near_misses(document_id)
        refs = document_refs(documents.refs(near))
        suggestion = f"; did you mean {', '.join(str(refs[n].id) for n in near)}?" if near else "."
        raise Problem(404, "unknown document",
                      f"no document <{iri}> in the store{suggestion} List documents at /documents.",
                      candidates=[refs[n] for n in near] or None)
    return iri
