"""Validate graphs against the shapes in ontology/shapes.

The shapes are self-contained (scheme values are listed in them), so the data graph is validated as
it is: no ontology is mixed in and no inference runs, which spares pySHACL a copy of the data.

Two engines read the same shapes: pySHACL, the reference and the default, and pyshacl-turbo, a
Rust engine with pySHACL's API (``POLICYGRAPH_SHACL_ENGINE=turbo``; see bench/run.py, section
"validation", for how the two compare on our shapes). Both give the standard SHACL report graph,
which :func:`validate_graph` reads into :class:`ValidationResult` values.

pySHACL parses each SHACL-SPARQL query again for every focus node, and rdflib's SPARQL parser takes
20-300 ms per query of ours; :func:`_install_sparql_parse_cache` makes rdflib parse each query text
once per process (the parsed algebra is reused with new initial bindings, as rdflib's own prepared
queries are), and lets pySHACL check each query text once instead of once per focus node.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS
from rdflib.term import Node

from policygraph.config import get_settings
from policygraph.errors import PolicyGraphError
from policygraph.rdf.mapping import new_graph
from policygraph.rdf.namespaces import ELI, LINK_PROPERTIES, PG

SEVERITY_NAMES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
SEVERITY_ORDER = {"violation": 0, "warning": 1, "info": 2}
ENGINES = ("pyshacl", "turbo")
LINK_PREDICATES = frozenset(LINK_PROPERTIES.values())


@dataclass(frozen=True)
class ValidationResult:
    """One result of the SHACL report, with what a person needs to act on it.

    ``message`` is the English message, ``messages`` the message in each language the shape gives
    (the specific one of a SPARQL constraint, with its values filled in, when there is one);
    ``evidence`` the source sentence and offsets of the statement the result is about.
    """

    focus: str
    path: str | None
    value: str | None
    severity: str
    message: str
    shape: str
    constraint: str
    evidence: dict[str, object] | None = None
    messages: dict[str, str] = field(default_factory=dict)
    focus_label: str | None = None
    value_label: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "focus": self.focus,
            "focus_label": self.focus_label,
            "path": self.path,
            "value": self.value,
            "value_label": self.value_label,
            "severity": self.severity,
            "message": self.message,
            "messages": dict(self.messages),
            "shape": self.shape,
            "constraint": self.constraint,
            "evidence": self.evidence,
        }


@dataclass
class ValidationReport:
    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    report_graph: Graph | None = None
    engine: str = "pyshacl"

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "warning"]

    @property
    def infos(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "info"]


class ShapesError(PolicyGraphError):
    """The shapes themselves cannot be used (a broken SPARQL constraint, say): a bug of ours."""

    exit_code = 2


def _load_folder(folder: Path) -> Graph:
    graph = new_graph()
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=2)
def shapes_graph(ontology_dir: Path | None = None) -> Graph:
    return _load_folder((ontology_dir or get_settings().ontology_dir) / "shapes")


@lru_cache(maxsize=2)
def ontology_graph(ontology_dir: Path | None = None) -> Graph:
    """The ontology and every SKOS scheme, as one graph (loaded into the store by ingest)."""
    folder = ontology_dir or get_settings().ontology_dir
    graph = new_graph()
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    for sub in ("schemes", "vocab"):
        for path in sorted((folder / sub).glob("*.ttl")):
            graph.parse(path, format="turtle")
    return graph


def configured_engine() -> str:
    """``POLICYGRAPH_SHACL_ENGINE``: pyshacl (the default) or turbo."""
    return get_settings().shacl_engine


def validate_graph(
    data: Graph,
    *,
    ontology_dir: Path | None = None,
    engine: str | None = None,
    keep: Iterable[Node] | None = None,
) -> ValidationReport:
    """Validate ``data`` with the shapes. ``keep``, when given, limits the report to the results
    about those nodes (see :func:`policygraph.validation.inputs.relevant_nodes`)."""
    engine = engine or configured_engine()
    shapes = shapes_graph(ontology_dir)
    report_graph = run_engine(data, shapes, engine)
    nodes = list(report_graph.subjects(RDF.type, SH.ValidationResult))
    if keep is not None:
        wanted = set(keep)
        nodes = [n for n in nodes if _kept(report_graph, n, wanted)]
        report_graph = _report_subgraph(report_graph, nodes)
    results = [_result(report_graph, node, data, shapes) for node in nodes]
    results.sort(key=lambda r: (r.focus, SEVERITY_ORDER[r.severity], r.shape, r.path or "", r.value or "",
                                r.message))
    has_violation = any(r.severity == "violation" for r in results)
    return ValidationReport(conforms=not has_violation, results=results, report_graph=report_graph, engine=engine)


def run_engine(data: Graph, shapes: Graph, engine: str) -> Graph:
    """The SHACL validation report graph of ``data``, from the chosen engine."""
    if engine == "pyshacl":
        from pyshacl import validate as pyshacl_validate

        _install_sparql_parse_cache()
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


_PARSE_CACHE_INSTALLED = False


def _install_sparql_parse_cache() -> None:
    """Make rdflib parse and translate each SPARQL query text once per process.

    Only plain query strings are cached, keyed by the text, the base and the namespaces the graph
    passes (which decide how prefixed names resolve), so a cached query means exactly what a fresh
    parse would.
    """
    global _PARSE_CACHE_INSTALLED
    if _PARSE_CACHE_INSTALLED:
        return
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
    _install_pre_binding_cache()
    _PARSE_CACHE_INSTALLED = True


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


# ---- reading the report ---------------------------------------------------------------------------


def _kept(report: Graph, node: Node, wanted: set[Node]) -> bool:
    """A result is about the validated data when its focus node is one of ``wanted``, or when it is
    a link from another document to one of them (a stored document implementing a new one, say)."""
    if report.value(node, SH.focusNode) in wanted:
        return True
    return report.value(node, SH.resultPath) in LINK_PREDICATES and report.value(node, SH.value) in wanted


def _report_subgraph(report: Graph, results: list[Node]) -> Graph:
    """The report with only ``results``: sh:conforms recomputed, each result with its own triples
    (and the blank nodes they reach: paths, source constraints)."""
    graph = new_graph()
    for prefix, namespace in report.namespaces():
        graph.bind(prefix, namespace)
    report_node = report.value(predicate=RDF.type, object=SH.ValidationReport)
    conforms = not any(report.value(r, SH.resultSeverity) == SH.Violation for r in results)
    if report_node is not None:
        graph.add((report_node, RDF.type, SH.ValidationReport))
        graph.add((report_node, SH.conforms, Literal(conforms)))
    for result in results:
        if report_node is not None:
            graph.add((report_node, SH.result, result))
        for triple in report.cbd(result):
            graph.add(triple)
    return graph


def _result(report: Graph, node: Node, data: Graph, shapes: Graph) -> ValidationResult:
    focus = report.value(node, SH.focusNode)
    shape = report.value(node, SH.sourceShape)
    path = report.value(node, SH.resultPath)
    value = report.value(node, SH.value)
    messages = _messages(list(report.objects(node, SH.resultMessage)), shape, shapes)
    severity = SEVERITY_NAMES.get(report.value(node, SH.resultSeverity), "violation")
    return ValidationResult(
        focus=str(focus),
        path=str(path) if isinstance(path, URIRef) else None,
        value=None if value is None else str(value),
        severity=severity,
        message=messages.get("en") or next(iter(messages.values()), "constraint not met"),
        shape=str(shape),
        constraint=str(report.value(node, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
        evidence=evidence_for(data, focus, path, value),
        messages=messages,
        focus_label=node_label(data, focus),
        value_label=node_label(data, value) if isinstance(value, URIRef) else None,
    )


def _messages(found: list[Node], shape: Node, shapes: Graph) -> dict[str, str]:
    """One message per language: the constraint's own (specific, values filled in) before the
    shape's general one, which pySHACL adds to the results of SPARQL constraints too."""
    general = set(shapes.objects(shape, SH.message)) if shape is not None else set()
    chosen: dict[str, str] = {}
    for specific in (True, False):
        for message in found:
            if isinstance(message, Literal) and (message in general) != specific:
                chosen.setdefault(message.language or "", str(message))
    return {lang: chosen[lang] for lang in sorted(chosen, key=lambda lang: (lang != "en", lang))}


