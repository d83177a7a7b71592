"""The package's own data: the extraction patterns, gazetteers and structure rules, the ontology (with its
SKOS schemes and SHACL shapes), the saved SPARQL queries and, in a built wheel, the pages' front-end files.

They live in this folder and are found with :mod:`importlib.resources`, so that an installed wheel finds
them as a source checkout does (the checkout's ``data/patterns``, ``ontology/`` and ``queries/`` are
symbolic links into this folder). ``config.py``'s defaults come from here; every ``POLICYGRAPH_*_DIR``
setting still points the code at another folder.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path

from policygraph.errors import SettingsError

# Where a built wheel carries the pages' front-end files, in the folders they have under node_modules/
# (setup.py's build step copies them; a checkout has no such folder and serves node_modules/ itself).
VENDOR_FOLDER = "vendor"

# A package's folder under node_modules, and its served files: name -> media type.
FrontEndFiles = dict[str, tuple[tuple[str, ...], dict[str, str]]]


def resource_dir(name: str) -> Path:
    """The folder ``name`` of the package's resources (``patterns``, ``gazetteers``, ``structure``,
    ``ontology``, ``queries``, ``vendor``), as a path on disk: the settings and the pipeline's components
    take folders. Every installer puts a wheel's files on disk; a package imported from a zip archive has
    no folder to give, and says so (when config.py is imported: its defaults are these folders)."""
    folder = files(__name__).joinpath(name) if name else files(__name__)
    if not isinstance(folder, Path):
        raise SettingsError(
            f"policygraph's resources are inside an archive ({folder}), not in a folder: install the wheel "
            "with pip, which unpacks it into site-packages, instead of importing it from a zip file"
        )
    return folder


def resources_root() -> Path:
    """The folder that holds every resource folder: the default data folder of an installed package, whose
    ``structure/`` the pipeline reads (a checkout's ``data/`` has the same layout)."""
    return resource_dir("")


@cache
def front_end_files() -> FrontEndFiles:
    """The files the pages serve at /vendor/{package}/{name}, from ``front_end_files.json``: one list for
    the app and for the wheel's build step, which copies exactly these."""
    listing = json.loads((files(__name__) / "front_end_files.json").read_text(encoding="utf-8"))
    return {package: (tuple(entry["folder"]), dict(entry["files"])) for package, entry in listing["packages"].items()}
