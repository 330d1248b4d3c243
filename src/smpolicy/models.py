"""The register file, modelled with pydantic.

One TOML file per organisation, `schema_version = 1`. Unknown keys are errors (with a "did you
mean" hint added by `registers.py`). See docs/register-format.md for the user documentation.

This module is not imported on the lint hot path for bundled registers (pydantic is slow to
import); `lint.context` reads the same data through a light view instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    field_validator,
    model_validator,
)

from smpolicy.dates import Interval, PolicyDate
from smpolicy.vocabulary import CATEGORIES, PLATFORMS, SEVERITIES, WEEKDAYS

Platform = Literal[PLATFORMS]  # type: ignore[valid-type]
Status = Literal["active", "dormant", "closed", "proposed"]
Mfa = Literal["yes", "no", "unknown"]
Severity = Literal["error", "warning", "info"]
Category = Literal[CATEGORIES]  # type: ignore[valid-type]
Weekday = Literal[WEEKDAYS]  # type: ignore[valid-type]


def _to_policy_date(value: Any) -> PolicyDate:
    return PolicyDate.parse(value)


def _to_interval(value: Any) -> Interval:
    return Interval.parse(value)


def _as_list(value: Any) -> Any:
    # Contact fields may be one string or a list of strings.
    if isinstance(value, str):
        return [value]
    return value


FlexDate = Annotated[
    PolicyDate, BeforeValidator(_to_policy_date), PlainSerializer(str, return_type=str)
]
IntervalText = Annotated[
    Interval, BeforeValidator(_to_interval), PlainSerializer(str, return_type=str)
]
StrList = Annotated[list[str], BeforeValidator(_as_list)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)


class HistoryEntry(Strict):
    """One line of an item's audit trail (reviews, status changes, approvals)."""

    on: FlexDate
    action: str = "review"
    by: str | None = None
    version: str | None = None
    note: str | None = None


class MonitoredHours(Strict):
    """When official accounts are watched. Default: Monday to Friday, 09:00 to 17:00, London time."""

    timezone: str = "Europe/London"
    days: list[Weekday] = Field(default_factory=lambda: ["mon", "tue", "wed", "thu", "fri"])
    start: str = "09:00"
    end: str = "17:00"

    @field_validator("start", "end")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        try:
            dt.time.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a time: use HH:MM, e.g. '09:00'") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a known time zone (e.g. 'Europe/London')") from None
        return value


class Signpost(Strict):
    """Where to send someone who needs urgent help: a page, a phone number, a service."""

    name: str
    contact: str | None = None
    url: str | None = None


class Organisation(Strict):
    name: str
    short_names: list[str] = Field(default_factory=list)
    website: str | None = None
    comms_email: StrList = Field(default_factory=list)
    comms_phone: StrList = Field(default_factory=list)
    email_domains: list[str] = Field(default_factory=list)
    official_handles: list[str] = Field(default_factory=list)
    monitored_hours: MonitoredHours = Field(default_factory=MonitoredHours)
    crisis_signposting: list[Signpost] = Field(default_factory=list)


class Policy(Strict):
    id: str
    title: str
    version: str | None = None
    owner: str | None = None
    approved: FlexDate | None = None
    last_reviewed: FlexDate | None = None
    next_review: FlexDate | None = None
    review_every: IntervalText | None = None
    source: str | None = None
    url: str | None = None
    sections: dict[Category, str] = Field(default_factory=dict)
    history: list[HistoryEntry] = Field(default_factory=list)


class Account(Strict):
    platform: Platform
    type: str | None = None
    handle: str | None = None
    name: str
    status: Status = "active"
    status_since: FlexDate | None = None
    status_reason: str | None = None
    admins: list[str] = Field(default_factory=list)
    owner_team: str | None = None
    mfa: Mfa = "unknown"
    credentials_held_by: str | None = None
    vault_entry: str | None = None
    last_access_review: FlexDate | None = None
    business_case: str | None = None
    notes: str | None = None
    history: list[HistoryEntry] = Field(default_factory=list)

    @property
    def key(self) -> str:
        """How the account is named on the command line: its handle, else its platform and name."""
        return self.handle or f"{self.platform}:{self.name}"


class ElectionPeriod(Strict):
    name: str
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> "ElectionPeriod":
        if self.end < self.start:
            raise ValueError(f"pre-election period {self.name!r} ends before it starts")
        return self


class LintSettings(Strict):
    suppliers: list[str] = Field(default_factory=list)
    protected_terms: list[str] = Field(default_factory=list)
    pre_election_periods: list[ElectionPeriod] = Field(default_factory=list)
    disable: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)


class ReviewSettings(Strict):
    access_review_every: IntervalText = Field(default_factory=lambda: Interval(12, "months"))
    dormant_decision_after: IntervalText = Field(default_factory=lambda: Interval(12, "months"))


class Register(Strict):
    schema_version: Literal[1]
    organisation: Organisation
    policies: list[Policy] = Field(default_factory=list)
    accounts: list[Account] = Field(default_factory=list)
    lint: LintSettings = Field(default_factory=LintSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)

    @model_validator(mode="after")
    def _unique_handles(self, info: ValidationInfo) -> "Register":
        # `register check` reports duplicate handles as findings (exit 1), not as an error.
        handles_checked = not (info.context or {}).get("duplicate_handles_allowed")
        seen: dict[tuple[str, str], int] = {}
        for index, account in enumerate(self.accounts):
            if not account.handle or not handles_checked:
                continue
            key = (account.platform, account.handle.lower())
            if key in seen:
                raise ValueError(
                    f"accounts[{index}]: handle {account.handle!r} on {account.platform} "
                    f"is already used by accounts[{seen[key]}]"
                )
            seen[key] = index
        policy_ids = [policy.id for policy in self.policies]
        duplicates = sorted({pid for pid in policy_ids if policy_ids.count(pid) > 1})
        if duplicates:
            raise ValueError(f"duplicate policy id(s): {', '.join(duplicates)}")
        return self

    def find_account(self, key: str) -> list[Account]:
        """Accounts matching a handle (with or without @) or a name, case-insensitive."""
        wanted = key.strip().lower().lstrip("@")
        exact = [a for a in self.accounts if a.key.lower().lstrip("@") == wanted]
        if exact:
            return exact
        return [
            a
            for a in self.accounts
            if (a.handle and a.handle.lower().lstrip("@") == wanted) or a.name.lower() == wanted
        ]

    def find_policy(self, policy_id: str) -> Policy | None:
        for policy in self.policies:
            if policy.id.lower() == policy_id.lower():
                return policy
        return None


SEVERITY_ORDER = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}
