"""What the endpoint must know about a query or update before the engine sees it.

Oxigraph evaluates SERVICE (and LOAD) by fetching from other hosts, unconditionally, and pyoxigraph
exposes no parser, so the endpoint reads the text itself: a small lexer that follows the SPARQL 1.1
terminals (strings with their escapes, IRIs, comments, variables, prefixed names with their ``\\``
and ``%`` escapes, language tags, blank node labels, numbers) and reports the bare keywords and the
bracket nesting. A keyword inside a string, an IRI, a comment or a name (``?service``,
``ex:service``, ``<http://x/SERVICE>``) is not a keyword; ``service`` in any case is.

When the text does not lex, the leftover characters become one-character tokens and the words after
them still count as keywords; a string left open reads to the end of its line (a long string: of the
text) and every word and bracket in it counts: the guard may refuse a broken query that the engine
would have refused anyway, but it never lets a keyword through.
Oxigraph does not process ``\\uXXXX`` escapes outside strings and IRIs (``\\u0053ERVICE`` is a syntax
error there), so neither does this lexer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

# The SPARQL name characters, widened to Python's \w: a character \w accepts and SPARQL does not is
# a syntax error wherever it stands outside strings and IRIs, so the widening can only make the
# lexer read a query the engine would refuse anyway; and it keeps the pattern quick to compile.
_PN_CHARS_BASE = r"[^\W\d_]"
_PN_CHARS_U = r"[^\W\d]"
_PN_CHARS = r"[\w\-\u00b7\u0300-\u036f\u203f-\u2040]"
_PN_CHARS_OR_DOT = r"[\w\-.\u00b7\u0300-\u036f\u203f-\u2040]"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_PREFIX = f"{_PN_CHARS_BASE}(?:{_PN_CHARS_OR_DOT}*{_PN_CHARS})?"
_PN_LOCAL = f"(?:[\\w:]|{_PLX})(?:(?:{_PN_CHARS_OR_DOT}|:|{_PLX})*(?:{_PN_CHARS}|:|{_PLX}))?"

_TOKEN = re.compile(
    "|".join(
        [
            r"(?P<ws>[ \t\r\n]+)",
            r"(?P<comment>#[^\r\n]*)",
            r"(?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
            r'|"""(?:(?:"|"")?(?:[^"\\]|\\.))*""")',
            r"(?P<broken>'''.*|\"\"\".*)",
            r"(?P<short_string>'(?:[^'\\\n\r]|\\.)*'"
            r'|"(?:[^"\\\n\r]|\\.)*")',
            r"(?P<broken_line>['\"][^\r\n]*)",
            r'(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)',
            r"(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)",
            r"(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)",
            f"(?P<bnode>_:\\w(?:{_PN_CHARS_OR_DOT}*{_PN_CHARS})?)",
            f"(?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)",
            r"(?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)",
            r"(?P<word>[A-Za-z_][A-Za-z0-9_]*)",
            r"(?P<open>[({\[])",
            r"(?P<close>[)}\]])",
            r"(?P<other>.)",
        ]
    ),
    re.DOTALL,
)


@dataclass(frozen=True)
class Keyword:
    """A bare keyword (upper case), with its bracket depth and offset in the text."""

    word: str
    depth: int
    offset: int


@dataclass(frozen=True)
class QueryText:
    """The keywords of a SPARQL query or update and the deepest bracket nesting."""

    keywords: tuple[Keyword, ...]
    max_depth: int
    too_deep_at: int | None = None  # the offset of the first bracket deeper than the scan's nesting_limit
    prefixes: tuple[tuple[str, str], ...] = ()  # the PREFIX declarations: (name, namespace IRI), in order

    def has(self, word: str) -> bool:
        return any(k.word == word for k in self.keywords)

    @property
    def uses_service(self) -> bool:
        return self.has("SERVICE")

    @property
    def uses_load(self) -> bool:
        return self.has("LOAD")

    @property
    def has_dataset_clause(self) -> bool:
        """FROM or FROM NAMED: the query names its own dataset."""
        return self.has("FROM")

    @property
    def has_top_level_order_by(self) -> bool:
        """ORDER BY outside every group (not a subquery's)."""
        words = self.keywords
        return any(a.word == "ORDER" and a.depth == 0 and b.word == "BY" for a, b in pairwise(words))


# What counts inside an unterminated string: every word (as a keyword) and every bracket.
_IN_BROKEN = re.compile(r"(?P<word>[A-Za-z_][A-Za-z0-9_]*)|(?P<open>[({\[])|(?P<close>[)}\]])")


def _tokens(text: str) -> Iterator[tuple[str | None, re.Match[str]]]:
    for match in _TOKEN.finditer(text):
        if match.lastgroup in {"broken", "broken_line"}:
            for inner in _IN_BROKEN.finditer(text, match.start() + 1, match.end()):
                yield inner.lastgroup, inner
        else:
            yield match.lastgroup, match


def scan(text: str, nesting_limit: int | None = None) -> QueryText:
    """The keywords and the bracket nesting of ``text``, in one pass of linear time.

    A string left open (no closing quote on its line; no closing triple quote in the text) reads to
    the end of its line (of the text), and every word and bracket in it counts: the engine refuses
    such a text anyway, and a word in it is never missed. Lexing the rest as code instead would make
    each later quote start a scan to the end of the line again: quadratic time, minutes of the
    event loop for a crafted query of a few hundred kilobytes."""
    keywords: list[Keyword] = []
    prefixes: list[tuple[str, str]] = []
    depth = max_depth = 0
    too_deep_at = None
    declaring: list[str] = []  # after a PREFIX keyword: its name, then its IRI
    for kind, match in _tokens(text):
        if kind in {"ws", "comment"}:
            continue
        if declaring and kind == "pname" and len(declaring) == 1 and match.group().endswith(":"):
            declaring.append(match.group()[:-1])
            continue
        if len(declaring) == 2 and kind == "iri":
            prefixes.append((declaring[1], match.group()[1:-1]))
        declaring = []
        if kind == "word":
            keywords.append(Keyword(match.group().upper(), depth, match.start()))
            if depth == 0 and match.group().upper() == "PREFIX":
                declaring = ["PREFIX"]
        elif kind == "open":
            depth += 1
            max_depth = max(max_depth, depth)
            if too_deep_at is None and nesting_limit is not None and depth > nesting_limit:
                too_deep_at = match.start()
        elif kind == "close":
            depth = max(depth - 1, 0)
    return QueryText(tuple(keywords), max_depth, too_deep_at, tuple(prefixes))


def uses_service(query: str) -> bool:
    """True when the text has a SERVICE clause (outside strings, IRIs, names and comments)."""
    return scan(query).uses_service
