"""The command line: extract, validate, ingest, query, trace, export, stats, serve.

Exit codes: 0 success; 1 a finding (violations, no chain); 2 unusable input or store error.

This is an edge: each command reads the settings (``POLICYGRAPH_*``) once, at its top, and passes
what they decide down as parameters; the library below never reads the environment. Extraction
gets its data folders through the pipeline it is given (:func:`_pipeline`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from typer.core import TyperGroup

from policygraph.config import Settings, get_settings
from policygraph.errors import InputError, PolicyGraphError, QueryError

if TYPE_CHECKING:
    from spacy.language import Language

    from policygraph.rdf.mapping import ExtractionMapper
    from policygraph.store.base import GraphStore


class Commands(TyperGroup):
    """The command group, with usage errors (an unknown option, a value out of range or not in its list)
    said in one line on stderr, exit 2, as every other unusable input is: click prints three lines
    (usage, hint, error), typer a box around them."""

    def main(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        kwargs.setdefault("prog_name", "policygraph")
        try:
            code = super().main(*args, **kwargs)  # type: ignore[arg-type]
        except typer.TyperException as exc:  # typer's click exceptions: UsageError, BadParameter ...
            context = getattr(exc, "ctx", None)
            hint = f" Try '{context.command_path} --help' for help." if context is not None else ""
            message = exc.format_message().rstrip()
            sys.stderr.write(f"error: {message}{'' if message.endswith('.') else '.'}{hint}\n")
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.stderr.write("aborted\n")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=Commands,
    help="policygraph: a knowledge graph of Vietnamese policy documents.",
    # click's own help layout: a flag is listed as a flag (typer's panels give every flag a "<bool>" value).
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True)

StoreOption = Annotated[
    str | None, typer.Option("--store", help="The store: a folder, or a SPARQL server's query URL (default: "
                             "$POLICYGRAPH_STORE or var/store).")
]


class ExtractFormat(StrEnum):
    turtle = "turtle"
    json = "json"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    turtle = "turtle"


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    turtle = "turtle"


class TraceFormat(StrEnum):
    text = "text"
    json = "json"
    dot = "dot"


class StatsFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    turtle = "turtle"
    nquads = "nquads"
    trig = "trig"
    jsonld = "jsonld"
    ntriples = "ntriples"


def _fail(exc: PolicyGraphError) -> typer.Exit:
    # One plain line, never wrapped: "error: FILE, line L, offset O: what is wrong" (a parser's message
    # over several lines, as Oxigraph's "expected one of" lists are, is joined).
    sys.stderr.write(f"error: {one_line(str(exc))}\n")
    return typer.Exit(exc.exit_code)


def _print_version(value: bool) -> None:
    if value:
        import policygraph

        sys.stdout.write(f"policygraph {policygraph.__version__}\n")
        raise typer.Exit(0)


@app.callback(invoke_without_command=True)
def settings_first(
    context: typer.Context,
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """policygraph: a knowledge graph of Vietnamese policy documents."""
    if context.invoked_subcommand is None:  # no command: the list of commands
        sys.stdout.write(context.get_help() + "\n")
        raise typer.Exit(2)
    try:
        get_settings()  # a POLICYGRAPH_* value it cannot take is said once, here, before any work
    except PolicyGraphError as exc:
        raise _fail(exc) from exc


def one_line(message: str) -> str:
    return " ".join(part.strip() for part in message.splitlines() if part.strip())


def _pipeline(settings: Settings) -> Language:
    """The shared pipeline on the settings' data folders and text limit (see
    :func:`policygraph.extract.pipeline.pipeline_from_settings`)."""
    from policygraph.extract.pipeline import pipeline_from_settings

    return pipeline_from_settings(settings)


def _mapper(settings: Settings) -> ExtractionMapper:
    """The RDF mapping on the settings' base IRI, kind and issuer tables, gazetteers and relation kinds."""
    from policygraph.rdf.mapping import ExtractionMapper

    return ExtractionMapper(settings.base_iri, settings.patterns_dir, settings.gazetteers_dir, settings.ontology_dir)


