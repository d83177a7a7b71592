"""The one place for paths, IRIs and limits.

Every setting can be overridden by an environment variable ``POLICYGRAPH_<NAME>`` (for example
``POLICYGRAPH_STORE=/srv/pg/store``), so that the CLI, the server and the tests agree without
passing flags through every layer.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from policygraph.resources import VENDOR_FOLDER, resource_dir, resources_root

# A source checkout (src/policygraph/ beside pyproject.toml) keeps its working folders where they have always
# been: the seed corpus in data/ and the store in var/, both beside the source. An installed package has
# neither: its resources come from the package, its store from the current directory.
PROJECT_ROOT = Path(__file__).resolve().parents[2]
IN_CHECKOUT = Path(__file__).resolve().parents[1].name == "src" and (PROJECT_ROOT / "pyproject.toml").is_file()


def _working_path(*parts: str) -> Path:
    """``var/...`` beside a checkout's source; for an installed package, under the current directory (as
    `git`, `make` and `oxigraph serve --location var` work where they are run)."""
    return (PROJECT_ROOT if IN_CHECKOUT else Path.cwd()).joinpath(*parts)


def _default_data_dir() -> Path:
    """A checkout's data/ (its seed corpus in data/corpus, its rules through the links data/patterns,
    data/gazetteers and data/structure); an installed package's own resource folder, which has the same
    patterns/, gazetteers/ and structure/."""
    return PROJECT_ROOT / "data" if IN_CHECKOUT else resources_root()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYGRAPH_", extra="ignore")

    store: str = Field(
        default_factory=lambda: str(_working_path("var", "store")),
        description="Where the graph lives: a folder for the embedded on-disk store, or the http(s) URL of a "
        "SPARQL 1.1 query endpoint (Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso ...). Default: "
        "var/store beside a source checkout's src/ (where `make run` puts it), or var/store under the current "
        "directory for an installed package.",
    )
    store_update_url: str | None = Field(
        default=None,
        description="A remote store's SPARQL Update endpoint. Default: the query URL with a last path segment "
        "'query' or 'sparql' replaced by 'update' (Oxigraph, Fuseki); otherwise the query URL itself.",
    )
    store_graph_store_url: str | None = Field(
        default=None,
        description="A remote store's Graph Store HTTP Protocol endpoint, used to read whole named graphs "
        "(export): Oxigraph /store, Fuseki /{dataset}/data, GraphDB /repositories/{id}/rdf-graphs/service, "
        "Virtuoso /sparql-graph-crud. Without one, graphs are read with CONSTRUCT queries.",
    )
    store_merge_graph: str | None = Field(
        default=None,
        description="A remote store's named graph for the merge of all texts' graphs, for a server whose default "
        "graph cannot be written (Virtuoso: set it, e.g. https://w3id.org/policygraph/id/graph/union). Every "
        "query then names it as default-graph-uri, and the server's own graphs are left out of the store's. "
        "Default: none, the merge is the server's default graph (Oxigraph, Fuseki, GraphDB).",
    )
    store_username: str | None = Field(default=None, description="HTTP basic credentials for a remote store.")
    store_password: SecretStr | None = Field(default=None)
    store_token: SecretStr | None = Field(
        default=None, description="A bearer token for a remote store (instead of basic credentials)."
    )
    store_timeout_s: float = Field(
        default=60.0, gt=0, description="A remote store request taking longer fails with a StoreError."
    )
    store_retries: int = Field(
        default=3, ge=0, le=10,
        description="Retries (with exponential backoff) when a remote store cannot be reached or answers "
        "502/503/504. Every request policygraph sends is idempotent, so a retry never applies anything twice.",
    )
    base_iri: str = Field(
        default="https://w3id.org/policygraph/id/",
        description="Base IRI of the data (documents, actors, places, sources).",
    )
    quarantine_dir: Path = Field(
        default_factory=lambda: _working_path("var", "quarantine"),
        description="Where `ingest --quarantine` keeps a refused text's graph and report. Default: var/quarantine "
        "beside a source checkout's src/, or under the current directory for an installed package.",
    )
    ontology_dir: Path = Field(
        default=resource_dir("ontology"),
        description="The ontology, its SKOS schemes (schemes/) and SHACL shapes (shapes/). Default: the package's "
        "own (policygraph/resources/ontology; a checkout's ontology/ links to it).",
    )
    data_dir: Path = Field(
        default=_default_data_dir(),
        description="The data folder: its structure/ holds the structure rules, and a text under it is known by its "
        "path inside it (what /sources serves). Default: data/ of a source checkout; for an installed package, "
        "the package's own resource folder (set it to your texts' folder for /sources to serve them).",
    )
    patterns_dir: Path = Field(
        default=resource_dir("patterns"),
        description="Document kinds, issuers, law names and relation triggers. Default: the package's own.",
    )
    gazetteers_dir: Path = Field(
        default=resource_dir("gazetteers"),
        description="Actors, places and themes the pipeline recognises. Default: the package's own.",
    )
    queries_dir: Path = Field(
        default=resource_dir("queries"),
        description="The saved SPARQL queries (`policygraph query NAME.rq`, /queries). Default: the package's own.",
    )
    node_modules_dir: Path | None = Field(
        default=None,
        description="Where `npm ci` put the pages' front-end packages (YASGUI, Swagger UI), served by the app. "
        "Default: the copies a built wheel carries (policygraph/resources/vendor), else a checkout's node_modules/.",
    )

    host: str = Field(default="127.0.0.1", description="The address `policygraph serve` listens on.")
    port: int = Field(
        default=8000, ge=1, le=65535,
        description="The TCP port `policygraph serve` listens on. Checked here: uvicorn takes a larger number "
        "modulo 65536 and would listen on another port than the one it logs.",
    )
    query_timeout_s: float = Field(
        default=30.0, gt=0,
        description="A SPARQL query running longer is stopped (its worker process is killed) and answered 503.",
    )
    shutdown_grace_s: float = Field(
        default=1.0, ge=0,
        description="On SIGTERM or Ctrl-C, `policygraph serve` lets requests in flight finish for this long, then "
        "cancels them (a running query's worker is killed) and stops: within about a second more, rather than "
        "after the query timeout.",
    )
    query_workers: int = Field(
        default=2, ge=1, le=64,
        description="Worker processes answering SPARQL queries (each opens the store read-only); the pool "
        "never has fewer.",
    )
    query_workers_max: int | None = Field(
        default=None, ge=1, le=64,
        description="The most worker processes the pool may grow to (default: 8, or query_workers when that is "
        "more). When every worker is busy a spare one is started for the next request, so a cheap query is "
        "answered at once while up to this many minus one slow queries run; the extra workers stop once idle. "
        "Memory: at most this many times query_worker_memory_mb.",
    )
    query_worker_memory_mb: int = Field(
        default=1024, ge=64,
        description="Memory a query worker may use for one query (its private resident memory, in MiB; an idle "
        "worker uses about 12). A query needing more is stopped (the worker is killed and replaced) and answered "
        "503: without a cap, a 1.7 KB query doubling a string with CONCAT grew a worker to 7.8 GB.",
    )
    max_text_chars: int = Field(
        default=2_000_000, ge=1,
        description="Longest source text extract, validate and ingest accept, in characters; a longer one (or a "
        "device such as /dev/zero) is refused with a clear error before it is read whole. Real codes and "
        "consolidated texts run to about 1 million characters; pyvi's segmentation grows faster than linearly "
        "past that (1 M characters: 14 s and 0.9 GB; 3 M: about 8 minutes and 2.4 GB, bench on this machine).",
    )
    max_request_bytes: int = Field(default=1_000_000, description="Largest accepted query, update or form body.")
    max_result_rows: int = Field(default=100_000, description="Largest result: solutions or triples.")
    max_result_bytes: int = Field(default=100_000_000, description="Largest serialised result, in bytes.")
    max_query_nesting: int = Field(
        default=200,
        description="Deepest nesting of brackets in a query or update; deeper ones are refused before "
        "they reach the engine, whose parser recursion would overflow its stack.",
    )
    max_data_nesting: int = Field(
        default=200, ge=1,
        description="Deepest nesting of brackets in RDF (JSON-LD, Turtle, TriG, N-Triples, N-Quads; elements in "
        "RDF/XML) and in JSON request bodies; deeper input is refused with its line and column before a parser "
        "sees it: Oxigraph's JSON-LD parser overflows its stack (a segfault) from about 3,000 objects deep.",
    )
    graph_node_limit: int = Field(
        default=300, ge=1,
        description="Documents GET /graph/data draws when the request names no `limit` (the most cited): a few "
        "hundred stay readable and lay out in about a second in a phone's browser.",
    )
    graph_max_node_limit: int = Field(
        default=2000, ge=1,
        description="The largest `limit` GET /graph/data accepts; a larger one is answered 400.",
    )
    cors_origins: list[str] = Field(default_factory=list)
    update_token: str | None = Field(
        default=None, description="Enables SPARQL Update at /sparql for requests with this bearer token."
    )
    allow_service: bool = Field(
        default=False,
        description="Allow SERVICE (federated queries) and LOAD, which make the server fetch other hosts' data.",
    )
    shacl_engine: Literal["pyshacl", "turbo"] = Field(
        default="pyshacl",
        description="SHACL engine behind validate, ingest and /validate: pyshacl (the reference) or turbo "
        "(pyshacl-turbo, a Rust engine with the same API and reports; see bench/run.py, section validation).",
    )


    @model_validator(mode="after")
    def _pool_bounds(self) -> Settings:
        if self.query_workers_max is not None and self.query_workers_max < self.query_workers:
            raise ValueError(
                f"query_workers_max ({self.query_workers_max}) is smaller than query_workers ({self.query_workers}); "
                "set POLICYGRAPH_QUERY_WORKERS_MAX to at least POLICYGRAPH_QUERY_WORKERS"
            )
        return self

    @property
    def front_end_dir(self) -> Path:
        """Where the pages' front-end packages are, laid out as node_modules/ is: ``node_modules_dir`` when it is
        set; else the copies a built wheel carries; else, in a checkout, its node_modules/ (``make web``)."""
        if self.node_modules_dir is not None:
            return self.node_modules_dir
        packaged = resource_dir(VENDOR_FOLDER)
        if packaged.is_dir() or not IN_CHECKOUT:
            return packaged
        return PROJECT_ROOT / "node_modules"

    @property
    def query_workers_limit(self) -> int:
        """The pool's upper bound: ``query_workers_max``, or its default."""
        return self.query_workers_max or max(8, self.query_workers)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings, read once from the environment; a value a setting cannot take is a SettingsError
    naming the variable, what it must be and what it was given (not pydantic's many-line report)."""
    from pydantic import ValidationError

    from policygraph.errors import SettingsError

    try:
        return Settings()
    except ValidationError as exc:
        problems = [
            f"POLICYGRAPH_{'_'.join(str(part) for part in error['loc']).upper()}: {error['msg']} "
            f"(given {error['input']!r})"
            for error in exc.errors()
        ]
        raise SettingsError("; ".join(problems)) from None
