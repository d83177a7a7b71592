"""The two SHACL engines behind validation, and what they need installed in the process.

pySHACL is the reference and the default; pyshacl-turbo is a Rust engine with pySHACL's API
(``POLICYGRAPH_SHACL_ENGINE=turbo``; see bench/run.py, section "validation", for how the two compare
on our shapes). Both give the standard SHACL report graph (:func:`run_engine`).

pySHACL parses each SHACL-SPARQL query again for every focus node, and rdflib's SPARQL parser takes
20-300 ms per query of ours. :func:`install_pyshacl_parse_caches` changes that **for the whole
process**: rdflib's SPARQL processor parses each query text once (the parsed algebra is reused with
new initial bindings, as rdflib's own prepared queries are), and pySHACL checks each query text once
per constraint instead of once per focus node. Neither changes what a query means; both are
installed once, by :func:`run_engine` before the first pySHACL validation, or by a caller that wants
them in place earlier.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from policygraph.errors import PolicyGraphError

ENGINES = ("pyshacl", "turbo")


class ShapesError(PolicyGraphError):
    """The shapes themselves cannot be used (a broken SPARQL constraint, say): a bug of ours."""

    exit_code = 2


def run_engine(data: Graph, shapes: Graph, engine: str) -> Graph:
    """The SHACL validation report graph of ``data``, from the chosen engine."""
    if engine == "pyshacl":
        from pyshacl import validate as pyshacl_validate

        install_pyshacl_parse_caches()
        _, report_graph, _ = pyshacl_validate(
            data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True,
            allow_infos=True, abort_on_first=False,
        )
    elif engine == "turbo":
        _, report_graph, _ = _turbo_shapes(id(shapes), shapes).validate(
            data, allow_warnings=True, allow_infos=True
        )
    else:
        raise ValueError(f"unknown SHACL engine {engine!r}; use one of {', '.join(ENGINES)}")
    if not isinstance(report_graph, Graph):  # pySHACL's ValidationFailure: the shapes are broken
        raise ShapesError(f"the shapes cannot be used: {report_graph}")
    _tag_messages(report_graph, shapes)
    return report_graph


def _tag_messages(report: Graph, shapes: Graph) -> None:
    """Give back their language tags to result messages that lost them.

    pySHACL writes the messages of a SHACL-SPARQL result without language tags once it has filled
    in the template's variables. Each untagged message is matched against the templates it can come
    from (the source constraint's sh:message, then the shape's) and gets the matching template's
    tag, so the report (Turtle included) carries @vi and @en as the shapes do.
    """
    for result in report.subjects(RDF.type, SH.ValidationResult):
        untagged = [m for m in report.objects(result, SH.resultMessage) if isinstance(m, Literal) and not m.language]
        if not untagged:
            continue
        templates = [*report.objects(report.value(result, SH.sourceConstraint), SH.message),
                     *shapes.objects(report.value(result, SH.sourceShape), SH.message)]
        for message in untagged:
            for template in templates:
                if isinstance(template, Literal) and template.language and _fills(template, message):
                    report.remove((result, SH.resultMessage, message))
                    report.add((result, SH.resultMessage, Literal(str(message), lang=template.language)))
                    break


@lru_cache(maxsize=256)
def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{[?$][A-Za-z_][A-Za-z0-9_]*\}", template)
    return re.compile("(.*?)".join(re.escape(part) for part in parts), re.DOTALL)


def _fills(template: Literal, message: Literal) -> bool:
    return _template_pattern(str(template)).fullmatch(str(message)) is not None


@lru_cache(maxsize=2)
def _turbo_shapes(_key: int, shapes: Graph) -> Any:
    try:
        import pyshacl_turbo
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ShapesError(
            "POLICYGRAPH_SHACL_ENGINE=turbo needs the pyshacl-turbo package (pip install pyshacl-turbo)"
        ) from exc
    return pyshacl_turbo.compile_shapes(shapes)


_PARSE_CACHES_INSTALLED = False


def install_pyshacl_parse_caches() -> None:
    """Install, once per process, the two caches of the module's docstring: rdflib's SPARQL processor
    patched to parse and translate each query text once (:func:`_install_sparql_parse_cache`), and
    pySHACL's query helper patched to prepare each SHACL-SPARQL text once per constraint
    (:func:`_install_pre_binding_cache`). Calling it again does nothing."""
    global _PARSE_CACHES_INSTALLED
    if _PARSE_CACHES_INSTALLED:
        return
    _install_sparql_parse_cache()
    _install_pre_binding_cache()
    _PARSE_CACHES_INSTALLED = True


def _install_sparql_parse_cache() -> None:
    """Make rdflib parse and translate each SPARQL query text once per process (rdflib's
    ``SPARQLProcessor.query`` replaced, for every graph).

    Only plain query strings are cached, keyed by the text, the base and the namespaces the graph
    passes (which decide how prefixed names resolve), so a cached query means exactly what a fresh
    parse would.
    """
    from rdflib.plugins.sparql import processor
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    original = processor.SPARQLProcessor.query

    @lru_cache(maxsize=512)
    def prepared(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Any:
        return translateQuery(parseQuery(text), base, dict(namespaces))

    def query(self: Any, strOrQuery: Any, initBindings: Any = None, initNs: Any = None,
              base: str | None = None, DEBUG: bool = False) -> Any:
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = prepared(strOrQuery, base, namespaces)
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    processor.SPARQLProcessor.query = query  # type: ignore[method-assign]


def _install_pre_binding_cache() -> None:
    """Make pySHACL check and prepare each SHACL-SPARQL query text once per constraint.

    For every focus node pySHACL runs a dozen regular expressions over the query text (no MINUS, no
    VALUES, which variables are pre-bound, where $PATH goes); the text and the set of pre-bound
    variables do not depend on the focus node, so they are computed once per query helper (and
    whether a value node is given) and the bindings rebuilt for each focus node.
    """
    import weakref

    from pyshacl.helper.sparql_query_helper import SPARQLQueryHelper

    original = SPARQLQueryHelper.pre_bind_variables
    prepared: weakref.WeakKeyDictionary[Any, dict[tuple[bool, tuple[str, ...]], tuple[tuple[str, ...], str]]]
    prepared = weakref.WeakKeyDictionary()
    this_marker, value_marker = URIRef("urn:policygraph:this"), URIRef("urn:policygraph:value")

    def pre_bind_variables(self: Any, thisnode: Any, valuenode: Any = None, extravars: Any = None) -> Any:
        key = (valuenode is not None, tuple(extravars or ()))
        entry = prepared.setdefault(self, {})
        if key not in entry:
            bindings, text = original(self, this_marker, value_marker if valuenode is not None else None, extravars)
            entry[key] = (tuple(bindings), text)
        names, text = entry[key]
        values = {"this": thisnode, "value": valuenode, "currentShape": self.shape.node}
        return {name: values[name] for name in names}, text

    SPARQLQueryHelper.pre_bind_variables = pre_bind_variables  # type: ignore[method-assign]
