"""What the routes are given (FastAPI ``Depends``): the settings, the store the app holds, the read
models over it, and the extraction pipeline built from the settings' data folders.

Settings are read here and in ``app.py``, nowhere else in the API: a route asks for what it needs
by type (``settings: SettingsDep``, ``documents: CatalogueDep``) and never reaches into
``request.app.state`` itself. The pipeline is ``extract.pipeline.shared_pipeline`` called with
POLICYGRAPH_DATA_DIR, POLICYGRAPH_PATTERNS_DIR, POLICYGRAPH_GAZETTEERS_DIR and
POLICYGRAPH_MAX_TEXT_CHARS, so /extract and /validate find what `policygraph extract` finds with
the same settings.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request
from rdflib import Graph

from policygraph.catalogue import DocumentCatalogue, DocumentGraph
from policygraph.config import Settings, get_settings
from policygraph.model import Extraction
from policygraph.store.base import GraphStore

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy pipelines are not documented as thread-safe, and one extraction keeps a core busy anyway:
# requests take turns (the SPARQL endpoint and the document API are not held up by this). SHACL
# validation takes the same turns.
PIPELINE_LOCK = threading.Lock()
DEFAULT_SOURCE = "<text>"


def app_settings() -> Settings:
    return get_settings()


SettingsDep = Annotated[Settings, Depends(app_settings)]


def app_store(request: Request) -> GraphStore:
    """The store the app opened at startup (the read-write one: the embedded store allows one writer)."""
    return request.app.state.store  # type: ignore[no-any-return]


StoreDep = Annotated[GraphStore, Depends(app_store)]


def document_catalogue(store: StoreDep, settings: SettingsDep) -> DocumentCatalogue:
    """The read model of one request: it reads no settings of its own, so it is given the data's base
    IRI and the folder of the kind and issuer tables."""
    return DocumentCatalogue(store, settings.base_iri, settings.patterns_dir)


CatalogueDep = Annotated[DocumentCatalogue, Depends(document_catalogue)]


def document_graph(catalogue: CatalogueDep) -> DocumentGraph:
    return DocumentGraph(catalogue)


DocumentGraphDep = Annotated[DocumentGraph, Depends(document_graph)]


@dataclass(frozen=True)
class TextExtractor:
    """Extraction with the settings' data folders, and the mapping to RDF under the settings' base IRI.

    The pipeline is built on the first text (not for a request that validates RDF), under the lock
    the extractions take turns with; ``shared_pipeline`` keeps it for the next requests."""

    data_dir: Path
    patterns_dir: Path
    gazetteers_dir: Path
    max_text_chars: int
    base_iri: str
    ontology_dir: Path

    def pipeline(self) -> Language:
        from policygraph.extract.pipeline import shared_pipeline

        return shared_pipeline(self.data_dir, self.patterns_dir, self.gazetteers_dir, self.max_text_chars)

    def extract(self, text: str, source: str | None = None) -> Extraction:
        from policygraph.extract.pipeline import extract_text

        with PIPELINE_LOCK:
            return extract_text(text, source or DEFAULT_SOURCE, self.pipeline())

    def graph(self, extraction: Extraction) -> Graph:
        """The statements ingesting the text would store."""
        from policygraph.rdf.mapping import ExtractionMapper

        mapper = ExtractionMapper(self.base_iri, self.patterns_dir, self.gazetteers_dir, self.ontology_dir)
        return mapper.to_graph(extraction)


def text_extractor(settings: SettingsDep) -> TextExtractor:
    return TextExtractor(settings.data_dir, settings.patterns_dir, settings.gazetteers_dir, settings.max_text_chars,
                         settings.base_iri, settings.ontology_dir)


TextExtractorDep = Annotated[TextExtractor, Depends(text_extractor)]

__all__ = [
    "DEFAULT_SOURCE", "PIPELINE_LOCK", "CatalogueDep", "DocumentGraphDep", "SettingsDep", "StoreDep", "TextExtractor",
    "TextExtractorDep", "app_settings", "app_store", "document_catalogue", "document_graph", "text_extractor",
]
