"""Validation reports: readable text grouped by focus node, JSON, or the standard SHACL Turtle."""

from __future__ import annotations

import json
from collections import defaultdict

from policygraph.validation.validate import ValidationReport


def render_report(report: ValidationReport, fmt: str) -> str:
    if fmt == "turtle":
        assert report.report_graph is not None
        return report.report_graph.serialize(format="turtle")
    if fmt == "json":
        return json.dumps(
            {
                "conforms": report.conforms,
                "violations": len(report.violations),
                "warnings": len(report.warnings),
                "results": [r.__dict__ for r in report.results],
            },
            ensure_ascii=False,
            indent=1,
        ) + "\n"
    lines = []
    grouped = defaultdict(list)
    for result in report.results:
        grouped[result.focus].append(result)
    for focus, results in grouped.items():
        lines.append(f"{focus}")
        for r in results:
            lines.append(f"  [{r.severity}] {r.message}")
            if r.path:
                lines.append(f"    path: {r.path}")
            if r.value:
                lines.append(f"    value: {r.value}")
            lines.append(f"    shape: {r.shape} ({r.constraint})")
            if r.evidence and r.evidence.get("sentence"):
                ev = r.evidence
                lines.append(f"    from: {ev.get('source')} [{ev.get('start')}:{ev.get('end')}] «{ev['sentence']}»")
    verdict = "conforms" if report.conforms else "does not conform"
    lines.append(
        f"{verdict}: {len(report.violations)} violations, {len(report.warnings)} warnings, "
        f"{len(report.results) - len(report.violations) - len(report.warnings)} infos"
    )
    return "\n".join(lines) + "\n"
