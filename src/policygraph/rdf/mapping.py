"""One mapping from an Extraction to RDF, in the ontology's terms only.

Every extracted statement (mention, relation) is a node with ``pg:evidence`` pointing to a
``pg:Evidence``: the source text, the sentence, and character offsets into the original text.
Documents get what the mentions say about them; a document only referenced elsewhere still gets a
node. All triples of one text go in one named graph (see :meth:`IriMinter.graph`), so the store can
replace a text's statements as a unit.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from policygraph.config import get_settings
from policygraph.extract.name_matcher import name_key
from policygraph.model import DocumentIdentity, Evidence, Extraction, LegalReference
from policygraph.rdf.identity import IriMinter
from policygraph.rdf.namespaces import ELI, LINK_PROPERTIES, PG, PGS, PREFIXES


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


@lru_cache(maxsize=1)
def _actor_names() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Written form (matching key) -> (actor id, canonical name, kinds), for the actors.json entries."""
    data = json.loads((get_settings().gazetteers_dir / "actors.json").read_text(encoding="utf-8"))
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for actor in data:
        kinds = (actor["kind"], *actor.get("also_kinds", []))
        for form in (actor["name"], *actor["variants"]):
            out.setdefault(name_key(form), (actor["id"], actor["name"], kinds))
    return out


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


