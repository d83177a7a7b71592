"""GET /graph: the documents and their typed links drawn as a graph (Cytoscape.js, served from
node_modules: no CDN); GET /graph/data: the nodes and edges it draws; GET /graph/facets: the values
its filters can take. The read model behind them is policygraph.catalogue.graph.DocumentGraph; this
module holds the answers' schemas and the routes.

A document is a node with its kind, number, issuers and year, sized by how many documents cite it
(typed links to it). A typed link is a directed edge, drawn once however many texts state it, with
the best of their sentences (trace's rule: prose before shouting headings) and the other texts'
files listed. An ambiguous document (pg:isAmbiguous) carries the flag, and its possible identities
(pg:candidate) come as edges of kind ``candidate``.

A store of thousands of documents is too many to draw: the `limit` most cited matching documents are
shown with the links among them, and `total` says how many matched (the default and largest `limit`
are settings: graph_node_limit, graph_max_node_limit). Each answer costs the same few queries
(matching documents with their citation counts, their summaries, the links out of them), never one
per document. A node is the document's summary as GET /documents gives it, so where texts disagree
both show the value most texts state.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from policygraph.api.catalogue import graph_for
from policygraph.api.models import DOC_45_NQ_TW, DOC_96_KL_TW, DocumentSummary, Evidence, Problem, problem, schema_of
from policygraph.api.query_page import WEB_DIR, vendor_missing
from policygraph.catalogue import DocumentFilter, DocumentGraph, UnknownKind, UnknownRelation
from policygraph.config import Settings, get_settings

router = APIRouter(tags=["graph"])

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


def _graph(request: Request) -> DocumentGraph:
    return graph_for(request)


@router.get(
    "/graph/data",
    summary="The documents and their typed links, as a graph",
    response_model=GraphData,
    responses={400: {"model": Problem, "description": "A filter that names nothing known (kind or relation), or a "
                                                      "`limit` above the largest the server allows."}},
    description="Nodes (documents: kind, number, issuers, year, `cited_by`, `ambiguous`) and directed edges (typed "
    "links, each once, with the sentence that states it, its source file and offsets) for the graph page at "
    "/graph. Filters narrow the documents; `number` gives one document and those it links with. When more "
    "documents match than `limit`, the most cited are drawn and `total` says how many matched. The values the "
    "filters take are at /graph/facets.",
)
def graph_data(
    request: Request,
    relation: Annotated[list[str] | None, Query(
        description="Only links of this kind, and the documents they join (repeat for several kinds).",
        examples=["continues"])] = None,
    issuer: Annotated[str | None, Query(
        description="Documents of an issuer: a code from the numbers (TW, CP, TTg ...) or the body's name or slug "
                    "(Bộ Chính trị, thu-tuong-chinh-phu).", examples=["TW"])] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200, description="The year that identifies the document (else "
                                                                    "the year of its date).", examples=[2019])] = None,
    kind: Annotated[str | None, Query(description="Document kind: a code (NQ, KL, QĐ ...) or a name.",
                                      examples=["NQ"])] = None,
    number: Annotated[str | None, Query(description="An official number: that document and the documents it links "
                                                    "with, directly.", examples=["45-NQ/TW"])] = None,
    limit: Annotated[int | None, Query(
        ge=1, description="Most documents to draw (the most cited). Default "
        f"{Settings.model_fields['graph_node_limit'].default}, at most "
        f"{Settings.model_fields['graph_max_node_limit'].default}, unless the server's settings say otherwise "
        "(POLICYGRAPH_GRAPH_NODE_LIMIT, POLICYGRAPH_GRAPH_MAX_NODE_LIMIT); a larger one is answered 400.",
        examples=[100])] = None,
) -> GraphData | JSONResponse:
    settings = get_settings()
    if limit is None:
        limit = settings.graph_node_limit
    elif limit > settings.graph_max_node_limit:
        return problem(400, "limit too large", f"limit={limit} is more documents than this server draws at once; "
                       f"use at most {settings.graph_max_node_limit}, with filters to choose which")
    filters = DocumentFilter(kind=kind or None, issuer=issuer or None, year=year, number=number or None)
    wanted = sorted({r.strip() for r in relation or [] if r.strip()})
    try:
        return schema_of(GraphData, _graph(request).data(filters, wanted, limit))
    except UnknownKind as exc:
        return problem(400, "unknown kind", str(exc))
    except UnknownRelation as exc:
        return problem(400, "unknown relation", str(exc))


@router.get(
    "/graph/facets",
    summary="The values the graph's filters can take",
    response_model=GraphFacets,
    description="Relation kinds with how many links are of each, issuers and years with how many documents have "
    "each: the choices of GET /graph/data's `relation`, `issuer` and `year` filters.",
)
def graph_facets(request: Request) -> GraphFacets:
    return schema_of(GraphFacets, _graph(request).facets())


@router.get("/graph", response_class=HTMLResponse, include_in_schema=False)
def graph_page() -> HTMLResponse:
    for package, name in (("cytoscape", "cytoscape.min.js"), ("dagre", "dagre.min.js"),
                          ("cytoscape-dagre", "cytoscape-dagre.js"),
                          ("noto-sans", "noto-sans-vietnamese-400-normal.woff2")):
        missing = vendor_missing(package, name)
        if missing is not None:
            return missing
    return HTMLResponse((WEB_DIR / "graph.html").read_text(encoding="utf-8"), headers={"Cache-Control": "no-cache"})


__all__ = ["GraphData", "GraphFacets", "router"]
