"""Where the graph lives: one interface, an embedded on-disk default, remote SPARQL servers later."""

from policygraph.store.base import GraphStore, open_store

__all__ = ["GraphStore", "open_store"]
