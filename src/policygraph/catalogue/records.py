"""What the catalogue answers with: plain frozen dataclasses, one per kind of thing it describes.

They carry no web framework and no schema library, so the CLI, a notebook and the API read the same
values; the API turns them into its response schemas (same field names) in one place
(``policygraph.api.schemas.common.schema_of``). Sequences are tuples, so a record is a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """The span that states something, the sentence around it and the file, by offsets into the
    original text (``end`` exclusive)."""

    text: str
    sentence: str
    source: str
    start: int
    end: int


@dataclass(frozen=True)
class DocumentRef:
    """How one document is pointed to. ``id`` and ``href`` are None for an IRI outside the base."""

    id: str | None
    iri: str
    number: str | None
    label: str | None
    href: str | None


@dataclass(frozen=True)
class DocumentSummary(DocumentRef):
    """A document's metadata, each value the one most texts state (see DocumentFacts)."""

    kind: str | None
    kind_label: str | None
    year: int | None
    term: str | None
    date: str | None
    title: str | None
    issuers: tuple[str, ...]
    inferred_issuers: tuple[str, ...]
    ambiguous: bool
    ingested: bool


@dataclass(frozen=True)
class DocumentList:
    """One page of the documents that match a filter; ``next`` is the path of the following page."""

    total: int
    limit: int
    offset: int
    next: str | None
    items: tuple[DocumentSummary, ...]


@dataclass(frozen=True)
class DocumentLink:
    """A typed link between a document and another, as one text states it."""

    relation: str
    relation_iri: str
    document: DocumentRef
    evidence: Evidence
    statement: str


@dataclass(frozen=True)
class SourceTextInfo:
    """An ingested text, as the store records it (not its content)."""

    file: str
    sha256: str | None
    length: int | None
    ingested_at: str | None
    pipeline_version: str | None
    href: str | None = None


@dataclass(frozen=True)
class ActorRef:
    iri: str
    name: str | None
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class PlaceRef:
    iri: str
    name: str | None


@dataclass(frozen=True)
class TaskAssignment:
    actor: ActorRef
    role: str
    role_iri: str
    role_label: str | None
    evidence: Evidence | None


@dataclass(frozen=True)
class SolutionArea:
    """A numbered part of a document's programme; ``path`` is its ordinals from the top, joined by dots."""

    iri: str
    path: str
    ordinal: int
    ordinal_label: str | None
    title: str | None
    parent: str | None
    themes: tuple[str, ...]
    task_count: int
    evidence: Evidence | None


@dataclass(frozen=True)
class ThemeLabel:
    vi: str | None
    en: str | None


@dataclass(frozen=True)
class PolicyTask:
    iri: str
    area: str | None
    area_path: str | None
    text: str | None
    assignments: tuple[TaskAssignment, ...]
    places: tuple[PlaceRef, ...]
    themes: tuple[str, ...]
    evidence: Evidence | None


@dataclass(frozen=True)
class DocumentDetail(DocumentSummary):
    """Everything the store says about one document, each link with its evidence."""

    candidates: tuple[DocumentRef, ...]
    sources: tuple[SourceTextInfo, ...]
    mentioned_in: tuple[str, ...]
    outgoing: tuple[DocumentLink, ...]
    incoming: tuple[DocumentLink, ...]
    solution_areas: tuple[SolutionArea, ...] = ()
    tasks: tuple[PolicyTask, ...] = ()
    theme_labels: dict[str, ThemeLabel] = field(default_factory=dict)


@dataclass(frozen=True)
class SpanStatement:
    """One statement a span of a source text is the evidence for, with what it says for people."""

    iri: str
    kind: str
    label: str | None
    href: str | None = None


@dataclass(frozen=True)
class SourceSpan:
    start: int
    end: int
    text: str
    statements: tuple[SpanStatement, ...]


@dataclass(frozen=True)
class IngestedSource(SourceTextInfo):
    """An ingested text's record in the store, with the IRI of the document it is (None if unknown)."""

    describes: str | None = None


@dataclass(frozen=True)
class GraphNode(DocumentSummary):
    """A document drawn as a node: its summary, an id that is never None, and how often it is cited."""

    id: str
    cited_by: int


@dataclass(frozen=True)
class GraphEdge:
    """A typed link drawn once, with the best of the sentences that state it; a ``candidate`` edge
    (an ambiguous document to one it may be) has no evidence."""

    id: str
    source: str
    target: str
    relation: str
    relation_label: str | None
    evidence: Evidence | None
    also_stated_in: tuple[str, ...]


@dataclass(frozen=True)
class GraphData:
    total: int
    limit: int
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class GraphFacets:
    relations: tuple[FacetValue, ...]
    issuers: tuple[FacetValue, ...]
    years: tuple[FacetValue, ...]
