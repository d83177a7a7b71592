"""What the store says about documents: lookup by id or official number, the filtered listing, and one
document with its links, sources, areas and tasks.

Small queries, each bounded by the documents it asks about (VALUES), so they can run at request time
against the store directly; only the listing reads the IRIs of every matching document (its total,
and the page it cuts from them). No user input is pasted into a query: kinds and issuers are resolved
to IRIs through the data files first, numbers to the slug the IRIs are built from, ids are checked
against the characters an IRI path may hold, and every value is written by the serialisers of
catalogue/templates.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDFS

from policygraph.catalogue.facts import REF_PREDICATES, SUMMARY_PREDICATES, DocumentFacts, FactValue, read_facts
from policygraph.catalogue.filters import DocumentFilter, FilterPatterns
from policygraph.catalogue.ids import DocumentIds, document_href, number_slug, source_href
from policygraph.catalogue.records import (
    DocumentDetail,
    DocumentLink,
    DocumentList,
    DocumentRef,
    DocumentSummary,
    Evidence,
    SourceTextInfo,
)
from policygraph.catalogue.structure import document_structure
from policygraph.catalogue.templates import integer, iri, iris, literal, render
from policygraph.rdf.identity import IriMinter, ascii_slug
from policygraph.rdf.mapping import KindNames, issuer_code_table, kind_table
from policygraph.rdf.namespaces import ELI, PG, sparql_prologue
from policygraph.store.base import GraphStore
from policygraph.trace import LINEAGE_ORDER


class DocumentCatalogue:
    """Document queries over one store. Cheap to make: one per request.

    It reads no settings: the caller gives the store, the base IRI of the data and the folder of the
    kind and issuer tables (data/patterns), so the CLI, a notebook and the API make it the same way."""

    def __init__(self, store: GraphStore, base_iri: str, patterns_dir: Path) -> None:
        self.store = store
        self.minter = IriMinter(base_iri)
        self.base = self.minter.base
        self.ids = DocumentIds(self.base)
        self.kinds: Mapping[str, KindNames] = kind_table(patterns_dir)
        self.issuer_codes: Mapping[str, str] = issuer_code_table(patterns_dir)
        self.filters = FilterPatterns(self.minter, self.kinds, self.issuer_codes)

    # ---- ids -------------------------------------------------------------------------------------
    def id_of(self, document: str) -> str | None:
        return self.ids.id_of(document)

    def iri_of(self, document_id: str) -> str | None:
        """The IRI for an id, or None when the id cannot be one (wrong prefix or characters)."""
        return self.ids.iri_of(document_id)

    def exists(self, document: str) -> bool:
        return self.store.ask(sparql_prologue() + f"ASK {{ {iri(document)} a pg:PolicyDocument }}")

    def resolve(self, reference: str) -> list[str]:
        """The documents a client may mean by ``reference``: an id, an IRI, or an official number."""
        document = self.iri_of(reference)
        if document is not None and self.exists(document):
            return [document]
        if reference.strip().startswith(("doc/", self.base)):
            return []
        return self.find_by_number(reference)

    def find_by_number(self, number: str) -> list[str]:
        """Documents whose official number is ``number``, written with or without leading zeros,
        diacritics, case or spaces ("07/NQ-CP", "7/nq-cp" and "7/NQ-CP" are one number)."""
        slug = number_slug(number)
        if not slug.strip("-") or slug == "x":
            return []
        rows = self.store.select(render("documents_by_number", prefix=literal(self.base + "doc/"),
                                        suffix=literal("/" + slug))).rows
        return [str(r[0]) for r in rows]

    def near_misses(self, document_id: str, limit: int = 5) -> list[str]:
        """Documents whose id ends like ``document_id`` (same number, another kind or year)."""
        slug = ascii_slug(document_id.rstrip("/").rsplit("/", 1)[-1])
        if slug == "x":
            return []
        rows = self.store.select(render("documents_ending_like", prefix=literal(self.base + "doc/"),
                                        suffix=literal("/" + slug), limit=integer(limit))).rows
        return [str(r[0]) for r in rows]

    # ---- filters ---------------------------------------------------------------------------------
    def filter_patterns(self, filters: DocumentFilter) -> str:
        """The graph patterns binding ``?doc`` to the documents ``filters`` match (see FilterPatterns)."""
        return self.filters.patterns(filters)

    # ---- listing ---------------------------------------------------------------------------------
    def list_documents(self, filters: DocumentFilter, limit: int, offset: int) -> DocumentList:
        # Every matching IRI, sorted here (code point order, as ORDER BY orders IRIs): Oxigraph's ORDER BY
        # reads each IRI's text per comparison, which is slow on a large store; this is one scan, and the count.
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
                            items=tuple(summaries[document] for document in page))

    # ---- facts about documents -------------------------------------------------------------------
    def facts(self, documents: Iterable[str], predicates: Iterable[URIRef]) -> dict[str, DocumentFacts]:
        """What the texts state about each of ``documents`` with ``predicates`` (see read_facts)."""
        return read_facts(self.store, documents, predicates)

    def _ref_fields(self, document: str, facts: DocumentFacts) -> dict[str, object]:
        document_id = self.id_of(document)
        return {
            "id": document_id,
            "iri": document,
            "number": facts.text(ELI.id_local),
            "label": facts.text(RDFS.label, "vi") or facts.text(RDFS.label),
            "href": document_href(document_id),
        }

    def refs(self, documents: Iterable[str]) -> dict[str, DocumentRef]:
        facts = self.facts(documents, REF_PREDICATES)
        return {document: DocumentRef(**self._ref_fields(document, f)) for document, f in facts.items()}

    def ingested_among(self, documents: list[str]) -> set[str]:
        """Those of ``documents`` whose own text is in the store (a source text describes them), in one
        query: the others are only cited."""
        if not documents:
            return set()
        rows = self.store.select(render("ingested_among", documents=iris(documents))).rows
        return {str(r[0]) for r in rows}

    def summary_fields(self, document: str, facts: DocumentFacts, ingested: bool) -> dict[str, object]:
        """The fields of a :class:`DocumentSummary` from a document's facts (of SUMMARY_PREDICATES), as
        a dict, for the records that extend the summary (DocumentDetail, the graph's nodes) to add theirs."""
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
            **self._ref_fields(document, facts),
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

    def summaries(self, documents: list[str]) -> dict[str, DocumentSummary]:
        facts = self.facts(documents, SUMMARY_PREDICATES)
        ingested = self.ingested_among(documents)
        return {document: DocumentSummary(**self.summary_fields(document, f, document in ingested))
                for document, f in facts.items()}

    # ---- one document ----------------------------------------------------------------------------
    def detail(self, document: str) -> DocumentDetail:
        facts = self.facts([document], SUMMARY_PREDICATES)[document]
        links = self._links(document)
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
        sources = self.sources(document)
        structure = document_structure(self.store, document)
        return DocumentDetail(
            **self.summary_fields(document, facts, bool(sources)),
            candidates=tuple(refs[str(v.term)] for v in facts.all(PG.candidate)),
            sources=tuple(sources),
            mentioned_in=tuple(self.mentioned_in(document)),
            outgoing=tuple(outgoing),
            incoming=tuple(incoming),
            solution_areas=structure.solution_areas,
            tasks=structure.tasks,
            theme_labels=structure.theme_labels,
        )

    def _links(self, document: str) -> list[dict[str, Any]]:
        rows = self.store.select(render("document_links", document=iri(document))).dicts()
        links: dict[tuple[str, str], dict[str, Any]] = {}
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

    def sources(self, document: str) -> list[SourceTextInfo]:
        """The ingested texts that are ``document`` (pg:describes), by file name."""
        rows = self.store.select(render("document_sources", document=iri(document))).dicts()
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

    def mentioned_in(self, document: str) -> list[str]:
        """The files of the texts that mention ``document``."""
        rows = self.store.select(render("mentioned_in", document=iri(document))).rows
        return [str(r[0]) for r in rows]


def _organisation_names(values: list[FactValue]) -> tuple[str, ...]:
    names = {v.label or str(v.term).rsplit("/", 1)[-1] for v in values}
    return tuple(sorted(names))


__all__ = ["DocumentCatalogue"]
