"""The answer of GET /trace: a chain of typed links, each with the sentence that states it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from policygraph.api.schemas import common
from policygraph.api.schemas.common import DocumentRef, Evidence


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
                    "start": common.DOC_7_NQ_CP,
                    "goal": common.DOC_45_NQ_TW,
                    "found": True,
                    "hops": [
                        {"step": 1, "from_document": common.DOC_7_NQ_CP, "relation": "implements",
                         "to_document": common.DOC_96_KL_TW, "evidence": common.EVIDENCE_7_IMPLEMENTS_96,
                         "also_stated_in": []},
                        {"step": 2, "from_document": common.DOC_96_KL_TW, "relation": "continues",
                         "to_document": common.DOC_45_NQ_TW,
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
