"""The wheel, installed as a user installs it: built from the source with no network, installed into a new
virtual environment in a temporary folder outside the project, and run from another empty folder.

Nothing of the checkout may help: the new venv sees the project venv's third-party packages (spaCy, rdflib,
pyoxigraph ...: a folder of links to them, named in a .pth file, so that nothing is downloaded) but not its
editable policygraph, and every command runs with no PYTHONPATH and no POLICYGRAPH_* variable. So the
patterns, gazetteers, structure rules, ontology, shapes, saved queries and the pages' front-end files must
all come from the installed package.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.cli_process import clean_env, run_cli
from tests.conftest import CORPUS, GOLD, ROOT, SEED_NAME
from tests.live_server import free_port, stop, wait_for_health

pytestmark = pytest.mark.slow

SEED_TEXT = CORPUS / f"{SEED_NAME}.txt"
SEED_GOLD = GOLD / f"{SEED_NAME}.gold.json"
# What the wheel is built from: the source, not the checkout's working folders (var/, .venv/, build output).
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "src")
SETUPTOOLS_NEEDED = (77,)


@dataclass(frozen=True)
class InstalledPolicygraph:
    """A new venv with the wheel installed, and the environment its commands run in."""

    venv: Path
    site_packages: Path
    env: dict[str, str]

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def policygraph(self) -> Path:
        return self.venv / "bin" / "policygraph"

    def run(self, *args: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        """`policygraph ARGS` in ``cwd``, as the user's shell with the venv activated runs it."""
        return subprocess.run([str(self.policygraph), *args], cwd=cwd, env=self.env, capture_output=True,
                              text=True, encoding="utf-8", timeout=timeout)


def _checked(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, f"{done.args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


def _build_env() -> dict[str, str]:
    """The test's own environment (its PYTHONPATH too: the build uses whatever setuptools it sees), with no
    POLICYGRAPH_* variable."""
    return clean_env()


def _pip_wheel(source: Path, dist: Path) -> Path:
    """The wheel of ``source``, built by this venv's pip and setuptools with no build isolation and no index."""
    _checked(subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "--quiet",
         "-w", str(dist), str(source)], env=_build_env(), capture_output=True, text=True, timeout=300))
    wheels = sorted(dist.glob("policygraph-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _build_wheel(work: Path) -> Path:
    """The wheel of a copy of the source (the build leaves build/ and an egg-info where it runs)."""
    version = _checked(subprocess.run(
        [sys.executable, "-c", "import setuptools; print(setuptools.__version__)"], env=_build_env(),
        capture_output=True, text=True)).stdout.strip()
    assert tuple(int(part) for part in version.split(".")[:1]) >= SETUPTOOLS_NEEDED, (
        f"the venv's setuptools is {version}; building the wheel needs setuptools>=77 (pyproject.toml's dev "
        "extras): run `make venv`")
    source = work / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "vendor"))
        else:
            shutil.copy2(ROOT / name, source / name)
    # The front-end files the build step copies: npm's folder as `make web` left it.
    (source / "node_modules").symlink_to((ROOT / "node_modules").resolve(), target_is_directory=True)
    return _pip_wheel(source, work / "dist")


