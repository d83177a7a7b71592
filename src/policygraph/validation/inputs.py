"""What `validate` reads: texts (extracted first) and RDF files, and the store context a new document
is validated in.

RDF is parsed by Oxigraph's parsers, which report the line and column of a syntax error and never
fetch anything (a JSON-LD @context on the web is refused, not loaded); RDF/XML errors that Oxigraph
reports without a position are located with the standard library's XML parser.

``--against-store`` validates a new graph together with what the store says about the nodes it
mentions (:func:`store_context`), never the whole store, and keeps only the results about the new
graph (:func:`relevant_nodes`): the cost depends on the new document, not on the corpus size.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from policygraph.defaults import DEFAULT_MAX_DATA_NESTING, DEFAULT_ONTOLOGY_DIR
from policygraph.errors import InputError
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, DEFAULT_MAX_TEXT_CHARS
from policygraph.nesting import DataSyntax, check_data_nesting
from policygraph.rdf.conversion import to_rdflib
from policygraph.rdf.namespaces import ELI, PG, new_graph, sparql_prologue
from policygraph.rdf.ntriples import nt_escape
from policygraph.rdf.relation_kinds import link_properties
from policygraph.sources import TEXT_SUFFIXES, collect_source_files, read_source_text
from policygraph.store.base import GraphStore
from policygraph.validation.validate import ValidationReport, validate_graph

if TYPE_CHECKING:  # spaCy and the mapping are loaded only when a text is given
    from spacy.language import Language

    from policygraph.rdf.mapping import ExtractionMapper

# Oxigraph starts its messages with the position, which InputError already gives.
_POSITION_PREFIX = re.compile(r"^Parser error (at|between) line \d+ [^:]*: ")
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
}
_NESTING_SYNTAX: dict[ox.RdfFormat, DataSyntax] = {ox.RdfFormat.JSON_LD: "json", ox.RdfFormat.RDF_XML: "xml"}


def load_for_validation(
    files: list[Path],
    *,
    nlp: Language | None = None,
    mapper: ExtractionMapper | None = None,
    data_dir: Path = DEFAULT_DATA_DIR,
    max_chars: int = DEFAULT_MAX_TEXT_CHARS,
    max_nesting: int = DEFAULT_MAX_DATA_NESTING,
) -> Graph:
    """One graph of everything in ``files``: texts extracted and mapped as ingest would, RDF parsed.
    Folders give their .txt/.md files.

    ``nlp`` and ``mapper`` are the pipeline and the mapping ingest would use (default: built from the
    settings' defaults); ``data_dir`` decides the texts' names, as in ingest (see
    :func:`policygraph.sources.source_name_for`); ``max_chars`` and ``max_nesting`` are the limits a
    text and an RDF file are read under."""
    from policygraph.extract.pipeline import extract_text
    from policygraph.rdf.mapping import ExtractionMapper

    graph = new_graph()
    for path, name in _expand(files, data_dir):
        suffix = path.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            mapper = mapper or ExtractionMapper()
            graph += mapper.to_graph(extract_text(read_source_text(path, max_chars), name, nlp))
        elif suffix in RDF_FORMATS:
            graph += parse_rdf_file(path, max_chars=max_chars, max_nesting=max_nesting)
        else:
            known = ", ".join(sorted(TEXT_SUFFIXES | set(RDF_FORMATS)))
            raise InputError(f"unknown file type {suffix or '(none)'!r}; give a text or RDF file ({known})",
                             source=str(path))
    return graph


def _expand(paths: list[Path], data_dir: Path) -> list[tuple[Path, str]]:
    """Each file with the name ingest would give it (folders give their texts): two texts that would
    share a name would also share their source's IRIs, and be refused by ingest."""
    for path in paths:
        if not path.exists():
            raise InputError("no such file or folder", source=str(path))
    texts = [p for p in paths if p.is_dir() or p.suffix.lower() in TEXT_SUFFIXES]
    others = [(p, p.name) for p in paths if p not in texts]  # RDF names its own nodes
    return [(text.path, text.name) for text in collect_source_files(texts, data_dir)] + others


def parse_rdf_file(
    path: Path, *, max_chars: int = DEFAULT_MAX_TEXT_CHARS, max_nesting: int = DEFAULT_MAX_DATA_NESTING
) -> Graph:
    """The triples of an RDF file, its format by its suffix (:data:`RDF_FORMATS`); see :func:`parse_rdf_text`."""
    fmt = RDF_FORMATS[path.suffix.lower()]
    return parse_rdf_text(read_source_text(path, max_chars), fmt, source=str(path),
                          base_iri=path.resolve().as_uri(), max_nesting=max_nesting)


def parse_rdf_text(
    text: str, fmt: ox.RdfFormat, *, source: str | None = None, base_iri: str | None = None,
    max_nesting: int = DEFAULT_MAX_DATA_NESTING,
) -> Graph:
    """The triples of ``text`` (named graphs merged: validation looks at statements, not graphs), or
    an InputError with the parser's line and column (1-based).

    Text nested deeper than ``max_nesting`` (``POLICYGRAPH_MAX_DATA_NESTING``) is refused before
    Oxigraph's parser sees it: its recursion would overflow the stack and kill the process."""
    check_data_nesting(text, _NESTING_SYNTAX.get(fmt, "turtle"), max_nesting, source=source)
    try:
        quads = list(ox.parse(text.encode("utf-8"), fmt, base_iri=base_iri))
    except SyntaxError as exc:
        line, column = exc.lineno, exc.offset
        message = _POSITION_PREFIX.sub("", (exc.msg or str(exc)).split(" (line ")[0])
        if "LoadDocumentCallback" in message:
            message = "a remote JSON-LD @context is never loaded; put the context in the document"
        if line is None and fmt == ox.RdfFormat.RDF_XML:
            line, column = _xml_error_position(text)
        raise InputError(f"not valid {fmt.name}: {message}", source=source, line=line, column=column) from exc
    graph = new_graph()
    for quad in quads:
        try:
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))  # type: ignore[arg-type]
        except TypeError as exc:
            raise InputError("RDF-star triple terms are not supported", source=source) from exc
    return graph


