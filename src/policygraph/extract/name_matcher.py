"""Find listed names (actors, places, theme phrases) in a text: whole words, longest first, fast.

All names of a gazetteer go into one regular expression shaped as a trie ("ủy ban (?:nhân dân
(?:tỉnh ...|thành phố ...)|dân tộc)"), matched on a lower-cased copy of the normalised text, so a scan
costs about as much as one pass of a compiled regex whatever the number of names; greedy optional
branches give the longest name at each position, and the scan gives the leftmost. Words may be
separated by any run of spaces or tabs, or by one line break (wrapped lines).

Case: matching ignores case (gazetteers list "Ủy ban nhân dân", texts write "Ủy ban Nhân dân" and
"ỦY BAN NHÂN DÂN"), but a name whose listed form starts with a capital must start with one in the text,
and so must its last word when that is capitalised: "chính phủ điện tử" is not the Government, "hòa
bình" is not Hòa Bình, while "các bộ, cơ quan liên quan" (listed in lower case) matches "Các bộ, ...".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from policygraph.text.normalize import canonical_tone_placement
from policygraph.text.regex import LINE_GAP

_SPACE = rf"(?:{LINE_GAP})"


def name_key(text: str) -> str:
    """The matching key of a name: NFC, canonical tone placement, lower case, one space between words."""
    nfc = unicodedata.normalize("NFC", text)
    return " ".join(canonical_tone_placement(nfc).lower().split())


def lower_same_length(text: str) -> str:
    """``text.lower()`` when that keeps the length (it does for Vietnamese); else lower-cases char by
    char where that keeps each char's length, so that offsets stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _trie_regex(keys: Iterable[str]) -> str:
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        terminal = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            atom = _SPACE if ch == " " else re.escape(ch)
            branches.append(atom + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return f"(?:{body})?"
        return body

    return emit(trie)


@dataclass(frozen=True)
class NameForm:
    """One written form of a name: what it belongs to, and where it must be capitalised."""

    owner: str
    form: str
    first_upper: bool
    last_upper: bool


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    key: str
    owner: str


class NameMatcher:
    """Matches every form of a set of names; :meth:`find` yields :class:`NameMatch` in text order."""

    def __init__(self, forms: Iterable[tuple[str, str]]) -> None:
        """``forms``: (owner, written form) pairs. One key may be listed by one owner only; a second
        owner of the same key is ignored (the gazetteers' tests forbid it)."""
        self.forms: dict[str, list[NameForm]] = {}
        for owner, form in forms:
            key = name_key(form)
            if not key:
                continue
            words = form.split()
            entry = NameForm(owner, form, words[0][:1].isupper(), words[-1][:1].isupper())
            existing = self.forms.setdefault(key, [])
            if existing and existing[0].owner != owner:
                continue
            existing.append(entry)
        self.pattern = re.compile(_trie_regex(self.forms) + r"(?![^\W_])") if self.forms else None

    def __len__(self) -> int:
        return len(self.forms)

    def _cased(self, text: str, start: int, end: int, key: str) -> bool:
        surface = text[start:end]
        last = surface.split()[-1] if surface.split() else surface
        for form in self.forms[key]:
            if form.first_upper and not surface[:1].isupper():
                continue
            if form.last_upper and not last[:1].isupper():
                continue
            return True
        return False

    def find(
        self, text: str, lowered: str | None = None, start: int = 0, end: int | None = None
    ) -> Iterator[NameMatch]:
        """Matches in ``text[start:end]``; ``lowered`` is :func:`lower_same_length` of ``text`` (pass it
        when several matchers scan the same text)."""
        if self.pattern is None:
            return
        lowered = lower_same_length(text) if lowered is None else lowered
        end = len(text) if end is None else end
        pos = start
        search = self.pattern.search
        while pos < end:
            m = search(lowered, pos, end)
            if m is None:
                return
            s, e = m.start(), m.end()
            if e == s:
                pos = s + 1
                continue
            if s > 0 and (lowered[s - 1].isalnum() or lowered[s - 1] == "_"):
                pos = s + 1
                continue
            key = " ".join(lowered[s:e].split())
            if key not in self.forms:
                pos = s + 1
                continue
            if not self._cased(text, s, e, key):
                # A shorter name may still start here or inside ("văn phòng Chính phủ" -> "Chính phủ").
                shorter = self._shorter(text, lowered, s, e)
                if shorter is not None:
                    yield shorter
                    pos = shorter.end
                else:
                    pos = s + 1
                continue
            yield NameMatch(s, e, key, self.forms[key][0].owner)
            pos = e

    def _shorter(self, text: str, lowered: str, s: int, e: int) -> NameMatch | None:
        for cut in range(e - 1, s, -1):
            if lowered[cut - 1].isalnum() and not lowered[cut].isalnum():
                m = self.pattern.fullmatch(lowered, s, cut) if self.pattern else None
                if m is None:
                    continue
                key = " ".join(lowered[s:cut].split())
                if key in self.forms and self._cased(text, s, cut, key):
                    return NameMatch(s, cut, key, self.forms[key][0].owner)
        return None

    def owner_of(self, name: str) -> str | None:
        """The owner of a written name, compared by key (no position, no capitalisation check)."""
        forms = self.forms.get(name_key(name))
        return forms[0].owner if forms else None
