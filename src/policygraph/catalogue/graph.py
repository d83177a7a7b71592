"""The documents and their typed links as a graph to draw, and the values its filters can take.

A document is a node with its summary (as the listing gives it) and how many documents cite it. A
typed link is a directed edge, drawn once however many texts state it, with the best of their
sentences (trace's rule: prose before shouting headings) and the other texts' files listed. An
ambiguous document's possible identities (pg:candidate) come as edges of kind ``candidate``.

A large store holds too many documents to draw: the ``limit`` most cited matching documents are kept
with the links among them, and ``total`` says how many matched. Each answer costs the same few queries
(matching documents with their citation counts, their summaries, the links out of them), never one
per document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from policygraph.catalogue.documents import DocumentCatalogue
from policygraph.catalogue.filters import DocumentFilter
from policygraph.catalogue.records import Evidence, FacetValue, GraphData, GraphEdge, GraphFacets, GraphNode
from policygraph.catalogue.templates import iri, iris, render
from policygraph.errors import InputError
from policygraph.rdf.namespaces import PGS, sparql_prologue
from policygraph.rdf.relation_kinds import link_properties
from policygraph.trace import LINEAGE_ORDER, edges_from

# Up to this many matching documents, their citations are counted one by one; beyond, everyone's at once.
BOUNDED_COUNT_MAX = 500
CANDIDATE = "candidate"

# Who cites whom, through the direct link triples (one pattern per link property is what the store
# answers fastest; the qualified pg:DocumentRelation nodes say the same with their evidence).
LINK_PROPERTIES = link_properties()
_CITING = " UNION ".join(f"{{ ?citing {iri(p)} ?doc }}" for p in LINK_PROPERTIES.values())
_SELF_LINKED = " UNION ".join(f"{{ ?doc {iri(p)} ?doc }}" for p in LINK_PROPERTIES.values())


class UnknownRelation(InputError, ValueError):
    """A relation filter that names no relation kind."""


class DocumentGraph:
    """The graph's queries over one store, on top of its catalogue. Cheap to make: one per request."""

    def __init__(self, catalogue: DocumentCatalogue) -> None:
        self.catalogue = catalogue
        self.store = catalogue.store
        self.kind_names = {names.concept: names.name_vi for names in catalogue.kinds.values()}

    def node_id(self, document: str) -> str:
        return self.catalogue.id_of(document) or document

    def data(self, filters: DocumentFilter, relations: list[str], limit: int) -> GraphData:
        for relation in relations:
            if relation not in LINK_PROPERTIES:
                raise UnknownRelation(f"unknown relation kind {relation!r}; use one of {', '.join(LINK_PROPERTIES)}")
        found = self.catalogue.find_by_number(filters.number) if filters.number else None
        cited = self._matching(DocumentFilter(kind=filters.kind, issuer=filters.issuer, year=filters.year),
                               relations, found)
        first = set(found or ())
        shown = sorted(cited, key=lambda document: (document not in first, -cited[document], document))[:limit]
        nodes = self._nodes(shown, cited)
        edges = self._edges(shown, set(relations))
        if not relations:
            edges += self._candidate_edges([node.iri for node in nodes if node.ambiguous], set(shown))
        return GraphData(total=len(cited), limit=limit, nodes=tuple(nodes), edges=tuple(edges))

    def _matching(self, filters: DocumentFilter, relations: list[str], found: list[str] | None) -> dict[str, int]:
        """The documents that match, each with how many documents cite it (by any relation kind)."""
        if found is not None and not found:
            return {}
        patterns = []
        if found is not None:
            # The documents with that number and those they link with, in either direction.
            ego = " UNION ".join([f"{{ VALUES ?doc {{ {iris(found)} }} }}"] + [
                f"{{ ?egoRel pg:relationSubject {iri(document)} ; pg:relationObject ?doc }}"
                f" UNION {{ ?egoRel pg:relationObject {iri(document)} ; pg:relationSubject ?doc }}"
                for document in found])
            patterns.append(f"{{ SELECT DISTINCT ?doc WHERE {{ {ego} }} }}")
        if filters.query_parameters():
            patterns.append(self.catalogue.filter_patterns(filters))
        else:
            patterns.append("?doc a pg:PolicyDocument .")
        if relations:
            kinds = iris(PGS[f"relation/{r}"] for r in relations)
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
        bound = f"VALUES ?doc {{ {iris(matched)} }}" if len(matched) <= BOUNDED_COUNT_MAX else ""
        rows = self.store.select(render("citation_counts", bound=bound, citing=_CITING)).rows
        self_linked = {str(row[0]) for row in self.store.select(
            render("self_linked", self_linked=_SELF_LINKED)).rows}
        counts = {str(row[0]): int(row[1]) - (str(row[0]) in self_linked) for row in rows}
        return {document: counts.get(document, 0) for document in matched}

    def _nodes(self, shown: list[str], cited: dict[str, int]) -> list[GraphNode]:
        """The documents' summaries, as the listing gives them, with their ids and citation counts."""
        summaries = self.catalogue.summaries(shown)
        nodes = []
        for document in shown:
            summary = summaries[document]
            values = {f.name: getattr(summary, f.name) for f in fields(summary)}
            values["id"] = self.node_id(document)
            if values["kind_label"] is None and values["kind"] is not None:
                values["kind_label"] = self.kind_names.get(str(values["kind"]))
            nodes.append(GraphNode(**values, cited_by=cited[document]))
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
                    also_stated_in=tuple(hop.also_stated_in),
                ))
        return sorted(edges, key=lambda e: (LINEAGE_ORDER.get(e.relation, len(LINEAGE_ORDER)), e.id))

    def _candidate_edges(self, ambiguous: list[str], inside: set[str]) -> list[GraphEdge]:
        if not ambiguous:
            return []
        rows = self.store.select(render("candidate_edges", documents=iris(ambiguous))).rows
        edges = []
        for doc, candidate in ((str(r[0]), str(r[1])) for r in rows):
            if candidate in inside:
                source, target = self.node_id(doc), self.node_id(candidate)
                edges.append(GraphEdge(id=f"{source} {CANDIDATE} {target}", source=source, target=target,
                                       relation=CANDIDATE, relation_label=None, evidence=None, also_stated_in=()))
        return edges

    def relation_labels(self) -> dict[str, str]:
        concepts: Iterable[str] = (PGS[f"relation/{kind}"] for kind in LINK_PROPERTIES)
        rows = self.store.select(render("relation_labels", concepts=iris(concepts))).rows
        return {str(concept).rsplit("/", 1)[-1]: str(label) for concept, label in rows}

    def facets(self) -> GraphFacets:
        """Relation kinds (counted in links), issuers and years (counted in documents), in one query."""
        rows = self.store.select(render("graph_facets")).dicts()
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
            relations=tuple(sorted(relations, key=lambda f: (LINEAGE_ORDER.get(f.value, len(LINEAGE_ORDER)), f.value))),
            issuers=tuple(sorted(issuers, key=lambda f: (-f.count, f.label))),
            years=tuple(sorted(years, key=lambda f: f.value, reverse=True)),
        )


__all__ = ["BOUNDED_COUNT_MAX", "CANDIDATE", "DocumentGraph", "UnknownRelation"]
