"""Normalise Vietnamese text for matching while keeping the way back to the original.

Evidence offsets must point into the text exactly as the user gave it, but matching needs one spelling
per word: NFC instead of NFD, and one tone-mark placement ("khoá" and "khóa", "hoà" and "hòa",
"thuỷ" and "thủy" are the same word). We match on a normalised copy and map every offset back.

NFC composition changes the length of the text, so we keep an index map; tone placement is swapped
between two adjacent letters, so it keeps the length and needs no map of its own.

Real texts also carry letters of other scripts that look like ours: a number typed as "66/NQ-СР" with
Cyrillic Es and Er, "Ðiều" with the Icelandic eth for "Đ". They are one character for one character, so
they are read as the letter they stand for (same length, no map) and the original keeps them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# An open syllable ending in "oa", "oe" or "uy" with the tone on the second vowel ("hoà", "khoẻ",
# "thuỷ") is rewritten with the tone on the first ("hòa", "khỏe", "thủy"): the spelling the official
# texts in data/ use. Only at the end of a syllable ("hoàn" always carries the tone on "à"), and not
# after "q", where "u" is a glide and the tone belongs on the vowel ("quý").
_OLD_STYLE_TONE = re.compile(
    r"(?<![qQ])([oOuU])([àáãảạèéẽẻẹỳýỹỷỵÀÁÃẢẠÈÉẼẺẸỲÝỸỶỴ])(?![^\W\d_])"
)
_VALID_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}

# Look-alikes of Latin letters (Cyrillic and Greek capitals and small letters, the eth) that Vietnamese
# texts never mean as such, each read as the Latin letter it is drawn as.
_LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
    "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H",
    "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "ο": "o",
    "Ð": "Đ", "ð": "đ",
})


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    if (first.lower(), base.lower()) not in _VALID_PAIRS or not marks or marks[-1] not in _TONE_MARKS:
        return match.group(0)
    return unicodedata.normalize("NFC", first + marks) + base


def canonical_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement in NFC text; the result has the same length."""
    return _OLD_STYLE_TONE.sub(_move_tone, text)


def canonical_letters(text: str) -> str:
    """Tone placement made canonical and look-alike letters of other scripts read as Latin ones; the
    result has the same length as ``text``."""
    return canonical_tone_placement(text.translate(_LOOKALIKES))


@dataclass(frozen=True)
class MatchingText:
    """The normalised copy of a text and the map from its offsets back to the original's."""

    original: str
    text: str
    _to_original: tuple[int, ...] | None  # None: offsets are identical

    def original_offset(self, offset: int) -> int:
        if self._to_original is None:
            return offset
        return self._to_original[offset]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.original_offset(start), self.original_offset(end)


def matching_text(original: str) -> MatchingText:
    """NFC, canonical tone placement and Latin look-alikes read as Latin, with an offset map when NFC
    changed the length."""
    if unicodedata.is_normalized("NFC", original):
        return MatchingText(original, canonical_letters(original), None)
    pieces: list[str] = []
    to_original: list[int] = []
    cluster_start = 0
    for i in range(1, len(original) + 1):
        if i == len(original) or unicodedata.combining(original[i]) == 0:
            composed = unicodedata.normalize("NFC", original[cluster_start:i])
            pieces.append(composed)
            to_original.extend([cluster_start] * len(composed))
            cluster_start = i
    to_original.append(len(original))
    nfc = "".join(pieces)
    return MatchingText(original, canonical_letters(nfc), tuple(to_original))
