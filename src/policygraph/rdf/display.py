"""Short names for RDF terms where people read them (the table form of `policygraph query`).

A full IRI is 40 to 150 characters, and a table of them cut to the width of a terminal shows only
their common start (``<https://w3id.o…``). Terms are named instead as the query and the project name
them: a prefixed name when a declared namespace gives one that is valid SPARQL (``pg:PolicyDocument``),
an IRI under the data's base written relative to it (``<doc/nq/2019/45-nq-tw>``, the form a query with
``BASE <base>`` reads back), and any other IRI in full. rdflib's namespace manager decides what a
valid prefixed name is.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from policygraph.rdf.namespaces import PREFIXES


class TermNames:
    """Names for terms: the project's prefixes (``PREFIXES``), overridden by ``prefixes`` (the query's
    own PREFIX lines, name and namespace), and IRIs under ``base_iri`` relative to it."""

    def __init__(self, base_iri: str, prefixes: Iterable[tuple[str, str]] = ()) -> None:
        self.base_iri = base_iri
        self.namespaces = NamespaceManager(Graph(), bind_namespaces="none")
        for name, namespace in PREFIXES.items():
            self.namespaces.bind(name, namespace)
        for name, namespace in prefixes:
            self.namespaces.bind(name, namespace, override=True, replace=True)

    def name(self, term: Node | None) -> str:
        if term is None:
            return ""
        if isinstance(term, Literal):
            return str(term)
        if isinstance(term, URIRef):
            short = term.n3(self.namespaces)
            if short.startswith("<") and term.startswith(self.base_iri) and len(term) > len(self.base_iri):
                return f"<{term[len(self.base_iri):]}>"
            return short
        return term.n3()

    def uses_base(self, terms: Iterable[Node | None]) -> bool:
        """Whether any of ``terms`` is named relative to the base (so a reader must be told the base)."""
        return any(self.name(t).startswith("<") and isinstance(t, URIRef) and t.startswith(self.base_iri)
                   for t in terms)
