"""A document's programme: its solution areas (every level), its tasks, and who each task is assigned to.

A handful of queries bounded by the document, one per kind of node, joined here: one query joining
areas, tasks, assignments, actors and their evidence would repeat every row per combination of the
optional parts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from policygraph.catalogue.records import (
    ActorRef,
    Evidence,
    PlaceRef,
    PolicyTask,
    SolutionArea,
    TaskAssignment,
    ThemeLabel,
)
from policygraph.catalogue.templates import iri, render
from policygraph.store.base import GraphStore

Row = Mapping[str, object]


@dataclass(frozen=True)
class DocumentStructure:
    solution_areas: tuple[SolutionArea, ...]
    tasks: tuple[PolicyTask, ...]
    theme_labels: dict[str, ThemeLabel]


def document_structure(store: GraphStore, document: str) -> DocumentStructure:
    """The solution areas and tasks of ``document`` (an IRI), each task with its actors and roles, and
    the names of every theme they use: areas in outline order per source text, tasks in text order."""
    doc = iri(document)
    areas = _rows_by(store, render("document_areas", document=doc), "area")
    tasks = _rows_by(store, render("document_tasks", document=doc), "task")
    themes: dict[str, set[str]] = defaultdict(set)
    # The scheme is in the store (ingest loads ontology/schemes), so the page can name each theme.
    theme_labels: dict[str, ThemeLabel] = {}
    for row in store.select(render("document_themes", document=doc)).dicts():
        code = str(row["theme"]).rsplit("/", 1)[-1]
        themes[str(row["node"])].add(code)
        theme_labels[code] = ThemeLabel(vi=_text(row["vi"]), en=_text(row["en"]))
    places: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.select(render("task_places", document=doc)).dicts():
        names = places[str(row["task"])][str(row["place"])]
        if row["name"] is not None:
            names.add(str(row["name"]))
    assignments = _assignments(store, doc)

    paths = _area_paths(areas)
    counts: dict[str, int] = defaultdict(int)
    for task in tasks.values():
        if task["area"] is not None:
            counts[str(task["area"])] += 1
    area_records = [
        SolutionArea(
            iri=area_iri,
            path=paths[area_iri],
            ordinal=int(str(row["ordinal"])),
            ordinal_label=_text(row["label"]),
            title=_text(row["title"]),
            parent=_text(row["parent"]),
            themes=tuple(sorted(themes[area_iri])),
            task_count=counts[area_iri],
            evidence=evidence_of(row),
        )
        for area_iri, row in areas.items()
    ]
    area_records.sort(key=lambda a: (a.evidence.source if a.evidence else "",
                                     tuple(int(part) for part in a.path.split("."))))
    task_records = [
        PolicyTask(
            iri=task_iri,
            area=_text(row["area"]),
            area_path=paths.get(str(row["area"])) if row["area"] is not None else None,
            text=_text(row["text"]),
            assignments=tuple(assignments.get(task_iri, [])),
            places=tuple(sorted((PlaceRef(iri=place, name=min(names, default=None))
                                 for place, names in places[task_iri].items()), key=lambda p: (p.name or "", p.iri))),
            themes=tuple(sorted(themes[task_iri])),
            evidence=evidence_of(row),
        )
        for task_iri, row in tasks.items()
    ]
    task_records.sort(key=lambda t: (t.evidence.source, t.evidence.start, t.iri) if t.evidence else ("", 0, t.iri))
    return DocumentStructure(tuple(area_records), tuple(task_records), dict(sorted(theme_labels.items())))


def _assignments(store: GraphStore, doc: str) -> dict[str, list[TaskAssignment]]:
    rows = store.select(render("task_assignments", document=doc)).dicts()
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in store.select(render("actor_kinds", document=doc)).dicts():
        kinds[str(row["actor"])].add(str(row["kind"]).rsplit("/", 1)[-1])
    # One row per assignment: the smallest name and label when a store holds several.
    chosen: dict[str, Row] = {}
    for row in sorted(rows, key=lambda r: tuple(str(r[k] or "") for k in ("assignment", "name", "roleLabel"))):
        chosen.setdefault(str(row["assignment"]), row)
    out: dict[str, list[TaskAssignment]] = defaultdict(list)
    for row in chosen.values():
        actor = str(row["actor"])
        role = str(row["role"])
        out[str(row["task"])].append(TaskAssignment(
            actor=ActorRef(iri=actor, name=_text(row["name"]), kinds=tuple(sorted(kinds[actor]))),
            role=role.rsplit("/", 1)[-1],
            role_iri=role,
            role_label=_text(row["roleLabel"]),
            evidence=evidence_of(row),
        ))
    for items in out.values():
        items.sort(key=lambda a: (a.evidence.start if a.evidence else -1, a.actor.name or "", a.actor.iri))
    return out


def _rows_by(store: GraphStore, query: str, key: str) -> dict[str, Row]:
    """The rows of ``query`` by the node in ``key``: the first in a stable order when there are several
    (a second title in another language, a node stated by two texts)."""
    rows = store.select(query).dicts()
    out: dict[str, Row] = {}
    for row in sorted(rows, key=lambda r: tuple(str(v) if v is not None else "" for v in r.values())):
        out.setdefault(str(row[key]), row)
    return out


def evidence_of(row: Row) -> Evidence | None:
    """The evidence in a row of the queries that bind ?evText ?evStart ?evEnd ?evSentence ?evFile;
    None when the node has none."""
    if row.get("evText") is None or row.get("evStart") is None or row.get("evEnd") is None:
        return None
    return Evidence(text=str(row["evText"]), sentence=_text(row.get("evSentence")) or "",
                    source=_text(row.get("evFile")) or "", start=int(str(row["evStart"])),
                    end=int(str(row["evEnd"])))


def _text(term: object) -> str | None:
    return None if term is None else str(term)


def _area_paths(areas: Mapping[str, Row]) -> dict[str, str]:
    """Each area's ordinals from the top level, joined by dots ("3.1"); a parent cycle stops the walk."""
    paths: dict[str, str] = {}
    for area in areas:
        parts, seen, node = [], set(), area
        while node in areas and node not in seen:
            seen.add(node)
            parts.append(str(int(str(areas[node]["ordinal"]))))
            parent = areas[node]["parent"]
            node = str(parent) if parent is not None else ""
        paths[area] = ".".join(reversed(parts))
    return paths


__all__ = ["DocumentStructure", "document_structure", "evidence_of"]
