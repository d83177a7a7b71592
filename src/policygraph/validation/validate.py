"""Validate graphs against the shapes in ontology/shapes.

The ontology and the SKOS schemes are given to pySHACL as the ontology graph, so ``sh:class``
follows ``rdfs:subClassOf`` and concepts from the schemes are known. SHACL-SPARQL constraints
(``sh:sparql``) are on, since the cross-document rules are written that way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from policygraph.config import get_settings
from policygraph.rdf.mapping import new_graph
from policygraph.rdf.namespaces import PG

SEVERITY_NAMES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True)
class ValidationResult:
    focus: str
    path: str | None
    value: str | None
    severity: str
    message: str
    shape: str
    constraint: str
    evidence: dict[str, object] | None = None


@dataclass
class ValidationReport:
    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    report_graph: Graph | None = None

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "warning"]


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
    """The ontology and every SKOS scheme, as one graph."""
    folder = ontology_dir or get_settings().ontology_dir
    graph = new_graph()
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    for sub in ("schemes", "vocab"):
        for path in sorted((folder / sub).glob("*.ttl")):
            graph.parse(path, format="turtle")
    return graph


def validate_graph(data: Graph, *, ontology_dir: Path | None = None) -> ValidationReport:
    _, report_graph, _ = pyshacl_validate(
        data,
        shacl_graph=shapes_graph(ontology_dir),
        ont_graph=ontology_graph(ontology_dir),
        inference="none",
        advanced=True,
        allow_warnings=True,
        abort_on_first=False,
    )
    results = [_result(report_graph, node, data) for node in report_graph.subjects(RDF.type, SH.ValidationResult)]
    results.sort(key=lambda r: (r.focus, r.severity, r.message))
    has_violation = any(r.severity == "violation" for r in results)
    return ValidationReport(conforms=not has_violation, results=results, report_graph=report_graph)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _result(report: Graph, node: URIRef, data: Graph) -> ValidationResult:
    focus = report.value(node, SH.focusNode)
    messages = list(report.objects(node, SH.resultMessage))
    english = [m for m in messages if isinstance(m, Literal) and m.language == "en"]
    vietnamese = [m for m in messages if isinstance(m, Literal) and m.language == "vi"]
    chosen = english + vietnamese or messages
    message = " / ".join(str(m) for m in chosen) if chosen else "constraint not met"
    severity = SEVERITY_NAMES.get(report.value(node, SH.resultSeverity), "violation")
    return ValidationResult(
        focus=str(focus),
        path=_text(report.value(node, SH.resultPath)),
        value=_text(report.value(node, SH.value)),
        severity=severity,
        message=message,
        shape=str(report.value(node, SH.sourceShape)),
        constraint=str(report.value(node, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
        evidence=_evidence_of(data, focus),
    )


def _evidence_of(data: Graph, focus: object) -> dict[str, object] | None:
    """The sentence and offsets that produced a statement, when the focus node has evidence."""
    if focus is None:
        return None
    evidence = data.value(focus, PG.evidence)
    if evidence is None:
        return None
    return {
        "sentence": _text(data.value(evidence, PG.sentence)),
        "start": _int(data.value(evidence, PG.startOffset)),
        "end": _int(data.value(evidence, PG.endOffset)),
        "source": _text(data.value(data.value(evidence, PG.source), PG.fileName)),
    }


def _int(value: object) -> int | None:
    return int(value) if value is not None else None  # type: ignore[arg-type]
