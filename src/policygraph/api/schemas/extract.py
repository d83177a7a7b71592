"""POST /extract: the JSON request, and the answer (what `policygraph extract --format json` prints)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


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


TEXT_EXAMPLE = ("Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW "
                "ngày 30/9/2024 của Bộ Chính trị.")
