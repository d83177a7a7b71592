"""Dates as Vietnamese texts write them, to ISO 8601."""

from __future__ import annotations

import datetime as dt
import re


def iso_date(day: str, month: str, year: str) -> str | None:
    """ISO date from the parts, or None when they do not make a real date (31/2/2020)."""
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def iso_date_from_match(match: re.Match[str]) -> str | None:
    month = match.group("month") or match.group("month2")
    year = match.group("year") or match.group("year2")
    return iso_date(match.group("day"), month, year)
