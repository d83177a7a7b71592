"""Read the typed link a sentence states between two documents.

Three shapes carry nearly every link in the texts we have seen (see data/patterns/relation_triggers.json):
- between two mentions, at the end of the first one's title: "Kết luận số 96-KL/TW ... về tiếp tục
  thực hiện Nghị quyết số 45-NQ/TW" (96 continues 45); passive forms reverse the direction;
- a clause that opens with a trigger, acting on its first mention, done by the text's own document:
  "Căn cứ Luật ...", "Rà soát, đánh giá ... tại Nghị quyết số 35/2021/QH15";
- a heading or lead-in that opens with a trigger ("Điều 1. Bãi bỏ toàn bộ ...:"), acting on the
  first mention of each list item below it.
Lists extend a link: "được sửa đổi, bổ sung theo Luật số 72/2020/QH14, Luật số 03/2022/QH15".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policygraph.extract.resolution import ResolvedReference

_CLAUSE_LEAD = re.compile(
    r"^(?:[\s*_|#>]|\d{1,2}[.)]|[a-zđ]\)|[-–•+]|điều\s+\d+[a-zđ]?\s*[.:]|[ivxlc]+[.\-–])*", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"^[\s*_|]*(?:\d{1,2}[.)]|[a-zđ]\)|[-–•+])\s", re.IGNORECASE)
_ARTICLE_HEADING = re.compile(r"^[\s*_|#]*(?:điều\s+\d+|chương\s+[ivxlc\d]+|mục\s+\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class FoundRelation:
    """A link between two resolved mentions, or between the subject and a mention (subject=None)."""

    subject: ResolvedReference | None
    object: ResolvedReference
    type: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


class RelationTriggers:
    """Trigger phrases from data, compiled."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.between = [(t, re.compile(rf"(?:^|[\s,])(?:{p})\s*(?:các\s+)?$")) for t, p in data["between"]]
        self.passive = [(t, re.compile(rf"(?:^|[\s,])(?:{p})\s*(?:các\s+)?$")) for t, p in data["passive"]]
        self.subject_start = [(t, re.compile(rf"^(?:{p})(?![^\W_])")) for t, p in data["subject"]]
        self.subject_before = [(t, re.compile(rf"(?:^|[\s,])(?:{p})\s*(?:các\s+)?$")) for t, p in data["subject"]]
        self.list_separator = re.compile(rf"^{data['list_separator']}$")
        self.title_opener = re.compile(rf"^,?\s*{data['title_openers']}(?![^\W_])")

    @classmethod
    def from_path(cls, path: Path) -> RelationTriggers:
        return cls(json.loads(path.read_text(encoding="utf-8")))


def _norm(fragment: str) -> str:
    return " ".join(fragment.replace("*", " ").replace("|", " ").split()).lower()


def find_relations(
    text: str,
    sentences: list[tuple[int, int]],
    refs: list[ResolvedReference],
    subject: ResolvedReference | None,
    triggers: RelationTriggers,
    kind_of_word: dict[str, str] | None = None,
) -> list[FoundRelation]:
    out: list[FoundRelation] = _named_links(sentences, refs, subject, kind_of_word or {})
    scope: str | None = None
    for s_start, s_end in sentences:
        in_sentence = [r for r in refs if s_start <= r.found.start and r.found.end <= s_end]
        top = [r for r in in_sentence if not any(o is not r and o.found.start <= r.found.start
                                                  and r.found.end <= o.found.end and
                                                  (o.found.end - o.found.start) > (r.found.end - r.found.start)
                                                  for o in in_sentence)]
        sentence_text = text[s_start:s_end]
        if _ARTICLE_HEADING.match(sentence_text):
            scope = None
        out.extend(_between(text, top, triggers, s_start, s_end))
        if subject is not None:
            out.extend(_subject_clauses(text, top, subject, triggers, s_start, s_end))
            lead = _norm(_CLAUSE_LEAD.sub("", sentence_text.lower()))
            if not in_sentence:
                for rel_type, pattern in triggers.subject_start:
                    if pattern.match(lead) and (sentence_text.rstrip(" *").endswith(":")
                                                or _ARTICLE_HEADING.match(sentence_text)):
                        scope = rel_type
                        break
            elif scope is not None and _LIST_ITEM.match(sentence_text) and top:
                first = top[0]
                if first.identity != subject.identity:
                    out.append(FoundRelation(None, first, scope, s_start, first.found.end, s_start, s_end))
            elif scope is not None and not _LIST_ITEM.match(sentence_text):
                scope = None
    return out


