"""The settings' declared defaults, for the parameters of library functions.

Library code never reads the environment: the application's edges (``cli.py``, the API's
dependencies) read the settings once and pass the values down. A function
called without them (from a notebook, a test, a benchmark) gets these: the defaults the settings
declare, which are what an environment with no ``POLICYGRAPH_*`` variable gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policygraph.config import Settings


def setting_default(name: str) -> Any:
    """The declared default of the setting ``name`` (a field of :class:`~policygraph.config.Settings`)."""
    return Settings.model_fields[name].get_default(call_default_factory=True)


DEFAULT_BASE_IRI: str = setting_default("base_iri")
DEFAULT_ONTOLOGY_DIR = Path(setting_default("ontology_dir"))
DEFAULT_QUARANTINE_DIR = Path(setting_default("quarantine_dir"))
DEFAULT_MAX_DATA_NESTING: int = setting_default("max_data_nesting")
DEFAULT_SHACL_ENGINE: str = setting_default("shacl_engine")
# Where `policygraph serve` answers SPARQL by default (named in the advice when a store is held).
DEFAULT_SERVER_SPARQL_URL = f"http://{setting_default('host')}:{setting_default('port')}/sparql"
