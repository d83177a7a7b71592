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

How requests are sent (URLs, credentials, retries, timeouts) is ``policygraph.store.http``'s.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from policygraph.defaults import DEFAULT_BASE_IRI
from policygraph.errors import StoreError
from policygraph.store.base import DATASET_EXPORT_FORMATS, GraphStore, SelectResult, skolemised_ntriples
from policygraph.store.http import N_TRIPLES, RESULTS_JSON, SparqlConnection, credentials
from policygraph.store.merge import forget_graph_update, replace_graph_update, sync_merge_update

if TYPE_CHECKING:
    from policygraph.config import Settings
    from policygraph.sparql.remote import RemoteQueryForwarder

_RESULT_MEDIA_TYPES = {
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
}


def to_rdflib_term(binding: dict[str, str]) -> object:
    """A term of the SPARQL 1.1 Query Results JSON format as an rdflib term."""
    kind, value = binding["type"], binding["value"]
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


class RemoteStore(GraphStore):
    """A GraphStore on a SPARQL 1.1 server, reached through ``connection``."""

    def __init__(self, connection: SparqlConnection, *, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self.connection = connection
        self.location = connection.query_url
        self.base_iri = base_iri
        # The merge lives in the server's default graph, not in a named graph (see the module's docstring).
        self.union_graph = None

    @classmethod
    def from_settings(cls, location: str, settings: Settings) -> RemoteStore:
        """The store at ``location`` reached as ``settings`` say (URLs, credentials, timeout, retries)."""
        auth = credentials(
            token=settings.store_token.get_secret_value() if settings.store_token is not None else None,
            username=settings.store_username,
            password=settings.store_password.get_secret_value() if settings.store_password else "",
        )
        return cls(SparqlConnection(location, update_url=settings.store_update_url,
                                    graph_store_url=settings.store_graph_store_url, auth=auth,
                                    timeout_s=settings.store_timeout_s, retries=settings.store_retries),
                   base_iri=settings.base_iri)

    # ---- GraphStore --------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        self.replace_graph_ntriples(graph_iri, skolemised_ntriples(graph, self.base_iri))

    def replace_graph_ntriples(self, graph_iri: str, ntriples: str) -> None:
        self.connection.update(replace_graph_update(graph_iri, ntriples, self.union_graph),
                               f"replacing graph <{graph_iri}>")

    def drop_graph(self, graph_iri: str) -> None:
        self.connection.update(forget_graph_update(graph_iri, self.union_graph), f"dropping graph <{graph_iri}>")

    def update(self, text: str) -> None:
        """The update and the merge's repair, as one request (one transaction on the server), with
        ``base_iri`` as its base (a BASE of the update's own comes later and wins)."""
        body = f"BASE <{self.base_iri}>\n{text.rstrip().rstrip(';')}"
        self.connection.update(f"{body} ;\n{sync_merge_update(self.union_graph)}")

    def query_engine(self, settings: Settings) -> RemoteQueryForwarder:
        """The SPARQL server answers the endpoint's queries: they are checked here, then forwarded
        (``policygraph.sparql.remote``)."""
        from policygraph.sparql.remote import RemoteQueryForwarder

        return RemoteQueryForwarder(self, settings)

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(str(g) for (g,) in rows if isinstance(g, URIRef))

    def _results(self, query: str) -> dict[str, Any]:
        response = self.connection.query(query, RESULTS_JSON)
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise StoreError(f"the SPARQL server's answer is not SPARQL results JSON "
                             f"(Content-Type {response.headers.get('content-type')!r}): {exc}") from exc

    def select(self, query: str) -> SelectResult:
        results = self._results(query)
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
        if "boolean" not in results:
            raise StoreError("expected an ASK query")
        return bool(results["boolean"])

    def construct(self, query: str) -> Graph:
        response = self.connection.query(query, N_TRIPLES)
        graph = Graph()
        graph.parse(data=response.content.decode("utf-8"), format="nt")
        return graph

    def query_serialized(self, query: str, media_type: str) -> tuple[str, bytes]:
        response = self.connection.query(query, media_type)
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in _RESULT_MEDIA_TYPES:
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
        """Quads in the named graphs (the merge in the default graph is not counted)."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        self.connection.close()
