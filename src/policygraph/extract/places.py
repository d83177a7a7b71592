"""Places named in a text (data/gazetteers/places.json): provinces and cities, regions, economic
triangles, districts and islands; and the places each task is about.

A place is found by its name or a variant (whole words, longest first, see
:mod:`policygraph.extract.name_matcher`); ``match_name: false`` entries ("Hồ Chí Minh", "Ngô Quyền")
only by their variants ("TP. Hồ Chí Minh", "quận Ngô Quyền"). An economic triangle's member names are
places of their own too ("tam giác động lực ... Hà Nội-Hải Phòng-Quảng Ninh" gives the triangle, Hà
Nội, Hải Phòng and Quảng Ninh).

Which mentions count:

- the text's places: every mention outside credit boilerplate (photo credits, source lines, bylines:
  :data:`policygraph.text.boilerplate.CREDIT_KINDS`) and outside the header's "Hà Nội, ngày ..." line (where
  the document was signed, not what it is about). A place named in a photo caption counts, flagged
  ``caption_only`` when the text names it nowhere else;
- a task's places: mentions inside the task's span, never in boilerplate, and not inside an actor's name
  ("Ủy ban nhân dân thành phố Hải Phòng", or "thành phố Hải Phòng" acting as its People's Committee):
  that place says who acts, not where.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_GAZETTEERS_DIR
from policygraph.extract.doc_state import (
    ActorLayer,
    BoilerplateLayer,
    FoundPlace,
    PlaceLayer,
    PlaceMention,
    StructureLayer,
    read_layer,
    write_layer,
)
from policygraph.extract.doc_text import cached_text
from policygraph.extract.name_matcher import NameMatcher, lower_same_length
from policygraph.text.boilerplate import CREDIT_KINDS
from policygraph.text.regex import inside

_HEADER_LINE = re.compile(r"(?m)^[ \t*_|]*([^\W\d_][^\n,;:|*]{1,40}),[ \t]*ngày[ \t]+\d")
HEADER_CHARS = 2500


@dataclass
class PlaceGazetteer:
    """places.json, with a matcher over every name and variant."""

    entries: list[dict[str, Any]]

    def __post_init__(self) -> None:
        self.by_id = {p["id"]: p for p in self.entries}
        forms: list[tuple[str, str]] = []
        for p in self.entries:
            if p.get("match_name", True):
                forms.append((p["id"], p["name"]))
            forms.extend((p["id"], v) for v in p.get("variants", []))
        self.matcher = NameMatcher(forms)

    @classmethod
    def from_dir(cls, directory: Path) -> PlaceGazetteer:
        return _place_gazetteer(str(directory))

    def find(self, text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, place id) for every mention, members of a triangle included, in text order."""
        lowered = lower_same_length(text) if lowered is None else lowered
        out: list[tuple[int, int, str]] = []
        for m in self.matcher.find(text, lowered):
            out.append((m.start, m.end, m.owner))
            if self.by_id[m.owner].get("members"):
                first_space = text.find(" ", m.start, m.end)
                for inner in self.matcher.find(text, lowered, first_space + 1, m.end):
                    out.append((inner.start, inner.end, inner.owner))
        out.sort()
        return out

    def header_place(self, text: str) -> tuple[str, int, int] | None:
        """The place of the header's "Nghệ An, ngày 26 tháng 11 năm 2025" line: (id, start, end)."""
        head = text[:HEADER_CHARS]
        for m in _HEADER_LINE.finditer(head):
            name = m.group(1).strip(" \t*_")
            owner = self.matcher.owner_of(name)
            if owner is not None:
                start = m.start(1) + m.group(1).index(name)
                return owner, start, start + len(name)
        return None


@lru_cache(maxsize=4)
def _place_gazetteer(directory: str) -> PlaceGazetteer:
    return PlaceGazetteer(json.loads((Path(directory) / "places.json").read_text(encoding="utf-8")))


class PlaceRecognizer:
    """Place mentions, the text's places and each task's places: ``doc._.places``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer: PlaceGazetteer | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        gazetteers_dir: str = str(DEFAULT_GAZETTEERS_DIR),
    ) -> None:
        """Loads ``places.json`` from ``gazetteers_dir``."""
        self.gazetteer = PlaceGazetteer.from_dir(Path(gazetteers_dir))

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = self.gazetteer
        if gazetteer is None:
            raise PipelineNotInitialized(self.name)
        text = cached_text(doc)
        found = gazetteer.find(text)
        boilerplate = read_layer(doc, BoilerplateLayer).spans
        credit = [(b.start, b.end) for b in boilerplate if b.kind in CREDIT_KINDS]
        caption = [(b.start, b.end) for b in boilerplate if b.kind not in CREDIT_KINDS]
        header = gazetteer.header_place(text)
        header_span = (header[1], header[2]) if header else None
        mentions = []
        for s, e, pid in found:
            where = "credit" if inside(s, e, credit) else "caption" if inside(s, e, caption) else (
                "header" if header_span == (s, e) else "text")
            mentions.append(PlaceMention(s, e, pid, where))

        places: dict[str, dict[str, Any]] = {}
        for m in mentions:
            if m.where in {"credit", "header"}:
                continue
            entry = gazetteer.by_id[m.id]
            record = places.setdefault(m.id, {
                "id": m.id, "name": entry["name"], "kind": entry["kind"], "variants": [], "mentions": [],
                "caption_only": True,
            })
            surface = " ".join(text[m.start:m.end].split())
            if surface not in record["variants"]:
                record["variants"].append(surface)
            record["mentions"].append((m.start, m.end))
            if m.where == "text":
                record["caption_only"] = False

        actor_spans = [(a.start, a.end) for a in read_layer(doc, ActorLayer).mentions]
        task_places: dict[int, list[str]] = {}
        for task in read_layer(doc, StructureLayer).tasks:
            ids: list[str] = []
            for m in mentions:
                if m.start < task.start or m.end > task.end or m.where != "text":
                    continue
                if inside(m.start, m.end, actor_spans) or m.id in ids:
                    continue
                ids.append(m.id)
            task_places[task.id] = ids
        write_layer(doc, PlaceLayer(
            mentions=mentions,
            places=[FoundPlace(p["id"], p["name"], p["kind"], tuple(p["variants"]), tuple(p["mentions"]),
                               p["caption_only"]) for p in places.values()],
            header_place=header[0] if header else None,
            task_places=task_places,
        ))
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.gazetteer is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "places.json").write_text(json.dumps(self.gazetteer.entries, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> PlaceRecognizer:
        self.gazetteer = PlaceGazetteer(json.loads((Path(path) / "places.json").read_text(encoding="utf-8")))
        return self
