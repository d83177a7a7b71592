"""The API's response (and request) models: the JSON field names clients can rely on.

Every field is snake_case and always present (``null`` or ``[]`` when there is nothing), so a client
never has to test whether a key exists. The examples are real values from ``data/corpus`` and show up
in the OpenAPI page (``/docs``).

The read models (policygraph.catalogue) answer with plain dataclasses whose fields have the same
names as these schemas; :func:`schema_of` is the one place that turns a record into its schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from fastapi.responses import JSONResponse
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

AREA_7_NQ_CP_3 = "https://w3id.org/policygraph/id/area/000-849468c7549e9275-txt-0a30bdfc9879/3"


class Problem(BaseModel):
    """Every error answer (4xx): what went wrong and what to do. The same shape as /sparql's errors."""

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

    def response(self, headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse(self.model_dump(mode="json", exclude_none=True), status_code=self.status, headers=headers)


def problem(status: int, error: str, detail: str, **extra: Any) -> JSONResponse:
    """A JSON error answer; see :class:`Problem`."""
    return Problem(status=status, error=error, detail=detail, **extra).response()


SchemaT = TypeVar("SchemaT", bound=BaseModel)


def schema_of(schema: type[SchemaT], record: object) -> SchemaT:
    """The API's answer for a catalogue record (policygraph.catalogue.records): a record and its schema
    share field names, so the record's attributes are read as they are, nested records included, and
    the schema checks them as it would any answer."""
    return schema.model_validate(record, from_attributes=True)


def document_refs(records: Mapping[str, object]) -> dict[str, DocumentRef]:
    """The catalogue's document references (by IRI, as DocumentCatalogue.refs gives them) as schemas."""
    return {document: schema_of(DocumentRef, record) for document, record in records.items()}


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


class DocumentSummary(DocumentRef):
    """A document's metadata, as listed by GET /documents."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **DOC_45_NQ_TW,
                    "kind": "NQ",
                    "kind_label": "Nghị quyết",
                    "year": 2019,
                    "term": "XII",
                    "date": "2019-01-24",
                    "title": "về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045",
                    "issuers": ["Bộ Chính trị"],
                    "inferred_issuers": ["Ban Chấp hành Trung ương", "Bộ Chính trị"],
                    "ambiguous": False,
                    "ingested": True,
                }
            ]
        }
    )

    kind: str | None = Field(
        description="The document kind's code in the pgs:document-kind scheme (NQ, KL, QD, ND, Luat ...).",
        examples=["NQ"],
    )
    kind_label: str | None = Field(description="The kind's Vietnamese name.", examples=["Nghị quyết"])
    year: int | None = Field(
        description="The year that identifies the document with its kind and number (pg:identityYear), "
        "else the year of its date.",
        examples=[2019],
    )
    term: str | None = Field(description="The term (khóa), a Roman numeral, for party documents.", examples=["XII"])
    date: str | None = Field(description="Date of issue (eli:date_document), ISO 8601.", examples=["2019-01-24"])
    title: str | None = Field(description="The title as the texts give it (dcterms:title@vi).")
    issuers: list[str] = Field(description="Issuing bodies stated in the texts (eli:passed_by).",
                               examples=[["Bộ Chính trị"]])
    inferred_issuers: list[str] = Field(
        description="Issuing bodies inferred from the number's suffix (pg:inferredIssuer).",
        examples=[["Ban Chấp hành Trung ương", "Bộ Chính trị"]],
    )
    ambiguous: bool = Field(description="True when the document's identity could not be fixed (pg:isAmbiguous).")
    ingested: bool = Field(description="True when a text of this document is in the store (pg:describes); "
                                       "false when other texts only refer to it.")


class DocumentList(BaseModel):
    """One page of documents."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "total": 2,
                    "limit": 50,
                    "offset": 0,
                    "next": None,
                    "items": [
                        {**DOC_45_NQ_TW, "kind": "NQ", "kind_label": "Nghị quyết", "year": 2019, "term": "XII",
                         "date": "2019-01-24", "title": "về xây dựng và phát triển thành phố Hải Phòng ...",
                         "issuers": ["Bộ Chính trị"], "inferred_issuers": [], "ambiguous": False, "ingested": True},
                        {**DOC_7_NQ_CP, "kind": "NQ", "kind_label": "Nghị quyết", "year": 2025, "term": None,
                         "date": "2025-01-10", "title": "về Chương trình hành động thực hiện Kết luận số 96-KL/TW ...",
                         "issuers": [], "inferred_issuers": ["Chính phủ"], "ambiguous": False, "ingested": False},
                    ],
                }
            ]
        }
    )

    total: int = Field(description="How many documents match the filters (all pages).")
    limit: int
    offset: int
    next: str | None = Field(description="The path of the next page, null on the last one.")
    items: list[DocumentSummary]


