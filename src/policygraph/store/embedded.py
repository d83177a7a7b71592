"""The embedded on-disk store: pyoxigraph (RocksDB underneath).

pyoxigraph's ``Store.update`` applies a whole SPARQL Update request in one transaction (and
``Store.load`` a whole load), so one request that drops a text's graph and inserts its new statements
replaces them atomically, and RocksDB's write-ahead log makes that hold across a crash or ``kill -9``.
The store takes an exclusive lock on its folder: one process (the server, or an ingest) writes to it
at a time; the commands that only read open it read-only (``policygraph.store.read_only``), which
takes no lock, and so work beside a running server.

The union graph. Queries see, as their default graph, the merge of every text's graph. Oxigraph
0.5's own "union default graph" is not a merge: a triple stated by two texts (every text that
mentions 45-NQ/TW says what 45-NQ/TW is) comes back twice, so COUNTs and SUMs are wrong
(oxigraph/oxigraph#1919). We therefore keep the merge ourselves in one more named graph, updated in
the same atomic request as the text's graph (``policygraph.store.merge``), and query with that
graph as the default graph. Blank nodes are skolemised first, so the merge can be maintained by
exact matching.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from policygraph.defaults import DEFAULT_BASE_IRI, DEFAULT_SERVER_SPARQL_URL
from policygraph.errors import QuerySyntaxError, StoreError, StoreLockedError, UpdateFailed
from policygraph.rdf.conversion import to_rdflib
from policygraph.store.base import GraphStore, SelectResult, skolemised_ntriples, union_graph_iri
from policygraph.store.merge import (
    forget_graph_update,
    merge_as_default_graph,
    replace_graph_update,
    sync_merge_update,
)
from policygraph.store.read_only import open_read_only

if TYPE_CHECKING:
    from policygraph.config import Settings
    from policygraph.sparql.pool import QueryWorkerPool

_DATASET_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
_UNION_FORMATS = {"ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE, "rdfxml": ox.RdfFormat.RDF_XML}

# A read-only view replays the whole write-ahead log when it opens (about 60 ms per MB here), and
# every query worker reopens its view after an update: past this size the log is flushed into the
# store's files. Flushing after every update instead would cost an fsync per update.
WAL_FLUSH_BYTES = 1_000_000


def nquads_in_graphs(ntriples: str, graph_iris: tuple[str, ...]) -> bytes:
    """Each line of an N-Triples document (one triple a line, as the mapping and rdflib write them)
    once in each of ``graph_iris``, as N-Quads. Lines end at "\n" only: a literal may hold any other
    line separator (U+2028, a form feed) unescaped, which ``str.splitlines`` would cut at."""
    lines = [line.rstrip()[:-1].rstrip() for line in ntriples.split("\n") if line.strip()]
    return "".join(f"{line} <{graph}> .\n" for graph in graph_iris for line in lines).encode("utf-8")


def holds_store(folder: Path) -> bool:
    """Whether ``folder`` holds a store: RocksDB, under Oxigraph, writes ``CURRENT`` when it creates a
    database and reads it first to open one (``Store.read_only`` on a folder without it fails with
    "No such file or directory: .../CURRENT")."""
    return (folder / "CURRENT").is_file()


# What RocksDB's errors about the store's lock file name: another process holds it ("IO error: While
# lock file: .../LOCK: Resource temporarily unavailable"), or this one does ("IO error: lock hold by
# current process ... .../LOCK: No locks available").
_LOCKED = "/LOCK: "


def held_store_message(path: str, sparql: str) -> str:
    """What to do when another process holds the store for writing. A store that only needs to be read
    is opened read-only, beside it; a write must wait for it, or go through the server when it takes
    SPARQL Update (its /sparql, ``sparql``, is then a remote store's query and update URL)."""
    return (
        f"the store at {path} is held by another process (a running `policygraph serve`, or an ingest): stop it "
        "and run this command again; or, if it is a server that takes SPARQL Update (POLICYGRAPH_UPDATE_TOKEN), "
        f"ingest through it: POLICYGRAPH_STORE_UPDATE_URL={sparql} POLICYGRAPH_STORE_TOKEN=<the token> "
        f"policygraph ingest --store {sparql} FILES"
    )


class EmbeddedStore(GraphStore):
    def __init__(self, path: str | Path, *, read_only: bool = False, base_iri: str = DEFAULT_BASE_IRI,
                 server_sparql_url: str = DEFAULT_SERVER_SPARQL_URL) -> None:
        """``server_sparql_url``: where `policygraph serve` answers SPARQL, named when another process
        holds the store (the settings' host and port, passed in by :func:`~policygraph.store.base.open_store`)."""
        self.location = str(path)
        self.read_only = read_only
        self.base_iri = base_iri
        self.union_graph = union_graph_iri(self.base_iri)
        self._write_lock = threading.Lock()
        Path(path).mkdir(parents=True, exist_ok=True)
        try:
            self._store = open_read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            if _LOCKED in str(exc):
                raise StoreLockedError(held_store_message(str(path), server_sparql_url)) from exc
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store, for tests and benchmarks that load or edit it directly."""
        return self._store

    def query_engine(self, settings: Settings) -> QueryWorkerPool:
        """Worker processes over read-only views of this store's folder: pyoxigraph cannot stop a
        query, a process can be killed (``policygraph.sparql.pool``)."""
        from policygraph.sparql.pool import QueryWorkerPool

        return QueryWorkerPool(self, settings)

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        self.replace_graph_ntriples(graph_iri, skolemised_ntriples(graph, self.base_iri))

    def replace_graph_ntriples(self, graph_iri: str, ntriples: str) -> None:
        """:meth:`replace_graph` for triples already written as N-Triples (without blank nodes), as
        ingest writes them; atomic like it.

        A graph the store does not have yet (every text of a first ingest) has nothing to forget:
        its triples go into it and into the union graph with one transactional ``Store.load`` of
        N-Quads, which leaves the same quads as ``merge.replace_graph_update`` and takes a quarter less
        time than parsing and running that update (9.4 against 12.6 ms for a synthetic text of 235
        triples in a store of 10,000). The lock keeps the check and the write together when
        several threads of this process write."""
        try:
            with self._write_lock:
                if self._store.contains_named_graph(ox.NamedNode(graph_iri)):
                    self._store.update(replace_graph_update(graph_iri, ntriples, self.union_graph))
                else:
                    self._store.load(nquads_in_graphs(ntriples, (graph_iri, self.union_graph)),
                                     format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"could not replace graph <{graph_iri}>: {exc}") from exc

    def flush(self) -> None:
        """Write what is in memory to the store's files, so that RocksDB can let go of its write-ahead
        log. It keeps a log file until every column family with data in it has been flushed, and
        Oxigraph's rarely written ones (the graph names) never fill their memory table: without this
        a long ingest keeps all its log, about 350 KB per text (3.4 GB after 10,000 texts), until the
        store is next opened."""
        with self._write_lock:
            self._store.flush()

    def drop_graph(self, graph_iri: str) -> None:
        self._store.update(forget_graph_update(graph_iri, self.union_graph))

    def update(self, text: str) -> None:
        """Apply a SPARQL Update in one transaction, then bring the union graph up to date with every
        other graph and the store's default graph (a full pass over the store: seconds on a million
        quads), and flush the write-ahead log once it has grown past ``WAL_FLUSH_BYTES``.

        The update works on the store itself: its default graph is the store's own (not the union),
        its named graphs are the store's. A store without the union graph is left without it."""
        try:
            with self._write_lock:
                self._store.update(text, base_iri=self.base_iri)
                if self._store.contains_named_graph(ox.NamedNode(self.union_graph)):
                    self._store.update(sync_merge_update(self.union_graph))
                if self._write_ahead_log_bytes() > WAL_FLUSH_BYTES:
                    self._store.flush()
        except SyntaxError as exc:
            raise QuerySyntaxError.from_message(str(exc)) from exc
        except (OSError, ValueError, RuntimeError) as exc:  # pyoxigraph's evaluation errors
            raise UpdateFailed(str(exc)) from exc

    def _write_ahead_log_bytes(self) -> int:
        """The size of RocksDB's write-ahead log files; past the flush threshold when unreadable."""
        try:
            return sum(e.stat().st_size for e in os.scandir(self.location) if e.name.endswith(".log"))
        except OSError:
            return WAL_FLUSH_BYTES + 1

    def graph_names(self) -> list[str]:
        """The texts' graphs and the ontology's; the union graph is left out (it is their merge)."""
        return sorted(
            g.value for g in self._store.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value != self.union_graph
        )

    def select(self, query: str) -> SelectResult:
        results = self._query(query)
        if not isinstance(results, ox.QuerySolutions):
            raise StoreError("expected a SELECT query")
        variables = [v.value for v in results.variables]
        rows = [tuple(to_rdflib(solution[v]) for v in variables) for solution in results]
        return SelectResult(variables, rows)

    def ask(self, query: str) -> bool:
        return bool(self._query(query))

    def construct(self, query: str) -> Graph:
        graph = Graph()
        for triple in self._query(query):
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return graph

    def _query(self, query: str) -> object:
        """Run ``query`` with the union graph as its default graph."""
        try:
            return self._store.query(query, **merge_as_default_graph(self.union_graph))
        except SyntaxError as exc:
            raise QuerySyntaxError.from_message(str(exc), prefix="SPARQL syntax error: ") from exc

    def query_serialized(self, query: str, media_type: str) -> tuple[str, bytes]:
        results = self._query(query)
        if isinstance(results, ox.QuerySolutions | ox.QueryBoolean):
            form = "select" if isinstance(results, ox.QuerySolutions) else "ask"
            return form, results.serialize(format=ox.QueryResultsFormat.from_media_type(media_type))
        return "construct", results.serialize(format=ox.RdfFormat.from_media_type(media_type))

    def export_to(self, fmt: str, output: BinaryIO) -> None:
        """Streams: the dataset formats quad by quad, and the union graph's N-Triples, Turtle and RDF/XML
        triple by triple from the union graph Oxigraph keeps (JSON-LD goes through rdflib, in memory)."""
        union = ox.NamedNode(self.union_graph)
        if fmt in _DATASET_FORMATS:
            quads = (q for q in self._store.quads_for_pattern(None, None, None, None) if q.graph_name != union)
            ox.serialize(quads, output, _DATASET_FORMATS[fmt])
        elif fmt in _UNION_FORMATS and self._store.contains_named_graph(union):
            triples = (q.triple for q in self._store.quads_for_pattern(None, None, None, union))
            ox.serialize(triples, output, _UNION_FORMATS[fmt])
        else:
            self.export_union(fmt, output)

    def quad_count(self) -> int:
        """Quads in the texts' and the ontology's graphs (the union graph's copies are not counted)."""
        return len(self._store) - self.union_size()

    def union_size(self) -> int:
        result = self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{self.union_graph}> {{ ?s ?p ?o }} }}")
        return int(next(iter(result))["n"].value)

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            if not self.read_only:
                with contextlib.suppress(OSError):
                    self._store.flush()
            del self._store
            self._store = None  # type: ignore[assignment]
