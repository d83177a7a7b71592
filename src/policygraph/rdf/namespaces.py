"""The namespaces the mapping writes. The ontology's own is fixed; the data's base is configurable.

The relation kinds and their link properties are read from the SKOS scheme: see
:mod:`policygraph.rdf.relation_kinds`.
"""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

PG = Namespace("https://w3id.org/policygraph/ontology#")
PGS = Namespace("https://w3id.org/policygraph/scheme/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")

PREFIXES: dict[str, Namespace] = {
    "pg": PG,
    "pgs": PGS,
    "eli": ELI,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "org": ORG,
    "prov": PROV,
    "xsd": XSD,
    "rdfs": RDFS,
    "rdf": RDF,
    "owl": OWL,
}

def new_graph() -> Graph:
    """An empty rdflib Graph with the project's prefixes bound (so that Turtle output is readable)."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for queries written by the code (saved queries carry their own)."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
