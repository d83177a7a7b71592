"""The reference, sentence and relation components: spaCy components whose data (the patterns of
``data/patterns``) is loaded by ``initialize`` and saved and restored with the pipeline by
``to_disk``/``from_disk``, so a saved pipeline needs no project folder. Their factories are in
:mod:`policygraph.extract.factories`; their results are layers of :mod:`policygraph.extract.doc_state`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_PATTERNS_DIR
from policygraph.extract.doc_state import (
    DocumentRelation,
    ReferenceLayer,
    RelationLayer,
    SentenceLayer,
    read_layer,
    write_layer,
)
from policygraph.extract.patterns import ReferencePatterns
from policygraph.extract.references import ReferenceFinder
from policygraph.extract.relations import RelationTriggers, find_relations
from policygraph.extract.resolution import ResolvedReference, resolve_references, written_name_span
from policygraph.extract.sentences import sentence_spans

REFERENCES_KEY = "legal_references"


class SentenceSpans:
    """Sentence boundaries that survive wrapped lines and never cut a mention (so it runs after the
    reference recognizer); also sets ``Token.is_sent_start``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        protected = [(r.found.start, r.found.end) for r in read_layer(doc, ReferenceLayer).references]
        spans = sentence_spans(doc.text, protected)
        write_layer(doc, SentenceLayer(list(spans)))
        if len(doc):
            starts = {s for s, _ in spans}
            # One array write: setting Token.is_sent_start one by one re-checks the whole Doc each time.
            flags = numpy.fromiter(
                (1 if token.i == 0 or token.idx in starts else -1 for token in doc), dtype="int64", count=len(doc)
            ).astype("uint64").reshape(-1, 1)
            doc.from_array([SENT_START], flags)
        return doc