def node_label(data: Graph, node: object) -> str | None:
    """A short human name for a node of the data: its label (Vietnamese first), name or number."""
    if not isinstance(node, URIRef):
        return None
    for predicate in (RDFS.label, SKOS.prefLabel, ELI.id_local, PG.fileName):
        values = [v for v in data.objects(node, predicate) if isinstance(v, Literal)]
        if values:
            values.sort(key=lambda v: (v.language not in ("vi", None), v.language or "", str(v)))
            return str(values[0])
    return None


def evidence_for(data: Graph, focus: object, path: object = None, value: object = None) -> dict[str, object] | None:
    """The sentence and offsets of the text that stated what a result is about.

    The focus node's own evidence (a mention, relation, area, task, target); an evidence node
    itself; for an assignment, its task's; for a link between documents, the evidence of the
    qualified relation with the same two ends; for a document, the first mention of it.
    """
    if focus is None:
        return None
    candidates: list[Node] = list(data.objects(focus, PG.evidence))  # type: ignore[arg-type]
    if not candidates and (focus, RDF.type, PG.Evidence) in data:
        candidates = [focus]  # type: ignore[list-item]
    if not candidates and (focus, RDF.type, PG.Assignment) in data:
        for task in data.subjects(PG.hasAssignment, focus):  # type: ignore[arg-type]
            candidates.extend(data.objects(task, PG.evidence))
    if not candidates and path in LINK_PREDICATES and value is not None:
        for relation in data.subjects(PG.relationSubject, focus):  # type: ignore[arg-type]
            if (relation, PG.relationObject, value) in data:
                candidates.extend(data.objects(relation, PG.evidence))
    if not candidates:
        for mention in data.subjects(PG.refersTo, focus):  # type: ignore[arg-type]
            candidates.extend(data.objects(mention, PG.evidence))
    found = [e for e in (_evidence(data, c) for c in candidates) if e is not None]
    if not found:
        return None
    found.sort(key=lambda e: (str(e.get("source")), e.get("start") if isinstance(e.get("start"), int) else -1))
    return found[0]


def _evidence(data: Graph, node: Node) -> dict[str, object] | None:
    sentence = data.value(node, PG.sentence)
    start = data.value(node, PG.startOffset)
    if sentence is None and start is None:
        return None
    source = data.value(node, PG.source)
    return {
        "source": _text(data.value(source, PG.fileName)) if source is not None else None,
        "start": _int(start),
        "end": _int(data.value(node, PG.endOffset)),
        "text": _text(data.value(node, PG.evidenceText)),
        "sentence": _text(sentence),
        "sentence_start": _int(data.value(node, PG.sentenceStart)),
        "sentence_end": _int(data.value(node, PG.sentenceEnd)),
    }


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    if isinstance(value, Literal):
        try:
            return int(value)
        except (TypeError, ValueError):
            return None
    return None
