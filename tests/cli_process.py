"""The policygraph command in a subprocess, as a user's shell runs it but with a known environment.

Every child process the tests start gets the parent's environment without its ``POLICYGRAPH_*``
variables, plus the settings the test names: a variable left in the developer's shell (a store, a
port, a token) must not change what a test sees, nor make it pass.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG = [sys.executable, "-m", "policygraph.cli"]
SETTING_PREFIX = "POLICYGRAPH_"

# The settings a test store needs to be reached, by its location (tests/conftest.py's StoreBackend
# fills it): a Virtuoso's update URL and merge graph. Every child process given such a store as its
# POLICYGRAPH_STORE or --store gets them too, as a user would set them beside the store's URL.
STORE_SETTINGS: dict[str, dict[str, str]] = {}


def clean_env(**settings: str) -> dict[str, str]:
    """The parent's environment without any POLICYGRAPH_* variable, with the settings that reach the store
    named by POLICYGRAPH_STORE (STORE_SETTINGS) and ``settings`` added."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(SETTING_PREFIX)}
    env.update(STORE_SETTINGS.get(settings.get("POLICYGRAPH_STORE", ""), {}))
    env.update(settings)
    return env


def store_argument(args: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The settings that reach the store a command line names with ``--store`` (STORE_SETTINGS)."""
    for flag, value in itertools.pairwise(args):
        if flag == "--store":
            return dict(STORE_SETTINGS.get(value, {}))
    return {}


def run_cli(*args: str, store: Path | str | None = None, timeout: int = 300, cwd: Path = ROOT,
            **settings: str) -> subprocess.CompletedProcess[str]:
    """`policygraph ARGS` run to completion in ``cwd``; ``store`` becomes POLICYGRAPH_STORE, ``settings``
    the only other POLICYGRAPH_* variables it sees."""
    if store is not None:
        settings["POLICYGRAPH_STORE"] = str(store)
    settings = {**store_argument(args), **settings}
    return subprocess.run([*PG, *args], capture_output=True, text=True, env=clean_env(**settings),
                          timeout=timeout, cwd=cwd)