class LegalReferenceRecognizer:
    """Finds mentions of documents; results in ``doc._.references`` and ``doc.spans["legal_references"]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.patterns: ReferencePatterns | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        patterns_dir: str = str(DEFAULT_PATTERNS_DIR),
    ) -> None:
        """Loads ``document_kinds.json``, ``issuers.json`` and ``law_names.json`` from ``patterns_dir``."""
        self._use(ReferencePatterns.from_dir(Path(patterns_dir)))

    def _use(self, patterns: ReferencePatterns) -> None:
        self.patterns = patterns
        self.finder = ReferenceFinder(patterns)

    def __call__(self, doc: Doc) -> Doc:
        if self.patterns is None:
            raise PipelineNotInitialized(self.name)
        found = self.finder.find(doc.text)
        resolved = resolve_references(found, self.patterns.issuer_codes, set(self.patterns.bare_number_kinds))
        write_layer(doc, ReferenceLayer(resolved))
        spans = []
        for ref in resolved:
            span = doc.char_span(ref.found.start, ref.found.end, label=ref.found.type, alignment_mode="expand")
            if span is not None:
                span._.legal_ref = ref
                spans.append(span)
        doc.spans[REFERENCES_KEY] = spans
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.patterns is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "patterns.json").write_text(json.dumps(self.patterns.to_dict(), ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> LegalReferenceRecognizer:
        self._use(ReferencePatterns.from_dict(json.loads((Path(path) / "patterns.json").read_text("utf-8"))))
        return self


class DocumentRelationReader:
    """Reads typed links between the mentions; results in ``doc._.relations``.

    Also decides the text's subject document (the one a news article is about, or the legal text
    itself), since Căn cứ lines and "Rà soát ..." tasks are links made by that document.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.triggers: RelationTriggers | None = None
        self.kind_of_word: dict[str, str] = {}

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        patterns_dir: str = str(DEFAULT_PATTERNS_DIR),
    ) -> None:
        """Loads ``relation_triggers.json`` and the kind words of ``document_kinds.json`` from ``patterns_dir``."""
        directory = Path(patterns_dir)
        patterns = ReferencePatterns.from_dir(directory)
        self.triggers = RelationTriggers.from_path(directory / "relation_triggers.json")
        self.kind_of_word = {word: kind.code for word, kind in patterns.kind_by_word.items()}

    def __call__(self, doc: Doc) -> Doc:
        if self.triggers is None:
            raise PipelineNotInitialized(self.name)
        resolved = read_layer(doc, ReferenceLayer).references
        subject = choose_subject(doc.text, resolved)
        sentences = read_layer(doc, SentenceLayer).spans or [(0, len(doc.text))]
        acting = consolidated_document(subject, resolved)
        found = find_relations(doc.text, sentences, resolved, acting, self.triggers, self.kind_of_word)
        relations, seen = [], set()
        for rel in found:
            # A consolidation is stated by the consolidated text itself ("Văn bản hợp nhất này ... hợp nhất").
            actor = subject if rel.type == "consolidates" else acting
            subj = rel.subject.identity if rel.subject else actor.identity if actor else None
            if subj is None or subj == rel.object.identity:
                continue
            key = (subj.key, rel.object.identity.key, rel.type)
            if key in seen:
                continue
            seen.add(key)
            relations.append(DocumentRelation(
                subj, rel.object.identity, rel.type, rel.start, rel.end, rel.sentence_start, rel.sentence_end,
                written_name_span(rel.subject) if rel.subject else None, written_name_span(rel.object),
            ))
        write_layer(doc, RelationLayer(subject.identity if subject else None, relations))
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.triggers is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "relation_triggers.json").write_text(json.dumps(self.triggers.data, ensure_ascii=False), "utf-8")
        (path / "kind_words.json").write_text(json.dumps(self.kind_of_word, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> DocumentRelationReader:
        path = Path(path)
        self.triggers = RelationTriggers(json.loads((path / "relation_triggers.json").read_text("utf-8")))
        self.kind_of_word = json.loads((path / "kind_words.json").read_text("utf-8"))
        return self


def choose_subject(text: str, refs: list[ResolvedReference]) -> ResolvedReference | None:
    """The document the text is about: its own number in the header ("Số: 44/2025/QĐ-TTg",
    "Số hiệu 45-NQ/TW"), else, in a text that is not a legal text itself (no "Căn cứ" lines), the first
    dated, numbered mention (a news lead)."""
    # The header may sit below a page's chrome, and the number may be in a Markdown table cell
    # ("**Số hiệu:**\n|\n39365/CHQ-GSQL") or after "Số:" with emphasis around it.
    head = text[:8000]
    for m in re.finditer(r"(?:Số hiệu|SỐ HIỆU|Số|SỐ)(?:[\s*_|]*:)?[\s*_|]*", head):
        for r in refs:
            if r.found.start == m.end() and r.found.number:
                return r
    # "Luật số: 60/2024/QH15 |" in the header table: the kind word, "số:" and the number open a line.
    for r in refs:
        if r.found.start >= len(head) or not r.found.number or r.found.number_start is None:
            continue
        line_start = text.rfind("\n", 0, r.found.start) + 1
        if (not text[line_start:r.found.start].strip(" \t*_|#")
                and re.fullmatch(r"[^\n]{1,24}?số\s*:\s*", text[r.found.start:r.found.number_start], re.IGNORECASE)):
            return r
    if re.search(r"(?:^|\n)[\s*_]*Căn cứ\b", text):
        # A legal text that cites its legal bases but does not give its own number: the subject is
        # unknown, and guessing the first mention would attribute its Căn cứ lines to another document.
        return None
    for r in refs[:5]:
        if r.found.number and r.found.date:
            return r
    numbered = [r for r in refs if r.found.number]
    return numbered[0] if numbered else None


def consolidated_document(
    subject: ResolvedReference | None, refs: list[ResolvedReference]
) -> ResolvedReference | None:
    """Who acts in a text's Căn cứ lines and articles. A consolidated text (văn bản hợp nhất, "Số:
    57/VBHN-BCT") reproduces the document it consolidates: its Căn cứ lines, articles and repeals are
    that document's, not the consolidation's. That document is the first numbered mention after the
    header of the same issuer code ("Thông tư số 09/2025/TT-BCT ..., được sửa đổi, bổ sung bởi: ...").
    For every other text the actor is the subject itself."""
    if subject is None or subject.identity.kind_code != "VBHN":
        return subject
    for ref in refs:
        if (ref.found.start > subject.found.end and ref.found.number and ref.identity.kind_code != "VBHN"
                and ref.found.issuer_code == subject.found.issuer_code):
            return ref
    return subject