def _between(text, top, triggers, s_start, s_end):
    out = []
    for i in range(1, len(top)):
        a, b = top[i - 1], top[i]
        gap = _norm(text[a.found.end:b.found.start])
        if ";" in gap or len(gap) > 250:
            continue
        for rel_type, pattern in triggers.passive:
            if pattern.search(gap) and not _has_inner_clause(gap):
                out.append(FoundRelation(b, a, rel_type, a.found.start, b.found.end, s_start, s_end))
                out.extend(_continue_list(text, top, i, a, rel_type, triggers, s_start, s_end, passive=True))
                break
        else:
            if not (triggers.title_opener.match(gap) or _only_trigger(gap, triggers)):
                continue
            for rel_type, pattern in triggers.between:
                if pattern.search(gap):
                    out.append(FoundRelation(a, b, rel_type, a.found.start, b.found.end, s_start, s_end))
                    out.extend(_continue_list(text, top, i, a, rel_type, triggers, s_start, s_end))
                    break
    return out


def _has_inner_clause(gap: str) -> bool:
    return ". " in gap


def _only_trigger(gap: str, triggers: RelationTriggers) -> bool:
    stripped = gap.strip(" ,")
    return any(p.fullmatch(stripped) or (p.search(stripped) and len(stripped.split()) <= 5)
               for _, p in triggers.between)


def _continue_list(text, top, i, anchor, rel_type, triggers, s_start, s_end, passive=False):
    """Mentions that follow B separated only by commas or "và" share B's link to the anchor."""
    out = []
    prev = top[i]
    for nxt in top[i + 1:]:
        if not triggers.list_separator.match(_norm(text[prev.found.end:nxt.found.start])):
            break
        if passive:
            out.append(FoundRelation(nxt, anchor, rel_type, anchor.found.start, nxt.found.end, s_start, s_end))
        else:
            out.append(FoundRelation(anchor, nxt, rel_type, anchor.found.start, nxt.found.end, s_start, s_end))
        prev = nxt
    return out


def _subject_clauses(text, top, subject, triggers, s_start, s_end):
    out = []
    clause_start = s_start
    boundaries = [m.start() for m in re.finditer(";", text[s_start:s_end])]
    clauses = []
    for b in boundaries:
        clauses.append((clause_start, s_start + b))
        clause_start = s_start + b + 1
    clauses.append((clause_start, s_end))
    linked: set[int] = set()
    for c_start, c_end in clauses:
        in_clause = [r for r in top if c_start <= r.found.start < c_end]
        if not in_clause:
            continue
        first = in_clause[0]
        lead_raw = text[c_start:first.found.start]
        lead = _norm(_CLAUSE_LEAD.sub("", lead_raw.lower()))
        chosen = None
        for rel_type, pattern in triggers.subject_start:
            if pattern.match(lead):
                chosen = rel_type
                break
        if chosen is None:
            for rel_type, pattern in triggers.subject_before:
                if pattern.search(lead):
                    chosen = rel_type
                    break
        if chosen is None:
            # A clause that only continues a list ("; Luật sửa đổi ...") keeps the previous link.
            if out and not lead.strip(" ,.") and id(top[top.index(first) - 1]) in linked:
                chosen = out[-1].type
            else:
                continue
        if first.identity == subject.identity:
            continue
        trigger_at = c_start + (len(lead_raw) - len(lead_raw.lstrip(" \t\n*_|")))
        out.append(FoundRelation(None, first, chosen, trigger_at, first.found.end, s_start, s_end))
        linked.add(id(first))
        prev = first
        for nxt in in_clause[1:]:
            if not triggers.list_separator.match(_norm(text[prev.found.end:nxt.found.start])):
                break
            out.append(FoundRelation(None, nxt, chosen, trigger_at, nxt.found.end, s_start, s_end))
            linked.add(id(nxt))
            prev = nxt
    return out


def _sentence_of(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    return next(((s, e) for s, e in sentences if s <= start and end <= e), (start, end))


def _named_links(sentences, refs, subject, kind_of_word):
    """Links stated by a document's name itself: an amending law amends the laws it names ("Luật sửa
    đổi, bổ sung một số điều của Luật A và Luật B"); a programme "thực hiện Kết luận này" implements
    the text's own conclusion (or the last conclusion mentioned before it)."""
    out = []
    for i, ref in enumerate(refs):
        found = ref.found
        if found.amends_contained:
            for inner in refs:
                if (inner is not ref and found.start <= inner.found.start and inner.found.end <= found.end
                        and inner.found.kind_code in {"Luật", "BLuật"}):
                    out.append(FoundRelation(ref, inner, "amends", found.start, found.end,
                                             *_sentence_of(sentences, found.start, found.end)))
        if found.implements_anaphor:
            kind = kind_of_word.get(found.implements_anaphor)
            target = None
            if subject is not None and subject.identity.kind_code == kind:
                target = subject
            else:
                target = next((r for r in reversed(refs[:i]) if r.identity.kind_code == kind), None)
            if target is not None:
                out.append(FoundRelation(ref, target, "implements", found.start, found.end,
                                         *_sentence_of(sentences, found.start, found.end)))
    return out
