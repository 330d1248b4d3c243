"""`smpolicy channel propose | check | approve` through the CLI."""

from __future__ import annotations

import json
import os
import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smpolicy.cli import app
from smpolicy.registers import bundled_path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "proposals" / "2026-05-01-linkedin-hssib-education.md"
NO_INPUT = [
    "channel", "propose", "--no-input", "--team", "Education", "--platform", "linkedin",
    "--handle", "@HSSIBEducation", "--owner", "Education Administration Manager",
    "--admin", "Education Administration Manager", "--admin", "Digital Communications Manager",
    "--purpose", "Reach NHS staff who take our training.", "--date", "2026-05-01",
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """A content repo: its own copy of the HSSIB register, and the example case beside it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SMPOLICY_REGISTER", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    shutil.copy(bundled_path("hssib"), tmp_path / "register.toml")
    (tmp_path / "proposals").mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace('register = "hssib"', 'register = "../register.toml"')
    (tmp_path / "proposals" / "case.md").write_text(text, encoding="utf-8")
    return tmp_path


def run(runner: CliRunner, *args: str, input: str | None = None):
    result = runner.invoke(app, list(args), input=input)
    assert "Traceback" not in result.output
    return result


def accounts(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["accounts"]


# --- propose -----------------------------------------------------------------------------------


def test_propose_no_input_writes_the_default_file(runner, workdir):
    result = run(runner, *NO_INPUT, "-r", "register.toml")
    assert result.exit_code == 0, result.output
    written = workdir / "proposals" / "2026-05-01-linkedin-education.md"
    assert "Wrote proposals/2026-05-01-linkedin-education.md" in result.output
    front = tomllib.loads(written.read_text(encoding="utf-8").split("+++")[1])
    assert front["status"] == "draft" and front["team"] == "Education"
    assert front["register"] == "../register.toml"
    assert front["monitored_hours"] == "Mon to Fri, 09:00 to 17:00 (Europe/London)"
    assert "HSSIB005 §5.4" in written.read_text(encoding="utf-8")


def test_propose_interactive_with_scripted_answers(runner, workdir):
    answers = [
        "Education",  # team
        "facebok",  # not a platform: asked again
        "linkedin",
        "@HSSIBEducation",
        "Reach NHS staff who take our training.",
        "Course alumni on LinkedIn.",
        "Education Administration Manager",  # owner
        "Education Administration Manager",  # admin 1
        "Digital Communications Manager",  # admin 2
        "Publications Manager",  # another admin
        "",  # no more admins
        "",  # monitored hours: the register's
        "yes",  # MFA
        "",  # credentials: the default custodian
        "Social media / Education LinkedIn",
    ]
    result = run(runner, "channel", "propose", "-r", "register.toml", "--date", "2026-05-01",
                 input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Please answer one of" in result.output
    text = (workdir / "proposals" / "2026-05-01-linkedin-education.md").read_text(encoding="utf-8")
    front = tomllib.loads(text.split("+++")[1])
    assert front["admins"] == ["Education Administration Manager", "Digital Communications Manager", "Publications Manager"]
    assert front["mfa"] == "yes"
    assert front["credentials_held_by"] == "Communications Team"
    assert front["vault_entry"] == "Social media / Education LinkedIn"
    assert "Course alumni on LinkedIn." in text


def test_propose_asks_only_what_the_options_leave_out(runner, workdir):
    answers = ["", "", "", "no", "", ""]  # purpose, audience, hours, MFA, custodian, vault
    args = [a for a in NO_INPUT if a not in ("--no-input",)]
    args = args[: args.index("--purpose")] + ["--date", "2026-05-01"]
    result = run(runner, *args, "-r", "register.toml", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Team asking" not in result.output and "Admin 1" not in result.output


@pytest.mark.parametrize(
    ("drop", "message"),
    [("--team", "missing --team"), ("--handle", "missing --handle")],
)
def test_propose_no_input_names_missing_options(runner, workdir, drop, message):
    args = list(NO_INPUT)
    index = args.index(drop)
    del args[index : index + 2]
    result = run(runner, *args, "-r", "register.toml")
    assert result.exit_code == 2
    assert message in result.output
    assert list((workdir / "proposals").glob("2026-*")) == []


def test_propose_refuses_one_admin(runner, workdir):
    args = list(NO_INPUT)
    index = args.index("--admin")
    del args[index : index + 2]
    result = run(runner, *args, "-r", "register.toml")
    assert result.exit_code == 2 and "at least two admins" in result.output


def test_propose_never_overwrites(runner, workdir):
    assert run(runner, *NO_INPUT, "-r", "register.toml").exit_code == 0
    written = workdir / "proposals" / "2026-05-01-linkedin-education.md"
    written.write_text("my edits\n", encoding="utf-8")
    result = run(runner, *NO_INPUT, "-r", "register.toml")
    assert result.exit_code == 2 and "never overwrites" in result.output
    assert written.read_text(encoding="utf-8") == "my edits\n"
    assert [p.name for p in (workdir / "proposals").iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "extra",
    [
        ["--output", "../escaped.md"],
        ["--output", "sub/../../escaped.md"],
        ["--output", "/tmp/escaped.md"],
        ["--output", "x\x00.md"],
        ["--slug", "../../escaped"],
        ["--slug", "/abs"],
    ],
)
def test_propose_refuses_to_leave_the_folder(runner, workdir, extra):
    result = run(runner, *NO_INPUT, "-r", "register.toml", *extra)
    assert result.exit_code == 2, result.output
    assert not (workdir / "escaped.md").exists() and not Path("/tmp/escaped.md").exists()
    assert list((workdir / "proposals").glob("2026-*")) == []


def test_propose_refuses_a_symlink_out_of_the_folder(runner, workdir, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (workdir / "proposals" / "link").symlink_to(outside, target_is_directory=True)
    result = run(runner, *NO_INPUT, "-r", "register.toml", "--output", "link/case.md")
    assert result.exit_code == 2 and "outside" in result.output
    assert list(outside.iterdir()) == []


def test_propose_output_inside_the_folder(runner, workdir):
    result = run(runner, *NO_INPUT, "-r", "register.toml", "--dir", "cases", "--output", "team/edu")
    assert result.exit_code == 0, result.output
    written = workdir / "cases" / "team" / "edu.md"
    assert tomllib.loads(written.read_text(encoding="utf-8").split("+++")[1])["register"] == "../../register.toml"


def test_propose_with_a_bundled_register_names_it(runner, workdir):
    result = run(runner, *NO_INPUT, "-r", "hra", "--handle", "@HRA_Education")
    assert result.exit_code == 0, result.output
    text = (workdir / "proposals" / "2026-05-01-linkedin-education.md").read_text(encoding="utf-8")
    assert 'register = "hra"' in text and "HRA-SMP §3.7" in text and "HSSIB005" not in text


# --- check -------------------------------------------------------------------------------------


def test_check_fails_on_a_fresh_scaffold(runner, workdir):
    run(runner, *NO_INPUT, "-r", "register.toml")
    result = run(runner, "channel", "check", "proposals/2026-05-01-linkedin-education.md")
    assert result.exit_code == 1
    assert "proposals/2026-05-01-linkedin-education.md:" in result.output
    assert "section-empty" in result.output and "not ready for approval" in result.output


def test_check_passes_the_shipped_example(runner, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    result = run(runner, "channel", "check", str(EXAMPLE))
    assert result.exit_code == 0, result.output
    assert "complete" in result.output


def test_check_json(runner, workdir):
    result = run(runner, "channel", "check", "proposals/case.md", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["complete"] is True and report["findings"] == []
    assert report["register_file"].endswith("register.toml")
    case = workdir / "proposals" / "case.md"
    case.write_text(case.read_text(encoding="utf-8").replace('mfa = "yes"', 'mfa = "no"'), encoding="utf-8")
    result = run(runner, "channel", "check", "proposals/case.md", "--format", "json")
    assert result.exit_code == 1
    [finding] = json.loads(result.output)["findings"]
    assert finding["code"] == "mfa-not-on" and finding["line"] == 8


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"# just notes\n", "no +++ front matter"),
        (b"+++\nstatus = \n+++\n", "not valid TOML"),
        (b"+++\nteam = 'caf\xe9'\n+++\n", "not valid UTF-8"),
        (b"+++\x00\n", "NUL"),
        (b'+++\nregister = "missing.toml"\n+++\n', "names register 'missing.toml'"),
    ],
)
def test_check_unreadable_input_exits_2_with_one_line(runner, workdir, content, message):
    path = workdir / "proposals" / "bad.md"
    if content is not None:
        path.write_bytes(content)
    result = run(runner, "channel", "check", "proposals/bad.md")
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


# --- approve -----------------------------------------------------------------------------------


def test_approve_adds_exactly_one_account_and_refuses_twice(runner, workdir):
    register = workdir / "register.toml"
    before = accounts(register)
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications", "--on", "2026-06-01")
    assert result.exit_code == 0, result.output
    after = accounts(register)
    assert len(after) == len(before) + 1 and after[:-1] == before
    added = after[-1]
    assert added["handle"] == "@HSSIBEducation" and added["platform"] == "linkedin"
    assert added["status"] == "active"
    assert added["admins"] == ["Education Administration Manager", "Digital Communications Manager"]
    assert added["mfa"] == "yes"
    assert added["credentials_held_by"] == "Communications and Engagement Team"
    assert added["business_case"] == "proposals/case.md"
    assert added["history"] == [{
        "on": __import__("datetime").date(2026, 6, 1), "action": "approved",
        "by": "Head of Communications", "note": "business case proposals/case.md",
    }]
    text = register.read_text(encoding="utf-8")
    assert "# Appendix 1: Register of approved corporate HSSIB social media and digital accounts." in text
    case = (workdir / "proposals" / "case.md").read_text(encoding="utf-8")
    assert 'status = "approved"' in case and 'approved_by = "Head of Communications"' in case

    again = run(runner, "channel", "approve", "proposals/case.md", "--by", "Someone Else")
    assert again.exit_code == 2 and "already approved" in again.output
    assert register.read_text(encoding="utf-8") == text
    # The approved case still checks clean: its own account is not a clash.
    assert run(runner, "channel", "check", "proposals/case.md").exit_code == 0


def test_approve_refuses_an_incomplete_case(runner, workdir):
    case = workdir / "proposals" / "case.md"
    text = case.read_text(encoding="utf-8").replace('vault_entry = "Social media / HSSIB Education LinkedIn"', 'vault_entry = ""')
    case.write_text(text, encoding="utf-8")
    register_before = (workdir / "register.toml").read_text(encoding="utf-8")
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications")
    assert result.exit_code == 1
    assert "vault-missing" in result.output and "not approved" in result.output
    assert (workdir / "register.toml").read_text(encoding="utf-8") == register_before
    assert case.read_text(encoding="utf-8") == text


def test_approve_refuses_a_bundled_register(runner, workdir):
    case = workdir / "proposals" / "case.md"
    case.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications")
    assert result.exit_code == 2 and "read-only" in result.output


def test_a_failed_register_write_leaves_the_case_unchanged(runner, workdir, monkeypatch):
    from smpolicy import store
    from smpolicy.errors import StoreError

    def refuse(path, change, **kwargs):
        raise StoreError("register is locked by another smpolicy process; try again", path=path)

    monkeypatch.setattr(store, "edit", refuse)
    case = workdir / "proposals" / "case.md"
    before = case.read_text(encoding="utf-8")
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications")
    assert result.exit_code == 2 and "locked" in result.output
    assert case.read_text(encoding="utf-8") == before


def test_approve_refuses_a_handle_added_meanwhile(runner, workdir, monkeypatch):
    """Between the check and the locked write another approval took the handle: nothing written."""
    from smpolicy import store

    register = workdir / "register.toml"
    real_edit = store.edit

    def racing_edit(path, change, **kwargs):
        text = register.read_text(encoding="utf-8")
        register.write_text(text.replace('handle = "@hssib.bsky.social"', 'handle = "@HSSIBEducation"'), encoding="utf-8")
        return real_edit(path, change, **kwargs)

    monkeypatch.setattr(store, "edit", racing_edit)
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications")
    assert result.exit_code == 2 and "meanwhile" in result.output
    assert len(accounts(register)) == 5
    assert 'status = "submitted"' in (workdir / "proposals" / "case.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [(["--on", "1 June"], "--on"), (["--by", " "], "--by")])
def test_approve_bad_options(runner, workdir, args, message):
    base = ["channel", "approve", "proposals/case.md"]
    if "--by" not in args:
        base += ["--by", "Head of Communications"]
    result = run(runner, *base, *args)
    assert result.exit_code == 2 and message in result.output


def test_approve_refuses_another_register_than_the_cases(runner, workdir):
    other = workdir / "other.toml"
    shutil.copy(workdir / "register.toml", other)
    before = other.read_text(encoding="utf-8")
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications", "-r", "other.toml")
    assert result.exit_code == 2 and "written for register" in result.output
    assert other.read_text(encoding="utf-8") == before
    # The same register named either way is fine.
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications", "-r", "register.toml")
    assert result.exit_code == 0, result.output


def test_approve_keeps_the_case_files_mode(runner, workdir):
    case = workdir / "proposals" / "case.md"
    os.chmod(case, 0o640)
    assert run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications").exit_code == 0
    assert case.stat().st_mode & 0o777 == 0o640


def test_approving_again_after_an_interrupted_approval_marks_the_case(runner, workdir, monkeypatch):
    """Killed after the register write and before the case was marked: approving again marks
    the case and leaves the register as it is (one account, not two)."""
    from smpolicy.cli import channel as channel_cli

    register = workdir / "register.toml"
    case = workdir / "proposals" / "case.md"
    before = case.read_text(encoding="utf-8")

    def killed(file, text):
        raise SystemExit(137)  # stands in for the process dying between the two writes

    real_replace_case = channel_cli._replace_case
    monkeypatch.setattr(channel_cli, "_replace_case", killed)
    interrupted = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications", "--on", "2026-06-01")
    assert interrupted.exit_code == 137
    monkeypatch.setattr(channel_cli, "_replace_case", real_replace_case)
    assert case.read_text(encoding="utf-8") == before
    added = accounts(register)
    assert [a.get("handle") for a in added].count("@HSSIBEducation") == 1
    text = register.read_text(encoding="utf-8")

    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications", "--on", "2026-06-01")
    assert result.exit_code == 0, result.output
    assert "already in" in result.output
    assert register.read_text(encoding="utf-8") == text
    assert 'status = "approved"' in case.read_text(encoding="utf-8")


def test_a_handle_from_another_case_still_refuses(runner, workdir):
    register = workdir / "register.toml"
    text = register.read_text(encoding="utf-8").replace('handle = "@hssib.bsky.social"', 'handle = "@HSSIBEducation"')
    register.write_text(text, encoding="utf-8")
    result = run(runner, "channel", "approve", "proposals/case.md", "--by", "Head of Communications")
    assert result.exit_code != 0
    assert register.read_text(encoding="utf-8") == text
    assert 'status = "submitted"' in (workdir / "proposals" / "case.md").read_text(encoding="utf-8")
