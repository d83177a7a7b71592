"""The query worker processes of a live server, read from /proc: how many there are and which are busy,
so that tests synchronise on the workers' state instead of sleeping (test_sparql_overload,
test_sparql_protocol)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


def wait_until(condition: Callable[[], bool], within_s: float) -> bool:
    """Poll ``condition``; these waits bound nothing the tests promise, they only stop a failing test."""
    deadline = time.monotonic() + within_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def worker_pids(store: Path) -> list[int]:
    """Live query worker processes over ``store``, read from /proc (a killed one drops out at once:
    a zombie has no command line)."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            argv = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"policygraph.sparql.worker" in argv and str(store).encode() in argv:
            pids.append(int(cmdline.parent.name))
    return pids


def worker_processes(store: Path) -> int:
    return len(worker_pids(store))


def busy_workers(store: Path) -> list[int]:
    """The query worker processes over ``store`` that are on the CPU (running or runnable: state R in
    /proc), that is, evaluating a query; an idle worker sleeps on its pipe."""
    busy = []
    for pid in worker_pids(store):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state == "R":
            busy.append(pid)
    return busy


def pool_at_rest(store: Path, size: int) -> bool:
    """The pool over ``store`` is back to ``size`` workers and none is on the CPU (none starting, none
    evaluating): a worker seen busy after this is running a query of the test."""
    return worker_processes(store) == size and busy_workers(store) == []
