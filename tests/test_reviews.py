"""The review date logic, with no I/O and a fixed `as_of`."""

from __future__ import annotations

import datetime as dt

import pytest
import tomlkit

from smpolicy import reviews
from smpolicy.dates import Interval, PolicyDate
from smpolicy.errors import InputError
from smpolicy.models import Account, Policy, Register, ReviewSettings

AS_OF = dt.date(2026, 11, 21)
NINETY = Interval(90, "days")


def register(policies=(), accounts=(), review=None) -> Register:
    data = {
        "schema_version": 1,
        "organisation": {"name": "Example Trust"},
        "policies": list(policies),
        "accounts": list(accounts),
    }
    if review:
        data["review"] = review
    return Register.model_validate(data)


def policy(**fields) -> dict:
    return {"id": "P1", "title": "Social media policy", "owner": "Comms", **fields}


def account(**fields) -> dict:
    return {"platform": "x", "handle": "@example", "name": "Example on X", "owner_team": "Comms", **fields}


def items(reg: Register, as_of=AS_OF, within=NINETY):
    return {item.key: item for item in reviews.due(reg, as_of, within)}


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start, interval, expected",
    [
        ("2025-12", "2 years", "2027-12"),
        ("2024-11", "12 months", "2025-11"),
        ("2024-11", "3 months", "2025-02"),
        ("2024-09", "1 month", "2024-10"),  # month precision: by 31 October, not 30 October
        ("2024-02-29", "1 year", "2025-02-28"),  # leap day
        ("2024-02-29", "4 years", "2028-02-29"),
        ("2023-01-31", "1 month", "2023-02-28"),
        ("2017-06-05", "1 year", "2018-06-05"),
        ("2024-11", "90 days", "2025-02-28"),  # days count from the month's last day
        ("2026-11-21", "2 weeks", "2026-12-05"),
    ],
)
def test_advance(start, interval, expected):
    assert str(reviews.advance(PolicyDate.parse(start), Interval.parse(interval))) == expected


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (dt.date(2024, 9, 30), dt.date(2026, 11, 21), "2 years 1 month"),
        (dt.date(2026, 11, 1), dt.date(2026, 11, 21), "20 days"),
        (dt.date(2026, 11, 21), dt.date(2026, 11, 22), "1 day"),
        (dt.date(2025, 11, 21), dt.date(2026, 11, 21), "1 year"),
        (dt.date(2026, 11, 21), dt.date(2026, 11, 21), "0 days"),
    ],
)
def test_how_long(start, end, expected):
    assert reviews.how_long(start, end) == expected


# --- policy reviews ---------------------------------------------------------------------------


def test_month_precision_next_review_is_due_at_the_end_of_the_month_not_overdue():
    found = items(register([policy(next_review="2026-12", review_every="2 years")]))["P1"]
    assert (found.state, found.due, found.due_as_written) == ("due", dt.date(2026, 12, 31), "December 2026")
    assert found.days_left == 40
    assert found.message == "policy review due in 1 month 10 days"


def test_month_precision_next_review_is_not_overdue_during_its_month():
    reg = register([policy(next_review="2026-11")])
    assert items(reg, as_of=dt.date(2026, 11, 30))["P1"].state == "due"
    assert items(reg, as_of=dt.date(2026, 12, 1))["P1"].state == "overdue"


def test_due_today_is_not_overdue_and_the_window_end_is_included():
    reg = register([policy(next_review="2026-11-21")])
    assert items(reg)["P1"].state == "due"
    assert items(reg)["P1"].message == "policy review due today"
    end = register([policy(next_review="2027-02-19")])  # 21 Nov + 90 days
    assert items(end)["P1"].state == "due"
    beyond = register([policy(next_review="2027-02-20")])
    assert items(beyond) == {}


def test_overdue_says_by_how_long():
    found = items(register([policy(next_review="September 2024")]))["P1"]
    assert found.state == "overdue"
    assert found.due == dt.date(2024, 9, 30)
    assert found.days_left == -(AS_OF - dt.date(2024, 9, 30)).days
    assert found.message == "policy review overdue by 2 years 1 month"


