"""The text of a Doc, computed once for all our components.

``Doc.text`` is rebuilt from the tokens on every access, and most of our components need it: the first
one to ask stores it in ``doc.user_data``, and it lives as long as the Doc (the Doc is turned into an
Extraction and dropped, so nothing needs to release it, and no component has to run last).
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "policygraph.text"


def cached_text(doc: Doc) -> str:
    """``doc.text``, rebuilt at most once per Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def release_text(doc: Doc) -> None:
    """Forget the cached text, so the next :func:`cached_text` rebuilds it (the benchmark uses this to
    count that cost once per run)."""
    doc.user_data.pop(_KEY, None)
