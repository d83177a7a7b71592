"""The structure gold of the seed and the plan 15 (tasks, their actors and roles, targets, the plan's
solution sections), as the structure tests expect it, and each known deviation of the extractor from it.

The tasks, roles and targets were written into the gold files by reading the texts (the conventions are
in each file's notes), before the extractor's output was compared with them. Where the extractor and the
gold disagree, the disagreement is listed here by name, with why, and the tests check that each still
holds: a fix of the extractor fails its test until its line is taken out here (the list shrinks), and a
new disagreement fails too. Nothing here is read off the extractor's output.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from typing import Any

from .conftest import GOLD, SEED_NAME

PLAN_NAME = "15_kh-1026-ubnd-nghe-an-thuc-hien-chi-thi-32-ct-ttg"

# Gold tasks of the seed that the extractor gives as one task: (area, start of the first, end of the last).
KNOWN_MERGED_TASKS: dict[tuple[int, int, int], str] = {
    (7, 8184, 8676): "'; đoàn kết, nâng cao năng lực lãnh đạo ...' opens a clause with a verb the task "
                     "splitter does not split at: 'Tăng cường công tác xây dựng, chỉnh đốn Đảng' and it are one",
}

# Seed tasks whose inherited addressees the extractor gives another role than the gold: start -> its role.
KNOWN_INHERITED_ROLES: dict[int, tuple[str, str]] = {
    4825: ("lead", "'Chủ động phối hợp ...' with no subject: the gold's addressees are assigned the task "
                   "(inherited); the extractor reads 'chủ động' as leading, for inherited actors too"),
}

# Seed targets whose text the extractor gives otherwise: the gold's text -> the extractor's (start, text).
KNOWN_TARGET_TEXTS: dict[str, tuple[int, str]] = {
    "trung tâm kết nối quốc tế, có dịch vụ logistics hiện đại": (
        3978, "trung tâm kết nối quốc tế"),  # the target stops at the comma: its qualifier is lost
    "không còn hộ nghèo": (
        6173, "phấn đấu không còn hộ nghèo"),  # the trigger 'phấn đấu' stays in the text ('trở thành' does not)
}

# Places the extractor finds in the seed that its gold does not list: name -> id.
KNOWN_EXTRA_PLACES: dict[str, str] = {
    # The gold lists the triangle's three members, not the triangle ("tam giác động lực ... Hà Nội-Hải
    # Phòng-Quảng Ninh").
    "tam giác động lực Hà Nội - Hải Phòng - Quảng Ninh": "tam-giac-ha-noi-hai-phong-quang-ninh",
    # Named only in a photo caption ("quận Ngô Quyền"); the gold leaves it out (its note).
    "Ngô Quyền": "ngo-quyen-hai-phong",
}


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@cache
def gold_of(name: str) -> dict[str, Any]:
    return json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))


def seed_gold_tasks() -> list[dict[str, Any]]:
    return gold_of(SEED_NAME)["tasks"]


def seed_expected_tasks() -> list[tuple[int, int, int]]:
    """(area, start, end) of each seed task the extractor is expected to give: the gold's, with each known
    merge in place of the gold tasks it covers."""
    spans = [(t["area"], t["start"], t["end"]) for t in seed_gold_tasks()]
    for area, start, end in KNOWN_MERGED_TASKS:
        covered = [s for s in spans if s[0] == area and start <= s[1] and s[2] <= end]
        assert len(covered) >= 2 and covered[0][1] == start and covered[-1][2] == end, (
            f"KNOWN_MERGED_TASKS {(area, start, end)} does not cover two gold tasks of the seed exactly")
        spans = [s for s in spans if s not in covered] + [(area, start, end)]
    return sorted(spans, key=lambda s: s[1])


def seed_area_task_counts() -> list[int]:
    """The number of tasks the extractor is expected to give each of the seed's seven areas, in order."""
    tasks = seed_expected_tasks()
    return [sum(1 for area, _, _ in tasks if area == n) for n in range(1, 8)]


def seed_expected_roles(start: int) -> set[tuple[str, str | None, bool]]:
    """(gold actor name, role, inherited) of the seed task the gold starts at ``start``, a known deviation
    applied."""
    task = next(t for t in seed_gold_tasks() if t["start"] == start)
    roles = {(a["name"], a["role"], a["inherited"]) for a in task["actors"]}
    if start in KNOWN_INHERITED_ROLES:
        role = KNOWN_INHERITED_ROLES[start][0]
        roles = {(name, role if inherited else r, inherited) for name, r, inherited in roles}
    return roles


def seed_expected_targets() -> list[tuple[int, str, str]]:
    """(start, text, trigger) of each seed target, the gold's with the known text deviations."""
    targets = []
    for target in gold_of(SEED_NAME)["targets"]:
        start, text = KNOWN_TARGET_TEXTS.get(target["text"], (target["start"], target["text"]))
        targets.append((start, text, target["trigger"]))
    return targets


def plan_gold() -> dict[str, Any]:
    return gold_of(PLAN_NAME)


def plan_items_not_covered(tasks: list[tuple[str, int, int]]) -> list[str]:
    """What is wrong with ``tasks`` ((section path, start, end) of each task of the plan) against the
    gold's tasks of the plan, which are its items (numbers, bullets): each item must be covered exactly by
    the tasks of its section, first to last (the extractor cuts an item into its clauses), and no task may
    lie outside an item. Empty when all holds."""
    items = plan_gold()["tasks"]
    problems = []
    for item in items:
        inside = sorted((t for t in tasks if item["start"] <= t[1] and t[2] <= item["end"]), key=lambda t: t[1])
        if not inside or {t[0] for t in inside} != {item["area"]}:
            problems.append(f"item at {item['start']} (section {item['area']}): tasks {inside}")
        elif (inside[0][1], inside[-1][2]) != (item["start"], item["end"]):
            problems.append(f"item {item['start']}-{item['end']} covered by {inside[0][1]}-{inside[-1][2]}")
    outside = [t for t in tasks if not any(i["start"] <= t[1] and t[2] <= i["end"] for i in items)]
    problems += [f"task {t} lies in no item" for t in outside]
    return problems
