"""Timing rules: publishing outside the register's monitored hours, and on bank holidays."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from conftest import rule_hits

from smpolicy.lint.rules.timing import bank_holidays, easter_sunday, within_hours

LONDON = ZoneInfo("Europe/London")
TEXT = "Our flu vaccine clinic is open Saturday 9am to 1pm. Book at nhs.uk/flu"


def at(*parts, tz=LONDON):
    return dt.datetime(*parts, tzinfo=tz)


# --- TM001 outside-monitored-hours -------------------------------------------------------------


@pytest.mark.parametrize(
    "when",
    [
        at(2026, 11, 17, 9, 0),  # Tuesday, the first minute
        at(2026, 11, 17, 12, 30),
        at(2026, 11, 20, 16, 59),  # Friday, the last minute
        at(2026, 7, 1, 10, 0),  # summer time
        at(2026, 11, 17, 10, 0, tz=dt.timezone.utc),  # 10:00 UTC is 10:00 in London in November
    ],
)
def test_within_hours(when):
    assert rule_hits("TM001", TEXT, publish_at=when) == []


@pytest.mark.parametrize(
    "when",
    [
        at(2026, 11, 21, 10, 0),  # Saturday
        at(2026, 11, 22, 10, 0),  # Sunday
        at(2026, 11, 17, 8, 59),
        at(2026, 11, 17, 17, 0),  # the end is when monitoring stops
        at(2026, 11, 17, 19, 30),
        at(2026, 11, 18, 2, 0),
        at(2026, 7, 1, 16, 30, tz=dt.timezone.utc),  # 17:30 in London (summer time)
    ],
)
def test_outside_hours(when):
    assert len(rule_hits("TM001", TEXT, publish_at=when)) == 1


def test_message_says_when_and_the_hours():
    [message] = rule_hits("TM001", TEXT, publish_at=at(2026, 11, 21, 19, 30))
    assert "Saturday 21 November 2026 19:30" in message
    assert "Monday to Friday, 09:00 to 17:00" in message


def test_message_after_hours_says_when():
    [message] = rule_hits("TM001", TEXT, publish_at=at(2026, 11, 17, 19, 30))
    assert "Scheduled for Tuesday 17 November 2026 19:30, outside the monitored hours" in message


def test_no_publish_at_no_finding():
    assert rule_hits("TM001", TEXT) == []


def test_date_only_checks_the_day_not_the_time():
    # A date without a time is read as midday; a weekday is fine, a Sunday is not.
    assert rule_hits("TM001", TEXT, publish_at=at(2026, 11, 17, 12, 0), publish_time_known=False) == []
    assert rule_hits("TM001", TEXT, publish_at=at(2026, 11, 22, 12, 0), publish_time_known=False) != []


def test_personal_kinds_are_not_checked():
    for kind in ("bio", "personal-blog", "reference"):
        assert rule_hits("TM001", TEXT, publish_at=at(2026, 11, 21, 23, 0), kind=kind) == []


def test_replies_are_checked():
    assert rule_hits("TM001", "Thanks for asking!", publish_at=at(2026, 11, 21, 23, 0), kind="reply") != []


def test_register_hours_are_used():
    from conftest import make_context, make_draft
    from smpolicy.lint.rule import all_rules

    check = all_rules()["TM001"].check
    base = make_context()
    weekend_team = type(base)(**{**base.__dict__, "monitored_days": ("sat", "sun"),
                                  "monitored_start": dt.time(8, 0), "monitored_end": dt.time(20, 0)})
    draft = make_draft(TEXT, publish_at=at(2026, 11, 21, 19, 30))
    assert list(check(draft, weekend_team)) == []
    draft = make_draft(TEXT, publish_at=at(2026, 11, 17, 12, 0))
    assert len(list(check(draft, weekend_team))) == 1


def test_hours_past_midnight():
    assert within_hours(dt.time(23, 0), dt.time(22, 0), dt.time(6, 0))
    assert within_hours(dt.time(5, 59), dt.time(22, 0), dt.time(6, 0))
    assert not within_hours(dt.time(12, 0), dt.time(22, 0), dt.time(6, 0))
    assert within_hours(dt.time(3, 0), dt.time(0, 0), dt.time(0, 0))


# --- TM002 bank-holiday ------------------------------------------------------------------------


def test_easter():
    assert easter_sunday(2025) == dt.date(2025, 4, 20)
    assert easter_sunday(2026) == dt.date(2026, 4, 5)
    assert easter_sunday(2027) == dt.date(2027, 3, 28)


def test_bank_holidays_2026():
    # GOV.UK "Bank holidays", England and Wales, 2026.
    assert sorted(bank_holidays(2026)) == [
        dt.date(2026, 1, 1),
        dt.date(2026, 4, 3),
        dt.date(2026, 4, 6),
        dt.date(2026, 5, 4),
        dt.date(2026, 5, 25),
        dt.date(2026, 8, 31),
        dt.date(2026, 12, 25),
        dt.date(2026, 12, 28),  # Boxing Day is a Saturday
    ]


def test_substitute_days():
    assert dt.date(2027, 12, 27) in bank_holidays(2027)  # Christmas on Saturday
    assert dt.date(2027, 12, 28) in bank_holidays(2027)
    assert dt.date(2022, 12, 27) in bank_holidays(2022)  # Christmas on Sunday
    assert dt.date(2022, 12, 26) in bank_holidays(2022)
    assert dt.date(2028, 1, 3) in bank_holidays(2028)  # New Year's Day on Saturday
    assert dt.date(2030, 1, 1) in bank_holidays(2030)  # a Tuesday stays put


def test_easter_monday_is_noted():
    [message] = rule_hits("TM002", TEXT, publish_at=at(2026, 4, 6, 10, 0))
    assert "Easter Monday" in message


def test_ordinary_days_and_weekends_are_not_noted_here():
    assert rule_hits("TM002", TEXT, publish_at=at(2026, 4, 7, 10, 0)) == []
    assert rule_hits("TM002", TEXT, publish_at=at(2026, 12, 26, 10, 0)) == []  # Saturday: TM001's
    assert rule_hits("TM002", TEXT) == []
