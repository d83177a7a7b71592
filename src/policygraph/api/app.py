"""The FastAPI application: the routers (``api/routers/``, and the SPARQL endpoint ``api/sparql.py``),
the one problem handler (``api/problems.py``) and the pages' static files. It owns the store while it
runs (the embedded store allows one writer); the routes are given it by ``api/deps.py``."""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import FrameType

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response

import policygraph
from policygraph.api.deps import StoreDep
from policygraph.api.problems import install_problem_handler
from policygraph.api.routers import documents, extract, graph, pages, queries, sources, trace, validate
from policygraph.api.sparql import ProtocolError
from policygraph.api.sparql import router as sparql_router
from policygraph.api.web_files import WEB_DIR
from policygraph.config import get_settings
from policygraph.sparql.engine import running_query_engine
from policygraph.stats import text_count
from policygraph.store.opening import is_remote, open_store

# One line per request in the Common Log Format (server.py sends it to standard output).
access_log = logging.getLogger("policygraph.access")


@asynccontextmanager
async def stopping_on_signals() -> AsyncIterator[asyncio.Event]:
    """An event set as soon as the process is told to stop (SIGTERM, or SIGINT: Ctrl-C).

    The server's own handler still runs (uvicorn's: stop accepting, wait for the requests in flight),
    but a query in flight could run for the whole query timeout; the SPARQL route answers it 503 at
    once instead (``sparql._answer_unless_gone``) and its worker is killed, so the server stops within
    about a second. The previous handlers are put back on exit. Signals reach only the main thread:
    elsewhere (a test client's thread) the event is never set."""
    stopping = asyncio.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stopping
        return
    loop = asyncio.get_running_loop()
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def handle(sig: int, frame: FrameType | None) -> None:
        loop.call_soon_threadsafe(stopping.set)
        handler = previous[sig]
        if callable(handler):
            handler(sig, frame)
        elif handler == signal.SIG_DFL:  # what the signal would have done
            signal.signal(sig, signal.SIG_DFL)
            signal.raise_signal(sig)

    for sig in previous:
        signal.signal(sig, handle)
    try:
        yield stopping
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def common_log_line(request: Request, status: int, length: str | None) -> str:
    """``host ident user [time] "request line" status bytes``: the Common Log Format that log analysers
    read (a streamed answer has no length: "-")."""
    client = request.client.host if request.client else "-"
    when = time.strftime("%d/%b/%Y:%H:%M:%S %z", time.localtime())
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    line = f"{request.method} {target} HTTP/{request.scope.get('http_version', '1.1')}"
    return f'{client} - - [{when}] "{line}" {status} {length or "-"}'


def create_app(store_location: str | None = None) -> FastAPI:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The server process holds the read-write store (app.state.store, for the routes and for
        # SPARQL Update); SPARQL queries go to the store's query engine (worker processes over
        # read-only views of an embedded store, or the SPARQL server behind a remote one).
        app.state.store = open_store(store_location or settings.store, settings=settings)
        try:
            async with running_query_engine(app.state.store, settings) as engine, stopping_on_signals() as stopping:
                app.state.query_engine = engine
                app.state.stopping = stopping
                yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="policygraph",
        version=policygraph.__version__,
        description="A knowledge graph of Vietnamese policy documents: SPARQL 1.1 endpoint and API.",
        lifespan=lifespan,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"], allow_headers=["*"]
        )

    @app.middleware("http")
    async def log_request(request: Request, call_next) -> Response:  # type: ignore[no-untyped-def]
        response = await call_next(request)
        access_log.info(common_log_line(request, response.status_code, response.headers.get("content-length")))
        return response

    @app.get("/health", summary="Liveness, and the state of the store served")
    def health(store: StoreDep) -> dict[str, object]:
        """``quads`` and ``store.texts`` are counted by the store at each call: a remote store's server
        that cannot be reached makes this a 502, so a monitor sees the store's state, not only the process's."""
        return {"status": "ok", "version": policygraph.__version__, "quads": store.quad_count(),
                "store": {"location": store.location, "backend": "sparql-server" if is_remote(store.location)
                          else "embedded", "texts": text_count(store)}}

    # The SPARQL endpoint answers its own ProtocolError (same fields); the handler renders one that
    # escapes it in the same shape.
    install_problem_handler(app, ProtocolError)
    app.include_router(sparql_router)
    for router in (documents.router, trace.router, sources.router, extract.router, validate.router,
                   queries.router, pages.router, graph.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app
