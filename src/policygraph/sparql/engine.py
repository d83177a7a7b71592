"""What answers the SPARQL endpoint: one interface over the worker pool and the remote forwarder.

The endpoint (``policygraph.api.sparql``) speaks only to a ``QueryEngine``, which the store gives
(``GraphStore.query_engine``): it never asks which kind of store or engine it has. The engine's
errors are ``policygraph.errors``'s query errors (QuerySyntaxError, NotAcceptable, QueryTimeout ...),
which the endpoint turns into HTTP answers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from policygraph.config import Settings
    from policygraph.store.base import GraphStore

# The dataset of a query: "union" (the merge of all graphs as the default graph), None (the query's
# own FROM / FROM NAMED), or the protocol's default-graph-uri / named-graph-uri: {"default": [...],
# "named": [...]}.
Dataset = str | dict[str, list[str]] | None


@dataclass(frozen=True)
class QueryAnswer:
    """A query's answer, serialised: its form ("select", "ask", "construct"), the negotiated media
    type and the bytes."""

    form: str
    media_type: str
    body: bytes


class QueryEngine(Protocol):
    """Answers the endpoint's queries and applies its updates, within the deadline and result limits
    of the settings it was made with."""

    async def start(self) -> None:
        """Get ready to answer (start worker processes, say)."""

    async def close(self) -> None:
        """Stop answering and release what :meth:`start` took."""

    async def query(
        self, query: str, *, base_iri: str, dataset: Dataset, accept: str | None, format: str | None,
    ) -> QueryAnswer:
        """Evaluate ``query`` and serialise its results in the type ``accept`` / ``format`` choose."""

    async def check_update(self, update: str, *, base_iri: str) -> None:
        """Raise QuerySyntaxError when ``update`` does not parse, without touching the store."""

    async def apply_update(self, update: str) -> None:
        """Apply a checked update to the store, keeping the merge of its graphs (``GraphStore.update``)."""


@asynccontextmanager
async def running_query_engine(store: GraphStore, settings: Settings) -> AsyncIterator[QueryEngine]:
    """The store's query engine, started, and closed on exit."""
    engine = store.query_engine(settings)
    await engine.start()
    try:
        yield engine
    finally:
        await engine.close()
