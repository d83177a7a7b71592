"""Which terms a graph uses that no loaded vocabulary defines.

The vocabularies are ours (``ontology/policygraph.ttl``, the SKOS schemes in ``ontology/schemes/``,
the ELI subset in ``ontology/vocab/eli-subset.ttl``) and the standard ones rdflib ships as closed
namespaces (RDF, RDFS, OWL, XSD, SKOS, DCTERMS, ORG, PROV, TIME, SH, VANN), which know every term
they define and nothing else.

A term counts as used when it is a predicate, the object of ``rdf:type``, or any IRI in a governed
namespace (pg:, pgs:, eli: and the closed ones), wherever it stands: a misspelt
``pgs:document-kind/NQQ`` as an object is as wrong as a misspelt predicate. IRIs of data (documents,
evidence nodes, ...) are not terms and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, TIME, VANN, XSD

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"

PG = "https://w3id.org/policygraph/ontology#"
PGS = "https://w3id.org/policygraph/scheme/"
ELI = "http://data.europa.eu/eli/ontology#"

CLOSED_NAMESPACES = (RDF, RDFS, OWL, XSD, SKOS, DCTERMS, ORG, PROV, TIME, SH, VANN)
OPEN_GOVERNED_NAMESPACES = (PG, PGS, ELI)


def vocabulary_files() -> list[Path]:
    """The project's vocabulary files: the ontology, the ELI subset and every SKOS scheme."""
    return [
        ONTOLOGY_DIR / "policygraph.ttl",
        ONTOLOGY_DIR / "vocab" / "eli-subset.ttl",
        *sorted((ONTOLOGY_DIR / "schemes").glob("*.ttl")),
    ]


def load_vocabulary(paths: Iterable[Path] | None = None) -> Graph:
    graph = Graph()
    for path in paths if paths is not None else vocabulary_files():
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def project_vocabulary() -> Graph:
    """The project's vocabularies, parsed once per process."""
    return load_vocabulary()


def closed_namespace_of(term: URIRef):
    for namespace in CLOSED_NAMESPACES:
        if str(term).startswith(str(namespace)):
            return namespace
    return None


def is_governed(term: URIRef) -> bool:
    """True for IRIs in a namespace whose every term must be defined somewhere we can see."""
    return closed_namespace_of(term) is not None or str(term).startswith(OPEN_GOVERNED_NAMESPACES)


def is_defined(term: URIRef, vocabulary: Graph) -> bool:
    """A term is defined when a closed namespace lists it or a vocabulary gives it an rdf:type."""
    namespace = closed_namespace_of(term)
    if namespace is not None:
        return term in namespace
    return (term, RDF.type, None) in vocabulary


def used_terms(graph: Graph) -> set[URIRef]:
    """Predicates, classes (objects of rdf:type) and every IRI in a governed namespace."""
    terms: set[URIRef] = set()
    for s, p, o in graph:
        terms.add(p)
        if p == RDF.type and isinstance(o, URIRef):
            terms.add(o)
        for node in (s, o):
            if isinstance(node, URIRef) and is_governed(node):
                terms.add(node)
    return terms


def undefined_terms(graph: Graph, vocabulary: Graph | None = None) -> set[URIRef]:
    """Terms that ``graph`` uses and no vocabulary defines.

    ``vocabulary`` defaults to the project's vocabularies (see :func:`vocabulary_files`); the
    closed rdflib namespaces are always consulted. Terms that ``graph`` itself declares (a shapes
    file declaring its shapes, say) are not counted as defined unless ``vocabulary`` includes it.
    """
    vocab = vocabulary if vocabulary is not None else project_vocabulary()
    return {term for term in used_terms(graph) if not is_defined(term, vocab)}
