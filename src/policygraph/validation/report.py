"""Validation reports: readable text grouped by focus node, JSON, or the standard SHACL Turtle.

The text report answers, for each node that breaks a shape: what is wrong (the message in English
and Vietnamese), where (the property path), with which value, which shape says so, and, for data
extracted from a text, the sentence and the character offsets that produced the statement.

Data IRIs are written relative to the data's base IRI (``data:doc/...``): ``base_iri`` is
``POLICYGRAPH_BASE_IRI``, passed by the caller.
"""

from __future__ import annotations

import json
from collections import defaultdict

from policygraph.defaults import DEFAULT_BASE_IRI
from policygraph.validation.validate import SEVERITY_ORDER, ValidationReport, ValidationResult

FORMATS = ("text", "json", "turtle")
SENTENCE_WIDTH = 240

_PREFIXES = {
    "pgsh": "https://w3id.org/policygraph/shapes#",
    "pg": "https://w3id.org/policygraph/ontology#",
    "pgs": "https://w3id.org/policygraph/scheme/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}


def render_report(report: ValidationReport, fmt: str, base_iri: str = DEFAULT_BASE_IRI) -> str:
    if fmt == "turtle":
        assert report.report_graph is not None
        return report.report_graph.serialize(format="turtle")
    if fmt == "json":
        return json.dumps(report_json(report), ensure_ascii=False, indent=1) + "\n"
    if fmt == "text":
        return render_text(report, base_iri)
    raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")


def report_json(report: ValidationReport) -> dict[str, object]:
    """The JSON report (what the API's POST /validate answers too)."""
    return {
        "conforms": report.conforms,
        "violations": len(report.violations),
        "warnings": len(report.warnings),
        "results": [r.to_json() for r in report.results],
    }


def summary_line(report: ValidationReport) -> str:
    verdict = "conforms" if report.conforms else "does not conform"
    return (f"{verdict}: {_count(len(report.violations), 'violation')}, {_count(len(report.warnings), 'warning')}, "
            f"{_count(len(report.infos), 'info')}")


def render_text(report: ValidationReport, base_iri: str = DEFAULT_BASE_IRI) -> str:
    grouped: dict[str, list[ValidationResult]] = defaultdict(list)
    for result in report.results:
        grouped[result.focus].append(result)

    def rank(focus: str) -> tuple[int, str]:
        return min(SEVERITY_ORDER[r.severity] for r in grouped[focus]), focus

    lines: list[str] = []
    for focus in sorted(grouped, key=rank):
        results = sorted(grouped[focus], key=lambda r: (SEVERITY_ORDER[r.severity], r.shape, r.path or "",
                                                        r.value or ""))
        label = results[0].focus_label
        lines.append(compact(focus, base_iri) + (f"  «{label}»" if label else ""))
        for r in results:
            messages = list(r.messages.items()) or [("", r.message)]
            first, *others = messages
            lines.append(f"  {r.severity.upper():<9} {first[1]}")
            lines.extend(f"  {'':<9} {text}" for _, text in others)
            if r.path:
                lines.append(f"    path    {compact(r.path, base_iri)}")
            if r.value is not None and r.value != r.focus:
                lines.append(f"    value   {_value(r, base_iri)}")
            lines.append(f"    shape   {compact(r.shape, base_iri)} ({r.constraint})")
            if r.evidence:
                lines.extend(_evidence_lines(r.evidence))
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def render_summary(report: ValidationReport, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The results counted by severity and shape, most severe first, then the verdict: what a step that
    validates a whole corpus (`make run`) shows, where every result with its sentence runs to hundreds
    of lines of which the same few shapes make up nearly all."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for result in report.results:
        counts[result.severity, result.shape] += 1
    lines = [f"{n:>6} {severity:<9} {compact(shape, base_iri)}" for (severity, shape), n in sorted(
        counts.items(), key=lambda item: (SEVERITY_ORDER[item[0][0]], -item[1], item[0][1]))]
    return "".join(line + "\n" for line in [*lines, summary_line(report)])


def _evidence_lines(evidence: dict[str, object]) -> list[str]:
    where = f"{evidence.get('source') or '(unnamed text)'} [{evidence.get('start')}:{evidence.get('end')}]"
    lines = [f"    source  {where}"]
    sentence = evidence.get("sentence")
    if isinstance(sentence, str) and sentence:
        lines.append(f"            «{_excerpt(sentence, evidence)}»")
    return lines


def _excerpt(sentence: str, evidence: dict[str, object]) -> str:
    """The sentence on one line, cut to a window around the evidence span when it is long."""
    start, end, origin = evidence.get("start"), evidence.get("end"), evidence.get("sentence_start")
    if len(sentence) <= SENTENCE_WIDTH or not all(isinstance(v, int) for v in (start, end, origin)):
        text = " ".join(sentence.split())
        return text if len(text) <= SENTENCE_WIDTH else text[: SENTENCE_WIDTH - 1] + "…"
    span_start = max(0, start - origin)  # type: ignore[operator]
    span_end = min(len(sentence), end - origin)  # type: ignore[operator]
    margin = max(0, (SENTENCE_WIDTH - (span_end - span_start)) // 2)
    left, right = max(0, span_start - margin), min(len(sentence), span_end + margin)
    text = " ".join(sentence[left:right].split())
    return ("…" if left > 0 else "") + text + ("…" if right < len(sentence) else "")


def _value(result: ValidationResult, base_iri: str) -> str:
    text = compact(result.value or "", base_iri)
    return f"{text}  «{result.value_label}»" if result.value_label else text


def compact(iri: str, base: str = DEFAULT_BASE_IRI) -> str:
    """An IRI with a known prefix written short: pgsh:PolicyDocumentShape, data:doc/nq/2025/7-nq-cp
    (``data:`` stands for ``base``, the data's base IRI)."""
    if base and iri.startswith(base):
        return "data:" + iri[len(base):]
    for prefix, namespace in _PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
