"""The read models (policygraph.catalogue) without the API: plain records, queries with safe values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import policygraph
from policygraph.catalogue.templates import QueryTemplateError, iri, literal, render

SRC = Path(policygraph.__file__).resolve().parents[1]

NOTEBOOK = """
import sys
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF
from policygraph.catalogue import DocumentCatalogue
from policygraph.config import get_settings
from policygraph.rdf.namespaces import ELI, PG
from policygraph.store.opening import open_store

settings = get_settings()
doc = URIRef(settings.base_iri + "doc/nq/2019/45-nq-tw")
graph = Graph()
graph.add((doc, RDF.type, PG.PolicyDocument))
graph.add((doc, ELI.id_local, Literal("45-NQ/TW")))
graph.add((doc, DCTERMS.title, Literal("về xây dựng và phát triển thành phố Hải Phòng", lang="vi")))
with open_store(sys.argv[1]) as store:
    store.replace_graph(settings.base_iri + "graph/test", graph)
    catalogue = DocumentCatalogue(store, settings.base_iri, settings.patterns_dir)
    detail = catalogue.detail(catalogue.find_by_number("45-nq/tw")[0])
print(type(detail).__module__, detail.id, detail.number, detail.title, detail.outgoing)
print(sorted({name.split(".")[0] for name in sys.modules} & {"fastapi", "starlette"}))
"""


def test_a_notebook_reads_a_document_from_the_catalogue_without_loading_fastapi(tmp_path):
    answer = subprocess.run([sys.executable, "-c", NOTEBOOK, str(tmp_path / "store")], capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(SRC)}, check=True)
    assert answer.stdout.splitlines() == [
        "policygraph.catalogue.records doc/nq/2019/45-nq-tw 45-NQ/TW về xây dựng và phát triển thành phố Hải Phòng ()",
        "[]",
    ]


def test_a_value_that_cannot_be_an_iri_is_refused_before_it_reaches_a_query():
    assert iri("https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw") == (
        "<https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw>")
    for broken in ("https://w3id.org/x> } ; DROP ALL ; { <y", "https://w3id.org/a b", ""):
        with pytest.raises(QueryTemplateError):
            iri(broken)


def test_a_literal_keeps_its_quotes_and_backslashes_inside_the_string():
    assert literal('45-NQ/TW" ) } DROP ALL #') == '"45-NQ/TW\\" ) } DROP ALL #"'
    assert literal("a\\b") == '"a\\\\b"'


def test_a_template_given_a_value_too_few_or_too_many_is_refused():
    with pytest.raises(QueryTemplateError, match=r"mentioned_in.rq needs \['document'\], was given \[\]"):
        render("mentioned_in")
    with pytest.raises(QueryTemplateError, match="was given \\['document', 'limit'\\]"):
        render("mentioned_in", document="<https://w3id.org/x>", limit="5")
    query = render("mentioned_in", document="<https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw>")
    assert "?mention pg:refersTo <https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw> ;" in query
    assert query.startswith("PREFIX ")
