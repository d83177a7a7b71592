"""Reading source texts from disk, with errors that say which file and which byte, and the name each
text is known by.

A text's name is its identity: its source node, its named graph and every IRI minted for what was
extracted from it derive from the name (``IriMinter.source_key``), so two texts given one name would
overwrite each other in the store. The rule (:func:`source_name_for`):

- a text under the data folder (``POLICYGRAPH_DATA_DIR``) is known by its path relative to it
  (``corpus/000_849468c7549e9275.txt``), however it was named on the command line, so that
  ``/sources/{name}`` can read it back and data/corpus keeps the names it has always had;
- a text found in a folder given to ``ingest`` by its path inside that folder (``a/x.txt``);
- a file given by itself by its file name.

Two different files that would still get one name are refused before anything is read or written
(:func:`collect_source_files`); the same file given twice is one text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policygraph.errors import InputError
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, DEFAULT_MAX_TEXT_CHARS

TEXT_SUFFIXES = {".txt", ".md"}


def decode_utf8(raw: bytes, source: str) -> str:
    """``raw`` as UTF-8 text without a leading BOM, or an InputError naming the line and byte offset."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            source=source,
            line=line,
            offset=exc.start,
        ) from exc
    return text[1:] if text.startswith("\ufeff") else text


def read_source_text(path: Path, max_chars: int = DEFAULT_MAX_TEXT_CHARS) -> str:
    """The file's text, exactly as stored (no newline translation), or an InputError.

    At most ``max_chars`` characters (``POLICYGRAPH_MAX_TEXT_CHARS``, passed by the caller): the file is
    read only as far as that many characters can take in UTF-8 (4 bytes each), so an endless device is
    refused at once."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(4 * max_chars + 1)
    except FileNotFoundError as exc:
        raise InputError("no such file", source=str(path)) from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory; give files or use a folder with ingest", source=str(path)) from exc
    if len(raw) > 4 * max_chars:
        raise InputError(
            f"longer than {max_chars:,} characters, the limit for one text; split it, or raise "
            "POLICYGRAPH_MAX_TEXT_CHARS",
            source=str(path),
        )
    text = decode_utf8(raw, str(path))
    if len(text) > max_chars:
        raise InputError(
            f"longer than {max_chars:,} characters, the limit for one text; split it, or raise "
            "POLICYGRAPH_MAX_TEXT_CHARS (extraction of a few million characters takes minutes and gigabytes)",
            source=str(path),
        )
    return text


@dataclass(frozen=True)
class SourceFile:
    """A text to ingest: where it is read from, and the name (identity) it is stored under."""

    path: Path
    name: str


def source_name_for(path: Path, folder: Path | None = None, data_dir: Path = DEFAULT_DATA_DIR) -> str:
    """The name the text at ``path`` is known by, found in the folder ``folder`` given on the command
    line (None: the file was given by itself); see the module's docstring. ``data_dir`` is
    ``POLICYGRAPH_DATA_DIR``, passed by the caller."""
    resolved = path.resolve()
    for base in (data_dir, folder):
        if base is not None and resolved.is_relative_to(base.resolve()):
            return resolved.relative_to(base.resolve()).as_posix()
    return path.name


def collect_source_files(paths: list[Path], data_dir: Path = DEFAULT_DATA_DIR) -> list[SourceFile]:
    """The texts of ``paths`` (as :func:`collect_text_files` finds them), each with its name; the same
    file reached twice is listed once. Raises InputError, before anything is read, when two different
    files would be stored under one name (``ingest a/x.txt b/x.txt``)."""
    found: dict[Path, SourceFile] = {}
    by_name: dict[str, SourceFile] = {}
    for argument in paths:
        folder = argument if argument.is_dir() else None
        for path in collect_text_files([argument]):
            resolved = path.resolve()
            if resolved in found:
                continue
            text = SourceFile(path, source_name_for(path, folder, data_dir))
            if (other := by_name.get(text.name)) is not None:
                raise InputError(
                    f"would be stored as {text.name!r}, the name of {other.path} too; give the folder that holds "
                    "both instead (a text in a folder is known by its path inside it)",
                    source=str(path),
                )
            found[resolved] = by_name[text.name] = text
    return list(found.values())


def collect_text_files(paths: list[Path]) -> list[Path]:
    """Files named directly, and the .txt/.md files under folders, in a stable order. A folder's own
    documentation (README.md, as in data/gazetteers/) is not a source text."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.upper().startswith("README")
            ))
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or folder", source=str(path))
    return files
