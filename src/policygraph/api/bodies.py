"""Request bodies in, response types out: the one ``read_body`` (size limit) and the one
``negotiate`` (Accept) of the API's routes.

Every problem with a body is raised as a :class:`~policygraph.api.problems.Problem` that says what
to send instead (413, 400 with the line and column of a byte that is not UTF-8, 406), never a 500.
The Accept header is read by the SPARQL endpoint's RFC 9110 parser
(:func:`policygraph.api.negotiation.parse_accept`), so every route understands it the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fastapi import Request

from policygraph.api.negotiation import best_range, parse_accept
from policygraph.api.problems import Problem

JSON = "application/json"
HTML = "text/html"


@dataclass(frozen=True)
class TextBody:
    media_type: str  # the Content-Type without parameters, lower case ("" when none was sent)
    text: str


def media_type_of(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_body(request: Request, limit: int) -> bytes:
    """The body's bytes, at most ``limit`` (POLICYGRAPH_MAX_REQUEST_BYTES): a Content-Length above it is
    refused before anything is read, and a body that streams past it as soon as it does."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise Problem(400, "bad request", f"Content-Length {declared!r} is not a number")
        if int(declared) > limit:
            raise Problem(413, "request too large",
                          f"the body ({declared.strip()} bytes) exceeds {limit} bytes (POLICYGRAPH_MAX_REQUEST_BYTES)")
    chunks = bytearray()
    async for chunk in request.stream():
        chunks.extend(chunk)
        if len(chunks) > limit:
            raise Problem(413, "request too large", f"the body exceeds {limit} bytes (POLICYGRAPH_MAX_REQUEST_BYTES)")
    return bytes(chunks)


async def read_text_body(request: Request, limit: int) -> TextBody:
    """The body as text: at most ``limit`` bytes, UTF-8 (a leading BOM is dropped)."""
    raw = await read_body(request, limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise Problem(400, "bad encoding", f"the body is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset "
                      f"{exc.start}); send UTF-8 text", line=line, column=column) from exc
    return TextBody(media_type_of(request), text.removeprefix("\ufeff"))


def negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    """The media type of ``offered`` (the first is the default) that the Accept header prefers; None
    when none is acceptable.

    Each offered type takes the q-value of the most specific range that matches it (RFC 9110
    section 12.5.1). Among equal q-values an exact match beats ``type/*``, which beats ``*/*``, then
    the range written first wins, then the order of ``offered``: ``*/*`` gets the default, and
    ``text/html, application/json`` the page."""
    ranges = parse_accept(accept) if accept else []
    if not ranges:
        return offered[0]
    best, best_key = None, None
    for order, media_type in enumerate(offered):
        match = best_range(media_type, ranges)
        if match is None or match.q <= 0:
            continue
        key = (match.q, match.specificity, -match.position, -order)
        if best_key is None or key > best_key:
            best, best_key = media_type, key
    return best


def negotiate_or_refuse(accept: str | None, offered: Sequence[str]) -> str:
    """What :func:`negotiate` chooses; a 406 that names the offered types when nothing is acceptable."""
    chosen = negotiate(accept, offered)
    if chosen is None:
        raise Problem(406, "not acceptable", f"this resource can answer with {', '.join(offered)}; "
                      "ask for one of them in the Accept header")
    return chosen


def prefers_html(request: Request) -> bool:
    """Whether the client (a browser following a link) prefers a page to the JSON of the same URL."""
    return negotiate(request.headers.get("accept"), (JSON, HTML)) == HTML


def request_body_doc(examples: dict[str, dict[str, object]]) -> dict[str, object]:
    """OpenAPI ``requestBody`` for a route that reads its body itself: media type -> example (and schema)."""
    return {"requestBody": {"required": True, "content": {
        media: {"schema": spec.get("schema", {"type": "string"}), "example": spec["example"]}
        for media, spec in examples.items()
    }}}


__all__ = ["TextBody", "media_type_of", "negotiate", "negotiate_or_refuse", "prefers_html", "read_body",
           "read_text_body", "request_body_doc"]