def _xml_error_position(text: str) -> tuple[int | None, int | None]:
    """Where the XML parser stops (1-based line and column), for RDF/XML that is not well-formed."""
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(text, True)
    except xml.parsers.expat.ExpatError as exc:
        return exc.lineno, exc.offset + 1
    return None, None


# ---- validating against the store -----------------------------------------------------------------

# What describes a document for the shapes: its kind, number, dates, issuers, labels, identity.
DOCUMENT_PROPERTIES = (
    RDF.type, ELI.type_document, ELI.id_local, ELI.date_document, PG.identityYear, PG["term"],
    URIRef("http://www.w3.org/2000/01/rdf-schema#label"), URIRef("http://purl.org/dc/terms/title"),
    PG.isAmbiguous, PG.candidate, ELI.passed_by, PG.inferredIssuer, PG.issuerCode, PG.targetYear, PG.visionYear,
)
# What describes an actor or a place for the shapes.
AGENT_PROPERTIES = (
    RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
    URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), PG.actorKind, PG.placeKind,
)
AREA_PROPERTIES = (RDF.type, PG.ordinal, PG.areaOf, PG.parentArea)
LINKS = tuple(link_properties().values())


def _values(nodes: Iterable[Node]) -> str:
    return " ".join(n.n3() for n in sorted(set(nodes), key=str) if isinstance(n, URIRef))


def _in(predicates: Iterable[URIRef]) -> str:
    return ", ".join(p.n3() for p in predicates)


