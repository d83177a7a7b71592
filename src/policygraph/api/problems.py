"""The one error path of the HTTP edge: raise :class:`Problem`, and one handler answers it.

Every 4xx (and 503) the API gives is ``{"status", "error", "detail", ...}`` (RFC 9457's problem
details, with ``error`` for its ``title``): what went wrong and what to do. A route or a helper
raises :class:`Problem` where it finds the problem, so helpers return what their names say
(``resolve_document -> str``, ``read_text_body -> TextBody``) instead of "the value or an error
response", and the handler installed by :func:`install_problem_handler` renders it. The handler is
generic over :class:`RendersAsProblem`, so an error type of the SPARQL endpoint's own (its
``ProtocolError`` has the same fields) is rendered by the same code, in the same shape.
"""

from __future__ import annotations

from typing import Any, Protocol

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from starlette.responses import Response

from policygraph.api.schemas.common import Problem as ProblemSchema
from policygraph.catalogue import UnknownKind, UnknownRelation


class RendersAsProblem(Protocol):
    """What the handler reads from an error to answer it: the fields of the JSON shape, and headers."""

    status: int
    error: str
    detail: str
    headers: dict[str, str] | None
    extra: dict[str, Any]


class Problem(Exception):
    """A request the API answers with an error: ``status``, a short stable ``title`` (sent as
    ``error``), a ``detail`` that says what to do, and optional fields (``line``/``column`` of a parse
    error, the ``offset`` of a bad character, the ``candidates`` an ambiguous number could mean; an
    RFC 9457 ``type`` URI). Fields that are None are left out of the answer."""

    def __init__(
        self, status: int, title: str, detail: str, *, type: str | None = None,
        headers: dict[str, str] | None = None, **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.headers = headers
        self.extra = {"type": type, **extra} if type is not None else extra

    @property
    def error(self) -> str:
        """The title under the name the JSON shape gives it (``error``)."""
        return self.title


def problem_body(problem: RendersAsProblem) -> dict[str, Any]:
    """The JSON of a problem, the one place it is built: ``status``, ``error``, ``detail``, then the
    extra fields that have a value (nested schemas without their null fields, as every answer)."""
    extra = {name: value for name, value in problem.extra.items() if value is not None}
    return {"status": problem.status, "error": problem.error, "detail": problem.detail,
            **jsonable_encoder(extra, exclude_none=True)}


def problem_response(problem: RendersAsProblem) -> JSONResponse:
    return JSONResponse(problem_body(problem), status_code=problem.status, headers=problem.headers)


async def answer_problem(request: Request, exc: Exception) -> Response:
    """The exception handler: ``exc`` is a :class:`Problem` (or another :class:`RendersAsProblem`)."""
    return problem_response(exc)  # type: ignore[arg-type]


# The read models' errors that mean "the request names something that is not there", whichever route
# meets them: status and title; the detail is the error's own message (what is known instead).
REQUEST_ERRORS: dict[type[Exception], tuple[int, str]] = {
    UnknownKind: (400, "unknown kind"),
    UnknownRelation: (400, "unknown relation"),
}


async def answer_request_error(request: Request, exc: Exception) -> Response:
    status, title = next(answer for error, answer in REQUEST_ERRORS.items() if isinstance(exc, error))
    return problem_response(Problem(status, title, str(exc)))


def install_problem_handler(app: FastAPI, *others: type[Exception]) -> None:
    """Answer :class:`Problem` (and ``others``, error types with the same fields) in the one shape, and
    the read models' :data:`REQUEST_ERRORS` as the problems they are."""
    for error_type in (Problem, *others):
        app.add_exception_handler(error_type, answer_problem)
    for request_error in REQUEST_ERRORS:
        app.add_exception_handler(request_error, answer_request_error)


def problem_responses(documented: dict[int, str | None]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the problems a route can answer: status -> description (None: the
    status's own phrase), each with the Problem schema."""
    return {status: {"model": ProblemSchema, **({"description": text} if text else {})}
            for status, text in documented.items()}


__all__ = [
    "Problem",
    "RendersAsProblem",
    "install_problem_handler",
    "problem_body",
    "problem_response",
    "problem_responses",
]