class Evidence(BaseModel):
    """The sentence that states a link, cut from the original file by character offsets."""

    model_config = ConfigDict(json_schema_extra={"examples": [EVIDENCE_7_IMPLEMENTS_96]})

    text: str = Field(description="The exact span that states the link (pg:evidenceText).")
    sentence: str = Field(description="The whole sentence around it (pg:sentence).")
    source: str = Field(description="The source text's file name (pg:fileName).")
    start: int = Field(description="Character offset of the span's start in the original file.")
    end: int = Field(description="Character offset of the span's end in the original file (exclusive).")


class DocumentLink(BaseModel):
    """A typed link between this document and another, as one text states it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "relation": "implements",
                    "relation_iri": "https://w3id.org/policygraph/scheme/relation/implements",
                    "document": DOC_96_KL_TW,
                    "evidence": EVIDENCE_7_IMPLEMENTS_96,
                    "statement": "https://w3id.org/policygraph/id/relation/000-849468c7549e9275-txt-0c2e.../8e2...",
                }
            ]
        }
    )

    relation: str = Field(description="The kind of link, from the pgs:relation scheme: implements, continues, "
                                      "legal_basis, amends, replaces, repeals, guides, reviews, cites ...")
    relation_iri: str = Field(description="The relation kind's concept IRI.")
    document: DocumentRef = Field(description="The document at the other end of the link.")
    evidence: Evidence
    statement: str = Field(description="IRI of the pg:DocumentRelation node that carries the link.")


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


class ActorRef(BaseModel):
    """An organisation the texts name (org:Organization), under its canonical name."""

    iri: str = Field(examples=["https://w3id.org/policygraph/id/org/ubnd-hai-phong"])
    name: str | None = Field(description="The canonical name (skos:prefLabel@vi).",
                             examples=["Ủy ban nhân dân thành phố Hải Phòng"])
    kinds: list[str] = Field(description="Codes of its kinds in the pgs:actor-kind scheme.",
                             examples=[["people_committee"]])


class PlaceRef(BaseModel):
    """A place a task concerns (pg:Place)."""

    iri: str
    name: str | None = Field(description="The canonical name (skos:prefLabel@vi).", examples=["Hải Phòng"])


class TaskAssignment(BaseModel):
    """An actor a task is assigned to, with its role (pg:Assignment)."""

    actor: ActorRef
    role: str = Field(description="The role's code in the pgs:role scheme: lead, coordinating, participant, "
                                  "assigned.", examples=["lead"])
    role_iri: str = Field(examples=["https://w3id.org/policygraph/scheme/role/lead"])
    role_label: str | None = Field(description="The role's Vietnamese name.", examples=["Chủ trì"])
    evidence: Evidence | None = Field(description="The actor's mention that states the assignment (in the task, "
                                                  "or in the heading or introduction it inherits its role from).")


class SolutionArea(BaseModel):
    """A numbered part of a document's programme (nhóm nhiệm vụ, giải pháp): pg:SolutionArea."""

    iri: str
    path: str = Field(description="Its place in the outline: the ordinals from the top level, joined by dots.",
                      examples=["3", "3.1"])
    ordinal: int = Field(examples=[3])
    ordinal_label: str | None = Field(description="The numbering as written (pg:ordinalLabel).", examples=["3."])
    title: str | None = Field(description="The heading (dcterms:title@vi), whitespace collapsed.")
    parent: str | None = Field(description="IRI of the area it is part of (pg:parentArea); null at the top level.")
    themes: list[str] = Field(description="Codes of its themes in the pgs:theme scheme (dcterms:subject).")
    task_count: int = Field(description="How many tasks are directly in this area (not in its sub-areas).")
    evidence: Evidence | None = Field(description="The heading in the source text.")


