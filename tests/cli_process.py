"""The policygraph command in a subprocess, as a user's shell runs it but with a known environment.

Every child process the tests start gets the parent's environment without its ``POLICYGRAPH_*``
variables, plus the settings the test names: a variable left in the developer's shell (a store, a
port, a token) must not change what a test sees, nor make it pass.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG = [sys.executable, "-m", "policygraph.cli"]
SETTING_PREFIX = "POLICYGRAPH_"


def clean_env(**settings: str) -> dict[str, str]:
    """The parent's environment without any POLICYGRAPH_* variable, with ``settings`` added."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(SETTING_PREFIX)}
    env.update(settings)
    return env


def run_cli(*args: str, store: Path | str | None = None, timeout: int = 300, cwd: Path = ROOT,
            **settings: str) -> subprocess.CompletedProcess[str]:
    """`policygraph ARGS` run to completion in ``cwd``; ``store`` becomes POLICYGRAPH_STORE, ``settings``
    the only other POLICYGRAPH_* variables it sees."""
    if store is not None:
        settings["POLICYGRAPH_STORE"] = str(store)
    return subprocess.run([*PG, *args], capture_output=True, text=True, env=clean_env(**settings),
                          timeout=timeout, cwd=cwd)
