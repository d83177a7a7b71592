"""What our components leave on a Doc: one typed layer per component, and the one place that registers
the extensions that hold them.

Each component writes one layer, once, as ``doc._.<layer>`` (the component ``policygraph_structure``
writes ``doc._.structure``), and only reads the layers of the components before it. A component that
adds to another's results ("the actors of task 3") does so in its own layer, keyed by the other
layer's ids (a task's :attr:`FoundTask.id`, an area's :attr:`FoundArea.path`), so no component edits
records it did not make, and the layers a component reads are the ones its factory ``requires``.

Offsets are into ``doc.text`` (the normalised matching text); :mod:`policygraph.extract.pipeline` maps
them back to the original text. The layers are Python objects, not msgpack values: a Doc is turned into
an :class:`~policygraph.model.Extraction` in the process that made it, and that is what travels between
processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, TypeVar

from spacy.tokens import Doc, Span

from policygraph.extract.resolution import ResolvedReference
from policygraph.model import DocumentIdentity
from policygraph.text.boilerplate import BoilerplateSpan

# ---- the references component ---------------------------------------------------------------------


@dataclass
class ReferenceLayer:
    """``policygraph_references``: every mention of a document, resolved, in text order (also as
    ``doc.spans["legal_references"]``, each span's ``span._.legal_ref`` its reference)."""

    extension: ClassVar[str] = "references"
    references: list[ResolvedReference] = field(default_factory=list)


# ---- the sentences component ----------------------------------------------------------------------


@dataclass
class SentenceLayer:
    """``policygraph_sentences``: (start, end) of each sentence, in order, not overlapping."""

    extension: ClassVar[str] = "sentences"
    spans: list[tuple[int, int]] = field(default_factory=list)


# ---- the relations component ----------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRelation:
    """A typed link between two documents, stated by the text between ``start`` and ``end``."""

    subject: DocumentIdentity
    object: DocumentIdentity
    type: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    # Where the stating mentions name numberless ends (see resolution.written_name_span).
    subject_name_span: tuple[int, int] | None = None
    object_name_span: tuple[int, int] | None = None


@dataclass
class RelationLayer:
    """``policygraph_relations``: the text's subject document and the links between documents."""

    extension: ClassVar[str] = "relations"
    subject: DocumentIdentity | None = None
    relations: list[DocumentRelation] = field(default_factory=list)


# ---- the boilerplate component --------------------------------------------------------------------


@dataclass
class BoilerplateLayer:
    """``policygraph_boilerplate``: page boilerplate (captions, credits, bylines ...), in text order."""

    extension: ClassVar[str] = "boilerplate"
    spans: list[BoilerplateSpan] = field(default_factory=list)


# ---- the structure component ----------------------------------------------------------------------


@dataclass(frozen=True)
class FoundSection:
    """A solution section: ``titled`` (a heading names it) or ``intro`` (a paragraph introduces it,
    from ``intro_start`` to ``intro_end``)."""

    kind: str
    start: int
    end: int
    intro_start: int | None
    intro_end: int | None


@dataclass(frozen=True)
class FoundArea:
    """A solution area: its title (``start``-``end``), its heading paragraph, and its place in the
    outline (``path`` "2.1" is area 1 under area 2; ``section`` indexes the sections)."""

    ordinal: int
    label: str
    start: int
    end: int
    heading_start: int
    heading_end: int
    path: str
    parent: str | None
    level: int
    section: int
    inline: bool


@dataclass(frozen=True)
class FoundTask:
    """A task: a clause of an area's body. ``id`` is its index in :attr:`StructureLayer.tasks`, the key
    the later layers use for it."""

    id: int
    area: str
    ordinal: int
    start: int
    end: int
    section: int


@dataclass
class StructureLayer:
    """``policygraph_structure``: solution sections, areas and tasks, in text order."""

    extension: ClassVar[str] = "structure"
    sections: list[FoundSection] = field(default_factory=list)
    areas: list[FoundArea] = field(default_factory=list)
    tasks: list[FoundTask] = field(default_factory=list)


# ---- the actors component -------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorMention:
    """An accepted mention of an actor; ``where`` is "text", "caption" or "credit"."""

    start: int
    end: int
    id: str
    acting: bool
    where: str


@dataclass(frozen=True)
class FoundActor:
    """One actor of the text, with the written forms and the mentions (start, end) seen."""

    id: str
    name: str
    kind: str
    also_kinds: tuple[str, ...]
    variants: tuple[str, ...]
    mentions: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class TaskActorRole:
    """An actor of a task, with its role (None: named, no role stated) and the mention that names it."""

    id: str
    name: str
    role: str | None
    inherited: bool
    start: int
    end: int


@dataclass
class ActorLayer:
    """``policygraph_actors``: actor mentions, the text's actors, each task's actors (by task id) and
    the actors an area's heading names (by area path)."""

    extension: ClassVar[str] = "actors"
    mentions: list[ActorMention] = field(default_factory=list)
    actors: list[FoundActor] = field(default_factory=list)
    task_actors: dict[int, list[TaskActorRole]] = field(default_factory=dict)
    area_actors: dict[str, list[str]] = field(default_factory=dict)


# ---- the places component -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceMention:
    """A mention of a place; ``where`` is "text", "caption", "credit" or "header"."""

    start: int
    end: int
    id: str
    where: str


@dataclass(frozen=True)
class FoundPlace:
    """One place of the text; ``caption_only`` when only photo captions name it."""

    id: str
    name: str
    kind: str
    variants: tuple[str, ...]
    mentions: tuple[tuple[int, int], ...]
    caption_only: bool


@dataclass
class PlaceLayer:
    """``policygraph_places``: place mentions, the text's places, the header's place and each task's
    places (by task id)."""

    extension: ClassVar[str] = "places"
    mentions: list[PlaceMention] = field(default_factory=list)
    places: list[FoundPlace] = field(default_factory=list)
    header_place: str | None = None
    task_places: dict[int, list[str]] = field(default_factory=dict)


# ---- the targets component ------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundHorizon:
    """A target or vision year; ``document`` is the referenced document whose title holds it (None:
    the text's subject)."""

    year: int
    kind: str
    start: int
    end: int
    document: DocumentIdentity | None


@dataclass(frozen=True)
class FoundTarget:
    """A stated goal, with the trigger that opened it and its target year, if stated."""

    start: int
    end: int
    trigger: str
    year: int | None


@dataclass
class TargetLayer:
    """``policygraph_targets``: horizons, the years they name (sorted) and targets."""

    extension: ClassVar[str] = "targets"
    horizons: list[FoundHorizon] = field(default_factory=list)
    target_years: list[int] = field(default_factory=list)
    targets: list[FoundTarget] = field(default_factory=list)


# ---- the deadlines component ----------------------------------------------------------------------


@dataclass(frozen=True)
class FoundDeadline:
    """When a task is due or runs: the phrase's span, its value and precision (extract/deadlines.py)."""

    start: int
    end: int
    value: str | None
    precision: str


@dataclass
class DeadlineLayer:
    """``policygraph_deadlines``: each task's deadlines, by task id (:attr:`FoundTask.id`)."""

    extension: ClassVar[str] = "deadlines"
    task_deadlines: dict[int, list[FoundDeadline]] = field(default_factory=dict)


# ---- the themes component -------------------------------------------------------------------------


@dataclass
class ThemeLayer:
    """``policygraph_themes``: theme slugs of each task (by task id) and each area (by area path)."""

    extension: ClassVar[str] = "themes"
    task_themes: dict[int, list[str]] = field(default_factory=dict)
    area_themes: dict[str, list[str]] = field(default_factory=dict)


# ---- reading and writing --------------------------------------------------------------------------

LAYERS = (
    ReferenceLayer, SentenceLayer, RelationLayer, BoilerplateLayer, StructureLayer, ActorLayer, PlaceLayer,
    TargetLayer, DeadlineLayer, ThemeLayer,
)
Layer = TypeVar(
    "Layer", ReferenceLayer, SentenceLayer, RelationLayer, BoilerplateLayer, StructureLayer, ActorLayer,
    PlaceLayer, TargetLayer, DeadlineLayer, ThemeLayer,
)

for _layer in LAYERS:
    if not Doc.has_extension(_layer.extension):
        Doc.set_extension(_layer.extension, default=None)
if not Span.has_extension("legal_ref"):
    Span.set_extension("legal_ref", default=None)


def attribute(layer: type[Layer]) -> str:
    """The layer's attribute as spaCy's ``requires``/``assigns`` name it: ``"doc._.structure"``."""
    return f"doc._.{layer.extension}"


def read_layer(doc: Doc, layer: type[Layer]) -> Layer:
    """The layer on ``doc``; an empty one when its component has not run (a component run alone)."""
    value = getattr(doc._, layer.extension)
    return value if isinstance(value, layer) else layer()


def write_layer(doc: Doc, value: ReferenceLayer | SentenceLayer | RelationLayer | BoilerplateLayer
                | StructureLayer | ActorLayer | PlaceLayer | TargetLayer | DeadlineLayer | ThemeLayer) -> None:
    setattr(doc._, value.extension, value)
