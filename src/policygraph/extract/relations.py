"""Read the typed link a sentence states between two documents.

The shapes that carry nearly every link in the texts we have seen (trigger words are data, in
data/patterns/relation_triggers.json):
- between two mentions, at the end of the first one's title: "Kết luận số 96-KL/TW ... về tiếp tục
  thực hiện Nghị quyết số 45-NQ/TW" (96 continues 45); passive forms reverse the direction ("Luật số
  64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15": 87 amends 64);
- a clause that opens with a trigger, acting on its first mention, done by the text's own document
  (its subject): "Căn cứ Luật ...", "Rà soát, đánh giá ... tại Nghị quyết số 35/2021/QH15"; a trigger
  right before a mention ("... sửa đổi Điều 5 Quyết định số 03/2019/QĐ-TTg"), unless the clause only
  plans the act ("tham mưu ... thay thế Quyết định ..."); a trigger right after ("... hết hiệu lực");
- a heading or lead-in that opens with a trigger ("Điều 1. Bãi bỏ toàn bộ ...:"), acting on the
  first mention of each list item below it;
- a document's own name: an amending law amends the laws it names; "Chương trình hành động ... thực
  hiện Kết luận này" implements the conclusion the text is.
Lists extend a link ("theo Luật số 72/2020/QH14, Luật số 03/2022/QH15"), also across the title of
the previous item ("Nghị quyết 18-NQ/TW ... về ... và Nghị quyết số 19-NQ/TW").
A decree cannot amend a law: when a passive or active "amends" would point from a lower-ranked
document to a law, it belongs to the same-kind document the law is named in.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from policygraph.extract.resolution import ResolvedReference

_CLAUSE_LEAD = re.compile(
    r"^(?:[\s*_|#>\"“]|\d{1,2}[.)]|[a-zđ]\)|[-–•+]|điều\s+\d+[a-zđ]?\s*[.:]|[ivxlc]+[.\-–])*", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"^[\s*_|]*(?:\d{1,2}[.)]|[a-zđ]\)|[-–•+])\s", re.IGNORECASE)
_ARTICLE_HEADING = re.compile(r"^[\s*_|#]*(?:điều\s+\d+|chương\s+[ivxlc\d]+|mục\s+\d+)", re.IGNORECASE)
# "Quyết định này bãi bỏ ...", "Nghị quyết này bãi bỏ các Nghị quyết:": the text names itself as the
# actor before the trigger; the trigger acts for the subject as if it opened the clause.
_SELF_ACTOR = re.compile(
    r"^(?:nghị quyết|quyết định|nghị định|thông tư(?: liên tịch)?|luật|bộ luật|pháp lệnh|chỉ thị|kế hoạch|"
    r"văn bản|công văn)\s+này\s+(?:đã\s+|sẽ\s+)?"
)
_LIST_CONTINUATION = re.compile(r"^(?:và\s+|hoặc\s+)?(?:số:?\s*)?")
_HIGHER_THAN_DECREE = {"Luật", "BLuật", "HP", "PL"}
_AMENDING_KINDS_BELOW_LAW = {"NĐ", "QĐ", "TT", "TTLT", "CT"}


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
        pinpoint = data.get("pinpoint", "")

        def expand(patterns: list[list[str]]) -> list[list[str]]:
            return [[t, p.replace("{pinpoint}", pinpoint)] for t, p in patterns]

        data = {**data, **{k: expand(data[k]) for k in ("between", "passive", "subject") if k in data}}

        def at_end(patterns: list[list[str]]) -> list[tuple[str, re.Pattern[str]]]:
            # "(được sửa đổi, bổ sung tại Luật số ...": a gloss in brackets; "thay thế cho các văn bản ...".
            return [(t, re.compile(rf"(?:^|[\s,(])(?:{p})(?:\s+(?:các|những)(?:\s+văn bản)?)?\s*$"))
                    for t, p in patterns]

        self.between = at_end(data["between"])
        self.passive = at_end(data["passive"])
        self.subject_start = [(t, re.compile(rf"^(?:{p})(?![^\W_])")) for t, p in data["subject"]]
        self.subject_before = at_end(data["subject"])
        self.subject_after = [(t, re.compile(rf"^\s*(?:{p})(?![^\W_])")) for t, p in data.get("subject_after", [])]
        self.sentence_start = [(t, re.compile(rf"^(?:{p})\s*$")) for t, p in data.get("sentence_start", [])]
        self.scope_end = [(t, re.compile(rf"(?:{p})\s*$")) for t, p in data.get("scope_end", [])]
        self.planned = re.compile(rf"(?:^|\s){data['planned']}\s", re.IGNORECASE) if data.get("planned") else None
        self.list_separator = re.compile(rf"^{data['list_separator']}$")
        self.list_separator_between = re.compile(rf"^{data.get('list_separator_between', data['list_separator'])}$")
        self.title_opener = re.compile(rf"^,?\s*{data['title_openers']}(?![^\W_])")
        located = data.get("located_object", {})
        self.located_start = [(t, re.compile(rf"^,?\s*(?:{p})\s")) for t, p in located.get("triggers", [])]
        self.located_end = re.compile(rf"\s(?<!theo )(?:{located['location']})\s*$") if located else None
        self.located_excluded = re.compile(rf"\s(?:{located['excluded']})\s") if located.get("excluded") else None
        quoted = data.get("quoted_preamble", {})
        self.quoted_opener = re.compile(rf"(?:{quoted['opener']})\s*$") if quoted else None
        self.quoted_continues = re.compile(rf"^(?:{quoted['continues']})(?![^\W_])") if quoted else None

    def located_object(self, gap: str) -> str | None:
        """The link A states when the gap to B opens with A's own predicate and ends by locating its
        object in B ("A bổ sung tiêu chuẩn ... quy định tại B": A amends B); None otherwise."""
        if self.located_end is None or not self.located_end.search(gap):
            return None
        if self.located_excluded is not None and self.located_excluded.search(gap):
            return None
        return next((t for t, p in self.located_start if p.match(gap)), None)

    @classmethod
    def from_path(cls, path: Path) -> RelationTriggers:
        return cls(json.loads(path.read_text(encoding="utf-8")))


def _norm(fragment: str) -> str:
    return " ".join(fragment.replace("*", " ").replace("|", " ").split()).lower()


def _contains(outer: ResolvedReference, inner: ResolvedReference) -> bool:
    return (outer is not inner and outer.found.start <= inner.found.start and inner.found.end <= outer.found.end
            and (outer.found.end - outer.found.start) > (inner.found.end - inner.found.start))


def find_relations(
    text: str,
    sentences: list[tuple[int, int]],
    refs: list[ResolvedReference],
    subject: ResolvedReference | None,
    triggers: RelationTriggers,
    kind_of_word: dict[str, str] | None = None,
) -> list[FoundRelation]:
    out: list[FoundRelation] = _named_links(text, sentences, refs, subject, kind_of_word or {})
    scope: str | None = None
    preamble_end = _preamble_end(text)
    carried: str | None = None
    quoted_for: ResolvedReference | None = None  # whose quoted preamble the sentences are (see below)
    for s_start, s_end in sentences:
        in_sentence = [r for r in refs if s_start <= r.found.start and r.found.end <= s_end]
        top = [r for r in in_sentence if not any(_contains(o, r) for o in in_sentence)]
        sentence_text = text[s_start:s_end]
        lead = _SELF_ACTOR.sub("", _norm(_CLAUSE_LEAD.sub("", sentence_text.lower())))
        if quoted_for is not None and not (triggers.quoted_continues and triggers.quoted_continues.match(lead)):
            quoted_for = None
        if quoted_for is not None:
            # "... có căn cứ ban hành như sau: «Căn cứ Luật ...; Căn cứ Nghị định ...»": the quoted
            # lines are the named document's preamble, so its Căn cứ are its own legal basis.
            found_quoted = _subject_clauses(text, top, quoted_for, triggers, s_start, s_end, s_start)
            out.extend(replace(rel, subject=quoted_for) for rel in found_quoted)
            continue
        if top and triggers.quoted_opener and triggers.quoted_opener.search(_norm(sentence_text.lower()).rstrip(" *")):
            quoted_for = _acting(top[0], in_sentence)
        if _ARTICLE_HEADING.match(sentence_text):
            scope = None
        out.extend(_between(text, top, in_sentence, triggers, s_start, s_end))
        out.extend(_according_to(text, top, triggers, s_start, s_end))
        if subject is None:
            continue
        found_here = _subject_clauses(text, top, subject, triggers, s_start, s_end, preamble_end, carried)
        out.extend(found_here)
        # "Căn cứ A;\nB;\nC": a line that ends with ";" hands its link to a next line that only lists.
        ends_list = sentence_text.rstrip(" \t\n*_|").endswith(";")
        carried = (found_here[-1].type if found_here else carried) if ends_list else None
        if not in_sentence and subject is not None and not re.search(r"[.;:!?]\s*$", sentence_text.rstrip(" *_|")):
            # "Quyết định này bãi bỏ toàn bộ\nQuyết định số 1736/QĐ-UBND ...": a line that ends with its
            # trigger, broken before the document it acts on.
            planned_here = triggers.planned is not None and triggers.planned.search(" " + lead + " ")
            carried = None if planned_here else next(
                (t for t, p in triggers.subject_before if p.search(lead)), None)
        if not in_sentence:
            for rel_type, pattern in triggers.subject_start:
                if pattern.match(lead) and (sentence_text.rstrip(" *").endswith(":")
                                            or _ARTICLE_HEADING.match(sentence_text)):
                    scope = rel_type
                    break
            else:
                for rel_type, pattern in triggers.scope_end:
                    if pattern.search(lead.rstrip(" *")):
                        scope = rel_type
                        break
        elif scope is not None and _LIST_ITEM.match(sentence_text) and top:
            first = top[0]
            if first.identity != subject.identity:
                out.append(FoundRelation(None, first, scope, s_start, first.found.end, s_start, s_end))
        elif scope is not None and not _LIST_ITEM.match(sentence_text):
            scope = None
    return [_respect_hierarchy(rel, refs) for rel in out]


_FIRST_BODY_HEADING = re.compile(
    r"(?m)^[\s*_#|>]*(?:Điều\s+1(?!\d)[*_]*\s*[.:\n]|Chương\s+I\b|Phần\s+I\b|PHẦN\s+I\b|CHƯƠNG\s+I\b|I\s*[.\-–]\s)"
)


_CLOSING = re.compile(r"(?m)^[\s*_#|>]*Nơi nhận\s*[*_]*\s*:")


def _preamble_end(text: str) -> int:
    """Where the body of a structured text begins (its first article, chapter or part heading): a
    sentence that opens with "Thực hiện X, ..." acts for the text only in the preamble ("Thực hiện Chỉ
    thị số 10/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch"). In the body and in what a page adds
    after it ("Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế ...") the actor is another.
    A text without such headings (news) has no body boundary."""
    m = _FIRST_BODY_HEADING.search(text)
    # A letter has no articles: its body ends at "Nơi nhận:", and what a page adds after it is not its own.
    closing = _CLOSING.search(text)
    return min(m.start() if m else len(text), closing.start() if closing else len(text))


def _respect_hierarchy(rel: FoundRelation, refs: list[ResolvedReference]) -> FoundRelation:
    """A decree, decision or circular does not amend a law: the link belongs to the document of the
    subject's own kind in whose title the law is named."""
    if rel.type != "amends" or rel.subject is None:
        return rel
    lower, higher = rel.subject.identity.kind_code, rel.object.identity.kind_code
    if lower in _AMENDING_KINDS_BELOW_LAW and higher in _HIGHER_THAN_DECREE:
        before = [r for r in refs if r.found.end <= rel.object.found.start
                  and r.identity.kind_code == rel.subject.identity.kind_code and r is not rel.subject]
        if before:
            target = before[-1]
            return FoundRelation(rel.subject, target, rel.type, min(target.found.start, rel.start),
                                 max(rel.end, rel.subject.found.end), rel.sentence_start, rel.sentence_end)
    return rel


def _acting(ref: ResolvedReference, in_sentence: list[ResolvedReference]) -> ResolvedReference:
    """A named document whose name ends with an embedded mention ("Chương trình hành động ... thực
    hiện Kết luận số 96-KL/TW ... của Bộ Chính trị") hands its title to that mention."""
    inner = [r for r in in_sentence if _contains(ref, r) and r.found.end == ref.found.end]
    return inner[-1] if inner and ref.found.number is None else ref


def _after_title(text: str, ref: ResolvedReference, nxt: ResolvedReference) -> int:
    """Where the text after ``ref`` continues: after its title when the title ends before ``nxt``."""
    end = ref.found.title_end
    if end is not None and ref.found.end <= end <= nxt.found.start:
        return end
    return ref.found.end


def _between(text, top, in_sentence, triggers, s_start, s_end):
    out = []
    for i in range(1, len(top)):
        a, b = top[i - 1], top[i]
        gap = _norm(text[a.found.end:b.found.start])
        if len(gap) > 250:
            continue
        # A bracketed gloss glosses the mention before it, even past a ";" of that mention's own title
        # ("Thông tư 38/2015 quy định về thủ tục hải quan; kiểm tra, ... (được sửa đổi, bổ sung bởi ...").
        gloss = gap[gap.rfind("(") + 1:] if ";" in gap and ";" not in gap[gap.rfind("("):] else None
        if ";" in gap and gloss is None:
            continue
        acting = _acting(a, in_sentence)
        for rel_type, pattern in triggers.passive:
            if pattern.search(gap) and ". " not in gap and (gloss is None or pattern.match(" " + gloss)):
                out.append(FoundRelation(b, acting, rel_type, a.found.start, b.found.end, s_start, s_end))
                out.extend(_continue_list(text, top, i, acting, rel_type, triggers, s_start, s_end, passive=True))
                break
        else:
            if gloss is not None:
                continue
            located = triggers.located_object(gap) if ". " not in gap else None
            if located is not None:
                out.append(FoundRelation(acting, b, located, a.found.start, b.found.end, s_start, s_end))
                out.extend(_continue_list(text, top, i, acting, located, triggers, s_start, s_end))
                continue
            if not (triggers.title_opener.match(gap) or _only_trigger(gap, triggers)):
                continue
            for rel_type, pattern in triggers.between:
                if pattern.search(gap):
                    out.append(FoundRelation(acting, b, rel_type, a.found.start, b.found.end, s_start, s_end))
                    out.extend(_continue_list(text, top, i, acting, rel_type, triggers, s_start, s_end))
                    break
    return out


def _according_to(text, top, triggers, s_start, s_end):
    """"Theo Nghị quyết 03/NQ-CP, các bộ, ngành phải rà soát Luật ...": the document a sentence opens
    with "Theo" is the one that acts through the triggers that follow in that sentence."""
    if len(top) < 2 or _norm(_CLAUSE_LEAD.sub("", text[s_start:top[0].found.start].lower())) != "theo":
        return []
    acting, out = top[0], []
    for prev, nxt in itertools.pairwise(top):
        gap = _norm(text[prev.found.end:nxt.found.start])
        if ";" in gap:
            break
        chosen = next((t for t, p in triggers.subject_before if p.search(gap)), None)
        if chosen is None and out and triggers.list_separator_between.match(gap):
            chosen = out[-1].type
        if chosen is not None and not (triggers.planned and triggers.planned.search(" " + gap + " ")):
            out.append(FoundRelation(acting, nxt, chosen, acting.found.start, nxt.found.end, s_start, s_end))
    return out


def _only_trigger(gap: str, triggers: RelationTriggers) -> bool:
    stripped = gap.strip(" ,")
    return any(p.fullmatch(stripped) or (p.search(stripped) and len(stripped.split()) <= 6)
               for _, p in triggers.between)


def _continue_list(text, top, i, anchor, rel_type, triggers, s_start, s_end, passive=False):
    """Mentions that follow B separated only by commas or "và" share B's link to the anchor."""
    out = []
    prev = top[i]
    for nxt in top[i + 1:]:
        if not triggers.list_separator_between.match(_norm(text[_after_title(text, prev, nxt):nxt.found.start])):
            break
        if passive:
            out.append(FoundRelation(nxt, anchor, rel_type, anchor.found.start, nxt.found.end, s_start, s_end))
        else:
            out.append(FoundRelation(anchor, nxt, rel_type, anchor.found.start, nxt.found.end, s_start, s_end))
        prev = nxt
    return out


def _clauses(text: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    clauses, start = [], s_start
    for m in re.finditer(";", text[s_start:s_end]):
        clauses.append((start, s_start + m.start()))
        start = s_start + m.start() + 1
    clauses.append((start, s_end))
    return clauses


def _subject_clauses(text, top, subject, triggers, s_start, s_end, preamble_end, carried=None):
    out: list[FoundRelation] = []
    for index, (c_start, c_end) in enumerate(_clauses(text, s_start, s_end)):
        in_clause = [r for r in top if c_start <= r.found.start < c_end]
        if not in_clause:
            continue
        first = in_clause[0]
        lead_raw = text[c_start:first.found.start]
        lead = _SELF_ACTOR.sub("", _norm(_CLAUSE_LEAD.sub("", lead_raw.lower())))
        planned = triggers.planned is not None and triggers.planned.search(" " + lead + " ")
        chosen = None
        for rel_type, pattern in triggers.subject_start:
            if pattern.match(lead) and not planned:
                chosen = rel_type
                break
        if chosen is None and index == 0 and s_start < preamble_end:
            for rel_type, pattern in triggers.sentence_start:
                if pattern.match(lead):
                    chosen = rel_type
                    break
        if chosen is None and not planned:
            for rel_type, pattern in triggers.subject_before:
                if pattern.search(lead):
                    chosen = rel_type
                    break
        if chosen is None and (out or (index == 0 and carried)) and not _LIST_CONTINUATION.sub("", lead).strip(" ,."):
            # A clause that only continues the previous clause's list ("Căn cứ A; B; C") keeps its link.
            chosen = out[-1].type if out else carried
        if chosen is None:
            for ref in in_clause:
                after = text[ref.found.end:min(c_end, ref.found.end + 40)]
                for rel_type, pattern in triggers.subject_after:
                    if pattern.match(_norm(after)) and ref.identity != subject.identity:
                        out.append(FoundRelation(None, ref, rel_type, ref.found.start,
                                                 ref.found.end + len(after.rstrip()), s_start, s_end))
            continue
        if first.identity == subject.identity:
            continue
        trigger_at = c_start + (len(lead_raw) - len(lead_raw.lstrip(" \t\n*_|")))
        out.append(FoundRelation(None, first, chosen, trigger_at, first.found.end, s_start, s_end))
        prev = first
        for nxt in in_clause[1:]:
            if not triggers.list_separator.match(_norm(text[_after_title(text, prev, nxt):nxt.found.start])):
                break
            out.append(FoundRelation(None, nxt, chosen, trigger_at, nxt.found.end, s_start, s_end))
            prev = nxt
    return out


def _sentence_of(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    return next(((s, e) for s, e in sentences if s <= start and end <= e), (start, end))


def _programme_of_the_text(
    text: str, sentences: list[tuple[int, int]], ref: ResolvedReference, subject: ResolvedReference | None
) -> bool:
    """The subject's own programme ("Chương trình hành động của Chính phủ ..." in a resolution of the
    Government, or one the text issues: "Ban hành kèm theo Nghị quyết này Chương trình ...") is the
    subject's content: the subject carries its implements link."""
    return _issued_with_subject(ref, subject) or _issued_by_the_text(
        text, ref, _sentence_of(sentences, ref.found.start, ref.found.end)[0])


def _issued_with_subject(ref: ResolvedReference, subject: ResolvedReference | None) -> bool:
    if subject is None or ref.found.issuer is None:
        return False
    own = subject.found.issuer or subject.issuer_inferred
    return own is not None and own.casefold() == ref.found.issuer.casefold()


_ISSUED_HERE = re.compile(r"ban\s+hành(?:\s+kèm\s+theo\s+[^.;]{0,40}?này)?[\s*_]*$", re.IGNORECASE)


def _issued_by_the_text(text: str, ref: ResolvedReference, sentence_start: int) -> bool:
    """"Ban hành kèm theo Nghị quyết này Chương trình hành động ...": the programme the text itself
    issues, whose link the text carries."""
    return bool(_ISSUED_HERE.search(text[max(sentence_start, ref.found.start - 80):ref.found.start]))


def _named_links(text, sentences, refs, subject, kind_of_word):
    """Links stated by a document's name itself: an amending law amends the laws it names ("Luật sửa
    đổi, bổ sung một số điều của Luật A và Luật B"); a programme or plan "thực hiện Nghị quyết X"
    implements X; "thực hiện Kết luận này" implements the text's own conclusion (or the last
    conclusion mentioned before it)."""
    out = []
    for i, ref in enumerate(refs):
        found = ref.found
        if found.amends_contained:
            for inner in refs:
                if _contains(ref, inner) and inner.found.kind_code in {"Luật", "BLuật", "PL"}:
                    out.append(FoundRelation(ref, inner, "amends", found.start, found.end,
                                             *_sentence_of(sentences, found.start, found.end)))
        own_programme = found.purpose == "implements" and _programme_of_the_text(text, sentences, ref, subject)
        if found.purpose and not own_programme:
            # A document named by what it does to the document its name ends with: "Chương trình hành
            # động ... thực hiện Nghị quyết ..." implements it, "Nghị định sửa đổi Nghị định 100/2024"
            # amends it.
            inner = [r for r in refs if _contains(ref, r) and r.found.end == found.end]
            if inner:
                out.append(FoundRelation(ref, inner[-1], found.purpose, found.start, found.end,
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
