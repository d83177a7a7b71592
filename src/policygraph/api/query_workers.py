"""The pool of query worker processes: how a runaway SPARQL query is stopped.

pyoxigraph has no query timeout, and a thread cannot be stopped, so queries run in worker
processes, which can be killed:

- The server process holds the read-write store (and so its exclusive lock: a CLI ingest into the
  same folder fails with a clear message while the server runs). It applies SPARQL Updates, when
  they are enabled, and serves the other routes.
- ``query_workers`` worker processes (``python -m policygraph.api.query_worker``) open the same
  folder with ``pyoxigraph.Store.read_only``, which several processes may do while one holds it for
  writing, and answer the queries: each evaluates, negotiates the format, serialises within the
  result limits, and sends the bytes back over its stdout pipe. A worker answers one query at a time;
  a request waits for an idle worker (at most the query timeout, then 503 "busy").
- Deadline: the server waits ``query_timeout_s`` for the answer. Past it the worker gets SIGKILL,
  the client gets 503 with a JSON error saying so, and a replacement starts in the background
  (a python process that imports pyoxigraph: 0.1 to 0.3 s); the other workers go on answering
  meanwhile, and the event loop never waits on a worker, so every other route stays responsive.
- Writes: pyoxigraph documents reading while another process writes as undefined, so reads and
  writes take turns through a gate. An update waits for the queries in flight, runs alone, and
  bumps the store *generation*; each worker reopens its read-only view before its next query when
  its generation is older (a few milliseconds, no new process), and so sees what the update wrote.
- A worker that dies (the engine's parser overflows its stack on some pathological queries) is
  replaced the same way; the query that killed it is answered 400.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from policygraph.api.query_worker import frame_header_size, frame_length
from policygraph.config import Settings
from policygraph.errors import PolicyGraphError, QueryError, StoreError
from policygraph.store.base import GraphStore

log = logging.getLogger("policygraph.api.workers")

WORKER_START_TIMEOUT_S = 30.0


class QuerySyntaxError(QueryError):
    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class InvalidQuery(QueryError):
    """The engine refused the query for a reason other than its syntax."""


class NotAcceptable(QueryError):
    def __init__(self, form: str) -> None:
        super().__init__(f"no acceptable response type for a {form.upper()} query")
        self.form = form


class ResultTooLarge(QueryError):
    pass


class QueryEvaluationError(QueryError):
    """The engine could not evaluate a well-formed query (an extension function it does not have, say)."""


class QueryFailed(QueryError):
    """The engine failed unexpectedly (a bug, or the store could not be read)."""


class QueryTimeout(PolicyGraphError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"the query ran longer than the {seconds:g} s limit and was stopped")
        self.seconds = seconds


class WorkersBusy(PolicyGraphError):
    def __init__(self, seconds: float, what: str = "every query worker stayed busy") -> None:
        super().__init__(f"{what} for {seconds:g} s; try again later")
        self.seconds = seconds


class WorkerCrashed(QueryError):
    """The query stopped the worker process that evaluated it."""


@dataclass(frozen=True)
class QueryAnswer:
    form: str
    media_type: str
    body: bytes


class _Worker:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    async def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self.process.stdin.write(len(payload).to_bytes(frame_header_size(), "big") + payload)
        await self.process.stdin.drain()

    async def receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        header = await self.process.stdout.readexactly(frame_header_size())
        return pickle.loads(await self.process.stdout.readexactly(frame_length(header)))

    async def call(self, message: dict[str, Any]) -> dict[str, Any]:
        await self.send(message)
        return await self.receive()

    def kill(self) -> None:
        if self.alive:
            self.process.kill()

    async def exit_status(self, wait_s: float = 1.0) -> str:
        try:
            code = await asyncio.wait_for(self.process.wait(), wait_s)
        except TimeoutError:
            return "still running"
        return f"killed by signal {-code}" if code < 0 else f"exit code {code}"


class _ReadWriteGate:
    """Many readers or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._readers = 0
        self._writing = False
        self._condition = asyncio.Condition()
        self._writers = asyncio.Lock()

    @asynccontextmanager
    async def reading(self, timeout_s: float) -> AsyncIterator[None]:
        """Raises TimeoutError when a write holds the gate longer than ``timeout_s``."""
        async with self._condition:
            await asyncio.wait_for(self._condition.wait_for(lambda: not self._writing), timeout_s)
            self._readers += 1
        try:
            yield
        finally:
            async with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[None]:
        async with self._writers:
            async with self._condition:
                self._writing = True
                try:
                    await self._condition.wait_for(lambda: self._readers == 0)
                except BaseException:
                    self._writing = False
                    self._condition.notify_all()
                    raise
            try:
                yield
            finally:
                async with self._condition:
                    self._writing = False
                    self._condition.notify_all()