class ThemeLabel(BaseModel):
    """How a theme code is named for people: its skos:prefLabel in the pgs:theme scheme."""

    vi: str | None = Field(description="skos:prefLabel@vi; null when the scheme has none.", examples=["Kinh tế xanh"])
    en: str | None = Field(description="skos:prefLabel@en; null when the scheme has none.", examples=["Green economy"])


class PolicyTask(BaseModel):
    """One task (nhiệm vụ) of a document, with the actors assigned to it: pg:Task."""

    iri: str
    area: str | None = Field(description="IRI of the solution area it is in (pg:inArea).")
    area_path: str | None = Field(description="That area's path, e.g. \"3\".", examples=["3"])
    text: str | None = Field(description="The task as the text states it (pg:text@vi).")
    assignments: list[TaskAssignment] = Field(description="Actors and their roles, in the order the text names "
                                                          "them.")
    places: list[PlaceRef] = Field(description="Places the task concerns (pg:concernsPlace).")
    themes: list[str] = Field(description="Codes of its themes in the pgs:theme scheme.")
    evidence: Evidence | None = Field(description="The task's span in the source text.")


class SpanStatement(BaseModel):
    """One statement that a span of a source text is the evidence for."""

    iri: str = Field(description="The statement node (a mention, relation, area, task, assignment, actor ...).")
    kind: str = Field(description="The local name of its class: DocumentMention, DocumentRelation, SolutionArea, "
                                  "Task, Assignment, Organization, Place, Target.", examples=["DocumentMention"])
    label: str | None = Field(description="What it says, for people: the document referred to, the relation, "
                                          "the area's heading, the actor and role ...",
                              examples=["Nghị quyết 45-NQ/TW"])
    href: str | None = Field(default=None, description="For a mention: the API path of the document it refers to.")


class SourceSpan(BaseModel):
    """A span of a source text that the store records as evidence (pg:startOffset, pg:endOffset)."""

    start: int = Field(description="Offset of the first character (code points into the original text).")
    end: int = Field(description="Offset after the last character (exclusive).")
    text: str = Field(description="The span (pg:evidenceText); equal to text[start:end].")
    statements: list[SpanStatement]


