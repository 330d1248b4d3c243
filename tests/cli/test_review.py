"""`smpolicy review due` and `smpolicy review record` through the command line."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import icalendar
import jsonschema
import pytest
from typer.testing import CliRunner

from smpolicy.cli import app
from smpolicy.registers import bundled_path
from smpolicy.reviews import ReviewReport

AS_OF = "2026-11-21"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, ["review", *args], env={"NO_COLOR": "1", "SMPOLICY_REGISTER": "", **(env or {})})


def due_json(*args: str) -> dict:
    result = run("due", "--as-of", AS_OF, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def by_key(report: dict) -> dict[str, dict]:
    return {item["key"]: item for item in report["items"]}


# --- the five facts from the seeds ------------------------------------------------------------


def test_bnssg_policy_ref_28_is_overdue_since_september_2024():
    item = by_key(due_json("-r", "bnssg-icb"))["BNSSG-28"]
    assert (item["state"], item["due"], item["due_as_written"]) == ("overdue", "2024-09-30", "September 2024")
    assert item["message"] == "policy review overdue by 2 years 1 month"


def test_tavistock_and_portman_policy_is_overdue_since_october_2023():
    item = by_key(due_json("-r", "tavistock-portman"))["TAVIPORT-SMP"]
    assert (item["state"], item["due"]) == ("overdue", "2023-10-31")


def test_hee_policy_reviewed_annually_from_5_june_2017_is_overdue():
    item = by_key(due_json("-r", "hee"))["HEE-SMP"]
    assert (item["state"], item["due"]) == ("overdue", "2018-06-05")
    assert "reviewed every 1 year" in item["basis"]


def test_hssib005_due_december_2026_is_due_within_90_days_not_overdue():
    item = by_key(due_json("-r", "hssib"))["HSSIB005"]
    assert (item["state"], item["due"], item["days_left"]) == ("due", "2026-12-31", 40)


def test_hra_policy_has_no_review_date_recorded():
    item = by_key(due_json("-r", "hra"))["HRA-SMP"]
    assert (item["state"], item["due"], item["message"]) == ("missing", None, "no review date recorded")


def test_all_registers_reports_the_five_policies_together():
    report = due_json("--all-registers")
    policies = {i["key"]: i["state"] for i in report["items"] if i["kind"] == "policy-review"}
    assert policies == {
        "BNSSG-28": "overdue",
        "TAVIPORT-SMP": "overdue",
        "HEE-SMP": "overdue",
        "HSSIB005": "due",
        "HRA-SMP": "missing",
    }
    assert sorted(report["registers"]) == ["bnssg-icb", "hee", "hra", "hssib", "tavistock-portman"]


def test_hssib_dormant_x_account_is_due_a_decision():
    item = by_key(due_json("-r", "hssib"))["x:@theHSSIB"]
    assert (item["kind"], item["state"], item["due"]) == ("dormant-decision", "overdue", "2025-11-30")


# --- formats ----------------------------------------------------------------------------------


def test_json_matches_the_model_schema():
    report = due_json("--all-registers")
    jsonschema.validate(report, ReviewReport.model_json_schema(mode="serialization"))
    assert report["schema_version"] == 1
    assert report["counts"] == {s: sum(i["state"] == s for i in report["items"]) for s in ("overdue", "missing", "due")}
    dates = [i["due"] or AS_OF for i in report["items"]]
    assert dates == sorted(dates)  # soonest first, an item with no date counting as due now


def test_table_is_grouped_by_owner_soonest_first():
    result = run("due", "--as-of", AS_OF, "-r", "hssib")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Reviews overdue or due by 19 February 2027 (as of 21 November 2026, within 90 days)"
    comms = lines.index("Communications and Engagement Team (Health Services Safety Investigations Body)")
    policy = lines.index("Policy, Strategy and Engagement (Health Services Safety Investigations Body)")
    assert comms < policy  # the group with an overdue item comes first
    assert lines[comms + 2].startswith("OVERDUE  November 2025  Dormant account: HSSIB on X")
    assert "due    December 2026  Policy: Social Media Policy (HSSIB005)" in lines[policy + 2]
    assert lines[-1] == "1 overdue, 4 with no date recorded, 1 due."


def test_markdown_has_a_table_per_owner():
    result = run("due", "--as-of", AS_OF, "-r", "hra", "--format", "markdown")
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("# Reviews overdue or due by 19 February 2027")
    assert "## Director for Policy and Partnerships (Health Research Authority)\n\n| State | Due | Review | Details |\n|---|---|---|---|\n" in text
    assert "| NO DATE | not recorded | Policy: Social media policy (HRA-SMP) | no review date recorded |" in text


def parse_calendar(*args: str, as_of: str = AS_OF):
    result = run("due", "--as-of", as_of, "--format", "ics", *args)
    assert result.exit_code == 0, result.output
    return icalendar.Calendar.from_ical(result.stdout_bytes)


def test_ics_parses_back_with_one_event_per_item():
    calendar = parse_calendar("--all-registers")
    events = list(calendar.walk("VEVENT"))
    report = due_json("--all-registers")
    assert len(events) == len(report["items"])
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert all(str(e["UID"]).endswith("@smpolicy") for e in events)
    hssib = next(e for e in events if "(HSSIB005)" in str(e["SUMMARY"]))
    assert hssib.decoded("DTSTART") == dt.date(2026, 12, 31)
    assert hssib.decoded("DTEND") == dt.date(2027, 1, 1)
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in hssib.walk("VALARM"))
    assert triggers == [dt.timedelta(days=-30), dt.timedelta(days=-14), dt.timedelta(days=-7)]


def test_ics_places_overdue_and_undated_items_on_the_as_of_date():
    events = list(parse_calendar("-r", "bnssg-icb").walk("VEVENT"))
    policy = next(e for e in events if "(BNSSG-28)" in str(e["SUMMARY"]))
    assert str(policy["SUMMARY"]).startswith("OVERDUE Policy review")
    assert policy.decoded("DTSTART") == dt.date(2026, 11, 21)
    assert [a.decoded("TRIGGER") for a in policy.walk("VALARM")] == [dt.timedelta(hours=9)]
    undated = [e for e in events if str(e["SUMMARY"]).startswith("NO DATE")]
    assert undated and all(e.decoded("DTSTART") == dt.date(2026, 11, 21) for e in undated)


def test_ics_uids_are_stable_across_runs_and_as_of_dates():
    def uids(as_of):
        return {str(e["SUMMARY"]).split(": ", 1)[1]: str(e["UID"]) for e in parse_calendar("-r", "hssib", as_of=as_of).walk("VEVENT")}

    first, later = uids(AS_OF), uids("2026-12-01")
    assert first == uids(AS_OF)
    shared = set(first) & set(later)
    assert shared and all(first[key] == later[key] for key in shared)


# --- exit codes -------------------------------------------------------------------------------

QUIET = """\
schema_version = 1
[organisation]
name = "Quiet Trust"
[[policies]]
id = "Q1"
title = "Social media policy"
next_review = "2030-01"
"""


@pytest.mark.parametrize(
    "register, fail_on, code",
    [
        ("hssib", "never", 0),
        ("hssib", "overdue", 1),
        ("hssib", "due", 1),
        ("hra", "overdue", 1),  # no review date recorded counts as overdue
        ("quiet", "due", 0),
        ("quiet", "overdue", 0),
    ],
)
def test_fail_on(tmp_path, register, fail_on, code):
    if register == "quiet":
        register = str(tmp_path / "quiet.toml")
        Path(register).write_text(QUIET, encoding="utf-8")
    result = run("due", "--as-of", AS_OF, "-r", register, "--fail-on", fail_on)
    assert result.exit_code == code, result.output


def test_nothing_due_says_so(tmp_path):
    path = tmp_path / "quiet.toml"
    path.write_text(QUIET, encoding="utf-8")
    result = run("due", "--as-of", AS_OF, "-r", str(path))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "Nothing is overdue or due."
    assert run("due", "--as-of", "2029-12-01", "-r", str(path), "--fail-on", "due").exit_code == 1


def test_within_widens_the_window(tmp_path):
    path = tmp_path / "quiet.toml"
    path.write_text(QUIET, encoding="utf-8")
    assert by_key(due_json("-r", str(path))) == {}
    assert by_key(due_json("-r", str(path), "--within", "4y"))["Q1"]["state"] == "due"


def test_all_registers_reads_a_folder(tmp_path):
    shutil.copy(bundled_path("hee"), tmp_path / "hee.toml")
    (tmp_path / "quiet.toml").write_text(QUIET, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a register", encoding="utf-8")
    report = due_json("--all-registers", "-r", str(tmp_path))
    assert [Path(name).name for name in report["registers"]] == ["hee.toml", "quiet.toml"]
    assert "HEE-SMP" in by_key(report)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--within", "soon"], "--within: 'soon' is not an interval"),
        (["--as-of", "2026-11"], "--as-of needs a day"),
        (["--as-of", "21/11/2026"], "--as-of: '21/11/2026' is not a date"),
        (["-r", "no-such-register"], "neither a file nor a bundled register"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, message):
    result = run("due", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("smpolicy: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_a_folder_needs_all_registers(tmp_path):
    result = run("due", "-r", str(tmp_path))
    assert result.exit_code == 2 and "add --all-registers" in result.stderr
    empty = run("due", "--all-registers", "-r", str(tmp_path))
    assert empty.exit_code == 2 and "no .toml registers" in empty.stderr


def test_an_invalid_register_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(QUIET.replace('next_review = "2030-01"', 'next_reveiw = "2030-01"'), encoding="utf-8")
    result = run("due", "-r", str(path))
    assert result.exit_code == 2
    assert f"{path}:7: " in result.stderr and "did you mean 'next_review'" in result.stderr


# --- review record ----------------------------------------------------------------------------

REGISTER = """\
# Our register: kept by the comms team.
schema_version = 1

