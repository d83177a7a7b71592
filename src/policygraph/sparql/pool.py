"""The pool of query worker processes: how a runaway SPARQL query is stopped.

pyoxigraph has no query timeout, and a thread cannot be stopped, so queries run in worker
processes, which can be killed:

- The server process holds the read-write store (and so its exclusive lock: a CLI ingest into the
  same folder fails with a clear message while the server runs). It applies SPARQL Updates, when
  they are enabled, and serves the other routes.
- ``query_workers`` worker processes (``python -m policygraph.sparql.worker``) open the same
  folder with ``pyoxigraph.Store.read_only``, which several processes may do while one holds it for
  writing, and answer the queries: each evaluates, negotiates the format, serialises within the
  result limits, and sends the bytes back over its stdout pipe. A worker answers one query at a time.
- Slow queries do not hold up the cheap ones: while every worker is busy the pool keeps one spare
  worker started and idle, so the next request finds it at once (starting one on demand would make
  that request wait 0.1 to 0.3 s, more on a loaded machine), up to ``query_workers_max`` workers;
  an extra worker stops once it has been idle a little while. Past that bound a request waits for
  an idle worker (at most the query timeout, then 503 "busy"): the bound, and the memory cap below,
  are what keep a flood of slow queries from taking the machine's memory.
- A query nobody waits for is stopped: the endpoint cancels the request when its client hangs up
  (``policygraph.api.sparql``), and a cancelled request's worker is killed and replaced like a timed-out one
  (uvicorn itself goes on running the handler of a client that left).
- Memory: while a worker answers, the pool reads its private resident memory (``/proc/PID/statm``,
  every ``MEMORY_POLL_S``); past ``query_worker_memory_mb`` the worker gets SIGKILL and the client
  503 saying the query needed more memory than the cap. (An address-space rlimit in the worker was
  the other way: the engine aborts on a failed allocation, which is indistinguishable from a parser
  stack overflow, and the limit would count the store's mappings and thread stacks, not the query.)
- Deadline: the server waits ``query_timeout_s`` for the answer. Past it the worker gets SIGKILL,
  the client gets 503 with a JSON error saying so, and a replacement starts in the background
  (a python process that imports pyoxigraph: 0.1 to 0.3 s); the other workers go on answering
  meanwhile, and the event loop never waits on a worker, so every other route stays responsive.
- Writes: pyoxigraph documents reading while another process writes as undefined, so reads and
  writes take turns through a gate. An update (``apply_update``, through ``GraphStore.update``,
  which keeps the merge) waits for the queries in flight, runs alone, and bumps the store
  *generation*; each worker reopens its read-only view before its next query when its generation
  is older (a few milliseconds, no new process), and so sees what the update wrote.
- A worker that dies (the engine's parser overflows its stack on some pathological queries) is
  replaced the same way; the query that killed it is answered 400.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from policygraph.errors import (
    InvalidQuery,
    NotAcceptable,
    QueryEvaluationError,
    QueryFailed,
    QueryOverMemory,
    QuerySyntaxError,
    QueryTimeout,
    ResultTooLarge,
    StoreError,
    WorkerCrashed,
    WorkersBusy,
)
from policygraph.sparql import worker as worker_module
from policygraph.sparql.engine import Dataset, QueryAnswer
from policygraph.sparql.worker import frame_header_size, frame_length

if TYPE_CHECKING:
    from policygraph.config import Settings
    from policygraph.store.base import GraphStore

log = logging.getLogger("policygraph.sparql.pool")
# What the worker processes run: ``python -m`` this module, named from the import so that a move
# breaks here, at import, not when the first worker starts.
WORKER_MODULE = worker_module.__spec__.name if worker_module.__spec__ else worker_module.__name__

WORKER_START_TIMEOUT_S = 30.0
# A string-doubling query grew a worker by at most 51 MB in any 20 ms (measured here): polling at that
# pace overshoots the cap by tens of MB, and costs one small /proc read per busy worker per tick.
MEMORY_POLL_S = 0.02
# An extra worker idle this long is stopped: a burst of cheap queries during a slow one reuses the
# spare rather than starting (0.1 to 0.3 s of CPU) and stopping a process for each query.
SPARE_LINGER_S = 2.0
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


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

    def private_memory_bytes(self) -> int:
        """Resident memory not backed by files (statm's resident minus shared pages): what the query
        allocated, without the libraries and store files the kernel may drop. 0 once it has exited."""
        try:
            with open(f"/proc/{self.process.pid}/statm", "rb") as statm:
                fields = statm.read().split()
        except OSError:
            return 0
        return (int(fields[1]) - int(fields[2])) * _PAGE_SIZE

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
    """Worker processes answering SPARQL queries over read-only views of an embedded ``store``'s
    folder, which this process holds open for writing (the pool applies the updates through it).

    The store's ``union_graph`` holds the merge of all its graphs (``policygraph.store.merge``);
    queries without a dataset take it as their default graph."""

    def __init__(self, store: GraphStore, settings: Settings) -> None:
        self.store = store
        self.store_path = store.location
        self.union_graph = store.union_graph
        self.size = settings.query_workers
        self.max_size = settings.query_workers_limit
        self.memory_mb = settings.query_worker_memory_mb
        self.timeout_s = settings.query_timeout_s
        self.max_rows = settings.max_result_rows
        self.max_bytes = settings.max_result_bytes
        self.generation = 0
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._background: set[asyncio.Task[None]] = set()
        self._gate = _ReadWriteGate()
        self._closed = False
        self._starting = 0  # workers being started
        self._waiting = 0  # requests waiting for an idle worker
        self._trim: asyncio.TimerHandle | None = None

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
        if self._trim is not None:
            self._trim.cancel()
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
        self, query: str, *, base_iri: str, dataset: Dataset, accept: str | None, format: str | None,
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

    async def apply_update(self, update: str) -> None:
        """Apply a checked update to the store, alone: the queries in flight finish first, and new
        ones wait; afterwards every worker reopens its view. Raises what ``GraphStore.update`` does."""
        async with self.exclusive():
            await asyncio.to_thread(self.store.update, update)

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
            if self._idle.empty():
                self._waiting += 1
                self._top_up()
                try:
                    worker = await asyncio.wait_for(self._idle.get(), max(deadline - loop.time(), 0))
                except TimeoutError:
                    raise WorkersBusy(self.timeout_s) from None
                finally:
                    self._waiting -= 1
            else:
                worker = self._idle.get_nowait()
            if worker.alive:
                self._top_up()
                return worker
            self._retire(worker, "found dead while idle")

    async def _call(self, message: dict[str, Any]) -> dict[str, Any]:
        worker = await self._take_idle_worker()
        try:
            reply = await self._answer(worker, message)
        except QueryTimeout:
            self._retire(worker, "query timeout")
            raise
        except QueryOverMemory:
            self._retire(worker, f"over the {self.memory_mb} MB memory cap")
            raise
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            status = await worker.exit_status()
            self._retire(worker, f"stopped ({status})")
            raise WorkerCrashed(
                f"the query stopped the worker process evaluating it ({status}); it may be nested too "
                "deeply or too long for the engine's parser"
            ) from exc
        except asyncio.CancelledError as exc:  # the worker's state is unknown: it may still be evaluating
            self._retire(worker, str(exc.args[0]) if exc.args else "request cancelled")
            raise
        except BaseException:
            self._retire(worker, "request failed")
            raise
        self._release(worker)
        return reply

    async def _answer(self, worker: _Worker, message: dict[str, Any]) -> dict[str, Any]:
        """The worker's reply to ``message``, watching its deadline and its memory while it works."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
        cap = self.memory_mb * 1024 * 1024
        reply = asyncio.ensure_future(worker.call(message))
        try:
            while True:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise QueryTimeout(self.timeout_s)
                done, _ = await asyncio.wait({reply}, timeout=min(MEMORY_POLL_S, remaining))
                if done:
                    return reply.result()
                if worker.private_memory_bytes() > cap:
                    raise QueryOverMemory(self.memory_mb)
        finally:
            reply.cancel()  # a no-op once answered; otherwise the caller retires the worker

    def _release(self, worker: _Worker) -> None:
        self._idle.put_nowait(worker)
        if len(self._workers) > self.size and self._trim is None:
            self._trim = asyncio.get_running_loop().call_later(SPARE_LINGER_S, self._trim_idle)

    def _trim_idle(self) -> None:
        """Stop the idle workers beyond the pool's size, keeping one spare while the others are busy."""
        self._trim = None
        busy = len(self._workers) - self._idle.qsize()
        keep = max(self.size, busy + 1)
        while len(self._workers) > keep and not self._idle.empty() and self._waiting == 0:
            worker = self._idle.get_nowait()
            self._workers.discard(worker)
            self._in_background(self._stop(worker))

    def _top_up(self) -> None:
        """Start workers in the background: back up to the pool's size, and, within ``max_size``, one
        for each waiting request plus a spare, so that the next request need not wait for a start."""
        if self._closed:
            return
        total = len(self._workers) + self._starting
        wanted = max(self.size - total, self._waiting + 1 - self._idle.qsize() - self._starting)
        for _ in range(min(wanted, self.max_size - total)):
            self._starting += 1  # counted now: the next _top_up may come before the task runs
            self._in_background(self._add_worker())

    async def _add_worker(self) -> None:
        delay = 0.1
        try:
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
        finally:
            self._starting -= 1

    async def _spawn(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", WORKER_MODULE, self.store_path,
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
        except BaseException:  # cancelled (the pool is closing): leave no process behind
            worker.kill()
            raise
        if not hello.get("ready"):
            await worker.exit_status()
            raise StoreError(f"a query worker cannot open the store at {self.store_path}: {hello.get('error')}")
        self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker, reason: str) -> None:
        """Kill a worker whose state is unknown; once it has exited, top the pool up again."""
        worker.kill()
        self._workers.discard(worker)
        log.warning("query worker %s retired: %s", worker.process.pid, reason)
        self._in_background(self._after_exit(worker))

    async def _after_exit(self, retired: _Worker) -> None:
        await retired.process.wait()  # its memory is back before another process starts
        self._top_up()

    async def _stop(self, worker: _Worker) -> None:
        """Stop an idle worker: it exits when its requests pipe closes."""
        if worker.process.stdin is not None:
            worker.process.stdin.close()
        if await worker.exit_status(wait_s=5.0) == "still running":
            worker.kill()
            await worker.process.wait()

    def _in_background(self, job: Any) -> None:
        task = asyncio.create_task(job)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
