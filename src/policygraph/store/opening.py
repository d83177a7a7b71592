"""Opening a store by its location: the one place that knows every backend (so that ``store/base.py``,
the interface every backend imports, imports none of them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from policygraph.errors import NoStoreError
from policygraph.store.base import GraphStore
from policygraph.store.embedded import EmbeddedStore, holds_store
from policygraph.store.remote import RemoteStore

if TYPE_CHECKING:
    from policygraph.config import Settings


def open_store(
    location: str, *, settings: Settings | None = None, read_only: bool = False, must_exist: bool = False
) -> GraphStore:
    """The store at ``location``: a folder for the embedded store, an http(s) URL of a SPARQL 1.1 query
    endpoint for a remote one (``policygraph.store.remote``).

    ``settings`` are the edge's (the CLI command's, the app's): the base IRI, and a remote store's URLs,
    credentials, timeout and retries; without them the settings' declared defaults apply (the library
    never reads the environment). A folder that holds no store yet gets a new, empty one, unless
    ``must_exist`` (the commands that only read), which raises NoStoreError instead and leaves the folder
    as it was. ``read_only`` opens a folder without taking its lock, so that those commands work while a
    server or an ingest holds it (a remote store's server answers for itself and ignores it)."""
    from policygraph.config import Settings

    settings = settings or Settings.model_construct()  # the declared defaults, not the environment
    if must_exist:
        require_existing_store(location)
    if is_remote(location):
        return RemoteStore.from_settings(location, settings)
    return EmbeddedStore(location, read_only=read_only, base_iri=settings.base_iri,
                         server_sparql_url=f"http://{settings.host}:{settings.port}/sparql")


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def require_existing_store(location: str) -> None:
    """Raise NoStoreError unless ``location`` is a remote store's URL (whose server answers for itself)
    or a folder that holds an embedded store. For the commands that only read: opening a mistyped
    folder would create an empty store there and answer as if the corpus were empty."""
    if is_remote(location):
        return
    folder = Path(location)
    if not folder.is_dir():
        what = "the folder does not exist" if not folder.exists() else "it is not a folder"
    elif not holds_store(folder):
        what = "the folder holds no store"
    else:
        return
    raise NoStoreError(
        f"no store at {location}: {what}. Check --store or POLICYGRAPH_STORE, or ingest texts into it first: "
        f"policygraph ingest --store {location} FILES"
    )