class ExtractionMapper:
    """Turns Extractions into graphs; holds the IRI minter and the kind table."""

    def __init__(self, base_iri: str | None = None, patterns_dir: Path | None = None) -> None:
        settings = get_settings()
        self.minter = IriMinter(base_iri or settings.base_iri)
        self.kinds = kind_table(patterns_dir or settings.patterns_dir)
        self.issuer_codes = issuer_code_table(patterns_dir or settings.patterns_dir)

    def to_graph(self, extraction: Extraction, ingested_at: dt.datetime | None = None) -> Graph:
        g = new_graph()
        name = extraction.source.name
        source = self.minter.source(name)
        g.add((source, RDF.type, PG.SourceText))
        g.add((source, RDFS.label, Literal(name)))
        g.add((source, PG.fileName, Literal(name)))
        g.add((source, PG.sha256, Literal(extraction.source.sha256)))
        g.add((source, PG.charLength, Literal(extraction.source.length, datatype=XSD.integer)))
        g.add((source, PG.pipelineVersion, Literal(extraction.pipeline_version)))
        if ingested_at is not None:
            g.add((source, PROV.generatedAtTime, Literal(ingested_at.isoformat(), datatype=XSD.dateTime)))
        if extraction.subject is not None:
            g.add((source, PG.describes, self.minter.document(extraction.subject)))

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
            self._document(g, identities[key], by_key.get(key, []))

        for ref in extraction.references:
            mention = self.minter.mention(name, ref.start, ref.end)
            g.add((mention, RDF.type, PG.DocumentMention))
            g.add((mention, PG.refersTo, self.minter.document(ref.identity)))
            g.add((mention, PG.surface, Literal(ref.surface)))
            g.add((mention, PG.evidence, self._evidence(g, name, source, ref.evidence)))

        for rel in extraction.relations:
            subject_iri = self.minter.document(rel.subject)
            object_iri = self.minter.document(rel.object)
            g.add((subject_iri, LINK_PROPERTIES[rel.type], object_iri))
            node = self.minter.relation(name, rel.subject, rel.object, rel.type)
            g.add((node, RDF.type, PG.DocumentRelation))
            g.add((node, PG.relationSubject, subject_iri))
            g.add((node, PG.relationObject, object_iri))
            g.add((node, PG.relationKind, PGS[f"relation/{rel.type}"]))
            g.add((node, RDFS.label, Literal(f"{rel.subject.label} {rel.type} {rel.object.label}")))
            g.add((node, PG.evidence, self._evidence(g, name, source, rel.evidence)))
        self._structure(g, extraction, source)
        return g

    # ---- Extraction II: actors, places, areas, tasks, assignments, targets, years ----------------
    def _structure(self, g: Graph, extraction: Extraction, source: URIRef) -> None:
        """Actors, places, horizons; and the areas, tasks and targets of the text's subject document.

        Areas, tasks and targets belong to the document the text is about: a text whose subject is
        unknown keeps them in its JSON extraction but writes none (an area without its document would
        be a statement about nothing)."""
        name = extraction.source.name
        subject = self.minter.document(extraction.subject) if extraction.subject is not None else None
        for actor in extraction.actors:
            org = self.minter.actor(actor.id)
            g.add((org, RDF.type, ORG.Organization))
            g.add((org, SKOS.prefLabel, Literal(actor.name, lang="vi")))
            g.add((org, RDFS.label, Literal(actor.name, lang="vi")))
            for variant in actor.variants:
                if variant != actor.name:
                    g.add((org, SKOS.altLabel, Literal(variant, lang="vi")))
            for kind in (actor.kind, *actor.also_kinds):
                g.add((org, PG.actorKind, PGS[f"actor-kind/{kind}"]))
            for ev in actor.mentions:
                g.add((org, PG.evidence, self._evidence(g, name, source, ev)))
        for place in extraction.places:
            node = self.minter.place(place.id)
            g.add((node, RDF.type, PG.Place))
            g.add((node, SKOS.prefLabel, Literal(place.name, lang="vi")))
            g.add((node, RDFS.label, Literal(place.name, lang="vi")))
            for variant in place.variants:
                if variant != place.name:
                    g.add((node, SKOS.altLabel, Literal(variant, lang="vi")))
            g.add((node, PG.placeKind, PGS[f"place-kind/{place.kind}"]))
            for ev in place.mentions:
                g.add((node, PG.evidence, self._evidence(g, name, source, ev)))
        if subject is None:
            self._horizons(g, extraction)
            return
        areas = {}
        for area in extraction.solution_areas:
            node = self.minter.solution_area(name, area.path)
            areas[area.path] = node
            title = " ".join(area.title.split())
            g.add((node, RDF.type, PG.SolutionArea))
            g.add((node, PG.ordinal, Literal(area.ordinal, datatype=XSD.integer)))
            g.add((node, PG.ordinalLabel, Literal(area.label)))
            g.add((node, DCTERMS.title, Literal(title, lang="vi")))
            g.add((node, RDFS.label, Literal(f"{area.label} {title}", lang="vi")))
            g.add((node, PG.areaOf, subject))
            for theme in area.themes:
                g.add((node, DCTERMS.subject, PGS[f"theme/{theme}"]))
            g.add((node, PG.evidence, self._evidence(g, name, source, area.evidence)))
        for area in extraction.solution_areas:
            if area.parent is not None and area.parent in areas:
                g.add((areas[area.path], PG.parentArea, areas[area.parent]))
        for task in extraction.tasks:
            node = self.minter.task(name, task.start, task.end)
            g.add((node, RDF.type, PG.Task))
            if task.area_path in areas:
                g.add((node, PG.inArea, areas[task.area_path]))
            g.add((node, PG.taskOf, subject))
            g.add((node, PG.text, Literal(task.text, lang="vi")))
            for actor in task.actors:
                if actor.role is None:
                    continue
                assignment = self.minter.assignment(name, task.start, task.end, actor.id)
                g.add((node, PG.hasAssignment, assignment))
                g.add((assignment, RDF.type, PG.Assignment))
                g.add((assignment, PG.assignedActor, self.minter.actor(actor.id)))
                g.add((assignment, PG.role, PGS[f"role/{actor.role}"]))
                g.add((assignment, PG.evidence, self._evidence(g, name, source, actor.evidence)))
            for place_id in task.place_ids:
                g.add((node, PG.concernsPlace, self.minter.place(place_id)))
            for theme in task.themes:
                g.add((node, DCTERMS.subject, PGS[f"theme/{theme}"]))
            g.add((node, PG.evidence, self._evidence(g, name, source, task.evidence)))
        for target in extraction.targets:
            node = self.minter.target(name, target.start, target.end)
            g.add((node, RDF.type, PG.Target))
            g.add((node, PG.text, Literal(target.text, lang="vi")))
            if target.year is not None:
                g.add((node, PG.targetYear, Literal(str(target.year), datatype=XSD.gYear)))
            g.add((node, PG.targetOf, subject))
            g.add((node, PG.evidence, self._evidence(g, name, source, target.evidence)))
        self._horizons(g, extraction)

    def _horizons(self, g: Graph, extraction: Extraction) -> None:
        for horizon in extraction.horizons:
            if horizon.document is None:
                continue
            year_property = PG.visionYear if horizon.kind == "vision" else PG.targetYear
            g.add((self.minter.document(horizon.document), year_property,
                   Literal(str(horizon.year), datatype=XSD.gYear)))

    # ---- parts ----------------------------------------------------------------------------------
    def _evidence(self, g: Graph, name: str, source: URIRef, ev: Evidence) -> URIRef:
        node = self.minter.evidence(name, ev.start, ev.end)
        g.add((node, RDF.type, PG.Evidence))
        g.add((node, PG.source, source))
        g.add((node, PG.evidenceText, Literal(ev.text)))
        g.add((node, PG.startOffset, Literal(ev.start, datatype=XSD.integer)))
        g.add((node, PG.endOffset, Literal(ev.end, datatype=XSD.integer)))
        g.add((node, PG.sentence, Literal(ev.sentence)))
        g.add((node, PG.sentenceStart, Literal(ev.sentence_start, datatype=XSD.integer)))
        g.add((node, PG.sentenceEnd, Literal(ev.sentence_end, datatype=XSD.integer)))
        return node

    def _organisation(self, g: Graph, name: str) -> URIRef:
        """An issuer: the gazetteer's actor when the name is one of its forms (so "Chính phủ" the issuer
        and "Chính phủ" the actor of a task are one node, under the canonical name), else by its name."""
        known = _actor_names().get(name_key(name))
        if known is not None:
            actor_id, canonical, kinds = known
            org = self.minter.actor(actor_id)
            name = canonical
            for kind in kinds:
                g.add((org, PG.actorKind, PGS[f"actor-kind/{kind}"]))
        else:
            org = self.minter.organisation(name)
        g.add((org, RDF.type, ORG.Organization))
        g.add((org, SKOS.prefLabel, Literal(name, lang="vi")))
        g.add((org, RDFS.label, Literal(name, lang="vi")))
        return org

    def _document(self, g: Graph, identity: DocumentIdentity, refs: list[LegalReference]) -> None:
        doc = self.minter.document(identity)
        kind = self.kinds.get(identity.kind_code)
        g.add((doc, RDF.type, PG.PolicyDocument))
        if kind is not None:
            g.add((doc, ELI.type_document, PGS[f"document-kind/{kind.concept}"]))
        label = identity.canonical_number or identity.name or identity.kind_code
        if kind is not None and identity.number is not None:
            g.add((doc, RDFS.label, Literal(f"{kind.name_vi} {label}", lang="vi")))
            g.add((doc, RDFS.label, Literal(f"{kind.name_en} {label}", lang="en")))
        else:
            names = [r.identity.name for r in refs if r.identity.name] or [label]
            g.add((doc, RDFS.label, Literal(_best_written(names), lang="vi")))
        if identity.number is not None:
            g.add((doc, ELI.id_local, Literal(identity.canonical_number)))
        if identity.year is not None:
            g.add((doc, PG.identityYear, Literal(str(identity.year), datatype=XSD.gYear)))
        if identity.term is not None:
            g.add((doc, PG["term"], Literal(identity.term)))
        if not identity.is_complete or any(r.ambiguous for r in refs):
            g.add((doc, PG.isAmbiguous, Literal(True)))
        dates = sorted({r.date for r in refs if r.date})
        for date in dates[:1]:
            g.add((doc, ELI.date_document, Literal(date, datatype=XSD.date)))
        titles = [r.title for r in refs if r.title]
        if titles:
            g.add((doc, DCTERMS.title, Literal(_best_written(titles), lang="vi")))
        for issuer in sorted({r.issuer for r in refs if r.issuer}):
            g.add((doc, ELI.passed_by, self._organisation(g, issuer)))
        inferred = sorted({r.issuer_inferred for r in refs if r.issuer_inferred and not r.issuer})
        for issuer in inferred:
            g.add((doc, PG.inferredIssuer, self._organisation(g, issuer)))




def _best_written(forms: list[str]) -> str:
    """One form among several spellings: the longest that is not all upper case (headings shout)."""
    mixed = [f for f in forms if not f.isupper()]
    return max(mixed or forms, key=len)
