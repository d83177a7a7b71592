"""The pipeline: spacy.blank("vi") with pyvi segmentation and our components, and the one function
that turns a text into an :class:`~policygraph.model.Extraction`.

spaCy sees the normalised matching text (NFC, one tone placement); every offset it produces is
mapped back to the original text here, so evidence can be cut out of the file as it is.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import signal
import unicodedata
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from multiprocessing.pool import AsyncResult
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import policygraph
from policygraph.config import Settings
from policygraph.errors import ExtractionFailed
from policygraph.extract import factories  # noqa: F401  (registers the factories)
from policygraph.extract.data_dirs import (
    DEFAULT_DATA_DIR,
    DEFAULT_GAZETTEERS_DIR,
    DEFAULT_MAX_TEXT_CHARS,
    DEFAULT_PATTERNS_DIR,
)
from policygraph.extract.doc_state import (
    ActorLayer,
    BoilerplateLayer,
    DeadlineLayer,
    FoundDeadline,
    PlaceLayer,
    ReferenceLayer,
    RelationLayer,
    SentenceLayer,
    StructureLayer,
    TargetLayer,
    ThemeLayer,
    read_layer,
)
from policygraph.extract.resolution import ResolvedReference
from policygraph.model import (
    Actor,
    Boilerplate,
    Deadline,
    DocumentIdentity,
    Evidence,
    Extraction,
    Horizon,
    LegalReference,
    Place,
    Relation,
    SolutionArea,
    SourceText,
    Target,
    Task,
    TaskActor,
)
from policygraph.text.normalize import MatchingText, matching_text

PIPELINE_VERSION = f"policygraph-{policygraph.__version__}/spacy-{spacy.__version__}"
COMPONENTS = (
    "policygraph_references",
    "policygraph_sentences",
    "policygraph_relations",
    "policygraph_boilerplate",
    "policygraph_structure",
    "policygraph_actors",
    "policygraph_places",
    "policygraph_targets",
    "policygraph_deadlines",
    "policygraph_themes",
)


def build_pipeline(
    *,
    use_pyvi: bool = True,
    max_length: int = DEFAULT_MAX_TEXT_CHARS,
    data_dir: Path = DEFAULT_DATA_DIR,
    patterns_dir: Path = DEFAULT_PATTERNS_DIR,
    gazetteers_dir: Path = DEFAULT_GAZETTEERS_DIR,
) -> Language:
    """A fresh pipeline, its components' data loaded by ``nlp.initialize()`` from the folders given
    (``POLICYGRAPH_DATA_DIR``, ``POLICYGRAPH_PATTERNS_DIR`` and ``POLICYGRAPH_GAZETTEERS_DIR`` at the
    application's edges; by default the folders of a source checkout). The folders are needed only
    here: ``nlp.to_disk`` saves the data with the pipeline.

    ``use_pyvi=False`` splits on white space (for benchmarks only). ``max_length``
    (``POLICYGRAPH_MAX_TEXT_CHARS``) replaces spaCy's 1,000,000, which is a guard for its parser and NER
    models: this pipeline has neither, and real codes and consolidated texts are longer than a million
    characters."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": use_pyvi}}})
    nlp.max_length = max_length
    for name in COMPONENTS:
        nlp.add_pipe(name)
    folders = {"data_dir": str(data_dir), "patterns_dir": str(patterns_dir), "gazetteers_dir": str(gazetteers_dir)}
    nlp.config["initialize"]["components"] = {
        name: {key: folders[key] for key in _DATA_FOLDERS[name]} for name in COMPONENTS
    }
    nlp.initialize()
    return nlp


# Which of the data folders each component's ``initialize`` reads.
_DATA_FOLDERS: dict[str, tuple[str, ...]] = {
    "policygraph_references": ("patterns_dir",),
    "policygraph_sentences": (),
    "policygraph_relations": ("patterns_dir",),
    "policygraph_boilerplate": ("data_dir",),
    "policygraph_structure": ("data_dir", "gazetteers_dir"),
    "policygraph_actors": ("data_dir", "gazetteers_dir"),
    "policygraph_places": ("gazetteers_dir",),
    "policygraph_targets": ("data_dir",),
    "policygraph_deadlines": ("data_dir",),
    "policygraph_themes": ("gazetteers_dir",),
}


