"""Property tests (hypothesis). The number of examples follows the profile (tests/conftest.py):
"ci" by default; `--hypothesis-profile long` for a soak run.

They extend tests/lint/test_engine.py's "lint never raises" (one register, front matter built
from known keys) with: every bundled register, front matter that is any text at all, drafts that
are any bytes at all (read, decoded, linted and rendered in every output format), and file paths
with odd characters.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from pathlib import Path

import tomli_w
from hypothesis import assume, given
from hypothesis import strategies as st

from conftest import make_context
from smpolicy import register_edit, registers, reviews, store
from smpolicy.credentials import value_secret_reason
from smpolicy.dates import Interval, PolicyDate
from smpolicy.lint.discovery import Source, check_source
from smpolicy.lint.engine import lint_text, select_rules
from smpolicy.report import LINT_FORMATS, LintRun, render_lint
from smpolicy.vocabulary import ACCOUNT_STATUSES, MFA_STATES, PLATFORMS

CONTEXTS = {name: make_context(name) for name in registers.bundled_names()}
RULESETS = {name: select_rules(context) for name, context in CONTEXTS.items()}

# --- lint never raises ------------------------------------------------------------------------

MARKUP = st.sampled_from(
    ["+++", "---", "...", "\n", "\r\n", "\r", "[", "]", "(", ")", "`", "```", "<!--", "-->", "<", ">", "#", "@",
     "http://", "www.", "\\", "*", "_", "=", '"', "'", ":", "- ", "    ", "\t", "\ufeff", "\u0130", "\u200b",
     "07700 900123", "£5 off", "NHS", "#flujab", "@theHSSIB", "<!-- smpolicy: ignore abuse -->", "publish_at = ",
     "images = [{file = 'a.png'}]", "platform: x", "1" * 30, "\x00", "\x7f", "\U0001F600"]
)
BODY = st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=40).map("".join)


@st.composite
def drafts(draw) -> str:
    """Any text, often opened by front matter that is itself any text."""
    opener = draw(st.sampled_from(["", "+++\n", "---\n"]))
    if not opener:
        return draw(BODY)
    closer = draw(st.sampled_from([opener, "", "...\n"]))
    return opener + draw(BODY) + "\n" + closer + draw(BODY)


def _check_lint(text: str, register: str) -> None:
    findings = lint_text(text, "fuzz.md", CONTEXTS[register], ruleset=RULESETS[register])
    assert findings.errors == []  # a rule that raised is a bug, even though lint carries on
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for finding in findings:
        assert 1 <= finding.line <= finding.end_line <= lines + 1
        assert finding.column >= 1 and finding.end_column >= 1


@given(text=drafts(), register=st.sampled_from(sorted(CONTEXTS)))
def test_lint_never_raises_for_any_register(text: str, register: str):
    _check_lint(text, register)


@given(raw=st.one_of(st.binary(max_size=300), drafts().map(lambda text: text.encode("utf-8", "surrogatepass"))),
       name=st.text(min_size=1, max_size=12).filter(lambda name: "\x00" not in name))
def test_any_bytes_are_read_linted_and_rendered(raw: bytes, name: str):
    """A draft arrives as bytes; whatever they are, each output format renders the result."""
    context, ruleset = CONTEXTS["hssib"], RULESETS["hssib"]
    result = check_source(Source("-"), context, ruleset, stdin=io.BytesIO(raw))
    result = result._replace(path=name)
    run = LintRun([result], ruleset.active, "0")
    for format in LINT_FORMATS:
        rendered = render_lint(run, format)
        if format in ("json", "sarif"):
            json.loads(rendered)


# --- a register survives a store write and a read ---------------------------------------------

# Text a register may hold: anything printable or not, quotes and backslashes, any script; not
# surrounded by spaces (values are stripped) and not shaped like a secret (those are refused).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=24).map(str.strip).filter(
    lambda text: bool(text) and value_secret_reason(text) is None
)
DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
INTERVALS = st.builds(lambda amount, unit: f"{amount} {unit}", st.integers(1, 36), st.sampled_from(["days", "weeks", "months", "years"]))


@st.composite
def account_fields(draw, handle: str | None) -> dict:
    fields = {
        "platform": draw(st.sampled_from(PLATFORMS)),
        "name": draw(TEXT),
        "status": draw(st.sampled_from(ACCOUNT_STATUSES)),
        "admins": draw(st.lists(TEXT, max_size=3)),
        "mfa": draw(st.sampled_from(MFA_STATES)),
    }
    if handle is not None:
        fields["handle"] = handle
    for key in ("type", "owner_team", "credentials_held_by", "vault_entry", "notes"):
        if draw(st.booleans()):
            fields[key] = draw(TEXT)
    if draw(st.booleans()):
        fields["last_access_review"] = draw(DAYS)
    return fields


@st.composite
def register_data(draw) -> dict:
    count = draw(st.integers(0, 4))
    handles = draw(st.lists(st.from_regex(r"@[A-Za-z0-9_]{1,15}", fullmatch=True), min_size=count, max_size=count,
                            unique_by=str.lower))
    data: dict = {"schema_version": 1, "organisation": {"name": draw(TEXT), "short_names": draw(st.lists(TEXT, max_size=2))}}
    ids = draw(st.lists(st.from_regex(r"[A-Z]{2,5}[0-9]{1,3}", fullmatch=True), max_size=2, unique=True))
    data["policies"] = [
        {"id": pid, "title": draw(TEXT), "next_review": draw(DAYS), "review_every": draw(INTERVALS)} for pid in ids
    ]
    data["accounts"] = [draw(account_fields(handle if draw(st.booleans()) else None)) for handle in handles]
    return data


def _comparable(register) -> dict:
    return register.model_dump(mode="json")


@given(data=register_data(), new=account_fields("@added_by_the_store"))
def test_a_register_survives_a_store_write_and_read(data: dict, new: dict):
    # Keys a handle-less account shares with a new one of the same name would be a duplicate.
    assume(all(a.get("handle") or a["name"].lower() != new["name"].lower() or a["platform"] != new["platform"]
               for a in data["accounts"]))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.toml"
        path.write_text(tomli_w.dumps(data), encoding="utf-8")
        before = registers.load(path)
        text_before = path.read_text(encoding="utf-8")

        added = {**new, "last_access_review": new.get("last_access_review") and new["last_access_review"].isoformat()}
        store.edit(path, lambda doc: register_edit.add(doc, added))
        after = registers.load(path)

        assert _comparable(after)["accounts"][:-1] == _comparable(before)["accounts"]
        assert {k: v for k, v in _comparable(after).items() if k != "accounts"} == {
            k: v for k, v in _comparable(before).items() if k != "accounts"
        }
        written = _comparable(after)["accounts"][-1]
        for key, value in new.items():
            expected = value.isoformat() if isinstance(value, dt.date) else value
            assert written[key] == expected, key

        # Removing it again gives back the same register, to the byte (but for a blank line left
        # at the very end when the file ended right after its last account).
        store.edit(path, lambda doc: register_edit.remove(doc, "@added_by_the_store"))
        assert path.read_text(encoding="utf-8").rstrip("\n") == text_before.rstrip("\n")


# --- review dates: monotonic, and a function of --as-of only -------------------------------------

POLICY_DATES = st.one_of(DAYS.map(PolicyDate.from_date), st.builds(PolicyDate, st.integers(1950, 2100), st.integers(1, 12)))
INTERVAL = st.builds(Interval, st.integers(1, 48), st.sampled_from(["days", "weeks", "months", "years"]))


@given(first=POLICY_DATES, second=POLICY_DATES, interval=INTERVAL)
def test_moving_a_date_on_is_monotonic_and_always_later(first: PolicyDate, second: PolicyDate, interval: Interval):
    early, late = sorted((first, second), key=PolicyDate.latest)
    assert reviews.advance(early, interval).latest() <= reviews.advance(late, interval).latest()
    assert reviews.advance(early, interval).latest() > early.latest()


@given(start=POLICY_DATES, amounts=st.tuples(st.integers(1, 48), st.integers(1, 48)), unit=st.sampled_from(["days", "weeks", "months", "years"]))
def test_a_longer_interval_is_never_sooner(start: PolicyDate, amounts: tuple[int, int], unit: str):
    short, long = sorted(amounts)
    assert reviews.advance(start, Interval(short, unit)).latest() <= reviews.advance(start, Interval(long, unit)).latest()


@st.composite
def review_register(draw):
    from smpolicy.models import Register

    data = draw(register_data())
    for account in data["accounts"]:
        account["status"] = draw(st.sampled_from(["active", "dormant"]))
        if account["status"] == "dormant" and draw(st.booleans()):
            account["status_since"] = draw(DAYS)
    for policy in data["policies"]:
        if draw(st.booleans()):
            del policy["next_review"]
            policy["last_reviewed"] = draw(DAYS)
    return Register.model_validate(data)


STATE_ORDER = {"later": 0, "due": 1, "overdue": 2}


@given(register=review_register(), days=st.tuples(DAYS, DAYS), within=INTERVAL)
def test_review_states_only_move_forward_with_as_of(register, days: tuple[dt.date, dt.date], within: Interval):
    early, late = sorted(days)
    before = {item.key + item.kind: item for item in reviews.schedule(register, early, within)}
    after = {item.key + item.kind: item for item in reviews.schedule(register, late, within)}
    assert before.keys() == after.keys()
    for key, item in before.items():
        later = after[key]
        assert item.due == later.due  # the due date does not depend on the day you ask
        if item.state == "missing":
            assert later.state == "missing"
            continue
        assert STATE_ORDER[item.state] <= STATE_ORDER[later.state]
        assert item.days_left - later.days_left == (late - early).days
        assert (item.state == "overdue") == (item.due < early)


@given(register=review_register(), as_of=DAYS, within=INTERVAL)
def test_the_review_report_depends_on_as_of_alone(register, as_of: dt.date, within: Interval):
    first = reviews.report([("r", register)], as_of, within)
    second = reviews.report([("r", register)], as_of, within)
    assert first == second and first.as_of == as_of
    assert all(item.due is None or item.days_left == (item.due - as_of).days for item in first.items)


@given(due=POLICY_DATES, interval=INTERVAL, days=st.tuples(DAYS, DAYS))
def test_a_later_review_never_brings_the_next_one_forward(due: PolicyDate, interval: Interval, days: tuple[dt.date, dt.date]):
    from smpolicy.models import Policy

    policy = Policy(id="P1", title="Policy", next_review=due, review_every=interval)
    early, late = sorted(days)
    first, second = reviews.next_policy_review(policy, early), reviews.next_policy_review(policy, late)
    assert first.latest() <= second.latest()
    # A review done early keeps the remaining time: never due before the current due date moves on.
    assert first.latest() >= reviews.advance(due, interval).latest()
    assert first.latest() > early
