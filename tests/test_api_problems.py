"""The API's one error path (api/problems.py) and its one Accept negotiation (api/bodies.py)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from fastapi import FastAPI

from policygraph.api.bodies import negotiate
from policygraph.api.problems import Problem, install_problem_handler
from policygraph.api.schemas.common import DocumentRef
from policygraph.api.sparql import ProtocolError
from policygraph.catalogue import UnknownKind

REF_45 = DocumentRef(id="doc/nq/2019/45-nq-tw", iri="https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw",
                     number="45-NQ/TW", label=None, href="/documents/doc/nq/2019/45-nq-tw")


def answer_to_raising(error: Exception) -> httpx.Response:
    """The answer of a real FastAPI app, with the handler installed, whose route raises ``error``."""
    app = FastAPI()
    install_problem_handler(app, ProtocolError)

    @app.get("/")
    def fail() -> None:
        raise error

    async def get() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return await client.get("/")

    return asyncio.run(get())


def test_a_problem_is_answered_in_the_one_shape_without_its_null_fields():
    problem = Problem(409, "ambiguous number", "'45-NQ/TW' names 2 documents", line=None, candidates=[REF_45],
                      headers={"Retry-After": "5"})
    response = answer_to_raising(problem)
    assert response.status_code == 409
    assert response.headers["retry-after"] == "5"
    assert response.json() == {
        "status": 409, "error": "ambiguous number", "detail": "'45-NQ/TW' names 2 documents",
        "candidates": [{"id": "doc/nq/2019/45-nq-tw", "iri": "https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw",
                        "number": "45-NQ/TW", "href": "/documents/doc/nq/2019/45-nq-tw"}],
    }


def test_the_sparql_endpoints_protocol_error_is_rendered_by_the_same_handler():
    response = answer_to_raising(ProtocolError(503, "busy", "every worker is busy", headers={"Retry-After": "5"},
                                               timeout_s=30))
    assert (response.status_code, response.headers["retry-after"]) == (503, "5")
    assert response.json() == {"status": 503, "error": "busy", "detail": "every worker is busy", "timeout_s": 30}


def test_an_unknown_kind_from_the_read_models_is_a_400():
    response = answer_to_raising(UnknownKind("no document kind 'XX'; kinds are NQ, KL"))
    assert response.status_code == 400
    assert response.json() == {"status": 400, "error": "unknown kind",
                               "detail": "no document kind 'XX'; kinds are NQ, KL"}


PAGE_OR_JSON = ("application/json", "text/html")
EXTRACT_OUTPUT = ("application/json", "text/turtle", "application/n-triples", "application/ld+json",
                  "application/rdf+xml")


@pytest.mark.parametrize(("accept", "offered", "chosen"), [
    (None, PAGE_OR_JSON, "application/json"),
    ("*/*", PAGE_OR_JSON, "application/json"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", PAGE_OR_JSON, "text/html"),
    ("text/html, application/json", PAGE_OR_JSON, "text/html"),  # equal q: the range written first
    ("application/json, text/html;q=0.5", PAGE_OR_JSON, "application/json"),
    ("text/*, application/json", PAGE_OR_JSON, "application/json"),  # equal q: the exact range beats text/*
    ("image/png", PAGE_OR_JSON, None),
    ("not a media range", PAGE_OR_JSON, "application/json"),  # nothing well-formed: anything
    ("text/*", EXTRACT_OUTPUT, "text/turtle"),
    ("application/*", EXTRACT_OUTPUT, "application/json"),
    ("application/json;q=0, */*;q=0.5", EXTRACT_OUTPUT, "text/turtle"),  # q=0: not acceptable
    ("application/rdf+xml;q=0.9, application/ld+json", EXTRACT_OUTPUT, "application/ld+json"),
])
def test_negotiate_follows_the_q_values_then_specificity_then_the_header_order(accept, offered, chosen):
    assert negotiate(accept, offered) == chosen
