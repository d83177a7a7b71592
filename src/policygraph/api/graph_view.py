"""GET /graph: the documents and their typed links drawn as a graph (Cytoscape.js, served from
node_modules: no CDN); GET /graph/data: the nodes and edges it draws; GET /graph/facets: the values
its filters can take.

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

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from policygraph.api.catalogue import DocumentCatalogue, DocumentFilter, UnknownKind
from policygraph.api.models import DOC_45_NQ_TW, DOC_96_KL_TW, DocumentSummary, Evidence, Problem, problem
from policygraph.api.query_page import WEB_DIR, vendor_missing
from policygraph.config import Settings, get_settings
from policygraph.rdf.namespaces import LINK_PROPERTIES, PGS, sparql_prologue
from policygraph.trace import LINEAGE_ORDER, edges_from

router = APIRouter(tags=["graph"])

# Up to this many matching documents, their citations are counted one by one; beyond, everyone's at once.
BOUNDED_COUNT_MAX = 500
CANDIDATE = "candidate"

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


class UnknownRelation(ValueError):
    """A relation filter that names no relation kind."""


def _iris(values: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in values)


# Who cites whom, through the direct link triples (one pattern per link property is what the store
# answers fastest; the qualified pg:DocumentRelation nodes say the same with their evidence).
_CITING = " UNION ".join(f"{{ ?citing <{p}> ?doc }}" for p in LINK_PROPERTIES.values())
_SELF_LINKED = " UNION ".join(f"{{ ?doc <{p}> ?doc }}" for p in LINK_PROPERTIES.values())


class DocumentGraph:
    """The graph's queries over one store. Cheap to make: one per request."""

    def __init__(self, catalogue: DocumentCatalogue) -> None:
        self.catalogue = catalogue
        self.store = catalogue.store
        self.kind_names = {names.concept: names.name_vi for names in catalogue.kinds.values()}

    def node_id(self, iri: str) -> str:
        return self.catalogue.id_of(iri) or iri

    def data(self, filters: DocumentFilter, relations: list[str], limit: int) -> GraphData:
        for relation in relations:
            if relation not in LINK_PROPERTIES:
                raise UnknownRelation(f"unknown relation kind {relation!r}; use one of {', '.join(LINK_PROPERTIES)}")
        found = self.catalogue.find_by_number(filters.number) if filters.number else None
        cited = self._matching(DocumentFilter(kind=filters.kind, issuer=filters.issuer, year=filters.year),
                               relations, found)
        first = set(found or ())
        shown = sorted(cited, key=lambda iri: (iri not in first, -cited[iri], iri))[:limit]
        nodes = self._nodes(shown, cited)
        edges = self._edges(shown, set(relations))
        if not relations:
            edges += self._candidate_edges([node.iri for node in nodes if node.ambiguous], set(shown))
        return GraphData(total=len(cited), limit=limit, nodes=nodes, edges=edges)

    def _matching(self, filters: DocumentFilter, relations: list[str], found: list[str] | None) -> dict[str, int]:
        """The documents that match, each with how many documents cite it (by any relation kind)."""
        if found is not None and not found:
            return {}
        patterns = []
        if found is not None:
            # The documents with that number and those they link with, in either direction.
            ego = " UNION ".join([f"{{ VALUES ?doc {{ {_iris(found)} }} }}"] + [
                f"{{ ?egoRel pg:relationSubject <{iri}> ; pg:relationObject ?doc }}"
                f" UNION {{ ?egoRel pg:relationObject <{iri}> ; pg:relationSubject ?doc }}" for iri in found])
            patterns.append(f"{{ SELECT DISTINCT ?doc WHERE {{ {ego} }} }}")
        if filters.query_parameters():
            patterns.append(self.catalogue.filter_patterns(filters))
        else:
            patterns.append("?doc a pg:PolicyDocument .")
        if relations:
            kinds = _iris(PGS[f"relation/{r}"] for r in relations)
            patterns.append(f"VALUES ?matchKind {{ {kinds} }} ?matchRel pg:relationKind ?matchKind ."
                            " { ?matchRel pg:relationSubject ?doc } UNION { ?matchRel pg:relationObject ?doc }")
        where = "\n  ".join(patterns)
        matched = [str(row[0]) for row in self.store.select(
            sparql_prologue() + f"SELECT DISTINCT ?doc WHERE {{\n  {where}\n}}").rows]
        if not matched:
            return {}
        # A few documents: count their citations only; many: count everyone's once (cheaper than one
        # lookup per document). Without a FILTER(?citing != ?doc), which costs more than the count:
        # the few documents that cite themselves are found apart.
        bound = f"VALUES ?doc {{ {_iris(matched)} }}" if len(matched) <= BOUNDED_COUNT_MAX else ""
        rows = self.store.select(sparql_prologue() + f"""
            SELECT ?doc (COUNT(DISTINCT ?citing) AS ?cited) WHERE {{ {bound} {_CITING} }} GROUP BY ?doc""").rows
        self_linked = {str(row[0]) for row in self.store.select(
            sparql_prologue() + f"SELECT DISTINCT ?doc WHERE {{ {_SELF_LINKED} }}").rows}
        counts = {str(row[0]): int(row[1]) - (str(row[0]) in self_linked) for row in rows}
        return {iri: counts.get(iri, 0) for iri in matched}

    def _nodes(self, shown: list[str], cited: dict[str, int]) -> list[GraphNode]:
        """The documents' summaries, as GET /documents gives them, with their ids and citation counts."""
        summaries = self.catalogue.summaries(shown)
        nodes = []
        for iri in shown:
            fields = summaries[iri].model_dump()
            fields["id"] = self.node_id(iri)
            if fields["kind_label"] is None and fields["kind"] is not None:
                fields["kind_label"] = self.kind_names.get(str(fields["kind"]))
            nodes.append(GraphNode(**fields, cited_by=cited[iri]))
        return nodes

    def _edges(self, shown: list[str], relations: set[str]) -> list[GraphEdge]:
        if not shown:
            return []
        inside = set(shown)
        labels = self.relation_labels()
        edges = []
        for hops in edges_from(self.store, shown).values():
            for hop in hops:
                if hop.target_document not in inside or (relations and hop.relation not in relations):
                    continue
                source, target = self.node_id(hop.source_document), self.node_id(hop.target_document)
                edges.append(GraphEdge(
                    id=f"{source} {hop.relation} {target}", source=source, target=target, relation=hop.relation,
                    relation_label=labels.get(hop.relation),
                    evidence=Evidence(text=hop.evidence, sentence=hop.sentence, source=hop.source_text,
                                      start=hop.start, end=hop.end),
                    also_stated_in=list(hop.also_stated_in),
                ))
        return sorted(edges, key=lambda e: (LINEAGE_ORDER.get(e.relation, len(LINEAGE_ORDER)), e.id))

    def _candidate_edges(self, ambiguous: list[str], inside: set[str]) -> list[GraphEdge]:
        if not ambiguous:
            return []
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?doc ?candidate WHERE {{
              VALUES ?doc {{ {_iris(ambiguous)} }} ?doc pg:candidate ?candidate
            }} ORDER BY ?doc ?candidate""").rows
        edges = []
        for doc, candidate in ((str(r[0]), str(r[1])) for r in rows):
            if candidate in inside:
                source, target = self.node_id(doc), self.node_id(candidate)
                edges.append(GraphEdge(id=f"{source} {CANDIDATE} {target}", source=source, target=target,
                                       relation=CANDIDATE, relation_label=None, evidence=None, also_stated_in=[]))
        return edges

    def relation_labels(self) -> dict[str, str]:
        concepts = _iris(PGS[f"relation/{kind}"] for kind in LINK_PROPERTIES)
        rows = self.store.select(sparql_prologue() + f"""
            SELECT ?concept ?label WHERE {{
              VALUES ?concept {{ {concepts} }} ?concept skos:prefLabel ?label FILTER(lang(?label) = "vi")
            }}""").rows
        return {str(concept).rsplit("/", 1)[-1]: str(label) for concept, label in rows}

    def facets(self) -> GraphFacets:
        """Relation kinds (counted in links), issuers and years (counted in documents), in one query."""
        rows = self.store.select(sparql_prologue() + """
            SELECT ?facet ?value (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?item) AS ?n) WHERE {
              { ?item pg:relationKind ?value . BIND("relation" AS ?facet)
                OPTIONAL { ?value skos:prefLabel ?name FILTER(lang(?name) = "vi") } }
              UNION
              { { ?item eli:passed_by ?value } UNION { ?item pg:inferredIssuer ?value } BIND("issuer" AS ?facet)
                OPTIONAL { ?value skos:prefLabel ?name FILTER(lang(?name) = "vi") } }
              UNION
              { ?item pg:identityYear ?year . BIND("year" AS ?facet) BIND(SUBSTR(STR(?year), 1, 4) AS ?value) }
              UNION
              { ?item eli:date_document ?date . FILTER NOT EXISTS { ?item pg:identityYear ?anyYear }
                BIND("year" AS ?facet) BIND(STR(YEAR(?date)) AS ?value) }
            } GROUP BY ?facet ?value""").dicts()
        relations, issuers, years = [], [], []
        for row in rows:
            facet, value, count = str(row["facet"]), str(row["value"]), int(row["n"])
            label = None if row["label"] is None else str(row["label"])
            if facet == "relation":
                kind = value.rsplit("/", 1)[-1]
                relations.append(FacetValue(value=kind, label=label or kind.replace("_", " "), count=count))
            elif facet == "issuer":
                # An organisation's IRI ends with the slug of its name, a value the issuer filter takes.
                slug = value.rsplit("/", 1)[-1]
                issuers.append(FacetValue(value=slug, label=label or slug, count=count))
            elif value.isdigit():
                years.append(FacetValue(value=value, label=value, count=count))
        return GraphFacets(
            relations=sorted(relations, key=lambda f: (LINEAGE_ORDER.get(f.value, len(LINEAGE_ORDER)), f.value)),
            issuers=sorted(issuers, key=lambda f: (-f.count, f.label)),
            years=sorted(years, key=lambda f: f.value, reverse=True),
        )


def _graph(request: Request) -> DocumentGraph:
    return DocumentGraph(DocumentCatalogue(request.app.state.store))


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
        return _graph(request).data(filters, wanted, limit)
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
    return _graph(request).facets()


@router.get("/graph", response_class=HTMLResponse, include_in_schema=False)
def graph_page() -> HTMLResponse:
    for package, name in (("cytoscape", "cytoscape.min.js"), ("dagre", "dagre.min.js"),
                          ("cytoscape-dagre", "cytoscape-dagre.js"),
                          ("noto-sans", "noto-sans-vietnamese-400-normal.woff2")):
        missing = vendor_missing(package, name)
        if missing is not None:
            return missing
    return HTMLResponse((WEB_DIR / "graph.html").read_text(encoding="utf-8"), headers={"Cache-Control": "no-cache"})


__all__ = ["DocumentGraph", "GraphData", "GraphFacets", "router"]
