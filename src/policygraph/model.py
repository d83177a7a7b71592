"""The Extraction model: plain typed values that flow from the extractor to the RDF mapping.

Offsets are always characters into the ORIGINAL text (as read from the file), never into the
normalised copy the matcher works on, so a reader can always cut the evidence out of the source.
The JSON form uses the field names of the gold files in tests/gold/ (conventions: docs/ANNOTATION.md).
"""

from __future__ import annotations

import unicodedata
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
        from policygraph.text.normalize import canonical_tone_placement

        name = canonical_tone_placement(unicodedata.normalize("NFC", self.name or ""))
        return f"{self.kind_code}|name|{' '.join(name.casefold().split())}"


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
    subject_name: str | None = None
    object_name: str | None = None

    @property
    def subject_label(self) -> str:
        """The subject as a person reads it here: its number, else its name as the sentence writes it."""
        return self.subject.number or self.subject_name or self.subject.label

    @property
    def object_label(self) -> str:
        """The object as a person reads it here: its number, else its name as the sentence writes it
        (a numberless law's identity is case-blind; the name it is given in the stating sentence is not)."""
        return self.object.number or self.object_name or self.object.label

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.subject_label,
            "to": self.object_label,
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
    boilerplate: list[Boilerplate] = field(default_factory=list)
    solution_areas: list[SolutionArea] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    horizons: list[Horizon] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)

    @property
    def target_years(self) -> list[int]:
        """Every horizon year the text states, target and vision, in order."""
        return sorted({h.year for h in self.horizons})

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.name,
            "sha256": self.source.sha256,
            "length": self.source.length,
            "pipeline_version": self.pipeline_version,
            "subject_document": self.subject.label if self.subject else None,
            "references": [r.to_json() for r in self.references],
            "relations": [r.to_json() for r in self.relations],
            "solution_areas_belong_to": self.subject.label if self.subject and self.solution_areas else None,
            "solution_areas": [a.to_json() for a in self.solution_areas],
            "tasks": [t.to_json() for t in self.tasks],
            "actors": [a.to_json() for a in self.actors],
            "places": [p.to_json() for p in self.places],
            "target_years": self.target_years,
            "horizons": [h.to_json() for h in self.horizons],
            "targets": [t.to_json() for t in self.targets],
            "boilerplate": [b.to_json() for b in self.boilerplate],
        }


# ---- the text's structure: page boilerplate, solution areas, tasks, actors, places, targets ---------


@dataclass(frozen=True)
class Boilerplate:
    """A span of page boilerplate (photo caption or credit, relative time, source line, byline ...):
    not policy content, see :mod:`policygraph.text.boilerplate`."""

    kind: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class SolutionArea:
    """A numbered heading of a document's tasks-and-solutions part ("1. Công tác quán triệt ...").

    ``ordinal`` is the number as written (II -> 2, b) -> 2, "Thứ ba" -> 3) and ``label`` the numbering as
    written; ``path`` joins the ordinals from the top ("3.1") and names the area within its text;
    ``parent`` is the path of the area above (nested levels), None at the top. The area belongs to the
    text's subject document.
    """

    ordinal: int
    label: str
    title: str
    start: int
    end: int
    path: str
    parent: str | None
    level: int
    themes: tuple[str, ...]
    actors: tuple[str, ...]
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {
            "ordinal": self.ordinal,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "parent": self.parent,
            "path": self.path,
            "label": self.label,
            "level": self.level,
            "themes": list(self.themes),
            "actors": list(self.actors),
        }


@dataclass(frozen=True)
class TaskActor:
    """An actor of a task and its role: lead, coordinating, assigned, or None (named, no role stated).
    ``inherited`` when the actor comes from the area's heading or the section's intro, not the task's
    own words; ``evidence`` is the mention the actor was read from (in the task, or in that heading or
    intro)."""

    id: str
    name: str
    role: str | None
    inherited: bool
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "written": " ".join(self.evidence.text.split()), "role": self.role,
                "id": self.id, "inherited": self.inherited}


@dataclass(frozen=True)
class Deadline:
    """When a task is due or runs, as its text says ("trước ngày 30/6/2026"): ``value`` with its
    ``precision`` (day 2026-06-30, month 2026-06, quarter 2025-Q4, year 2026, period 2025/2030 or
    2025/.., recurring yearly/quarterly/monthly/weekly, continuous None); see extract/deadlines.py."""

    text: str
    start: int
    end: int
    value: str | None
    precision: str

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "precision": self.precision}


@dataclass(frozen=True)
class Task:
    """A directive sentence or clause under a solution area ("Rà soát, đánh giá ...")."""

    area: int
    area_path: str
    text: str
    start: int
    end: int
    actors: tuple[TaskActor, ...]
    places: tuple[str, ...]
    place_ids: tuple[str, ...]
    themes: tuple[str, ...]
    evidence: Evidence
    deadlines: tuple[Deadline, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "area_path": self.area_path,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "actors": [a.to_json() for a in self.actors],
            "places": list(self.places),
            "themes": list(self.themes),
            "deadlines": [d.to_json() for d in self.deadlines],
        }


@dataclass(frozen=True)
class Actor:
    """An organisation the text names, one identity (gazetteer id) with its kind and the forms seen."""

    id: str
    name: str
    kind: str
    also_kinds: tuple[str, ...]
    variants: tuple[str, ...]
    mentions: tuple[Evidence, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "variants": list(self.variants),
            "id": self.id,
            "also_kinds": list(self.also_kinds),
            "mentions": [[m.start, m.end] for m in self.mentions],
        }


@dataclass(frozen=True)
class Place:
    """A place the text names (gazetteer id, name, kind). ``caption_only``: named only in photo captions,
    so never a task's place."""

    id: str
    name: str
    kind: str
    variants: tuple[str, ...]
    caption_only: bool
    mentions: tuple[Evidence, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "variants": list(self.variants),
            "id": self.id,
            "caption_only": self.caption_only,
            "mentions": [[m.start, m.end] for m in self.mentions],
        }


@dataclass(frozen=True)
class Horizon:
    """A target year ("đến năm 2030") or vision year ("tầm nhìn đến năm 2045") and the document it is
    stated for (a referenced document when it is in that document's title, else the subject)."""

    year: int
    kind: str
    document: DocumentIdentity | None
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "kind": self.kind,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "document": self.document.label if self.document else None,
        }


@dataclass(frozen=True)
class Target:
    """A stated target ("phấn đấu không còn hộ nghèo", "trung tâm kết nối quốc tế"), with its year when the
    sentence states one."""

    text: str
    start: int
    end: int
    trigger: str
    year: int | None
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "year": self.year, "trigger": self.trigger}
