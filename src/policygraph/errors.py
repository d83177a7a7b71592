"""Our exception types. Each message says what is wrong, where, and what to do about it."""

from __future__ import annotations


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
    """A SPARQL query or update that does not parse or cannot be evaluated."""

    exit_code = 2


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
