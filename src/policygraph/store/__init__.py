"""Where the graph lives: one interface, an embedded on-disk default, and any SPARQL 1.1 server.

``GraphStore`` and ``open_store`` are loaded on first use: the query worker processes import
``policygraph.store.read_only`` and ``policygraph.store.merge`` alone (the standard library and
pyoxigraph), and rdflib, which the interface needs, would add a tenth of a second to every worker's
start."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policygraph.store.base import GraphStore
    from policygraph.store.opening import open_store

__all__ = ["GraphStore", "open_store"]


def __getattr__(name: str) -> object:
    if name == "GraphStore":
        from policygraph.store.base import GraphStore

        return GraphStore
    if name == "open_store":
        from policygraph.store.opening import open_store

        return open_store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