class QueryWorkerPool:
    """Worker processes answering SPARQL queries over a read-only view of the store at ``store_path``.

    ``union_graph`` names the graph in which the store keeps the merge of all its graphs (see
    ``policygraph.store.embedded``); queries without a dataset take it as their default graph."""

    def __init__(self, store_path: str, settings: Settings, union_graph: str | None = None) -> None:
        self.store_path = store_path
        self.union_graph = union_graph
        self.size = settings.query_workers
        self.timeout_s = settings.query_timeout_s
        self.max_rows = settings.max_result_rows
        self.max_bytes = settings.max_result_bytes
        self.generation = 0
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._background: set[asyncio.Task[None]] = set()
        self._gate = _ReadWriteGate()
        self._closed = False

    async def start(self) -> None:
        results = await asyncio.gather(*(self._spawn() for _ in range(self.size)), return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            await self.close()
            raise errors[0]
        for worker in results:
            self._idle.put_nowait(worker)  # type: ignore[arg-type]

    async def close(self) -> None:
        self._closed = True
        for task in self._background:
            task.cancel()
        workers = list(self._workers)
        for worker in workers:
            if worker.process.stdin is not None:
                worker.process.stdin.close()
        for worker in workers:
            if await worker.exit_status(wait_s=1.0) == "still running":
                worker.kill()
                await worker.process.wait()
        self._workers.clear()

    async def query(
        self, query: str, *, base_iri: str, dataset: str | dict[str, list[str]] | None,
        accept: str | None, format: str | None,
    ) -> QueryAnswer:
        """Run a query in a worker. Raises QuerySyntaxError, InvalidQuery, QueryEvaluationError,
        NotAcceptable, ResultTooLarge, QueryFailed, QueryTimeout, WorkersBusy or WorkerCrashed."""
        message = {
            "op": "query", "query": query, "base_iri": base_iri, "dataset": dataset, "accept": accept,
            "format": format, "max_rows": self.max_rows, "max_bytes": self.max_bytes,
            "union_graph": self.union_graph,
        }
        try:
            async with self._gate.reading(self.timeout_s):
                message["generation"] = self.generation
                reply = await self._call(message)
        except TimeoutError:  # only the gate raises it; _call turns its own timeouts into QueryTimeout
            raise WorkersBusy(self.timeout_s, "an update held the store") from None
        if reply["ok"]:
            return QueryAnswer(reply["form"], reply["media_type"], reply["body"])
        kind = reply["kind"]
        if kind == "syntax":
            raise QuerySyntaxError(reply["detail"], reply["line"], reply["column"])
        if kind == "not_acceptable":
            raise NotAcceptable(reply["form"])
        if kind == "too_large":
            raise ResultTooLarge(reply["detail"])
        if kind == "invalid":
            raise InvalidQuery(reply["detail"])
        if kind == "evaluation":
            raise QueryEvaluationError(reply["detail"])
        raise QueryFailed(reply["detail"])

    async def check_update(self, update: str, *, base_iri: str) -> None:
        """Parse an update in a worker (against an empty in-memory store) so that a syntax error, or
        an update that crashes or hangs the parser, never reaches the server process."""
        reply = await self._call({"op": "check_update", "update": update, "base_iri": base_iri})
        if not reply["ok"]:
            raise QuerySyntaxError(reply["detail"], reply["line"], reply["column"])

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Hold off the queries while the server writes to the store; afterwards every worker
        reopens its read-only view before its next query."""
        async with self._gate.writing():
            try:
                yield
            finally:
                self.generation += 1

    async def _take_idle_worker(self) -> _Worker:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
        while True:
            try:
                worker = await asyncio.wait_for(self._idle.get(), max(deadline - loop.time(), 0))
            except TimeoutError:
                raise WorkersBusy(self.timeout_s) from None
            if worker.alive:
                return worker
            self._retire(worker, "found dead while idle")

    async def _call(self, message: dict[str, Any]) -> dict[str, Any]:
        worker = await self._take_idle_worker()
        try:
            reply = await asyncio.wait_for(worker.call(message), self.timeout_s)
        except TimeoutError:
            self._retire(worker, "query timeout")
            raise QueryTimeout(self.timeout_s) from None
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            status = await worker.exit_status()
            self._retire(worker, f"stopped ({status})")
            raise WorkerCrashed(
                f"the query stopped the worker process evaluating it ({status}); it may be nested too "
                "deeply or too long for the engine's parser"
            ) from exc
        except BaseException:  # cancelled (the client went away): the worker's state is unknown
            self._retire(worker, "request cancelled")
            raise
        self._idle.put_nowait(worker)
        return reply

    async def _spawn(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "policygraph.api.query_worker", self.store_path,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )
        worker = _Worker(process)
        try:
            hello = await asyncio.wait_for(worker.receive(), WORKER_START_TIMEOUT_S)
        except (TimeoutError, asyncio.IncompleteReadError) as exc:
            worker.kill()
            raise StoreError(
                f"a query worker did not start ({await worker.exit_status()}); see the server's log"
            ) from exc
        except BaseException:  # cancelled (the pool closing while a replacement starts): no orphan
            worker.kill()
            raise
        if not hello.get("ready"):
            await worker.exit_status()
            raise StoreError(f"a query worker cannot open the store at {self.store_path}: {hello.get('error')}")
        self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker, reason: str) -> None:
        worker.kill()
        self._workers.discard(worker)
        log.warning("query worker %s retired: %s", worker.process.pid, reason)
        if not self._closed:
            task = asyncio.create_task(self._replace(worker))
            self._background.add(task)
            task.add_done_callback(self._background.discard)

    async def _replace(self, retired: _Worker) -> None:
        await retired.process.wait()
        delay = 0.1
        while not self._closed:
            try:
                worker = await self._spawn()
            except StoreError as exc:
                log.error("could not start a query worker: %s; retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
                continue
            if self._closed:
                worker.kill()
                return
            self._idle.put_nowait(worker)
            return


@asynccontextmanager
async def running_query_workers(store: GraphStore, settings: Settings) -> AsyncIterator[Any]:
    """Start the pool over ``store`` (an embedded store this process holds open for writing), and stop
    its workers on exit. A remote store needs no workers: its SPARQL server answers the queries."""
    from policygraph.store.remote import RemoteStore

    if isinstance(store, RemoteStore):
        from policygraph.api.remote_queries import running_remote_queries

        async with running_remote_queries(store, settings) as remote:
            yield remote
        return
    pool = QueryWorkerPool(store.location, settings, getattr(store, "union_graph", None))
    await pool.start()
    try:
        yield pool
    finally:
        await pool.close()
