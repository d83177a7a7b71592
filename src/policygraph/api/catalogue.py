"""How the API makes the read models (policygraph.catalogue) for one request.

The catalogue reads no settings of its own: the API gives it the store the app holds and, from the
settings read here at the edge, the data's base IRI and the folder of the kind and issuer tables.
"""

from __future__ import annotations

from fastapi import Request

from policygraph.catalogue import DocumentCatalogue, DocumentGraph
from policygraph.config import get_settings


def catalogue_for(request: Request) -> DocumentCatalogue:
    settings = get_settings()
    return DocumentCatalogue(request.app.state.store, settings.base_iri, settings.patterns_dir)


def graph_for(request: Request) -> DocumentGraph:
    return DocumentGraph(catalogue_for(request))


__all__ = ["catalogue_for", "graph_for"]
