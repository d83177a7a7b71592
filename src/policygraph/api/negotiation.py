"""Content negotiation for SPARQL results (SPARQL 1.1 Protocol section 2.1, RFC 9110 section 12.5.1).

A response type is chosen from the ``Accept`` header with its q-values: every type the endpoint can
produce for the query form gets the q-value of the most specific media range that matches it
(``text/csv`` before ``text/*`` before ``*/*``); the highest non-zero q wins and ties go to the
endpoint's order of preference (JSON results, then XML, CSV, TSV; Turtle, then N-Triples, JSON-LD,
RDF/XML, N-Quads, TriG). A ``format`` parameter (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``,
``ntriples``, ``nquads``, ``jsonld``, ``rdfxml``, ``trig``, or a media type) overrides ``Accept``, for
browsers, which cannot set it on a link. ``json`` and ``xml`` mean the results formats for SELECT and
ASK and JSON-LD and RDF/XML for CONSTRUCT and DESCRIBE.

No Accept header (or one with no well-formed media range) means "anything": the first preference.

The API's other routes (HTML or JSON, the formats of /extract and /validate) negotiate with the
same parser and matching rule (:func:`parse_accept`, :func:`best_range`), in
``policygraph.api.bodies.negotiate``.

This module is imported by the query worker processes: standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RESULTS_FORMS = frozenset({"select", "ask"})
GRAPH_FORMS = frozenset({"construct", "describe"})


@dataclass(frozen=True)
class Offer:
    """A type the endpoint can answer with: the Content-Type it sends, and the serialisation behind it
    (a pyoxigraph ``QueryResultsFormat`` or ``RdfFormat`` media type)."""

    media_type: str
    serialization: str


def _offers(*pairs: tuple[str, str]) -> tuple[Offer, ...]:
    return tuple(Offer(media, serialization) for media, serialization in pairs)


# Characters XML 1.0 has no way to write (section 2.2, Char), not even as a character reference ("&#1;"),
# and lone surrogates (no character at all): an XML answer holding one is ill-formed.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The same in UTF-8 bytes (a serialiser's output is valid UTF-8, so no surrogate can be in it): searched
# without decoding the answer.
NOT_IN_XML_UTF8 = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def is_xml(media_type: str) -> bool:
    """SPARQL Results XML, RDF/XML and their application/xml, text/xml aliases."""
    media = media_type.split(";")[0].strip().lower()
    return media.endswith(("/xml", "+xml"))


_SRJ, _SRX = "application/sparql-results+json", "application/sparql-results+xml"
_CSV, _TSV = "text/csv", "text/tab-separated-values"
_TTL, _NT, _NQ = "text/turtle", "application/n-triples", "application/n-quads"
_JSONLD, _RDFXML, _TRIG = "application/ld+json", "application/rdf+xml", "application/trig"

# In order of preference. The aliases after the standard types are answered with the type asked
# for (a client that accepts only application/json gets application/json).
RESULTS_OFFERS = _offers(
    (_SRJ, _SRJ), (_SRX, _SRX), (_CSV, _CSV), (_TSV, _TSV),
    ("application/json", _SRJ), ("application/xml", _SRX), ("text/xml", _SRX),
)
GRAPH_OFFERS = _offers(
    (_TTL, _TTL), (_NT, _NT), (_JSONLD, _JSONLD), (_RDFXML, _RDFXML), (_NQ, _NQ), (_TRIG, _TRIG),
    ("application/x-turtle", _TTL), ("text/n3", _TTL), ("text/plain", _NT),
    ("application/json", _JSONLD), ("application/xml", _RDFXML), ("text/xml", _RDFXML),
)

# format parameter: name -> (type for SELECT/ASK, type for CONSTRUCT/DESCRIBE); None: not available.
FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": (_SRJ, _JSONLD),
    "srj": (_SRJ, None),
    "xml": (_SRX, _RDFXML),
    "srx": (_SRX, None),
    "csv": (_CSV, None),
    "tsv": (_TSV, None),
    "turtle": (None, _TTL),
    "ttl": (None, _TTL),
    "ntriples": (None, _NT),
    "n-triples": (None, _NT),
    "nt": (None, _NT),
    "nquads": (None, _NQ),
    "n-quads": (None, _NQ),
    "nq": (None, _NQ),
    "jsonld": (None, _JSONLD),
    "json-ld": (None, _JSONLD),
    "rdfxml": (None, _RDFXML),
    "rdf/xml": (None, _RDFXML),
    "rdf": (None, _RDFXML),
    "trig": (None, _TRIG),
}

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_RANGE = re.compile(rf"^\s*({_TOKEN})/({_TOKEN})\s*$")
_QVALUE = re.compile(r"^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$")


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def specificity(self, media_type: str) -> int:
        """2 for an exact match, 1 for ``type/*``, 0 for ``*/*``, -1 when it does not match."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0 if self.subtype == "*" else -1
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str) -> list[MediaRange]:
    """The well-formed media ranges of an Accept header; malformed ones are left out."""
    ranges = []
    for part in header.split(","):
        media, *parameters = part.split(";")
        match = _MEDIA_RANGE.match(media)
        if not match:
            continue
        kind, sub = match.group(1).lower(), match.group(2).lower()
        if kind == "*" and sub != "*":
            continue
        q = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                value = value.strip()
                q = float(value) if _QVALUE.match(value) else -1.0
        if q < 0:
            continue
        ranges.append(MediaRange(kind, sub, q))
    return ranges