[organisation]
name = "Example Trust"

[[policies]]
id = "EX-1"
title = "Social media policy"
version = "1.0"
owner = "Head of Comms"
last_reviewed = "2020-06-01"  # the board meeting
# The policy says: "next review June 2021", "reviewed every two years".
next_review = "2021-06"
review_every = "2 years"

[[accounts]]
platform = "youtube"
handle = "@example"
name = "Example on YouTube"
admins = ["Comms team", "Digital lead"]
# access checked at the last audit
last_access_review = 2020-03-01

[[accounts]]
platform = "x"
handle = "@example"
name = "Example on X"
status = "dormant"
status_since = "2020-01"
"""


@pytest.fixture
def register_file(tmp_path) -> Path:
    path = tmp_path / "register.toml"
    path.write_text(REGISTER, encoding="utf-8")
    return path


def test_record_policy_review_done_early(register_file):
    result = run(
        "record", "ex-1", "--on", "2021-05-10", "--by", "A. Reviewer", "--version", "1.1",
        "--note", "no changes needed", "-r", str(register_file),
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"Recorded a review of policy EX-1 (Social media policy) on 10 May 2021 in {register_file}; "
        "next due June 2023.\n"
    )
    text = register_file.read_text(encoding="utf-8")
    assert 'last_reviewed = "2021-05-10"  # the board meeting\n' in text
    assert '# The policy says: "next review June 2021", "reviewed every two years".\nnext_review = "2023-06"\n' in text
    assert 'version = "1.1"' in text
    assert (
        '[[policies.history]]\non = 2021-05-10\naction = "review"\nby = "A. Reviewer"\nversion = "1.1"\n'
        'note = "no changes needed"\n\n[[accounts]]' in text
    )
    assert text.startswith("# Our register: kept by the comms team.\n")
    assert text.endswith(REGISTER[REGISTER.index("[[accounts]]"):])  # untouched parts byte-for-byte


def test_record_then_due_no_longer_lists_the_policy(register_file):
    before = by_key(due_json("-r", str(register_file)))
    assert before["EX-1"]["state"] == "overdue"
    assert run("record", "EX-1", "--on", "2022-01-15", "-r", str(register_file)).exit_code == 0
    report = due_json("-r", str(register_file), "--as-of", "2022-02-01")
    assert "EX-1" not in by_key(report)


def test_record_access_review_by_platform_and_handle(register_file):
    result = run("record", "youtube:@example", "--on", "2021-03-01", "--note", "removed a leaver", "-r", str(register_file))
    assert result.exit_code == 0, result.output
    assert "access to youtube:@example (Example on YouTube) on 1 March 2021" in result.stdout
    assert "next due 1 March 2022" in result.stdout
    text = register_file.read_text(encoding="utf-8")
    assert "# access checked at the last audit\nlast_access_review = 2021-03-01\n" in text
    assert '[[accounts.history]]\non = 2021-03-01\naction = "review"\nnote = "removed a leaver"\n' in text
    assert text.count("[[accounts.history]]") == 1


def test_record_dormant_account_keeps_it_for_another_period(register_file):
    assert by_key(due_json("-r", str(register_file), "--as-of", "2021-03-01"))["x:@example"]["state"] == "overdue"
    assert run("record", "x:@example", "--on", "2021-03-01", "-r", str(register_file)).exit_code == 0
    assert "x:@example" not in by_key(due_json("-r", str(register_file), "--as-of", "2021-03-02"))


@pytest.mark.parametrize(
    "args, message",
    [
        (["@example"], "matches 2 items (youtube:@example, x:@example)"),
        (["EX-2"], "no policy or account 'EX-2' in the register (did you mean EX-1?)"),
        (["x:@example", "--version", "2"], "--version applies to policies, not accounts"),
        (["EX-1", "--on", "2020-05-01"], "before the last recorded review (1 June 2020)"),
        (["EX-1", "--on", "2999-01-01"], "is in the future"),
        (["EX-1", "--on", "2021-05"], "--on needs a day"),
        (["EX-1", "--next", "someday"], "--next: 'someday' is not a date"),
        (["EX-1", "--note", "password: hunter2hunter2"], "register not written"),
    ],
)
def test_record_refusals_leave_the_register_untouched(register_file, args, message):
    result = run("record", *args, "-r", str(register_file))
    assert result.exit_code == 2, result.output
    assert message in result.stderr, result.stderr
    assert register_file.read_text(encoding="utf-8") == REGISTER


def test_record_refuses_bundled_registers():
    before = bundled_path("hssib").read_bytes()
    result = run("record", "HSSIB005", "--on", "2026-11-01", "-r", "hssib")
    assert result.exit_code == 2 and "bundled registers are read-only" in result.stderr
    assert bundled_path("hssib").read_bytes() == before


def test_record_with_next_for_a_policy_without_interval(tmp_path):
    path = tmp_path / "hra.toml"
    shutil.copy(bundled_path("hra"), path)
    plain = run("record", "HRA-SMP", "--on", "2026-11-01", "-r", str(path))
    assert plain.exit_code == 0 and "no next review date: add review_every" in plain.stdout
    assert by_key(due_json("-r", str(path)))["HRA-SMP"]["state"] == "missing"
    dated = run("record", "HRA-SMP", "--on", "2026-11-02", "--next", "2027-11", "-r", str(path))
    assert dated.exit_code == 0 and "next due November 2027" in dated.stdout
    assert "HRA-SMP" not in by_key(due_json("-r", str(path)))
    assert path.read_text(encoding="utf-8").count("[[policies.history]]") == 2
