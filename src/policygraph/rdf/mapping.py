"""One mapping from an Extraction to RDF, in the ontology's terms only.

Every extracted statement (mention, relation) is a node with ``pg:evidence`` pointing to a
``pg:Evidence``: the source text, the sentence, and character offsets into the original text.
Documents get what the mentions say about them; a document only referenced elsewhere still gets a
node. All triples of one text go in one named graph (see :meth:`IriMinter.graph`), so the store can
replace a text's statements as a unit.

The mapping states each triple once, into a :class:`~policygraph.rdf.ntriples.TextTriples` (plain
strings). Ingest writes the store update's N-Triples from it directly; an rdflib Graph is built from it
only when one is wanted (validation, quarantine, the CLI's and the API's output). So what is validated
is what is stored, and a large ingest without validation never pays for rdflib's terms and indexes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, Namespace, URIRef, namespace

from policygraph.defaults import DEFAULT_BASE_IRI, DEFAULT_ONTOLOGY_DIR
from policygraph.extract.data_dirs import DEFAULT_GAZETTEERS_DIR, DEFAULT_PATTERNS_DIR
from policygraph.extract.name_matcher import name_key
from policygraph.model import DocumentIdentity, Evidence, Extraction, LegalReference
from policygraph.rdf import namespaces
from policygraph.rdf.identity import IriMinter
from policygraph.rdf.ntriples import TextTriples
from policygraph.rdf.preferred import preferred
from policygraph.rdf.relation_kinds import link_properties


class _Terms:
    """A namespace's terms as plain strings, each built once. (rdflib's namespaces build and check a
    new URIRef at every attribute access, a fifth of the mapping's time when it wrote rdflib terms.)"""

    def __init__(self, ns: Namespace | type[namespace.DefinedNamespace]) -> None:
        self._namespace = ns
        self._items: dict[str, str] = {}

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        value = str(self._namespace[name])
        setattr(self, name, value)  # later reads find a plain attribute and never come here
        return value

    def __getitem__(self, name: str) -> str:
        value = self._items.get(name)
        if value is None:
            value = self._items[name] = str(self._namespace[name])
        return value


# The terms the mapping writes, as plain strings; the same names as the rdflib namespaces elsewhere.
PG, PGS, ELI = _Terms(namespaces.PG), _Terms(namespaces.PGS), _Terms(namespaces.ELI)
DCTERMS, ORG, PROV = _Terms(namespace.DCTERMS), _Terms(namespace.ORG), _Terms(namespace.PROV)
RDF, RDFS, SKOS, XSD = _Terms(namespace.RDF), _Terms(namespace.RDFS), _Terms(namespace.SKOS), _Terms(namespace.XSD)


@dataclass(frozen=True)
class KindNames:
    name_vi: str
    name_en: str
    concept: str


@lru_cache(maxsize=4)
def kind_table(patterns_dir: Path) -> dict[str, KindNames]:
    data = json.loads((patterns_dir / "document_kinds.json").read_text(encoding="utf-8"))
    return {k["code"]: KindNames(k["name"], k["name_en"], k["concept"]) for k in data["kinds"]}


@lru_cache(maxsize=4)
def issuer_code_table(patterns_dir: Path) -> dict[str, str]:
    data = json.loads((patterns_dir / "issuers.json").read_text(encoding="utf-8"))
    return dict(data["codes"])


