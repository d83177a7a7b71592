"""The one place for paths, IRIs and limits.

Every setting can be overridden by an environment variable ``POLICYGRAPH_<NAME>`` (for example
``POLICYGRAPH_STORE=/srv/pg/store``), so that the CLI, the server and the tests agree without
passing flags through every layer.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _project_path(*parts: str) -> Path:
    return PROJECT_ROOT.joinpath(*parts)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYGRAPH_", extra="ignore")

    store: str = Field(
        default=str(_project_path("var", "store")),
        description="Path of the embedded on-disk store (a later release adds http(s) URLs).",
    )
    base_iri: str = Field(
        default="https://w3id.org/policygraph/id/",
        description="Base IRI of the data (documents, actors, places, sources).",
    )
    quarantine_dir: Path = Field(default=_project_path("var", "quarantine"))
    ontology_dir: Path = Field(default=_project_path("ontology"))
    data_dir: Path = Field(default=_project_path("data"))
    patterns_dir: Path = Field(default=_project_path("data", "patterns"))
    gazetteers_dir: Path = Field(default=_project_path("data", "gazetteers"))
    queries_dir: Path = Field(default=_project_path("queries"))

    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout_s: float = 30.0
    max_request_bytes: int = 1_000_000
    max_result_rows: int = 100_000
    cors_origins: list[str] = Field(default_factory=list)
    update_token: str | None = None
    allow_service: bool = False


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
