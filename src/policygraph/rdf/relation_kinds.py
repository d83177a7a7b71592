"""The kinds of relation between documents, read from the SKOS scheme ``schemes/relation-kind.ttl``.

The scheme is the one list of kinds: each ``skos:Concept`` of it is a kind, named by the last segment
of its IRI (``pgs:relation/implements`` is ``implements``), and its ``pg:linkProperty`` is the property
of the direct triple the mapping writes beside each qualified ``pg:DocumentRelation``. The mapping,
validation, the trace and the catalogue take the kinds from here; adding a kind is an edit to the
scheme (and to the trigger words in data/patterns/relation_triggers.json that find it).

The one thing the scheme does not say is the order a reader follows a document's links in (its
lineage: what it implements or continues before what it merely cites). :data:`LINEAGE_FIRST` gives
it; a kind the scheme adds later comes after those, by name, and the scheme's top concept (``cites``,
the most general kind) always comes last.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from policygraph.defaults import DEFAULT_ONTOLOGY_DIR
from policygraph.errors import PolicyGraphError
from policygraph.rdf.namespaces import PG, PGS

SCHEME_FILE = Path("schemes") / "relation-kind.ttl"
SCHEME = URIRef(str(PGS) + "relation")
CONCEPT_PREFIX = str(PGS) + "relation/"

# The kinds that carry a document's lineage, in the order a reader follows them.
LINEAGE_FIRST = (
    "implements", "continues", "legal_basis", "amends", "replaces", "repeals", "guides", "consolidates",
    "corrects", "suspends", "linked_with", "reviews",
)


class RelationSchemeError(PolicyGraphError):
    """The relation-kind scheme cannot be used as it is (a kind without its link property, say)."""

    exit_code = 2


@dataclass(frozen=True)
class RelationKind:
    """One kind of relation: its name (the extraction's ``Relation.type``), its SKOS concept, and the
    property of the direct link triple."""

    name: str
    concept: URIRef
    link_property: URIRef


@lru_cache(maxsize=4)
def relation_kinds(ontology_dir: Path = DEFAULT_ONTOLOGY_DIR) -> tuple[RelationKind, ...]:
    """The kinds of the scheme under ``ontology_dir``, in lineage order (read once per folder)."""
    path = Path(ontology_dir) / SCHEME_FILE
    try:
        scheme = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as exc:
        raise RelationSchemeError(f"{path}: cannot read the relation-kind scheme ({exc}); "
                                  "check POLICYGRAPH_ONTOLOGY_DIR") from exc
    top = set(scheme.objects(SCHEME, SKOS.hasTopConcept))
    kinds = []
    for concept in scheme.subjects(SKOS.inScheme, SCHEME):
        if (concept, RDF.type, SKOS.Concept) not in scheme or not str(concept).startswith(CONCEPT_PREFIX):
            continue
        name = str(concept).removeprefix(CONCEPT_PREFIX)
        link = scheme.value(concept, PG.linkProperty)
        if not isinstance(link, URIRef):
            raise RelationSchemeError(f"{path}: the relation kind {name!r} has no pg:linkProperty; give it the "
                                      "property of its direct link triple")
        kinds.append(RelationKind(name, URIRef(concept), link))

    def rank(kind: RelationKind) -> tuple[int, int, str]:
        if kind.concept in top:
            return (2, 0, kind.name)
        if kind.name in LINEAGE_FIRST:
            return (0, LINEAGE_FIRST.index(kind.name), kind.name)
        return (1, 0, kind.name)

    return tuple(sorted(kinds, key=rank))


def link_properties(ontology_dir: Path = DEFAULT_ONTOLOGY_DIR) -> dict[str, URIRef]:
    """Kind name -> its direct link property, in lineage order."""
    return {kind.name: kind.link_property for kind in relation_kinds(ontology_dir)}


def lineage_order(ontology_dir: Path = DEFAULT_ONTOLOGY_DIR) -> dict[str, int]:
    """Kind name -> its place in lineage order (0 first); sort unknown names after with ``len()``."""
    return {kind.name: i for i, kind in enumerate(relation_kinds(ontology_dir))}
