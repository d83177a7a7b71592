"""What the store says about documents, for the API: listing with filters, lookup by official
number, and one document with its links and their evidence.

Small queries, each bounded by the documents it asks about (VALUES), so they can run at request time
against the store directly; only the listing reads the IRIs of every matching document (its total,
and the page it cuts from them). No user input is pasted into a query: kinds and
issuers are resolved to IRIs through the data files first, numbers to the slug the IRIs are built
from, and ids are checked against the characters an IRI path may hold.

When the texts disagree about a document (two titles, two spellings of its number), the value
stated by the most texts wins, then one not all in capitals, then the longest: the rule the mapping
uses within one text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS
from rdflib.term import Identifier

from policygraph.api.models import (
    ActorRef,
    DocumentDetail,
    DocumentLink,
    DocumentList,
    DocumentRef,
    DocumentSummary,
    Evidence,
    PlaceRef,
    PolicyTask,
    SolutionArea,
    SourceTextInfo,
    TaskAssignment,
    ThemeLabel,
)
from policygraph.config import get_settings
from policygraph.model import DocumentIdentity
from policygraph.rdf.identity import IriMinter, ascii_slug
from policygraph.rdf.mapping import issuer_code_table, kind_table
from policygraph.rdf.namespaces import ELI, PG, PGS, sparql_prologue
from policygraph.store.base import GraphStore
from policygraph.trace import LINEAGE_ORDER

# What may follow the base IRI in a document id: the characters IriMinter writes, and a little more.
_ID = re.compile(r"^doc/[A-Za-z0-9._~%-]+(?:/[A-Za-z0-9._~%-]+)*$")
# What a document's summary is made from (GET /documents, the graph's nodes, a document's page).
SUMMARY_PREDICATES = (
    ELI.id_local, RDFS.label, ELI.type_document, ELI.date_document, DCTERMS.title, PG.identityYear, PG["term"],
    PG.isAmbiguous, ELI.passed_by, PG.inferredIssuer, PG.candidate,
)
_REF_PREDICATES = (ELI.id_local, RDFS.label)


class UnknownKind(ValueError):
    """A kind filter that names no document kind in data/patterns/document_kinds.json."""


@dataclass(frozen=True)
class DocumentFilter:
    kind: str | None = None
    issuer: str | None = None
    year: int | None = None
    number: str | None = None

    def query_parameters(self) -> dict[str, str]:
        return {k: str(v) for k, v in (("kind", self.kind), ("issuer", self.issuer), ("year", self.year),
                                        ("number", self.number)) if v is not None}


@dataclass
class FactValue:
    """One object of one predicate of a document, with how many named graphs (texts) state it.

    ``graphs`` is None when the value is the only one of its predicate: nothing is chosen by it, so
    the texts are not counted (see :meth:`DocumentCatalogue.facts`)."""

    term: Identifier
    graphs: int | None
    label: str | None = None  # the object's skos:prefLabel in Vietnamese, for concepts and organisations


@dataclass
class DocumentFacts:
    """What the texts state about one document, by predicate, and the rule that picks one value when
    they disagree: the form stated by the most texts, then one not all in capitals, then the longest."""

    values: dict[URIRef, list[FactValue]] = field(default_factory=lambda: defaultdict(list))

    def all(self, predicate: URIRef) -> list[FactValue]:
        # Most texts first; then a form that is not all upper case (headings shout), the longest.
        return sorted(self.values.get(predicate, []),
                      key=lambda v: (-(v.graphs or 0), str(v.term).isupper(), -len(str(v.term)), str(v.term),
                                     v.term.n3(), v.label or ""))

    def best(self, predicate: URIRef, lang: str | None = None) -> FactValue | None:
        values = self.all(predicate)
        if lang is not None:
            values = [v for v in values if isinstance(v.term, Literal) and v.term.language == lang]
        return values[0] if values else None

    def text(self, predicate: URIRef, lang: str | None = None) -> str | None:
        value = self.best(predicate, lang)
        return None if value is None else str(value.term)


def number_slug(number: str) -> str:
    """The last segment of the IRIs of documents with this official number: "07/NQ-CP" -> "7-nq-cp"."""
    compact = "".join(number.split())
    canonical = DocumentIdentity(kind_code="", number=compact).canonical_number or compact
    return ascii_slug(canonical)


class DocumentCatalogue:
    """Document queries over one store. Cheap to make: one per request."""

    def __init__(self, store: GraphStore) -> None:
        settings = get_settings()
        self.store = store
        self.minter = IriMinter(settings.base_iri)
        self.base = self.minter.base
        self.kinds = kind_table(settings.patterns_dir)
        self.issuer_codes = issuer_code_table(settings.patterns_dir)

    # ---- ids -------------------------------------------------------------------------------------
    def id_of(self, iri: str) -> str | None:
        return iri[len(self.base):] if iri.startswith(self.base) else None

    def iri_of(self, document_id: str) -> str | None:
        """The IRI for an id, or None when the id cannot be one (wrong prefix or characters)."""
        document_id = document_id.strip().strip("/")
        if document_id.startswith(self.base):
            document_id = document_id[len(self.base):]
        return self.base + document_id if _ID.match(document_id) else None

    def exists(self, iri: str) -> bool:
        return self.store.ask(sparql_prologue() + f"ASK {{ <{iri}> a pg:PolicyDocument }}")

    def resolve(self, reference: str) -> list[str]:
        """The documents a client may mean by ``reference``: an id, an IRI, or an official number."""
        iri = self.iri_of(reference)
        if iri is not None and self.exists(iri):
            return [iri]
        if reference.strip().startswith(("doc/", self.base)):
            return []
        return self.find_by_number(reference)

    def find_by_number(self, number: str) -> list[str]:
        """Documents whose official number is ``number``, written with or without leading zeros,
        diacritics, case or spaces ("07/NQ-CP", "7/nq-cp" and "7/NQ-CP" are one number)."""
        slug = number_slug(number)
        if not slug.strip("-") or slug == "x":
            return []
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?doc WHERE {{
              ?doc eli:id_local ?n ; a pg:PolicyDocument .
              FILTER(STRSTARTS(STR(?doc), "{self.base}doc/") && STRENDS(STR(?doc), "/{slug}"))
            }} ORDER BY ?doc""").rows
        return [str(r[0]) for r in rows]

    def near_misses(self, document_id: str, limit: int = 5) -> list[str]:
        """Documents whose id ends like ``document_id`` (same number, another kind or year)."""
        slug = ascii_slug(document_id.rstrip("/").rsplit("/", 1)[-1])
        if slug == "x":
            return []
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?doc WHERE {{
              ?doc a pg:PolicyDocument .
              FILTER(STRSTARTS(STR(?doc), "{self.base}doc/") && STRENDS(STR(?doc), "/{slug}"))
            }} ORDER BY ?doc LIMIT {limit}""").rows
        return [str(r[0]) for r in rows]

    # ---- filters ---------------------------------------------------------------------------------
    def kind_concepts(self, kind: str) -> list[str]:
        """Concept IRIs of the kinds ``kind`` names: a code (NQ, QĐ, QD), or a name (Nghị quyết, Resolution)."""
        wanted = ascii_slug(kind)
        found = sorted({
            str(PGS[f"document-kind/{names.concept}"])
            for code, names in self.kinds.items()
            if wanted in {ascii_slug(code), ascii_slug(names.concept), ascii_slug(names.name_vi),
                          ascii_slug(names.name_en)}
        })
        if not found:
            known = ", ".join(sorted({names.concept for names in self.kinds.values()}))
            raise UnknownKind(f"unknown document kind {kind!r}; use a code such as {known}")
        return found

    def issuer_patterns(self, issuer: str) -> tuple[list[str], list[str]]:
        """Organisation IRIs and number-suffix codes that an issuer filter stands for.

        An issuer code (TW, CP, TTg ...) matches the documents whose number ends with it and the
        body it names; a body's name (Bộ Chính trị, chinh-phu) matches documents it passed or that are
        inferred to be its.
        """
        wanted = ascii_slug(issuer)
        codes = [code for code in self.issuer_codes if ascii_slug(code) == wanted]
        names = [issuer] + [self.issuer_codes[code] for code in codes]
        organisations = sorted({str(self.minter.organisation(name)) for name in names})
        return organisations, codes

    def filter_patterns(self, filters: DocumentFilter) -> str:
        """The SPARQL graph patterns that bind ``?doc`` to the documents ``filters`` match, for a query's
        WHERE clause (the listing here, the graph view's). Raises UnknownKind for a kind no data file names."""
        parts = ["?doc a pg:PolicyDocument ."]
        if filters.kind is not None:
            concepts = " ".join(f"<{c}>" for c in self.kind_concepts(filters.kind))
            parts.append(f"VALUES ?kindFilter {{ {concepts} }} ?doc eli:type_document ?kindFilter .")
        if filters.issuer is not None:
            organisations, codes = self.issuer_patterns(filters.issuer)
            values = " ".join(f"<{o}>" for o in organisations)
            branches = [f"{{ VALUES ?issuerFilter {{ {values} }} ?doc eli:passed_by|pg:inferredIssuer ?issuerFilter }}"]
            for code in codes:  # letters only: they come from data/patterns/issuers.json
                branches.append(
                    f'{{ ?doc eli:id_local ?issuerNumber FILTER(REGEX(STR(?issuerNumber), "[-/]{code}[0-9]*$", "i")) }}'
                )
            parts.append("FILTER EXISTS { " + " UNION ".join(branches) + " }")
        if filters.year is not None:
            year = filters.year
            parts.append(
                f'FILTER EXISTS {{ {{ ?doc pg:identityYear ?yearFilter FILTER(STR(?yearFilter) = "{year:04d}") }}'
                f" UNION {{ FILTER NOT EXISTS {{ ?doc pg:identityYear ?anyYear }}"
                f" ?doc eli:date_document ?dateFilter FILTER(YEAR(?dateFilter) = {year}) }} }}"
            )
        if filters.number is not None:
            slug = number_slug(filters.number)
            parts.append(f'?doc eli:id_local ?numberFilter . FILTER(STRENDS(STR(?doc), "/{slug}"))')
        parts.append(f'FILTER(STRSTARTS(STR(?doc), "{self.base}doc/"))')
        return "\n  ".join(parts)

    # ---- listing ---------------------------------------------------------------------------------
    def list_documents(self, filters: DocumentFilter, limit: int, offset: int) -> DocumentList:
        # Every matching IRI, sorted here (code point order, as ORDER BY orders IRIs): Oxigraph's ORDER BY
        # reads each IRI's text per comparison, a second for 10,000 documents; this is one scan, and the count.
        query = f"{sparql_prologue()}SELECT DISTINCT ?doc WHERE {{\n  {self.filter_patterns(filters)}\n}}"
        matching = sorted(str(r[0]) for r in self.store.select(query).rows)
        total = len(matching)
        page = matching[offset:offset + limit]
        summaries = self.summaries(page)
        following = None
        if offset + limit < total:
            parameters = {**filters.query_parameters(), "limit": limit, "offset": offset + limit}
            following = "/documents?" + urlencode(parameters)
        return DocumentList(total=total, limit=limit, offset=offset, next=following,
                            items=[summaries[iri] for iri in page])

    # ---- facts about documents -------------------------------------------------------------------
    def facts(self, iris: Iterable[str], predicates: Iterable[URIRef]) -> dict[str, DocumentFacts]:
        """What the texts state about each of ``iris`` with ``predicates``.

        Two queries. The values come from the merge of the texts' graphs (the default graph), with the
        documents bound. Then, only for a predicate with several values for one document (two titles, two
        spellings of its number, candidates), the texts stating each value are counted, graph by graph: the
        rule picks the value most texts state. Counting every fact of a few hundred much-cited documents
        would cost seconds on a 10,000-document store; competing values are few.
        """
        iris = sorted(set(iris))
        predicates = list(dict.fromkeys(predicates))
        facts: dict[str, DocumentFacts] = {iri: DocumentFacts() for iri in iris}
        if not iris or not predicates:
            return facts
        # The predicates in a FILTER, not a second VALUES block: Oxigraph joins two VALUES blocks with the
        # pattern by reading every statement of the store (seconds on 10,000 documents).
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?doc ?p ?o ?label WHERE {{
              VALUES ?doc {{ {" ".join(f"<{i}>" for i in iris)} }}
              ?doc ?p ?o FILTER(?p IN ({", ".join(f"<{p}>" for p in predicates)}))
              OPTIONAL {{ ?o skos:prefLabel ?label FILTER(lang(?label) = "vi") }}
            }}""").dicts()
        stated: dict[tuple[str, URIRef], list[tuple[Identifier, str | None]]] = defaultdict(list)
        for row in rows:
            stated[(str(row["doc"]), row["p"])].append((row["o"], None if row["label"] is None else str(row["label"])))
        competing = {key for key, values in stated.items() if len({term for term, _ in values}) > 1}
        graphs = self._graphs_stating(sorted(competing))
        for (iri, predicate), values in stated.items():
            for term, label in values:
                if (iri, predicate) not in competing:
                    facts[iri].values[predicate].append(FactValue(term, None, label))
                elif (iri, predicate, term) in graphs:  # else no text states it any more: not a fact
                    facts[iri].values[predicate].append(FactValue(term, graphs[(iri, predicate, term)], label))
        return facts

    def _graphs_stating(self, pairs: list[tuple[str, URIRef]]) -> dict[tuple[str, URIRef, Identifier], int]:
        """For each (document, predicate) of ``pairs``, how many texts' graphs state each of its values."""
        if not pairs:
            return {}
        # A store that keeps the merge of the texts' graphs as a graph of its own must not count it.
        merged = getattr(self.store, "union_graph", None)
        not_merged = f"FILTER(?g != <{merged}>)" if merged else ""
        rows = self.store.select(sparql_prologue() + f"""
            SELECT ?doc ?p ?o (COUNT(DISTINCT ?g) AS ?graphs) WHERE {{
              VALUES (?doc ?p) {{ {" ".join(f"(<{doc}> <{predicate}>)" for doc, predicate in pairs)} }}
              GRAPH ?g {{ ?doc ?p ?o }} {not_merged}
            }} GROUP BY ?doc ?p ?o""").dicts()
        return {(str(row["doc"]), row["p"], row["o"]): int(row["graphs"]) for row in rows}

    def _ref(self, iri: str, facts: DocumentFacts) -> dict[str, object]:
        document_id = self.id_of(iri)
        return {
            "id": document_id,
            "iri": iri,
            "number": facts.text(ELI.id_local),
            "label": facts.text(RDFS.label, "vi") or facts.text(RDFS.label),
            "href": f"/documents/{document_id}" if document_id else None,
        }

    def refs(self, iris: Iterable[str]) -> dict[str, DocumentRef]:
        facts = self.facts(iris, _REF_PREDICATES)
        return {iri: DocumentRef(**self._ref(iri, f)) for iri, f in facts.items()}

    def ingested_among(self, iris: list[str]) -> set[str]:
        """Those of ``iris`` whose own text is in the store (a source text describes them), in one query:
        the others are only cited."""
        if not iris:
            return set()
        docs = " ".join(f"<{i}>" for i in iris)
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?doc WHERE {{ VALUES ?doc {{ {docs} }} ?source pg:describes ?doc }}""").rows
        return {str(r[0]) for r in rows}

    def summary_fields(self, iri: str, facts: DocumentFacts, ingested: bool) -> dict[str, object]:
        """The fields of a :class:`DocumentSummary` from a document's facts (of SUMMARY_PREDICATES), as
        a dict, for the models that extend the summary (DocumentDetail, the graph's nodes) to add theirs."""
        kind = facts.best(ELI.type_document)
        identity_year = facts.text(PG.identityYear)
        date = facts.text(ELI.date_document)
        year = None
        if identity_year and identity_year[:4].isdigit():
            year = int(identity_year[:4])
        elif date and date[:4].isdigit():
            year = int(date[:4])
        ambiguous = facts.best(PG.isAmbiguous)
        return {
            **self._ref(iri, facts),
            "kind": str(kind.term).rsplit("/", 1)[-1] if kind else None,
            "kind_label": kind.label if kind else None,
            "year": year,
            "term": facts.text(PG["term"]),
            "date": date,
            "title": facts.text(DCTERMS.title, "vi") or facts.text(DCTERMS.title),
            "issuers": _organisation_names(facts.all(ELI.passed_by)),
            "inferred_issuers": _organisation_names(facts.all(PG.inferredIssuer)),
            "ambiguous": bool(ambiguous and str(ambiguous.term).lower() in {"true", "1"}),
            "ingested": ingested,
        }

    def summaries(self, iris: list[str]) -> dict[str, DocumentSummary]:
        facts = self.facts(iris, SUMMARY_PREDICATES)
        ingested = self.ingested_among(iris)
        return {iri: DocumentSummary(**self.summary_fields(iri, f, iri in ingested)) for iri, f in facts.items()}

    # ---- one document ----------------------------------------------------------------------------
    def detail(self, iri: str) -> DocumentDetail:
        facts = self.facts([iri], SUMMARY_PREDICATES)[iri]
        links = self._links(iri)
        others = {link["other"] for link in links} | {str(v.term) for v in facts.all(PG.candidate)}
        refs = self.refs(others)
        outgoing, incoming = [], []
        for link in links:
            item = DocumentLink(
                relation=link["relation"],
                relation_iri=link["relation_iri"],
                document=refs[link["other"]],
                evidence=Evidence(text=link["text"], sentence=link["sentence"], source=link["file"],
                                  start=link["start"], end=link["end"]),
                statement=link["statement"],
            )
            (outgoing if link["direction"] == "outgoing" else incoming).append(item)
        sources = self._sources(iri)
        areas, tasks, theme_labels = self._structure(iri)
        return DocumentDetail(
            **self.summary_fields(iri, facts, bool(sources)),
            candidates=[refs[str(v.term)] for v in facts.all(PG.candidate)],
            sources=sources,
            mentioned_in=self._mentioned_in(iri),
            outgoing=outgoing,
            incoming=incoming,
            solution_areas=areas,
            tasks=tasks,
            theme_labels=theme_labels,
        )

    def _links(self, iri: str) -> list[dict[str, object]]:
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?rel ?direction ?other ?kind ?text ?sentence ?start ?end ?file WHERE {{
              {{ ?rel pg:relationSubject <{iri}> ; pg:relationObject ?other . BIND("outgoing" AS ?direction) }}
              UNION
              {{ ?rel pg:relationObject <{iri}> ; pg:relationSubject ?other . BIND("incoming" AS ?direction) }}
              ?rel a pg:DocumentRelation ; pg:relationKind ?kind ; pg:evidence ?ev .
              ?ev pg:evidenceText ?text ; pg:startOffset ?start ; pg:endOffset ?end .
              OPTIONAL {{ ?ev pg:sentence ?sentence }}
              OPTIONAL {{ ?ev pg:source/pg:fileName ?file }}
            }}""").dicts()
        links: dict[tuple[str, str], dict[str, object]] = {}
        for row in rows:
            key = (str(row["rel"]), str(row["direction"]))
            if key in links:
                continue
            kind_iri = str(row["kind"])
            links[key] = {
                "statement": str(row["rel"]),
                "direction": str(row["direction"]),
                "other": str(row["other"]),
                "relation": kind_iri.rsplit("/", 1)[-1],
                "relation_iri": kind_iri,
                "text": str(row["text"]),
                "sentence": "" if row["sentence"] is None else str(row["sentence"]),
                "file": "" if row["file"] is None else str(row["file"]),
                "start": int(row["start"]),
                "end": int(row["end"]),
            }
        return sorted(links.values(), key=lambda link: (
            LINEAGE_ORDER.get(str(link["relation"]), len(LINEAGE_ORDER)), str(link["other"]), str(link["file"]),
            link["start"],
        ))

    def _sources(self, iri: str) -> list[SourceTextInfo]:
        rows = self.store.select(sparql_prologue() + f"""
            SELECT ?source (SAMPLE(?f) AS ?file) (SAMPLE(?s) AS ?sha) (SAMPLE(?n) AS ?length)
                   (MAX(?t) AS ?at) (SAMPLE(?v) AS ?version) WHERE {{
              ?source pg:describes <{iri}> .
              OPTIONAL {{ ?source pg:fileName ?f }} OPTIONAL {{ ?source pg:sha256 ?s }}
              OPTIONAL {{ ?source pg:charLength ?n }} OPTIONAL {{ ?source prov:generatedAtTime ?t }}
              OPTIONAL {{ ?source pg:pipelineVersion ?v }}
            }} GROUP BY ?source ORDER BY ?file""").dicts()
        return [
            SourceTextInfo(
                file=str(row["file"] if row["file"] is not None else row["source"]),
                sha256=None if row["sha"] is None else str(row["sha"]),
                length=None if row["length"] is None else int(row["length"]),
                ingested_at=None if row["at"] is None else str(row["at"]),
                pipeline_version=None if row["version"] is None else str(row["version"]),
                href=None if row["file"] is None else source_href(str(row["file"])),
            )
            for row in rows
        ]

    def _mentioned_in(self, iri: str) -> list[str]:
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?file WHERE {{ ?mention pg:refersTo <{iri}> ; pg:evidence/pg:source/pg:fileName ?file }}
            ORDER BY ?file""").rows
        return [str(r[0]) for r in rows]


    # ---- areas and tasks -------------------------------------------------------------------------
    def _structure(self, iri: str) -> tuple[list[SolutionArea], list[PolicyTask], dict[str, ThemeLabel]]:
        """The document's solution areas (every level) and tasks, each task with its actors and roles.

        A handful of queries bounded by the document, one per kind of node, joined here: one query
        joining areas, tasks, assignments, actors and their evidence would repeat every row per
        combination of the optional parts."""
        doc = f"<{iri}>"
        areas = self._rows(f"""
            SELECT ?area ?ordinal ?label ?title ?parent {_EVIDENCE_VARS} WHERE {{
              ?area pg:areaOf {doc} ; a pg:SolutionArea ; pg:ordinal ?ordinal .
              OPTIONAL {{ ?area pg:ordinalLabel ?label }}
              OPTIONAL {{ ?area dcterms:title ?title }}
              OPTIONAL {{ ?area pg:parentArea ?parent }}
              {_evidence_pattern("?area")}
            }}""", "area")
        tasks = self._rows(f"""
            SELECT ?task ?area ?text {_EVIDENCE_VARS} WHERE {{
              ?task pg:taskOf {doc} ; a pg:Task .
              OPTIONAL {{ ?task pg:inArea ?area }}
              OPTIONAL {{ ?task pg:text ?text }}
              {_evidence_pattern("?task")}
            }}""", "task")
        themes = defaultdict(set)
        # The scheme is in the store (ingest loads ontology/schemes), so the page can name each theme.
        theme_labels: dict[str, ThemeLabel] = {}
        for row in self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?node ?theme ?vi ?en WHERE {{
              {{ ?node pg:areaOf {doc} }} UNION {{ ?node pg:taskOf {doc} }}
              ?node dcterms:subject ?theme .
              OPTIONAL {{ ?theme skos:prefLabel ?vi FILTER(lang(?vi) = "vi") }}
              OPTIONAL {{ ?theme skos:prefLabel ?en FILTER(lang(?en) = "en") }}
            }}""").dicts():
            code = str(row["theme"]).rsplit("/", 1)[-1]
            themes[str(row["node"])].add(code)
            theme_labels[code] = ThemeLabel(vi=_text(row["vi"]), en=_text(row["en"]))
        places: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for row in self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?task ?place ?name WHERE {{
              ?task pg:taskOf {doc} ; pg:concernsPlace ?place .
              OPTIONAL {{ ?place skos:prefLabel ?name FILTER(langMatches(lang(?name), "vi")) }}
            }}""").dicts():
            names = places[str(row["task"])][str(row["place"])]
            if row["name"] is not None:
                names.add(str(row["name"]))
        assignments = self._assignments(doc)

        paths = _area_paths(areas)
        counts: dict[str, int] = defaultdict(int)
        for task in tasks.values():
            if task["area"] is not None:
                counts[str(task["area"])] += 1
        area_models = [
            SolutionArea(
                iri=area_iri,
                path=paths[area_iri],
                ordinal=int(row["ordinal"]),
                ordinal_label=_text(row["label"]),
                title=_text(row["title"]),
                parent=_text(row["parent"]),
                themes=sorted(themes[area_iri]),
                task_count=counts[area_iri],
                evidence=_evidence(row),
            )
            for area_iri, row in areas.items()
        ]
        area_models.sort(key=lambda a: (a.evidence.source if a.evidence else "",
                                        tuple(int(part) for part in a.path.split("."))))
        task_models = [
            PolicyTask(
                iri=task_iri,
                area=_text(row["area"]),
                area_path=paths.get(str(row["area"])) if row["area"] is not None else None,
                text=_text(row["text"]),
                assignments=assignments.get(task_iri, []),
                places=sorted((PlaceRef(iri=place, name=min(names, default=None))
                               for place, names in places[task_iri].items()), key=lambda p: (p.name or "", p.iri)),
                themes=sorted(themes[task_iri]),
                evidence=_evidence(row),
            )
            for task_iri, row in tasks.items()
        ]
        task_models.sort(key=lambda t: (t.evidence.source, t.evidence.start, t.iri) if t.evidence else ("", 0, t.iri))
        return area_models, task_models, dict(sorted(theme_labels.items()))

    def _assignments(self, doc: str) -> dict[str, list[TaskAssignment]]:
        rows = self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?task ?assignment ?actor ?name ?role ?roleLabel {_EVIDENCE_VARS} WHERE {{
              ?task pg:taskOf {doc} ; pg:hasAssignment ?assignment .
              ?assignment pg:assignedActor ?actor ; pg:role ?role .
              OPTIONAL {{ ?actor skos:prefLabel ?name FILTER(langMatches(lang(?name), "vi")) }}
              OPTIONAL {{ ?role skos:prefLabel ?roleLabel FILTER(langMatches(lang(?roleLabel), "vi")) }}
              {_evidence_pattern("?assignment")}
            }}""").dicts()
        kinds = defaultdict(set)
        for row in self.store.select(sparql_prologue() + f"""
            SELECT DISTINCT ?actor ?kind WHERE {{
              ?task pg:taskOf {doc} ; pg:hasAssignment/pg:assignedActor ?actor . ?actor pg:actorKind ?kind .
            }}""").dicts():
            kinds[str(row["actor"])].add(str(row["kind"]).rsplit("/", 1)[-1])
        # One row per assignment: the smallest name and label when a store holds several.
        chosen: dict[str, dict[str, object]] = {}
        for row in sorted(rows, key=lambda r: tuple(str(r[k] or "") for k in ("assignment", "name", "roleLabel"))):
            chosen.setdefault(str(row["assignment"]), row)
        out: dict[str, list[TaskAssignment]] = defaultdict(list)
        for row in chosen.values():
            actor = str(row["actor"])
            role = str(row["role"])
            out[str(row["task"])].append(TaskAssignment(
                actor=ActorRef(iri=actor, name=_text(row["name"]), kinds=sorted(kinds[actor])),
                role=role.rsplit("/", 1)[-1],
                role_iri=role,
                role_label=_text(row["roleLabel"]),
                evidence=_evidence(row),
            ))
        for items in out.values():
            items.sort(key=lambda a: (a.evidence.start if a.evidence else -1, a.actor.name or "", a.actor.iri))
        return out

    def _rows(self, query: str, key: str) -> dict[str, dict[str, object]]:
        """The rows of ``query`` by the node in ``key``: the first in a stable order when there are several
        (a second title in another language, a node stated by two texts)."""
        rows = self.store.select(sparql_prologue() + query).dicts()
        out: dict[str, dict[str, object]] = {}
        for row in sorted(rows, key=lambda r: tuple(str(v) if v is not None else "" for v in r.values())):
            out.setdefault(str(row[key]), row)
        return out


# The evidence of a node: the span, its offsets, the sentence and the source file.
_EVIDENCE_VARS = "?evText ?evStart ?evEnd ?evSentence ?evFile"


def _evidence_pattern(node: str) -> str:
    return (f"OPTIONAL {{ {node} pg:evidence ?ev . ?ev pg:evidenceText ?evText ; pg:startOffset ?evStart ; "
            "pg:endOffset ?evEnd . OPTIONAL { ?ev pg:sentence ?evSentence } "
            "OPTIONAL { ?ev pg:source/pg:fileName ?evFile } }")


def _evidence(row: dict[str, object]) -> Evidence | None:
    if row.get("evText") is None or row.get("evStart") is None or row.get("evEnd") is None:
        return None
    return Evidence(text=str(row["evText"]), sentence=_text(row.get("evSentence")) or "",
                    source=_text(row.get("evFile")) or "", start=int(str(row["evStart"])),
                    end=int(str(row["evEnd"])))


def _text(term: object) -> str | None:
    return None if term is None else str(term)


def _area_paths(areas: dict[str, dict[str, object]]) -> dict[str, str]:
    """Each area's ordinals from the top level, joined by dots ("3.1"); a parent cycle stops the walk."""
    paths: dict[str, str] = {}
    for iri in areas:
        parts, seen, node = [], set(), iri
        while node in areas and node not in seen:
            seen.add(node)
            parts.append(str(int(str(areas[node]["ordinal"]))))
            parent = areas[node]["parent"]
            node = str(parent) if parent is not None else ""
        paths[iri] = ".".join(reversed(parts))
    return paths


def source_href(file_name: str) -> str:
    """The API path of a source text: GET /sources/{file}."""
    return "/sources/" + quote(file_name, safe="/")


def _organisation_names(values: list[FactValue]) -> list[str]:
    names = {v.label or str(v.term).rsplit("/", 1)[-1] for v in values}
    return sorted(names)


__all__ = [
    "SUMMARY_PREDICATES", "DocumentCatalogue", "DocumentFacts", "DocumentFilter", "FactValue", "UnknownKind",
    "number_slug", "source_href",
]
