import datetime as dt

import pytest

from smpolicy.dates import Interval, PolicyDate


@pytest.mark.parametrize(
    "text, latest, precision",
    [
        ("2026-12", dt.date(2026, 12, 31), "month"),
        ("December 2026", dt.date(2026, 12, 31), "month"),
        ("Sept 2024", dt.date(2024, 9, 30), "month"),
        ("2024-02", dt.date(2024, 2, 29), "month"),
        ("2023-02-14", dt.date(2023, 2, 14), "day"),
        ("14 February 2023", dt.date(2023, 2, 14), "day"),
        ("5th June 2017", dt.date(2017, 6, 5), "day"),
        (dt.date(2023, 9, 21), dt.date(2023, 9, 21), "day"),
    ],
)
def test_dates_are_read_to_their_precision(text, latest, precision):
    date = PolicyDate.parse(text)
    assert date.latest() == latest
    assert date.precision == precision


@pytest.mark.parametrize("bad", ["2026-13", "2023-02-30", "Smarch 2024", "next year", "", 2024])
def test_bad_dates_are_refused(bad):
    with pytest.raises(ValueError):
        PolicyDate.parse(bad)


def test_month_dates_round_trip_as_text():
    assert str(PolicyDate.parse("December 2026")) == "2026-12"
    assert PolicyDate.parse("2026-12").human() == "December 2026"


@pytest.mark.parametrize(
    "text, start, expected",
    [
        ("2 years", dt.date(2025, 12, 31), dt.date(2027, 12, 31)),
        ("12 months", dt.date(2024, 2, 29), dt.date(2025, 2, 28)),
        ("1 year", dt.date(2024, 2, 29), dt.date(2025, 2, 28)),
        ("90d", dt.date(2026, 11, 21), dt.date(2027, 2, 19)),
        ("3m", dt.date(2026, 11, 30), dt.date(2027, 2, 28)),
        ("2 weeks", dt.date(2026, 1, 1), dt.date(2026, 1, 15)),
    ],
)
def test_intervals_move_dates_on(text, start, expected):
    assert Interval.parse(text).add_to(start) == expected


@pytest.mark.parametrize("bad", ["0 years", "forever", "2 fortnights", "", None])
def test_bad_intervals_are_refused(bad):
    with pytest.raises(ValueError):
        Interval.parse(bad)


def test_interval_text():
    assert str(Interval.parse("1y")) == "1 year"
    assert str(Interval.parse("24 months")) == "24 months"
