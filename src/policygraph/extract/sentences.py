"""Sentence boundaries for evidence.

The texts are news paragraphs (one per line) and legal texts exported from .docx or Markdown, where
lines are often wrapped inside a sentence ("... của Thủ\ntướng Chính phủ"). A line break ends a
sentence unless the next line continues it (starts in lower case or with a digit that is not a list
number); ".", "!", "?" followed by a capital end one too.
"""

from __future__ import annotations

import itertools
import re

_END_PUNCT = re.compile(r"[.!?…](?:[\"”’)\]*]*)[ \t]+(?=[\"“(*]*[A-ZĐÀ-Ỹ])")
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s|[a-zđ][)]\s|[-–•+]\s|[IVXLC]+[.\-–]\s")
_CONTINUATION = re.compile(r"[a-zđà-ỹ(0-9]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences, leading and trailing white space excluded."""
    cuts = {0, len(text)}
    for match in _END_PUNCT.finditer(text):
        cuts.add(match.end())
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            break
        nxt = nl + 1
        while nxt < len(text) and text[nxt] in " \t\r":
            nxt += 1
        blank_line = nxt < len(text) and text[nxt] == "\n"
        prev = text[:nl].rstrip(" \t\r")[-1:] if nl else ""
        continues = (
            not blank_line
            and nxt < len(text)
            and _CONTINUATION.match(text, nxt) is not None
            and _LIST_ITEM.match(text, nxt) is None
            and prev not in {".", ":", ";", "!", "?", "|", ""}
        )
        if not continues:
            cuts.add(nl + 1)
        pos = nl + 1
    spans = []
    ordered = sorted(cuts)
    for start, end in itertools.pairwise(ordered):
        chunk = text[start:end]
        stripped_start = start + (len(chunk) - len(chunk.lstrip()))
        stripped_end = end - (len(chunk) - len(chunk.rstrip()))
        if stripped_end > stripped_start:
            spans.append((stripped_start, stripped_end))
    return spans
