"""Timing: publish when someone can watch the replies.

Tavistock and Portman's policy says it plainly: "if the account is not monitored when material
is published, and the material causes distress or anger, it may be left up for many hours
before the situation can be resolved. On balance avoid publishing material when responses to it
cannot be monitored." The register's `monitored_hours` (days, start, end, time zone; office hours
by default) say when the organisation's accounts are watched.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint.rule import Hit, rule

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft

# Written as a member of staff, not published from an official account.
PERSONAL_KINDS = ("bio", "personal-blog", "reference")
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_WORDS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def _local(when: dt.datetime, timezone: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    try:
        zone = ZoneInfo(timezone)
    except (ValueError, KeyError, OSError):
        zone = dt.timezone.utc
    if when.tzinfo is None:
        return when.replace(tzinfo=zone)
    return when.astimezone(zone)


def within_hours(moment: dt.time, start: dt.time, end: dt.time) -> bool:
    """Whether a time of day is inside monitored hours; hours may run past midnight (22:00-06:00)."""
    if start == end:
        return True  # watched round the clock
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def describe_hours(ctx: LintContext) -> str:
    days = [d for d in DAY_NAMES if d in ctx.monitored_days]
    if days == list(DAY_NAMES[:5]):
        day_text = "Monday to Friday"
    elif days == list(DAY_NAMES):
        day_text = "every day"
    else:
        day_text = ", ".join(_DAY_WORDS[d] for d in days) or "no day"
    start, end = ctx.monitored_start.strftime("%H:%M"), ctx.monitored_end.strftime("%H:%M")
    return f"{day_text}, {start} to {end} ({ctx.timezone})"


def _publish_hit(draft: Draft, message: str, suggestion: str) -> Hit:
    return Hit(0, 0, message=message, suggestion=suggestion, line=draft.meta.lines.get("publish_at", 1))


@rule(
    "TM001",
    "outside-monitored-hours",
    triggers=lambda draft: draft.meta.publish_at is not None,
    category="timing",
    severity="warning",
    message="Scheduled for a time when the account is not monitored",
    suggestion="Schedule it within the monitored hours, or arrange for someone to watch the replies.",
)
def outside_monitored_hours(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a draft whose `publish_at` falls outside the register's monitored hours: on a day
    that is not monitored, or before the start or from the end of the monitored day, in the
    register's time zone. A `publish_at` given as a date only is checked for the day alone.
    Drafts without `publish_at`, and personal bios, blogs and references, are not checked.

    Why is this bad?
    ----------------
    A post that causes distress or anger, or draws a reply from someone in crisis, can sit
    unanswered for hours when nobody is watching the account: the harm happens before anyone
    can respond, correct or signpost. Evenings and weekends may reach more people, but only if
    someone is there to see the replies.

    Example
    -------
    `publish_at = 2026-11-21T19:30:00` (a Saturday evening) with monitored hours Monday to
    Friday, 09:00 to 17:00.

    Use instead: `publish_at = 2026-11-23T10:00:00`, or extend the register's monitored hours
    when the team has agreed out-of-hours cover.

    Policy
    ------
    Tavistock and Portman "Department/service-level social media channels" ("avoid publishing
    material when responses to it cannot be monitored"); BNSSG 28 §4 (accounts updated and
    monitored under the monitoring protocol); HSSIB005 §5.3 (official accounts managed by the
    Communications Team); HRA §3.6; HEE "Duties".
    """
    when = draft.meta.publish_at
    if when is None or draft.meta.kind in PERSONAL_KINDS:
        return
    local = _local(when, ctx.timezone)
    day = DAY_NAMES[local.weekday()]
    if day not in ctx.monitored_days:
        yield _publish_hit(
            draft,
            f"Scheduled for {_stamp(local, draft)}: {_DAY_WORDS[day]}s are not monitored "
            f"(monitored hours: {describe_hours(ctx)})",
            "Schedule it for a monitored day, or arrange for someone to watch the replies.",
        )
        return
    if _time_known(draft) and not within_hours(local.time(), ctx.monitored_start, ctx.monitored_end):
        yield _publish_hit(
            draft,
            f"Scheduled for {_stamp(local, draft)}, outside the monitored hours ({describe_hours(ctx)})",
            "Schedule it within the monitored hours, or arrange for someone to watch the replies.",
        )


