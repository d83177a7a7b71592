"""HTML or JSON at the same URL, one way: a route registered with :func:`get_page_or_json`.

GET /documents, /documents/{id} and /trace answer a browser (Accept preferring text/html) with a
page, and every other client with the JSON route, whose parameters, validation, errors and OpenAPI
description are exactly those of a plain FastAPI route: the page is a wrapper around the JSON
route's handler, not a second route (which would need the same parameters declared twice) nor a
branch inside the endpoint (which would run after FastAPI's validation, so a browser would get a
422 in JSON). The page is given :class:`JsonAnswer`, the JSON route's answer to the same request
(a problem or a validation error included, with its status), and takes its HTTP status from it.

/graph is not one of these: the page and its data are two resources (/graph, /graph/data), so
the page is a plain HTML route.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.responses import Response

from policygraph.api.bodies import prefers_html
from policygraph.api.problems import Problem, problem_body


@dataclass(frozen=True)
class JsonAnswer:
    """The JSON route's answer to a request: its HTTP status and its body (decoded)."""

    status: int
    body: Any


Handler = Callable[[Request], Coroutine[Any, Any, Response]]
# A page: the request, and a way to get the JSON answer of the same request (not every page needs it).
PageRenderer = Callable[[Request, Callable[[], Awaitable[JsonAnswer]]], Awaitable[Response]]


async def _json_answer(answer_json: Handler, request: Request) -> JsonAnswer:
    try:
        response = await answer_json(request)
    except Problem as problem:
        return JsonAnswer(problem.status, problem_body(problem))
    except RequestValidationError as exc:
        return JsonAnswer(422, {"status": 422, "error": "invalid request",
                                "detail": "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors()),
                                "errors": jsonable_encoder(exc.errors())})
    return JsonAnswer(response.status_code, json.loads(bytes(response.body)))


def page_or_json_route(page: PageRenderer) -> type[APIRoute]:
    """A route class answering a browser with ``page`` and everyone else with the JSON route."""

    class PageOrJsonRoute(APIRoute):
        def get_route_handler(self) -> Handler:
            answer_json = super().get_route_handler()

            async def answer(request: Request) -> Response:
                if not prefers_html(request):
                    return await answer_json(request)
                return await page(request, lambda: _json_answer(answer_json, request))

            return answer

    return PageOrJsonRoute


def get_page_or_json(
    router: APIRouter, path: str, page: PageRenderer, *, answer_description: str, **route: Any
) -> Callable[[Any], Any]:
    """``@router.get(path, **route)``, with ``page`` for browsers (see the module's docstring); the
    OpenAPI description says the 200 answer is ``answer_description``, JSON or text/html."""
    responses = {**route.pop("responses", {}), 200: {"content": {"text/html": {}}, "description": answer_description}}

    def register(endpoint: Any) -> Any:
        router.add_api_route(path, endpoint, methods=["GET"], route_class_override=page_or_json_route(page),
                             responses=responses, **route)
        return endpoint

    return register


__all__ = ["JsonAnswer", "PageRenderer", "get_page_or_json", "page_or_json_route"]
