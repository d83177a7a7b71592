"""Every component of the pipeline, registered with spaCy, with what it reads and writes.

``requires`` and ``assigns`` name the Doc layers of :mod:`policygraph.extract.doc_state`, so
``nlp.analyze_pipes()`` shows the order the components need and warns when a component is placed
before one whose layer it reads. The components take no settings: their data (patterns, gazetteers,
structure rules) is loaded by ``initialize`` (see :func:`policygraph.extract.pipeline.build_pipeline`)
or restored by ``from_disk``.
"""

from __future__ import annotations

from spacy.language import Language

from policygraph.extract.actors import ActorRecognizer
from policygraph.extract.boilerplate import BoilerplateMarker
from policygraph.extract.components import DocumentRelationReader, LegalReferenceRecognizer, SentenceSpans
from policygraph.extract.deadlines import TaskDeadlineReader
from policygraph.extract.doc_state import (
    ActorLayer,
    BoilerplateLayer,
    DeadlineLayer,
    PlaceLayer,
    ReferenceLayer,
    RelationLayer,
    SentenceLayer,
    StructureLayer,
    TargetLayer,
    ThemeLayer,
    attribute,
)
from policygraph.extract.places import PlaceRecognizer
from policygraph.extract.structure import SolutionStructureReader
from policygraph.extract.targets import TargetRecognizer
from policygraph.extract.themes import ThemeTagger

REFERENCES = attribute(ReferenceLayer)
SENTENCES = attribute(SentenceLayer)
BOILERPLATE = attribute(BoilerplateLayer)
STRUCTURE = attribute(StructureLayer)


@Language.factory(
    "policygraph_references", assigns=[REFERENCES, "doc.spans", "span._.legal_ref"],
)
def make_reference_recognizer(nlp: Language, name: str) -> LegalReferenceRecognizer:
    return LegalReferenceRecognizer(nlp, name)


@Language.factory(
    "policygraph_sentences", requires=[REFERENCES], assigns=[SENTENCES, "token.is_sent_start"],
)
def make_sentence_spans(nlp: Language, name: str) -> SentenceSpans:
    return SentenceSpans(nlp, name)


@Language.factory(
    "policygraph_relations", requires=[REFERENCES, SENTENCES], assigns=[attribute(RelationLayer)],
)
def make_relation_reader(nlp: Language, name: str) -> DocumentRelationReader:
    return DocumentRelationReader(nlp, name)


@Language.factory("policygraph_boilerplate", assigns=[BOILERPLATE])
def make_boilerplate_marker(nlp: Language, name: str) -> BoilerplateMarker:
    return BoilerplateMarker(nlp, name)


@Language.factory(
    "policygraph_structure", requires=[SENTENCES, BOILERPLATE], assigns=[STRUCTURE],
)
def make_structure_reader(nlp: Language, name: str) -> SolutionStructureReader:
    return SolutionStructureReader(nlp, name)


@Language.factory(
    "policygraph_actors", requires=[REFERENCES, SENTENCES, BOILERPLATE, STRUCTURE], assigns=[attribute(ActorLayer)],
)
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer(nlp, name)


@Language.factory(
    "policygraph_places", requires=[BOILERPLATE, STRUCTURE, attribute(ActorLayer)], assigns=[attribute(PlaceLayer)],
)
def make_place_recognizer(nlp: Language, name: str) -> PlaceRecognizer:
    return PlaceRecognizer(nlp, name)


@Language.factory(
    "policygraph_targets", requires=[REFERENCES, SENTENCES, BOILERPLATE], assigns=[attribute(TargetLayer)],
)
def make_target_recognizer(nlp: Language, name: str) -> TargetRecognizer:
    return TargetRecognizer(nlp, name)


@Language.factory(
    "policygraph_deadlines", requires=[REFERENCES, STRUCTURE], assigns=[attribute(DeadlineLayer)],
)
def make_deadline_reader(nlp: Language, name: str) -> TaskDeadlineReader:
    return TaskDeadlineReader(nlp, name)


@Language.factory("policygraph_themes", requires=[STRUCTURE], assigns=[attribute(ThemeLayer)])
def make_theme_tagger(nlp: Language, name: str) -> ThemeTagger:
    return ThemeTagger(nlp, name)
