"""Content negotiation for SPARQL results (SPARQL 1.1 Protocol, section 2.1)."""

from __future__ import annotations

RESULT_TYPES = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "application/xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "text/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "text/plain": "application/n-triples",
    "application/n-quads": "application/n-quads",
    "application/ld+json": "application/ld+json",
    "application/rdf+xml": "application/rdf+xml",
    "application/trig": "application/trig",
}
FORMAT_PARAMETER = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "trig": "application/trig",
}


def _parse_accept(header: str) -> list[tuple[str, float, int]]:
    items = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        items.append((media, q, i))
    return sorted(items, key=lambda t: (-t[1], t[2]))


def choose_media_type(accept: str | None, form: str, format_param: str | None = None) -> str | None:
    """The response type for a query form ("select", "ask", "construct"), or None (406)."""
    table = RESULT_TYPES if form in {"select", "ask"} else GRAPH_TYPES
    default = "application/sparql-results+json" if form in {"select", "ask"} else "text/turtle"
    if format_param:
        wanted = FORMAT_PARAMETER.get(format_param.lower(), format_param.lower())
        return table.get(wanted)
    if not accept:
        return default
    for media, q, _ in _parse_accept(accept):
        if q <= 0:
            continue
        if media in table:
            return table[media]
        if media in {"*/*", "application/*", "text/*"}:
            return default
    return None
