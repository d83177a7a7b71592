"""How deep a text nests, measured before a parser that recurses sees it.

Oxigraph's parsers are recursive Rust: a JSON-LD document nested a few thousand objects deep, a
Turtle triple term nested a few thousand deep or a SPARQL group nested two thousand deep overflows
the thread's stack, and a stack overflow in native code is a segfault that takes the whole process
down (the server with every route, or the CLI with exit 139); no Python exception can catch it.
Python's own ``json`` stops at its recursion limit with a RecursionError instead, which is no better
an answer to a user. So every text from outside is measured here first, by a scanner that only
tracks brackets outside strings, IRIs and comments (linear time, no recursion), and one nested
deeper than the limit is refused with an :class:`InputError` at the bracket that goes past it.

What counts as a level, per syntax:

- JSON and JSON-LD: ``[`` and ``{``;
- Turtle, TriG, N-Triples, N-Quads: ``(`` (collections), ``[`` (blank node property lists), ``{``
  (TriG graphs) and ``<<`` (RDF 1.2 triple terms and reifiers; ``<<(`` counts twice);
- RDF/XML: element depth (measured with the standard library's expat, which is not recursive);
- SPARQL: every bracket kind (:func:`policygraph.sparql.query_text.scan`).

The limits are settings (``max_data_nesting``, ``max_query_nesting``), far above what real data and
queries use and far below what overflows a stack.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from typing import TYPE_CHECKING, Literal

from policygraph.errors import InputError

if TYPE_CHECKING:
    from policygraph.sparql.query_text import QueryText

DataSyntax = Literal["json", "turtle", "xml"]

# A string's closing quote is optional: an unterminated string runs to the end of its line (of the
# text, for long strings), as far as the parser, which stops there, reads. Without that, each quote
# after an unterminated one would start a scan to the end again: quadratic time on a crafted body.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|(?P<open>[\[{])|(?P<close>[\]}])|[^"\[\]{}]+|.', re.DOTALL)
# The Turtle family's terminals that may hold brackets (strings, IRIs, comments), then the brackets.
_TURTLE_TOKEN = re.compile(
    "|".join([
        r"'''(?:(?:'|'')?(?:[^'\\]|\\.))*(?:''')?",
        r'"""(?:(?:"|"")?(?:[^"\\]|\\.))*(?:""")?',
        r"'(?:[^'\\\n\r]|\\.)*'?",
        r'"(?:[^"\\\n\r]|\\.)*"?',
        r'<[^<>"{}|^`\\\x00-\x20]*>',
        r"#[^\r\n]*",
        r"(?P<open><<|[\[({])",
        r"(?P<close>>>|[\])}])",
        r"""[^"'<>#\[\](){}]+""",
        r".",
    ]),
    re.DOTALL,
)


class _TooDeep(Exception):
    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset into ``text``."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _deeper_than(tokens: re.Pattern[str], text: str, limit: int) -> int | None:
    """The offset of the first opening bracket nested deeper than ``limit``, or None."""
    depth = 0
    for match in tokens.finditer(text):
        if match.group("open") is not None:
            depth += 1
            if depth > limit:
                return match.start()
        elif match.group("close") is not None:
            depth = max(depth - 1, 0)
    return None


def _xml_deeper_than(text: str, limit: int) -> tuple[int, int] | None:
    parser = xml.parsers.expat.ParserCreate()
    depth = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > limit:
            raise _TooDeep(parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(text, True)
    except _TooDeep as exc:
        return exc.line, exc.column
    except xml.parsers.expat.ExpatError:
        return None  # not well-formed: the RDF/XML parser reports where
    return None


def check_data_nesting(text: str, syntax: DataSyntax, limit: int, *, source: str | None = None) -> None:
    """Refuse ``text`` (JSON, the Turtle family or XML) when it nests deeper than ``limit``.

    Raises InputError with the line and column of the bracket (or element) that goes past the limit.
    Text that does not parse is left to the parser, which says where."""
    if syntax == "xml":
        where = _xml_deeper_than(text, limit)
    else:
        offset = _deeper_than(_JSON_TOKEN if syntax == "json" else _TURTLE_TOKEN, text, limit)
        where = None if offset is None else position(text, offset)
    if where is not None:
        what = "elements" if syntax == "xml" else "brackets"
        raise InputError(f"nests {what} deeper than {limit} levels (POLICYGRAPH_MAX_DATA_NESTING); "
                         "flatten the data", source=source, line=where[0], column=where[1])


def check_query_nesting(text: str, limit: int, *, source: str | None = None, operation: str = "query") -> QueryText:
    """Refuse a SPARQL query or update whose brackets nest deeper than ``limit``: the endpoint's and
    the CLI's one rule. Raises InputError with the line and column of the bracket past the limit;
    otherwise gives the scan (keywords), so the endpoint reads the text once."""
    from policygraph.sparql.query_text import scan

    scanned = scan(text, nesting_limit=limit)
    if scanned.too_deep_at is not None:
        line, column = position(text, scanned.too_deep_at)
        raise InputError(f"the {operation} nests brackets {scanned.max_depth} deep; the limit is {limit} "
                         "(POLICYGRAPH_MAX_QUERY_NESTING)", source=source, line=line, column=column)
    return scanned
