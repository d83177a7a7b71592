"""A store on a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso ...).

It speaks only standards, so any conforming server will do: the SPARQL 1.1 Protocol for queries,
SPARQL 1.1 Update for writes, and the Graph Store HTTP Protocol to read whole named graphs (when
its URL is configured; CONSTRUCT otherwise).

Layout on the server. Each source text is one named graph, as in the embedded store. The merge of
all of them is kept in the server's *default graph*, maintained by the same update request that
replaces a text (see :func:`replace_graph_update`). Queries are then sent with no dataset at all:
the default graph is the merge, ``GRAPH ?g`` ranges over the texts' graphs, and an analyst who
queries the server directly sees exactly what policygraph sees. (Sending ``default-graph-uri``
instead would, by the protocol's rules, leave the dataset with no named graphs; and the servers'
own "union default graph" options either repeat a triple per graph that states it, as Oxigraph 0.5
does, or differ from server to server.)

Atomicity. Replacing a text is ONE update request (delete what only that text stated from the
merge, drop its graph, insert the new statements into both), which the servers above apply in one
transaction: a client or server crash leaves the old graph or the new one, never a mix. Every
request policygraph sends is idempotent, so retrying after a lost connection is safe.
"""

from __future__ import annotations

import io
import json
import random
import re
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from policygraph.errors import QueryError, StoreError
from policygraph.store.base import GraphStore, SelectResult
from policygraph.store.embedded import skolemised_ntriples

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
_RESULT_MEDIA_TYPES = {
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
}
_EXPORT_RDFLIB = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld"}
_RETRY_STATUSES = {502, 503, 504}
_POSITION = re.compile(r"(?:error at |line )(\d+)[:, ]+(?:column )?(\d+)")


def replace_graph_update(graph_iri: str, ntriples: str) -> str:
    """One SPARQL Update request that replaces ``graph_iri`` with ``ntriples`` and keeps the default
    graph the merge of the named graphs: a triple leaves it only when no other graph states it."""
    return (
        f"{_forget_update(graph_iri)} ;\n"
        f"INSERT DATA {{\n{ntriples}\nGRAPH <{graph_iri}> {{\n{ntriples}\n}} }}"
    )


def _forget_update(graph_iri: str) -> str:
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph_iri}>) }} }} ;\n"
        f"DROP SILENT GRAPH <{graph_iri}>"
    )


