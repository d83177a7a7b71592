"""/sparql over a remote store: the same endpoint, answered by the SPARQL server behind it.

With ``POLICYGRAPH_STORE=http(s)://...`` the server holds no data of its own, so there are no worker
processes (the query workers open an embedded store read-only). Each query is still checked here
first, exactly as for the embedded store (SERVICE/LOAD refused, nesting limited, parsed with
Oxigraph's parser for a 400 with line and column, and its form known for content negotiation);
then it is sent to the SPARQL server, with the negotiated type as Accept, and its answer passed
back within ``POLICYGRAPH_MAX_RESULT_BYTES``. The deadline is ``POLICYGRAPH_QUERY_TIMEOUT_S``: past
it the request to the server is abandoned and the client gets 503 (stopping the query on the
server is the server's own timeout's job: e.g. ``oxigraph serve --timeout-s``, Fuseki's
``arq:queryTimeout``). A request whose client hangs up is cancelled (``policygraph.api.sparql``), which closes its
connection to the server; whether the server then stops evaluating is again its own affair (``oxigraph
serve`` goes on until the query ends or its timeout).

The dataset: a query with no dataset is sent with none, and the server's default graph is the
merge of the texts' graphs (``policygraph.store.remote``), or with the store's merge graph as its
``default-graph-uri`` when it has one (``POLICYGRAPH_STORE_MERGE_GRAPH``); ``default-graph-uri`` /
``named-graph-uri`` are passed on as given, and a query's own FROM / FROM NAMED is left to it.

An ASK answered as Virtuoso does (a SELECT of ``__ASK_RETVAL``) is passed back as the boolean
result the standard defines, in the negotiated type.

An update is checked the same way, then applied by the server together with the repair of the merge,
in one request (``RemoteStore.update``).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import httpx
import pyoxigraph as ox

from policygraph.api.negotiation import choose
from policygraph.errors import (
    InvalidQuery,
    NotAcceptable,
    QueryEvaluationError,
    QueryFailed,
    QuerySyntaxError,
    QueryTimeout,
    ResultTooLarge,
)
from policygraph.sparql.engine import Dataset, QueryAnswer
from policygraph.sparql.worker import syntax_reply
from policygraph.store.answers import standard_ask_results

if TYPE_CHECKING:
    from policygraph.config import Settings
    from policygraph.store.remote import RemoteStore

log = logging.getLogger("policygraph.sparql.remote")


def query_form(query: str, base_iri: str) -> str:
    """The query's form ("select", "ask", "construct"), by parsing it with Oxigraph's parser over an
    empty in-memory store; a SyntaxError or ValueError says what is wrong."""
    results = ox.Store().query(query, base_iri=base_iri)
    if isinstance(results, ox.QuerySolutions):
        return "select"
    if isinstance(results, ox.QueryBoolean):
        return "ask"
    return "construct"


class RemoteQueryForwarder:
    """The ``QueryEngine`` of a remote store: queries checked here, answered by its SPARQL server."""

    def __init__(self, store: RemoteStore, settings: Settings) -> None:
        self.store = store
        self.query_url = store.connection.query_url
        self.timeout_s = settings.query_timeout_s
        self.max_bytes = settings.max_result_bytes
        self._client = store.connection.async_client(self.timeout_s)

    async def start(self) -> None:
        """Nothing to start: the server is already answering."""

    async def close(self) -> None:
        await self._client.aclose()

    async def query(
        self, query: str, *, base_iri: str, dataset: Dataset, accept: str | None, format: str | None,
    ) -> QueryAnswer:
        try:
            form = await asyncio.to_thread(query_form, query, base_iri)
        except SyntaxError as exc:
            reply = syntax_reply(exc)
            raise QuerySyntaxError(reply["detail"], reply["line"], reply["column"]) from exc
        except ValueError as exc:
            raise InvalidQuery(str(exc)) from exc
        except RuntimeError as exc:  # e.g. a function the engine does not have: the server's would not either
            raise QueryEvaluationError(str(exc)) from exc
        offer = choose(form, accept, format)
        if offer is None:
            raise NotAcceptable(form)
        params: dict[str, list[str]] = {"default-graph-uri": self.store.default_graphs}
        if isinstance(dataset, dict):
            params = {"default-graph-uri": dataset["default"], "named-graph-uri": dataset["named"]}
        elif dataset is None:  # the query's own FROM / FROM NAMED
            params = {}
        text = f"BASE <{base_iri}>\n{query}"  # a BASE of the query's own comes later and wins
        try:
            body = await asyncio.wait_for(self._fetch(text, params, offer.serialization), self.timeout_s)
        except TimeoutError as exc:
            raise QueryTimeout(self.timeout_s) from exc
        except asyncio.CancelledError as exc:  # the request's connection to the server is closed by now
            log.warning("query to the SPARQL server abandoned: %s", exc.args[0] if exc.args else "request cancelled")
            raise
        if form == "ask":
            body = standard_ask_results(body, offer.serialization) or body
        return QueryAnswer(form, offer.media_type, body)

    async def _fetch(self, query: str, params: dict[str, list[str]], accept: str) -> bytes:
        data: dict[str, Any] = {"query": query, **{name: iris for name, iris in params.items() if iris}}
        try:
            async with self._client.stream("POST", self.query_url, data=data,
                                           headers={"Accept": accept}) as response:
                if response.status_code == 400:
                    detail = (await response.aread()).decode("utf-8", "replace")[:2000]
                    raise QueryEvaluationError(f"the SPARQL server rejected the query: {detail}")
                if not response.is_success:
                    detail = (await response.aread()).decode("utf-8", "replace")[:500]
                    raise QueryFailed(f"the SPARQL server behind this endpoint answered HTTP "
                                      f"{response.status_code}: {detail}")
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise ResultTooLarge(f"the result is larger than {self.max_bytes} bytes")
                    chunks.append(chunk)
                return b"".join(chunks)
        except httpx.TimeoutException as exc:
            raise QueryTimeout(self.timeout_s) from exc
        except httpx.TransportError as exc:
            raise QueryFailed(f"the SPARQL server behind this endpoint cannot be reached: {exc}") from exc

    async def check_update(self, update: str, *, base_iri: str) -> None:
        try:
            await asyncio.to_thread(ox.Store().update, update, base_iri=base_iri)
        except SyntaxError as exc:
            reply = syntax_reply(exc)
            raise QuerySyntaxError(reply["detail"], reply["line"], reply["column"]) from exc
        except (OSError, ValueError, RuntimeError):
            pass  # it parses; what it does to the real store is the server's to say

    async def apply_update(self, update: str) -> None:
        """The update and the merge's repair, as one request (one transaction on the server)."""
        await asyncio.to_thread(self.store.update, update)
