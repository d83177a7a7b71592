"""The README's tour, run as a new user runs it after `make run` (issue 16): `make run`'s own steps build
a fresh store from data/corpus, its server runs, and every command the tour shows runs beside it, in
the README's order, from a folder that looks like the project's. A ```console block's output must be
what the command prints; every command must succeed.

Normalised: the server's port (the README says 8000; the test takes a free one) and nothing else. The
commands' outputs hold no timings, and paths are the README's own (relative to the project folder)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .cli_process import clean_env
from .conftest import ROOT
from .live_server import policygraph_serve

README = (ROOT / "README.md").read_text(encoding="utf-8")
TOUR = README[README.index("## A short tour"):README.index("\n## ", README.index("## A short tour") + 1)]
BLOCK = re.compile(r"^```(sh|console)\n(.*?)^```$", re.S | re.M)
# The steps of `make run` before it serves (its serve step is the server the tour runs beside).
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
MAKE_RUN_STEPS = [re.search(rf"^{target}: .*\n\t\$\(PG\) (.*)$", MAKEFILE, re.M).group(1)  # type: ignore[union-attr]
                  for target in ("ingest", "validate")]


def tour_steps() -> list[tuple[str, str | None]]:
    """The tour's commands in order, each with the output its ```console block shows (None for ```sh)."""
    steps: list[tuple[str, str | None]] = []
    for kind, body in BLOCK.findall(TOUR):
        if kind == "sh":
            steps.extend((line, None) for line in body.splitlines() if line.strip())
            continue
        for chunk in re.split(r"^\$ ", body, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            steps.append((command, output))
    return steps


@pytest.fixture(scope="module")
def project_like_folder(tmp_path_factory) -> Path:
    """A folder with the project's data/ and queries/ and a `policygraph` on the PATH: the tour's
    commands, and what they write (seed.ttl, var/tour), stay in it."""
    folder = tmp_path_factory.mktemp("project")
    for name in ("data", "queries"):
        (folder / name).symlink_to(ROOT / name)
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "policygraph"
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m policygraph.cli "$@"\n')
    wrapper.chmod(0o755)
    return folder


def shell(command: str, folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True, timeout=600)


def test_the_readme_tour_after_make_run_prints_what_the_readme_shows(project_like_folder, tmp_path):
    folder = project_like_folder
    env = clean_env()
    env.update(PATH=f"{folder / 'bin'}:{env['PATH']}", POLICYGRAPH_STORE=str(folder / "var" / "store"),
               COLUMNS="80")
    for step in MAKE_RUN_STEPS:
        made = shell(f"policygraph {step}", folder, env)
        assert made.returncode == 0, (step, made.stderr)
    steps = tour_steps()
    assert [command for command, _ in steps][:2] == [
        "policygraph validate --summary --against-store data/corpus",
        "policygraph extract data/corpus/000_849468c7549e9275.txt --format json"]
    with policygraph_serve(folder / "var" / "store", tmp_path / "serve.log", cwd=folder,
                           POLICYGRAPH_QUERY_WORKERS="1", POLICYGRAPH_STORE=str(folder / "var" / "store")) as url:
        for command, shown in steps:
            ran = shell(command.replace("http://127.0.0.1:8000", url), folder, env)
            assert ran.returncode == 0, (command, ran.stderr)
            if shown is not None:
                printed = "".join(line.rstrip() + "\n" for line in ran.stdout.splitlines())
                assert printed == shown, command
            if command.startswith("curl "):
                assert ran.stdout.splitlines()[0] == "document,number,kind,date,mentions"
                assert len(ran.stdout.splitlines()) == 1 + 118
