"""GET /graph: the documents and their typed links drawn as a graph (Cytoscape.js, served from
node_modules: no CDN); GET /graph/data: the nodes and edges it draws; GET /graph/facets: the values
its filters can take. The read model behind them is policygraph.catalogue.graph.DocumentGraph; the
answers' schemas are in ``api/schemas/graph.py``.

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

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from policygraph.api.deps import DocumentGraphDep, SettingsDep
from policygraph.api.problems import Problem, problem_responses
from policygraph.api.schemas.common import schema_of
from policygraph.api.schemas.graph import GraphData, GraphFacets
from policygraph.api.web_files import vendor_missing, web_page
from policygraph.catalogue import DocumentFilter
from policygraph.config import Settings

router = APIRouter(tags=["graph"])


@router.get(
    "/graph/data",
    summary="The documents and their typed links, as a graph",
    response_model=GraphData,
    responses=problem_responses({400: "A filter that names nothing known (kind or relation), or a `limit` above "
                                      "the largest the server allows."}),
    description="Nodes (documents: kind, number, issuers, year, `cited_by`, `ambiguous`) and directed edges (typed "
    "links, each once, with the sentence that states it, its source file and offsets) for the graph page at "
    "/graph. Filters narrow the documents; `number` gives one document and those it links with. When more "
    "documents match than `limit`, the most cited are drawn and `total` says how many matched. The values the "
    "filters take are at /graph/facets.",
)
def graph_data(
    graph: DocumentGraphDep,
    settings: SettingsDep,
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
) -> GraphData:
    if limit is None:
        limit = settings.graph_node_limit
    elif limit > settings.graph_max_node_limit:
        raise Problem(400, "limit too large", f"limit={limit} is more documents than this server draws at once; "
                      f"use at most {settings.graph_max_node_limit}, with filters to choose which")
    filters = DocumentFilter(kind=kind or None, issuer=issuer or None, year=year, number=number or None)
    wanted = sorted({r.strip() for r in relation or [] if r.strip()})
    # An unknown kind or relation is a 400 (problems.REQUEST_ERRORS).
    return schema_of(GraphData, graph.data(filters, wanted, limit))


@router.get(
    "/graph/facets",
    summary="The values the graph's filters can take",
    response_model=GraphFacets,
    description="Relation kinds with how many links are of each, issuers and years with how many documents have "
    "each: the choices of GET /graph/data's `relation`, `issuer` and `year` filters.",
)
def graph_facets(graph: DocumentGraphDep) -> GraphFacets:
    return schema_of(GraphFacets, graph.facets())


@router.get("/graph", response_class=HTMLResponse, include_in_schema=False)
def graph_page(settings: SettingsDep) -> HTMLResponse:
    """The page alone: its data is another resource (/graph/data), which the page asks for."""
    for package, name in (("cytoscape", "cytoscape.min.js"), ("dagre", "dagre.min.js"),
                          ("cytoscape-dagre", "cytoscape-dagre.js"),
                          ("noto-sans", "noto-sans-vietnamese-400-normal.woff2")):
        missing = vendor_missing(settings.front_end_dir, package, name)
        if missing is not None:
            return missing
    return HTMLResponse(web_page("graph.html"), headers={"Cache-Control": "no-cache"})


__all__ = ["router"]
