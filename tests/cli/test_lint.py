"""`smpolicy lint` end to end (in-process), with throwaway rules so the tests do not follow
the real rules' wording: paths, formats, exit codes, selection, per-file errors, stdin."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from smpolicy.cli import app
from smpolicy.lint import discovery
from smpolicy.lint import rule as rule_registry
from smpolicy.lint.rule import Hit, Rule


def _word_rule(rule_id: str, name: str, category: str, severity: str, word: str) -> Rule:
    def check(draft, ctx):
        for match in re.finditer(rf"\b{word}\b", draft.lower):
            yield Hit(match.start(), match.end())

    check.__doc__ = f"What it does\n------------\nFlags {word}."
    return Rule(rule_id, name, category, severity, f"Found {word}", f"Remove {word}", check)


@pytest.fixture(autouse=True)
def rules(monkeypatch):
    fake = {
        "FM001": rule_registry.all_rules()["FM001"],
        "TA001": _word_rule("TA001", "apple", "commercial", "error", "apple"),
        "TB001": _word_rule("TB001", "banana", "abuse", "warning", "banana"),
        "TB002": _word_rule("TB002", "cherry", "abuse", "info", "cherry"),
    }
    monkeypatch.setattr(rule_registry, "all_rules", lambda: fake)
    monkeypatch.delenv("SMPOLICY_REGISTER", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return fake


def lint(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(app, ["lint", "-r", "hssib", "--now", "2026-11-17T14:30", *args], input=input)


def write(path, text: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def reported(result) -> list[tuple[str, str]]:
    """(file name, rule) for each finding in JSON output."""
    data = json.loads(result.stdout)
    return [(f["path"].rsplit("/", 1)[-1], x["rule"]) for f in data["files"] for x in f["findings"]]


# --- exit codes and fail-on ---------------------------------------------------------------


def test_a_clean_draft_exits_0(tmp_path):
    result = lint(write(tmp_path / "a.md", "Flu clinics open 9am to 5pm.\n"))
    assert result.exit_code == 0
    assert result.stdout == "No problems found in 1 file.\n"


def test_an_error_finding_exits_1_and_prints_like_ruff(tmp_path):
    path = write(tmp_path / "a.md", "One\nTwo apple\n")
    result = lint(path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:2:5: TA001 [error] Found apple (HSSIB005 §4.7 Commercial or personal gain)",
        "    suggestion: Remove apple",
        "",
        "Found 1 problem (1 error) in 1 of 1 file.",
    ]


@pytest.mark.parametrize(
    "text, fail_on, code",
    [
        ("banana", "error", 0),
        ("banana", "warning", 1),
        ("cherry", "warning", 0),
        ("cherry", "info", 1),
        ("apple", "info", 1),
    ],
)
def test_fail_on_sets_the_threshold(tmp_path, text, fail_on, code):
    result = lint("--fail-on", fail_on, write(tmp_path / "a.md", text))
    assert result.exit_code == code
    assert "Found 1 problem" in result.stdout  # reported whatever the threshold


def test_a_bad_fail_on_is_a_usage_error(tmp_path):
    result = lint("--fail-on", "fatal", write(tmp_path / "a.md", "x"))
    assert result.exit_code == 2


# --- paths ------------------------------------------------------------------------------


def test_folders_are_searched_for_drafts_and_hidden_folders_skipped(tmp_path):
    write(tmp_path / "d" / "a.md", "apple")
    write(tmp_path / "d" / "sub" / "b.markdown", "apple")
    write(tmp_path / "d" / "sub" / "c.txt", "apple")
    write(tmp_path / "d" / "image.png", "apple")
    write(tmp_path / "d" / ".git" / "x.md", "apple")
    result = lint("--format", "json", str(tmp_path / "d"))
    assert reported(result) == [("a.md", "TA001"), ("b.markdown", "TA001"), ("c.txt", "TA001")]


def test_exclude_globs_apply_to_folders_and_named_files(tmp_path):
    write(tmp_path / "d" / "a.md", "apple")
    write(tmp_path / "d" / "archive" / "old.md", "apple")
    write(tmp_path / "d" / "notes.txt", "apple")
    named = write(tmp_path / "e" / "skip-me.md", "apple")
    result = lint("--format", "json", "--exclude", "archive", "--exclude", "*.txt", "--exclude", "e/skip-*", str(tmp_path / "d"), named)
    assert reported(result) == [("a.md", "TA001")]


def test_a_file_named_twice_is_checked_once(tmp_path):
    path = write(tmp_path / "a.md", "apple")
    result = lint("--format", "json", path, path, str(tmp_path))
    assert reported(result) == [("a.md", "TA001")]


def test_standard_input(tmp_path):
    result = lint("--format", "json", "-", input="An apple\n")
    data = json.loads(result.stdout)
    assert data["files"][0]["path"] == "-"
    assert [f["rule"] for f in data["files"][0]["findings"]] == ["TA001"]
    assert result.exit_code == 1


def test_bom_and_crlf_are_fine(tmp_path):
    path = write(tmp_path / "a.md", b"\xef\xbb\xbf+++\r\nkind = \"post\"\r\n+++\r\nOne\r\nTwo apple\r\n")
    data = json.loads(lint("--format", "json", path).stdout)
    [found] = data["files"][0]["findings"]
    assert (found["rule"], found["line"], found["column"]) == ("TA001", 5, 5)


# --- per-file errors --------------------------------------------------------------------


def test_unreadable_files_are_per_file_errors_and_the_rest_are_checked(tmp_path, monkeypatch):
    monkeypatch.setattr(discovery, "MAX_DRAFT_BYTES", 100)
    good = write(tmp_path / "a.md", "apple")
    bad_utf8 = write(tmp_path / "b.md", b"ok\n\xc3\x28 bad")
    binary = write(tmp_path / "c.md", b"PK\x03\x04\x00\x00")
    big = write(tmp_path / "d.md", "word " * 40)
    missing = str(tmp_path / "missing.md")
    result = lint("--format", "json", good, bad_utf8, binary, big, missing)
    assert result.exit_code == 2
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(result.stdout)["files"]}
    assert [x["rule"] for x in files["a.md"]["findings"]] == ["TA001"]
    assert files["a.md"]["error"] is None
    assert files["b.md"]["error"] == "not valid UTF-8 (line 2); save the draft as UTF-8"
    assert files["c.md"]["error"].startswith("binary file")
    assert files["d.md"]["error"] == "larger than 100 bytes; a draft is a short text file"
    assert files["missing.md"]["error"] == "no such file or folder"


def test_a_missing_path_in_text_output(tmp_path):
    result = lint(str(tmp_path / "nope.md"))
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [f"{tmp_path / 'nope.md'}: error: no such file or folder", "", "1 file could not be checked."]


def test_a_failing_rule_is_a_file_error_not_a_traceback(tmp_path, rules):
    def broken(draft, ctx):
        raise KeyError("oops")

    rules["TC001"] = Rule("TC001", "broken", "media", "error", "x", "", broken)
    result = lint("--format", "json", write(tmp_path / "a.md", "apple"))
    assert result.exit_code == 2
    [entry] = json.loads(result.stdout)["files"]
    assert entry["error"] == "internal error in rule TC001: KeyError: 'oops'"
    assert [f["rule"] for f in entry["findings"]] == ["TA001"]


# --- selection and input errors ---------------------------------------------------------


def test_select_and_ignore_with_commas_and_repeats(tmp_path):
    path = write(tmp_path / "a.md", "apple banana cherry")
    assert [r for _, r in reported(lint("--format", "json", "--select", "abuse", path))] == ["TB001", "TB002"]
    assert [r for _, r in reported(lint("--format", "json", "--select", "TA001,cherry", path))] == ["TA001", "TB002"]
    assert [r for _, r in reported(lint("--format", "json", "--ignore", "abuse", "--ignore", "FM001", path))] == ["TA001"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--select", "TA01"], "smpolicy: error: --select: no rule or category 'TA01' (did you mean TA001"),
        (["--ignore", "abuze"], "smpolicy: error: --ignore: no rule or category 'abuze' (did you mean abuse"),
        (["--now", "soon"], "smpolicy: error: --now: 'soon' is not a date-time"),
    ],
)
def test_bad_options_are_one_line_errors_with_exit_2(tmp_path, args, message):
    result = lint(*args, write(tmp_path / "a.md", "apple"))
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""


def test_a_bad_users_register_is_an_error_with_its_line(tmp_path):
    register = write(tmp_path / "ours.toml", 'schema_version = 1\n[organisation]\nname = "Ours"\n[lint]\ndisable = ["TA01"]\n')
    result = CliRunner().invoke(app, ["lint", "-r", register, write(tmp_path / "a.md", "apple")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"smpolicy: error: {register}: [lint] disable: no rule or category 'TA01'")


def test_a_users_register_settings_apply(tmp_path):
    register = write(
        tmp_path / "ours.toml",
        'schema_version = 1\n[organisation]\nname = "Ours"\n[lint]\ndisable = ["commercial"]\nseverity = {cherry = "error"}\n',
    )
    result = CliRunner().invoke(app, ["lint", "-r", register, "--format", "json", write(tmp_path / "a.md", "apple cherry")])
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("TB002", "error")]
    assert result.exit_code == 1


def test_no_paths_is_a_usage_error():
    assert CliRunner().invoke(app, ["lint"]).exit_code == 2


# --- formats and workers ----------------------------------------------------------------


@pytest.mark.parametrize("fmt, start", [("sarif", '{\n  "$schema"'), ("github", "::error file="), ("json", '{\n  "schema_version": 1')])
def test_machine_formats(tmp_path, fmt, start):
    result = lint("--format", fmt, write(tmp_path / "a.md", "apple"))
    assert result.stdout.startswith(start) and result.exit_code == 1


@pytest.mark.parametrize("jobs, warm_up", [("2", 3), ("3", 0), ("2", 50)])
def test_worker_processes_give_the_same_results_in_the_same_order(tmp_path, monkeypatch, jobs, warm_up):
    from smpolicy.lint import discovery

    monkeypatch.setattr(discovery, "_WARM_UP", warm_up)  # the first drafts are checked before forking
    paths = [write(tmp_path / f"{n:02d}.md", "apple " * (n % 3) + ("banana" if n % 2 else "")) for n in range(12)]
    serial = lint("--format", "json", "--jobs", "1", *paths)
    parallel = lint("--format", "json", "--jobs", jobs, *paths)
    assert serial.stdout == parallel.stdout
    assert len(json.loads(serial.stdout)["files"]) == 12


def test_lint_help_documents_the_options():
    result = CliRunner().invoke(app, ["lint", "--help"])
    assert result.exit_code == 0
    for option in ("--register", "--format", "--select", "--ignore", "--exclude", "--fail-on", "--now", "--jobs"):
        assert option in result.stdout


def test_lean_parameters_keep_pydantic_out_of_a_typer_command_and_group():
    # `smpolicy lint` runs on every commit; Typer would import pydantic to convert options.
    code = """
import sys, typer
from typer.core import TyperGroup
from smpolicy.cli.lint import LeanCommand, LeanParameters, FailOn
from typing import Annotated, List, Optional

class Group(LeanParameters, TyperGroup):
    pass

app = typer.Typer(cls=Group)

@app.callback()
def root(flag: Annotated[bool, typer.Option("--flag")] = False) -> None:
    pass

@app.command(cls=LeanCommand)
def run(paths: List[str], jobs: Annotated[Optional[int], typer.Option("--jobs", min=1)] = None,
        fail_on: Annotated[FailOn, typer.Option("--fail-on")] = FailOn.error,
        tags: Annotated[Optional[List[str]], typer.Option("--tag")] = None) -> None:
    print(paths, jobs, fail_on.value, tags, "pydantic" in sys.modules)

app(["run", "a", "b", "--jobs", "3", "--fail-on", "warning", "--tag", "x", "--tag", "y"], standalone_mode=False)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['a', 'b'] 3 warning ['x', 'y'] False"