def store_context(graph: Graph, store: GraphStore) -> Graph:
    """What the store says that the shapes need to judge ``graph``, and nothing else.

    - every stored document that ``graph`` names, and every stored document with the kind and number
      of a document of ``graph`` (one identity under another IRI?): its description (kind, number,
      dates, issuers, labels, identity);
    - for a document that ``graph`` gives a date the store does not have, the stored links from and
      to it, and the description of the documents at their other ends: a new date is what can break
      a stored link's date order (links of documents whose date does not change were checked when
      they were stored, so a document cited by thousands costs nothing here);
    - the stored solution areas of the documents of ``graph`` (their ordinals);
    - the stored actors and places that ``graph`` or the documents above name, and their names.

    The store is only read. The size of the context depends on ``graph``, not on the corpus.
    """
    iris = {n for t in graph for n in t if isinstance(n, URIRef)}
    if not iris:
        return new_graph()
    prologue = sparql_prologue()
    stored = {row[0] for row in store.select(prologue + f"""
        SELECT DISTINCT ?d WHERE {{ VALUES ?d {{ {_values(iris)} }} ?d a pg:PolicyDocument }}""").rows}
    new_documents = stored | set(graph.subjects(RDF.type, PG.PolicyDocument))
    context = new_graph()
    if not new_documents:
        return plain_strings(_agents(context, store, iris, set()))
    documents = set(stored)
    keys = {(str(n), str(k)) for d in new_documents for n in graph.objects(d, ELI.id_local)
            for k in graph.objects(d, ELI.type_document)}
    if stored:
        keys |= {(str(n), str(k)) for n, k in store.select(prologue + f"""
            SELECT ?n ?k WHERE {{ VALUES ?d {{ {_values(stored)} }} ?d eli:id_local ?n ; eli:type_document ?k }}
            """).rows}
    if keys:
        rows = " ".join(f'("{nt_escape(n)}" <{k}>)' for n, k in sorted(keys))
        documents.update(row[0] for row in store.select(prologue + f"""
            SELECT DISTINCT ?d WHERE {{ VALUES (?n ?k) {{ {rows} }} ?d eli:id_local ?n ; eli:type_document ?k }}
            """).rows)
    described = plain_strings(_describe(store, documents))
    context += described
    redated = {d for d in new_documents
               if {str(v) for v in graph.objects(d, ELI.date_document)}
               - {str(v) for v in described.objects(d, ELI.date_document)}}
    if redated:
        links = store.construct(prologue + f"""
            CONSTRUCT {{ ?s ?link ?o }} WHERE {{
              {{ VALUES ?s {{ {_values(redated)} }} ?s ?link ?o . }}
              UNION {{ VALUES ?o {{ {_values(redated)} }} ?s ?link ?o . }}
              FILTER (?link IN ({_in(LINKS)}) && isIRI(?o) && isIRI(?s))
            }}""")
        context += links
        ends = {n for s, _, o in links for n in (s, o)} - documents
        context += _describe(store, ends)
        documents |= ends
    context += store.construct(prologue + f"""
        CONSTRUCT {{ ?a ?p ?o }} WHERE {{
          VALUES ?d {{ {_values(new_documents)} }} ?a pg:areaOf ?d ; ?p ?o . FILTER (?p IN ({_in(AREA_PROPERTIES)}))
        }}""")
    candidates = set(context.objects(None, PG.candidate)) - documents
    context += _describe(store, candidates)
    return plain_strings(_agents(context, store, iris, documents | candidates))


def _describe(store: GraphStore, documents: set[Node]) -> Graph:
    if not documents:
        return new_graph()
    return store.construct(sparql_prologue() + f"""
        CONSTRUCT {{ ?d ?p ?o }} WHERE {{
          VALUES ?d {{ {_values(documents)} }} ?d ?p ?o . FILTER (?p IN ({_in(DOCUMENT_PROPERTIES)}))
        }}""")


def _agents(context: Graph, store: GraphStore, iris: set[URIRef], documents: set[Node]) -> Graph:
    """Add to ``context`` the stored actors and places among ``iris`` and the issuers in ``context``."""
    agents = (iris | set(context.objects(None, ELI.passed_by)) | set(context.objects(None, PG.inferredIssuer)))
    agents -= documents
    if agents:
        context += store.construct(sparql_prologue() + f"""
            CONSTRUCT {{ ?a ?p ?o }} WHERE {{
              VALUES ?a {{ {_values(agents)} }} ?a a ?type ; ?p ?o .
              FILTER (?type IN (org:Organization, pg:Place) && ?p IN ({_in(AGENT_PROPERTIES)}))
            }}""")
    return context


def plain_strings(graph: Graph) -> Graph:
    """``graph`` with every xsd:string literal written as a simple literal, in place.

    RDF 1.1 makes "7/NQ-CP" and "7/NQ-CP"^^xsd:string one term; rdflib keeps them apart, and the
    store hands back the second form (pyoxigraph types every simple literal). Without this, a
    document's number read from a text and from the store would count as two numbers.
    """
    typed = [(s, p, o) for s, p, o in graph if isinstance(o, Literal) and o.datatype == XSD.string]
    for s, p, o in typed:
        graph.remove((s, p, o))
        graph.add((s, p, Literal(str(o))))
    return graph


def relevant_nodes(graph: Graph) -> set[Node]:
    """The nodes a validation of ``graph`` reports on: those it says something about."""
    return set(graph.subjects())


def add_store_context(graph: Graph, store: GraphStore) -> None:
    """Add :func:`store_context` to ``graph`` (in place). Prefer :func:`validate_against_store`,
    which also leaves out the results about stored nodes that ``graph`` does not concern."""
    graph += store_context(graph, store)


def validate_against_store(
    graph: Graph, store: GraphStore, *, engine: str | None = None, ontology_dir: Path = DEFAULT_ONTOLOGY_DIR
) -> ValidationReport:
    """Validate ``graph`` as if it were in the store, without changing the store: the shapes see
    ``graph`` and its :func:`store_context`; the report keeps the results about ``graph``'s own
    nodes and the stored links that point to them. ``engine`` and ``ontology_dir`` as for
    :func:`~policygraph.validation.validate.validate_graph`."""
    merged = plain_strings(new_graph() + graph)
    merged += store_context(graph, store)
    return validate_graph(merged, ontology_dir=ontology_dir, engine=engine, keep=relevant_nodes(graph))
