"""GET /sources/{file}: an ingested text and every span of it that the store records as evidence.

The store keeps what was extracted from a text (each statement's evidence: span, sentence, offsets),
its file name and its SHA-256, not the text itself. The text is read from the data folder
(``POLICYGRAPH_DATA_DIR``), under the name it was ingested with (its path relative to that folder),
and served only when its SHA-256 is the stored one: offsets into a text that changed since it was
ingested would mark the wrong characters. Offsets are Python string indices (code points) into the
original text, a leading byte order mark dropped, as the pipeline reads it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParameter

from policygraph.api.deps import CatalogueDep, SettingsDep
from policygraph.api.problems import Problem, problem_responses
from policygraph.api.schemas.common import DocumentRef, schema_of
from policygraph.api.schemas.sources import SourceSpan, SourceTextContent
from policygraph.catalogue.sources import evidence_spans, ingested_source
from policygraph.errors import InputError
from policygraph.extract.data_dirs import DEFAULT_MAX_TEXT_CHARS
from policygraph.sources import read_source_text

router = APIRouter(tags=["sources"])


class SourceTextUnavailable(Problem):
    """The text of an ingested source cannot be shown as it was ingested: missing (404), or changed
    since (409). A :class:`Problem`, so the route lets it go to the handler as it is."""


def read_ingested_text(file_name: str, sha256: str | None, data_dir: Path,
                       max_chars: int = DEFAULT_MAX_TEXT_CHARS) -> str:
    """The text of ``file_name`` under ``data_dir``, checked against the SHA-256 it was ingested with."""
    folder = data_dir.resolve()
    path = (folder / file_name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise SourceTextUnavailable(
            404, "source text not on disk",
            f"{file_name!r} was ingested but is not in the data folder {folder} (POLICYGRAPH_DATA_DIR); "
            "texts ingested from elsewhere are known by their file name only")
    try:
        text = read_source_text(path, max_chars)
    except InputError as exc:
        raise SourceTextUnavailable(409, "source text unreadable", str(exc)) from exc
    found = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if sha256 is not None and found != sha256:
        raise SourceTextUnavailable(
            409, "source text changed",
            f"{path} changed since it was ingested (SHA-256 {found[:12]}… on disk, {sha256[:12]}… in the store), "
            f"so the stored offsets no longer fit it; ingest it again: policygraph ingest {path}")
    return text


@router.get(
    "/sources/{file:path}",
    summary="An ingested text with its evidence spans",
    response_model=SourceTextContent,
    responses=problem_responses({
        404: "No text was ingested under that name, or it is not on disk.",
        409: "The file changed since it was ingested (its SHA-256 differs).",
    }),
    description="The text as it was ingested, read from the data folder and checked against the stored SHA-256, "
    "and every span the store records as evidence in it (mentions, relations, solution areas, tasks, "
    "assignments, actors, places, targets), each with the statements it supports. Offsets are code points into "
    "the text (Python string indices): in JavaScript, index `Array.from(text)`, not the UTF-16 string. "
    "`{file}` is the file name the documents' `sources` and evidence give, e.g. "
    "`corpus/000_849468c7549e9275.txt`.",
)
def source_text(
    documents: CatalogueDep,
    settings: SettingsDep,
    file: Annotated[str, PathParameter(description="The text's file name, as ingested (relative to the data "
                                                   "folder).", examples=["corpus/000_849468c7549e9275.txt"])],
) -> SourceTextContent:
    ingested = ingested_source(documents, file)
    if ingested is None:
        raise Problem(404, "unknown source text",
                      f"no text was ingested as {file!r}; a document's `sources` and `mentioned_in` name its texts")
    text = read_ingested_text(file, ingested.sha256, settings.data_dir, settings.max_text_chars)
    describes = None
    if ingested.describes is not None:
        describes = schema_of(DocumentRef, documents.refs([ingested.describes])[ingested.describes])
    return SourceTextContent(
        file=file,
        sha256=ingested.sha256,
        length=ingested.length,
        ingested_at=ingested.ingested_at,
        pipeline_version=ingested.pipeline_version,
        href=ingested.href,
        describes=describes,
        text=text,
        spans=[schema_of(SourceSpan, span) for span in evidence_spans(documents, file)],
    )
