"""A real Oxigraph server (`oxigraph serve`, the PyPI package `oxigraph`) on a free port, for the
remote-store tests: started, stopped, killed with SIGKILL and restarted on the same folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.live_server import free_port
from tests.server_process import ServerProcess


def oxigraph_executable() -> str:
    beside_python = Path(sys.executable).parent / "oxigraph"
    found = str(beside_python) if beside_python.is_file() else shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the `oxigraph` server is not installed: run `make test` (a dev dependency)")
    return found


class OxigraphServer(ServerProcess):
    """``oxigraph serve --location <folder>`` on 127.0.0.1; its URLs follow Oxigraph's layout."""

    def __init__(self, location: Path, log_path: Path) -> None:
        self.location = location
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    @property
    def update_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/update"

    @property
    def graph_store_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/store"

    def start(self, port: int | None = None) -> OxigraphServer:
        self.port = port or self.port or free_port()
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [oxigraph_executable(), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.query_url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph serve did not start; see {self.log_path}")
            time.sleep(0.05)

