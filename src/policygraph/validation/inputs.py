"""What `validate` accepts: texts (extracted first) and RDF files, with parser positions on errors."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

from policygraph.errors import InputError
from policygraph.rdf.mapping import new_graph
from policygraph.rdf.namespaces import sparql_prologue
from policygraph.sources import TEXT_SUFFIXES, read_source_text
from policygraph.store.base import GraphStore

RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml",
               ".owl": "xml", ".nq": "nquads", ".trig": "trig"}
_LINE = re.compile(r"line (\d+)", re.IGNORECASE)
_COLUMN = re.compile(r"(?:column|col|char) (\d+)", re.IGNORECASE)


def load_for_validation(files: list[Path]) -> Graph:
    from policygraph.extract.pipeline import extract_text
    from policygraph.ingest import source_name_for
    from policygraph.rdf.mapping import ExtractionMapper

    graph = new_graph()
    mapper = None
    for path in files:
        suffix = path.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            mapper = mapper or ExtractionMapper()
            graph += mapper.to_graph(extract_text(read_source_text(path), source_name_for(path)))
        elif suffix in RDF_FORMATS:
            graph += parse_rdf_file(path, RDF_FORMATS[suffix])
        else:
            raise InputError(
                f"unknown file type {suffix!r}; give .txt/.md text or RDF ({', '.join(sorted(RDF_FORMATS))})",
                source=str(path),
            )
    return graph


def parse_rdf_file(path: Path, fmt: str) -> Graph:
    text = read_source_text(path)
    graph = Graph()
    try:
        graph.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib raises many types (BadSyntax, SAXParseException, JSON errors)
        message = str(exc)
        line = getattr(exc, "lines", None) or getattr(exc, "lineno", None)
        column = getattr(exc, "getColumnNumber", None)
        if callable(column):
            column = column()
        if line is None and (m := _LINE.search(message)):
            line = int(m.group(1))
        if column is None and (m := _COLUMN.search(message)):
            column = int(m.group(1))
        if isinstance(line, int) and getattr(exc, "lines", None) is not None:
            line += 1  # rdflib's notation3 parser counts lines from 0
        raise InputError(f"not valid {fmt}: {_first_line(message)}", source=str(path), line=line,
                         column=column) from exc
    return graph


def _first_line(message: str) -> str:
    return " ".join(message.strip().splitlines()[-1:]) if message else "parse error"


def add_store_context(graph: Graph, store: GraphStore) -> None:
    """Add what the store says about the documents the new graph mentions, so references resolve
    and cross-document rules (dates, issuers) apply, without changing the store."""
    documents = {str(s) for s in graph.subjects() if "/doc/" in str(s)}
    documents |= {str(o) for o in graph.objects() if "/doc/" in str(o)}
    if not documents:
        return
    values = " ".join(f"<{d}>" for d in sorted(documents))
    context = store.construct(sparql_prologue() + f"""
        CONSTRUCT {{ ?d a ?type ; eli:id_local ?n ; eli:date_document ?date ; eli:type_document ?k ;
                       rdfs:label ?l ; eli:passed_by ?issuer . }}
        WHERE {{ VALUES ?d {{ {values} }}
          ?d a ?type . OPTIONAL {{ ?d eli:id_local ?n }} OPTIONAL {{ ?d eli:date_document ?date }}
          OPTIONAL {{ ?d eli:type_document ?k }} OPTIONAL {{ ?d rdfs:label ?l }}
          OPTIONAL {{ ?d eli:passed_by ?issuer }} }}""")
    graph += context
