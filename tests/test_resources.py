"""The package's resources: one folder inside the package (what the wheel carries), the checkout's old
paths as links into it, the settings' defaults pointing at it, and the pages' front-end files found in
the wheel's copies, a checkout's node_modules/ or the folder POLICYGRAPH_NODE_MODULES_DIR names."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from policygraph.config import Settings
from policygraph.resources import front_end_files, resource_dir
from tests.conftest import ROOT

# The checkout's paths (README, Makefile, tests, users' habits) and the resource folder each links to.
CHECKOUT_LINKS = {
    "data/patterns": "patterns",
    "data/gazetteers": "gazetteers",
    "data/structure": "structure",
    "ontology": "ontology",
    "queries": "queries",
}


@pytest.mark.parametrize(("path", "resource"), CHECKOUT_LINKS.items())
def test_a_checkout_path_is_a_link_git_keeps_into_the_package(path, resource):
    link = ROOT / path
    assert link.is_symlink()
    assert link.resolve() == resource_dir(resource).resolve()
    assert resource_dir(resource).resolve().is_relative_to((ROOT / "src" / "policygraph" / "resources").resolve())
    staged = subprocess.run(["git", "ls-files", "--stage", path], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout
    assert staged.startswith("120000 "), staged  # a symbolic link in git, not a copy of the folder


def test_the_settings_default_to_the_packages_resources_and_the_checkouts_data_folder():
    settings = Settings()
    assert (settings.ontology_dir, settings.patterns_dir, settings.gazetteers_dir, settings.queries_dir) == (
        resource_dir("ontology"), resource_dir("patterns"), resource_dir("gazetteers"), resource_dir("queries"))
    assert settings.data_dir == ROOT / "data"  # a checkout's: its texts keep their names (corpus/...)
    assert settings.store == str(ROOT / "var" / "store")
    assert (settings.ontology_dir / "policygraph.ttl").is_file()
    assert sorted(p.name for p in (settings.data_dir / "structure").glob("*.json")) == sorted(
        p.name for p in resource_dir("structure").glob("*.json"))


def test_a_checkout_serves_its_node_modules_unless_a_folder_is_named(tmp_path, monkeypatch):
    assert not resource_dir("vendor").exists()  # the build step copies into the wheel, never into src/
    assert Settings().front_end_dir == ROOT / "node_modules"
    monkeypatch.setenv("POLICYGRAPH_NODE_MODULES_DIR", str(tmp_path))
    assert Settings().front_end_dir == tmp_path


def test_every_front_end_file_the_pages_serve_is_in_node_modules():
    folders = front_end_files()
    assert sorted(folders) == ["cytoscape", "cytoscape-dagre", "dagre", "noto-sans", "swagger-ui", "yasgui"]
    missing = [str(Path(*folder, name)) for folder, names in folders.values() for name in names
               if not (ROOT / "node_modules").joinpath(*folder, name).is_file()]
    assert missing == []
