"""The ontology, its SKOS schemes and the SHACL shapes, read from the ontology folder
(``POLICYGRAPH_ONTOLOGY_DIR`` at the application's edges; by default ``ontology/`` of a source checkout).

:func:`ontology_graph` is what ingest loads into the store (the graph :data:`ONTOLOGY_GRAPH`), so that
queries can use labels and hierarchy; :func:`shapes_graph` is what validation checks data against.
Each is read once per process and folder.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import RDF, SH, Graph

from policygraph.defaults import DEFAULT_ONTOLOGY_DIR
from policygraph.errors import SettingsError
from policygraph.rdf.namespaces import new_graph

ONTOLOGY_GRAPH = "https://w3id.org/policygraph/ontology"


def _turtle_files(graph: Graph, folder: Path) -> Graph:
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=4)
def shapes_graph(ontology_dir: Path = DEFAULT_ONTOLOGY_DIR) -> Graph:
    """Every SHACL shape of ``ontology_dir/shapes``, as one graph.

    A folder without shapes is an error, not an empty graph: validating against no shapes would call every
    input conforming, so a wrong POLICYGRAPH_ONTOLOGY_DIR or a broken install would pass everything."""
    folder = Path(ontology_dir) / "shapes"
    graph = _turtle_files(new_graph(), folder)
    if not any(graph.subjects(RDF.type, SH.NodeShape)):
        raise SettingsError(
            f"no SHACL shapes in {folder} (no sh:NodeShape in its .ttl files): validation needs them; point "
            "POLICYGRAPH_ONTOLOGY_DIR at the ontology folder (its shapes/ holds core.ttl ...), "
            "or reinstall policygraph")
    return graph


@lru_cache(maxsize=4)
def ontology_graph(ontology_dir: Path = DEFAULT_ONTOLOGY_DIR) -> Graph:
    """The ontology, every SKOS scheme and the local copies of reused vocabularies, as one graph."""
    folder = Path(ontology_dir)
    graph = _turtle_files(new_graph(), folder)
    for sub in ("schemes", "vocab"):
        _turtle_files(graph, folder / sub)
    return graph
