"""The text of a Doc, computed once for all our components.

``Doc.text`` is rebuilt from the tokens on every access (about 0.17 s per million characters, a twentieth
of the pyvi tokenizer's time), and each Extraction II component needs it. The first of them stores it in
``doc.user_data`` and the last one drops it, so it is neither rebuilt five times nor sent between
processes with the Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "policygraph.text"


def cached_text(doc: Doc) -> str:
    """``doc.text``, rebuilt at most once while our components run."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def release_text(doc: Doc) -> None:
    doc.user_data.pop(_KEY, None)
