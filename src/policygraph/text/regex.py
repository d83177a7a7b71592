"""The building blocks of our regular expressions, each defined once (as eyecite's ``regexes.py`` keeps
its own): what a gap between two words may hold, and how a list of phrases from data becomes one
alternation.

Texts are copied from web pages, .docx exports and Markdown: words are separated by runs of spaces or
tabs, by a line break where a line was wrapped, by a no-break space, or by emphasis closed and reopened
where the source changed font. Which of these a pattern accepts is a choice per pattern, so there are
three gaps, not one.

Only the standard library is imported here, so :mod:`policygraph.text` can use it without spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Letters and digits of Vietnamese words, for word boundaries: "(?<!{WORD_CHAR})" and "(?!{WORD_CHAR})".
WORD_CHAR = r"[^\W_]"

# Optional space that may hold one hard line break (no-break spaces included): between a day and "tháng".
SPACE = r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?"

# At least one space or a line break; or an emphasis closed and reopened inside a phrase ("số* *26/2018",
# "3361/QĐ-BCT* *ngày"), which a page's Markdown leaves where the source changed font.
GAP = (r"[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?|[ \t\u00a0]*\r?\n[ \t\u00a0]*"
       r"|[ \t\u00a0]*\*{1,2}[ \t\u00a0]+\*{1,2}[ \t\u00a0]*")

# At least one space or tab, or one line break with spaces around it: between the words of a listed name.
LINE_GAP = r"[ \t]+(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*"


def alternation(phrases: Iterable[str]) -> str:
    """One alternation of the phrases, longest first (so the longest phrase at a position wins), each
    space in a phrase matching any run of white space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


def gap_joined(words: Iterable[str]) -> str:
    """The words in order, separated by a :data:`GAP`."""
    return rf"(?:{GAP})".join(re.escape(w) for w in words)


def inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``start``-``end`` lies within one of the spans."""
    return any(s <= start and end <= e for s, e in spans)