@lru_cache(maxsize=2)
def shared_pipeline(
    data_dir: Path = DEFAULT_DATA_DIR,
    patterns_dir: Path = DEFAULT_PATTERNS_DIR,
    gazetteers_dir: Path = DEFAULT_GAZETTEERS_DIR,
    max_length: int = DEFAULT_MAX_TEXT_CHARS,
) -> Language:
    """One pipeline per process and set of folders: building it loads pyvi's model and compiles the
    patterns."""
    return build_pipeline(
        max_length=max_length, data_dir=data_dir, patterns_dir=patterns_dir, gazetteers_dir=gazetteers_dir
    )


def pipeline_from_settings(settings: Settings) -> Language:
    """The shared pipeline on the data folders and the text limit ``settings`` give
    (``POLICYGRAPH_DATA_DIR``, ``_PATTERNS_DIR``, ``_GAZETTEERS_DIR``, ``_MAX_TEXT_CHARS``): what an edge
    (the CLI, ``make eval``, the silver checks) passes as ``nlp``, the only way those settings reach
    extraction."""
    return shared_pipeline(Path(settings.data_dir), Path(settings.patterns_dir), Path(settings.gazetteers_dir),
                           settings.max_text_chars)


def source_text(name: str, text: str) -> SourceText:
    return SourceText(name, hashlib.sha256(text.encode("utf-8")).hexdigest(), len(text))


def extract_text(text: str, source: str = "<text>", nlp: Language | None = None) -> Extraction:
    """Extract references and relations from one text (offsets into ``text`` as given).

    Raises :class:`ExtractionFailed` naming the stage (the tokenizer, a component, or the mapping of
    offsets back to the text) when the text makes one of them fail."""
    nlp = nlp or shared_pipeline()
    matching = matching_text(text)
    doc = _run_pipeline(nlp, matching.text, source)
    try:
        return extraction_from_doc(doc, matching, source)
    except Exception as exc:
        raise ExtractionFailed(source, "policygraph_extraction (offsets back to the text)", exc) from exc


def _run_pipeline(nlp: Language, text: str, source: str) -> Doc:
    """``nlp(text)``, one component after the other, so that a failure names the component it was in."""
    try:
        doc = nlp.make_doc(text)
    except Exception as exc:
        raise ExtractionFailed(source, "tokenizer", exc) from exc
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except Exception as exc:
            raise ExtractionFailed(source, name, exc) from exc
    return doc


def extract_texts(
    items: Iterable[tuple[str, str]], nlp: Language | None = None, n_process: int = 1, batch_size: int = 8
) -> Iterator[Extraction | ExtractionFailed]:
    """Extract many (source, text) pairs, in order; in ``n_process`` worker processes when asked.

    A text that fails is yielded as its :class:`ExtractionFailed` in its place, and the others go on:
    one text never stops a batch.

    The workers send back Extractions, not Docs: ``nlp.pipe(n_process=...)`` would send each Doc back
    as msgpack, which is slow (srsly looks its msgpack extensions up at every call) and cannot carry
    the Docs' typed layers; an Extraction pickles quickly (bench/ measures both)."""
    nlp = nlp or shared_pipeline()
    if n_process > 1:
        yield from _extract_in_processes(list(items), nlp, n_process, batch_size)
        return
    for source, text in items:
        yield _extract_or_failure(text, source, nlp)


def _extract_or_failure(text: str, source: str, nlp: Language) -> Extraction | ExtractionFailed:
    try:
        return extract_text(text, source, nlp)
    except ExtractionFailed as failure:
        return failure


_worker_nlp: Language | None = None


def _start_worker(nlp: Language) -> None:
    """In each worker: the pipeline (inherited from the parent when processes fork), and Ctrl-C left to
    the parent, which stops the workers itself."""
    global _worker_nlp
    _worker_nlp = nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_batch(batch: list[tuple[str, str]]) -> list[Extraction | ExtractionFailed]:
    assert _worker_nlp is not None
    return [_extract_or_failure(text, source, _worker_nlp) for source, text in batch]


