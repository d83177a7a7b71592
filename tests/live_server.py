"""A real policygraph server (uvicorn in a subprocess, on a free port of 127.0.0.1) for the tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.cli_process import clean_env, store_argument


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def live_server(store: Path, log_path: Path, **settings: str) -> Iterator[str]:
    """Serve ``store`` with the given POLICYGRAPH_* settings (and no other inherited ones); yields the
    base URL once /health answers, and stops the server on exit."""
    port = free_port()
    env = clean_env(POLICYGRAPH_STORE=str(store), **settings)
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "policygraph.api.app:create_app", "--factory",
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for_health(proc, url, within_s=60, log_path=log_path)
            yield url
        finally:
            stop(proc, within_s=10)


@contextmanager
def policygraph_serve(store: Path, log_path: Path, *, cwd: Path, **settings: str) -> Iterator[str]:
    """`policygraph serve` itself (the command a user runs, not uvicorn directly) on ``store``, on a free
    port, with the given POLICYGRAPH_* settings and no other inherited ones; yields the base URL once
    /health answers, and stops the server (SIGTERM) on exit."""
    port = free_port()
    env = clean_env(**{**store_argument(["--store", str(store)]), **settings})
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "policygraph.cli", "serve", "--store", str(store), "--port", str(port)],
            env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for_health(proc, url, within_s=120, log_path=log_path)
            yield url
        finally:
            stop(proc, within_s=30)


def wait_for_health(proc: subprocess.Popen, url: str, *, within_s: float, log_path: Path) -> None:
    """Return once ``url``/health answers 200; raise (naming the log) if the process exits or the time
    runs out first."""
    deadline = time.monotonic() + within_s
    while True:
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the server did not start; see {log_path}: {log_path.read_text()[-2000:]}")
        time.sleep(0.1)


def stop(proc: subprocess.Popen, *, within_s: float) -> None:
    """SIGTERM, then SIGKILL if the process is still there after ``within_s``."""
    proc.terminate()
    try:
        proc.wait(timeout=within_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
