"""The real server (uvicorn on a free port) answering SPARQL over HTTP, with real clients."""

from __future__ import annotations

import httpx
from SPARQLWrapper import JSON, SPARQLWrapper

from .conftest import ROOT


def test_saved_documents_query_lists_the_seed_documents_via_sparqlwrapper(server_url):
    client = SPARQLWrapper(server_url + "/sparql")
    client.setQuery((ROOT / "queries" / "documents.rq").read_text(encoding="utf-8"))
    client.setReturnFormat(JSON)
    result = client.query().convert()
    numbers = {b["number"]["value"] for b in result["results"]["bindings"] if "number" in b}
    assert {"7/NQ-CP", "96-KL/TW", "45-NQ/TW", "30-NQ/TW", "35/2021/QH15", "108/NQ-CP"} <= numbers


def test_post_form_and_direct_post_give_the_same_answer(server_url):
    query = 'PREFIX eli: <http://data.europa.eu/eli/ontology#> ASK { ?d eli:id_local "96-KL/TW" }'
    form = httpx.post(server_url + "/sparql", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"})
    direct = httpx.post(server_url + "/sparql", content=query.encode(),
                        headers={"Content-Type": "application/sparql-query",
                                 "Accept": "application/sparql-results+json"})
    assert form.status_code == direct.status_code == 200
    assert form.json() == direct.json() == {"head": {}, "boolean": True}


def test_syntax_error_is_400_with_line_and_column(server_url):
    response = httpx.get(server_url + "/sparql", params={"query": "SELECT * WHERE {\n  ?s ?p \n"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "syntax error"
    assert (body["line"], body["column"]) == (3, 1)


def test_missing_query_is_400_and_unknown_media_type_is_415(server_url):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert httpx.post(server_url + "/sparql", content=b"", headers=form).status_code == 400
    assert httpx.post(server_url + "/sparql", content=b"x", headers={"Content-Type": "text/plain"}).status_code == 415


def test_get_without_query_returns_a_service_description(server_url):
    response = httpx.get(server_url + "/sparql")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert "sd:Service" in response.text


def test_csv_results_by_accept_header(server_url):
    query = (
        "PREFIX eli: <http://data.europa.eu/eli/ontology#> "
        'SELECT ?n WHERE { ?d eli:id_local ?n FILTER(?n = "7/NQ-CP") }'
    )
    response = httpx.get(server_url + "/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert response.text.replace("\r\n", "\n") == "n\n7/NQ-CP\n"


def test_not_acceptable_is_406(server_url):
    response = httpx.get(server_url + "/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_service_clause_is_refused(server_url):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    response = httpx.get(server_url + "/sparql", params={"query": query})
    assert response.status_code == 400
    assert response.json()["error"] == "SERVICE is disabled"
