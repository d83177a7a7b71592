"""The embedded on-disk store: pyoxigraph (RocksDB underneath).

pyoxigraph's ``Store.update`` applies a whole SPARQL Update request in one transaction, so
"DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }" replaces a text's statements atomically,
and RocksDB's write-ahead log makes that hold across a crash or ``kill -9``. The store takes an
exclusive lock on its folder: one process (the server, or one CLI command) owns it at a time.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import BNode

from policygraph.errors import QueryError, StoreError
from policygraph.store.base import GraphStore, SelectResult

_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


_POSITION = re.compile(r"error at (\d+):(\d+)")


def query_syntax_error(exc: SyntaxError) -> QueryError:
    """A QueryError that carries the line and column Oxigraph's parser reports."""
    message = str(exc)
    error = QueryError(f"SPARQL syntax error: {message}")
    match = _POSITION.search(message)
    error.line = int(match.group(1)) if match else None  # type: ignore[attr-defined]
    error.column = int(match.group(2)) if match else None  # type: ignore[attr-defined]
    return error


def to_rdflib(term: object) -> object:
    """A pyoxigraph term as an rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


class EmbeddedStore(GraphStore):
    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.location = str(path)
        Path(path).mkdir(parents=True, exist_ok=True)
        try:
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store at {path}: {exc}. Another policygraph process (a running "
                "`policygraph serve`, or an ingest) may hold it; stop it or use --store with another path."
            ) from exc

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store, for the SPARQL endpoint, which needs its full result formats."""
        return self._store

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        body = graph.serialize(format="nt")
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"
        try:
            self._store.update(update)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"could not replace graph <{graph_iri}>: {exc}") from exc

    def drop_graph(self, graph_iri: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

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
        try:
            return self._store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise query_syntax_error(exc) from exc

    def query_serialized(self, query: str, media_type: str) -> tuple[str, bytes]:
        results = self._query(query)
        if isinstance(results, ox.QuerySolutions | ox.QueryBoolean):
            form = "select" if isinstance(results, ox.QuerySolutions) else "ask"
            return form, results.serialize(format=ox.QueryResultsFormat.from_media_type(media_type))
        return "construct", results.serialize(format=ox.RdfFormat.from_media_type(media_type))

    def export(self, fmt: str) -> bytes:
        if fmt not in _FORMATS and fmt != "jsonld":
            raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join([*_FORMATS, 'jsonld'])}")
        if fmt in {"nquads", "trig"}:
            buffer = io.BytesIO()
            self._store.dump(buffer, _FORMATS[fmt])
            return buffer.getvalue()
        union = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        rdflib_format = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld"}[fmt]
        return union.serialize(format=rdflib_format).encode("utf-8")

    def quad_count(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            with contextlib.suppress(OSError):
                self._store.flush()
            del self._store
            self._store = None  # type: ignore[assignment]
