"""Which of several written forms of one thing to show: the rule, stated once.

The texts write a document's title, name or number in more than one way (a heading in capitals,
a shortened title in one text, the full one in another). The form to show is the one stated by the
most texts, then one that is not all in capitals (headings shout), then the longest. The mapping
applies it within one text (each form counts once), the catalogue across the texts of the store,
and trace to the sentences that state one link.
"""

from __future__ import annotations

from collections.abc import Iterable


def shouts(form: str) -> bool:
    """Whether ``form`` is written all in capitals, as headings are: a form to show only when no
    other is at hand."""
    return form.isupper()


def preference(form: str, texts: int = 1) -> tuple[int, bool, int]:
    """The sort key of the rule (smallest first): stated by more ``texts``, not shouting, longer."""
    return (-texts, shouts(form), -len(form))


def preferred(forms: Iterable[str]) -> str:
    """The form to show among spellings from one text, each counted once; the first of equals wins."""
    return min(forms, key=preference)


__all__ = ["preference", "preferred", "shouts"]
