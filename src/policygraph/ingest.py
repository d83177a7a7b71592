"""files -> extract -> rdf -> validate -> store, atomically per text.

Each text's statements go to its own named graph in one atomic replace, so a failure (an exception,
Ctrl-C, kill -9) leaves the store as it was before that text. Unchanged texts (same SHA-256 as the
stored source) are skipped, so ingesting a corpus twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from policygraph.config import get_settings
from policygraph.extract.pipeline import extract_texts, source_text
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.rdf.namespaces import PG
from policygraph.sources import collect_text_files, read_source_text
from policygraph.store.base import GraphStore
from policygraph.validation.validate import ValidationReport, ontology_graph, validate_graph

ONTOLOGY_GRAPH = "https://w3id.org/policygraph/ontology"


@dataclass
class TextOutcome:
    source: str
    status: str  # "ingested" | "unchanged" | "refused" | "quarantined"
    statements: int = 0
    documents: int = 0
    report: ValidationReport | None = None


@dataclass
class IngestSummary:
    outcomes: list[TextOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def statements(self) -> int:
        return sum(o.statements for o in self.outcomes)

    @property
    def warnings(self) -> int:
        return sum(len(o.report.warnings) for o in self.outcomes if o.report)


def source_name_for(path: Path, root: Path | None = None) -> str:
    """The name a source is known by: its path relative to the data folder when inside it."""
    resolved = path.resolve()
    for base in (root, get_settings().data_dir):
        if base is not None:
            try:
                return resolved.relative_to(base.resolve()).as_posix()
            except ValueError:
                continue
    return path.name


def stored_checksum(store: GraphStore, source_iri: str) -> str | None:
    result = store.select(f"SELECT ?sha WHERE {{ <{source_iri}> <{PG.sha256}> ?sha }} LIMIT 1")
    return str(result.rows[0][0]) if result.rows else None


def load_ontology(store: GraphStore) -> None:
    """The ontology and schemes go into the store too, so queries can use labels and hierarchy."""
    store.replace_graph(ONTOLOGY_GRAPH, ontology_graph())


def ingest_paths(
    paths: list[Path],
    store: GraphStore,
    *,
    jobs: int = 1,
    validate: bool = True,
    quarantine: bool = False,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
    quarantine_dir: Path | None = None,
) -> IngestSummary:
    """Ingest the texts of ``paths``. Each text's graph is validated first (unless ``validate`` is
    false): a graph with violations is refused, or with ``quarantine`` kept aside in
    ``quarantine_dir`` (default ``POLICYGRAPH_QUARANTINE_DIR``) as its graph and its SHACL report,
    out of the store; warnings and infos are reported in the outcome and do not stop a text."""
    files = collect_text_files(paths)
    mapper = ExtractionMapper()
    load_ontology(store)
    summary = IngestSummary()
    pending: list[tuple[str, str]] = []
    for path in files:
        text = read_source_text(path)
        name = source_name_for(path)
        sha = source_text(name, text).sha256
        if not force and stored_checksum(store, str(mapper.minter.source(name))) == sha:
            summary.outcomes.append(TextOutcome(name, "unchanged"))
            if progress:
                progress(name)
            continue
        pending.append((name, text))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for extraction in extract_texts(pending, n_process=jobs):
        name = extraction.source.name
        graph: Graph = mapper.to_graph(extraction, ingested_at=now)
        report = validate_graph(graph) if validate else None
        target = str(mapper.minter.graph(name))
        if report is not None and not report.conforms:
            if not quarantine:
                summary.outcomes.append(TextOutcome(name, "refused", 0, 0, report))
                if progress:
                    progress(name)
                continue
            # Quarantined texts stay out of the store (whose default graph is the union of all
            # named graphs); their graph and report are kept on disk for a person to look at.
            folder = quarantine_dir or get_settings().quarantine_dir
            folder.mkdir(parents=True, exist_ok=True)
            stem = mapper.minter.source_key(name)
            graph.serialize(folder / f"{stem}.ttl", format="turtle")
            if report is not None and report.report_graph is not None:
                from policygraph.validation.report import render_text

                report.report_graph.serialize(folder / f"{stem}.report.ttl", format="turtle")
                (folder / f"{stem}.report.txt").write_text(render_text(report), encoding="utf-8")
            summary.outcomes.append(TextOutcome(name, "quarantined", len(graph), 0, report))
            if progress:
                progress(name)
            continue
        store.replace_graph(target, graph)
        documents = len(set(graph.subjects(predicate=None, object=PG.PolicyDocument)))
        summary.outcomes.append(TextOutcome(name, "ingested", len(graph), documents, report))
        if progress:
            progress(name)
    return summary
