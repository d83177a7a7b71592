"""Shared fixtures: the real texts in data/corpus and the gold files in tests/gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "gold"
SEED_NAME = "000_849468c7549e9275"


def read_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return read_text(f"{SEED_NAME}.txt")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((GOLD / f"{SEED_NAME}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_extraction(seed_text):
    from policygraph.extract.pipeline import extract_text

    return extract_text(seed_text, f"{SEED_NAME}.txt")
