"""Reading source texts from disk, with errors that say which file and which byte."""

from __future__ import annotations

from pathlib import Path

from policygraph.errors import InputError

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


def read_source_text(path: Path, max_chars: int | None = None) -> str:
    """The file's text, exactly as stored (no newline translation), or an InputError.

    At most ``max_chars`` characters (default ``POLICYGRAPH_MAX_TEXT_CHARS``): the file is read only as far
    as that many characters can take in UTF-8 (4 bytes each), so an endless device is refused at once."""
    if max_chars is None:
        from policygraph.config import get_settings

        max_chars = get_settings().max_text_chars
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
