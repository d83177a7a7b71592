"""The HTTP side of a SPARQL 1.1 server: its URLs, credentials, timeouts and retries, and the clients.

``RemoteStore`` (``policygraph.store.remote``) says *what* to send (store semantics: the merge, the
graphs); this module says *how* (as rdflib splits ``SPARQLConnector`` from ``SPARQLStore``): the
SPARQL 1.1 Protocol's query and update requests and the Graph Store Protocol's GET, sent with
retries and exponential backoff while the server cannot be reached or is temporarily unavailable,
and a failure turned into a StoreError or QueryError that says what to do. The endpoint's own
queries over a remote store (``policygraph.sparql.remote``) use :meth:`SparqlConnection.async_client`,
with the same credentials.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Generator, Sequence
from urllib.parse import urlsplit, urlunsplit

import httpx

from policygraph.errors import QueryError, StoreError, parse_position

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
_RETRY_STATUSES = {502, 503, 504}
_USER_AGENT = {"User-Agent": "policygraph"}


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


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <token>`` on every request (POLICYGRAPH_STORE_TOKEN)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def credentials(*, token: str | None, username: str | None, password: str = "") -> httpx.Auth | None:
    """How to authenticate to the server: a bearer token when there is one (POLICYGRAPH_STORE_TOKEN),
    else HTTP Basic when a user name is set (POLICYGRAPH_STORE_USERNAME and _PASSWORD), else nothing."""
    if token is not None:
        return BearerAuth(token)
    if username:
        return httpx.BasicAuth(username, password)
    return None


class SparqlConnection:
    """The requests policygraph sends to one SPARQL 1.1 server, over one synchronous client."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout_s: float = 60.0,
        retries: int = 3,
    ) -> None:
        self.query_url, self.update_url = endpoint_urls(query_url, update_url)
        self.graph_store_url = graph_store_url
        self.auth = auth
        self.timeout_s = timeout_s
        self.retries = retries
        self.client = httpx.Client(auth=auth, timeout=httpx.Timeout(timeout_s), follow_redirects=True,
                                   headers=_USER_AGENT)

    def async_client(self, timeout_s: float) -> httpx.AsyncClient:
        """A new asynchronous client with this connection's credentials (the caller closes it)."""
        return httpx.AsyncClient(auth=self.auth, timeout=httpx.Timeout(timeout_s), headers=_USER_AGENT)

    def send(self, what: str, call: Callable[[], httpx.Response]) -> httpx.Response:
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

    def check(self, response: httpx.Response, what: str, *, writing: bool = False) -> httpx.Response:
        """``response`` when it succeeded; otherwise the error that says why (a refused query is a
        QueryError with the line and column the server names, a refused update a StoreError)."""
        if response.is_success:
            return response
        body = response.text.strip().replace("\n", " ")[:500]
        if response.status_code in {401, 403}:
            raise StoreError(f"{what}: the SPARQL server refused the credentials (HTTP {response.status_code}): "
                             f"{body}; set POLICYGRAPH_STORE_USERNAME and _PASSWORD, or _TOKEN")
        if response.status_code == 400 and writing:
            raise StoreError(f"{what}: the SPARQL server refused the update, and so changed nothing: {body}")
        if response.status_code == 400:
            line, column = parse_position(body)
            raise QueryError(f"{what}: the SPARQL server rejected the request: {body}", line=line, column=column)
        raise StoreError(f"{what}: the SPARQL server answered HTTP {response.status_code} "
                         f"({response.reason_phrase}) at {response.request.url}: {body}")

    def query(self, query: str, accept: str, default_graphs: Sequence[str] = ()) -> httpx.Response:
        """POST a query (SPARQL 1.1 Protocol, as a form), with ``default_graphs`` as its
        ``default-graph-uri`` when there are any, and return the successful response."""
        form: dict[str, str | list[str]] = {"query": query}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        response = self.send("query", lambda: self.client.post(
            self.query_url, data=form, headers={"Accept": accept}))
        return self.check(response, "query")

    def update(self, update: str, what: str = "update") -> None:
        """POST one SPARQL Update request (applied by the server as one transaction)."""
        response = self.send(what, lambda: self.client.post(
            self.update_url, content=update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"}))
        self.check(response, what, writing=True)

    def read_graph(self, graph_iri: str) -> bytes:
        """One named graph as N-Triples: a Graph Store Protocol GET when its endpoint is configured,
        a CONSTRUCT otherwise."""
        if self.graph_store_url:
            graph_store_url = self.graph_store_url
            response = self.send(f"reading graph <{graph_iri}>", lambda: self.client.get(
                graph_store_url, params={"graph": graph_iri}, headers={"Accept": N_TRIPLES}))
            return self.check(response, f"reading graph <{graph_iri}>").content
        return self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}",
                          N_TRIPLES).content

    def close(self) -> None:
        self.client.close()
