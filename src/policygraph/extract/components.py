"""Our registered spaCy components.

Each is a real spaCy component: registered with ``Language.factory``, configured through the
pipeline config, serialised by ``nlp.to_disk`` (the pattern data travels with the pipeline), and
storing its results on the Doc as plain values so that ``nlp.pipe(..., n_process=N)`` can send them
between processes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from policygraph.extract.patterns import ReferencePatterns
from policygraph.extract.references import FoundReference, ReferenceFinder
from policygraph.extract.relations import RelationTriggers, find_relations
from policygraph.extract.resolution import ResolvedReference, resolve_references
from policygraph.extract.sentences import sentence_spans
from policygraph.model import DocumentIdentity

REFERENCES_KEY = "legal_references"

for _name, _default in (
    ("sentence_spans", None),
    ("legal_references", None),
    ("subject_document", None),
    ("document_relations", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("legal_ref"):
    Span.set_extension("legal_ref", default=None)


def _default_patterns_dir() -> str:
    from policygraph.config import get_settings

    return str(get_settings().patterns_dir)


class SentenceSpans:
    """Sentence boundaries that survive wrapped lines and never cut a mention (so it runs after the
    reference recognizer); also sets ``Token.is_sent_start``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        protected = [(r["start"], r["end"]) for r in doc._.legal_references or []]
        spans = sentence_spans(doc.text, protected)
        doc._.sentence_spans = [list(s) for s in spans]
        if len(doc):
            starts = {s for s, _ in spans}
            # One array write: setting Token.is_sent_start one by one re-checks the whole Doc each time.
            flags = numpy.fromiter(
                (1 if token.i == 0 or token.idx in starts else -1 for token in doc), dtype="int64", count=len(doc)
            ).astype("uint64").reshape(-1, 1)
            doc.from_array([SENT_START], flags)
        return doc


class LegalReferenceRecognizer:
    """Finds mentions of documents; results in ``doc.spans["legal_references"]``."""

    def __init__(self, nlp: Language, name: str, patterns_dir: str) -> None:
        self.name = name
        self.patterns_dir = patterns_dir
        self.patterns = ReferencePatterns.from_dir(Path(patterns_dir or _default_patterns_dir()))
        self.finder = ReferenceFinder(self.patterns)

    def __call__(self, doc: Doc) -> Doc:
        found = self.finder.find(doc.text)
        resolved = resolve_references(found, self.patterns.issuer_codes, set(self.patterns.bare_number_kinds))
        records = [_record(r) for r in resolved]
        doc._.legal_references = records
        spans = []
        for record in records:
            span = doc.char_span(record["start"], record["end"], label=record["type"], alignment_mode="expand")
            if span is not None:
                span._.legal_ref = record
                spans.append(span)
        doc.spans[REFERENCES_KEY] = spans
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "patterns.json").write_text(json.dumps(self.patterns.to_dict(), ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> LegalReferenceRecognizer:
        data = json.loads((Path(path) / "patterns.json").read_text("utf-8"))
        self.patterns = ReferencePatterns.from_dict(data)
        self.finder = ReferenceFinder(self.patterns)
        return self


class DocumentRelationReader:
    """Reads typed links between the mentions; results in ``doc._.document_relations``.

    Also decides the text's subject document (the one a news article is about, or the legal text
    itself), since Căn cứ lines and "Rà soát ..." tasks are links made by that document.
    """

    def __init__(self, nlp: Language, name: str, triggers_path: str) -> None:
        self.name = name
        self.triggers = RelationTriggers.from_path(
            Path(triggers_path or Path(_default_patterns_dir()) / "relation_triggers.json")
        )
        patterns = ReferencePatterns.from_dir(Path(_default_patterns_dir()))
        self.kind_of_word = {word: kind.code for word, kind in patterns.kind_by_word.items()}

    def __call__(self, doc: Doc) -> Doc:
        records = doc._.legal_references or []
        resolved = [_resolved(r) for r in records]
        subject = choose_subject(doc.text, resolved)
        doc._.subject_document = records[resolved.index(subject)]["identity"] if subject else None
        sentences = [tuple(s) for s in (doc._.sentence_spans or [[0, len(doc.text)]])]
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
            relations.append({
                "subject": _identity_dict(subj),
                "object": _identity_dict(rel.object.identity),
                "type": rel.type,
                "start": rel.start,
                "end": rel.end,
                "sentence_start": rel.sentence_start,
                "sentence_end": rel.sentence_end,
            })
        doc._.document_relations = relations
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "relation_triggers.json").write_text(json.dumps(self.triggers.data, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> DocumentRelationReader:
        self.triggers = RelationTriggers(json.loads((Path(path) / "relation_triggers.json").read_text("utf-8")))
        return self


def choose_subject(text: str, refs: list[ResolvedReference]) -> ResolvedReference | None:
    """The document the text is about: its own number in the header ("Số: 44/2025/QĐ-TTg",
    "Số hiệu 45-NQ/TW"), else, in a text that is not a legal text itself (no "Căn cứ" lines), the first
    dated, numbered mention (a news lead)."""
    import re

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


def _identity_dict(identity: DocumentIdentity) -> dict[str, Any]:
    return {
        "kind_code": identity.kind_code,
        "number": identity.number,
        "year": identity.year,
        "term": identity.term,
        "name": identity.name,
    }


def _record(resolved: ResolvedReference) -> dict[str, Any]:
    record = resolved.found.to_dict()
    record["identity"] = _identity_dict(resolved.identity)
    record["issuer_inferred"] = resolved.issuer_inferred
    record["ambiguous"] = resolved.ambiguous
    return record


def _resolved(record: dict[str, Any]) -> ResolvedReference:
    fields = {k: v for k, v in record.items() if k not in {"identity", "issuer_inferred", "ambiguous"}}
    return ResolvedReference(
        FoundReference(**fields),
        DocumentIdentity(**record["identity"]),
        record["issuer_inferred"],
        record["ambiguous"],
    )


@Language.factory("policygraph_sentences")
def make_sentence_spans(nlp: Language, name: str) -> SentenceSpans:
    return SentenceSpans(nlp, name)


@Language.factory("policygraph_references", default_config={"patterns_dir": ""})
def make_reference_recognizer(nlp: Language, name: str, patterns_dir: str) -> LegalReferenceRecognizer:
    return LegalReferenceRecognizer(nlp, name, patterns_dir)


@Language.factory("policygraph_relations", default_config={"triggers_path": ""})
def make_relation_reader(nlp: Language, name: str, triggers_path: str) -> DocumentRelationReader:
    return DocumentRelationReader(nlp, name, triggers_path)