def _stamp(local: dt.datetime, draft: Draft) -> str:
    # Only for a finding: strftime is slow, and most scheduled drafts are inside the hours.
    return local.strftime("%A %-d %B %Y") + (local.strftime(" %H:%M") if _time_known(draft) else "")


def _time_known(draft: Draft) -> bool:
    return getattr(draft.meta, "publish_time_known", True)


# --- bank holidays -----------------------------------------------------------------------------


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _monday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


def _weekday_or_monday(day: dt.date) -> dt.date:
    """A holiday falling at a weekend moves to the Monday after."""
    return day if day.weekday() < 5 else _monday_on_or_after(day)


def _last_monday(year: int, month: int) -> dt.date:
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=last.weekday())


@lru_cache(maxsize=32)
def bank_holidays(year: int) -> dict[dt.date, str]:
    """England and Wales bank holidays by the standing rules (Banking and Financial Dealings Act
    1971 and the annual proclamations): one-off holidays proclaimed for a single year (a jubilee,
    a coronation, a state funeral) are not predictable and not included."""
    easter = easter_sunday(year)
    days = {
        _weekday_or_monday(dt.date(year, 1, 1)): "New Year's Day",
        easter - dt.timedelta(days=2): "Good Friday",
        easter + dt.timedelta(days=1): "Easter Monday",
        _monday_on_or_after(dt.date(year, 5, 1)): "Early May bank holiday",
        _last_monday(year, 5): "Spring bank holiday",
        _last_monday(year, 8): "Summer bank holiday",
    }
    christmas, boxing = dt.date(year, 12, 25), dt.date(year, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Monday and Tuesday off
        christmas, boxing = christmas + dt.timedelta(days=2), boxing + dt.timedelta(days=2)
    elif christmas.weekday() == 6:  # Sunday: Boxing Day Monday, Christmas Tuesday
        christmas = christmas + dt.timedelta(days=2)
    elif boxing.weekday() == 5:  # Boxing Day Saturday: Monday off
        boxing = boxing + dt.timedelta(days=2)
    days[christmas] = "Christmas Day"
    days[boxing] = "Boxing Day"
    return days


@rule(
    "TM002",
    "bank-holiday",
    triggers=lambda draft: draft.meta.publish_at is not None,
    category="timing",
    severity="info",
    message="Scheduled for a bank holiday",
    suggestion="Check someone will monitor the account that day, or schedule it for a working day.",
)
def bank_holiday(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Notes a draft whose `publish_at` falls on an England and Wales bank holiday that is
    otherwise a monitored day (a Monday with hours Monday to Friday), computed by the standing
    rules (New Year's Day, Good Friday, Easter Monday, the May and August bank holidays,
    Christmas and Boxing Day, with substitute days). One-off proclaimed holidays are not known.
    It stays quiet when the register monitors accounts every day of the week.

    Why is this bad?
    ----------------
    Monitored hours are usually office hours, and offices are closed on bank holidays: a post
    scheduled for Easter Monday morning may look monitored by the clock and still go unwatched.
    It is a prompt to check the rota, not a breach, so it is only advice.

    Example
    -------
    `publish_at = 2026-12-28T10:00:00` (the Boxing Day substitute holiday).

    Use instead: the next working day, or confirm bank holiday cover.

    Policy
    ------
    Tavistock and Portman "Department/service-level social media channels" ("avoid publishing
    material when responses to it cannot be monitored"); BNSSG 28 §4 (monitoring protocol);
    HSSIB005 §5.3; HRA §3.6; HEE "Duties".
    """
    when = draft.meta.publish_at
    if when is None or draft.meta.kind in PERSONAL_KINDS:
        return
    if set(DAY_NAMES) <= set(ctx.monitored_days):
        return
    local = _local(when, ctx.timezone)
    if DAY_NAMES[local.weekday()] not in ctx.monitored_days:
        return  # TM001 already reports the day
    name = bank_holidays(local.year).get(local.date())
    if name:
        yield _publish_hit(
            draft,
            f"Scheduled for {local.strftime('%A %-d %B %Y')}, {name}: check the account is "
            f"monitored that day (monitored hours: {describe_hours(ctx)})",
            "Check someone will monitor the account that day, or schedule it for a working day.",
        )
