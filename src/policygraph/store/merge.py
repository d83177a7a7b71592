"""The merge of every graph: the SPARQL Update requests that keep it right, written once.

Queries see, as their default graph, the RDF merge of every text's graph (and the ontology's). Oxigraph
0.5's own "union default graph" is not a merge: a triple stated by two texts comes back twice, so
COUNTs and SUMs are wrong (oxigraph/oxigraph#1919). So each store keeps the merge itself, in the same
atomic request that changes a text's graph:

- the embedded store keeps it in one more named graph (``merge_graph``, ``.../graph/union``);
- a SPARQL server keeps it in its default graph (``merge_graph`` None), so that an analyst querying
  the server directly sees what policygraph sees; or, on a server whose default graph cannot be
  written (Virtuoso), in a named graph of its own (``POLICYGRAPH_STORE_MERGE_GRAPH``).

Every function here takes ``merge_graph`` (an IRI, or None for the default graph) and returns the
text of one request; a triple leaves the merge only when no other graph states it. Standard library
and pyoxigraph only: the query workers import this.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox


def _in_merge(pattern: str, merge_graph: str | None) -> str:
    return f"GRAPH <{merge_graph}> {{ {pattern} }}" if merge_graph else pattern


def _other_than(graph_iri: str, merge_graph: str | None) -> str:
    """A FILTER on ``?other`` that leaves out ``graph_iri`` and the merge's own graph."""
    return f"?other != <{graph_iri}>" + (f" && ?other != <{merge_graph}>" if merge_graph else "")


def forget_graph_update(graph_iri: str, merge_graph: str | None) -> str:
    """Drop ``graph_iri``, and from the merge what no other graph states."""
    return (
        f"DELETE {{ {_in_merge('?s ?p ?o', merge_graph)} }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER({_other_than(graph_iri, merge_graph)}) }} }} ;\n"
        f"DROP SILENT GRAPH <{graph_iri}>"
    )


def replace_graph_update(graph_iri: str, ntriples: str, merge_graph: str | None, *,
                         create_graph: bool = False, triples_per_insert: int | None = None) -> str:
    """Make ``graph_iri`` hold exactly ``ntriples`` (N-Triples without blank nodes, one a line), and the
    merge follow: one request, so one transaction on the stores policygraph uses. For a server whose
    limits differ (Virtuoso): ``create_graph`` creates the graph explicitly (CREATE SILENT GRAPH) before
    filling it, since Virtuoso refuses DROP GRAPH of a graph only INSERT made; ``triples_per_insert``
    splits the statements into INSERT DATA operations of at most that many triples each, since
    Virtuoso's SPARQL compiler runs out of parser stack ("memory exhausted") past about 4,990 in one."""
    chunks = [ntriples]
    if triples_per_insert:
        lines = [line for line in ntriples.split("\n") if line.strip()]
        chunks = ["\n".join(lines[start:start + triples_per_insert])
                  for start in range(0, max(len(lines), 1), triples_per_insert)]
    create = f"CREATE SILENT GRAPH <{graph_iri}> ;\n" if create_graph else ""
    inserts = " ;\n".join(_insert_into(graph_iri, chunk, merge_graph) for chunk in chunks)
    return f"{forget_graph_update(graph_iri, merge_graph)} ;\n{create}{inserts}"


def _insert_into(graph_iri: str, ntriples: str, merge_graph: str | None) -> str:
    into_merge = f"GRAPH <{merge_graph}> {{\n{ntriples}\n}}" if merge_graph else f"\n{ntriples}\n"
    return f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} {into_merge} }}"


def sync_merge_update(merge_graph: str | None, *, default_graph_is_a_source: bool = True,
                      source_filter: str = "") -> str:
    """After an arbitrary update (SPARQL Update through /sparql): make the merge again what its
    sources hold, writing only what differs. With a merge graph, its sources are the store's default
    graph and every other named graph; without one (the merge is the default graph), every named
    graph. A server with no default graph of its own to write (Virtuoso: its default graph in an
    update is every graph, the merge included) passes ``default_graph_is_a_source=False``;
    ``source_filter``, a SPARQL expression on ``?g``, leaves out named graphs that are not the
    store's (a server's own system graphs)."""
    conditions = [f"?g != <{merge_graph}>"] if merge_graph else []
    if source_filter:
        conditions.append(source_filter)
    named = "GRAPH ?g { ?s ?p ?o }" + (f" FILTER({' && '.join(conditions)})" if conditions else "")
    sources = f"{{ ?s ?p ?o }} UNION {{ {named} }}" if merge_graph and default_graph_is_a_source else named
    merged = _in_merge("?s ?p ?o", merge_graph)
    return (
        f"DELETE {{ {merged} }} WHERE {{ {merged}\n  FILTER NOT EXISTS {{ {sources} }} }} ;\n"
        f"INSERT {{ {merged} }} WHERE {{ {sources}\n  FILTER NOT EXISTS {{ {merged} }} }}"
    )


def merge_as_default_graph(merge_graph: str | None) -> dict[str, Any]:
    """The pyoxigraph query options that make the merge the default graph: the merge graph when the
    store has one, else Oxigraph's own union (a store without the graph: it counts a triple once per
    graph that states it)."""
    if merge_graph:
        return {"default_graph": [ox.NamedNode(merge_graph)]}
    return {"use_default_graph_as_union": True}
