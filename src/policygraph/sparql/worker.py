"""One query worker process: ``python -m policygraph.sparql.worker STORE_PATH``.

It opens the store read-only (``pyoxigraph.Store.read_only``: several processes may, while the
server holds the read-write store), then answers requests one at a time, read from stdin and
written to stdout as frames: a 4-byte big-endian length, then a pickled dict. The server
(``policygraph.sparql.pool``) owns the process and kills it when a query outlives its
deadline, which is why this runs in a process of its own: a thread cannot be stopped.

Requests:

- ``{"op": "query", "query", "base_iri", "dataset", "accept", "format", "max_rows", "max_bytes",
  "generation"}``: evaluate, choose the response type (``negotiation``), serialise, and enforce the
  result limits while serialising (a count of rows and bytes, so a huge result stops early).
  ``dataset`` is ``"union"`` (the merge of the graphs as the default graph: the store's
  ``union_graph`` when it has one, else Oxigraph's own union, which counts a triple once per
  graph: ``policygraph.store.merge``), ``None`` (the query's own FROM / FROM NAMED) or ``{"default": [iri...], "named":
  [iri...]}`` (the protocol's default-graph-uri / named-graph-uri: exactly those graphs).
- ``{"op": "check_update", "update", "base_iri"}``: parse (and run) an update against an empty
  in-memory store, so that a syntax error, or an update that crashes or hangs the parser, is found
  here rather than in the server process, which applies updates to the real store.

Every request carries the store ``generation``; when it is newer than the one this worker opened,
the worker reopens its read-only view first (milliseconds), so it sees what an update wrote.

Imports are kept to the standard library and pyoxigraph: the server starts these processes again
after every timeout, and startup time is latency for the next queries.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from typing import Any, BinaryIO

import pyoxigraph as ox

from policygraph.api.negotiation import GRAPH_FORMS, choose
from policygraph.errors import parse_position
from policygraph.store.merge import merge_as_default_graph
from policygraph.store.read_only import is_store_race, open_read_only

_HEADER = struct.Struct(">I")
_MAX_MESSAGE = 2_000

# How to count rows in a serialised SELECT result while it is written: a marker that ends (or
# starts) each row, and what to add to the marker count. The count can only err upwards (a
# literal containing the marker), never let a larger result through.
_ROW_MARKERS = {
    "application/sparql-results+json": (b"},{", 1),
    "application/sparql-results+xml": (b"<result>", 0),
    "text/csv": (b"\r\n", -1),
    "text/tab-separated-values": (b"\n", -1),
}


def write_frame(stream: BinaryIO, message: dict[str, Any]) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(payload)))
    stream.write(payload)  # apart: a result can be large, and concatenating would copy it
    stream.flush()


def read_frame(stream: BinaryIO) -> dict[str, Any] | None:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (length,) = _HEADER.unpack(header)
    payload = stream.read(length)
    if len(payload) < length:
        return None
    return pickle.loads(payload)


def frame_header_size() -> int:
    return _HEADER.size


def frame_length(header: bytes) -> int:
    return _HEADER.unpack(header)[0]


class _ResultTooLarge(Exception):
    pass


class _LimitedSink:
    """A file-like object pyoxigraph serialises into, which stops it past the result limits."""

    def __init__(self, max_bytes: int, max_rows: int, media_type: str | None) -> None:
        self.max_bytes = max_bytes
        self.max_rows = max_rows
        self.parts: list[bytes] = []
        self.size = 0
        self.marker, self.offset = _ROW_MARKERS.get(media_type or "", (b"", 0))
        self.markers = 0
        self.tail = b""
        self.exceeded: str | None = None

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        self.size += len(chunk)
        if self.size > self.max_bytes:
            self.exceeded = f"the result is larger than {self.max_bytes} bytes"
            raise _ResultTooLarge(self.exceeded)
        if self.marker:
            window = self.tail + chunk
            self.markers += window.count(self.marker)
            self.tail = window[-(len(self.marker) - 1):]
            if self.markers + self.offset > self.max_rows:
                self.exceeded = f"the result has more than {self.max_rows} rows"
                raise _ResultTooLarge(self.exceeded)
        self.parts.append(chunk)
        return len(chunk)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _limited_triples(triples: ox.QueryTriples, sink: _LimitedSink):  # type: ignore[no-untyped-def]
    for count, triple in enumerate(triples, 1):
        if count > sink.max_rows:
            sink.exceeded = f"the result has more than {sink.max_rows} triples"
            raise _ResultTooLarge(sink.exceeded)
        yield triple


def syntax_reply(exc: SyntaxError) -> dict[str, Any]:
    """The reply for a query or update Oxigraph's parser refused: its message (cut short) and the
    line and column it names."""
    message = str(exc)
    line, column = parse_position(message)
    return {"ok": False, "kind": "syntax", "detail": message[:_MAX_MESSAGE], "line": line, "column": column}


class QueryWorker:
    def __init__(self, store_path: str) -> None:
        self.store_path = store_path
        self.generation = 0
        self.store = open_read_only(store_path)
        self.has_graph: dict[str, bool] = {}

    def reopen(self, generation: int) -> None:
        self.store = None  # type: ignore[assignment]
        self.store = open_read_only(self.store_path)
        self.generation = generation
        self.has_graph = {}

    def union_default_graph(self, union_graph: str | None) -> dict[str, Any]:
        """The query options that make the merge of all graphs the default graph (whether the store
        has the union graph is asked once per generation)."""
        if union_graph and union_graph not in self.has_graph:
            self.has_graph[union_graph] = self.store.contains_named_graph(ox.NamedNode(union_graph))
        return merge_as_default_graph(union_graph if union_graph and self.has_graph[union_graph] else None)

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        if request["op"] == "check_update":
            return self.check_update(request)
        if request["generation"] != self.generation:
            self.reopen(request["generation"])
        try:
            return self.query(request)
        except (OSError, RuntimeError) as exc:
            if not is_store_race(exc):
                raise
            # The view trails files the writer compacted away: reopen it and run the query again.
            print(f"query worker {os.getpid()}: reopening the store after: {exc}", file=sys.stderr)
            self.reopen(request["generation"])
            return self.query(request)

    def query(self, request: dict[str, Any]) -> dict[str, Any]:
        options: dict[str, Any] = {"base_iri": request["base_iri"]}
        dataset = request["dataset"]
        if dataset == "union":
            options.update(self.union_default_graph(request.get("union_graph")))
        elif dataset is not None:
            options["default_graph"] = [ox.NamedNode(iri) for iri in dataset["default"]]
            options["named_graphs"] = [ox.NamedNode(iri) for iri in dataset["named"]]
        try:
            results = self.store.query(request["query"], **options)
        except SyntaxError as exc:
            return syntax_reply(exc)
        except ValueError as exc:
            return {"ok": False, "kind": "invalid", "detail": str(exc)[:_MAX_MESSAGE]}
        except RuntimeError as exc:  # e.g. a function the engine does not implement
            if is_store_race(exc):
                raise
            return {"ok": False, "kind": "evaluation", "detail": str(exc)[:_MAX_MESSAGE]}
        if isinstance(results, ox.QuerySolutions):
            form = "select"
        elif isinstance(results, ox.QueryBoolean):
            form = "ask"
        else:
            form = "construct"
        offer = choose(form, request["accept"], request["format"])
        if offer is None:
            return {"ok": False, "kind": "not_acceptable", "form": form}
        sink = _LimitedSink(request["max_bytes"], request["max_rows"], offer.serialization)
        try:
            if form in GRAPH_FORMS:
                ox.serialize(
                    _limited_triples(results, sink), sink,
                    format=ox.RdfFormat.from_media_type(offer.serialization),
                )
            else:
                results.serialize(sink, format=ox.QueryResultsFormat.from_media_type(offer.serialization))
        except Exception as exc:
            if sink.exceeded:
                return {"ok": False, "kind": "too_large", "detail": sink.exceeded}
            if is_store_race(exc):
                raise
            if isinstance(exc, OSError | RuntimeError | ValueError):  # a failing SERVICE call, say
                return {"ok": False, "kind": "evaluation", "detail": str(exc)[:_MAX_MESSAGE]}
            return {"ok": False, "kind": "failed", "detail": f"{type(exc).__name__}: {exc}"[:_MAX_MESSAGE]}
        return {"ok": True, "form": form, "media_type": offer.media_type, "body": sink.getvalue()}

    def check_update(self, request: dict[str, Any]) -> dict[str, Any]:
        try:
            ox.Store().update(request["update"], base_iri=request["base_iri"])
        except SyntaxError as exc:
            return syntax_reply(exc)
        except Exception:  # evaluation against an empty store proves nothing; the real one decides
            pass
        return {"ok": True}


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the server dies, even in the middle of a query."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(f"usage: python -m {__spec__.name if __spec__ else __name__} STORE_PATH", file=sys.stderr)
        return 2
    # Frames go through private descriptors; whatever else writes to stdout lands on stderr.
    requests = os.fdopen(os.dup(0), "rb")
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when workers stop
    _die_with_parent()
    try:
        worker = QueryWorker(argv[0])
    except (OSError, RuntimeError) as exc:
        write_frame(replies, {"ready": False, "error": str(exc)})
        return 1
    write_frame(replies, {"ready": True, "pid": os.getpid()})
    while (request := read_frame(requests)) is not None:
        try:
            reply = worker.handle(request)
        except Exception as exc:  # anything unforeseen is reported, and the worker lives on
            reply = {"ok": False, "kind": "failed", "detail": f"{type(exc).__name__}: {exc}"[:_MAX_MESSAGE]}
        write_frame(replies, reply)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