def _project_dependencies(work: Path) -> Path:
    """A folder of links to everything in the project venv's site-packages except policygraph itself (its
    editable install's .pth and metadata): the new venv's dependencies, without a download."""
    site_packages = Path(sysconfig.get_paths()["purelib"])
    folder = work / "project-dependencies"
    folder.mkdir()
    for entry in site_packages.iterdir():
        if entry.name.startswith(("policygraph", "__editable__", "__pycache__")) or entry.suffix == ".pth":
            continue
        (folder / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return folder


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    assert not work.resolve().is_relative_to(ROOT.resolve())
    return _build_wheel(work)


@pytest.fixture(scope="module")
def installed(wheel) -> InstalledPolicygraph:
    work = wheel.parent.parent
    venv = work / "venv"
    _checked(subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True, timeout=300))
    site_packages = Path(_checked(subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True)).stdout.strip())
    (site_packages / "project-dependencies.pth").write_text(f"{_project_dependencies(work)}\n", encoding="utf-8")
    env = {name: value for name, value in clean_env().items()
           if name not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(venv), PYTHONNOUSERSITE="1")
    _checked(subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index",
                             "--quiet", str(wheel)], env=env, capture_output=True, text=True, timeout=300))
    return InstalledPolicygraph(venv, site_packages, env)


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """An empty folder outside the project, holding only a copy of the seed text."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy2(SEED_TEXT, folder / SEED_TEXT.name)
    return folder


def test_the_installed_package_and_its_resources_are_the_new_venvs(installed, elsewhere):
    where = _checked(subprocess.run(
        [str(installed.python), "-c",
         "import json, policygraph; from policygraph.config import Settings; s = Settings(); "
         "print(json.dumps({'module': policygraph.__file__, 'ontology': str(s.ontology_dir), "
         "'patterns': str(s.patterns_dir), 'queries': str(s.queries_dir), 'front_end': str(s.front_end_dir), "
         "'store': s.store}))"],
        cwd=elsewhere, env=installed.env, capture_output=True, text=True)).stdout
    paths = json.loads(where)
    package = installed.site_packages.resolve() / "policygraph"
    assert package.is_relative_to(installed.venv.resolve())
    assert Path(paths["module"]).resolve() == package / "__init__.py"
    assert {name: Path(paths[name]).resolve() for name in ("ontology", "patterns", "queries", "front_end")} == {
        "ontology": package / "resources" / "ontology",
        "patterns": package / "resources" / "patterns",
        "queries": package / "resources" / "queries",
        "front_end": package / "resources" / "vendor",
    }
    assert paths["store"] == str(elsewhere / "var" / "store")


def test_installed_extract_finds_the_seed_texts_gold_references(installed, elsewhere):
    done = _checked(installed.run("extract", SEED_TEXT.name, "--format", "json", cwd=elsewhere))
    extraction = json.loads(done.stdout)
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))

    def spans(references: list[dict]) -> list[tuple[int, int, str | None]]:
        return sorted((r["start"], r["end"], r["number"]) for r in references)

    assert spans(extraction["references"]) == spans(gold["references"])
    assert len(extraction["references"]) == 13
    assert extraction["subject_document"] == gold["subject_document"] == "7/NQ-CP"
    # The very extraction the checkout makes of the same file: the same patterns, gazetteers and rules.
    from_checkout = _checked(run_cli("extract", SEED_TEXT.name, "--format", "json", cwd=elsewhere))
    assert extraction == json.loads(from_checkout.stdout)


def test_installed_validate_checks_the_seed_text_against_the_packaged_shapes(installed, elsewhere):
    done = installed.run("validate", "--summary", SEED_TEXT.name, cwd=elsewhere)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "     2 warning   pgsh:PolicyDocument-date_document-present\n"
        "conforms: 0 violations, 2 warnings, 0 infos\n"
        f"each result with its sentence: policygraph validate {SEED_TEXT.name} (or --format json)\n"
    )


def test_installed_ingest_query_and_serve_work_from_an_empty_folder(installed, elsewhere):
    ingested = _checked(installed.run("ingest", SEED_TEXT.name, cwd=elsewhere))
    assert ingested.stdout.splitlines()[-1].startswith(
        "1 texts: 1 ingested, 0 unchanged, 0 refused, 0 quarantined, 0 failed; ")
    assert (elsewhere / "var" / "store").is_dir()  # the default store, under the current folder

    # A saved query, by its name: the packaged queries/ folder.
    answer = _checked(installed.run("query", "implementers-of-45-nq-tw.rq", "--format", "csv", cwd=elsewhere))
    rows = list(csv.DictReader(io.StringIO(answer.stdout)))
    assert [(r["number"], r["label"], r["direct_link"]) for r in rows] == [
        ("108/NQ-CP", "Nghị quyết 108/NQ-CP", "true"),
        ("96-KL/TW", "Kết luận 96-KL/TW", "true"),
        ("7/NQ-CP", "Nghị quyết 7/NQ-CP", "false"),
    ]
    # ... as the gold's links say: 108/NQ-CP and 96-KL/TW reach 45-NQ/TW directly, 7/NQ-CP through 96-KL/TW.
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    carried = {(r["from"], r["to"]) for r in gold["relations"] if r["type"] in ("implements", "continues")}
    assert {r["number"] for r in rows if r["direct_link"] == "true"} == {f for f, t in carried if t == "45-NQ/TW"}
    assert ("7/NQ-CP", "96-KL/TW") in carried

    port = free_port()
    log_path = elsewhere / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([str(installed.policygraph), "serve", "--port", str(port)], cwd=elsewhere,
                                  env=installed.env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for_health(server, url, within_s=120, log_path=log_path)
            page = httpx.get(f"{url}/", timeout=30)
            ask = httpx.get(f"{url}/sparql", params={"query": "ASK {}"},
                            headers={"Accept": "application/sparql-results+json"}, timeout=30)
            yasgui = httpx.get(f"{url}/vendor/yasgui/yasgui.min.js", timeout=30)
            api_page = httpx.get(f"{url}/api", timeout=30)
            swagger = httpx.get(f"{url}/vendor/swagger-ui/swagger-ui-bundle.js", timeout=30)
            graph_page = httpx.get(f"{url}/graph", timeout=30)
            saved = httpx.get(f"{url}/queries", timeout=30)
        finally:
            stop(server, within_s=30)
    assert page.status_code == 200 and '<script src="/vendor/yasgui/yasgui.min.js">' in page.text
    assert (ask.status_code, ask.json()) == (200, {"head": {}, "boolean": True})
    node_modules = ROOT / "node_modules"
    assert (yasgui.status_code, yasgui.content) == (
        200, (node_modules / "@zazuko" / "yasgui" / "build" / "yasgui.min.js").read_bytes())
    assert (api_page.status_code, swagger.status_code, graph_page.status_code) == (200, 200, 200)
    assert swagger.content == (node_modules / "swagger-ui-dist" / "swagger-ui-bundle.js").read_bytes()
    assert saved.status_code == 200
    assert sorted(q["name"] for q in saved.json()) == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def test_a_wheel_built_from_the_sdist_has_the_same_files(wheel, tmp_path):
    """`python -m build` makes the sdist, then the wheel from it: the sdist carries the front-end files
    (under node_modules/) and the resources, so that wheel is this one."""
    source = wheel.parent.parent / "source"
    sdist_dir = tmp_path / "sdist"
    _checked(subprocess.run(
        [sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_sdist({str(sdist_dir)!r})"],
        cwd=source, env=_build_env(), capture_output=True, text=True, timeout=300))
    (archive,) = sdist_dir.glob("policygraph-*.tar.gz")
    with tarfile.open(archive) as sdist:
        sdist.extractall(tmp_path / "unpacked", filter="data")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    from_sdist = _pip_wheel(unpacked, tmp_path / "dist")

    def contents(path: Path) -> dict[str, int]:
        with zipfile.ZipFile(path) as built:
            return {i.filename: i.CRC for i in built.infolist() if not i.filename.endswith("/RECORD")}

    assert contents(from_sdist) == contents(wheel)
    assert "policygraph/resources/vendor/@zazuko/yasgui/build/yasgui.min.js" in contents(wheel)
