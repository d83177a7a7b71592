"""Validate graphs against the shapes in ontology/shapes, and read the SHACL report into values.

The shapes are self-contained (scheme values are listed in them), so the data graph is validated as
it is: no ontology is mixed in and no inference runs, which spares pySHACL a copy of the data.

The engines (pySHACL, the reference and the default, and pyshacl-turbo) are in
:mod:`policygraph.validation.engines`; both give the standard SHACL report graph, which
:func:`validate_graph` reads into :class:`ValidationResult` values, each with the sentence and
offsets of the statement it is about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS
from rdflib.term import Node

from policygraph.defaults import DEFAULT_ONTOLOGY_DIR, DEFAULT_SHACL_ENGINE
from policygraph.rdf.namespaces import ELI, PG, new_graph
from policygraph.rdf.ontology import shapes_graph
from policygraph.rdf.relation_kinds import link_properties
from policygraph.validation.engines import run_engine

SEVERITY_NAMES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
SEVERITY_ORDER = {"violation": 0, "warning": 1, "info": 2}


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


def validate_graph(
    data: Graph,
    *,
    ontology_dir: Path = DEFAULT_ONTOLOGY_DIR,
    engine: str | None = None,
    keep: Iterable[Node] | None = None,
) -> ValidationReport:
    """Validate ``data`` with the shapes of ``ontology_dir`` (``POLICYGRAPH_ONTOLOGY_DIR``) and the
    SHACL ``engine`` (``POLICYGRAPH_SHACL_ENGINE``; None: the default, pyshacl). ``keep``, when given,
    limits the report to the results about those nodes (see
    :func:`policygraph.validation.inputs.relevant_nodes`)."""
    engine = engine or DEFAULT_SHACL_ENGINE
    shapes = shapes_graph(Path(ontology_dir))
    links = frozenset(link_properties(Path(ontology_dir)).values())
    report_graph = run_engine(data, shapes, engine)
    nodes = list(report_graph.subjects(RDF.type, SH.ValidationResult))
    if keep is not None:
        wanted = set(keep)
        nodes = [n for n in nodes if _kept(report_graph, n, wanted, links)]
        report_graph = _report_subgraph(report_graph, nodes)
    results = [_result(report_graph, node, data, shapes, links) for node in nodes]
    results.sort(key=lambda r: (r.focus, SEVERITY_ORDER[r.severity], r.shape, r.path or "", r.value or "",
                                r.message))
    has_violation = any(r.severity == "violation" for r in results)
    return ValidationReport(conforms=not has_violation, results=results, report_graph=report_graph, engine=engine)


# ---- reading the report ---------------------------------------------------------------------------


def _kept(report: Graph, node: Node, wanted: set[Node], links: frozenset[URIRef]) -> bool:
    """A result is about the validated data when its focus node is one of ``wanted``, or when it is
    a link from another document to one of them (a stored document implementing a new one, say)."""
    if report.value(node, SH.focusNode) in wanted:
        return True
    return report.value(node, SH.resultPath) in links and report.value(node, SH.value) in wanted


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


def _result(report: Graph, node: Node, data: Graph, shapes: Graph, links: frozenset[URIRef]) -> ValidationResult:
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
        evidence=evidence_for(data, focus, path, value, links),
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


def evidence_for(
    data: Graph, focus: object, path: object = None, value: object = None, links: frozenset[URIRef] | None = None
) -> dict[str, object] | None:
    """The sentence and offsets of the text that stated what a result is about.

    The focus node's own evidence (a mention, relation, area, task, target); an evidence node
    itself; for an assignment, its task's; for a link between documents, the evidence of the
    qualified relation with the same two ends (``links``: the relation kinds' link properties, by
    default those of the checkout's scheme); for a document, the first mention of it.
    """
    if focus is None:
        return None
    candidates: list[Node] = list(data.objects(focus, PG.evidence))  # type: ignore[arg-type]
    if not candidates and (focus, RDF.type, PG.Evidence) in data:
        candidates = [focus]  # type: ignore[list-item]
    if not candidates and (focus, RDF.type, PG.Assignment) in data:
        for task in data.subjects(PG.hasAssignment, focus):  # type: ignore[arg-type]
            candidates.extend(data.objects(task, PG.evidence))
    if links is None:
        links = frozenset(link_properties().values())
    if not candidates and path in links and value is not None:
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
