"""Our exception types. Each message says what is wrong, where, and what to do about it."""

from __future__ import annotations

import re


class PolicyGraphError(Exception):
    """Base of every error policygraph raises on purpose."""

    exit_code = 1


class InputError(PolicyGraphError):
    """Unusable input: a missing file, bytes that are not UTF-8, RDF or SPARQL that does not parse."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.source = source
        self.line = line
        self.column = column
        self.offset = offset
        where = []
        if source:
            where.append(source)
        if line is not None:
            where.append(f"line {line}")
        if column is not None:
            where.append(f"column {column}")
        if offset is not None:
            where.append(f"offset {offset}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class ValidationFailed(PolicyGraphError):
    """A graph violates the SHACL shapes; carries the report so callers can show it."""

    def __init__(self, message: str, report: object | None = None) -> None:
        self.report = report
        super().__init__(message)


class StoreError(PolicyGraphError):
    """The store cannot be opened, read or written (locked, missing, corrupt, unreachable)."""


class StoreLockedError(StoreError):
    """Another process (a running `policygraph serve`, an ingest) holds the embedded store for writing.
    Not a failure of the store: the user has to stop that process or write through it, so the message
    says how, and the exit code is that of unusable input."""

    exit_code = 2


class EmptyStoreError(StoreError):
    """The store holds no corpus yet; the user should run `policygraph ingest` first."""


class NoStoreError(StoreError):
    """A command that only reads a store was pointed at a folder that holds none (a mistyped --store or
    POLICYGRAPH_STORE). Opening it would create an empty store and answer as if the corpus were empty."""

    exit_code = 2


class SettingsError(PolicyGraphError):
    """A POLICYGRAPH_* setting has a value it cannot take (a port past 65535, a negative timeout)."""

    exit_code = 2


class QueryError(PolicyGraphError):
    """A SPARQL query or update that does not parse or cannot be evaluated; ``line`` and ``column``
    say where, when the parser said so."""

    exit_code = 2

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


# Where a SPARQL parser's message puts the error: Oxigraph's "error at 3:2", or the "line 3, column 2"
# (or "line 3:2") of other servers' messages.
_PARSE_POSITION = re.compile(r"(?:error at |line )(\d+)[:, ]+(?:column )?(\d+)")


def parse_position(message: str) -> tuple[int | None, int | None]:
    """The line and column a parser's error message names, or (None, None) when it names none."""
    match = _PARSE_POSITION.search(message)
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


class QuerySyntaxError(QueryError):
    """A query or update that does not parse."""

    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message, line=line, column=column)

    @classmethod
    def from_message(cls, message: str, prefix: str = "") -> QuerySyntaxError:
        """The error for a parser's ``message``, with the line and column it names."""
        return cls(f"{prefix}{message}", *parse_position(message))


class InvalidQuery(QueryError):
    """The engine refused the query for a reason other than its syntax."""


class NotAcceptable(QueryError):
    """The client accepts none of the types this query form can be answered in."""

    def __init__(self, form: str) -> None:
        super().__init__(f"no acceptable response type for a {form.upper()} query")
        self.form = form


class ResultTooLarge(QueryError):
    """The answer has more rows or bytes than the endpoint's result limits."""


class QueryEvaluationError(QueryError):
    """The engine could not evaluate a well-formed query (an extension function it does not have, say)."""


class QueryFailed(QueryError):
    """The engine failed unexpectedly (a bug, or the store could not be read)."""


class UpdateFailed(QueryError):
    """A well-formed SPARQL Update the store could not apply; the store is as it was before it."""


class WorkerCrashed(QueryError):
    """The query stopped the worker process that evaluated it."""


class QueryTimeout(PolicyGraphError):
    """The query ran past the deadline (POLICYGRAPH_QUERY_TIMEOUT_S) and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the query ran longer than the {seconds:g} s limit and was stopped")
        self.seconds = seconds


class WorkersBusy(PolicyGraphError):
    """No query worker came free in time: the client should try again later."""

    def __init__(self, seconds: float, what: str = "every query worker stayed busy") -> None:
        super().__init__(f"{what} for {seconds:g} s; try again later")
        self.seconds = seconds


class QueryOverMemory(PolicyGraphError):
    """The query needed more memory than a query worker may use, and was stopped."""

    def __init__(self, megabytes: int) -> None:
        super().__init__(
            f"the query needed more memory than the {megabytes} MB a query worker may use "
            "(POLICYGRAPH_QUERY_WORKER_MEMORY_MB), and was stopped"
        )
        self.megabytes = megabytes


class PipelineNotInitialized(PolicyGraphError):
    """A pipeline component ran before its data was loaded: build the pipeline with
    ``policygraph.extract.pipeline.build_pipeline``, call ``nlp.initialize()``, or load a saved one."""

    def __init__(self, component: str) -> None:
        self.component = component
        super().__init__(
            f"{component} has no data: call nlp.initialize() (or build the pipeline with build_pipeline, or "
            "load one saved with nlp.to_disk) before running it."
        )


class ExtractionFailed(PolicyGraphError):
    """One text made a stage of the pipeline fail (a component, or turning its results into statements).

    Carries the text, the stage and the error, so a batch can report it by name and go on with the other
    texts: the text is left out of the store, and nothing else is lost."""

    def __init__(self, source: str, stage: str, cause: BaseException | str) -> None:
        self.source = source
        self.stage = stage
        self.cause = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
        super().__init__(
            f"{source}: extraction failed in {stage} ({self.cause}). The text was not ingested; the others "
            "are not affected. Please report it with the text."
        )

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:  # from extraction worker processes, whole
        return (type(self), (self.source, self.stage, self.cause))
