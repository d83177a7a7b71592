"""A store on a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso ...).

It speaks only standards, so any conforming server will do: the SPARQL 1.1 Protocol for queries,
SPARQL 1.1 Update for writes, and the Graph Store HTTP Protocol to read whole named graphs (when
its URL is configured; CONSTRUCT otherwise).

Layout on the server. Each source text is one named graph, as in the embedded store. The merge of
all of them is kept in the server's *default graph*, maintained by the same update request that
replaces a text (``policygraph.store.merge``). Queries are then sent with no dataset at all:
the default graph is the merge, ``GRAPH ?g`` ranges over the texts' graphs, and an analyst who
queries the server directly sees exactly what policygraph sees. (Sending ``default-graph-uri``
instead would, by the protocol's rules, leave the dataset with no named graphs; and the servers'
own "union default graph" options either repeat a triple per graph that states it, as Oxigraph 0.5
does, or differ from server to server.)

Atomicity. Replacing a text is ONE update request (delete what only that text stated from the
merge, drop its graph, insert the new statements into both), which the servers above apply in one
transaction: a client or server crash leaves the old graph or the new one, never a mix. Every
request policygraph sends is idempotent, so retrying after a lost connection is safe.

A server whose default graph cannot be written (Virtuoso: an update of it without ``GRAPH`` is
refused, and its default graph is the bag union of every graph, its own system graphs included;
``tests/test_virtuoso_deviations.py``) keeps the merge in a named graph instead
(``POLICYGRAPH_STORE_MERGE_GRAPH``, ``merge_graph`` here): the updates write it by name, and every
query the store sends that reads the default graph names it as ``default-graph-uri``. The queries
that list or count the graphs are sent with no dataset and keep only the store's graphs
(:func:`store_graph_filter`).

Virtuoso answers ASK as a SELECT of one variable ``__ASK_RETVAL`` (true: one row binding 1, false:
no row); that exact shape is read as the boolean (:func:`virtuoso_ask_boolean`), anything else as
the standard says.

How requests are sent (URLs, credentials, retries, timeouts) is ``policygraph.store.http``'s.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import urljoin

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from policygraph.defaults import DEFAULT_BASE_IRI
from policygraph.errors import QueryError, StoreError, parse_position
from policygraph.store.answers import (
    CANONICAL_BOOLEAN,
    XSD_BOOLEAN,
    oxigraph_serialized_results,
    standard_ask_results,
    virtuoso_ask_boolean,
)
from policygraph.store.base import DATASET_EXPORT_FORMATS, GraphStore, SelectResult, skolemised_ntriples
from policygraph.store.http import N_TRIPLES, RESULTS_JSON, SparqlConnection, credentials
from policygraph.store.merge import forget_graph_update, replace_graph_update, sync_merge_update

if TYPE_CHECKING:
    from policygraph.config import Settings
    from policygraph.sparql.remote import RemoteQueryForwarder

# The graphs a server makes for itself, by the start of their IRIs: Virtuoso 7.2's, as a fresh database
# holds them (its RDF views' schema, the Linked Data Platform vocabulary and its URI-QA settings).
SERVER_OWN_GRAPH_PREFIXES = (
    "http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/",
)
# Triples in one INSERT DATA on a server with a merge graph: Virtuoso 7.2's SPARQL compiler fails past about 4,990.
TRIPLES_PER_INSERT = 2000
# DROP GRAPH <iri> without SILENT (one in a comment or a string too: creating a graph that holds triples
# changes nothing a query sees).
_DROP_GRAPH = re.compile(r"\bDROP\s+GRAPH\s*<([^>\s]*)>", re.IGNORECASE)

_RESULT_MEDIA_TYPES = {
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
}


def to_rdflib_term(binding: dict[str, str]) -> object:
    """A term of the SPARQL 1.1 Query Results JSON format as an rdflib term (an xsd:boolean in its
    canonical form: Virtuoso writes a stored ``true`` as ``"1"``)."""
    kind, value = binding["type"], binding["value"]
    if binding.get("datatype") == XSD_BOOLEAN:
        value = CANONICAL_BOOLEAN.get(value, value)
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in {"literal", "typed-literal"}:
        if "xml:lang" in binding:
            return Literal(value, lang=binding["xml:lang"])
        datatype = binding.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    if kind == "triple":
        raise StoreError("the server answered an RDF-star triple term, which policygraph does not use")
    raise StoreError(f"the server answered a term of unknown type {kind!r}")


def store_graph_filter(variable: str, merge_graph: str, base_iri: str) -> str:
    """A SPARQL expression true for the named graphs that are the store's, when its merge is kept in
    ``merge_graph`` on a server that has graphs of its own: every graph but the merge, less those
    outside ``base_iri`` whose IRI starts as a server's own graphs do (SERVER_OWN_GRAPH_PREFIXES).

    Why a rule on IRIs rather than a record of the graphs policygraph wrote: it fits in the same
    request as any update (an update through /sparql may create any graph, and the merge must take
    it in the same transaction, with no list to keep in step), it costs no query, and a server's own
    graphs are a short fixed list per server. A text's graph is under ``base_iri``, so it is kept
    whatever its IRI; the ontology's (and a user's ``urn:`` or ``https://example.org/`` graph) is kept
    because no server names its graphs so."""
    own = " || ".join(f'STRSTARTS(STR({variable}), "{prefix}")' for prefix in SERVER_OWN_GRAPH_PREFIXES)
    return (f'{variable} != <{merge_graph}> && '
            f'(STRSTARTS(STR({variable}), "{base_iri}") || !({own}))')


class RemoteStore(GraphStore):
    """A GraphStore on a SPARQL 1.1 server, reached through ``connection``; the merge in the server's
    default graph, or in the named graph ``merge_graph`` when given (see the module's docstring)."""

    def __init__(self, connection: SparqlConnection, *, base_iri: str = DEFAULT_BASE_IRI,
                 merge_graph: str | None = None) -> None:
        self.connection = connection
        self.location = connection.query_url
        self.base_iri = base_iri
        self.union_graph = merge_graph

    @property
    def default_graphs(self) -> list[str]:
        """What a query that reads the default graph sends as ``default-graph-uri``: the merge graph
        when there is one, else nothing (the server's default graph is the merge)."""
        return [self.union_graph] if self.union_graph else []

    def own_graphs_filter(self, variable: str = "?g") -> str:
        """A FILTER keeping only the store's named graphs (nothing to filter when the merge is the
        default graph: then every named graph is the store's)."""
        if not self.union_graph:
            return ""
        return f" FILTER({store_graph_filter(variable, self.union_graph, self.base_iri)})"

    @classmethod
    def from_settings(cls, location: str, settings: Settings) -> RemoteStore:
        """The store at ``location`` reached as ``settings`` say (URLs, credentials, timeout, retries, and
        the merge graph)."""
        auth = credentials(
            token=settings.store_token.get_secret_value() if settings.store_token is not None else None,
            username=settings.store_username,
            password=settings.store_password.get_secret_value() if settings.store_password else "",
        )
        return cls(SparqlConnection(location, update_url=settings.store_update_url,
                                    graph_store_url=settings.store_graph_store_url, auth=auth,
                                    timeout_s=settings.store_timeout_s, retries=settings.store_retries),
                   base_iri=settings.base_iri, merge_graph=settings.store_merge_graph)

    # ---- GraphStore --------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        self.replace_graph_ntriples(graph_iri, skolemised_ntriples(graph, self.base_iri))

    def replace_graph_ntriples(self, graph_iri: str, ntriples: str) -> None:
        # On a server with a merge graph (Virtuoso's limits: policygraph.store.merge.replace_graph_update).
        virtuoso = bool(self.union_graph)
        update = replace_graph_update(graph_iri, ntriples, self.union_graph, create_graph=virtuoso,
                                      triples_per_insert=TRIPLES_PER_INSERT if virtuoso else None)
        self.connection.update(update, f"replacing graph <{graph_iri}>")

    def drop_graph(self, graph_iri: str) -> None:
        self.connection.update(forget_graph_update(graph_iri, self.union_graph), f"dropping graph <{graph_iri}>")

    def update(self, text: str) -> None:
        """The update and the merge's repair, as one request (one transaction on the server), with
        ``base_iri`` as its base (a BASE of the update's own comes later and wins)."""
        body = f"BASE <{self.base_iri}>\n{self._graphs_to_create(text)}{text.rstrip().rstrip(';')}"
        sync = sync_merge_update(self.union_graph) if not self.union_graph else sync_merge_update(
            self.union_graph, default_graph_is_a_source=False,
            source_filter=store_graph_filter("?g", self.union_graph, self.base_iri))
        self.connection.update(f"{body} ;\n{sync}")

    def _graphs_to_create(self, text: str) -> str:
        """On a server with a merge graph (Virtuoso), ``CREATE SILENT GRAPH`` for each graph a
        ``DROP GRAPH <g>`` (without SILENT) of ``text`` names that holds triples: Virtuoso refuses to drop
        a graph only INSERT made, as if it did not exist (SPARQL 1.1 drops it). A graph that holds
        nothing is left alone, so that dropping it fails as the standard says."""
        if not self.union_graph:
            return ""
        creates = []
        for iri in dict.fromkeys(_DROP_GRAPH.findall(text)):
            graph = urljoin(self.base_iri, iri)
            if self.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
                creates.append(f"CREATE SILENT GRAPH <{graph}> ;\n")
        return "".join(creates)

    def query_engine(self, settings: Settings) -> RemoteQueryForwarder:
        """The SPARQL server answers the endpoint's queries: they are checked here, then forwarded
        (``policygraph.sparql.remote``)."""
        from policygraph.sparql.remote import RemoteQueryForwarder

        return RemoteQueryForwarder(self, settings)

    def graph_names(self) -> list[str]:
        """The texts' graphs and the ontology's (and any other the store holds), without the merge
        graph or the server's own graphs."""
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}{self.own_graphs_filter()} }}"
        rows = self._select(query, dataset=False).rows
        return sorted(str(g) for (g,) in rows if isinstance(g, URIRef))

    def _dataset(self, query: str) -> list[str]:
        """The ``default-graph-uri`` of a store query: the merge graph, unless the query names its own
        dataset (FROM / FROM NAMED, which the protocol's parameters would override)."""
        from policygraph.sparql.query_text import scan

        return [] if not self.default_graphs or scan(query).has_dataset_clause else self.default_graphs

    def _query(self, query: str, accept: str, *, dataset: bool = True) -> httpx.Response:
        """The server's answer to ``query``. A query it refuses without naming the column (Virtuoso's
        "SP030: SPARQL compiler, line 3: syntax error") is parsed here with Oxigraph's parser, which
        the endpoint checks every query with, so that the error names the line and column."""
        try:
            return self.connection.query(query, accept, self._dataset(query) if dataset else [])
        except QueryError as exc:
            if exc.column is not None:
                raise
            try:
                ox.Store().query(query)
            except SyntaxError as syntax:
                line, column = parse_position(str(syntax))
                raise QueryError(str(exc), line=line, column=column) from exc
            except (ValueError, RuntimeError, OSError):
                pass
            raise

    def _results(self, query: str, *, dataset: bool = True) -> dict[str, Any]:
        response = self._query(query, RESULTS_JSON, dataset=dataset)
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise StoreError(f"the SPARQL server's answer is not SPARQL results JSON "
                             f"(Content-Type {response.headers.get('content-type')!r}): {exc}") from exc

    def select(self, query: str) -> SelectResult:
        return self._select(query)

    def _select(self, query: str, *, dataset: bool = True) -> SelectResult:
        """``dataset=False`` for the queries that list or count the named graphs: sent with no dataset,
        since by the protocol ``default-graph-uri`` alone leaves a query no named graphs."""
        results = self._results(query, dataset=dataset)
        if "results" not in results:
            raise StoreError("expected a SELECT query")
        variables = list(results.get("head", {}).get("vars", []))
        rows = [
            tuple(to_rdflib_term(b[v]) if v in b else None for v in variables)
            for b in results["results"]["bindings"]
        ]
        return SelectResult(variables, rows)

    def ask(self, query: str) -> bool:
        results = self._results(query)
        virtuoso = virtuoso_ask_boolean(results)
        if virtuoso is not None:
            return virtuoso
        if "boolean" not in results:
            raise StoreError("expected an ASK query")
        return bool(results["boolean"])

    def construct(self, query: str) -> Graph:
        response = self._query(query, N_TRIPLES)
        graph = Graph()
        graph.parse(data=response.content.decode("utf-8"), format="nt")
        return graph

    def query_serialized(self, query: str, media_type: str) -> tuple[str, bytes]:
        """The server's answer in ``media_type``; on a server with a merge graph (Virtuoso), results
        are asked for as JSON and serialised here (:func:`oxigraph_serialized_results`,
        :func:`standard_ask_results`), as the embedded store serialises them."""
        if self.union_graph and media_type in _RESULT_MEDIA_TYPES:
            answer = self._query(query, RESULTS_JSON).content
            standard = standard_ask_results(answer, RESULTS_JSON, media_type)
            if standard is not None:
                return "ask", standard
            if b'"boolean"' in answer[:200]:
                return "ask", ox.parse_query_results(answer, format=ox.QueryResultsFormat.JSON).serialize(
                    format=ox.QueryResultsFormat.from_media_type(media_type))
            return "select", oxigraph_serialized_results(answer, media_type)
        response = self._query(query, media_type)
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in _RESULT_MEDIA_TYPES:
            standard = standard_ask_results(response.content, content_type)
            if standard is not None:
                return "ask", standard
            form = "select"
            if content_type in {"application/sparql-results+json"} and b'"boolean"' in response.content[:200]:
                form = "ask"
            return form, response.content
        return "construct", response.content

    def export_to(self, fmt: str, output: BinaryIO) -> None:
        """The dataset formats graph by graph, each read whole from the server and written out before
        the next is read (memory: the largest text's graph, not the store); the union formats through
        rdflib."""
        if fmt not in DATASET_EXPORT_FORMATS:
            self.export_union(fmt, output)
            return
        out_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
        for name in self.graph_names():
            graph = ox.NamedNode(name)
            quads = (ox.Quad(t.subject, t.predicate, t.object, graph)
                     for t in ox.parse(self.connection.read_graph(name), ox.RdfFormat.N_TRIPLES))
            ox.serialize(quads, output, out_format)

    def quad_count(self) -> int:
        """Quads in the store's named graphs (the merge is not counted, nor the server's own graphs)."""
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}{self.own_graphs_filter()} }}",
                            dataset=False).rows
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        self.connection.close()
