"""The catalogue's SPARQL, kept as ``.rq`` files in ``queries/`` and filled in with serialised terms.

A template marks each value it needs as ``{{name}}``; :func:`render` replaces every mark with a text
that one of the serialisers below made (an IRI checked against the characters SPARQL forbids in one,
a literal with its quotes and backslashes escaped, an integer), or with a graph pattern built from
such texts. Nothing a client sends reaches a query any other way, and a template asked for with a
value missing or to spare is refused, so a renamed mark cannot leave a hole in a query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from rdflib import Literal

from policygraph.errors import PolicyGraphError
from policygraph.rdf.namespaces import sparql_prologue

_MARK = re.compile(r"\{\{(\w+)\}\}")
# What SPARQL's IRIREF production excludes: <>"{}|^`\ and the characters up to space.
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')


class QueryTemplateError(PolicyGraphError):
    """A catalogue query could not be built: a template's marks and the values given differ, or a
    value cannot be written as the term it is meant to be. A defect in the caller, not in the input."""


@cache
def template(name: str) -> str:
    """The text of ``queries/<name>.rq``, as shipped with the package."""
    return resources.files("policygraph.catalogue").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def render(name: str, **values: str) -> str:
    """The query ``name`` with the prologue's prefixes and every ``{{mark}}`` replaced by its value."""
    text = template(name)
    marks = set(_MARK.findall(text))
    if marks != set(values):
        raise QueryTemplateError(f"query {name}.rq needs {sorted(marks)}, was given {sorted(values)}")
    return sparql_prologue() + _MARK.sub(lambda match: values[match.group(1)], text)


def iri(value: str) -> str:
    """``<value>``, for an IRI that SPARQL can hold as written."""
    if not value or _NOT_IN_IRI.search(value):
        raise QueryTemplateError(f"{value!r} cannot be written as an IRI in a query")
    return f"<{value}>"


def iris(values: Iterable[str], separator: str = " ") -> str:
    """Several IRIs, for a VALUES block (or, with ``separator=", "``, an IN list)."""
    return separator.join(iri(value) for value in values)


def literal(value: str) -> str:
    """A plain string literal, its quotes, backslashes and line breaks escaped."""
    return Literal(value).n3()


def integer(value: int) -> str:
    return str(int(value))


__all__ = ["QueryTemplateError", "integer", "iri", "iris", "literal", "render", "template"]
