"""A real Virtuoso Open Source server (Debian's ``virtuoso-opensource-7-bin``, installed by ``make test``
when missing) on free ports, with a database folder of its own, for the remote-store tests.

Virtuoso needs no service or system database: ``virtuoso-t +foreground +configfile <ini>`` creates an
empty database in the folder the ini names and serves SQL (for ``isql-vt``) and HTTP (``/sparql``,
``/sparql-graph-crud``) on the ports it names. Its anonymous SPARQL user may only read until it is
granted ``SPARQL_UPDATE``, which :meth:`VirtuosoServer.start` does through ``isql-vt`` with the
default ``dba`` account (the database is throw-away and listens on 127.0.0.1 only).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import httpx

from tests.live_server import free_port
from tests.server_process import ServerProcess

SERVER_EXECUTABLE = "virtuoso-t"
SQL_CLIENT = "isql-vt"


def virtuoso_executables() -> tuple[str, str]:
    """The server and its SQL client, or a RuntimeError naming the command that installs them."""
    server, client = shutil.which(SERVER_EXECUTABLE), shutil.which(SQL_CLIENT)
    if server is None or client is None:
        raise RuntimeError(
            "Virtuoso is not installed: run `make test` (it installs Debian's virtuoso-opensource-7-bin), "
            "or `apt-get install virtuoso-opensource-7-bin`"
        )
    return server, client


def virtuoso_ini(folder: Path, sql_port: int, http_port: int, sparql: dict[str, str] | None = None) -> str:
    """The smallest configuration that serves SPARQL: every file inside ``folder``, both ports on
    127.0.0.1, no Unix socket, and memory sized for a test (about 80 MB of buffers); ``sparql`` adds
    keys to the ``[SPARQL]`` section."""
    extra = "".join(f"{key} = {value}\n" for key, value in (sparql or {}).items())
    return f"""\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 60
MaxQueryMem = 500M

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 10
MaxKeepAlives = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
{extra}"""


class VirtuosoServer(ServerProcess):
    """``virtuoso-t`` on two free ports of 127.0.0.1 over ``folder``; its URLs follow Virtuoso's layout
    (queries and updates both at ``/sparql``, the Graph Store Protocol at ``/sparql-graph-crud``)."""

    stop_grace_s = 30  # a checkpoint on shutdown can take a while

    def __init__(self, folder: Path, sparql: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.sparql = sparql
        self.proc: subprocess.Popen[bytes] | None = None
        self.sql_port = 0
        self.http_port = 0

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update_url(self) -> str:
        return self.query_url

    @property
    def graph_store_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud"

    @property
    def log_path(self) -> Path:
        return self.folder / "server.log"

    def start(self) -> VirtuosoServer:
        """Start on the ports of an earlier start (so a restarted server is found at the same URLs) or on
        new free ones, wait until ``/sparql`` answers, and let the anonymous SPARQL user update."""
        server, _ = virtuoso_executables()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sql_port = self.sql_port or free_port()
        self.http_port = self.http_port or free_port()
        ini = self.folder / "virtuoso.ini"
        ini.write_text(virtuoso_ini(self.folder, self.sql_port, self.http_port, self.sparql), encoding="utf-8")
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [server, "+foreground", "+configfile", str(ini)], cwd=self.folder,
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.query_url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"virtuoso-t did not start; see {self.log_path} and {self.folder}/virtuoso.log")
            time.sleep(0.1)
        self.sql('GRANT SPARQL_UPDATE TO "SPARQL";')
        return self

    def sql(self, statement: str) -> str:
        """Run one SQL statement as ``dba`` through ``isql-vt``; its output, or a RuntimeError with it."""
        _, client = virtuoso_executables()
        done = subprocess.run(
            [client, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
            capture_output=True, text=True, timeout=60,
        )
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise RuntimeError(f"isql-vt {statement!r} failed: {done.stdout}{done.stderr}")
        return done.stdout

