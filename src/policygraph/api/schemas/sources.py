"""The answer of GET /sources/{file}: an ingested text and its evidence spans."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from policygraph.api.schemas.common import DOC_7_NQ_CP, DocumentRef, SourceTextInfo


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