def test_without_next_review_due_counts_from_the_later_of_last_reviewed_and_approved():
    reg = register([policy(approved="2016-06-30", last_reviewed="2017-06-05", review_every="1 year")])
    found = items(reg)["P1"]
    assert (found.state, found.due) == ("overdue", dt.date(2018, 6, 5))
    assert found.basis == "last reviewed 5 June 2017, reviewed every 1 year"
    approved_only = register([policy(approved="2026-03-10", review_every="1 year")])
    assert items(approved_only) == {}  # due 10 March 2027: outside 90 days
    assert items(approved_only, within=Interval(4, "months"))["P1"].due == dt.date(2027, 3, 10)


def test_explicit_next_review_wins_over_the_interval():
    reg = register([policy(last_reviewed="2025-12", next_review="2026-12", review_every="1 year")])
    assert items(reg)["P1"].due == dt.date(2026, 12, 31)


@pytest.mark.parametrize(
    "fields, basis",
    [
        ({"last_reviewed": "2023-02-14"}, "last reviewed or approved 14 February 2023, but no next_review or review_every"),
        ({"review_every": "1 year"}, "no next_review, last_reviewed or approved date"),
        ({}, "no next_review, last_reviewed or approved date"),
    ],
)
def test_policy_without_a_review_date_is_an_item(fields, basis):
    found = items(register([policy(**fields)]))["P1"]
    assert (found.state, found.due, found.message) == ("missing", None, "no review date recorded")
    assert found.basis == basis


def test_policy_reviewed_recently_is_not_listed():
    assert items(register([policy(last_reviewed="2026-10-01", review_every="1 year")])) == {}


def test_as_of_moves_the_state():
    reg = register([policy(next_review="2027-03-01")])
    assert items(reg, as_of=dt.date(2026, 11, 21)) == {}
    assert items(reg, as_of=dt.date(2027, 1, 1))["P1"].state == "due"
    assert items(reg, as_of=dt.date(2027, 3, 2))["P1"].state == "overdue"


# --- accounts ---------------------------------------------------------------------------------


def test_active_account_access_review_due_twelve_months_after_the_last():
    reg = register(accounts=[account(last_access_review="2025-12-01")])
    found = items(reg)["x:@example"]
    assert (found.kind, found.state, found.due) == ("access-review", "due", dt.date(2026, 12, 1))
    assert found.owner == "Comms"


def test_access_review_interval_comes_from_the_register():
    reg = register(accounts=[account(last_access_review="2026-05-01")], review={"access_review_every": "6 months"})
    assert items(reg)["x:@example"].state == "overdue"
    assert items(register(accounts=[account(last_access_review="2026-05-01")])) == {}


def test_active_account_without_access_review_is_an_item():
    found = items(register(accounts=[account()]))["x:@example"]
    assert (found.state, found.message) == ("missing", "no access review recorded")


def test_dormant_account_due_a_decision_after_twelve_months():
    reg = register(accounts=[account(status="dormant", status_since="2024-11")])
    found = items(reg)["x:@example"]
    assert (found.kind, found.state, found.due) == ("dormant-decision", "overdue", dt.date(2025, 11, 30))
    assert "close it or keep it" in found.message


def test_dormant_account_recently_dormant_or_kept_is_not_listed():
    assert items(register(accounts=[account(status="dormant", status_since="2026-06")])) == {}
    kept = account(status="dormant", status_since="2024-11", last_access_review="2026-10-01")
    assert items(register(accounts=[kept])) == {}


def test_dormant_decision_age_comes_from_the_register():
    reg = register(accounts=[account(status="dormant", status_since="2026-06")], review={"dormant_decision_after": "3 months"})
    assert items(reg)["x:@example"].state == "overdue"


def test_dormant_account_without_dates_is_an_item():
    found = items(register(accounts=[account(status="dormant")]))["x:@example"]
    assert found.state == "missing"
    assert found.message.startswith("no dormant date recorded")


@pytest.mark.parametrize("status", ["closed", "proposed"])
def test_closed_and_proposed_accounts_need_no_review(status):
    assert items(register(accounts=[account(status=status)])) == {}


def test_account_keys_tell_platforms_apart():
    reg = register(accounts=[account(platform="youtube", handle="@same"), account(platform="x", handle="@same", name="X")])
    assert set(items(reg)) == {"youtube:@same", "x:@same"}
    named = register(accounts=[account(handle=None, platform="linkedin", name="On LinkedIn")])
    assert set(items(named)) == {"linkedin:On LinkedIn"}


# --- ordering, grouping, failing --------------------------------------------------------------


