"""What every answer shares: how a document and a sentence of evidence are pointed to, the error
shape (:class:`Problem`), and :func:`schema_of`, the one place a catalogue record becomes its schema.

Every field of every schema is snake_case and always present (``null`` or ``[]`` when there is
nothing), so a client never has to test whether a key exists. The examples are real values from
``data/corpus`` and show up in the OpenAPI page (``/api``).

The read models (policygraph.catalogue) answer with plain dataclasses whose fields have the same
names as these schemas; :func:`schema_of` reads a record's attributes as they are, nested records
included."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

DOC_7_NQ_CP = {
    "id": "doc/nq/2025/7-nq-cp",
    "iri": "https://w3id.org/policygraph/id/doc/nq/2025/7-nq-cp",
    "number": "7/NQ-CP",
    "label": "Nghị quyết 7/NQ-CP",
    "href": "/documents/doc/nq/2025/7-nq-cp",
}


DOC_96_KL_TW = {
    "id": "doc/kl/2024/96-kl-tw",
    "iri": "https://w3id.org/policygraph/id/doc/kl/2024/96-kl-tw",
    "number": "96-KL/TW",
    "label": "Kết luận 96-KL/TW",
    "href": "/documents/doc/kl/2024/96-kl-tw",
}


DOC_45_NQ_TW = {
    "id": "doc/nq/2019/45-nq-tw",
    "iri": "https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw",
    "number": "45-NQ/TW",
    "label": "Nghị quyết 45-NQ/TW",
    "href": "/documents/doc/nq/2019/45-nq-tw",
}


EVIDENCE_7_IMPLEMENTS_96 = {
    "text": "Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW "
    "ngày 30/9/2024 của Bộ Chính trị",
    "sentence": "Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW "
    "ngày 30/9/2024 của Bộ Chính trị ...",
    "source": "corpus/000_849468c7549e9275.txt",
    "start": 297,
    "end": 419,
}


class DocumentRef(BaseModel):
    """How one document is pointed to: its id in this API, its IRI, its official number."""

    id: str | None = Field(
        description="The document's path after the data base IRI; GET /documents/{id} describes it. "
        "null for an IRI outside the base.",
        examples=[DOC_45_NQ_TW["id"]],
    )
    iri: str = Field(examples=[DOC_45_NQ_TW["iri"]])
    number: str | None = Field(description="The official number (eli:id_local), null for documents known by name.",
                               examples=["45-NQ/TW"])
    label: str | None = Field(description="The Vietnamese label (rdfs:label@vi).", examples=["Nghị quyết 45-NQ/TW"])
    href: str | None = Field(description="The API path of the document.", examples=[DOC_45_NQ_TW["href"]])


class Evidence(BaseModel):
    """The sentence that states a link, cut from the original file by character offsets."""

    model_config = ConfigDict(json_schema_extra={"examples": [EVIDENCE_7_IMPLEMENTS_96]})

    text: str = Field(description="The exact span that states the link (pg:evidenceText).")
    sentence: str = Field(description="The whole sentence around it (pg:sentence).")
    source: str = Field(description="The source text's file name (pg:fileName).")
    start: int = Field(description="Character offset of the span's start in the original file.")
    end: int = Field(description="Character offset of the span's end in the original file (exclusive).")


class SourceTextInfo(BaseModel):
    """An ingested text."""

    file: str = Field(examples=["corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt"])
    sha256: str | None
    length: int | None = Field(description="Length in characters.")
    ingested_at: str | None = Field(description="When it was ingested (prov:generatedAtTime), ISO 8601.")
    pipeline_version: str | None
    href: str | None = Field(
        default=None,
        description="The API path of the text with its highlighted spans (GET /sources/{file}).",
        examples=["/sources/corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt"],
    )


class Problem(BaseModel):
    """Every error answer (4xx): what went wrong and what to do. The same shape as /sparql's errors.

    The OpenAPI description of what :class:`policygraph.api.problems.Problem` is answered as; the
    answer itself is built by ``problems.problem_body``."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "status": 404,
                    "error": "unknown document",
                    "detail": "no document <https://w3id.org/policygraph/id/doc/nq/2020/45-nq-tw> in the store; "
                    "did you mean doc/nq/2019/45-nq-tw? List documents at /documents.",
                    "candidates": [DOC_45_NQ_TW],
                }
            ]
        }
    )

    type: str | None = Field(default=None, description="An IRI naming the kind of problem (RFC 9457), when it "
                             "has one.")
    status: int = Field(description="The HTTP status, repeated.")
    error: str = Field(description="A short, stable title of the error, e.g. 'unknown document'.")
    detail: str = Field(description="What went wrong and what to do about it.")
    line: int | None = Field(default=None, description="Line (from 1) of a parse error in the request body.")
    column: int | None = Field(default=None, description="Column (from 1) of a parse error in the request body.")
    offset: int | None = Field(default=None, description="Character offset (from 0) into the field the detail "
                               "names (`text`, `source`) of what is wrong there.")
    candidates: list[DocumentRef] | None = Field(
        default=None, description="Documents the request could mean (ambiguous number, near misses)."
    )


SchemaT = TypeVar("SchemaT", bound=BaseModel)


def schema_of(schema: type[SchemaT], record: object) -> SchemaT:
    """The API's answer for a catalogue record (policygraph.catalogue.records): a record and its schema
    share field names, so the record's attributes are read as they are, nested records included, and
    the schema checks them as it would any answer."""
    return schema.model_validate(record, from_attributes=True)


def document_refs(records: Mapping[str, object]) -> dict[str, DocumentRef]:
    """The catalogue's document references (by IRI, as DocumentCatalogue.refs gives them) as schemas."""
    return {document: schema_of(DocumentRef, record) for document, record in records.items()}
