"""The triples of one text as plain strings, and their N-Triples form.

The mapping states each triple once into a :class:`TextTriples`; ingest writes the store update's
N-Triples from it directly (:meth:`TextTriples.ntriples`), and an rdflib Graph is built from it only
when one is wanted (:meth:`TextTriples.graph`): a large ingest without validation never pays for
rdflib's terms and indexes.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from policygraph.rdf.namespaces import new_graph

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def nt_escape(lexical: str) -> str:
    """A literal's lexical form as N-Triples writes it between its quotes (the four characters the
    grammar forbids there are escaped; everything else, Vietnamese included, is written as is)."""
    return lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


class TextTriples:
    """The triples of one text, each once, in the order the mapping states them.

    A triple is ``(subject IRI, predicate IRI, object, tag)``: ``tag`` is None when the object is an
    IRI, else the literal's N-Triples suffix after its quotes: "" (a plain string), "@vi" (a language),
    or "^^<datatype IRI>"."""

    def __init__(self) -> None:
        self._triples: dict[tuple[str, str, str, str | None], None] = {}

    def add(self, subject: str, predicate: str, obj: str) -> None:
        """A triple whose object is an IRI. (rdflib's URIRefs are taken as the plain strings they are.)"""
        self._triples[(str(subject), str(predicate), str(obj), None)] = None

    def add_literal(self, subject: str, predicate: str, lexical: str, *, datatype: str | None = None,
                    lang: str | None = None) -> None:
        tag = f"@{lang}" if lang else (f"^^<{datatype}>" if datatype else "")
        self._triples[(str(subject), str(predicate), lexical, tag)] = None

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[tuple[str, str, str, str | None]]:
        return iter(self._triples)

    def subjects_of_type(self, rdf_class: str) -> set[str]:
        rdf_class = str(rdf_class)  # a URIRef never equals a plain string
        return {s for s, p, o, tag in self._triples if tag is None and p == RDF_TYPE and o == rdf_class}

    def ntriples(self) -> str:
        """The N-Triples document (one line per triple, no trailing newline)."""
        return "\n".join(
            f"<{s}> <{p}> <{o}> ." if tag is None else f'<{s}> <{p}> "{nt_escape(o)}"{tag} .'
            for s, p, o, tag in self._triples
        )

    def graph(self) -> Graph:
        """The same triples as an rdflib Graph, with the project's prefixes bound."""
        graph = new_graph()
        iris: dict[str, URIRef] = {}

        def iri(value: str) -> URIRef:
            term = iris.get(value)
            if term is None:
                term = iris[value] = URIRef(value)
            return term

        add = graph.add
        for s, p, o, tag in self._triples:
            add((iri(s), iri(p), iri(o) if tag is None else _rdflib_literal(o, tag)))
        return graph


def _rdflib_literal(value: str, tag: str) -> Node:
    if not tag:
        return Literal(value)
    if tag[0] == "@":
        return Literal(value, lang=tag[1:])
    return Literal(value, datatype=URIRef(tag[3:-1]))
