"""The read models over a store: what the graph says about documents, as plain frozen dataclasses.

- ``ids``: document ids, number slugs, API paths;
- ``filters``: document filters and the graph patterns they stand for;
- ``facts``: what the texts state about documents, and which value to show where they disagree;
- ``documents``: ``DocumentCatalogue``, lookup, listing and one document's detail;
- ``structure``: a document's solution areas, tasks and assignments;
- ``sources``: an ingested text's record and its evidence spans;
- ``graph``: ``DocumentGraph``, the documents and links to draw, and the filters' values;
- ``records``: the dataclasses all of them answer with;
- ``templates`` and ``queries/*.rq``: the SPARQL, with values bound by serialisers.

No web framework here: the API (policygraph.api) converts the records to its response schemas, and
the CLI or a notebook can use them as they are::

    catalogue = DocumentCatalogue(store, settings.base_iri, settings.patterns_dir)
    catalogue.detail(catalogue.find_by_number("45-NQ/TW")[0]).title
"""

from policygraph.catalogue.documents import DocumentCatalogue
from policygraph.catalogue.facts import SUMMARY_PREDICATES, DocumentFacts, FactValue
from policygraph.catalogue.filters import DocumentFilter, UnknownKind
from policygraph.catalogue.graph import DocumentGraph, UnknownRelation
from policygraph.catalogue.ids import number_slug, source_href

__all__ = [
    "SUMMARY_PREDICATES", "DocumentCatalogue", "DocumentFacts", "DocumentFilter", "DocumentGraph", "FactValue",
    "UnknownKind", "UnknownRelation", "number_slug", "source_href",
]