def test_soonest_first_with_missing_dates_after_overdue_and_before_upcoming():
    reg = register(
        [policy(id="SOON", next_review="2027-01-10"), policy(id="OLD", next_review="2020-01"), policy(id="NONE")],
        [account(last_access_review="2025-12-15")],
    )
    keys = [item.key for item in reviews.due(reg, AS_OF, NINETY)]
    assert keys == ["OLD", "NONE", "x:@example", "SOON"]


def test_grouped_by_owner_with_the_most_urgent_group_first():
    reg = register(
        [policy(id="A", owner="Board", next_review="2027-01"), policy(id="B", owner=None, next_review="2020-01")],
        [account(owner_team="Board", last_access_review="2025-12-15")],
    )
    groups = reviews.group_by_owner(reviews.due(reg, AS_OF, NINETY), AS_OF)
    assert [(owner, [i.key for i in group]) for (_, owner), group in groups] == [
        ("no owner recorded", ["B"]),
        ("Board", ["x:@example", "A"]),
    ]


@pytest.mark.parametrize(
    "states, fail_on, expected",
    [
        ({"due"}, "never", False),
        ({"overdue"}, "never", False),
        ({"due"}, "overdue", False),
        ({"overdue"}, "overdue", True),
        ({"missing"}, "overdue", True),
        ({"due"}, "due", True),
        (set(), "due", False),
    ],
)
def test_fails(states, fail_on, expected):
    dates = {"due": "2026-12-01", "overdue": "2020-01-01", "missing": None}
    reg = register([policy(id=state, next_review=dates[state]) for state in states])
    assert reviews.fails(reviews.due(reg, AS_OF, NINETY), fail_on) is expected


def test_report_counts_and_window():
    reg = register([policy(next_review="2026-12")], [account()])
    rep = reviews.report([("example", reg)], AS_OF, Interval(3, "months"))
    assert rep.window_end == dt.date(2027, 2, 21)
    assert rep.counts == {"overdue": 0, "missing": 1, "due": 1}
    assert rep.registers == ["example"]
    assert {item.register_name for item in rep.items} == {"example"}
    assert rep.model_dump(mode="json")["schema_version"] == 1


# --- recording a review -----------------------------------------------------------------------


def plan(today=AS_OF, **fields):
    return lambda on, **kw: reviews.plan_policy_review(Policy.model_validate(policy(**fields)), on, today, **kw)


def test_early_review_keeps_the_remaining_time():
    record = plan(next_review="2026-12", review_every="2 years")
    result = record(dt.date(2026, 11, 21))
    assert str(result.next_due) == "2028-12"
    assert result.changes == {"last_reviewed": dt.date(2026, 11, 21), "next_review": PolicyDate(2028, 12)}


def test_late_review_counts_from_the_review_date():
    record = plan(today=dt.date(2027, 1, 10), next_review="2026-12", review_every="2 years")
    assert str(record(dt.date(2027, 1, 10)).next_due) == "2029-01-10"


def test_review_on_the_due_date_counts_from_it():
    record = plan(next_review="2026-11-21", review_every="1 year")
    assert str(record(AS_OF).next_due) == "2027-11-21"


def test_early_review_of_a_policy_due_by_interval_keeps_the_remaining_time():
    record = plan(last_reviewed="2026-01-15", review_every="1 year")
    assert str(record(AS_OF).next_due) == "2028-01-15"


def test_leap_day_review():
    record = plan(today=dt.date(2024, 2, 29), next_review="2024-02-01", review_every="1 year")
    assert str(record(dt.date(2024, 2, 29)).next_due) == "2025-02-28"


def test_review_without_interval_keeps_next_review_unless_one_is_given():
    record = plan(last_reviewed="2023-02-14")
    result = record(AS_OF)
    assert result.next_due is None and "next_review" not in result.changes
    given = record(AS_OF, next_review=PolicyDate(2027, 11))
    assert given.changes["next_review"] == PolicyDate(2027, 11)


def test_review_sets_version_and_history():
    result = plan(review_every="1 year")(AS_OF, by="Head of Comms", version="v1.3", note="No changes")
    assert result.changes["version"] == "v1.3"
    assert result.history == {"on": AS_OF, "action": "review", "by": "Head of Comms", "version": "v1.3", "note": "No changes"}
    bare = plan(review_every="1 year")(AS_OF)
    assert bare.history == {"on": AS_OF, "action": "review"} and "version" not in bare.changes