@lru_cache(maxsize=4)
def actor_names(gazetteers_dir: Path) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Written form (matching key) -> (actor id, canonical name, kinds), for the actors.json entries."""
    data = json.loads((gazetteers_dir / "actors.json").read_text(encoding="utf-8"))
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for actor in data:
        kinds = (actor["kind"], *actor.get("also_kinds", []))
        for form in (actor["name"], *actor["variants"]):
            out.setdefault(name_key(form), (actor["id"], actor["name"], kinds))
    return out


_K = TypeVar("_K")
_V = TypeVar("_V")


class _RememberingMinter(IriMinter):
    """The minter, remembering the recent sources' keys and documents' IRIs: one text mints a hundred
    mention, evidence and task IRIs from one source key (a SHA-256 and a slug each time otherwise), and
    names the same documents again and again."""

    _LIMIT = 4096

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self._keys: dict[str, str] = {}
        self._documents: dict[DocumentIdentity, URIRef] = {}

    def source_key(self, source_name: str) -> str:
        return self._remember(self._keys, source_name, super().source_key)

    def document(self, identity: DocumentIdentity) -> URIRef:
        return self._remember(self._documents, identity, super().document)

    def _remember(self, seen: dict[_K, _V], key: _K, mint: Callable[[_K], _V]) -> _V:
        value = seen.get(key)
        if value is None:
            if len(seen) >= self._LIMIT:  # a bound, not an LRU: a long ingest starts afresh now and then
                seen.clear()
            value = seen[key] = mint(key)
        return value


class ExtractionMapper:
    """Turns Extractions into triples; holds the IRI minter, the kind table, the gazetteer's actors
    and the relation kinds' link properties.

    Each folder is a setting (``POLICYGRAPH_BASE_IRI``, ``_PATTERNS_DIR``, ``_GAZETTEERS_DIR``,
    ``_ONTOLOGY_DIR``) that the application's edges pass; the defaults are the settings' own."""

    def __init__(
        self,
        base_iri: str = DEFAULT_BASE_IRI,
        patterns_dir: Path = DEFAULT_PATTERNS_DIR,
        gazetteers_dir: Path = DEFAULT_GAZETTEERS_DIR,
        ontology_dir: Path = DEFAULT_ONTOLOGY_DIR,
    ) -> None:
        self.minter: IriMinter = _RememberingMinter(base_iri)
        self.kinds = kind_table(Path(patterns_dir))
        self.issuer_codes = issuer_code_table(Path(patterns_dir))
        self.actor_names = actor_names(Path(gazetteers_dir))
        self.link_properties = link_properties(Path(ontology_dir))

    def to_graph(self, extraction: Extraction, ingested_at: dt.datetime | None = None) -> Graph:
        return self.triples(extraction, ingested_at).graph()

    def triples(self, extraction: Extraction, ingested_at: dt.datetime | None = None) -> TextTriples:
        t = TextTriples()
        evidence_done: dict[Evidence, str] = {}
        name = extraction.source.name
        source = self.minter.source(name)
        t.add(source, RDF.type, PG.SourceText)
        t.add_literal(source, RDFS.label, name)
        t.add_literal(source, PG.fileName, name)
        t.add_literal(source, PG.sha256, extraction.source.sha256)
        t.add_literal(source, PG.charLength, str(extraction.source.length), datatype=XSD.integer)
        t.add_literal(source, PG.pipelineVersion, extraction.pipeline_version)
        if ingested_at is not None:
            t.add_literal(source, PROV.generatedAtTime, ingested_at.isoformat(), datatype=XSD.dateTime)
        if extraction.subject is not None:
            t.add(source, PG.describes, self.minter.document(extraction.subject))

        def evidence(ev: Evidence) -> str:
            node = evidence_done.get(ev)
            if node is None:
                node = evidence_done[ev] = self._evidence(t, name, source, ev)
            return node

        by_key: dict[str, list[LegalReference]] = defaultdict(list)
        identities: dict[str, DocumentIdentity] = {}
        for ref in extraction.references:
            by_key[ref.identity.key].append(ref)
            identities.setdefault(ref.identity.key, ref.identity)
        extra = [extraction.subject] if extraction.subject is not None else []
        for rel in extraction.relations:
            extra.extend((rel.subject, rel.object))
        for identity in extra:
            identities.setdefault(identity.key, identity)
        for key in sorted(identities):
            self._document(t, identities[key], by_key.get(key, []))

        for ref in extraction.references:
            mention = self.minter.mention(name, ref.start, ref.end)
            t.add(mention, RDF.type, PG.DocumentMention)
            t.add(mention, PG.refersTo, self.minter.document(ref.identity))
            t.add_literal(mention, PG.surface, ref.surface)
            t.add(mention, PG.evidence, evidence(ref.evidence))

        for rel in extraction.relations:
            subject_iri = self.minter.document(rel.subject)
            object_iri = self.minter.document(rel.object)
            t.add(subject_iri, self.link_properties[rel.type], object_iri)
            node = self.minter.relation(name, rel.subject, rel.object, rel.type)
            t.add(node, RDF.type, PG.DocumentRelation)
            t.add(node, PG.relationSubject, subject_iri)
            t.add(node, PG.relationObject, object_iri)
            t.add(node, PG.relationKind, PGS[f"relation/{rel.type}"])
            t.add_literal(node, RDFS.label, f"{rel.subject.label} {rel.type} {rel.object.label}")
            t.add(node, PG.evidence, evidence(rel.evidence))
        self._structure(t, extraction, evidence)
        return t

    # ---- structure: actors, places, areas, tasks, assignments, targets, years -------------------
    def _structure(self, t: TextTriples, extraction: Extraction, evidence: Callable[[Evidence], str]) -> None:
        """Actors, places, horizons; and the areas, tasks and targets of the text's subject document.

        Areas, tasks and targets belong to the document the text is about: a text whose subject is
        unknown keeps them in its JSON extraction but writes none (an area without its document would
        be a statement about nothing)."""
        name = extraction.source.name
        subject = self.minter.document(extraction.subject) if extraction.subject is not None else None
        for actor in extraction.actors:
            org = self.minter.actor(actor.id)
            t.add(org, RDF.type, ORG.Organization)
            t.add_literal(org, SKOS.prefLabel, actor.name, lang="vi")
            t.add_literal(org, RDFS.label, actor.name, lang="vi")
            for variant in actor.variants:
                if variant != actor.name:
                    t.add_literal(org, SKOS.altLabel, variant, lang="vi")
            for kind in (actor.kind, *actor.also_kinds):
                t.add(org, PG.actorKind, PGS[f"actor-kind/{kind}"])
            for ev in actor.mentions:
                t.add(org, PG.evidence, evidence(ev))
        for place in extraction.places:
            node = self.minter.place(place.id)
            t.add(node, RDF.type, PG.Place)
            t.add_literal(node, SKOS.prefLabel, place.name, lang="vi")
            t.add_literal(node, RDFS.label, place.name, lang="vi")
            for variant in place.variants:
                if variant != place.name:
                    t.add_literal(node, SKOS.altLabel, variant, lang="vi")
            t.add(node, PG.placeKind, PGS[f"place-kind/{place.kind}"])
            for ev in place.mentions:
                t.add(node, PG.evidence, evidence(ev))
        if subject is None:
            self._horizons(t, extraction)
            return
        areas = {}
        for area in extraction.solution_areas:
            node = self.minter.solution_area(name, area.path)
            areas[area.path] = node
            title = " ".join(area.title.split())
            t.add(node, RDF.type, PG.SolutionArea)
            t.add_literal(node, PG.ordinal, str(area.ordinal), datatype=XSD.integer)
            t.add_literal(node, PG.ordinalLabel, area.label)
            t.add_literal(node, DCTERMS.title, title, lang="vi")
            t.add_literal(node, RDFS.label, f"{area.label} {title}", lang="vi")
            t.add(node, PG.areaOf, subject)
            for theme in area.themes:
                t.add(node, DCTERMS.subject, PGS[f"theme/{theme}"])
            t.add(node, PG.evidence, evidence(area.evidence))
        for area in extraction.solution_areas:
            if area.parent is not None and area.parent in areas:
                t.add(areas[area.path], PG.parentArea, areas[area.parent])
        for task in extraction.tasks:
            node = self.minter.task(name, task.start, task.end)
            t.add(node, RDF.type, PG.Task)
            if task.area_path in areas:
                t.add(node, PG.inArea, areas[task.area_path])
            t.add(node, PG.taskOf, subject)
            t.add_literal(node, PG.text, task.text, lang="vi")
            for actor in task.actors:
                if actor.role is None:
                    continue
                assignment = self.minter.assignment(name, task.start, task.end, actor.id)
                t.add(node, PG.hasAssignment, assignment)
                t.add(assignment, RDF.type, PG.Assignment)
                t.add(assignment, PG.assignedActor, self.minter.actor(actor.id))
                t.add(assignment, PG.role, PGS[f"role/{actor.role}"])
                t.add(assignment, PG.evidence, evidence(actor.evidence))
            for place_id in task.place_ids:
                t.add(node, PG.concernsPlace, self.minter.place(place_id))
            for theme in task.themes:
                t.add(node, DCTERMS.subject, PGS[f"theme/{theme}"])
            t.add(node, PG.evidence, evidence(task.evidence))
        for target in extraction.targets:
            node = self.minter.target(name, target.start, target.end)
            t.add(node, RDF.type, PG.Target)
            t.add_literal(node, PG.text, target.text, lang="vi")
            if target.year is not None:
                t.add_literal(node, PG.targetYear, str(target.year), datatype=XSD.gYear)
            t.add(node, PG.targetOf, subject)
            t.add(node, PG.evidence, evidence(target.evidence))
        self._horizons(t, extraction)

    def _horizons(self, t: TextTriples, extraction: Extraction) -> None:
        for horizon in extraction.horizons:
            if horizon.document is None:
                continue
            year_property = PG.visionYear if horizon.kind == "vision" else PG.targetYear
            t.add_literal(self.minter.document(horizon.document), year_property, str(horizon.year),
                          datatype=XSD.gYear)

    # ---- parts ----------------------------------------------------------------------------------
    def _evidence(self, t: TextTriples, name: str, source: str, ev: Evidence) -> str:
        node = self.minter.evidence(name, ev.start, ev.end)
        t.add(node, RDF.type, PG.Evidence)
        t.add(node, PG.source, source)
        t.add_literal(node, PG.evidenceText, ev.text)
        t.add_literal(node, PG.startOffset, str(ev.start), datatype=XSD.integer)
        t.add_literal(node, PG.endOffset, str(ev.end), datatype=XSD.integer)
        t.add_literal(node, PG.sentence, ev.sentence)
        t.add_literal(node, PG.sentenceStart, str(ev.sentence_start), datatype=XSD.integer)
        t.add_literal(node, PG.sentenceEnd, str(ev.sentence_end), datatype=XSD.integer)
        return node

    def _organisation(self, t: TextTriples, name: str) -> str:
        """An issuer: the gazetteer's actor when the name is one of its forms (so "Chính phủ" the issuer
        and "Chính phủ" the actor of a task are one node, under the canonical name), else by its name."""
        known = self.actor_names.get(name_key(name))
        if known is not None:
            actor_id, canonical, kinds = known
            org = self.minter.actor(actor_id)
            name = canonical
            for kind in kinds:
                t.add(org, PG.actorKind, PGS[f"actor-kind/{kind}"])
        else:
            org = self.minter.organisation(name)
        t.add(org, RDF.type, ORG.Organization)
        t.add_literal(org, SKOS.prefLabel, name, lang="vi")
        t.add_literal(org, RDFS.label, name, lang="vi")
        return org

    def _document(self, t: TextTriples, identity: DocumentIdentity, refs: list[LegalReference]) -> None:
        doc = self.minter.document(identity)
        kind = self.kinds.get(identity.kind_code)
        t.add(doc, RDF.type, PG.PolicyDocument)
        if kind is not None:
            t.add(doc, ELI.type_document, PGS[f"document-kind/{kind.concept}"])
        label = identity.canonical_number or identity.name or identity.kind_code
        if kind is not None and identity.number is not None:
            t.add_literal(doc, RDFS.label, f"{kind.name_vi} {label}", lang="vi")
            t.add_literal(doc, RDFS.label, f"{kind.name_en} {label}", lang="en")
        else:
            names = [r.identity.name for r in refs if r.identity.name] or [label]
            t.add_literal(doc, RDFS.label, preferred(names), lang="vi")
        if identity.number is not None:
            t.add_literal(doc, ELI.id_local, identity.canonical_number or "")
        if identity.year is not None:
            t.add_literal(doc, PG.identityYear, str(identity.year), datatype=XSD.gYear)
        if identity.term is not None:
            t.add_literal(doc, PG["term"], identity.term)
        if not identity.is_complete or any(r.ambiguous for r in refs):
            t.add_literal(doc, PG.isAmbiguous, "true", datatype=XSD.boolean)
        dates = sorted({r.date for r in refs if r.date})
        for date in dates[:1]:
            t.add_literal(doc, ELI.date_document, date, datatype=XSD.date)
        titles = [r.title for r in refs if r.title]
        if titles:
            t.add_literal(doc, DCTERMS.title, preferred(titles), lang="vi")
        for issuer in sorted({r.issuer for r in refs if r.issuer}):
            t.add(doc, ELI.passed_by, self._organisation(t, issuer))
        inferred = sorted({r.issuer_inferred for r in refs if r.issuer_inferred and not r.issuer})
        for issuer in inferred:
            t.add(doc, PG.inferredIssuer, self._organisation(t, issuer))
