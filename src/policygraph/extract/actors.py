"""Actors (organisations) named in a text, one identity each, and their roles in tasks.

**Names.** ``data/gazetteers/actors.json`` lists the central bodies with their variants and
abbreviations ("Bộ Kế hoạch và Đầu tư", "Bộ KH&ĐT"); ``actor_patterns.json`` makes local bodies from a
head, a unit word and a place of ``places.json`` ("Ủy ban Nhân dân thành phố Hải Phòng", "UBND TP. Hải
Phòng" -> ``ubnd-hai-phong``, "Ủy ban nhân dân thành phố Hải Phòng"), level collectives ("UBND cấp xã")
and, in a provincial document, bare heads ("UBND tỉnh", "Công an tỉnh", "Tỉnh ủy") that name the issuing
province's body, read from the header's "Nghệ An, ngày ..." line. A province or city written with its
unit word acts as its People's Committee when it is a task's subject ("Thành phố Hải Phòng phối hợp với
...", "Các bộ, cơ quan liên quan, thành phố Hải Phòng và ... chủ động ...") or a partner after "phối hợp
với"; elsewhere ("Xây dựng thành phố Hải Phòng trở thành ...", "tại thành phố Hải Phòng") it is a place.

**The text's actors** are the identities named outside credit boilerplate (a photo credit or a source
line names a publisher, not an actor of the policy), each with its kind and the written forms seen.

**Roles in a task** (``doc._.actors.task_actors``, by task id), decided and pinned by tests/test_extract_structure.py:

- the *subjects* are the actor list that opens the clause and is followed by a verb ("Thành phố Hải
  Phòng phối hợp ...", "Các bộ, ..., thành phố Hải Phòng và các địa phương trong cả nước chủ động ...");
  after "Giao", "Đề nghị", "Yêu cầu" the addressees are the subjects ("Giao Công an tỉnh chủ trì ...",
  "Chính phủ yêu cầu các bộ, ... cần ..." makes the ministries, not the Government, the subjects);
- a subject's role: ``lead`` when "chủ trì" or "chủ động" is among the predicate's first words, or when
  it works "phối hợp với" a named partner (it does the task, the partner helps); ``coordinating`` when
  the predicate opens with a bare "phối hợp" ("Phối hợp tiến hành kiểm định ..."); else ``assigned``;
- the actors right after "phối hợp (chặt chẽ, tốt) (với)" are ``coordinating``;
- a clause without subjects takes them from its area's heading when that heading names actors ("1. Công an
  tỉnh" in a plan's "PHÂN CÔNG NHIỆM VỤ"), else from the addressees of the section's intro ("Chính phủ yêu
  cầu <addressees> ... 7 nhiệm vụ giải pháp sau:"), with the role its predicate gives and
  ``inherited: true``;
- other actors named in the task get role ``null`` (named, no role stated), except those inside a
  document reference or its title ("Nghị quyết số 35/2021/QH15 ... của Quốc hội", "... về Chương trình
  hành động của Chính phủ ..."), which name documents, not actors of the task;
- one entry per actor: the strongest role wins (lead, coordinating, assigned, then none), the task's own
  words before inherited ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.errors import PipelineNotInitialized
from policygraph.extract.data_dirs import DEFAULT_DATA_DIR, DEFAULT_GAZETTEERS_DIR, structure_dir
from policygraph.extract.doc_state import (
    ActorLayer,
    ActorMention,
    BoilerplateLayer,
    FoundActor,
    FoundTask,
    ReferenceLayer,
    SentenceLayer,
    StructureLayer,
    TaskActorRole,
    read_layer,
    write_layer,
)
from policygraph.extract.doc_text import cached_text
from policygraph.extract.name_matcher import NameMatcher, lower_same_length
from policygraph.extract.places import PlaceGazetteer
from policygraph.text.boilerplate import CREDIT_KINDS
from policygraph.text.regex import alternation, inside

ROLE_RANK = {"lead": 0, "coordinating": 1, "assigned": 2, "participant": 3, None: 4}
_ALL_PLACE_KINDS = frozenset(
    {"province", "centrally-run-city", "region", "economic-triangle", "district", "island-district", "island"}
)


def _place_kinds(place: dict[str, Any]) -> set[str]:
    return {place["kind"], *(f["kind"] for f in place.get("former_kinds", []))}


def _names(place: dict[str, Any]) -> list[str]:
    return [place["name"], *place.get("variants", [])]


@dataclass
class ActorGazetteer:
    """actors.json and actor_patterns.json (with places.json), as one matcher over every written form."""

    actors: list[dict[str, Any]]
    patterns: dict[str, Any]
    places: PlaceGazetteer

    def __post_init__(self) -> None:
        self.entries: dict[str, dict[str, Any]] = {}
        forms: list[tuple[str, str]] = []
        for a in self.actors:
            self.entries[a["id"]] = {"id": a["id"], "name": a["name"], "kind": a["kind"],
                                     "also_kinds": list(a.get("also_kinds", []))}
            forms.append((a["id"], a["name"]))
            forms.extend((a["id"], v) for v in a["variants"])
        self.bodies = {b["id_prefix"]: b for b in self.patterns["bodies"]}
        self.units = {u["word"]: u for u in self.patterns["unit_words"]}
        places = self.places.entries
        for body in self.patterns["bodies"]:
            prefix = body["id_prefix"]
            heads = [body["head"], *body["abbreviations"]]
            body_kinds = set(body.get("place_kinds") or _ALL_PLACE_KINDS)
            for unit in self.patterns["unit_words"]:
                allowed = set(unit["place_kinds"]) & body_kinds
                units = [unit["word"], *unit["abbreviations"]]
                for place in places:
                    if not _place_kinds(place) & allowed:
                        continue
                    aid = f"{prefix}-{place['id']}"
                    name = f"{body['head']} {place['name']}" if body.get("unit_optional") else (
                        f"{body['head']} {unit['word']} {place['name']}")
                    self.entries.setdefault(aid, {"id": aid, "name": name, "kind": body["kind"], "also_kinds": []})
                    forms.extend((aid, f"{h} {u} {n}") for h in heads for u in units for n in _names(place))
                if allowed:
                    forms.extend((f"bare:{prefix}|{unit['word']}", f"{h} {u}") for h in heads for u in units)
            if body.get("unit_optional"):
                for place in places:
                    if not _place_kinds(place) & body_kinds:
                        continue
                    aid = f"{prefix}-{place['id']}"
                    self.entries.setdefault(aid, {"id": aid, "name": f"{body['head']} {place['name']}",
                                                  "kind": body["kind"], "also_kinds": []})
                    forms.extend((aid, f"{h} {n}") for h in heads for n in _names(place))
                forms.extend((f"bare:{prefix}|", h) for h in heads)
            for level in self.patterns["levels"]:
                aid = f"{prefix}-{level['id']}"
                self.entries.setdefault(aid, {"id": aid, "name": f"{body['head']} {level['words'][0]}",
                                              "kind": "collective", "also_kinds": [body["kind"]]})
                forms.extend((aid, f"{h} {w}") for h in heads for w in level["words"])
        acting = self.patterns["acting_places"]
        self.acts_as = acting["acts_as"]
        for place in places:
            if place["kind"] not in acting["place_kinds"]:
                continue
            for unit in self.patterns["unit_words"]:
                if place["kind"] not in unit["place_kinds"]:
                    continue
                units = [unit["word"], *unit["abbreviations"]]
                forms.extend((f"acting:{place['id']}", f"{u} {n}") for u in units for n in _names(place))
        self.matcher = NameMatcher(forms)

    @classmethod
    def from_dir(cls, directory: Path) -> ActorGazetteer:
        return _actor_gazetteer(str(directory))

    def resolve_bare(self, owner: str, header_place: str | None) -> str | None:
        """The actor a bare head ("UBND tỉnh", "Tỉnh ủy") names in a document of ``header_place``."""
        if header_place is None:
            return None
        prefix, _, unit_word = owner.removeprefix("bare:").partition("|")
        body = self.bodies.get(prefix)
        place = self.places.by_id.get(header_place)
        if body is None or place is None:
            return None
        allowed = set(body.get("place_kinds") or _ALL_PLACE_KINDS)
        if unit_word:
            allowed &= set(self.units[unit_word]["place_kinds"])
        if not _place_kinds(place) & allowed:
            return None
        aid = f"{prefix}-{place['id']}"
        return aid if aid in self.entries else None

    def identity_of(self, name: str) -> str | None:
        """The actor id of a written name ("Ủy ban Nhân dân thành phố Hải Phòng" -> "ubnd-hai-phong")."""
        owner = self.matcher.owner_of(name)
        if owner is None or owner.startswith("bare:"):
            return None
        if owner.startswith("acting:"):
            return f"{self.acts_as}-{owner.removeprefix('acting:')}"
        return owner


@lru_cache(maxsize=4)
def _actor_gazetteer(directory: str) -> ActorGazetteer:
    d = Path(directory)
    return ActorGazetteer(
        json.loads((d / "actors.json").read_text(encoding="utf-8")),
        json.loads((d / "actor_patterns.json").read_text(encoding="utf-8")),
        PlaceGazetteer.from_dir(d),
    )


@dataclass
class RoleRules:
    """The words of ``data/structure/directives.json`` and ``actor_patterns.json`` that give roles."""

    directives: dict[str, Any]
    subject_verbs: tuple[str, ...]

    def __post_init__(self) -> None:
        d = self.directives
        self.lead = re.compile(rf"(?<![^\W_])(?:{alternation(d['lead_triggers'])})(?![^\W_])")
        coordinating = alternation(d["coordinating_triggers"])
        self.coordinating_start = re.compile(rf"(?:{coordinating})(?![^\W_])")
        self.coordinating_link = re.compile(
            rf"(?<![^\W_])(?:{coordinating})(?:\s+(?:chặt\s+chẽ|tốt|thường\s+xuyên|cùng))?(?:\s+với)?\s+"
        )
        self.assigning = re.compile(rf"(?:{alternation(d['assigning_verbs'])})(?![^\W_])")
        verbs = [*self.subject_verbs, *d["directive_openers"], *d["lead_triggers"], *d["coordinating_triggers"],
                 *d["assigning_verbs"]]
        self.predicate = re.compile(rf"(?:{alternation(verbs)})(?![^\W_])")
        self.joiner = re.compile(r"(?:\s*(?:,|(?<![^\W_])(?:và|cùng\s+với|cùng)(?![^\W_]))\s*)+")
        self._skip = re.compile(r"[\s*_\-–•+:]*")
        self.not_after = tuple(d.get("bare_body_not_after", ("văn phòng", "ủy ban kiểm tra", "thường trực")))

    def skip(self, lowered: str, pos: int, end: int) -> int:
        """The first position at or after ``pos`` past white space, list marks and emphasis; ``pos``
        itself when it is already at or past ``end`` (a clause can end inside a mention)."""
        m = self._skip.match(lowered, pos, end)
        return m.end() if m else pos


@dataclass
class ClauseRoles:
    subjects: list[dict[str, Any]]
    subject_role: str | None
    coordinating: list[dict[str, Any]]
    predicate_start: int


class RoleReader:
    """Reads subjects, partners and roles in one clause (see the module docstring)."""

    def __init__(self, rules: RoleRules) -> None:
        self.rules = rules

    def actor_list(self, lowered: str, pos: int, end: int, by_start: dict[int, dict[str, Any]]) -> tuple[list, int]:
        items: list[dict[str, Any]] = []
        pos = self.rules.skip(lowered, pos, end)
        while pos < end:
            m = by_start.get(pos)
            if m is None or m["end"] > end:  # a mention that runs past the clause is not in it
                break
            items.append(m)
            pos = m["end"]
            j = self.rules.joiner.match(lowered, pos, end)
            if j and j.end() > pos and j.end() in by_start:
                pos = j.end()
                continue
            break
        return items, pos

    def role_at(self, lowered: str, pos: int, end: int, by_start: dict[int, dict[str, Any]]) -> str:
        pos = self.rules.skip(lowered, pos, end)
        head = lowered[pos:min(end, pos + 40)]
        first_words = " ".join(head.split()[:4])
        if self.rules.lead.search(first_words):
            return "lead"
        if self.rules.coordinating_start.match(lowered, pos, end):
            link = self.rules.coordinating_link.match(lowered, pos, end)
            if link and self.actor_list(lowered, link.end(), end, by_start)[0]:
                return "lead"
            return "coordinating"
        return "assigned"

    def read(self, lowered: str, start: int, end: int, by_start: dict[int, dict[str, Any]]) -> ClauseRoles:
        pos = self.rules.skip(lowered, start, end)
        subjects: list[dict[str, Any]] = []
        predicate = pos
        opening = self.rules.assigning.match(lowered, pos, end)
        if opening:
            subjects, predicate = self.actor_list(lowered, opening.end(), end, by_start)
        else:
            subjects, predicate = self.actor_list(lowered, pos, end, by_start)
            if subjects:
                after = self.rules.skip(lowered, predicate, end)
                assigning = self.rules.assigning.match(lowered, after, end)
                if assigning:
                    addressees, after_list = self.actor_list(lowered, assigning.end(), end, by_start)
                    if addressees:
                        subjects, predicate = addressees, after_list
        if subjects:
            after = self.rules.skip(lowered, predicate, end)
            if not self.rules.predicate.match(lowered, after, end):
                subjects = []
                predicate = pos
        role = self.role_at(lowered, predicate, end, by_start) if subjects else None
        coordinating: list[dict[str, Any]] = []
        for link in self.rules.coordinating_link.finditer(lowered, start, end):
            items, _ = self.actor_list(lowered, link.end(), end, by_start)
            coordinating.extend(m for m in items if m not in subjects)
        return ClauseRoles(subjects, role, coordinating, predicate)


class ActorRecognizer:
    """Actor mentions, the text's actors and each task's actors with roles: ``doc._.actors``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer: ActorGazetteer | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        data_dir: str = str(DEFAULT_DATA_DIR), gazetteers_dir: str = str(DEFAULT_GAZETTEERS_DIR),
    ) -> None:
        """Loads ``actors.json``, ``actor_patterns.json`` and ``places.json`` from ``gazetteers_dir``, and
        ``structure/directives.json`` from ``data_dir``."""
        directives = json.loads((structure_dir(Path(data_dir)) / "directives.json").read_text(encoding="utf-8"))
        self._use(ActorGazetteer.from_dir(Path(gazetteers_dir)), directives)

    def _use(self, gazetteer: ActorGazetteer, directives: dict[str, Any]) -> None:
        self.gazetteer = gazetteer
        self.rules = RoleRules(directives, tuple(gazetteer.patterns["acting_places"]["subject_verbs"]))
        self.reader = RoleReader(self.rules)

    # ---- mentions ------------------------------------------------------------------------------
    def _mentions(self, gazetteer: ActorGazetteer, doc: Doc, text: str, lowered: str) -> list[dict[str, Any]]:
        header = gazetteer.places.header_place(text)
        header_place = header[0] if header else None
        boilerplate = read_layer(doc, BoilerplateLayer).spans
        credit = [(b.start, b.end) for b in boilerplate if b.kind in CREDIT_KINDS]
        caption = [(b.start, b.end) for b in boilerplate if b.kind not in CREDIT_KINDS]
        out = []
        for m in gazetteer.matcher.find(text, lowered):
            owner, acting = m.owner, False
            if owner.startswith("bare:"):
                before = " ".join(lowered[max(0, m.start - 24):m.start].split())
                if any(before.endswith(g) for g in self.rules.not_after):
                    continue
                owner = gazetteer.resolve_bare(owner, header_place)
                if owner is None:
                    continue
            elif owner.startswith("acting:"):
                owner, acting = f"{gazetteer.acts_as}-{owner.removeprefix('acting:')}", True
                if owner not in gazetteer.entries:
                    continue
            where = "credit" if inside(m.start, m.end, credit) else (
                "caption" if inside(m.start, m.end, caption) else "text")
            out.append({"start": m.start, "end": m.end, "id": owner, "acting": acting, "where": where,
                        "accepted": not acting})
        return out

    # ---- roles -----------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        gazetteer = self.gazetteer
        if gazetteer is None:
            raise PipelineNotInitialized(self.name)
        text = cached_text(doc)
        lowered = lower_same_length(text)
        mentions = self._mentions(gazetteer, doc, text, lowered)
        by_start = {m["start"]: m for m in mentions if m["where"] != "credit"}
        found_references = [r.found for r in read_layer(doc, ReferenceLayer).references]
        references = [(r.start, r.end) for r in found_references]
        references += [(r.title_start, r.title_end) for r in found_references
                       if r.title_start is not None and r.title_end is not None]
        sentences = read_layer(doc, SentenceLayer).spans or [(0, len(text))]
        structure = read_layer(doc, StructureLayer)

        area_actors = self._area_actors(structure, lowered, by_start)
        addressees = self._section_addressees(structure, lowered, by_start)
        task_actors = {
            task.id: self._task_actors(gazetteer, task, lowered, mentions, by_start, references, area_actors,
                                       addressees)
            for task in structure.tasks
        }
        # A place acting outside tasks: the subject of its sentence, or a partner after "phối hợp với".
        for m in mentions:
            if not m["acting"] or m["accepted"] or m["where"] == "credit":
                continue
            sentence = next(((s, e) for s, e in sentences if s <= m["start"] < e), None)
            if sentence is None:
                continue
            roles = self.reader.read(lowered, sentence[0], sentence[1], by_start)
            if any(x is m for x in roles.subjects) or any(x is m for x in roles.coordinating):
                m["accepted"] = True

        accepted = [m for m in mentions if m["accepted"]]
        actors: dict[str, dict[str, Any]] = {}
        for m in accepted:
            if m["where"] == "credit":
                continue
            entry = gazetteer.entries[m["id"]]
            record = actors.setdefault(m["id"], {**entry, "variants": [], "mentions": []})
            surface = " ".join(text[m["start"]:m["end"]].split())
            if surface not in record["variants"]:
                record["variants"].append(surface)
            record["mentions"].append((m["start"], m["end"]))
        write_layer(doc, ActorLayer(
            mentions=[ActorMention(m["start"], m["end"], m["id"], m["acting"], m["where"]) for m in accepted],
            actors=[FoundActor(a["id"], a["name"], a["kind"], tuple(a["also_kinds"]), tuple(a["variants"]),
                               tuple(a["mentions"])) for a in actors.values()],
            task_actors=task_actors,
            area_actors={path: [m["id"] for m, _ in found] for path, found in area_actors.items()},
        ))
        return doc

    def _area_actors(
        self, structure: StructureLayer, lowered: str, by_start: dict[int, dict[str, Any]]
    ) -> dict[str, list]:
        """Areas whose heading names who does its tasks: path -> (actor, role) pairs, inherited by nested
        areas. A heading that is nothing but actors ("1. Công an tỉnh") leaves the role to each task's
        predicate (None); a heading that states roles ("1. Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ
        quan liên quan và các địa phương:", as dispatches address their paragraphs) gives its subjects
        their role and its partners "coordinating"."""
        out: dict[str, list[tuple[dict[str, Any], str | None]]] = {}
        for area in structure.areas:
            items, pos = self.reader.actor_list(lowered, area.start, area.end, by_start)
            rest = self.rules.skip(lowered, pos, area.end)
            if items and rest >= area.end:
                out[area.path] = [(m, None) for m in items]
                continue
            stated = self.reader.read(lowered, area.start, area.end, by_start)
            if stated.subjects:
                role = None if stated.subject_role == "assigned" else stated.subject_role
                out[area.path] = [(m, role) for m in stated.subjects]
                out[area.path] += [(m, "coordinating") for m in stated.coordinating]
            elif area.parent in out:
                out[area.path] = out[area.parent]
        return out

    def _section_addressees(
        self, structure: StructureLayer, lowered: str, by_start: dict[int, dict[str, Any]]
    ) -> dict[int, list]:
        """Section index -> the actors its intro addresses ("Chính phủ yêu cầu <these> cần ...")."""
        out: dict[int, list] = {}
        for index, section in enumerate(structure.sections):
            if section.intro_start is None or section.intro_end is None:
                continue
            s, e = section.intro_start, section.intro_end
            for verb in self.rules.assigning.finditer(lowered, s, e):
                if verb.start() > s and (lowered[verb.start() - 1].isalnum()):
                    continue
                items, _ = self.reader.actor_list(lowered, verb.end(), e, by_start)
                if items:
                    out[index] = items
                    break
        return out

    def _task_actors(
        self,
        gazetteer: ActorGazetteer,
        task: FoundTask,
        lowered: str,
        mentions: list[dict[str, Any]],
        by_start: dict[int, dict[str, Any]],
        references: list[tuple[int, int]],
        area_actors: dict[str, list],
        addressees: dict[int, list],
    ) -> list[TaskActorRole]:
        start, end = task.start, task.end
        roles = self.reader.read(lowered, start, end, by_start)
        found: list[dict[str, Any]] = []

        def add(m: dict[str, Any], role: str | None, inherited: bool) -> None:
            if m["acting"]:
                m["accepted"] = True
            found.append({"id": m["id"], "name": gazetteer.entries[m["id"]]["name"], "role": role,
                          "inherited": inherited, "start": m["start"], "end": m["end"]})

        for m in roles.subjects:
            add(m, roles.subject_role, False)
        for m in roles.coordinating:
            add(m, "coordinating", False)
        if not roles.subjects:
            predicate_role = self.reader.role_at(lowered, start, end, by_start)
            if task.area in area_actors:
                # The body a heading addresses does the task: lead unless the task's own words say how it
                # takes part ("Phối hợp ..."), or the heading stated its role.
                for m, heading_role in area_actors[task.area]:
                    add(m, heading_role or ("lead" if predicate_role == "assigned" else predicate_role), True)
            else:
                for m in addressees.get(task.section) or []:
                    add(m, predicate_role, True)
        named = {id(m) for m in [*roles.subjects, *roles.coordinating]}
        for m in mentions:
            if m["start"] < start or m["end"] > end or id(m) in named or m["acting"] or m["where"] != "text":
                continue
            if inside(m["start"], m["end"], references):
                continue
            add(m, None, False)
        best: dict[str, dict[str, Any]] = {}
        for a in found:
            current = best.get(a["id"])
            if current is None or (ROLE_RANK[current["role"]], current["inherited"]) > (
                    ROLE_RANK[a["role"]], a["inherited"]):
                best[a["id"]] = a
        return [TaskActorRole(**a) for a in sorted(best.values(), key=lambda a: (a["inherited"], a["start"]))]

    def to_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.gazetteer is None:
            raise PipelineNotInitialized(self.name)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "actors.json").write_text(json.dumps(self.gazetteer.actors, ensure_ascii=False), "utf-8")
        (path / "actor_patterns.json").write_text(json.dumps(self.gazetteer.patterns, ensure_ascii=False), "utf-8")
        (path / "places.json").write_text(json.dumps(self.gazetteer.places.entries, ensure_ascii=False), "utf-8")
        (path / "directives.json").write_text(json.dumps(self.rules.directives, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, *, exclude: tuple[str, ...] = ()) -> ActorRecognizer:
        d = Path(path)
        gazetteer = ActorGazetteer(
            json.loads((d / "actors.json").read_text(encoding="utf-8")),
            json.loads((d / "actor_patterns.json").read_text(encoding="utf-8")),
            PlaceGazetteer(json.loads((d / "places.json").read_text(encoding="utf-8"))),
        )
        self._use(gazetteer, json.loads((d / "directives.json").read_text(encoding="utf-8")))
        return self
