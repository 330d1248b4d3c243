"""`smpolicy register ...` through the command line: every command and format, exit codes, edits."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smpolicy.cli import app
from smpolicy.registers import bundled_path

HSSIB = bundled_path("hssib")
CLEAN = """schema_version = 1

[organisation]
name = "Example NHS Trust"

# Our only account.
[[accounts]]
platform = "x"
handle = "@ExampleNHS"
name = "Example on X"
admins = ["Communications Team", "Digital Manager"]
mfa = "yes"
credentials_held_by = "Communications Team"
last_access_review = "2026-03-01"
"""


@pytest.fixture(autouse=True)
def quiet_folder(tmp_path, monkeypatch):
    """Run from an empty folder with no environment override, so the default is the bundled one."""
    monkeypatch.chdir(tmp_path)


def run(*args: str, input: str | None = None, env: dict | None = None):
    return CliRunner().invoke(
        app, ["register", *args], input=input, env={"NO_COLOR": "1", "SMPOLICY_REGISTER": "", **(env or {})}
    )


@pytest.fixture
def reg(tmp_path: Path) -> Path:
    path = tmp_path / "register.toml"
    path.write_bytes(HSSIB.read_bytes())
    return path


def accounts(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text())["accounts"]


# --- list ----------------------------------------------------------------------------------------


def test_list_table():
    result = run("list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Accounts of Health Services Safety Investigations Body"
    assert lines[1].split()[:4] == ["platform", "handle", "name", "status"]
    assert len(lines) == 2 + 5
    assert any(line.startswith("x ") and "dormant" in line for line in lines)


def test_list_json_is_the_register_accounts():
    result = run("list", "--format", "json", "--register", "hee")
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["organisation"] == "Health Education England"
    assert data["register_path"] == str(bundled_path("hee"))
    assert [a["handle"] for a in data["accounts"]] == ["@NHS_HealthEdEng"]


def test_list_csv_filtered_by_status():
    result = run("list", "--format", "csv", "--status", "dormant")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:4] == ["platform", "handle", "name", "status"]
    assert [row[:4] for row in rows[1:]] == [["x", "@theHSSIB", "HSSIB on X (formerly Twitter)", "dormant"]]


def test_list_markdown_filtered_by_platform():
    result = run("list", "-f", "markdown", "--platform", "youtube")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| platform | handle | name |")
    assert lines[1].startswith("|---|")
    assert lines[2].startswith("| youtube | @theHSSIB | HSSIB on YouTube | active |")
    assert len(lines) == 3


def test_list_with_no_match_says_so():
    result = run("list", "--platform", "tiktok")
    assert result.exit_code == 0
    assert "nothing to list" in result.stdout


def test_list_rejects_an_unknown_platform():
    result = run("list", "--platform", "myspace")
    assert result.exit_code == 2


def test_list_of_an_empty_register_in_json():
    result = run("list", "-r", "tavistock-portman", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["accounts"] == []


# --- admins --------------------------------------------------------------------------------------


def test_admins_follows_the_hssib_appendix():
    result = run("admins", "-f", "json")
    entries = json.loads(result.stdout)["admins"]
    assert [(e["platform"], e["account"]) for e in entries] == [
        ("x", "HSSIB on X (formerly Twitter)"),
        ("bluesky", "HSSIB on Bluesky"),
        ("linkedin", "HSSIB on LinkedIn"),
        ("youtube", "HSSIB on YouTube"),
        ("smartsurvey", "HSSIB SmartSurvey"),
    ]
    linkedin = entries[2]
    assert linkedin["admins"] == [
        "Communications and Engagement Team",
        "Publications Manager",
        "Business Manager to CEO and Chair",
        "Project Manager",
    ]


def test_admins_of_one_platform_as_a_table():
    result = run("admins", "smartsurvey")
    assert result.exit_code == 0
    assert "HSSIB SmartSurvey" in result.stdout and "HR and OD Business Partner" in result.stdout
    assert "LinkedIn" not in result.stdout


def test_admins_leaves_closed_accounts_out(reg):
    text = reg.read_text().replace('status = "dormant"', 'status = "closed"')
    reg.write_text(text)
    result = run("admins", "-r", str(reg), "-f", "csv")
    assert "HSSIB on X" not in result.stdout
    assert "HSSIB on YouTube" in result.stdout


def test_admins_markdown_says_when_none_are_listed():
    result = run("admins", "-r", "hra", "-f", "markdown")
    assert "(none listed)" in result.stdout


# --- show ----------------------------------------------------------------------------------------


def test_show_one_account():
    result = run("show", "hssib.bsky.social")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "bluesky:@hssib.bsky.social"
    assert "owner_team  Communications and Engagement Team" in result.stdout


def test_show_an_ambiguous_handle_shows_both():
    result = run("show", "@theHSSIB")
    assert result.exit_code == 0
    assert "@theHSSIB matches 2 accounts." in result.stdout
    assert "youtube:@theHSSIB" in result.stdout and "x:@theHSSIB" in result.stdout
    assert "stop posting updates on X" in result.stdout


def test_show_platform_handle_picks_one():
    data = json.loads(run("show", "x:@theHSSIB", "-f", "json").stdout)
    assert [a["platform"] for a in data["accounts"]] == ["x"]
    assert data["accounts"][0]["status_since"] == "2024-11"


def test_show_by_name():
    data = json.loads(run("show", "hssib on linkedin", "--format", "json").stdout)
    assert data["accounts"][0]["platform"] == "linkedin"


def test_show_unknown_gives_close_matches_and_exit_2():
    result = run("show", "@theHSIB")
    assert result.exit_code == 2
    assert "no account '@theHSIB'" in result.stderr
    assert "did you mean youtube:@theHSSIB, x:@theHSSIB?" in result.stderr


def test_show_unknown_with_nothing_close_lists_the_accounts():
    result = run("show", "zzz", "-r", "hee")
    assert result.exit_code == 2
    assert "accounts: x:@NHS_HealthEdEng" in result.stderr


def test_show_prints_history(reg):
    assert run("set-status", "x:@theHSSIB", "closed", "--reason", "Deleted", "--since", "2026-11-01", "-r", str(reg)).exit_code == 0
    result = run("show", "x:@theHSSIB", "-r", str(reg))
    assert "history 2024-11     status: dormant: In November 2024" in result.stdout
    assert "history 2026-11-01  status: dormant -> closed: Deleted" in result.stdout


# --- path ----------------------------------------------------------------------------------------


def test_path_default():
    result = run("path")
    assert result.stdout.strip() == f"{HSSIB} (bundled default 'hssib')"


def test_path_from_the_environment(reg):
    result = run("path", "--format", "json", env={"SMPOLICY_REGISTER": str(reg)})
    assert json.loads(result.stdout) == {
        "schema_version": 1,
        "path": str(reg),
        "source": "environment",
        "detail": "$SMPOLICY_REGISTER",
        "bundled": False,
    }


def test_path_from_a_config_file(tmp_path, reg):
    (tmp_path / "smpolicy.toml").write_text('register = "register.toml"\n')
    result = run("path")
    assert result.stdout.strip() == f"{reg} (set in {tmp_path / 'smpolicy.toml'})"


def test_path_unknown_register_exit_2():
    result = run("path", "-r", "nowhere")
    assert result.exit_code == 2
    assert result.stderr.startswith("smpolicy: error: ")


# --- check ---------------------------------------------------------------------------------------


def test_check_bundled_default_reports_findings():
    result = run("check", "--as-of", "2026-11-21")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{HSSIB}:73: bluesky:@hssib.bsky.social: MFA status unknown; record whether two-step verification is on" in lines
    assert all(line.startswith(f"{HSSIB}:") for line in lines)


def test_check_a_clean_register_exit_0(tmp_path):
    (tmp_path / "clean.toml").write_text(CLEAN)
    result = run("check", "clean.toml", "--as-of", "2026-11-21")
    assert result.exit_code == 0, result.output
    assert "no problems found" in result.stdout


def test_check_reports_an_overdue_review_by_date(tmp_path):
    (tmp_path / "clean.toml").write_text(CLEAN)
    result = run("check", "clean.toml", "--as-of", "2027-03-02")
    assert result.exit_code == 1
    assert result.stdout.startswith("clean.toml:14: x:@ExampleNHS: access review overdue")


def test_check_several_files_as_pre_commit_passes_them(tmp_path):
    (tmp_path / "clean.toml").write_text(CLEAN)
    (tmp_path / "weak.toml").write_text(CLEAN.replace('mfa = "yes"', 'mfa = "no"'))
    result = run("check", "clean.toml", "weak.toml", "--as-of", "2026-11-21")
    assert result.exit_code == 1
    assert result.stdout == "weak.toml:12: x:@ExampleNHS: MFA is off; turn on two-step verification\n"


def test_check_malformed_toml_gives_file_line_col_and_exit_2(tmp_path):
    (tmp_path / "clean.toml").write_text(CLEAN)
    (tmp_path / "broken.toml").write_text(CLEAN.replace('mfa = "yes"', 'mfa = "yes'))
    result = run("check", "broken.toml", "clean.toml", "--as-of", "2026-11-21")
    assert result.exit_code == 2
    assert result.stderr.startswith("smpolicy: error: broken.toml:12:11:")
    assert "TOML syntax error" in result.stderr
    assert "Traceback" not in result.output


def test_check_an_invalid_value_exit_2(tmp_path):
    (tmp_path / "bad.toml").write_text(CLEAN.replace('mfa = "yes"', 'mfa = "maybe"'))
    result = run("check", "bad.toml")
    assert result.exit_code == 2
    assert "bad.toml:12: accounts[0].mfa" in result.stderr


def test_check_duplicate_handles_exit_1(tmp_path):
    second = CLEAN.split("# Our only account.\n")[1].replace('name = "Example on X"', 'name = "Again"')
    (tmp_path / "dup.toml").write_text(CLEAN + "\n" + second)
    result = run("check", "dup.toml", "--as-of", "2026-11-21")
    assert result.exit_code == 1
    assert "dup.toml:18: x:@ExampleNHS: handle @ExampleNHS on x is already used by 'Example on X' (line 9)" in result.stdout


def test_check_json(tmp_path):
    (tmp_path / "weak.toml").write_text(CLEAN.replace('mfa = "yes"', 'mfa = "no"'))
    result = run("check", "weak.toml", "--as-of", "2026-11-21", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-11-21" and data["files"] == ["weak.toml"] and data["errors"] == []
    assert data["findings"] == [
        {
            "path": "weak.toml",
            "line": 12,
            "account": "x:@ExampleNHS",
            "platform": "x",
            "check": "mfa",
            "message": "MFA is off; turn on two-step verification",
        }
    ]


def test_check_json_lists_unreadable_files_as_errors(tmp_path):
    result = run("check", "missing.toml", "-f", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["errors"] == ["missing.toml: no such file"]


def test_check_a_folder_of_registers(tmp_path):
    folder = tmp_path / "registers"
    folder.mkdir()
    (folder / "a.toml").write_text(CLEAN)
    (folder / "b.toml").write_text(CLEAN.replace('mfa = "yes"', 'mfa = "unknown"'))
    result = run("check", "-r", str(folder), "--as-of", "2026-11-21")
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [str(folder / "b.toml")]


def test_check_bad_as_of_exit_2():
    result = run("check", "--as-of", "21/11/2026")
    assert result.exit_code == 2
    assert "--as-of: '21/11/2026' is not a date" in result.stderr


def test_check_refuses_a_secret_without_echoing_it(tmp_path):
    (tmp_path / "leak.toml").write_text(CLEAN + 'notes = "recovery codes: abcd-efgh ijkl-mnop qrst-uvwx wxyz-abcd"\n')
    result = run("check", "leak.toml")
    assert result.exit_code == 2
    assert "never hold secrets" in result.stderr and "abcd-efgh" not in result.output


# --- add -----------------------------------------------------------------------------------------


def test_add_writes_the_account_and_keeps_the_file(reg):
    before = reg.read_text()
    result = run(
        "add", "-r", str(reg), "--platform", "instagram", "--name", "HSSIB on Instagram", "--handle", "@hssib",
        "--type", "Social media", "--admin", "Communications and Engagement Team", "--admin", "Digital Communications Manager",
        "--owner-team", "Communications and Engagement Team", "--mfa", "yes",
        "--credentials-held-by", "Communications and Engagement Team", "--vault-entry", "Social / Instagram",
        "--business-case", "proposals/2026-11-01-instagram.md", "--last-access-review", "2026-11-01",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "added instagram:@hssib\n"
    after = reg.read_text()
    assert after.startswith(before.partition("[lint]")[0].rstrip("\n"))
    new = accounts(reg)[-1]
    assert new == {
        "platform": "instagram",
        "type": "Social media",
        "handle": "@hssib",
        "name": "HSSIB on Instagram",
        "status": "active",
        "admins": ["Communications and Engagement Team", "Digital Communications Manager"],
        "owner_team": "Communications and Engagement Team",
        "mfa": "yes",
        "credentials_held_by": "Communications and Engagement Team",
        "vault_entry": "Social / Instagram",
        "last_access_review": "2026-11-01",
        "business_case": "proposals/2026-11-01-instagram.md",
    }
    assert run("check", str(reg), "--as-of", "2026-11-21").stdout.count("instagram:@hssib") == 0


def test_add_month_date_is_normalised(reg):
    result = run("add", "-r", str(reg), "--platform", "other", "--name", "Blog", "--last-access-review", "March 2026")
    assert result.exit_code == 0, result.output
    assert accounts(reg)[-1]["last_access_review"] == "2026-03"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--platform", "x", "--name", "Again", "--handle", "@THEHSSIB"], "x already has an account with handle @THEHSSIB"),
        (["--platform", "linkedin", "--name", "hssib on linkedin"], "linkedin already has an account named"),
        (["--platform", "x", "--name", "N", "--last-access-review", "last week"], "--last-access-review: 'last week' is not a date"),
        (["--platform", "x", "--name", "  "], "--name: a value is empty"),
    ],
)
def test_add_refusals_write_nothing(reg, args, message):
    before = reg.read_bytes()
    result = run("add", "-r", str(reg), *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert reg.read_bytes() == before


def test_add_refuses_a_secret_and_never_echoes_it(reg):
    before = reg.read_bytes()
    secret = "xoxb-1234567890-abcdefghij"
    result = run("add", "-r", str(reg), "--platform", "x", "--name", "N", "--vault-entry", secret)
    assert result.exit_code == 2
    assert "--vault-entry: looks like an access token or key; a register must never hold secrets" in result.stderr
    assert secret not in result.output
    assert reg.read_bytes() == before


def test_add_needs_platform_and_name(reg):
    result = run("add", "-r", str(reg), "--name", "N")
    assert result.exit_code == 2
    assert "--platform" in result.stderr


def test_add_refuses_the_bundled_register():
    result = run("add", "--platform", "x", "--name", "N")
    assert result.exit_code == 2
    assert "bundled registers are read-only" in result.stderr
    assert "N" not in [a["name"] for a in tomllib.loads(HSSIB.read_text())["accounts"]]


# --- update --------------------------------------------------------------------------------------


def test_update_fields_in_place(reg):
    result = run("update", "-r", str(reg), "HSSIB on LinkedIn", "--mfa", "yes", "--handle", "@hssib-linkedin", "--notes", "Checked")
    assert result.exit_code == 0, result.output
    assert result.stdout == "updated linkedin:@hssib-linkedin\n"
    linkedin = accounts(reg)[1]
    assert (linkedin["mfa"], linkedin["handle"], linkedin["notes"]) == ("yes", "@hssib-linkedin", "Checked")
    assert "# Appendix 1 gives no LinkedIn handle." in reg.read_text()


def test_update_adds_and_removes_admins_keeping_one_per_line(reg):
    result = run("update", "-r", str(reg), "linkedin:HSSIB on LinkedIn", "--remove-admin", "project manager", "--add-admin", "Head of Communications")
    assert result.exit_code == 0, result.output
    assert accounts(reg)[1]["admins"] == [
        "Communications and Engagement Team",
        "Publications Manager",
        "Business Manager to CEO and Chair",
        "Head of Communications",
    ]
    assert '  "Head of Communications",\n]' in reg.read_text()


def test_update_replaces_admins(reg):
    assert run("update", "-r", str(reg), "hssib.bsky.social", "--admin", "A", "--admin", "B").exit_code == 0
    assert accounts(reg)[0]["admins"] == ["A", "B"]


def test_update_clear_removes_a_field(reg):
    assert run("update", "-r", str(reg), "youtube:@theHSSIB", "--clear", "handle").exit_code == 0
    assert "handle" not in accounts(reg)[2]


@pytest.mark.parametrize(
    "args, message",
    [
        (["@theHSSIB", "--mfa", "yes"], "matches 2 accounts (youtube:@theHSSIB, x:@theHSSIB); name one as platform:handle"),
        (["x:@theHSSIB"], "nothing to update"),
        (["x:@theHSSIB", "--clear", "name"], "cannot clear name"),
        (["x:@theHSSIB", "--clear", "status"], "cannot update status (use set-status"),
        (["x:@theHSSIB", "--remove-admin", "Nobody"], "Nobody is not an admin of x:@theHSSIB"),
        (["youtube:@theHSSIB", "--platform", "x"], "x already has an account with handle @theHSSIB"),
        (["@nobody", "--mfa", "yes"], "no account '@nobody'"),
        (["x:@theHSSIB", "--notes", "our password is hunter2!"], "--notes: looks like a password"),
    ],
)
def test_update_refusals_write_nothing(reg, args, message):
    before = reg.read_bytes()
    result = run("update", "-r", str(reg), *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "hunter2" not in result.output
    assert reg.read_bytes() == before


# --- set-status ----------------------------------------------------------------------------------


def test_set_status_records_history(reg):
    result = run(
        "set-status", "-r", str(reg), "x:@theHSSIB", "closed",
        "--reason", "Account deleted after Board decision", "--since", "2026-11-01", "--by", "Head of Communications",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "x:@theHSSIB is now closed\n"
    x = accounts(reg)[4]
    assert (x["status"], x["status_since"], x["status_reason"]) == ("closed", "2026-11-01", "Account deleted after Board decision")
    assert x["history"][0]["on"] == "2024-11"  # the status it replaced, kept with its reason
    assert x["history"][0]["note"].startswith("dormant: In November 2024, following discussion and approval by the HSSIB Board")
    assert x["history"][1:] == [
        {
            "on": "2026-11-01",
            "action": "status",
            "by": "Head of Communications",
            "note": "dormant -> closed: Account deleted after Board decision",
        }
    ]


def test_set_status_since_defaults_to_today(reg):
    assert run("set-status", "-r", str(reg), "hssib.bsky.social", "dormant", "--reason", "Paused").exit_code == 0
    assert accounts(reg)[0]["status_since"] == dt.date.today().isoformat()


def test_set_status_needs_a_reason(reg):
    result = run("set-status", "-r", str(reg), "x:@theHSSIB", "closed")
    assert result.exit_code == 2
    assert "--reason" in result.stderr


def test_set_status_rejects_an_unknown_status(reg):
    assert run("set-status", "-r", str(reg), "x:@theHSSIB", "asleep", "--reason", "r").exit_code == 2


# --- remove --------------------------------------------------------------------------------------


def test_remove_with_yes(reg):
    result = run("remove", "-r", str(reg), "HSSIB SmartSurvey", "--yes")
    assert result.exit_code == 0, result.output
    assert [a["platform"] for a in accounts(reg)] == ["bluesky", "linkedin", "youtube", "x"]


def test_remove_asks_first(reg):
    result = run("remove", "-r", str(reg), "HSSIB SmartSurvey", input="y\n")
    assert result.exit_code == 0
    assert "Remove smartsurvey:HSSIB SmartSurvey" in result.stdout
    assert len(accounts(reg)) == 4


def test_remove_declined_changes_nothing(reg):
    before = reg.read_bytes()
    result = run("remove", "-r", str(reg), "HSSIB SmartSurvey", input="n\n")
    assert result.exit_code == 1
    assert "nothing removed" in result.stdout
    assert reg.read_bytes() == before


def test_remove_an_ambiguous_handle_is_refused(reg):
    before = reg.read_bytes()
    result = run("remove", "-r", str(reg), "@theHSSIB", "--yes")
    assert result.exit_code == 2
    assert "matches 2 accounts" in result.stderr
    assert reg.read_bytes() == before


def test_help_lists_every_command():
    result = run("--help")
    for command in ("list", "admins", "show", "path", "check", "add", "update", "set-status", "remove"):
        assert f"  {command} " in result.stdout