def _open_store(store: str | None, settings: Settings, *, read_only: bool = False,
                must_exist: bool = False) -> GraphStore:
    """The store of --store (else POLICYGRAPH_STORE), opened with the command's settings (base IRI; a
    remote store's URLs, credentials, timeout and retries)."""
    from policygraph.store.opening import open_store

    return open_store(store or settings.store, settings=settings, read_only=read_only, must_exist=must_exist)


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A .txt or .md file.")],
    fmt: Annotated[ExtractFormat, typer.Option(
        "--format", "-f", help="turtle (the RDF statements) or json (the gold files' field names).")
    ] = ExtractFormat.turtle,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of standard output.")] = None,
) -> None:
    """Extract documents, references and links from one text; print RDF (Turtle) or JSON."""
    from policygraph.extract.pipeline import extract_text
    from policygraph.sources import read_source_text, source_name_for

    settings = get_settings()
    try:
        text = read_source_text(file, settings.max_text_chars)
        extraction = extract_text(text, source_name_for(file, data_dir=settings.data_dir), _pipeline(settings))
    except PolicyGraphError as exc:
        raise _fail(exc) from exc
    if fmt is ExtractFormat.json:
        data = json.dumps(extraction.to_json(), ensure_ascii=False, indent=1)
    else:
        data = _mapper(settings).to_graph(extraction).serialize(format="turtle")
    if output:
        output.write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data if data.endswith("\n") else data + "\n")


class ShaclEngine(StrEnum):
    pyshacl = "pyshacl"
    turbo = "turbo"


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(
        help="Texts (.txt/.md, extracted first; folders give their texts) "
        "or RDF (.ttl, .nt, .jsonld, .rdf, .nq, .trig).")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="text (grouped by focus node), json, or "
                                              "turtle (the standard SHACL validation report).")] = ReportFormat.text,
    against_store: Annotated[bool, typer.Option(
        "--against-store", help="Validate in the context of the stored corpus: references resolve to stored "
        "documents and cross-document rules apply. The store is only read.")] = False,
    engine: Annotated[ShaclEngine | None, typer.Option(
        "--engine", help="SHACL engine (default: $POLICYGRAPH_SHACL_ENGINE or pyshacl).")] = None,
    summary: Annotated[bool, typer.Option(
        "--summary", help="Print the results counted by severity and shape, and the command that prints "
        "each of them (text format only).")] = False,
    store: StoreOption = None,
) -> None:
    """Validate documents against the SHACL shapes.

    Exit 0: no violation (warnings and infos are printed); 1: violations; 2: unusable input (with the
    parser's line and column) or a store that cannot be read.
    """
    from policygraph.sources import TEXT_SUFFIXES
    from policygraph.validation.inputs import load_for_validation, validate_against_store
    from policygraph.validation.report import render_report, render_summary
    from policygraph.validation.validate import validate_graph

    settings = get_settings()
    if summary and fmt is not ReportFormat.text:
        sys.stderr.write(f"error: --summary is a text report; --format {fmt.value} gives every result.\n")
        raise typer.Exit(2)
    chosen = engine.value if engine else None
    try:
        texts = any(p.is_dir() or p.suffix.lower() in TEXT_SUFFIXES for p in files)  # RDF alone needs no spaCy
        graph = load_for_validation(
            files, nlp=_pipeline(settings) if texts else None, mapper=_mapper(settings) if texts else None,
            data_dir=settings.data_dir, max_chars=settings.max_text_chars, max_nesting=settings.max_data_nesting,
        )
        if against_store:
            # Read-only (validate_against_store never writes), so that it works beside a running server.
            with _open_store(store, settings, must_exist=True, read_only=True) as opened:
                report = validate_against_store(graph, opened, engine=chosen or settings.shacl_engine,
                                                ontology_dir=settings.ontology_dir)
        else:
            report = validate_graph(graph, engine=chosen or settings.shacl_engine, ontology_dir=settings.ontology_dir)
    except PolicyGraphError as exc:
        sys.stderr.write(f"error: {one_line(str(exc))}\n")  # one line, unwrapped: file, line, column, what
        raise typer.Exit(2) from exc
    if summary:
        import shlex

        every = ["policygraph", "validate", *map(str, files), *(["--against-store"] if against_store else []),
                 *(["--engine", chosen] if chosen else []), *(["--store", store] if store else [])]
        sys.stdout.write(render_summary(report, settings.base_iri))
        if report.results:
            sys.stdout.write(f"each result with its sentence: {shlex.join(every)} (or --format json)\n")
    else:
        sys.stdout.write(render_report(report, fmt.value, settings.base_iri))
    raise typer.Exit(0 if report.conforms else 1)


