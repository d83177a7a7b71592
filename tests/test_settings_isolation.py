"""No POLICYGRAPH_* variable of the developer's shell reaches a test: not the in-process settings
(conftest's autouse fixtures) and not a child process (tests/cli_process.clean_env).

The shell's variables are real: `make test` itself exports POLICYGRAPH_HOST and POLICYGRAPH_PORT.
The last test runs the first two in a pytest of their own whose environment holds a bogus value for
each kind of setting (a store that does not exist, a port no server can take, another base IRI).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from policygraph.config import Settings, get_settings

from .cli_process import ROOT, clean_env

BOGUS = {
    "POLICYGRAPH_STORE": "/nonexistent/bogus-store",
    "POLICYGRAPH_PORT": "not-a-port",
    "POLICYGRAPH_BASE_IRI": "http://bogus.invalid/",
}
PRINT_SETTINGS = "import os; print(sorted(k for k in os.environ if k.startswith('POLICYGRAPH_')))"


def test_a_test_sees_no_policygraph_variable_and_the_default_settings():
    assert sorted(name for name in os.environ if name.startswith("POLICYGRAPH_")) == []
    assert get_settings().model_dump() == Settings.model_construct().model_dump()
    assert get_settings().base_iri == "https://w3id.org/policygraph/id/"


def test_a_child_process_sees_only_the_settings_the_test_gives(monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_STORE_TOKEN", "set-by-the-test-itself")
    child = subprocess.run([sys.executable, "-c", PRINT_SETTINGS], env=clean_env(POLICYGRAPH_STORE="given"),
                           capture_output=True, text=True, check=True)
    assert child.stdout == "['POLICYGRAPH_STORE']\n"


def test_a_setting_a_test_makes_does_not_outlive_it(monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_BASE_IRI", "http://this-test-only.invalid/")
    assert get_settings().base_iri == "http://this-test-only.invalid/"


def test_the_setting_of_the_test_before_is_gone():
    """Runs after the test above (pytest keeps a file's order): its variable and cached settings are gone."""
    assert get_settings().base_iri == "https://w3id.org/policygraph/id/"


@pytest.mark.parametrize("name", sorted(BOGUS))
def test_bogus_settings_in_the_shell_that_runs_pytest_change_nothing(name):
    """The first two tests, in a pytest started from a shell that sets ``name`` to a bogus value."""
    here = f"tests/{os.path.basename(__file__)}"
    env = {**os.environ, name: BOGUS[name]}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{here}::test_a_test_sees_no_policygraph_variable_and_the_default_settings",
         f"{here}::test_a_child_process_sees_only_the_settings_the_test_gives"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "2 passed" in run.stdout
