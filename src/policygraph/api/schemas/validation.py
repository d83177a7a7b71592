"""The answer of POST /validate: the SHACL report as `policygraph validate --format json` prints it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


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
