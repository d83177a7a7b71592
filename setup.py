"""The wheel's one build step beyond setuptools' own: the pages' front-end files come with it.

The pages serve YASGUI, Swagger UI, Cytoscape and their fonts from this machine (no CDN). A checkout has
them in node_modules/ (`make web`: npm ci); a wheel carries copies of exactly the files the pages serve
(listed once, in src/policygraph/resources/front_end_files.json) in policygraph/resources/vendor/, so
that installing it needs neither node nor npm. The copies go into the build folder only, never into src/:
a checkout keeps serving node_modules/. An sdist carries them too (under node_modules/), so that
`python -m build` (sdist, then the wheel from it) makes the same wheel. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import json
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist
from setuptools.errors import SetupError

ROOT = Path(__file__).resolve().parent
NODE_MODULES = ROOT / "node_modules"
LISTING = ROOT / "src" / "policygraph" / "resources" / "front_end_files.json"
PACKAGED = Path("policygraph", "resources", "vendor")


def front_end_files() -> list[Path]:
    """The served files, as paths under node_modules/ (the same paths they get under PACKAGED)."""
    packages = json.loads(LISTING.read_text(encoding="utf-8"))["packages"]
    return [Path(*entry["folder"], name) for entry in packages.values() for name in entry["files"]]


def checked_front_end_files() -> list[Path]:
    """front_end_files(), or a SetupError naming what is missing and how to get it."""
    files = front_end_files()
    missing = [str(NODE_MODULES / path) for path in files if not (NODE_MODULES / path).is_file()]
    if missing:
        raise SetupError(
            f"the pages' front-end files are missing ({', '.join(missing)}): run `make web` (npm ci) in the "
            "project folder before building the wheel"
        )
    return files


class BuildWithFrontEnd(build_py):
    """build_py, then the front-end files copied into the built package (not for an editable install,
    which serves node_modules/ from the checkout)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for path in checked_front_end_files():
            target = Path(self.build_lib) / PACKAGED / path
            self.mkpath(str(target.parent))
            self.copy_file(str(NODE_MODULES / path), str(target))


class SdistWithFrontEnd(sdist):
    """sdist, with the front-end files under node_modules/ so that a wheel built from it has them."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        for path in checked_front_end_files():
            target = Path(base_dir) / "node_modules" / path
            self.mkpath(str(target.parent))
            self.copy_file(str(NODE_MODULES / path), str(target))


setup(cmdclass={"build_py": BuildWithFrontEnd, "sdist": SdistWithFrontEnd})
