"""What lint needs to know about the organisation, as a light, read-only view of a register.

Built from the register's parsed TOML (`tomllib`), not from the pydantic models: pydantic costs
more to import than the whole lint run on one draft. Bundled registers are validated by the test
suite; a user's register is validated with the pydantic models before this view is built (see
`lint.engine.load_context`), so here we can trust the shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from smpolicy.vocabulary import CATEGORIES

DEFAULT_DAYS = ("mon", "tue", "wed", "thu", "fri")


# NamedTuples rather than dataclasses: defining a dataclass costs about a millisecond, and
# `smpolicy lint` on one draft (a pre-commit hook) pays for every definition. (LintContext stays
# a dataclass: tests build variants of it with dataclasses.replace.)


class AccountView(NamedTuple):
    platform: str
    name: str
    handle: str | None = None
    status: str = "active"


class SignpostView(NamedTuple):
    name: str
    contact: str | None = None
    url: str | None = None


class ElectionPeriodView(NamedTuple):
    name: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class LintContext:
    organisation: str
    short_names: tuple[str, ...] = ()
    website: str | None = None
    own_emails: tuple[str, ...] = ()  # lower case
    email_domains: tuple[str, ...] = ()  # lower case, e.g. "hssib.org.uk"
    own_phones: tuple[str, ...] = ()  # as written in the register
    official_handles: tuple[str, ...] = ()
    timezone: str = "Europe/London"
    monitored_days: tuple[str, ...] = DEFAULT_DAYS
    monitored_start: dt.time = dt.time(9, 0)
    monitored_end: dt.time = dt.time(17, 0)
    crisis_signposts: tuple[SignpostView, ...] = ()
    suppliers: tuple[str, ...] = ()
    protected_terms: tuple[str, ...] = ()
    election_periods: tuple[ElectionPeriodView, ...] = ()
    accounts: tuple[AccountView, ...] = ()
    # category -> citation, e.g. "HSSIB005 §4.8 Use good judgement in what you share"
    citations: dict[str, str] = field(default_factory=dict)
    disable: tuple[str, ...] = ()
    severity_overrides: dict[str, str] = field(default_factory=dict)
    # The clock, passed in so rules are exact in tests.
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    @property
    def today(self) -> dt.date:
        """Today's date in the organisation's time zone (the clock may be kept in UTC)."""
        from zoneinfo import ZoneInfo

        return self.now.astimezone(ZoneInfo(self.timezone)).date()

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The organisation's full name and short names, longest first (worked out once: many
        rules ask on every draft)."""
        return tuple(sorted({self.organisation, *self.short_names}, key=len, reverse=True))

    def citation(self, category: str) -> str:
        return self.citations.get(category, "")


def context_from_data(data: dict[str, Any], now: dt.datetime | None = None) -> LintContext:
    """Build the lint view from a register's parsed TOML (already known to be valid)."""
    org = data.get("organisation", {})
    hours = org.get("monitored_hours", {})
    lint = data.get("lint", {})
    return LintContext(
        organisation=org.get("name", ""),
        short_names=tuple(org.get("short_names", ())),
        website=org.get("website"),
        own_emails=tuple(e.lower() for e in _as_list(org.get("comms_email"))),
        email_domains=tuple(d.lower() for d in org.get("email_domains", ())),
        own_phones=tuple(_as_list(org.get("comms_phone"))),
        official_handles=tuple(org.get("official_handles", ())),
        timezone=hours.get("timezone", "Europe/London"),
        monitored_days=tuple(hours.get("days", DEFAULT_DAYS)),
        monitored_start=dt.time.fromisoformat(hours.get("start", "09:00")),
        monitored_end=dt.time.fromisoformat(hours.get("end", "17:00")),
        crisis_signposts=tuple(
            SignpostView(s.get("name", ""), s.get("contact"), s.get("url"))
            for s in org.get("crisis_signposting", ())
        ),
        suppliers=tuple(lint.get("suppliers", ())),
        protected_terms=tuple(lint.get("protected_terms", ())),
        election_periods=tuple(
            ElectionPeriodView(p["name"], _date(p["start"]), _date(p["end"]))
            for p in lint.get("pre_election_periods", ())
        ),
        accounts=tuple(
            AccountView(a["platform"], a.get("name", ""), a.get("handle"), a.get("status", "active"))
            for a in data.get("accounts", ())
        ),
        citations=_citations(data.get("policies", ())),
        disable=tuple(lint.get("disable", ())),
        severity_overrides=dict(lint.get("severity", {})),
        **({"now": now} if now is not None else {}),
    )


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _citations(policies: Any) -> dict[str, str]:
    """The first policy that maps a category wins; every category gets some citation."""
    citations: dict[str, str] = {}
    for policy in policies:
        for category, section in policy.get("sections", {}).items():
            citations.setdefault(category, f"{policy['id']} {section}")
    fallback = policies[0]["id"] if policies else ""
    for category in CATEGORIES:
        citations.setdefault(category, fallback)
    return citations
