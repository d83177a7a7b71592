"""Deterministic IRIs: the same document mentioned in ten texts is one node.

A document's IRI is built from what identifies it (kind, number, and the year or term), never from
the number alone: "45-NQ/TW" of 2019 and "45-NQ/TW" of 2023 are two resolutions. A mention whose
year cannot be fixed gets an IRI under ``unknown/`` and is marked ambiguous, so it stays visible
instead of being merged with a guess.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from policygraph.model import DocumentIdentity


def ascii_slug(text: str) -> str:
    """"Nghị quyết 45-NQ/TW" -> "nghi-quyet-45-nq-tw" (diacritics dropped, đ -> d)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "x"


class IriMinter:
    """Mints every data IRI under one base."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def document(self, identity: DocumentIdentity) -> URIRef:
        kind = ascii_slug(identity.kind_code)
        if identity.number is None:
            return URIRef(f"{self.base}doc/{kind}/name/{ascii_slug(identity.name or identity.kind_code)}")
        if identity.year is not None:
            qualifier = str(identity.year)
        elif identity.term is not None:
            qualifier = f"term-{identity.term.lower()}"
        else:
            qualifier = "unknown"
        return URIRef(f"{self.base}doc/{kind}/{qualifier}/{ascii_slug(identity.canonical_number or '')}")

    def source_key(self, source_name: str) -> str:
        """A short, stable key for a source text: readable slug plus a hash of the full name."""
        digest = hashlib.sha256(source_name.encode("utf-8")).hexdigest()[:12]
        stem = ascii_slug(source_name.rsplit("/", 1)[-1])[:60]
        return f"{stem}-{digest}"

    def source(self, source_name: str) -> URIRef:
        return URIRef(f"{self.base}source/{self.source_key(source_name)}")

    def graph(self, source_name: str) -> URIRef:
        """The named graph that holds every statement extracted from one source text."""
        return URIRef(f"{self.base}graph/{self.source_key(source_name)}")

    def mention(self, source_name: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}mention/{self.source_key(source_name)}/{start}-{end}")

    def evidence(self, source_name: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}evidence/{self.source_key(source_name)}/{start}-{end}")

    def relation(self, source_name: str, subject: DocumentIdentity, obj: DocumentIdentity, kind: str) -> URIRef:
        digest = hashlib.sha256(f"{subject.key}|{obj.key}|{kind}".encode()).hexdigest()[:16]
        return URIRef(f"{self.base}relation/{self.source_key(source_name)}/{digest}")

    def organisation(self, name: str) -> URIRef:
        return URIRef(f"{self.base}org/{ascii_slug(name)}")

    # ---- structure: actors, places, solution areas, tasks, assignments, targets ---------------------
    def actor(self, actor_id: str) -> URIRef:
        """An organisation by its gazetteer id (data/gazetteers): the same body in every text."""
        return URIRef(f"{self.base}org/{ascii_slug(actor_id)}")

    def place(self, place_id: str) -> URIRef:
        """A place by its gazetteer id (data/gazetteers/places.json)."""
        return URIRef(f"{self.base}place/{ascii_slug(place_id)}")

    def solution_area(self, source_name: str, path: str) -> URIRef:
        """An area by its text and its path of ordinals ("3", "3.1"): one text's area 3 is not another's."""
        return URIRef(f"{self.base}area/{self.source_key(source_name)}/{re.sub(r'[^0-9A-Za-z.~-]', '-', path)}")

    def task(self, source_name: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}task/{self.source_key(source_name)}/{start}-{end}")

    def assignment(self, source_name: str, task_start: int, task_end: int, actor_id: str) -> URIRef:
        return URIRef(f"{self.base}assignment/{self.source_key(source_name)}/{task_start}-{task_end}/"
                      f"{ascii_slug(actor_id)}")

    def target(self, source_name: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}target/{self.source_key(source_name)}/{start}-{end}")
