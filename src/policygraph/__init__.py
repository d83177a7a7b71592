"""policygraph: a knowledge graph of Vietnamese policy documents.

The flow runs one way: text -> extract -> rdf -> validation -> store -> api/cli.

The verbs a notebook needs are here, each loaded on first use (``import policygraph`` stays cheap: no
spaCy, rdflib or Oxigraph until a verb is called):

- :func:`extract_text`, :func:`extract_texts`: a text (or many) to an
  :class:`~policygraph.model.Extraction`;
- :func:`open_store`: the graph store, a folder or a SPARQL server's URL;
- :func:`ingest_paths`: texts into a store, one named graph per text;
- :func:`validate_graph`: an rdflib graph against the SHACL shapes;
- :func:`trace_chain`: the typed links from one document towards another, each with its sentence
  (:func:`policygraph.trace.trace`; named apart from the module ``policygraph.trace``).

Each takes its settings as parameters, with the settings' defaults: nothing here reads the environment.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names for type checkers and editors; at run time __getattr__ loads them
    from policygraph.extract.pipeline import extract_text, extract_texts
    from policygraph.ingest import ingest_paths
    from policygraph.store.opening import open_store
    from policygraph.trace import trace as trace_chain
    from policygraph.validation.validate import validate_graph

__version__ = "0.1.0"

# public name -> (module, name there)
_VERBS: dict[str, tuple[str, str]] = {
    "extract_text": ("policygraph.extract.pipeline", "extract_text"),
    "extract_texts": ("policygraph.extract.pipeline", "extract_texts"),
    "ingest_paths": ("policygraph.ingest", "ingest_paths"),
    "open_store": ("policygraph.store.opening", "open_store"),
    "validate_graph": ("policygraph.validation.validate", "validate_graph"),
    "trace_chain": ("policygraph.trace", "trace"),
}

__all__ = [
    "__version__",
    "extract_text",
    "extract_texts",
    "ingest_paths",
    "open_store",
    "trace_chain",
    "validate_graph",
]


def __getattr__(name: str) -> Any:
    """A public verb, imported from its module the first time it is asked for."""
    if name not in _VERBS:
        raise AttributeError(f"module 'policygraph' has no attribute {name!r}")
    module, attribute = _VERBS[name]
    value = getattr(import_module(module), attribute)
    globals()[name] = value  # later look-ups find it without coming here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_VERBS})
