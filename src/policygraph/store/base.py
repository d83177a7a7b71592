"""The store interface.

Everything above the store (ingest, trace, the API) speaks to it through these few operations, all
of which a standard SPARQL 1.1 server can provide: replace one named graph atomically (a single
Update that drops and inserts, or a Graph Store Protocol PUT), query with SPARQL, and read a graph
back. That is what lets a remote store be added without touching the callers.

Each store also keeps the merge of all its graphs, which queries take as their default graph
(``policygraph.store.merge``): ``union_graph`` names the graph that holds it (None when it is the
store's default graph), every write keeps it, and :meth:`GraphStore.query_engine` gives what answers
the SPARQL endpoint's queries over it.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from rdflib import Graph
from rdflib.term import BNode

from policygraph.errors import StoreError

if TYPE_CHECKING:
    from policygraph.config import Settings
    from policygraph.sparql.engine import QueryEngine

# The whole dataset's formats, and the union graph's with rdflib's name for each.
DATASET_EXPORT_FORMATS = ("nquads", "trig")
UNION_EXPORT_FORMATS = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld"}


@dataclass(frozen=True)
class SelectResult:
    """SELECT results as plain values: variable names and rows of rdflib terms (None when unbound)."""

    variables: list[str]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> Iterator[dict[str, Any]]:
        for row in self.rows:
            yield dict(zip(self.variables, row, strict=True))


class GraphStore(ABC):
    """A quad store addressed by named graphs."""

    location: str
    base_iri: str
    # The named graph that holds the merge of all the others, or None when the store's default graph
    # holds it (a SPARQL server's).
    union_graph: str | None

    @abstractmethod
    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Make ``graph_iri`` hold exactly ``graph``'s triples, atomically: readers see the old graph
        or the new one, never a mix; a failure leaves the old one."""

    def replace_graph_ntriples(self, graph_iri: str, ntriples: str) -> None:
        """:meth:`replace_graph` for statements already written as N-Triples without blank nodes (as
        ingest writes them, skipping rdflib), with the same atomicity. Stores override it to send the
        text as it is; this default parses it."""
        self.replace_graph(graph_iri, Graph().parse(data=ntriples, format="nt"))

    @abstractmethod
    def drop_graph(self, graph_iri: str) -> None: ...

    @abstractmethod
    def update(self, text: str) -> None:
        """Apply a SPARQL Update (relative IRIs against ``base_iri``), then bring the merge of the
        graphs up to date with what it changed. Raises QuerySyntaxError when it does not parse,
        UpdateFailed when the store cannot apply it, StoreError when the store cannot be reached."""

    @abstractmethod
    def query_engine(self, settings: Settings) -> QueryEngine:
        """What answers the SPARQL endpoint's queries and updates over this store (not started yet:
        see ``policygraph.sparql.engine.running_query_engine``)."""

    @abstractmethod
    def graph_names(self) -> list[str]: ...

    @abstractmethod
    def select(self, query: str) -> SelectResult:
        """Run a SELECT with the union of the named graphs as the default graph."""

    @abstractmethod
    def ask(self, query: str) -> bool: ...

    @abstractmethod
    def construct(self, query: str) -> Graph: ...

    @abstractmethod
    def query_serialized(self, query: str, media_type: str) -> tuple[str, bytes]:
        """Run any query form and serialise its results in ``media_type``; returns the query form
        ("select", "ask", "construct") and the bytes. Raises QueryError for a syntax error."""

    @abstractmethod
    @abstractmethod
    def export_to(self, fmt: str, output: BinaryIO) -> None:
        """Write the whole dataset in ``fmt`` (nquads, trig: the texts' graphs and the ontology's, not the
        merge) or its union graph (turtle, jsonld, ntriples, rdfxml) to ``output``, as it is read: a
        backend streams what it can (the dataset formats always), so that exporting a large store does not
        hold it in memory."""

    def export(self, fmt: str) -> bytes:
        """:meth:`export_to` into memory (for a small store, a test, a notebook)."""
        buffer = io.BytesIO()
        self.export_to(fmt, buffer)
        return buffer.getvalue()

    def export_union(self, fmt: str, output: BinaryIO) -> None:
        """The merge of the graphs in one of ``UNION_EXPORT_FORMATS``, serialised by rdflib (in memory:
        rdflib's serialisers need the whole graph)."""
        if fmt not in UNION_EXPORT_FORMATS:
            formats = ", ".join([*DATASET_EXPORT_FORMATS, *UNION_EXPORT_FORMATS])
            raise StoreError(f"unknown export format {fmt!r}; use one of {formats}")
        union = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        output.write(union.serialize(format=UNION_EXPORT_FORMATS[fmt]).encode("utf-8"))

    @abstractmethod
    def quad_count(self) -> int: ...

    def flush(self) -> None:  # noqa: B027 - optional hook, only stores with a local write-ahead log need it
        """Write what is buffered to the store's files (after a bulk ingest); the default does nothing
        (a SPARQL server manages its own files)."""

    def close(self) -> None:  # noqa: B027 - optional hook, most stores have something to release
        """Release locks and handles; the default does nothing."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def skolemised_ntriples(graph: Graph, base: str) -> str:
    """``graph`` as N-Triples with its blank nodes skolemised under ``base``: the merge is kept by
    exact matching, which blank nodes would defeat."""
    if any(isinstance(t, BNode) for triple in graph for t in triple):
        graph = graph.skolemize(basepath=f"{base}.well-known/genid/")
    return graph.serialize(format="nt")


def union_graph_iri(base_iri: str) -> str:
    """The named graph that holds the merge of all others, queried as the default graph."""
    return f"{base_iri.rstrip('/#')}/graph/union"
