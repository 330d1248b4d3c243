"""Dates as policies write them: to the day ("14 February 2023") or only to the month ("December 2026").

A month-precision date is read as the **last day of that month**: "next review December 2026"
means the review is due by 31 December 2026, and nothing is reported overdue before it
certainly is. The same reading applies to every month-precision date in a register
(approved, last_reviewed, status_since, last_access_review), so the rule is one rule.

This module has no I/O and no clock: callers pass `as_of`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WORDS_MONTH = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")
_WORDS_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?\s+(\d{4})$")
_INTERVAL = re.compile(r"^\s*(\d+)\s*(day|week|month|year|d|w|m|y)s?\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class PolicyDate:
    """A date known to the day or only to the month."""

    year: int
    month: int
    day: int | None = None

    @property
    def precision(self) -> str:
        return "month" if self.day is None else "day"

    def latest(self) -> dt.date:
        """The last day this date can mean (the day itself, or the month's last day)."""
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        last = calendar.monthrange(self.year, self.month)[1]
        return dt.date(self.year, self.month, last)

    def __str__(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def human(self) -> str:
        if self.day is None:
            return f"{calendar.month_name[self.month]} {self.year}"
        return self.latest().strftime("%-d %B %Y")

    @classmethod
    def from_date(cls, value: dt.date) -> "PolicyDate":
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, value: object) -> "PolicyDate":
        """Read a TOML date, "YYYY-MM-DD", "YYYY-MM", "December 2026" or "14 February 2023"."""
        if isinstance(value, PolicyDate):
            return value
        if isinstance(value, dt.datetime):
            return cls.from_date(value.date())
        if isinstance(value, dt.date):
            return cls.from_date(value)
        if not isinstance(value, str):
            raise ValueError(f"expected a date, got {type(value).__name__}")
        text = value.strip()
        parsed = _parse_text(text)
        if parsed is None:
            raise ValueError(
                f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or 'Month YYYY'"
            )
        return parsed


def _parse_text(text: str) -> PolicyDate | None:
    if match := _ISO_DAY.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _checked(year, month, day)
    if match := _ISO_MONTH.match(text):
        return _checked(int(match[1]), int(match[2]), None)
    if match := _WORDS_MONTH.match(text):
        month = MONTHS.get(match[1].lower())
        return _checked(int(match[2]), month, None) if month else None
    if match := _WORDS_DAY.match(text):
        month = MONTHS.get(match[2].lower())
        return _checked(int(match[3]), month, int(match[1])) if month else None
    return None


def _checked(year: int, month: int, day: int | None) -> PolicyDate:
    # dt.date raises a clear ValueError for 2023-02-30 or month 13
    dt.date(year, month, day or 1)
    return PolicyDate(year, month, day)


@dataclass(frozen=True)
class Interval:
    """A review interval such as "2 years", "12 months", "90d"."""

    amount: int
    unit: str  # days | weeks | months | years

    @classmethod
    def parse(cls, value: object) -> "Interval":
        if isinstance(value, Interval):
            return value
        if not isinstance(value, str):
            raise ValueError(f"expected an interval such as '2 years', got {value!r}")
        match = _INTERVAL.match(value)
        if not match or int(match[1]) <= 0:
            raise ValueError(f"{value!r} is not an interval: use e.g. '2 years', '12 months', '90 days'")
        unit = {"d": "days", "w": "weeks", "m": "months", "y": "years"}[match[2][0].lower()]
        return cls(int(match[1]), unit)

    def add_to(self, start: dt.date) -> dt.date:
        """Move a date on by the interval; 29 February plus a year is 28 February."""
        from dateutil.relativedelta import relativedelta

        return start + relativedelta(**{self.unit: self.amount})

    def subtract_from(self, end: dt.date) -> dt.date:
        from dateutil.relativedelta import relativedelta

        return end - relativedelta(**{self.unit: self.amount})

    def __str__(self) -> str:
        unit = self.unit if self.amount != 1 else self.unit[:-1]
        return f"{self.amount} {unit}"