@pytest.mark.parametrize(
    "fields, on, message",
    [
        ({}, dt.date(2026, 11, 22), "in the future"),
        ({"last_reviewed": "2026-06-01"}, dt.date(2026, 5, 31), "before the last recorded review"),
        ({"last_reviewed": "2026-06"}, dt.date(2026, 5, 31), "before the last recorded review"),
    ],
)
def test_review_dates_that_are_refused(fields, on, message):
    with pytest.raises(InputError, match=message):
        plan(**fields)(on)


def test_review_in_the_month_of_a_month_precision_last_review_is_accepted():
    assert plan(last_reviewed="2026-11")(dt.date(2026, 11, 2)).on == dt.date(2026, 11, 2)


def test_next_review_must_follow_the_review():
    with pytest.raises(InputError, match="must be after"):
        plan()(AS_OF, next_review=PolicyDate(2026, 11, 21))


def test_access_review_plan():
    acc = Account.model_validate(account(last_access_review="2025-10-01"))
    result = reviews.plan_access_review(acc, AS_OF, AS_OF, ReviewSettings(), by="Comms lead")
    assert result.changes == {"last_access_review": AS_OF}
    assert str(result.next_due) == "2027-11-21"
    dormant = Account.model_validate(account(status="dormant", status_since="2024-11"))
    kept = reviews.plan_access_review(dormant, AS_OF, AS_OF, ReviewSettings())
    assert str(kept.next_due) == "2027-11-21"
    closed = Account.model_validate(account(status="closed"))
    with pytest.raises(InputError, match="closed"):
        reviews.plan_access_review(closed, AS_OF, AS_OF, ReviewSettings())


# --- recording into a tomlkit document --------------------------------------------------------

DOC = """\
schema_version = 1

[organisation]
name = "Example Trust"  # the legal name

[[policies]]
id = "P1"
title = "Social media policy"
# "Next review date: December 2026"
next_review = "2026-12"  # month only
review_every = "2 years"

[[accounts]]
platform = "youtube"
handle = "@same"
name = "On YouTube"

[[accounts]]
platform = "x"
handle = "@same"
name = "On X"
last_access_review = 2025-01-01
"""


def test_record_policy_keeps_comments_and_appends_history():
    doc = tomlkit.parse(DOC)
    result = reviews.record(doc, "p1", AS_OF, AS_OF, by="Comms", version="v2", note="checked")
    text = tomlkit.dumps(doc)
    assert result.key == "P1"
    assert '# "Next review date: December 2026"\nnext_review = "2028-12"  # month only\n' in text
    assert 'name = "Example Trust"  # the legal name' in text
    assert "last_reviewed = 2026-11-21" in text and 'version = "v2"' in text
    assert '[[policies.history]]\non = 2026-11-21\naction = "review"\nby = "Comms"\nversion = "v2"\nnote = "checked"\n' in text
    reg = Register.model_validate(tomlkit.parse(text).unwrap())
    assert reg.policies[0].history[0].by == "Comms"
    assert "P1" not in items(reg, within=Interval(2, "years"))  # next due December 2028


def test_record_account_by_platform_and_handle():
    doc = tomlkit.parse(DOC)
    reviews.record(doc, "x:@same", AS_OF, AS_OF, note="two admins removed")
    reg = Register.model_validate(doc.unwrap())
    assert reg.accounts[1].last_access_review == PolicyDate(2026, 11, 21)
    assert reg.accounts[1].history[0].note == "two admins removed"
    assert reg.accounts[0].last_access_review is None and reg.accounts[0].history == []


def test_record_keeps_the_file_style_of_a_date_written_as_text():
    doc = tomlkit.parse(DOC.replace("last_access_review = 2025-01-01", 'last_access_review = "2025-01-01"'))
    reviews.record(doc, "x:same", AS_OF, AS_OF)
    assert 'last_access_review = "2026-11-21"' in tomlkit.dumps(doc)


@pytest.mark.parametrize(
    "key, kwargs, message",
    [
        ("@same", {}, "matches 2 items .*youtube:@same, x:@same"),
        ("P2", {}, "no policy or account 'P2'.*did you mean P1"),
        ("x:@same", {"version": "v2"}, "--version applies to policies"),
    ],
)
def test_record_refuses_unknown_ambiguous_and_misapplied(key, kwargs, message):
    doc = tomlkit.parse(DOC)
    with pytest.raises(InputError, match=message):
        reviews.record(doc, key, AS_OF, AS_OF, **kwargs)
    assert tomlkit.dumps(doc) == DOC