def _extract_in_processes(
    pairs: list[tuple[str, str]], nlp: Language, n_process: int, batch_size: int
) -> Iterator[Extraction | ExtractionFailed]:
    """Batches of ``batch_size`` texts to a pool of ``n_process`` workers, at most two batches per
    worker ahead of the consumer, so a slow consumer (the store) does not pile up extractions in
    memory. Leaving the generator early stops the workers."""
    if not pairs:
        return
    batches = (pairs[i:i + batch_size] for i in range(0, len(pairs), batch_size))
    with multiprocessing.get_context().Pool(n_process, initializer=_start_worker, initargs=(nlp,)) as pool:
        ahead: deque[AsyncResult[list[Extraction | ExtractionFailed]]] = deque()
        for batch in batches:
            ahead.append(pool.apply_async(_extract_batch, (batch,)))
            if len(ahead) >= 2 * n_process:
                yield from ahead.popleft().get()
        while ahead:
            yield from ahead.popleft().get()


def extraction_from_doc(doc: Doc, matching: MatchingText, source: str) -> Extraction:
    original = matching.original
    src = source_text(source, original)
    sentences = read_layer(doc, SentenceLayer).spans
    sentence_starts = [s for s, _ in sentences]

    def evidence(start: int, end: int, sentence: tuple[int, int] | None = None) -> Evidence:
        if sentence is None:
            # The sentences are in order and do not overlap: the one that can hold the span is found by bisection.
            i = bisect_right(sentence_starts, start) - 1
            sentence = sentences[i] if i >= 0 and end <= sentences[i][1] else (start, end)
        o_start, o_end = matching.original_span(start, end)
        s_start, s_end = matching.original_span(*sentence)
        return Evidence(source, original[o_start:o_end], o_start, o_end, original[s_start:s_end], s_start, s_end)

    resolved = read_layer(doc, ReferenceLayer).references
    written = _written_forms(resolved, matching)

    def identity_of(identity: DocumentIdentity) -> DocumentIdentity:
        # Names as the text writes them (tone marks, NFC), not as the matcher normalised them.
        if identity.name in written:
            return replace(identity, name=written[identity.name])
        return identity

    def written_name(span: tuple[int, int] | None) -> str | None:
        return None if span is None else " ".join(_original_nfc(matching, *span).split())

    references = []
    for ref in resolved:
        found = ref.found
        ev = evidence(found.start, found.end)
        title = found.title
        if found.title_start is not None and found.title_end is not None:
            t_start, t_end = matching.original_span(found.title_start, found.title_end)
            title = " ".join(original[t_start:t_end].split())
        references.append(
            LegalReference(
                surface=ev.text,
                start=ev.start,
                end=ev.end,
                type=found.type,
                kind_code=found.kind_code,
                number=found.number,
                issuer=_written_issuer(ref, matching),
                issuer_inferred=ref.issuer_inferred,
                date=found.date,
                term=found.term,
                title=title,
                identity=identity_of(ref.identity),
                evidence=ev,
                ambiguous=ref.ambiguous,
                year_phrase=found.year_phrase,
            )
        )
    layer = read_layer(doc, RelationLayer)
    relations = [
        Relation(
            identity_of(rel.subject),
            identity_of(rel.object),
            rel.type,
            evidence(rel.start, rel.end, (rel.sentence_start, rel.sentence_end)),
            written_name(rel.subject_name_span),
            written_name(rel.object_name_span),
        )
        for rel in layer.relations
    ]
    extraction = Extraction(
        source=src,
        text=original,
        subject=identity_of(layer.subject) if layer.subject else None,
        references=references,
        relations=relations,
        pipeline_version=PIPELINE_VERSION,
    )
    _add_structure(extraction, doc, matching, evidence)
    return extraction


