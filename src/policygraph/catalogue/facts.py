"""What the texts state about documents, and which value to show where they disagree.

Each text is a named graph; the default graph is their merge. Where texts disagree about a document
(two titles, two spellings of its number), the value shown is the one the preferred-form rule picks
(rdf/preferred.py): stated by the most texts, then not all in capitals, then the longest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS
from rdflib.term import Identifier

from policygraph.catalogue.templates import iri, iris, render
from policygraph.rdf.namespaces import ELI, PG
from policygraph.rdf.preferred import preference
from policygraph.store.base import GraphStore

# What a document's summary is made from (GET /documents, the graph's nodes, a document's page).
SUMMARY_PREDICATES = (
    ELI.id_local, RDFS.label, ELI.type_document, ELI.date_document, DCTERMS.title, PG.identityYear, PG["term"],
    PG.isAmbiguous, ELI.passed_by, PG.inferredIssuer, PG.candidate,
)
# What pointing to a document needs: its number and its label.
REF_PREDICATES = (ELI.id_local, RDFS.label)


@dataclass
class FactValue:
    """One object of one predicate of a document, with how many named graphs (texts) state it.

    ``graphs`` is None when the value is the only one of its predicate: nothing is chosen by it, so
    the texts are not counted (see :func:`read_facts`)."""

    term: Identifier
    graphs: int | None
    label: str | None = None  # the object's skos:prefLabel in Vietnamese, for concepts and organisations


@dataclass
class DocumentFacts:
    """What the texts state about one document, by predicate, and the value to show of each."""

    values: dict[URIRef, list[FactValue]] = field(default_factory=lambda: defaultdict(list))

    def all(self, predicate: URIRef) -> list[FactValue]:
        """The values of ``predicate``, the preferred first; equals in a stable order."""
        return sorted(self.values.get(predicate, []),
                      key=lambda v: (*preference(str(v.term), v.graphs or 0), str(v.term), v.term.n3(),
                                     v.label or ""))

    def best(self, predicate: URIRef, lang: str | None = None) -> FactValue | None:
        values = self.all(predicate)
        if lang is not None:
            values = [v for v in values if isinstance(v.term, Literal) and v.term.language == lang]
        return values[0] if values else None

    def text(self, predicate: URIRef, lang: str | None = None) -> str | None:
        value = self.best(predicate, lang)
        return None if value is None else str(value.term)


def read_facts(store: GraphStore, documents: Iterable[str], predicates: Iterable[URIRef]) -> dict[str, DocumentFacts]:
    """What the texts state about each of ``documents`` with ``predicates``.

    Two queries. The values come from the merge of the texts' graphs (the default graph), with the
    documents bound. Then, only for a predicate with several values for one document (two titles, two
    spellings of its number, candidates), the texts stating each value are counted, graph by graph: the
    rule picks the value most texts state. Counting every fact of many much-cited documents would be
    slow on a large store; competing values are few.
    """
    documents = sorted(set(documents))
    predicates = list(dict.fromkeys(predicates))
    facts: dict[str, DocumentFacts] = {document: DocumentFacts() for document in documents}
    if not documents or not predicates:
        return facts
    rows = store.select(render("document_facts", documents=iris(documents),
                               predicates=iris(predicates, separator=", "))).dicts()
    stated: dict[tuple[str, URIRef], list[tuple[Identifier, str | None]]] = defaultdict(list)
    for row in rows:
        stated[(str(row["doc"]), row["p"])].append((row["o"], None if row["label"] is None else str(row["label"])))
    competing = {key for key, values in stated.items() if len({term for term, _ in values}) > 1}
    graphs = _graphs_stating(store, sorted(competing))
    for (document, predicate), values in stated.items():
        for term, label in values:
            if (document, predicate) not in competing:
                facts[document].values[predicate].append(FactValue(term, None, label))
            elif (document, predicate, term) in graphs:  # else no text states it any more: not a fact
                facts[document].values[predicate].append(FactValue(term, graphs[(document, predicate, term)], label))
    return facts


def _graphs_stating(store: GraphStore, pairs: list[tuple[str, URIRef]]) -> dict[tuple[str, URIRef, Identifier], int]:
    """For each (document, predicate) of ``pairs``, how many texts' graphs state each of its values."""
    if not pairs:
        return {}
    # A store that keeps the merge of the texts' graphs as a graph of its own must not count it.
    merged = store.union_graph
    not_merged = f"FILTER(?g != {iri(str(merged))})" if merged else ""
    bound = " ".join(f"({iri(doc)} {iri(str(predicate))})" for doc, predicate in pairs)
    rows = store.select(render("graphs_stating", not_merged=not_merged, pairs=bound)).dicts()
    return {(str(row["doc"]), row["p"], row["o"]): int(row["graphs"]) for row in rows}


__all__ = ["REF_PREDICATES", "SUMMARY_PREDICATES", "DocumentFacts", "FactValue", "read_facts"]