def endpoint_urls(query_url: str, update_url: str | None = None) -> tuple[str, str]:
    """The query and update URLs. Without an explicit update URL: Oxigraph's /query and Fuseki's
    /{dataset}/query or /{dataset}/sparql have their updates at the sibling .../update; other servers
    (Virtuoso's /sparql behind auth, GraphDB's /statements) must be configured."""
    if update_url:
        return query_url, update_url
    parts = urlsplit(query_url)
    head, _, last = parts.path.rstrip("/").rpartition("/")
    if last in {"query", "sparql"}:
        return query_url, urlunsplit(parts._replace(path=f"{head}/update", query=""))
    return query_url, query_url


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
    """A GraphStore on a SPARQL 1.1 server reached over HTTP."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout_s: float = 60.0,
        retries: int = 3,
        base_iri: str | None = None,
    ) -> None:
        from policygraph.config import get_settings

        self.query_url, self.update_url = endpoint_urls(query_url, update_url)
        self.graph_store_url = graph_store_url
        self.location = query_url
        self.base_iri = base_iri or get_settings().base_iri
        # The merge lives in the server's default graph, not in a named graph (see the module's docstring).
        self.union_graph: str | None = None
        self.timeout_s = timeout_s
        self.retries = retries
        self._client = httpx.Client(auth=auth, timeout=httpx.Timeout(timeout_s), follow_redirects=True,
                                    headers={"User-Agent": "policygraph"})

    @classmethod
    def from_settings(cls, location: str) -> RemoteStore:
        from policygraph.config import get_settings

        settings = get_settings()
        auth: httpx.Auth | None = None
        if settings.store_token is not None:
            auth = BearerAuth(settings.store_token.get_secret_value())
        elif settings.store_username:
            password = settings.store_password.get_secret_value() if settings.store_password else ""
            auth = httpx.BasicAuth(settings.store_username, password)
        return cls(location, update_url=settings.store_update_url, graph_store_url=settings.store_graph_store_url,
                   auth=auth, timeout_s=settings.store_timeout_s, retries=settings.store_retries)

    # ---- HTTP ------------------------------------------------------------------------------------
    def _send(self, what: str, call: Callable[[], httpx.Response]) -> httpx.Response:
        """``call`` with retries and exponential backoff (with jitter) while the server cannot be
        reached or says it is temporarily unavailable; a StoreError that says which, otherwise."""
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response = call()
            except httpx.TimeoutException as exc:
                # A server that hangs is not retried: the caller gets an answer within the timeout.
                raise StoreError(f"{what}: no answer from the SPARQL server within {self.timeout_s:g} s "
                                 f"({type(exc).__name__}); raise POLICYGRAPH_STORE_TIMEOUT_S for long "
                                 "operations, or check the server") from exc
            except httpx.TransportError as exc:
                if last:
                    raise StoreError(f"{what}: cannot reach the SPARQL server ({exc}) after {attempt + 1} "
                                     "attempts; is it running, and is POLICYGRAPH_STORE right?") from exc
            else:
                if response.status_code not in _RETRY_STATUSES or last:
                    return response
            time.sleep(min(0.1 * 2 ** attempt, 2.0) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def _check(self, response: httpx.Response, what: str, *, writing: bool = False) -> httpx.Response:
        if response.is_success:
            return response
        body = response.text.strip().replace("\n", " ")[:500]
        if response.status_code in {401, 403}:
            raise StoreError(f"{what}: the SPARQL server refused the credentials (HTTP {response.status_code}): "
                             f"{body}; set POLICYGRAPH_STORE_USERNAME and _PASSWORD, or _TOKEN")
        if response.status_code == 400 and writing:
            raise StoreError(f"{what}: the SPARQL server refused the update, and so changed nothing: {body}")
        if response.status_code == 400:
            error = QueryError(f"{what}: the SPARQL server rejected the request: {body}")
            match = _POSITION.search(body)
            error.line = int(match.group(1)) if match else None  # type: ignore[attr-defined]
            error.column = int(match.group(2)) if match else None  # type: ignore[attr-defined]
            raise error
        raise StoreError(f"{what}: the SPARQL server answered HTTP {response.status_code} "
                         f"({response.reason_phrase}) at {response.request.url}: {body}")

    def _query(self, query: str, accept: str) -> httpx.Response:
        response = self._send("query", lambda: self._client.post(
            self.query_url, data={"query": query}, headers={"Accept": accept}))
        return self._check(response, "query")

    def update(self, update: str, what: str = "update") -> None:
        """Send one SPARQL Update request (applied by the server as one transaction)."""
        response = self._send(what, lambda: self._client.post(
            self.update_url, content=update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"}))
        self._check(response, what, writing=True)

    # ---- GraphStore --------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        self.update(replace_graph_update(graph_iri, skolemised_ntriples(graph, self.base_iri)),
                    f"replacing graph <{graph_iri}>")

    def replace_graph_ntriples(self, graph_iri: str, ntriples: str) -> None:
        self.update(replace_graph_update(graph_iri, ntriples), f"replacing graph <{graph_iri}>")

    def drop_graph(self, graph_iri: str) -> None:
        self.update(_forget_update(graph_iri), f"dropping graph <{graph_iri}>")

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(str(g) for (g,) in rows if isinstance(g, URIRef))

    def _results(self, query: str) -> dict[str, Any]:
        response = self._query(query, RESULTS_JSON)
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
        response = self._query(query, N_TRIPLES)
        graph = Graph()
        graph.parse(data=response.content.decode("utf-8"), format="nt")
        return graph

    def query_serialized(self, query: str, media_type: str) -> tuple[str, bytes]:
        response = self._query(query, media_type)
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in _RESULT_MEDIA_TYPES:
            form = "select"
            if content_type in {"application/sparql-results+json"} and b'"boolean"' in response.content[:200]:
                form = "ask"
            return form, response.content
        return "construct", response.content

    def read_graph(self, graph_iri: str) -> bytes:
        """One named graph as N-Triples: a Graph Store Protocol GET when its endpoint is configured."""
        if self.graph_store_url:
            response = self._send(f"reading graph <{graph_iri}>", lambda: self._client.get(
                self.graph_store_url, params={"graph": graph_iri}, headers={"Accept": N_TRIPLES}))
            return self._check(response, f"reading graph <{graph_iri}>").content
        return self._query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}",
                           N_TRIPLES).content

    def export(self, fmt: str) -> bytes:
        if fmt in {"nquads", "trig"}:
            quads: list[ox.Quad] = []
            for name in self.graph_names():
                graph = ox.NamedNode(name)
                quads.extend(ox.Quad(t.subject, t.predicate, t.object, graph)
                             for t in ox.parse(self.read_graph(name), ox.RdfFormat.N_TRIPLES))
            buffer = io.BytesIO()
            ox.serialize(quads, buffer, ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG)
            return buffer.getvalue()
        if fmt not in _EXPORT_RDFLIB:
            raise StoreError(f"unknown export format {fmt!r}; use one of nquads, trig, {', '.join(_EXPORT_RDFLIB)}")
        union = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        return union.serialize(format=_EXPORT_RDFLIB[fmt]).encode("utf-8")

    def quad_count(self) -> int:
        """Quads in the named graphs (the merge in the default graph is not counted)."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        self._client.close()


class BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request
