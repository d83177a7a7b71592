"""The answers of GET /documents (a page of summaries) and GET /documents/{id} (a document with its
links, solution areas and tasks, each with its evidence)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from policygraph.api.schemas.common import (
    DOC_7_NQ_CP,
    DOC_45_NQ_TW,
    DOC_96_KL_TW,
    EVIDENCE_7_IMPLEMENTS_96,
    DocumentRef,
    Evidence,
    SourceTextInfo,
)

AREA_7_NQ_CP_3 = "https://w3id.org/policygraph/id/area/000-849468c7549e9275-txt-0a30bdfc9879/3"


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
