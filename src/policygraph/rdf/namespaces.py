"""The namespaces the mapping writes. The ontology's own is fixed; the data's base is configurable."""

from __future__ import annotations

from rdflib import Namespace
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

# The direct link property for each relation type; each link also gets a qualified
# pg:DocumentRelation node that carries its evidence.
LINK_PROPERTIES = {
    "implements": ELI.implements,
    "continues": PG.continues,
    "legal_basis": ELI.based_on,
    "amends": ELI.amends,
    "replaces": PG.replaces,
    "repeals": ELI.repeals,
    "guides": PG.guides,
    "linked_with": PG.linkedWith,
    "reviews": PG.reviews,
    "corrects": ELI.corrects,
    "consolidates": ELI.consolidates,
    "suspends": PG.suspends,
    "cites": ELI.cites,
}


def sparql_prologue() -> str:
    """PREFIX lines for queries written by the code (saved queries carry their own)."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