@dataclass(frozen=True)
class RangeMatch:
    """How an Accept header takes one media type: the q-value of its most specific matching range,
    how specific that range is (2 exact, 1 ``type/*``, 0 ``*/*``) and its position in the header."""

    q: float
    specificity: int
    position: int


def best_range(media_type: str, ranges: list[MediaRange]) -> RangeMatch | None:
    """The most specific of ``ranges`` that matches ``media_type`` (the first of equals), or None."""
    best: RangeMatch | None = None
    for position, media_range in enumerate(ranges):
        specificity = media_range.specificity(media_type)
        if specificity >= 0 and (best is None or specificity > best.specificity):
            best = RangeMatch(media_range.q, specificity, position)
    return best


def _quality(media_type: str, ranges: list[MediaRange]) -> float:
    match = best_range(media_type, ranges)
    return match.q if match is not None else 0.0


def negotiate(accept: str | None, offers: tuple[Offer, ...]) -> Offer | None:
    """The offer the Accept header prefers, or None when none is acceptable (406)."""
    ranges = parse_accept(accept) if accept else []
    if not ranges:
        return offers[0]
    best: Offer | None = None
    best_q = 0.0
    for offer in offers:
        q = _quality(offer.media_type, ranges)
        if q > best_q:
            best, best_q = offer, q
    return best


def offers_for(form: str) -> tuple[Offer, ...]:
    return RESULTS_OFFERS if form in RESULTS_FORMS else GRAPH_OFFERS


def known_format(format_param: str) -> bool:
    """Whether a ``format`` parameter names a format this endpoint has, for some query form."""
    value = format_param.strip().lower()
    return value in FORMAT_NAMES or any(
        offer.media_type == value for offer in (*RESULTS_OFFERS, *GRAPH_OFFERS)
    )


def choose(form: str, accept: str | None, format_param: str | None = None) -> Offer | None:
    """The response type for a query form ("select", "ask", "construct", "describe"), or None (406)."""
    offers = offers_for(form)
    if format_param:
        value = format_param.strip().lower()
        if value in FORMAT_NAMES:
            results_type, graph_type = FORMAT_NAMES[value]
            value = (results_type if form in RESULTS_FORMS else graph_type) or ""
        return next((offer for offer in offers if offer.media_type == value), None)
    return negotiate(accept, offers)


def content_type(media_type: str) -> str:
    """The Content-Type header value: every format here is text in UTF-8."""
    return f"{media_type}; charset=utf-8"


def available(form: str) -> str:
    """The types a form can be answered with, for a 406 message."""
    return ", ".join(dict.fromkeys(offer.media_type for offer in offers_for(form)))
