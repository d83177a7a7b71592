"""Document ids, official-number slugs and the API paths built from them.

A document's id is its IRI after the data base IRI ("doc/nq/2019/45-nq-tw"). An id is accepted only
when it is made of the characters IriMinter writes (and a little more), so an id a client sends can be
written into a query as an IRI as it is.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from policygraph.model import DocumentIdentity
from policygraph.rdf.identity import ascii_slug

# What may follow the base IRI in a document id: the characters IriMinter writes, and a little more.
_ID = re.compile(r"^doc/[A-Za-z0-9._~%-]+(?:/[A-Za-z0-9._~%-]+)*$")


def number_slug(number: str) -> str:
    """The last segment of the IRIs of documents with this official number: "07/NQ-CP" -> "7-nq-cp"."""
    compact = "".join(number.split())
    canonical = DocumentIdentity(kind_code="", number=compact).canonical_number or compact
    return ascii_slug(canonical)


class DocumentIds:
    """Ids and IRIs of documents under one base IRI."""

    def __init__(self, base: str) -> None:
        self.base = base

    def id_of(self, iri: str) -> str | None:
        return iri[len(self.base):] if iri.startswith(self.base) else None

    def iri_of(self, document_id: str) -> str | None:
        """The IRI for an id, or None when the id cannot be one (wrong prefix or characters)."""
        document_id = document_id.strip().strip("/")
        if document_id.startswith(self.base):
            document_id = document_id[len(self.base):]
        return self.base + document_id if _ID.match(document_id) else None


def document_href(document_id: str | None) -> str | None:
    """The API path of a document: GET /documents/{id}; None for an IRI outside the base."""
    return f"/documents/{document_id}" if document_id else None


def source_href(file_name: str) -> str:
    """The API path of a source text: GET /sources/{file}."""
    return "/sources/" + quote(file_name, safe="/")


__all__ = ["DocumentIds", "document_href", "number_slug", "source_href"]