class SourceTextContent(SourceTextInfo):
    """An ingested text as it is on disk, verified against the stored SHA-256, with every span the store
    records as evidence in it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "file": "corpus/000_849468c7549e9275.txt",
                    "sha256": "…",
                    "length": 9121,
                    "ingested_at": "2025-01-01T00:00:00+00:00",
                    "pipeline_version": "policygraph-0.1.0/spacy-3.8.7",
                    "href": "/sources/corpus/000_849468c7549e9275.txt",
                    "describes": DOC_7_NQ_CP,
                    "text": "…",
                    "spans": [
                        {"start": 297, "end": 330, "text": "Nghị quyết 7/NQ-CP ngày 10/1/2025",
                         "statements": [{"iri": "https://w3id.org/policygraph/id/mention/…/297-330",
                                         "kind": "DocumentMention", "label": "Nghị quyết 7/NQ-CP",
                                         "href": DOC_7_NQ_CP["href"]}]},
                    ],
                }
            ]
        }
    )

    describes: DocumentRef | None = Field(description="The document the text is about (pg:describes).")
    text: str = Field(description="The whole text, as ingested (a leading byte order mark dropped).")
    spans: list[SourceSpan] = Field(description="Every evidence span in the text, by start offset, longest first.")


class DocumentDetail(DocumentSummary):
    """Everything the store says about one document, each link with its evidence."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **DOC_7_NQ_CP,
                    "kind": "NQ",
                    "kind_label": "Nghị quyết",
                    "year": 2025,
                    "term": None,
                    "date": "2025-01-10",
                    "title": "về Chương trình hành động thực hiện Kết luận số 96-KL/TW ...",
                    "issuers": [],
                    "inferred_issuers": ["Chính phủ"],
                    "ambiguous": False,
                    "ingested": True,
                    "candidates": [],
                    "sources": [{"file": "corpus/000_849468c7549e9275.txt", "sha256": "82ef9e96…", "length": 9121,
                                 "ingested_at": "2025-01-01T00:00:00+00:00",
                                 "pipeline_version": "policygraph-0.1.0/spacy-3.8.7",
                                 "href": "/sources/corpus/000_849468c7549e9275.txt"}],
                    "mentioned_in": ["corpus/000_849468c7549e9275.txt"],
                    "outgoing": [
                        {
                            "relation": "implements",
                            "relation_iri": "https://w3id.org/policygraph/scheme/relation/implements",
                            "document": DOC_96_KL_TW,
                            "evidence": EVIDENCE_7_IMPLEMENTS_96,
                            "statement": "https://w3id.org/policygraph/id/relation/...",
                        }
                    ],
                    "incoming": [],
                    "solution_areas": [
                        {
                            "iri": AREA_7_NQ_CP_3,
                            "path": "3",
                            "ordinal": 3,
                            "ordinal_label": "3.",
                            "title": "Cơ cấu lại nền kinh tế gắn với đổi mới mô hình tăng trưởng, ...",
                            "parent": None,
                            "themes": ["circular-economy", "digital-transformation", "green-economy"],
                            "task_count": 4,
                            "evidence": {"text": "Cơ cấu lại nền kinh tế gắn với đổi mới mô hình tăng trưởng, ...",
                                         "sentence": "Cơ cấu lại nền kinh tế gắn với đổi mới mô hình tăng trưởng, ...",
                                         "source": "corpus/000_849468c7549e9275.txt", "start": 2742, "end": 2967},
                        }
                    ],
                    "tasks": [
                        {
                            "iri": "https://w3id.org/policygraph/id/task/000-849468c7549e9275-txt-0a30bdfc9879/2968-3103",
                            "area": AREA_7_NQ_CP_3,
                            "area_path": "3",
                            "text": "Thành phố Hải Phòng phối hợp với các bộ, cơ quan liên quan nghiên cứu, đề xuất "
                            "các giải pháp phát triển kinh tế xanh, kinh tế tuần hoàn",
                            "assignments": [
                                {"actor": {"iri": "https://w3id.org/policygraph/id/org/ubnd-hai-phong",
                                           "name": "Ủy ban nhân dân thành phố Hải Phòng",
                                           "kinds": ["local-government"]},
                                 "role": "lead", "role_iri": "https://w3id.org/policygraph/scheme/role/lead",
                                 "role_label": "Chủ trì",
                                 "evidence": {"text": "Thành phố Hải Phòng", "sentence": "Thành phố Hải Phòng phối hợp "
                                              "với các bộ, cơ quan liên quan nghiên cứu, ...",
                                              "source": "corpus/000_849468c7549e9275.txt", "start": 2968, "end": 2987}},
                            ],
                            "places": [],
                            "themes": ["circular-economy", "green-economy"],
                            "evidence": {"text": "Thành phố Hải Phòng phối hợp với các bộ, cơ quan liên quan ...",
                                         "sentence": "Thành phố Hải Phòng phối hợp với các bộ, cơ quan liên quan ...",
                                         "source": "corpus/000_849468c7549e9275.txt", "start": 2968, "end": 3103},
                        }
                    ],
                }
            ]
        }
    )

    candidates: list[DocumentRef] = Field(
        description="For an ambiguous document: the documents it may be (pg:candidate)."
    )
    sources: list[SourceTextInfo] = Field(description="Ingested texts that are this document (pg:describes).")
    mentioned_in: list[str] = Field(description="Files of the texts that mention this document.")
    outgoing: list[DocumentLink] = Field(description="Links from this document to others, with evidence.")
    incoming: list[DocumentLink] = Field(description="Links from other documents to this one, with evidence.")
    solution_areas: list[SolutionArea] = Field(
        default_factory=list,
        description="The document's solution areas (pg:areaOf), every level, in outline order per source text; "
        "a sub-area names its `parent`.",
    )
    tasks: list[PolicyTask] = Field(
        default_factory=list,
        description="The document's tasks (pg:taskOf) in text order, each with its area, actors and roles.",
    )
    theme_labels: dict[str, ThemeLabel] = Field(
        default_factory=dict,
        description="The Vietnamese and English names of every theme code its areas and tasks use.",
        examples=[{"green-economy": {"vi": "Kinh tế xanh", "en": "Green economy"}}],
    )


