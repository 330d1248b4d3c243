"""`--format auto` and `gitlab`, and `--fail-on never`: what CI recipes in docs/ci rely on."""

import json

from typer.testing import CliRunner

from smpolicy.cli import app

runner = CliRunner()
NHS_NUMBER = "Thanks to our patient, NHS number 943 476 5919, for sharing her story.\n"
CLEAN = "Our annual report is out today. Read it on our website.\n"


def lint(tmp_path, text, *args, env=None):
    draft = tmp_path / "draft.md"
    draft.write_text(text)
    return runner.invoke(app, ["lint", str(draft), "-r", "hssib", *args], env=env or {})


def test_auto_is_text_outside_github_actions(tmp_path):
    result = lint(tmp_path, NHS_NUMBER)
    assert result.exit_code == 1
    assert "draft.md:1:" in result.stdout and "PD001" in result.stdout
    assert "::error" not in result.stdout


def test_auto_is_annotations_inside_github_actions(tmp_path):
    result = lint(tmp_path, NHS_NUMBER, env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=")
    assert "title=PD001" in result.stdout


def test_explicit_text_wins_inside_github_actions(tmp_path):
    result = lint(tmp_path, NHS_NUMBER, "--format", "text", env={"GITHUB_ACTIONS": "true"})
    assert "::error" not in result.stdout


def test_gitlab_code_quality_report(tmp_path):
    result = lint(tmp_path, NHS_NUMBER, "--format", "gitlab")
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    assert len(issues) >= 1
    issue = next(i for i in issues if i["check_name"] == "PD001")
    assert issue["severity"] == "major"
    assert issue["location"]["path"].endswith("draft.md")
    assert issue["location"]["lines"]["begin"] == 1
    assert len(issue["fingerprint"]) == 32


def test_gitlab_fingerprint_survives_lines_added_above(tmp_path):
    first = json.loads(lint(tmp_path, NHS_NUMBER, "--format", "gitlab").stdout)
    moved = json.loads(lint(tmp_path, "\n\n" + NHS_NUMBER, "--format", "gitlab").stdout)
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in moved]
    assert first[0]["location"]["lines"]["begin"] + 2 == moved[0]["location"]["lines"]["begin"]


def test_gitlab_clean_draft_is_an_empty_list(tmp_path):
    result = lint(tmp_path, CLEAN, "--format", "gitlab")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_fail_on_never_reports_but_exits_zero(tmp_path):
    result = lint(tmp_path, NHS_NUMBER, "--fail-on", "never")
    assert result.exit_code == 0
    assert "PD001" in result.stdout


def test_fail_on_never_still_fails_on_unreadable_input(tmp_path):
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00broken")
    result = runner.invoke(app, ["lint", str(tmp_path / "bad.md"), "-r", "hssib", "--fail-on", "never"])
    assert result.exit_code == 2
