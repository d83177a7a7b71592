"""The pipeline: spacy.blank("vi") with pyvi segmentation and our components, and the one function
that turns a text into an :class:`~policygraph.model.Extraction`.

spaCy sees the normalised matching text (NFC, one tone placement); every offset it produces is
mapped back to the original text here, so evidence can be cut out of the file as it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import policygraph
from policygraph.extract import components  # noqa: F401  (registers the factories)
from policygraph.model import (
    DocumentIdentity,
    Evidence,
    Extraction,
    LegalReference,
    Relation,
    SourceText,
)
from policygraph.text.normalize import MatchingText, matching_text

PIPELINE_VERSION = f"policygraph-{policygraph.__version__}/spacy-{spacy.__version__}"
COMPONENTS = ("policygraph_references", "policygraph_sentences", "policygraph_relations")


def build_pipeline(*, use_pyvi: bool = True) -> Language:
    """A fresh pipeline. ``use_pyvi=False`` splits on white space (for benchmarks only)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": use_pyvi}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def shared_pipeline() -> Language:
    """One pipeline per process: building it loads pyvi's model and compiles the patterns."""
    return build_pipeline()


def source_text(name: str, text: str) -> SourceText:
    return SourceText(name, hashlib.sha256(text.encode("utf-8")).hexdigest(), len(text))


def extract_text(text: str, source: str = "<text>", nlp: Language | None = None) -> Extraction:
    """Extract references and relations from one text (offsets into ``text`` as given)."""
    nlp = nlp or shared_pipeline()
    matching = matching_text(text)
    doc = nlp(matching.text)
    return extraction_from_doc(doc, matching, source)


def extract_texts(
    items: Iterable[tuple[str, str]], nlp: Language | None = None, n_process: int = 1, batch_size: int = 8
) -> Iterator[Extraction]:
    """Extract many (source, text) pairs, in ``n_process`` processes when asked."""
    nlp = nlp or shared_pipeline()
    pairs = [(source, matching_text(text)) for source, text in items]
    docs = nlp.pipe((m.text for _, m in pairs), n_process=n_process, batch_size=batch_size)
    for (source, matching), doc in zip(pairs, docs, strict=True):
        yield extraction_from_doc(doc, matching, source)


def extraction_from_doc(doc: Doc, matching: MatchingText, source: str) -> Extraction:
    original = matching.original
    src = source_text(source, original)
    sentences = [tuple(s) for s in (doc._.sentence_spans or [])]

    def evidence(start: int, end: int, sentence: tuple[int, int] | None = None) -> Evidence:
        if sentence is None:
            sentence = next(((s, e) for s, e in sentences if s <= start and end <= e), (start, end))
        o_start, o_end = matching.original_span(start, end)
        s_start, s_end = matching.original_span(*sentence)
        return Evidence(source, original[o_start:o_end], o_start, o_end, original[s_start:s_end], s_start, s_end)

    references = []
    for record in doc._.legal_references or []:
        identity = DocumentIdentity(**record["identity"])
        ev = evidence(record["start"], record["end"])
        title = record["title"]
        if record["title_start"] is not None:
            t_start, t_end = matching.original_span(record["title_start"], record["title_end"])
            title = " ".join(original[t_start:t_end].split())
        references.append(
            LegalReference(
                surface=ev.text,
                start=ev.start,
                end=ev.end,
                type=record["type"],
                kind_code=record["kind_code"],
                number=record["number"],
                issuer=record["issuer"],
                issuer_inferred=record["issuer_inferred"],
                date=record["date"],
                term=record["term"],
                title=title,
                identity=identity,
                evidence=ev,
                ambiguous=record["ambiguous"],
                year_phrase=record["year_phrase"],
            )
        )
    relations = [
        Relation(
            DocumentIdentity(**rel["subject"]),
            DocumentIdentity(**rel["object"]),
            rel["type"],
            evidence(rel["start"], rel["end"], (rel["sentence_start"], rel["sentence_end"])),
        )
        for rel in doc._.document_relations or []
    ]
    subject: dict[str, Any] | None = doc._.subject_document
    return Extraction(
        source=src,
        text=original,
        subject=DocumentIdentity(**subject) if subject else None,
        references=references,
        relations=relations,
        pipeline_version=PIPELINE_VERSION,
    )
