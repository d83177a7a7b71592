"""SPARQL counts asked of a live server's /sparql, for the tests that compare what a page or route shows
with what the store holds (one definition for the graph API and graph page tests)."""

from __future__ import annotations

import httpx


def sparql_count(server_url: str, query: str) -> int:
    """The ``?n`` of the first row of a SELECT answered by the server's /sparql."""
    answer = httpx.post(server_url + "/sparql", data={"query": query},
                        headers={"Accept": "application/sparql-results+json"}, timeout=60)
    answer.raise_for_status()
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def documents_in_store(server_url: str) -> int:
    """How many distinct documents the served store holds."""
    return sparql_count(server_url, """PREFIX pg: <https://w3id.org/policygraph/ontology#>
        SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc a pg:PolicyDocument }""")
