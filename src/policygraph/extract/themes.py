"""Themes of solution areas and tasks: concepts of ``ontology/schemes/themes.ttl``
(``pgs:theme/{slug}``), triggered by the phrases of ``data/gazetteers/themes.json``.

A task gets a theme when one of the theme's phrases occurs in its text (whole words, any case, on the
normalised text). A solution area gets the themes of its title and of its own tasks (those directly
under it, up to the next area), in the order they first occur; page boilerplate inside an area (a photo
caption) gives none, since tasks never include it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_GAZETTEERS_DIR
from policygraph.extract.doc_state import StructureLayer, ThemeLayer, read_layer, write_layer
from policygraph.extract.doc_text import cached_text
from policygraph.extract.name_matcher import NameMatcher, lower_same_length


class ThemeTriggers:
    """themes.json: slug -> trigger phrases."""

    def __init__(self, triggers: dict[str, list[str]]) -> None:
        self.triggers = {k: list(v) for k, v in triggers.items() if not k.startswith("_")}
        self.matcher = NameMatcher((slug, phrase) for slug, phrases in self.triggers.items() for phrase in phrases)

    @classmethod
    def from_path(cls, path: Path) -> ThemeTriggers:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def themes(self, text: str, lowered: str, start: int, end: int) -> list[str]:
        out: list[str] = []
        for m in self.matcher.find(text, lowered, start, end):
            if m.owner not in out:
                out.append(m.owner)
        return out


class ThemeTagger:
    """The theme slugs of each task and each area: ``doc._.themes``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.triggers: ThemeTriggers | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        gazetteers_dir: str = str(DEFAULT_GAZETTEERS_DIR),
    ) -> None:
        """Loads ``themes.json`` from ``gazetteers_dir``."""
        self.triggers = ThemeTriggers.from_path(Path(gazetteers_dir) / "themes.json")

    def __call__(self, doc: Doc) -> Doc:
        triggers = self.triggers
        if triggers is None:
            raise PipelineNotInitialized(self.name)
        structure = read_layer(doc, StructureLayer)
        if not structure.areas:
            write_layer(doc, ThemeLayer())
            return doc
        text = cached_text(doc)
        lowered = lower_same_length(text)
        task_themes = {task.id: triggers.themes(text, lowered, task.start, task.end) for task in structure.tasks}
        area_themes: dict[str, list[str]] = {}
        for area in structure.areas:
            themes = triggers.themes(text, lowered, area.start, area.end)
            for task in structure.tasks:
                if task.area == area.path:
                    themes.extend(t for t in task_themes[task.id] if t not in themes)
            area_themes[area.path] = themes
        write_layer(doc, ThemeLayer(task_themes, area_themes))
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.triggers is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "themes.json").write_text(json.dumps(self.triggers.triggers, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> ThemeTagger:
        self.triggers = ThemeTriggers.from_path(Path(path) / "themes.json")
        return self
