"""The Extraction model: plain typed values that flow from the extractor to the RDF mapping.

Offsets are always characters into the ORIGINAL text (as read from the file), never into the
normalised copy the matcher works on, so a reader can always cut the evidence out of the source.
The JSON form uses the field names of the gold files in tests/gold/ (see ANNOTATION.md there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: the exact span and the sentence that contains it."""

    source: str
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class DocumentIdentity:
    """What identifies one document across texts.

    A number alone does not: "45-NQ/TW" names a 2019 resolution on Hải Phòng and a 2023 one on
    intellectuals, and "/NQ-CP" numbers restart every year. So identity is kind + number + year
    (or the term, for party documents whose year is unknown). Numberless documents are
    identified by kind + name.
    """

    kind_code: str
    number: str | None = None
    year: int | None = None
    term: str | None = None
    name: str | None = None

    @property
    def is_complete(self) -> bool:
        """True when the identity is fixed: a number with a year or term, or a name."""
        if self.number is None:
            return self.name is not None
        return self.year is not None or self.term is not None

    @property
    def label(self) -> str:
        """How a person names the document: its official number, else its name."""
        return self.number or self.name or self.kind_code

    @property
    def canonical_number(self) -> str | None:
        """The number with leading zeros dropped from its serial: "07/NQ-CP" and "7/NQ-CP" are one
        document, written both ways in real texts."""
        if self.number is None:
            return None
        head, sep, rest = self.number.partition("/") if "/" in self.number.split("-")[0] else self.number.partition("-")
        return (head.lstrip("0") or "0") + sep + rest

    @property
    def key(self) -> str:
        qualifier = str(self.year) if self.year is not None else (f"term-{self.term}" if self.term else "?")
        if self.number is not None:
            return f"{self.kind_code}|{self.canonical_number}|{qualifier}"
        return f"{self.kind_code}|name|{' '.join((self.name or '').casefold().split())}"


@dataclass
class LegalReference:
    """One mention of a document in a text, with its normalised fields."""

    surface: str
    start: int
    end: int
    type: str
    kind_code: str
    number: str | None
    issuer: str | None
    issuer_inferred: str | None
    date: str | None
    term: str | None
    title: str | None
    identity: DocumentIdentity
    evidence: Evidence
    ambiguous: bool = False
    year_phrase: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "number": self.number,
            "issuer": self.issuer,
            "issuer_inferred": self.issuer_inferred,
            "date": self.date,
            "term": self.term,
            "title": self.title,
            "identity": self.identity.key,
            "ambiguous": self.ambiguous,
        }


@dataclass(frozen=True)
class Relation:
    """A typed link that a sentence states between two documents."""

    subject: DocumentIdentity
    object: DocumentIdentity
    type: str
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.subject.label,
            "to": self.object.label,
            "type": self.type,
            "evidence": self.evidence.text,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "from_identity": self.subject.key,
            "to_identity": self.object.key,
        }


@dataclass(frozen=True)
class SourceText:
    """The text a statement was extracted from."""

    name: str
    sha256: str
    length: int


@dataclass
class Extraction:
    """Everything extracted from one text."""

    source: SourceText
    text: str
    subject: DocumentIdentity | None
    references: list[LegalReference] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    pipeline_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.name,
            "sha256": self.source.sha256,
            "length": self.source.length,
            "pipeline_version": self.pipeline_version,
            "subject_document": self.subject.label if self.subject else None,
            "references": [r.to_json() for r in self.references],
            "relations": [r.to_json() for r in self.relations],
        }
