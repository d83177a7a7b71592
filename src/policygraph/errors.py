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


class EmptyStoreError(StoreError):
    """The store holds no corpus yet; the user should run `policygraph ingest` first."""


class QueryError(PolicyGraphError):
    """A SPARQL query or update that does not parse or cannot be evaluated."""

    exit_code = 2
