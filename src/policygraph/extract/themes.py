"""Themes of solution areas and tasks: concepts of ``ontology/schemes/themes.ttl``
(``pgs:theme/{slug}``), triggered by the phrases of ``data/gazetteers/themes.json``.

A task gets a theme when one of the theme's phrases occurs in its text (whole words, any case, on the
normalised text). A solution area gets the themes of its title and of its own tasks (those directly
under it, up to the next area), in the order they first occur; page boilerplate inside an area (a photo
caption) gives none, since tasks never include it.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.extract.doc_text import cached_text, release_text
from policygraph.extract.name_matcher import NameMatcher, lower_same_length
from policygraph.extract.places import default_gazetteers_dir

for _name in ("solution_areas", "tasks"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


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
    """Sets ``task["themes"]`` and ``area["themes"]`` (theme slugs)."""

    def __init__(self, nlp: Language, name: str, themes_path: str) -> None:
        self.name = name
        self.triggers = ThemeTriggers.from_path(
            Path(themes_path) if themes_path else default_gazetteers_dir() / "themes.json"
        )

    def __call__(self, doc: Doc) -> Doc:
        areas = doc._.solution_areas or []
        if not areas:
            release_text(doc)
            return doc
        text = cached_text(doc)
        release_text(doc)
        lowered = lower_same_length(text)
        tasks = doc._.tasks or []
        for task in tasks:
            task["themes"] = self.triggers.themes(text, lowered, task["start"], task["end"])
        for area in areas:
            themes = self.triggers.themes(text, lowered, area["start"], area["end"])
            for task in tasks:
                if task["area"] == area["path"]:
                    themes.extend(t for t in task["themes"] if t not in themes)
            area["themes"] = themes
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "themes.json").write_text(json.dumps(self.triggers.triggers, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> ThemeTagger:
        self.triggers = ThemeTriggers.from_path(Path(path) / "themes.json")
        return self


@Language.factory("policygraph_themes", default_config={"themes_path": ""})
def make_theme_tagger(nlp: Language, name: str, themes_path: str) -> ThemeTagger:
    return ThemeTagger(nlp, name, themes_path)