LONGEST_INGEST_TABLE = 100


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders (.txt, .md). A text in a folder is known by its path inside it, a file given "
        "alone by its name, a text under data/ by its path there.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    validate: Annotated[bool, typer.Option(
        "--validate/--no-validate", help="Validate each text's statements against the SHACL shapes first; a text "
        "with violations is refused.")] = True,
    quarantine: Annotated[bool, typer.Option(
        "--quarantine", help="Keep refused texts' graphs and reports in var/quarantine ($POLICYGRAPH_QUARANTINE_DIR) "
        "instead of only reporting them.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Re-ingest unchanged texts too.")] = False,
    store: StoreOption = None,
) -> None:
    """Ingest texts into the store, one named graph per text, atomically; unchanged texts are skipped."""
    from policygraph.ingest import ingest_paths
    from policygraph.sources import collect_source_files

    settings = get_settings()
    done: list[str] = []

    def advance(name: str) -> None:
        done.append(name)
        bar.update(task, advance=1, description=name)

    try:
        # Before the store is opened: a refusal leaves no trace.
        total = len(collect_source_files(paths, settings.data_dir))
        with _open_store(store, settings) as opened, Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
            console=err, transient=True,
        ) as bar:
            task = bar.add_task("", total=total)
            summary = ingest_paths(
                paths, opened, jobs=jobs, validate=validate, quarantine=quarantine, force=force,
                progress=advance, quarantine_dir=settings.quarantine_dir, nlp=_pipeline(settings),
                mapper=_mapper(settings), data_dir=settings.data_dir, max_chars=settings.max_text_chars,
                ontology_dir=settings.ontology_dir, engine=settings.shacl_engine,
            )
    except PolicyGraphError as exc:
        raise _fail(exc) from exc
    except KeyboardInterrupt:
        # Each text is written in one atomic request: the store holds the texts done so far, whole,
        # and nothing of the one being written when the signal came.
        err.print(f"interrupted after {len(done)} of {total} texts; those are stored whole, "
                  "the rest are not in the store. Run the same command again to finish.")
        raise typer.Exit(130) from None
    # The texts this run wrote or refused; unchanged ones are counted in the last line only (`make run`
    # ingests data/corpus at every start, and a table of texts that did not change says nothing).
    listed = [o for o in summary.outcomes if o.status != "unchanged"]
    if len(listed) > LONGEST_INGEST_TABLE:  # a large corpus: list only the texts that need a look
        listed = [o for o in listed if o.status in {"refused", "quarantined", "failed"}]
    table = Table(title="ingest", show_lines=False)
    table.add_column("text", overflow="fold")  # a text's name folded onto more lines, not cut: it is how to find it
    for column in ("status", "statements", "documents", "warnings", "violations"):
        table.add_column(column)
    for o in listed:
        table.add_row(
            o.source, o.status, str(o.statements), str(o.documents),
            str(len(o.report.warnings)) if o.report else "-", str(len(o.report.violations)) if o.report else "-",
        )
    if listed:
        out.print(table)
    out.print(
        f"{len(summary.outcomes)} texts: {summary.count('ingested')} ingested, {summary.count('unchanged')} "
        f"unchanged, {summary.count('refused')} refused, {summary.count('quarantined')} quarantined, "
        f"{summary.count('failed')} failed; "
        f"{summary.statements} statements; {summary.warnings} warnings"
    )
    for o in summary.outcomes:
        if o.status in {"refused", "quarantined"} and o.report:
            from policygraph.validation.report import render_report

            err.print(f"[bold red]{o.source}[/] {o.status}:")
            err.print(render_report(o.report, "text", settings.base_iri), highlight=False)
        if o.failure is not None:
            err.print(f"[bold red]failed[/] {o.failure}", highlight=False)
    raise typer.Exit(1 if summary.count("refused") or summary.count("failed") else 0)


