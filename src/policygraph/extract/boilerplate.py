"""The component that records page boilerplate on the Doc (the finding itself is
:func:`policygraph.text.clean.boilerplate_spans`, a pure function): ``doc._.boilerplate_spans`` =
[[start, end, kind], ...], offsets into ``doc.text``. References found inside boilerplate stay references;
the later components decide what a span means for them (no task text, no task place, no actor from a
credit)."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.extract.doc_text import cached_text
from policygraph.extract.structure import default_structure_dir
from policygraph.text.clean import BoilerplateFinder, BoilerplateWords

if not Doc.has_extension("boilerplate_spans"):
    Doc.set_extension("boilerplate_spans", default=None)


class BoilerplateMarker:
    """Records page boilerplate on the Doc: ``doc._.boilerplate_spans`` = [[start, end, kind], ...]."""

    def __init__(self, nlp: Language, name: str, words_path: str) -> None:
        self.name = name
        path = Path(words_path) if words_path else default_structure_dir() / "boilerplate.json"
        self.finder = BoilerplateFinder(BoilerplateWords.from_path(path))

    def __call__(self, doc: Doc) -> Doc:
        doc._.boilerplate_spans = [[s.start, s.end, s.kind] for s in self.finder.find(cached_text(doc))]
        return doc

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "boilerplate.json").write_text(json.dumps(self.finder.words.to_dict(), ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> BoilerplateMarker:
        self.finder = BoilerplateFinder(BoilerplateWords.from_path(Path(path) / "boilerplate.json"))
        return self


@Language.factory("policygraph_boilerplate", default_config={"words_path": ""})
def make_boilerplate_marker(nlp: Language, name: str, words_path: str) -> BoilerplateMarker:
    return BoilerplateMarker(nlp, name, words_path)
