"""Figures about what the store holds."""

from __future__ import annotations

from policygraph.rdf.namespaces import sparql_prologue
from policygraph.store.base import GraphStore


def text_count(store: GraphStore) -> int:
    """How many source texts the store holds (one named graph each)."""
    rows = store.select(sparql_prologue() + "SELECT (COUNT(*) AS ?n) WHERE { ?s a pg:SourceText }").rows
    return int(rows[0][0]) if rows else 0


def store_statistics(store: GraphStore) -> dict[str, object]:
    def count(where: str) -> int:
        rows = store.select(sparql_prologue() + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows
        return int(rows[0][0]) if rows else 0

    kinds = store.select(sparql_prologue() + """
        SELECT ?kind (COUNT(DISTINCT ?rel) AS ?n) WHERE {
          ?rel a pg:DocumentRelation ; pg:relationKind ?k . BIND(STRAFTER(STR(?k), "relation/") AS ?kind)
        } GROUP BY ?kind ORDER BY ?kind""")
    return {
        "quads": store.quad_count(),
        "named_graphs": len(store.graph_names()),
        "source_texts": text_count(store),
        "documents": count("SELECT DISTINCT ?d WHERE { ?d a pg:PolicyDocument }"),
        "documents_ingested": count("SELECT DISTINCT ?d WHERE { ?s pg:describes ?d }"),
        "documents_only_referenced": count(
            "SELECT DISTINCT ?d WHERE { ?d a pg:PolicyDocument FILTER NOT EXISTS { ?s pg:describes ?d } }"
        ),
        "mentions": count("?m a pg:DocumentMention"),
        "relations": count("?r a pg:DocumentRelation"),
        "relations_by_kind": {str(k): int(n) for k, n in kinds.rows},
    }