class TraceHop(BaseModel):
    """One link of a chain."""

    step: int = Field(description="Position in the chain, from 1.")
    from_document: DocumentRef
    relation: str = Field(examples=["implements"])
    to_document: DocumentRef
    evidence: Evidence = Field(description="The best of the sentences that state the link (prose before "
                                           "headings).")
    also_stated_in: list[str] = Field(default_factory=list,
                                      description="Other source files that state the same link.")


class TraceResult(BaseModel):
    """The chain of typed links from one document to another, each link with the sentence that states it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "start": DOC_7_NQ_CP,
                    "goal": DOC_45_NQ_TW,
                    "found": True,
                    "hops": [
                        {"step": 1, "from_document": DOC_7_NQ_CP, "relation": "implements",
                         "to_document": DOC_96_KL_TW, "evidence": EVIDENCE_7_IMPLEMENTS_96, "also_stated_in": []},
                        {"step": 2, "from_document": DOC_96_KL_TW, "relation": "continues",
                         "to_document": DOC_45_NQ_TW,
                         "evidence": {
                             "text": "Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện "
                             "Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị khóa XII",
                             "sentence": "Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động ...",
                             "source": "corpus/000_849468c7549e9275.txt",
                             "start": 367, "end": 505},
                         "also_stated_in": ["corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt"]},
                    ],
                }
            ]
        }
    )

    start: DocumentRef = Field(description="The document the chain starts from.")
    goal: DocumentRef | None = Field(description="The document to reach; null when no goal was given "
                                                 "(then the hops are every link reachable from start).")
    found: bool = Field(description="True when a chain reaches the goal (or, without a goal, any link leaves start).")
    hops: list[TraceHop] = Field(description="The shortest chain, in order; empty when there is none.")


class ExtractRequest(BaseModel):
    """A text to extract from, as JSON (the body can also be the bare text, as text/plain)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số "
                    "96-KL/TW ngày 30/9/2024 của Bộ Chính trị.",
                    "source": "example.txt",
                }
            ]
        },
    )

    text: str = Field(description="The text, in Vietnamese, UTF-8.")
    source: str | None = Field(default=None, description="A name for the text (becomes the evidence's source).")


class ExtractedReference(BaseModel):
    model_config = ConfigDict(extra="allow")

    surface: str
    start: int
    end: int
    type: str
    number: str | None
    issuer: str | None
    issuer_inferred: str | None
    date: str | None
    term: str | None
    title: str | None
    identity: str
    ambiguous: bool


