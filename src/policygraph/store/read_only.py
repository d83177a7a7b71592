"""Read-only views of an embedded store, which several processes may open while one process (a
running `policygraph serve`, an ingest) holds the store for writing: RocksDB's lock is taken by the
writer only. The query workers answer from such views, and so do the commands that only read
(`query`, `trace`, `stats`, `export`, `validate --against-store`), so that they work beside a server.

A view sees the store as it was when it opened; files the writer compacts away under it are the one
race, which reopening cures. Imports are the standard library and pyoxigraph only: the query workers
import this, and their start is latency for the next query.
"""

from __future__ import annotations

import time

import pyoxigraph as ox

_STORE_RACE = ("No such file", "IO error", "Corruption")


def is_store_race(exc: BaseException) -> bool:
    """An error from files the writer compacted away under a read-only view (RocksDB reports it as
    "IO error: No such file ... Corruption"); reopening the view cures it."""
    return isinstance(exc, OSError | RuntimeError) and any(mark in str(exc) for mark in _STORE_RACE)


def open_read_only(store_path: str, attempts: int = 6) -> ox.Store:
    """Open the store read-only, retrying while the writer's compaction swaps files under us."""
    delay = 0.01
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(store_path)
        except (OSError, RuntimeError) as exc:
            if attempt == attempts - 1 or not is_store_race(exc):
                raise
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")
