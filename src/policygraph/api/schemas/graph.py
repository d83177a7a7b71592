"""The answers of GET /graph/data (the documents and links to draw) and GET /graph/facets (the values
its filters take)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from policygraph.api.schemas.common import DOC_45_NQ_TW, DOC_96_KL_TW, Evidence
from policygraph.api.schemas.documents import DocumentSummary
from policygraph.config import Settings

EDGE_96_CONTINUES_45 = {
    "id": "doc/kl/2024/96-kl-tw continues doc/nq/2019/45-nq-tw",
    "source": DOC_96_KL_TW["id"],
    "target": DOC_45_NQ_TW["id"],
    "relation": "continues",
    "relation_label": "Tiếp tục thực hiện văn bản",
    "evidence": {
        "text": "Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số "
        "45-NQ/TW ngày 24/1/2019 của Bộ Chính trị khóa XII",
        "sentence": "Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động thực hiện Kết luận số 96-KL/TW "
        "ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 45-NQ/TW ...",
        "source": "corpus/000_849468c7549e9275.txt",
        "start": 367,
        "end": 505,
    },
    "also_stated_in": ["corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt"],
}


class GraphNode(DocumentSummary):
    """A document drawn as a node: its summary (the fields GET /documents lists) and how often it is cited."""

    id: str = Field(description="The node's id: the document's path after the data base IRI (GET /documents/{id}), "
                                "or its IRI when that lies outside the base.", examples=[DOC_45_NQ_TW["id"]])
    cited_by: int = Field(description="How many other documents have a typed link to this one (the node's size).",
                          examples=[2])


class GraphEdge(BaseModel):
    """A typed link drawn as a directed edge, from the document that states it to the one it points to."""

    model_config = ConfigDict(json_schema_extra={"examples": [EDGE_96_CONTINUES_45]})

    id: str = Field(description="Unique in the answer: source id, relation, target id.")
    source: str = Field(description="The id of the node the link comes from.")
    target: str = Field(description="The id of the node the link points to.")
    relation: str = Field(description="The relation kind (pgs:relation/...): implements, continues, legal_basis, "
                                      "amends ...; `candidate` from an ambiguous document to a document it may be.")
    relation_label: str | None = Field(description="The relation kind's Vietnamese name.")
    evidence: Evidence | None = Field(description="The sentence that states the link, with the stating span's "
                                                  "offsets in its source file; null for `candidate` edges.")
    also_stated_in: list[str] = Field(description="Other source files that state the same link.")


class GraphData(BaseModel):
    """The documents and links to draw."""

    total: int = Field(description="How many documents match the filters; `nodes` holds at most `limit` of them, "
                                   "the most cited.", examples=[124])
    limit: int = Field(description="The most documents drawn: the request's `limit`, or the server's default.",
                       examples=[Settings.model_fields["graph_node_limit"].default])
    nodes: list[GraphNode]
    edges: list[GraphEdge] = Field(description="The links among the nodes (of the wanted relation kinds).")


class FacetValue(BaseModel):
    value: str = Field(description="What to pass as the filter's value.", examples=["continues"])
    label: str = Field(description="What to show.", examples=["Tiếp tục thực hiện văn bản"])
    count: int = Field(description="Links (relations) or documents (issuers, years) in the whole store.", examples=[2])


class GraphFacets(BaseModel):
    """The values each filter of GET /graph/data can take in this store, with how often they occur."""

    relations: list[FacetValue] = Field(description="Relation kinds, in lineage order (implements, continues ...).")
    issuers: list[FacetValue] = Field(description="Issuing bodies, stated or inferred, most documents first.")
    years: list[FacetValue] = Field(description="Years that identify documents, latest first.")
