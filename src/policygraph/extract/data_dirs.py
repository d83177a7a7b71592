"""Where the pipeline's data files are when the caller names no folder: the defaults of the settings'
fields (the package's own resources, policygraph/resources/; in a source checkout, ``data/``, whose
patterns/, gazetteers/ and structure/ link to them).

These are the fields' declared defaults, not the settings in effect: the pipeline never reads the
environment. The application's edges (the CLI, the API, ingest) read the settings and pass the folders
to :func:`policygraph.extract.pipeline.build_pipeline`.
"""

from __future__ import annotations

from pathlib import Path

from policygraph.config import Settings

DEFAULT_DATA_DIR = Path(Settings.model_fields["data_dir"].default)
DEFAULT_PATTERNS_DIR = Path(Settings.model_fields["patterns_dir"].default)
DEFAULT_GAZETTEERS_DIR = Path(Settings.model_fields["gazetteers_dir"].default)
DEFAULT_MAX_TEXT_CHARS: int = Settings.model_fields["max_text_chars"].default


def structure_dir(data_dir: Path) -> Path:
    """The structure rules (sections, directives, targets, boilerplate words) under a data folder."""
    return Path(data_dir) / "structure"
