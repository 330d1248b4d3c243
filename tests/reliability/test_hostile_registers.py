"""Malformed registers, run through every command that reads a register.

Each register below is the bundled HSSIB register with one thing broken (or a file that is not a
register at all). Every command must refuse it cleanly: exit 2, one `smpolicy: error:` line
naming the file (and the line of the mistake, where a line exists), no traceback, nothing written.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import NamedTuple

import pytest

from refusals import EXAMPLE_CASE, HSSIB_TEXT, assert_clean_refusal, run, same_files, snapshot
from smpolicy.registers import MAX_REGISTER_BYTES


class Broken(NamedTuple):
    text: str | bytes
    says: str  # a fragment the message must contain
    marker: str | None = None  # the message points at the line holding this text


def _swap(old: str, new: str, count: int = 1) -> str:
    assert old in HSSIB_TEXT, old
    return HSSIB_TEXT.replace(old, new, count)


_LINKEDIN = 'name = "HSSIB on LinkedIn"'
_X_SINCE = 'status_since = "2024-11"'

BROKEN: dict[str, Broken] = {
    "table header never closed": Broken(_swap("[organisation]", "[organisation"), "TOML syntax error", "[organisation"),
    "string never closed": Broken(_swap(_LINKEDIN, 'name = "HSSIB on LinkedIn'), "TOML syntax error", 'name = "HSSIB on LinkedIn'),
    "key given twice": Broken(_swap("schema_version = 1", "schema_version = 1\nschema_version = 1"), "TOML syntax error", None),
    "empty file": Broken("", "empty register"),
    "only comments and blank lines": Broken("# nothing here yet\n\n   \n", "empty register"),
    "schema_version 2": Broken(_swap("schema_version = 1", "schema_version = 2"), "schema_version must be 1", "schema_version = 2"),
    "schema_version as text": Broken(_swap("schema_version = 1", 'schema_version = "1"'), "schema_version must be 1", 'schema_version = "1"'),
    "no schema_version": Broken(_swap("schema_version = 1\n", ""), "missing required key 'schema_version'"),
    "no organisation": Broken(
        'schema_version = 1\n\n[[accounts]]\nplatform = "x"\nname = "X"\n', "missing required key 'organisation'"
    ),
    "misspelt account key": Broken(_swap(_LINKEDIN, _LINKEDIN + '\nhandel = "@HSSIB"'), "did you mean 'handle'", 'handel = "@HSSIB"'),
    "unknown organisation key": Broken(_swap("short_names = ", "nickname = 'H'\nshort_names = "), "unknown key 'nickname'", "nickname = 'H'"),
    "admins is a number": Broken(_swap('admins = ["Communications and Engagement Team"]', "admins = 5"), "valid list", "admins = 5"),
    "account name is a number": Broken(_swap(_LINKEDIN, "name = 7"), "valid string", "name = 7"),
    "accounts is one table": Broken(
        'schema_version = 1\n[organisation]\nname = "Example NHS Trust"\n\n[accounts]\nplatform = "x"\nname = "X"\n',
        "valid list",
        "[accounts]",
    ),
    "month 13": Broken(_swap(_X_SINCE, 'status_since = "2024-13"'), "month must be in 1..12", 'status_since = "2024-13"'),
    "date in words that is not a date": Broken(
        _swap('last_reviewed = "2025-12"', 'last_reviewed = "next year"'), "is not a date", 'last_reviewed = "next year"'
    ),
    "a time where a date belongs": Broken(_swap(_X_SINCE, "status_since = 10:00:00"), "expected a date", "status_since = 10:00:00"),
    "duplicate handle on one platform": Broken(
        _swap('platform = "youtube"', 'platform = "x"'), "already used by accounts[2]", 'handle = "@theHSSIB"\nname = "HSSIB on X'
    ),
    "duplicate policy id": Broken(
        _swap("[[accounts]]", '[[policies]]\nid = "HSSIB005"\ntitle = "Again"\n\n[[accounts]]'), "duplicate policy id"
    ),
    "unknown platform": Broken(_swap('platform = "bluesky"', 'platform = "myspace"'), "Input should be 'x'", 'platform = "myspace"'),
    "unknown status": Broken(_swap('status = "dormant"', 'status = "archived"'), "Input should be 'active'", 'status = "archived"'),
    "MFA neither yes nor no": Broken(
        _swap('owner_team = "Communications and Engagement Team"', 'owner_team = "Comms"\nmfa = "maybe"'),
        "Input should be 'yes'",
        'mfa = "maybe"',
    ),
    "unknown time zone": Broken(_swap('timezone = "Europe/London"', 'timezone = "Mars/Olympus"'), "not a known time zone", "Mars/Olympus"),
    "25 o'clock": Broken(_swap('start = "09:00"', 'start = "25:00"'), "is not a time", 'start = "25:00"'),
    "election period ends before it starts": Broken(
        _swap("pre_election_periods = []", "pre_election_periods = [{name = 'May', start = 2026-05-08, end = 2026-03-26}]"),
        "ends before it starts",
        "pre_election_periods = [{",
    ),
    "review every 0 years": Broken(_swap('review_every = "2 years"', 'review_every = "0 years"'), "is not an interval", 'review_every = "0 years"'),
    "section for an unknown category": Broken(_swap('personal-data = "§4.8', 'personnel-data = "§4.8'), "Input should be 'personal-data'", None),
    "a password field": Broken(
        _swap('owner_team = "Communications and Engagement Team"', 'password = "Tr0ub4dor&3xyz"'), "secret field name", 'password = "'
    ),
    "a 5,000-digit number": Broken(_swap("schema_version = 1", "schema_version = 1" + "0" * 5000), "cannot be read"),
    "arrays nested 3,000 deep": Broken(_swap("suppliers = []", "suppliers = " + "[" * 3000 + "]" * 3000), "nested too deeply"),
    "NUL bytes": Broken(_swap("[lint]", "[lint]\x00"), "contains NUL bytes"),
    "not UTF-8": Broken(HSSIB_TEXT.encode("utf-8").replace(b"Appendix 1", b"Appendix \xff"), "not valid UTF-8", "Appendix 1"),
    "over the size limit": Broken(HSSIB_TEXT + "#" * MAX_REGISTER_BYTES, "the limit is"),
}

# Every command that reads a register; {reg} is the register file, {draft} a clean draft.
COMMANDS: dict[str, list[str]] = {
    "lint": ["lint", "{draft}", "-r", "{reg}"],
    "register list": ["register", "list", "-r", "{reg}"],
    "register admins": ["register", "admins", "-r", "{reg}"],
    "register show": ["register", "show", "@theHSSIB", "-r", "{reg}"],
    "register check": ["register", "check", "{reg}", "--as-of", "2026-01-01"],
    "register add": ["register", "add", "-r", "{reg}", "--platform", "other", "--name", "New", "--admin", "A", "--admin", "B"],
    "register update": ["register", "update", "HSSIB on LinkedIn", "--notes", "Checked", "-r", "{reg}"],
    "register set-status": ["register", "set-status", "HSSIB on LinkedIn", "dormant", "--reason", "Paused", "-r", "{reg}"],
    "register remove": ["register", "remove", "HSSIB SmartSurvey", "--yes", "-r", "{reg}"],
    "review due": ["review", "due", "--as-of", "2026-01-01", "-r", "{reg}"],
    "review record": ["review", "record", "HSSIB005", "--on", "2026-01-01", "-r", "{reg}"],
    "channel propose": [
        "channel", "propose", "--no-input", "--team", "Education", "--platform", "linkedin", "--handle", "@HSSIBEd",
        "--owner", "Manager", "--admin", "A", "--admin", "B", "--dir", "new-proposals", "-r", "{reg}",
    ],
    "channel check": ["channel", "check", "proposals/case.md", "-r", "{reg}"],
    "channel approve": ["channel", "approve", "proposals/case.md", "--by", "Head of Communications", "-r", "{reg}"],
}


def _line_at(text: str | bytes, marker: str | None) -> int | None:
    """1-based line on which `marker` starts in `text`."""
    if marker is None:
        return None
    data = text if isinstance(text, str) else text.replace(b"\xff", b"1").decode("utf-8")
    return data[: data.index(marker)].count("\n") + 1


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content repo: a clean draft and a business case that names ../register.toml."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text("Our new report is out today.\n", encoding="utf-8")
    (tmp_path / "proposals").mkdir()
    case = EXAMPLE_CASE.read_text(encoding="utf-8").replace('register = "hssib"', 'register = "../register.toml"')
    (tmp_path / "proposals" / "case.md").write_text(case, encoding="utf-8")
    return tmp_path


def test_there_are_enough_broken_registers():
    assert len(BROKEN) >= 20


@pytest.mark.parametrize("broken", BROKEN)
def test_every_command_refuses_a_broken_register_cleanly(repo: Path, broken: str):
    case = BROKEN[broken]
    register = repo / "register.toml"
    if isinstance(case.text, bytes):
        register.write_bytes(case.text)
    else:
        register.write_text(case.text, encoding="utf-8")
    line = _line_at(case.text, case.marker)
    before = snapshot(repo)
    for command, template in COMMANDS.items():
        args = [part.replace("{reg}", str(register)).replace("{draft}", "post.md") for part in template]
        outcome = run(*args)
        if (broken, command) in FINDINGS_NOT_REFUSALS:
            assert outcome.exit_code == 1 and f"{register}:{line}:" in outcome.stdout, outcome.output
            continue
        message = assert_clean_refusal(outcome, str(register), line)
        assert case.says in message, f"{command}: {message}"
        assert same_files(before, snapshot(repo)), f"{command} changed files"


# `register check` reports duplicate handles as findings (exit 1) so a team sees them all.
FINDINGS_NOT_REFUSALS = {("duplicate handle on one platform", "register check")}


def test_a_valid_register_passes_the_same_commands(repo: Path):
    """The table above proves refusals, not that every command refuses everything."""
    register = repo / "register.toml"
    register.write_text(HSSIB_TEXT, encoding="utf-8")
    for command, template in COMMANDS.items():
        args = [part.replace("{reg}", str(register)).replace("{draft}", "post.md") for part in template]
        outcome = run(*args)
        assert outcome.exit_code in (0, 1), f"{command}: {outcome.output}"
        assert "error" not in outcome.stderr, f"{command}: {outcome.stderr}"


def test_a_register_that_is_a_device_is_read_bounded(repo: Path):
    """/dev/zero says it is 0 bytes long and never ends: read naively it eats all memory."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    outcome = run("register", "check", "/dev/zero")
    message = assert_clean_refusal(outcome, "/dev/zero")
    assert "limit" in message


def _without_register_option(template: list[str]) -> list[str]:
    args: list[str] = []
    for part in template:
        if part == "{reg}":
            if args and args[-1] == "-r":
                args.pop()
            continue
        args.append(part.replace("{draft}", "post.md"))
    return args


@pytest.mark.parametrize("where", ["missing.toml", "nowhere/at/all.toml", "not-a-bundled-name"])
def test_every_command_with_no_register_available(repo: Path, where: str):
    """SMPOLICY_REGISTER names nothing: each command says so in one line and writes nothing."""
    case = repo / "proposals" / "case.md"
    case.write_text(case.read_text(encoding="utf-8").replace('register = "../register.toml"\n', ""), encoding="utf-8")
    before = snapshot(repo)
    for command, template in {**COMMANDS, "register path": ["register", "path"]}.items():
        outcome = run(*_without_register_option(template), env={"SMPOLICY_REGISTER": where})
        message = assert_clean_refusal(outcome, str(repo / where))
        assert "($SMPOLICY_REGISTER) is neither a file nor a bundled register" in message, f"{command}: {message}"
    assert same_files(before, snapshot(repo))
