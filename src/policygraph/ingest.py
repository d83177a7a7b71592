"""files -> extract -> rdf -> validate -> store, atomically per text.

Each text's statements go to its own named graph in one atomic replace, so a failure (an exception,
Ctrl-C, kill -9) leaves the store as it was before that text. Unchanged texts (same SHA-256 as the
stored source) are skipped, so ingesting a corpus twice changes nothing.

The store is written from a thread of its own (:class:`GraphWriter`) while the next texts are
extracted: the write is most of an ingest's time (about 12-20 ms of the 25-35 ms a synthetic text
took when they ran one after the other), and neither pyoxigraph nor an HTTP request holds the GIL.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from policygraph.defaults import DEFAULT_BASE_IRI, DEFAULT_ONTOLOGY_DIR, DEFAULT_QUARANTINE_DIR
from policygraph.errors import ExtractionFailed
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, DEFAULT_MAX_TEXT_CHARS
from policygraph.extract.pipeline import extract_texts, source_text
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.rdf.namespaces import PG
from policygraph.rdf.ontology import ONTOLOGY_GRAPH, ontology_graph
from policygraph.sources import collect_source_files, read_source_text
from policygraph.store.base import GraphStore
from policygraph.validation.validate import ValidationReport, validate_graph


@dataclass
class TextOutcome:
    source: str
    status: str  # "ingested" | "unchanged" | "refused" | "quarantined" | "failed"
    statements: int = 0
    documents: int = 0
    report: ValidationReport | None = None
    failure: ExtractionFailed | None = None  # why a "failed" text could not be extracted


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


def stored_checksums(store: GraphStore, source_iris: list[str], chunk: int = 500) -> dict[str, str]:
    """The stored SHA-256 of each source that has one, in one query per ``chunk`` sources (a query per
    file was a round trip per file to a remote store)."""
    found: dict[str, str] = {}
    for i in range(0, len(source_iris), chunk):
        values = " ".join(f"<{iri}>" for iri in source_iris[i:i + chunk])
        query = f"SELECT ?source ?sha WHERE {{ VALUES ?source {{ {values} }} ?source <{PG.sha256}> ?sha }}"
        for source, sha in store.select(query).rows:
            found.setdefault(str(source), str(sha))
    return found


def load_ontology(store: GraphStore, ontology_dir: Path = DEFAULT_ONTOLOGY_DIR) -> bool:
    """The ontology and schemes (:func:`policygraph.rdf.ontology.ontology_graph`) go into the store
    too, so queries can use labels and hierarchy.

    They are written only when the store's copy differs from the files (reading it back is one query;
    rewriting it was about two thousand quads removed and inserted at every ingest). Returns whether
    they were written."""
    graph = ontology_graph(Path(ontology_dir))
    stored = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}").rows
    if len(stored) == len(graph) and set(stored) == set(graph):
        return False
    store.replace_graph(ONTOLOGY_GRAPH, graph)
    return True


class GraphWriter:
    """Writes texts' graphs to the store from a thread of its own, one atomic replace per text, in the
    order they are given.

    The store's work (a pyoxigraph update, or an HTTP request to a server) releases the GIL, so it
    runs while the next texts are extracted instead of after them. Only this thread touches the store
    while it runs. A failed write stops it: nothing after that text is written, and the error is
    raised in the caller's thread at its next call. Every ``flush_every`` texts, and at the end of a
    large ingest, the store is flushed (see :meth:`EmbeddedStore.flush`: its log grows without it).
    """

    def __init__(self, store: GraphStore, depth: int = 16, flush_every: int = 1000) -> None:
        self._store = store
        self._flush_every = flush_every
        self._queue: queue.Queue[tuple[str, str, str] | None] = queue.Queue(maxsize=depth)
        self._written: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="policygraph-graph-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        unflushed = 0
        try:
            while (item := self._queue.get()) is not None:
                name, graph_iri, ntriples = item
                self._store.replace_graph_ntriples(graph_iri, ntriples)
                self._written.put(name)
                unflushed += 1
                if unflushed == self._flush_every:
                    self._store.flush()
                    unflushed = 0
            if unflushed >= self._flush_every // 10:  # not for a handful of texts: a flush costs ~0.1 s
                self._store.flush()
        except BaseException as exc:  # handed to the caller's thread
            self._error = exc

    def write(self, name: str, graph_iri: str, ntriples: str) -> list[str]:
        """Queue one text's graph (waiting while the queue is full); returns the names of the texts
        written since the last call."""
        while True:
            self._raise_failure()
            try:
                self._queue.put((name, graph_iri, ntriples), timeout=0.2)
                break
            except queue.Full:
                continue
        return self.written()

    def written(self) -> list[str]:
        names = []
        while not self._written.empty():
            names.append(self._written.get())
        return names

    def finish(self) -> list[str]:
        """Write everything queued, stop the thread; returns the texts written since the last call.
        (Also after an error in the caller: texts handed over before it are stored, as they would
        have been had each been written at once.)"""
        while self._thread.is_alive():
            try:
                self._queue.put(None, timeout=0.2)
                break
            except queue.Full:
                continue
        self._thread.join()
        self._raise_failure()
        return self.written()

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise self._error


def ingest_paths(
    paths: list[Path],
    store: GraphStore,
    *,
    jobs: int = 1,
    validate: bool = True,
    quarantine: bool = False,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
    quarantine_dir: Path = DEFAULT_QUARANTINE_DIR,
    nlp: Language | None = None,
    mapper: ExtractionMapper | None = None,
    data_dir: Path = DEFAULT_DATA_DIR,
    max_chars: int = DEFAULT_MAX_TEXT_CHARS,
    ontology_dir: Path = DEFAULT_ONTOLOGY_DIR,
    engine: str | None = None,
) -> IngestSummary:
    """Ingest the texts of ``paths``. Each text's graph is validated first (unless ``validate`` is
    false): a graph with violations is refused, or with ``quarantine`` kept aside in
    ``quarantine_dir`` as its graph and its SHACL report, out of the store; warnings and infos are
    reported in the outcome and do not stop a text. A text that makes the extraction or the mapping
    fail is a "failed" outcome with its :class:`ExtractionFailed`, and the others go on.

    The rest is what the settings decide, passed by the caller (the CLI reads them): ``nlp`` the
    pipeline to extract with (default: the shared one, on the default data folders), ``mapper`` the
    RDF mapping (default: on the default base IRI), ``data_dir`` what the texts' names are relative
    to (:func:`policygraph.sources.source_name_for`), ``max_chars`` the longest text read,
    ``ontology_dir`` the ontology loaded into the store and the shapes, ``engine`` the SHACL engine."""
    files = collect_source_files(paths, data_dir)  # first: two texts that would share a name are refused here
    mapper = mapper or ExtractionMapper(DEFAULT_BASE_IRI)
    load_ontology(store, ontology_dir)
    summary = IngestSummary()

    def done(names: list[str]) -> None:
        if progress:
            for name in names:
                progress(name)

    texts = []
    for file in files:
        text = read_source_text(file.path, max_chars)
        name = file.name
        texts.append((name, text, source_text(name, text).sha256, str(mapper.minter.source(name))))
    stored = {} if force else stored_checksums(store, [source for *_, source in texts])
    pending: list[tuple[str, str]] = []
    for name, text, sha, source in texts:
        if stored.get(source) == sha:
            summary.outcomes.append(TextOutcome(name, "unchanged"))
            done([name])
        else:
            pending.append((name, text))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    writer: GraphWriter | None = None
    try:
        for extraction in extract_texts(pending, nlp=nlp, n_process=jobs):
            if isinstance(extraction, ExtractionFailed):  # reported by name; the other texts go on
                summary.outcomes.append(TextOutcome(extraction.source, "failed", failure=extraction))
                done([extraction.source])
                continue
            name = extraction.source.name
            try:
                triples = mapper.triples(extraction, ingested_at=now)
            except Exception as exc:  # a statement the mapping cannot write: this text only
                failure = ExtractionFailed(name, "the RDF mapping", exc)
                summary.outcomes.append(TextOutcome(name, "failed", failure=failure))
                done([name])
                continue
            graph = triples.graph() if validate else None  # built only for validation
            report = validate_graph(graph, ontology_dir=ontology_dir, engine=engine) if graph is not None else None
            if graph is not None and report is not None and not report.conforms:
                if quarantine:
                    _quarantine(mapper.minter.source_key(name), graph, report, quarantine_dir, mapper.minter.base)
                    summary.outcomes.append(TextOutcome(name, "quarantined", len(triples), 0, report))
                else:
                    summary.outcomes.append(TextOutcome(name, "refused", 0, 0, report))
                done([name])
                continue
            if writer is None:  # only now: extract_texts has started its worker processes (no fork with a thread)
                writer = GraphWriter(store)
            documents = len(triples.subjects_of_type(PG.PolicyDocument))
            summary.outcomes.append(TextOutcome(name, "ingested", len(triples), documents, report))
            done(writer.write(name, str(mapper.minter.graph(name)), triples.ntriples()))
    finally:
        if writer is not None:
            done(writer.finish())
    return summary


def _quarantine(stem: str, graph: Graph, report: ValidationReport, folder: Path, base_iri: str) -> None:
    """Quarantined texts stay out of the store (whose default graph is the union of all named graphs);
    their graph and report are kept on disk for a person to look at."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    graph.serialize(folder / f"{stem}.ttl", format="turtle")
    if report.report_graph is not None:
        from policygraph.validation.report import render_text

        report.report_graph.serialize(folder / f"{stem}.report.ttl", format="turtle")
        (folder / f"{stem}.report.txt").write_text(render_text(report, base_iri), encoding="utf-8")
