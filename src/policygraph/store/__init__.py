"""Where the graph lives: one interface, an embedded on-disk default, and any SPARQL 1.1 server."""

from policygraph.store.base import GraphStore, open_store

__all__ = ["GraphStore", "open_store"]
