"""Request bodies in, response types out: the size limit, UTF-8, Content-Type and Accept.

Shared by /extract and /validate. Every problem with a body is answered with a 4xx that says what
to send instead, never a 500.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import JSONResponse

from policygraph.api.models import problem
from policygraph.config import get_settings


@dataclass(frozen=True)
class TextBody:
    media_type: str  # the Content-Type without parameters, lower case ("" when none was sent)
    text: str


def media_type_of(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_text_body(request: Request) -> TextBody | JSONResponse:
    """The body as text: at most ``max_request_bytes``, UTF-8 (a leading BOM is dropped)."""
    limit = get_settings().max_request_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return problem(413, "request too large", f"the body exceeds {limit} bytes (POLICYGRAPH_MAX_REQUEST_BYTES)")
    chunks = bytearray()
    async for chunk in request.stream():
        chunks.extend(chunk)
        if len(chunks) > limit:
            return problem(413, "request too large",
                           f"the body exceeds {limit} bytes (POLICYGRAPH_MAX_REQUEST_BYTES)")
    raw = bytes(chunks)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return problem(400, "bad encoding", f"the body is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset "
                       f"{exc.start}); send UTF-8 text", line=line, column=column)
    if text.startswith("\ufeff"):
        text = text[1:]
    return TextBody(media_type_of(request), text)


def _accepted(header: str) -> list[tuple[str, float]]:
    items = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for field in fields[1:]:
            if field.replace(" ", "").startswith("q="):
                try:
                    quality = float(field.split("=", 1)[1])
                except ValueError:
                    quality = 0.0
        items.append((media, quality, index))
    return [(m, q) for m, q, _ in sorted(items, key=lambda t: (-t[1], t[2])) if q > 0]


def negotiate(accept: str | None, offered: dict[str, str], default: str) -> str | None:
    """The key of ``offered`` (media type -> format name) that the Accept header prefers, the default
    when there is no header or a wildcard wins, and None when nothing offered is acceptable (406)."""
    if not accept or not accept.strip():
        return default
    for media, _ in _accepted(accept):
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            family = media[:-1]
            if default.startswith(family):
                return default
            for candidate in offered:
                if candidate.startswith(family):
                    return candidate
    return None


def not_acceptable(offered: dict[str, str]) -> JSONResponse:
    return problem(406, "not acceptable", f"this resource can answer with {', '.join(offered)}; "
                   "ask for one of them in the Accept header")
