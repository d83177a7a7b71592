"""The component that records page boilerplate on the Doc (the finding itself is
:func:`policygraph.text.boilerplate.boilerplate_spans`, a pure function): ``doc._.boilerplate``, offsets
into ``doc.text``. References found inside boilerplate stay references; the later components decide
what a span means for them (no task text, no task place, no actor from a credit)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, structure_dir
from policygraph.extract.doc_state import BoilerplateLayer, write_layer
from policygraph.extract.doc_text import cached_text
from policygraph.text.boilerplate import BoilerplateFinder, BoilerplateWords


class BoilerplateMarker:
    """Records page boilerplate on the Doc: ``doc._.boilerplate``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.finder: BoilerplateFinder | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        data_dir: str = str(DEFAULT_DATA_DIR),
    ) -> None:
        """Loads ``structure/boilerplate.json`` from ``data_dir``."""
        self.finder = BoilerplateFinder(BoilerplateWords.from_path(structure_dir(Path(data_dir)) / "boilerplate.json"))

    def __call__(self, doc: Doc) -> Doc:
        if self.finder is None:
            raise PipelineNotInitialized(self.name)
        write_layer(doc, BoilerplateLayer(self.finder.find(cached_text(doc))))
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.finder is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "boilerplate.json").write_text(json.dumps(self.finder.words.to_dict(), ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> BoilerplateMarker:
        self.finder = BoilerplateFinder(BoilerplateWords.from_path(Path(path) / "boilerplate.json"))
        return self