@app.command()
def query(
    file: Annotated[str, typer.Argument(help="A .rq file (or the name of one in queries/), or - for standard input.")],
    fmt: Annotated[QueryFormat, typer.Option(
        "--format", "-f", help="table (for reading), or a SPARQL results / RDF format for programs.")
    ] = QueryFormat.table,
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query (the union of all texts' graphs is the default graph)."""
    from policygraph.nesting import check_query_nesting
    from policygraph.sources import decode_utf8

    settings = get_settings()
    try:
        text = (decode_utf8(sys.stdin.buffer.read(), "<stdin>") if file == "-"
                else _read_query(Path(file), settings.queries_dir, settings.max_text_chars))
        check_query_nesting(text, settings.max_query_nesting, source="<stdin>" if file == "-" else file)
        _contained(lambda: _run_query(text, fmt, store, settings))
    except PolicyGraphError as exc:
        raise _fail(exc) from exc


def _run_query(text: str, fmt: QueryFormat, store: str | None, settings: Settings) -> None:
    base_iri = settings.base_iri
    try:
        with _open_store(store, settings, must_exist=True, read_only=True) as opened:
            if fmt is QueryFormat.table:
                _print_table(opened, text, base_iri)
                return
            media = {
                "json": "application/sparql-results+json", "csv": "text/csv",
                "tsv": "text/tab-separated-values", "turtle": "text/turtle",
            }[fmt.value]
            _, data = opened.query_serialized(text, media)
            sys.stdout.write(data.decode("utf-8"))
    except PolicyGraphError as exc:
        raise _fail(exc) from exc
    except ValueError as exc:
        err.print(f"[bold red]error:[/] --format {fmt.value} does not fit this query form: {exc}")
        raise typer.Exit(2) from exc


def _contained(run: Callable[[], None]) -> None:
    """Run ``run`` in a forked child process and take its exit code, so that a crash stays in the child.

    Oxigraph's SPARQL parser and evaluator recurse natively, and not only on brackets: 2,600
    OPTIONALs in a row, 6,500 UNIONs or 9,400 ``!`` overflow the stack, a segfault no Python code can
    catch. The bracket limit refuses most such queries with their position; whatever else kills the
    engine kills only the child, and the command exits 2 with one line, as the endpoint answers 400
    when a query kills its worker. The child writes the results to the same stdout itself. The store
    is opened in the child only, so the parent holds no lock and no engine state when it forks."""
    if not hasattr(os, "fork"):  # not POSIX: no containment, the query runs here
        run()
        return
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the parent's code
        code = 1
        try:
            run()
            code = 0
        except typer.Exit as exc:
            code = exc.exit_code
        except KeyboardInterrupt:
            code = 130
        except BaseException:
            traceback.print_exc()
        finally:
            with contextlib.suppress(BaseException):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
    while True:
        try:
            status = os.waitpid(pid, 0)[1]
            break
        except KeyboardInterrupt:  # the child got the same SIGINT; wait for it to end
            continue
    if os.WIFSIGNALED(status):
        name = signal.Signals(os.WTERMSIG(status)).name
        raise QueryError(f"the query engine crashed on this query ({name}): it nests too deeply for the engine "
                         "(long chains of OPTIONAL, UNION, MINUS, ||, && or ! nest as brackets do); split or "
                         "simplify it")
    code = os.waitstatus_to_exitcode(status)
    if code:
        raise typer.Exit(code)


def _read_query(path: Path, queries_dir: Path, max_chars: int) -> str:
    """The query file at ``path``, or the saved query of that name in ``queries_dir``."""
    if not path.exists():
        saved = queries_dir / path
        if saved.exists():
            path = saved
        else:
            raise InputError("no such query file", source=str(path))
    from policygraph.sources import read_source_text

    return read_source_text(path, max_chars)


SHORT_CELL = 20  # characters: a quarter of an 80-column terminal


def _column_widths(variables: list[str], cells: list[list[str]], available: int) -> list[int | None]:
    """Widths for the columns of a table wider than the terminal (None: the column keeps its own).

    A column of short single words (numbers, dates, counts, prefixed names) keeps its width: "45-NQ/TW"
    folded onto two lines reads as two values. The other columns give way, each down to its longest word
    (at most SHORT_CELL, past which a word is folded), keeping their shares of what is left in proportion
    to their longest cells. Rich, left to itself, narrows them all to one width, and a column of IRIs
    folds onto as many lines as a column of two-word kinds."""
    from rich.cells import cell_len

    columns = [[name, *(row[i] for row in cells)] for i, name in enumerate(variables)]
    natural = [max(cell_len(c) for c in column) for column in columns]
    keeps = [n <= SHORT_CELL and not any(" " in c.strip() for c in column[1:]) for n, column in zip(
        natural, columns, strict=True)]
    room = available - 3 * len(columns) - 1  # each cell's two spaces of padding and its border
    if sum(natural) <= room:
        return [None] * len(columns)
    least = [n if keep else max(cell_len(column[0]), min(SHORT_CELL, max(
        (cell_len(w) for c in column[1:] for w in c.split()), default=1)))
        for n, keep, column in zip(natural, keeps, columns, strict=True)]
    widths = list(natural)
    while sum(widths) > room:
        # One character at a time from the column furthest above its minimum, relative to its size.
        shares = [(w - low) / n if w > low else -1.0 for w, low, n in zip(widths, least, natural, strict=True)]
        widest = max(range(len(widths)), key=shares.__getitem__)
        if shares[widest] < 0:
            break  # every column at its minimum: rich folds what is left
        widths[widest] -= 1
    return [None if keep else w for w, keep in zip(widths, keeps, strict=True)]


def _print_table(store: object, text: str, base_iri: str) -> None:
    """The rows, for reading: terms by their short names (``policygraph.rdf.display``), and a cell too
    long for its column folded onto more lines, never cut; the base that relative IRIs stand for is said
    under the table. --format csv or json gives the full IRIs."""
    from policygraph.rdf.display import TermNames
    from policygraph.sparql.query_text import scan

    names = TermNames(base_iri, scan(text).prefixes)
    result = store.select(text)  # type: ignore[attr-defined]
    cells = [[names.name(v) for v in row] for row in result.rows]
    table = Table(*result.variables)
    for column, width in zip(table.columns, _column_widths(result.variables, cells, out.width), strict=True):
        column.overflow = "fold"
        column.width = width
    for row in cells:
        table.add_row(*row)
    out.print(table)
    relative = names.uses_base(v for row in result.rows for v in row)
    out.print(f"{len(result.rows)} rows" + (f"; <…> is relative to {names.base_iri}" if relative else ""),
              highlight=False)


@app.command()
def trace(
    start: Annotated[str, typer.Argument(help="Number of the document to start from, e.g. 7/NQ-CP.")],
    goal: Annotated[str | None, typer.Argument(help="Number of the document to reach.")] = None,
    fmt: Annotated[TraceFormat, typer.Option(
        "--format", "-f", help="text, json, or dot (Graphviz: the documents and each hop's sentence).")
    ] = TraceFormat.text,
    store: StoreOption = None,
) -> None:
    """The chain of typed links from START towards GOAL, each hop with its evidence sentence."""
    from policygraph.trace import trace as trace_chain

    try:
        settings = get_settings()
        with _open_store(store, settings, must_exist=True, read_only=True) as opened:
            hops = trace_chain(opened, start, goal)
    except PolicyGraphError as exc:
        raise _fail(exc) from exc
    if fmt is TraceFormat.json:
        sys.stdout.write(json.dumps([h.to_json() for h in hops], ensure_ascii=False, indent=1) + "\n")
    elif fmt is TraceFormat.dot:
        sys.stdout.write(trace_dot(hops))
    else:
        if not hops:
            out.print(f"no chain from {start} to {goal}" if goal else f"no links from {start}")
        for i, h in enumerate(hops, 1):
            out.print(f"[bold]{i}. {h.source_label} --{h.relation}--> {h.target_label}[/]", highlight=False)
            out.print(f"   «{h.evidence}»", highlight=False)
            out.print(f"   {h.source_text} [{h.start}:{h.end}]", highlight=False)
    if goal and not hops:
        raise typer.Exit(1)


def _dot_string(text: str) -> str:
    """A Graphviz quoted string; line breaks become Graphviz's centred "\\n"."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n") + '"'


def trace_dot(hops: list) -> str:  # type: ignore[type-arg]
    """A trace as Graphviz: documents as boxes, each hop an edge labelled with its relation and the
    words that state it (with the source and offsets in the edge's tooltip)."""
    import textwrap

    lines = ["digraph trace {", "  rankdir=LR;", '  graph [fontname="Noto Sans"];',
             '  node [shape=box, style="rounded", fontname="Noto Sans"];',
             '  edge [fontname="Noto Sans", fontsize=10];']
    for h in hops:
        quote = textwrap.shorten(h.evidence, width=200, placeholder=" …")
        label = "\n".join([h.relation, *textwrap.wrap(f"«{quote}»", 40)])
        tooltip = f"{h.evidence} ({h.source_text} [{h.start}:{h.end}])"
        lines.append(f"  {_dot_string(h.source_label)} -> {_dot_string(h.target_label)} "
                     f"[label={_dot_string(label)}, tooltip={_dot_string(tooltip)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="nquads or trig keep the named graphs; turtle, jsonld or ntriples give their union.")
    ] = ExportFormat.nquads,
    store: StoreOption = None,
) -> None:
    """The whole store: N-Quads/TriG keep the named graphs; Turtle/JSON-LD/N-Triples give the union."""

    try:
        settings = get_settings()
        with _open_store(store, settings, must_exist=True, read_only=True) as opened:
            opened.export_to(fmt.value, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    except PolicyGraphError as exc:
        raise _fail(exc) from exc


@app.command()
def stats(
    fmt: Annotated[StatsFormat, typer.Option("--format", "-f", help="table (for reading) or json.")
                   ] = StatsFormat.table,
    store: StoreOption = None,
) -> None:
    """Counts of texts, documents, links and statements in the store."""
    from policygraph.stats import store_statistics

    try:
        settings = get_settings()
        with _open_store(store, settings, must_exist=True, read_only=True) as opened:
            figures = store_statistics(opened)
    except PolicyGraphError as exc:
        raise _fail(exc) from exc
    if fmt is StatsFormat.json:
        sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table("figure", "value")
    for key, value in figures.items():
        table.add_row(key, json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value))
    out.print(table)


def _tcp_port(value: int | None) -> int | None:
    # uvicorn takes a number past 65535 modulo 65536: it would log one port and listen on another.
    if value is not None and not 1 <= value <= 65535:
        raise typer.BadParameter(f"{value} is not a TCP port; give one from 1 to 65535.")
    return value


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on (default: $POLICYGRAPH_HOST or "
                                             "127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(callback=_tcp_port, help="TCP port to listen on, 1 to 65535 "
                                             "(default: $POLICYGRAPH_PORT or 8000).")] = None,
    store: StoreOption = None,
) -> None:
    """Serve the SPARQL endpoint, the API and the web page."""
    import os

    from policygraph.api.server import serve_app
    from policygraph.stats import text_count
    from policygraph.store.embedded import holds_store
    from policygraph.store.opening import is_remote, require_existing_store

    settings = get_settings()
    location = store or settings.store
    try:
        if not settings.update_token:  # a server that takes SPARQL Update may start from an empty store
            require_existing_store(location)
        texts = 0
        if is_remote(location) or holds_store(Path(location)):
            with _open_store(location, settings, read_only=True) as opened:
                texts = text_count(opened)
    except PolicyGraphError as exc:
        raise _fail(exc) from exc
    if store:
        os.environ["POLICYGRAPH_STORE"] = store
        get_settings.cache_clear()

    def announce(url: str) -> None:
        out.print(f"\npolicygraph serves {location} ({texts} text{'' if texts == 1 else 's'}) at [bold]{url}[/]: "
                  f"the query page {url}, documents {url}documents, graph {url}graph, SPARQL endpoint "
                  f"{url}sparql, API {url}api. Ctrl-C stops it.", highlight=False)

    started = serve_app(host or settings.host, port or settings.port, settings.shutdown_grace_s, announce)
    if not started:
        raise typer.Exit(3)  # uvicorn's own exit code when the app or the socket fails at startup


def main() -> None:  # pragma: no cover - console entry point
    # rdflib logs a warning with a traceback for every literal whose lexical form it cannot convert
    # (an xsd:integer of 5,000 digits, past Python's int_max_str_digits); it keeps the literal as it is,
    # which is right, so on a terminal the traceback is only noise that looks like a crash.
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
