"""Review items as an RFC 5545 calendar (`smpolicy review due --format ics`).

One all-day event per item.

- An item due in the window is placed on its due date, with reminders 30, 14 and 7 days before.
- An overdue item, or one with no date recorded, is placed on the as-of date (the day the
  calendar was made), with one reminder at 09:00 that day: an event in the past raises no
  reminder and is easily missed, and these items need doing now. Its summary starts OVERDUE or
  NO DATE.
- Each event's UID is the SHA-1 of the organisation, the kind of review and the item's key, so
  importing a newer calendar updates the events already there instead of adding copies. SEQUENCE
  grows with the as-of date so calendar apps that honour it accept the update (an overdue item
  moves to the newer as-of date). An item that has been reviewed drops out of later calendars;
  its old event is left for the calendar's owner to delete.
- DTSTAMP is midnight UTC on the as-of date, so the same input always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smpolicy.reviews import ReviewItem, ReviewReport

REMINDER_DAYS = (30, 14, 7)
SAME_DAY = dt.timedelta(hours=9)  # 09:00 on an all-day event's day
PRODID = "-//smpolicy//review calendar//EN"
_EPOCH = dt.date(2000, 1, 1)
_KIND_TITLE = {
    "policy-review": "Policy review",
    "access-review": "Access review",
    "dormant-decision": "Dormant account decision",
}


def uid(item: "ReviewItem") -> str:
    """Stable across runs and as-of dates: the same review is always the same event."""
    source = "\n".join((item.organisation, item.kind, item.key))
    return f"{hashlib.sha1(source.encode('utf-8')).hexdigest()}@smpolicy"


def event_date(item: "ReviewItem", as_of: dt.date) -> dt.date:
    if item.state == "due" and item.due is not None:
        return item.due
    return as_of


def summary(item: "ReviewItem") -> str:
    what = f"{_KIND_TITLE[item.kind]}: {item.title} ({item.key})"
    if item.state == "overdue":
        return f"OVERDUE {what}"
    if item.state == "missing":
        return f"NO DATE {what}"
    return what


def description(item: "ReviewItem") -> str:
    lines = [
        f"{item.message}.",
        f"Organisation: {item.organisation}",
        f"Owner: {item.owner}",
        f"Due: {item.due_as_written or 'not recorded'}",
        f"Basis: {item.basis}",
        f"Record it with: smpolicy review record {item.key}",
    ]
    return "\n".join(lines)


def to_ics(report: "ReviewReport") -> bytes:
    """The report as a calendar; the bytes depend only on the report."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "smpolicy reviews")
    for item in report.items:
        calendar.add_component(_event(item, report.as_of))
    return calendar.to_ical()


def _event(item: "ReviewItem", as_of: dt.date):
    from icalendar import Event

    day = event_date(item, as_of)
    event = Event()
    event.add("uid", uid(item))
    event.add("dtstamp", dt.datetime.combine(as_of, dt.time(0, 0), tzinfo=dt.timezone.utc))
    event.add("sequence", (as_of - _EPOCH).days)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary(item))
    event.add("description", description(item))
    event.add("categories", [item.kind])
    event.add("transp", "TRANSPARENT")  # a reminder, not time blocked out
    for trigger, text in reminders(item):
        event.add_component(_alarm(trigger, text))
    return event


def reminders(item: "ReviewItem") -> list[tuple[dt.timedelta, str]]:
    """(trigger relative to the start of the event's day, reminder text)."""
    if item.state != "due":
        return [(SAME_DAY, f"Today: {summary(item)}")]
    return [(-dt.timedelta(days=days), f"In {days} days: {summary(item)}") for days in REMINDER_DAYS]


def _alarm(trigger: dt.timedelta, text: str):
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    alarm.add("description", text)
    return alarm
