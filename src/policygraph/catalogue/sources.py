"""What the store records about one ingested text: its record, and every span of it that is evidence.

The text itself is not in the store; reading it from disk (and checking it against the stored SHA-256)
is the caller's part.
"""

from __future__ import annotations

from collections import defaultdict

from policygraph.catalogue.documents import DocumentCatalogue
from policygraph.catalogue.ids import source_href
from policygraph.catalogue.records import IngestedSource, SourceSpan, SpanStatement
from policygraph.catalogue.templates import iri, render


def ingested_source(catalogue: DocumentCatalogue, file_name: str) -> IngestedSource | None:
    """The store's record of the text ingested as ``file_name``; None when no text was ingested so."""
    source = str(catalogue.minter.source(file_name))
    rows = list(catalogue.store.select(render("source_text", source=iri(source))).dicts())
    if not rows or str(rows[0]["file"]) != file_name:
        return None
    row = rows[0]
    return IngestedSource(
        file=file_name,
        sha256=None if row["sha"] is None else str(row["sha"]),
        length=None if row["length"] is None else int(str(row["length"])),
        ingested_at=None if row["at"] is None else str(row["at"]),
        pipeline_version=None if row["version"] is None else str(row["version"]),
        href=source_href(file_name),
        describes=None if row["doc"] is None else str(row["doc"]),
    )


def evidence_spans(catalogue: DocumentCatalogue, file_name: str) -> tuple[SourceSpan, ...]:
    """Every evidence span of one source, by start offset (the longest first), each with the statements
    that cite it: one evidence node serves all statements with the same span (see IriMinter.evidence)."""
    source = str(catalogue.minter.source(file_name))
    rows = list(catalogue.store.select(render("evidence_spans", source=iri(source))).dicts())
    referred = catalogue.refs({str(r["doc"]) for r in rows if r["doc"] is not None})
    texts: dict[tuple[int, int], str] = {}
    statements: dict[tuple[int, int], dict[str, SpanStatement]] = defaultdict(dict)
    for row in sorted(rows, key=lambda r: tuple(str(v) if v is not None else "" for v in r.values())):
        key = (int(str(row["start"])), int(str(row["end"])))
        texts.setdefault(key, str(row["text"]))
        statement = str(row["statement"])
        if statement in statements[key]:
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
        statements[key][statement] = SpanStatement(iri=statement, kind=_local_name(str(row["class"])), label=label,
                                                   href=ref.href if ref is not None else None)
    return tuple(
        SourceSpan(start=start, end=end, text=texts[(start, end)],
                   statements=tuple(sorted(statements[(start, end)].values(), key=lambda s: (s.kind, s.iri))))
        for start, end in sorted(texts, key=lambda k: (k[0], -k[1]))
    )


def _local_name(iri_text: str) -> str:
    return iri_text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


__all__ = ["evidence_spans", "ingested_source"]
