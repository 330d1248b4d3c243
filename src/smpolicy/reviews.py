"""When policies and account access are due a review: pure date logic, no I/O and no clock.

Three kinds of item come out of a register (`schedule`):

- **policy-review**, one per `[[policies]]` entry. Due at `next_review` when the register gives
  one; otherwise at the later of `last_reviewed` and `approved` plus `review_every`. A policy with
  neither is itself an item: "no review date recorded". No interval is assumed for a policy:
  only its own document can promise one.
- **access-review**, one per *active* account: due `[review] access_review_every` (default 12
  months) after `last_access_review`; an account with none is an item: "no access review
  recorded".
- **dormant-decision**, one per *dormant* account: a decision (close it, NCSC, or keep it) is due
  `[review] dormant_decision_after` (default 12 months) after the later of `status_since` and
  `last_access_review`. Recording a review of a dormant account (`review record`) is the decision
  to keep it for another period; closing it is a status change. A dormant account with neither
  date is an item: "no dormant date recorded".

Dates follow `dates.py`: a month-precision date is read as the last day of its month, and month
precision carries through whole-month intervals ("November 2024" + 12 months is due by
30 November 2025, not 30 October). Adding a year to 29 February gives 28 February.

An item's state on `as_of`: **overdue** when its due date is before `as_of` (a review due today
is not yet overdue), **due** when it falls on or before the end of the window, **missing** when
no due date can be worked out, **later** otherwise. `due()` lists overdue, missing and due items.
For `--fail-on overdue`, missing counts as overdue: an unrecorded review cannot be shown to be in
date.

Recording a review (`plan_policy_review`): the next review is the interval on from the review
date, except that a review done early keeps the remaining time, so

    next_review = max(review date, current due date) + review_every

HSSIB005 (due December 2026, every two years) reviewed on 21 November 2026 is next due December
2028, not 21 November 2028; reviewed late, on 10 January 2027, it is next due 10 January 2029.
A policy with no interval keeps its `next_review` unless a new one is given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Literal

from pydantic import BaseModel, Field

from smpolicy.dates import Interval, PolicyDate
from smpolicy.errors import InputError

if TYPE_CHECKING:
    from smpolicy.models import Account, Policy, Register

Kind = Literal["policy-review", "access-review", "dormant-decision"]
State = Literal["overdue", "missing", "due", "later"]
FailOn = Literal["overdue", "due", "never"]

NO_OWNER = "no owner recorded"
_STATE_RANK = {"overdue": 0, "missing": 1, "due": 2, "later": 3}


class ReviewItem(BaseModel):
    """One review that is, or will be, due."""

    organisation: str
    register_name: str = Field(description="the bundled register's name, or the file given")
    kind: Kind
    key: str = Field(description="policy id, or the account as platform:handle or platform:name")
    title: str
    owner: str
    state: State
    due: dt.date | None = Field(description="last day the review can be done in date")
    due_as_written: str | None = Field(description="the due date as the policy gives it")
    days_left: int | None = Field(description="days from as_of to due; negative when overdue")
    basis: str = Field(description="where the due date comes from")
    message: str


class ReviewReport(BaseModel):
    """What `smpolicy review due --format json` prints."""

    schema_version: Literal[1] = 1
    as_of: dt.date
    within: str
    window_end: dt.date
    registers: list[str]
    counts: dict[str, int]
    items: list[ReviewItem]


@dataclass(frozen=True)
class Due:
    """A due date (None when it cannot be worked out) and where it comes from."""

    date: PolicyDate | None
    basis: str


# --- dates ------------------------------------------------------------------------------------


def advance(start: PolicyDate, interval: Interval) -> PolicyDate:
    """`start` moved on by `interval`, keeping month precision for whole months and years."""
    if start.day is None and interval.unit in ("months", "years"):
        months = interval.amount * (12 if interval.unit == "years" else 1)
        index = start.year * 12 + (start.month - 1) + months
        return PolicyDate(index // 12, index % 12 + 1)
    return PolicyDate.from_date(interval.add_to(start.latest()))


def later_of(*dates: PolicyDate | None) -> PolicyDate | None:
    known = [date for date in dates if date is not None]
    return max(known, key=PolicyDate.latest) if known else None


def how_long(start: dt.date, end: dt.date) -> str:
    """The time from `start` to `end` in the two largest units: "1 year 2 months", "12 days"."""
    from dateutil.relativedelta import relativedelta

    gap = relativedelta(end, start)
    parts = [(gap.years, "year"), (gap.months, "month"), (gap.days, "day")]
    named = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n]
    return " ".join(named[:2]) or "0 days"


def window_end(as_of: dt.date, within: Interval) -> dt.date:
    return within.add_to(as_of)


# --- when each thing is due -------------------------------------------------------------------


def policy_due(policy: "Policy") -> Due:
    if policy.next_review is not None:
        return Due(policy.next_review, f"next review {policy.next_review.human()}")
    base = later_of(policy.last_reviewed, policy.approved)
    if base is not None and policy.review_every is not None:
        word = "last reviewed" if base == policy.last_reviewed else "approved"
        return Due(advance(base, policy.review_every), f"{word} {base.human()}, reviewed every {policy.review_every}")
    if base is not None:
        return Due(None, f"last reviewed or approved {base.human()}, but no next_review or review_every")
    return Due(None, "no next_review, last_reviewed or approved date")


def access_due(account: "Account", every: Interval) -> Due:
    last = account.last_access_review
    if last is None:
        return Due(None, "no last_access_review")
    return Due(advance(last, every), f"access last reviewed {last.human()}, every {every}")


def dormant_due(account: "Account", after: Interval) -> Due:
    start = later_of(account.status_since, account.last_access_review)
    if start is None:
        return Due(None, "dormant, with no status_since or last_access_review")
    word = "kept dormant" if start == account.last_access_review else "dormant since"
    return Due(advance(start, after), f"{word} {start.human()}; decide after {after}")


# --- items ------------------------------------------------------------------------------------


def state_of(due: dt.date | None, as_of: dt.date, end: dt.date) -> State:
    if due is None:
        return "missing"
    if due < as_of:
        return "overdue"
    return "due" if due <= end else "later"


_MISSING = {
    "policy-review": "no review date recorded",
    "access-review": "no access review recorded",
    "dormant-decision": "no dormant date recorded: decide whether to close it",
}
_WHAT = {
    "policy-review": "policy review",
    "access-review": "access review",
    "dormant-decision": "decision on dormant account (close it or keep it)",
}


def describe(kind: Kind, state: State, due: dt.date | None, as_of: dt.date) -> str:
    if state == "missing" or due is None:
        return _MISSING[kind]
    what = _WHAT[kind]
    if state == "overdue":
        return f"{what} overdue by {how_long(due, as_of)}"
    if due == as_of:
        return f"{what} due today"
    return f"{what} due in {how_long(as_of, due)}"


def _item(register: "Register", label: str, kind: Kind, key: str, title: str, owner: str | None,
          due: Due, as_of: dt.date, end: dt.date) -> ReviewItem:
    date = due.date.latest() if due.date is not None else None
    state = state_of(date, as_of, end)
    return ReviewItem(
        organisation=register.organisation.name,
        register_name=label,
        kind=kind,
        key=key,
        title=title,
        owner=owner or NO_OWNER,
        state=state,
        due=date,
        due_as_written=due.date.human() if due.date is not None else None,
        days_left=(date - as_of).days if date is not None else None,
        basis=due.basis,
        message=describe(kind, state, date, as_of),
    )


def account_key(account: "Account") -> str:
    """An account named uniquely within its register (HSSIB uses @theHSSIB on two platforms)."""
    return f"{account.platform}:{account.handle or account.name}"


def schedule(register: "Register", as_of: dt.date, within: Interval, label: str = "") -> list[ReviewItem]:
    """Every review item in a register, whatever its state."""
    end = window_end(as_of, within)
    items = [
        _item(register, label, "policy-review", p.id, p.title, p.owner, policy_due(p), as_of, end)
        for p in register.policies
    ]
    settings = register.review
    for account in register.accounts:
        if account.status == "active":
            kind, when = "access-review", access_due(account, settings.access_review_every)
        elif account.status == "dormant":
            kind, when = "dormant-decision", dormant_due(account, settings.dormant_decision_after)
        else:
            continue  # closed accounts need nothing; proposed ones have no access to review yet
        items.append(_item(register, label, kind, account_key(account), account.name, account.owner_team, when, as_of, end))
    return items


def due(register: "Register", as_of: dt.date, within: Interval, label: str = "") -> list[ReviewItem]:
    """Items overdue, missing a date, or due by the end of the window, soonest first."""
    items = [item for item in schedule(register, as_of, within, label) if item.state != "later"]
    return sorted(items, key=lambda item: sort_key(item, as_of))


def sort_key(item: ReviewItem, as_of: dt.date) -> tuple[Any, ...]:
    # An item with no date is due now: after everything already overdue, before what is coming.
    return (item.due or as_of, _STATE_RANK[item.state], item.organisation, item.kind, item.key)


def group_by_owner(items: Iterable[ReviewItem], as_of: dt.date) -> list[tuple[tuple[str, str], list[ReviewItem]]]:
    """Items grouped by (organisation, owner); groups ordered by their most urgent item."""
    groups: dict[tuple[str, str], list[ReviewItem]] = {}
    for item in sorted(items, key=lambda item: sort_key(item, as_of)):
        groups.setdefault((item.organisation, item.owner), []).append(item)
    return list(groups.items())


def counts(items: Iterable[ReviewItem]) -> dict[str, int]:
    totals = {"overdue": 0, "missing": 0, "due": 0}
    for item in items:
        totals[item.state] = totals.get(item.state, 0) + 1
    return totals


def fails(items: Iterable[ReviewItem], fail_on: FailOn) -> bool:
    """Whether `--fail-on` is met: `overdue` counts missing dates as overdue; `due` counts all."""
    if fail_on == "never":
        return False
    wanted = {"overdue", "missing"} if fail_on == "overdue" else {"overdue", "missing", "due"}
    return any(item.state in wanted for item in items)


def report(registers: Iterable[tuple[str, "Register"]], as_of: dt.date, within: Interval) -> ReviewReport:
    """Due items across one or more registers, given as (label, register) pairs."""
    pairs = list(registers)
    items = [item for label, register in pairs for item in due(register, as_of, within, label)]
    items.sort(key=lambda item: sort_key(item, as_of))
    return ReviewReport(
        as_of=as_of,
        within=str(within),
        window_end=window_end(as_of, within),
        registers=[label for label, _ in pairs],
        counts=counts(items),
        items=items,
    )


# --- recording a review -----------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedReview:
    """What `review record` changes: values to set on the item and its new history entry."""

    kind: Literal["policy", "account"]
    key: str
    title: str
    on: dt.date
    changes: dict[str, Any]
    history: dict[str, Any]
    next_due: PolicyDate | None


def _before(on: dt.date, last: PolicyDate) -> bool:
    """Whether `on` is certainly before `last` ("2025-12-05" is not before "December 2025")."""
    if last.day is None:
        return (on.year, on.month) < (last.year, last.month)
    return on < last.latest()


def _check_on(on: dt.date, last: PolicyDate | None, today: dt.date, what: str) -> None:
    if on > today:
        raise InputError(f"--on {on.isoformat()} is in the future: record a review once it is done")
    if last is not None and _before(on, last):
        raise InputError(
            f"--on {on.isoformat()} is before the last recorded {what} ({last.human()}): "
            "reviews are recorded in order"
        )


def _history(on: dt.date, by: str | None, version: str | None, note: str | None) -> dict[str, Any]:
    entry = {"on": on, "action": "review", "by": by, "version": version, "note": note}
    return {key: value for key, value in entry.items() if value is not None}


def next_policy_review(policy: "Policy", on: dt.date) -> PolicyDate | None:
    """The next review after one done on `on`: max(on, current due) + interval; see the docstring."""
    if policy.review_every is None:
        return None
    current = policy_due(policy).date
    start = PolicyDate.from_date(on)
    if current is not None and current.latest() > on:
        start = current  # done early: the remaining time is kept
    return advance(start, policy.review_every)


def plan_policy_review(
    policy: "Policy",
    on: dt.date,
    today: dt.date,
    by: str | None = None,
    version: str | None = None,
    note: str | None = None,
    next_review: PolicyDate | None = None,
) -> RecordedReview:
    _check_on(on, policy.last_reviewed, today, "review")
    if next_review is not None and next_review.latest() <= on:
        raise InputError(f"--next {next_review} must be after the review date {on.isoformat()}")
    following = next_review or next_policy_review(policy, on)
    changes: dict[str, Any] = {"last_reviewed": on}
    if following is not None:
        changes["next_review"] = following
    if version is not None:
        changes["version"] = version
    return RecordedReview("policy", policy.id, policy.title, on, changes, _history(on, by, version, note), following or policy.next_review)


def plan_access_review(
    account: "Account",
    on: dt.date,
    today: dt.date,
    settings: Any,
    by: str | None = None,
    note: str | None = None,
) -> RecordedReview:
    if account.status not in ("active", "dormant"):
        raise InputError(f"{account_key(account)} is {account.status}: only active and dormant accounts are reviewed")
    _check_on(on, account.last_access_review, today, "access review")
    recorded = account.model_copy(update={"last_access_review": PolicyDate.from_date(on)})
    if account.status == "active":
        next_due = access_due(recorded, settings.access_review_every).date
    else:
        next_due = dormant_due(recorded, settings.dormant_decision_after).date
    changes = {"last_access_review": on}
    return RecordedReview("account", account_key(account), account.name, on, changes, _history(on, by, None, note), next_due)


def toml_value(value: Any, like: Any = None) -> Any:
    """A date as the register writes it: "YYYY-MM" for a month; a day as a TOML date, or as
    "YYYY-MM-DD" text where the value it replaces was text, so the file keeps its own style."""
    if isinstance(value, PolicyDate):
        if value.day is None:
            return str(value)
        value = value.latest()
    if isinstance(value, dt.date) and isinstance(like, str):
        return value.isoformat()
    return value


def _normal(key: str) -> str:
    return key.strip().lower().lstrip("@").replace(":@", ":")


def find_item(register: "Register", key: str) -> tuple[str, int]:
    """("policies" | "accounts", index) of the item `key` names: a policy id, or an account's
    handle, name, platform:handle or platform:name. Unknown or ambiguous keys are input errors."""
    wanted = _normal(key)
    found = [("policies", i) for i, p in enumerate(register.policies) if p.id.lower() == wanted]
    for index, account in enumerate(register.accounts):
        names = {account.handle or "", account.name, account_key(account), f"{account.platform}:{account.name}"}
        if wanted in {_normal(name) for name in names if name}:
            found.append(("accounts", index))
    if len(found) == 1:
        return found[0]
    if found:
        keys = ", ".join(_item_key(register, table, i) for table, i in found)
        raise InputError(f"{key!r} matches {len(found)} items ({keys}); name one exactly, e.g. platform:handle")
    raise InputError(f"no policy or account {key!r} in the register{_suggest(register, key)}")


def _item_key(register: "Register", table: str, index: int) -> str:
    if table == "policies":
        return f"policy {register.policies[index].id}"
    return account_key(register.accounts[index])


def _suggest(register: "Register", key: str) -> str:
    import difflib

    choices = [p.id for p in register.policies] + [account_key(a) for a in register.accounts]
    close = difflib.get_close_matches(key, choices, n=3, cutoff=0.5)
    return f" (did you mean {', '.join(close)}?)" if close else f" (known: {', '.join(choices) or 'none'})"


def record(
    doc: Any,
    key: str,
    on: dt.date,
    today: dt.date,
    by: str | None = None,
    version: str | None = None,
    note: str | None = None,
    next_review: PolicyDate | None = None,
) -> RecordedReview:
    """Record a review in a register's tomlkit document (a `store.edit` change): set the dates,
    append to the item's history. Untouched keys and comments are left as they were."""
    from smpolicy import store

    register = _validated(doc)
    table_name, index = find_item(register, key)
    if table_name == "policies":
        plan = plan_policy_review(register.policies[index], on, today, by, version, note, next_review)
    else:
        for flag, value in (("--version", version), ("--next", next_review)):
            if value is not None:
                raise InputError(f"{flag} applies to policies, not accounts")
        plan = plan_access_review(register.accounts[index], on, today, register.review, by, note)
    table = doc[table_name][index]
    for name, value in plan.changes.items():
        table[name] = toml_value(value, like=table.get(name))
    store.append_history(table, plan.history)
    return plan


def _validated(doc: Any) -> "Register":
    from pydantic import ValidationError

    from smpolicy.models import Register

    try:
        return Register.model_validate(doc.unwrap())
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        raise InputError(f"register is not valid ({where}: {first.get('msg')}); run 'smpolicy register check'") from None