def _add_structure(
    extraction: Extraction, doc: Doc, matching: MatchingText, evidence: Callable[..., Evidence]
) -> None:
    """Boilerplate, solution areas, tasks, actors, places, horizons and targets, offsets mapped back."""
    original = matching.original
    for span in read_layer(doc, BoilerplateLayer).spans:
        o_start, o_end = matching.original_span(span.start, span.end)
        extraction.boilerplate.append(Boilerplate(span.kind, o_start, o_end, original[o_start:o_end]))
    structure = read_layer(doc, StructureLayer)
    actors = read_layer(doc, ActorLayer)
    places = read_layer(doc, PlaceLayer)
    themes = read_layer(doc, ThemeLayer)
    deadlines = read_layer(doc, DeadlineLayer)
    for area in structure.areas:
        ev = evidence(area.start, area.end)
        extraction.solution_areas.append(SolutionArea(
            ordinal=area.ordinal, label=area.label, title=ev.text, start=ev.start, end=ev.end,
            path=area.path, parent=area.parent, level=area.level,
            themes=tuple(themes.area_themes.get(area.path, ())), actors=tuple(actors.area_actors.get(area.path, ())),
            evidence=ev,
        ))
    place_names = {p.id: p.name for p in places.places}
    for task in structure.tasks:
        ev = evidence(task.start, task.end)
        task_actors = tuple(
            TaskActor(a.id, a.name, a.role, a.inherited, evidence(a.start, a.end))
            for a in actors.task_actors.get(task.id, ())
        )
        ids = tuple(places.task_places.get(task.id, ()))
        extraction.tasks.append(Task(
            area=task.ordinal, area_path=task.area, text=ev.text, start=ev.start, end=ev.end,
            actors=task_actors, places=tuple(place_names.get(i, i) for i in ids), place_ids=ids,
            themes=tuple(themes.task_themes.get(task.id, ())), evidence=ev,
            deadlines=tuple(_deadline(d, evidence) for d in deadlines.task_deadlines.get(task.id, ())),
        ))
    for actor in actors.actors:
        extraction.actors.append(Actor(
            id=actor.id, name=actor.name, kind=actor.kind, also_kinds=actor.also_kinds,
            variants=actor.variants, mentions=tuple(evidence(s, e) for s, e in actor.mentions),
        ))
    for place in places.places:
        extraction.places.append(Place(
            id=place.id, name=place.name, kind=place.kind, variants=place.variants,
            caption_only=place.caption_only, mentions=tuple(evidence(s, e) for s, e in place.mentions),
        ))
    targets = read_layer(doc, TargetLayer)
    for h in targets.horizons:
        document = h.document if h.document else extraction.subject
        extraction.horizons.append(Horizon(h.year, h.kind, document, evidence(h.start, h.end)))
    for t in targets.targets:
        ev = evidence(t.start, t.end)
        extraction.targets.append(Target(ev.text, ev.start, ev.end, t.trigger, t.year, ev))


def _deadline(found: FoundDeadline, evidence: Callable[..., Evidence]) -> Deadline:
    ev = evidence(found.start, found.end)
    return Deadline(ev.text, ev.start, ev.end, found.value, found.precision)


def _original_nfc(matching: MatchingText, start: int, end: int) -> str:
    o_start, o_end = matching.original_span(start, end)
    return " ".join(unicodedata.normalize("NFC", matching.original[o_start:o_end]).split())


def _written_forms(references: list[ResolvedReference], matching: MatchingText) -> dict[str, str]:
    """Each normalised name the matcher produced, mapped to the name as the text writes it."""
    forms: dict[str, str] = {}
    for ref in references:
        if ref.found.name and ref.found.name_end is not None:
            normalised = " ".join(matching.text[ref.found.start:ref.found.name_end].split())
            forms.setdefault(normalised, _original_nfc(matching, ref.found.start, ref.found.name_end))
    return forms


def _written_issuer(ref: ResolvedReference, matching: MatchingText) -> str | None:
    """The stated issuer with its canonical capitalisation ("Bộ chính trị" -> "Bộ Chính trị") but the
    text's own spelling ("Uỷ ban nhân dân tỉnh" keeps its tone placement)."""
    canonical = ref.found.issuer
    if canonical is None or ref.found.issuer_start is None or ref.found.issuer_end is None:
        return canonical
    written = _original_nfc(matching, ref.found.issuer_start, ref.found.issuer_end)
    if len(written) != len(canonical):
        return canonical
    pairs = zip(written, canonical, strict=True)
    return "".join(w.upper() if c.isupper() else w.lower() if c.islower() else w for w, c in pairs)
