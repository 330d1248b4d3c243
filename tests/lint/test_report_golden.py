"""Golden output of `smpolicy lint` in every format, over a few small drafts with a fixed clock.

Throwaway rules (plus the real FM001) keep these files stable while the real rules change.
Regenerate after an intended change with:  SMPOLICY_UPDATE_GOLDEN=1 pytest tests/lint/test_report_golden.py
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smpolicy import __version__
from smpolicy.cli import app
from smpolicy.lint import rule as rule_registry
from smpolicy.lint.rule import Hit, Rule

GOLDEN = Path(__file__).parent / "golden"
DRAFTS = ["drafts/clean.md", "drafts/findings.md", "drafts/front-matter.md", "drafts/not-utf8.md"]
FORMATS = {"text": "txt", "json": "json", "sarif": "sarif", "github": "github"}
UPDATE = bool(os.environ.get("SMPOLICY_UPDATE_GOLDEN"))


def _word_rule(rule_id: str, name: str, category: str, severity: str, word: str) -> Rule:
    def check(draft, ctx):
        for match in re.finditer(rf"\b{word}\b", draft.lower):
            yield Hit(match.start(), match.end())

    check.__doc__ = f"""
    What it does
    ------------
    Flags the word "{word}" (a rule for tests only).

    Why is this bad?
    ----------------
    It is not; it is a test.

    Example
    -------
    ```
    An {word}.
    ```

    Policy
    ------
    None: a test rule.
    """
    return Rule(rule_id, name, category, severity, f"The word '{word}'", f"Remove '{word}'.", check)


@pytest.fixture
def golden_rules(monkeypatch):
    real = rule_registry.all_rules()
    fake = {
        "FM001": real["FM001"],
        "TA001": _word_rule("TA001", "apple", "commercial", "error", "apple"),
        "TB001": _word_rule("TB001", "banana", "abuse", "warning", "banana"),
        "TB002": _word_rule("TB002", "cherry", "abuse", "info", "cherry"),
    }
    monkeypatch.setattr(rule_registry, "all_rules", lambda: fake)
    monkeypatch.chdir(GOLDEN)
    monkeypatch.delenv("SMPOLICY_REGISTER", raising=False)
    return fake


def run(fmt: str) -> tuple[int, str]:
    args = ["lint", "-r", "hssib", "--now", "2026-11-17T14:30", "--format", fmt, *DRAFTS]
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout.replace(__version__, "VERSION")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden_output(golden_rules, fmt):
    code, output = run(fmt)
    assert code == 2  # not-utf8.md cannot be read
    expected_file = GOLDEN / f"expected.{FORMATS[fmt]}"
    if UPDATE:
        expected_file.write_text(output, encoding="utf-8")
    assert output == expected_file.read_text(encoding="utf-8")


def test_golden_json_is_the_documented_shape(golden_rules):
    _, output = run("json")
    data = json.loads(output)
    assert list(data) == ["schema_version", "files", "summary"]
    assert data["schema_version"] == 1
    assert [f["path"] for f in data["files"]] == DRAFTS
    for entry in data["files"]:
        assert list(entry) == ["path", "error", "findings"]
        for finding in entry["findings"]:
            assert list(finding) == [
                "rule", "category", "severity", "line", "column",
                "end_line", "end_column", "message", "policy", "suggestion",
            ]
    assert data["summary"] == {"files": 4, "errors": 5, "warnings": 1, "infos": 1}
    assert data["files"][3]["error"].startswith("not valid UTF-8 (line 2)")


def test_golden_findings_are_where_the_words_are(golden_rules):
    _, output = run("json")
    findings = json.loads(output)["files"][1]["findings"]
    places = [(f["rule"], f["line"], f["column"], f["end_column"]) for f in findings]
    # Line 5 is the heading; "Café" counts as 4 characters; the link URL, the suppressed
    # banana on line 8 and the apple in code on line 9 are not reported.
    assert places == [("TA001", 5, 6, 11), ("TB001", 7, 6, 12), ("TB002", 7, 17, 23), ("TA001", 7, 34, 39)]