class ExtractedRelation(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    from_: str = Field(alias="from")
    to: str
    type: str
    evidence: str
    start: int
    end: int
    from_identity: str
    to_identity: str


class ExtractionResult(BaseModel):
    """The extraction of one text: exactly what ``policygraph extract --format json`` prints."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "source": "example.txt",
                    "sha256": "…",
                    "length": 125,
                    "pipeline_version": "policygraph-0.1.0/spacy-3.8.7",
                    "subject_document": "7/NQ-CP",
                    "references": [
                        {"surface": "Nghị quyết 7/NQ-CP ngày 10/1/2025", "start": 0, "end": 33, "type": "NQ",
                         "number": "7/NQ-CP", "issuer": None, "issuer_inferred": "Chính phủ", "date": "2025-01-10",
                         "term": None, "title": None, "identity": "NQ|7/NQ-CP|2025", "ambiguous": False}
                    ],
                    "relations": [
                        {"from": "7/NQ-CP", "to": "96-KL/TW", "type": "implements",
                         "evidence": "Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết "
                         "luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị", "start": 0, "end": 122,
                         "from_identity": "NQ|7/NQ-CP|2025", "to_identity": "KL|96-KL/TW|2024"}
                    ],
                }
            ]
        },
    )

    source: str
    sha256: str
    length: int
    pipeline_version: str
    subject_document: str | None
    references: list[ExtractedReference]
    relations: list[ExtractedRelation]


class ValidationResultItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    focus: str = Field(description="The node that breaks (or is warned about by) a shape.")
    focus_label: str | None = Field(default=None, description="The focus node's label, for people.")
    path: str | None = Field(description="The property path the result is about.")
    value: str | None = Field(description="The offending value.")
    value_label: str | None = Field(default=None, description="The value's label, for people.")
    severity: str = Field(description="violation, warning or info.")
    message: str = Field(description="The message in English.")
    messages: dict[str, str] = Field(default_factory=dict, description="The message in each language (en, vi).")
    shape: str = Field(description="The shape that says so.")
    constraint: str = Field(description="The SHACL constraint component, e.g. MinCountConstraintComponent.")
    evidence: dict[str, Any] | None = Field(
        description="The sentence and offsets that produced the focus node, when it has evidence."
    )


class ValidationReportOut(BaseModel):
    """A SHACL validation report: exactly what ``policygraph validate --format json`` prints."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "conforms": False,
                    "violations": 1,
                    "warnings": 0,
                    "results": [
                        {"focus": "https://w3id.org/policygraph/id/doc/nq/2025/7-nq-cp",
                         "focus_label": None,
                         "path": "http://www.w3.org/2000/01/rdf-schema#label", "value": None, "value_label": None,
                         "severity": "violation",
                         "message": "A document must have a label (rdfs:label), at most one per language.",
                         "messages": {"en": "A document must have a label (rdfs:label), at most one per language.",
                                      "vi": "Văn bản phải có nhãn (rdfs:label), nhiều nhất một nhãn cho mỗi ngôn "
                                            "ngữ."},
                         "shape": "https://w3id.org/policygraph/shapes#PolicyDocument-label",
                         "constraint": "MinCountConstraintComponent", "evidence": None}
                    ],
                }
            ]
        },
    )

    conforms: bool
    violations: int
    warnings: int
    results: list[ValidationResultItem]


class SavedQuery(BaseModel):
    """A saved SPARQL query from queries/*.rq."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "documents",
                    "description": "Every document in the graph: its number, kind, issue date and how many texts "
                    "mention it.",
                    "text": "# Every document in the graph ...\nPREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
                    "SELECT ?document ?number ...",
                }
            ]
        }
    )

    name: str = Field(description="The file name without .rq.", examples=["documents"])
    description: str = Field(description="The query's header comment, without the '#' marks.")
    text: str = Field(description="The whole query, as saved.")


Problem.model_rebuild()
