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
from collections import defaultdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi import Path as PathParameter
from fastapi.responses import JSONResponse

from policygraph.api.catalogue import DocumentCatalogue, source_href
from policygraph.api.models import Problem, SourceSpan, SourceTextContent, SpanStatement, problem
from policygraph.config import get_settings
from policygraph.errors import InputError
from policygraph.rdf.namespaces import sparql_prologue
from policygraph.sources import read_source_text

router = APIRouter(tags=["sources"])


class SourceTextUnavailable(Exception):
    """The text of an ingested source cannot be shown as it was ingested: missing, or changed since."""

    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.error, self.detail = status, error, detail


def read_ingested_text(file_name: str, sha256: str | None, data_dir: Path) -> str:
    """The text of ``file_name`` under ``data_dir``, checked against the SHA-256 it was ingested with."""
    folder = data_dir.resolve()
    path = (folder / file_name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise SourceTextUnavailable(
            404, "source text not on disk",
            f"{file_name!r} was ingested but is not in the data folder {folder} (POLICYGRAPH_DATA_DIR); "
            "texts ingested from elsewhere are known by their file name only")
    try:
        text = read_source_text(path)
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
    responses={
        404: {"model": Problem, "description": "No text was ingested under that name, or it is not on disk."},
        409: {"model": Problem, "description": "The file changed since it was ingested (its SHA-256 differs)."},
    },
    description="The text as it was ingested, read from the data folder and checked against the stored SHA-256, "
    "and every span the store records as evidence in it (mentions, relations, solution areas, tasks, "
    "assignments, actors, places, targets), each with the statements it supports. Offsets are code points into "
    "the text (Python string indices): in JavaScript, index `Array.from(text)`, not the UTF-16 string. "
    "`{file}` is the file name the documents' `sources` and evidence give, e.g. "
    "`corpus/000_849468c7549e9275.txt`.",
)
def source_text(
    request: Request,
    file: Annotated[str, PathParameter(description="The text's file name, as ingested (relative to the data "
                                                   "folder).", examples=["corpus/000_849468c7549e9275.txt"])],
) -> SourceTextContent | JSONResponse:
    documents = DocumentCatalogue(request.app.state.store)
    source = str(documents.minter.source(file))
    store = request.app.state.store
    rows = list(store.select(sparql_prologue() + f"""
        SELECT ?file ?sha ?length ?at ?version ?doc WHERE {{
          <{source}> a pg:SourceText ; pg:fileName ?file .
          OPTIONAL {{ <{source}> pg:sha256 ?sha }} OPTIONAL {{ <{source}> pg:charLength ?length }}
          OPTIONAL {{ <{source}> prov:generatedAtTime ?at }} OPTIONAL {{ <{source}> pg:pipelineVersion ?version }}
          OPTIONAL {{ <{source}> pg:describes ?doc }}
        }} LIMIT 1""").dicts())
    if not rows or str(rows[0]["file"]) != file:
        return problem(404, "unknown source text",
                       f"no text was ingested as {file!r}; a document's `sources` and `mentioned_in` name its texts")
    row = rows[0]
    sha = None if row["sha"] is None else str(row["sha"])
    try:
        text = read_ingested_text(file, sha, get_settings().data_dir)
    except SourceTextUnavailable as exc:
        return problem(exc.status, exc.error, exc.detail)
    describes = None
    if row["doc"] is not None:
        describes = documents.refs([str(row["doc"])])[str(row["doc"])]
    return SourceTextContent(
        file=file,
        sha256=sha,
        length=None if row["length"] is None else int(str(row["length"])),
        ingested_at=None if row["at"] is None else str(row["at"]),
        pipeline_version=None if row["version"] is None else str(row["version"]),
        href=source_href(file),
        describes=describes,
        text=text,
        spans=evidence_spans(documents, source),
    )


def evidence_spans(documents: DocumentCatalogue, source: str) -> list[SourceSpan]:
    """Every evidence span of one source, by start offset (the longest first), each with the statements
    that cite it: one evidence node serves all statements with the same span (see IriMinter.evidence)."""
    rows = list(documents.store.select(sparql_prologue() + f"""
        SELECT DISTINCT ?start ?end ?text ?statement ?class ?label ?doc ?actorName ?roleLabel WHERE {{
          ?ev pg:source <{source}> ; pg:startOffset ?start ; pg:endOffset ?end ; pg:evidenceText ?text .
          ?statement pg:evidence ?ev ; a ?class .
          OPTIONAL {{ ?statement rdfs:label ?label FILTER(lang(?label) = "" || langMatches(lang(?label), "vi")) }}
          OPTIONAL {{ ?statement pg:refersTo ?doc }}
          OPTIONAL {{ ?statement pg:assignedActor/skos:prefLabel ?actorName
                      FILTER(langMatches(lang(?actorName), "vi")) }}
          OPTIONAL {{ ?statement pg:role/skos:prefLabel ?roleLabel FILTER(langMatches(lang(?roleLabel), "vi")) }}
        }}""").dicts())
    referred = documents.refs({str(r["doc"]) for r in rows if r["doc"] is not None})
    texts: dict[tuple[int, int], str] = {}
    statements: dict[tuple[int, int], dict[str, SpanStatement]] = defaultdict(dict)
    for row in sorted(rows, key=lambda r: tuple(str(v) if v is not None else "" for v in r.values())):
        key = (int(str(row["start"])), int(str(row["end"])))
        texts.setdefault(key, str(row["text"]))
        iri = str(row["statement"])
        if iri in statements[key]:
            continue
        ref = referred.get(str(row["doc"])) if row["doc"] is not None else None
        if row["label"] is not None:
            label = str(row["label"])
        elif row["actorName"] is not None:
            label = f"{row['roleLabel']}: {row['actorName']}" if row["roleLabel"] is not None else str(row["actorName"])
        elif ref is not None:
            label = ref.label or ref.number
        else:
            label = None
        statements[key][iri] = SpanStatement(iri=iri, kind=_local_name(str(row["class"])), label=label,
                                             href=ref.href if ref is not None else None)
    return [
        SourceSpan(start=start, end=end, text=texts[(start, end)],
                   statements=sorted(statements[(start, end)].values(), key=lambda s: (s.kind, s.iri)))
        for start, end in sorted(texts, key=lambda k: (k[0], -k[1]))
    ]


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
