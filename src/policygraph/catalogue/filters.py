"""Document filters (kind, issuer, year, number) and the SPARQL graph patterns they stand for.

A filter's words never reach the query: a kind becomes the concept IRIs the data files name for it,
an issuer the IRIs of the bodies it names and the number-suffix codes of data/patterns/issuers.json,
a number the slug its IRIs end with; the year is an integer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from policygraph.catalogue.ids import number_slug
from policygraph.catalogue.templates import integer, iris, literal
from policygraph.errors import InputError
from policygraph.rdf.identity import IriMinter, ascii_slug
from policygraph.rdf.mapping import KindNames
from policygraph.rdf.namespaces import PGS


class UnknownKind(InputError, ValueError):
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


class FilterPatterns:
    """Turns a :class:`DocumentFilter` into graph patterns, from the kind and issuer tables."""

    def __init__(self, minter: IriMinter, kinds: Mapping[str, KindNames], issuer_codes: Mapping[str, str]) -> None:
        self.minter = minter
        self.kinds = kinds
        self.issuer_codes = issuer_codes

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

    def patterns(self, filters: DocumentFilter) -> str:
        """The SPARQL graph patterns that bind ``?doc`` to the documents ``filters`` match, for a query's
        WHERE clause (the listing, the graph's). Raises UnknownKind for a kind no data file names."""
        parts = ["?doc a pg:PolicyDocument ."]
        if filters.kind is not None:
            concepts = iris(self.kind_concepts(filters.kind))
            parts.append(f"VALUES ?kindFilter {{ {concepts} }} ?doc eli:type_document ?kindFilter .")
        if filters.issuer is not None:
            organisations, codes = self.issuer_patterns(filters.issuer)
            branches = [f"{{ VALUES ?issuerFilter {{ {iris(organisations)} }} "
                        "?doc eli:passed_by|pg:inferredIssuer ?issuerFilter }"]
            for code in codes:  # letters only: they come from data/patterns/issuers.json
                pattern = literal(f"[-/]{code}[0-9]*$")
                branches.append(
                    f'{{ ?doc eli:id_local ?issuerNumber FILTER(REGEX(STR(?issuerNumber), {pattern}, "i")) }}')
            parts.append("FILTER EXISTS { " + " UNION ".join(branches) + " }")
        if filters.year is not None:
            year = int(filters.year)
            padded = literal(f"{year:04d}")
            parts.append(
                f"FILTER EXISTS {{ {{ ?doc pg:identityYear ?yearFilter FILTER(STR(?yearFilter) = {padded}) }}"
                f" UNION {{ FILTER NOT EXISTS {{ ?doc pg:identityYear ?anyYear }}"
                f" ?doc eli:date_document ?dateFilter FILTER(YEAR(?dateFilter) = {integer(year)}) }} }}"
            )
        if filters.number is not None:
            suffix = literal("/" + number_slug(filters.number))
            parts.append(f"?doc eli:id_local ?numberFilter . FILTER(STRENDS(STR(?doc), {suffix}))")
        parts.append(f"FILTER(STRSTARTS(STR(?doc), {literal(self.minter.base + 'doc/')}))")
        return "\n  ".join(parts)


__all__ = ["DocumentFilter", "FilterPatterns", "UnknownKind"]
