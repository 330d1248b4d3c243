"""`smpolicy rules`: listing (table and JSON), filtering by category, `explain`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from smpolicy.cli import app
from smpolicy.lint import rule as rule_registry
from smpolicy.lint.rule import Rule

DOC = """
    What it does
    ------------
    Flags apples. Only in tests.

    Why is this bad?
    ----------------
    It is not.

    Example
    -------
    ```
    An apple.
    ```

    Policy
    ------
    None.
    """


def _check(draft, ctx):
    return iter(())


_check.__doc__ = DOC


@pytest.fixture(autouse=True)
def rules(monkeypatch):
    fake = {
        "TA001": Rule("TA001", "apple", "commercial", "error", "Found apple", "Remove it", _check),
        "TB001": Rule("TB001", "banana", "abuse", "warning", "Found banana", "Remove it", _check),
    }
    monkeypatch.setattr(rule_registry, "all_rules", lambda: fake)
    return fake


def rules_cli(*args: str):
    return CliRunner().invoke(app, ["rules", *args])


def test_rules_table_lists_every_rule_sorted_by_id():
    result = rules_cli()
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "Name", "Category", "Severity", "What", "it", "checks"]
    assert [line.split()[0] for line in lines[1:]] == ["TA001", "TB001"]
    assert "Flags apples." in lines[1]


def test_rules_by_category():
    result = rules_cli("--category", "abuse")
    assert [line.split()[0] for line in result.stdout.splitlines()[1:]] == ["TB001"]


def test_an_unknown_category_is_an_error_with_close_matches():
    result = rules_cli("--category", "abuze")
    assert result.exit_code == 2
    assert result.stderr == "smpolicy: error: --category: no category 'abuze' (did you mean abuse?)\n"


def test_rules_as_json(rules):
    result = rules_cli("--format", "json")
    data = json.loads(result.stdout)
    assert [item["id"] for item in data] == ["TA001", "TB001"]
    assert data[0] == {
        "id": "TA001",
        "name": "apple",
        "category": "commercial",
        "severity": "error",
        "message": "Found apple",
        "suggestion": "Remove it",
        "summary": "Flags apples.",
        "doc": rules["TA001"].doc,
    }


@pytest.mark.parametrize("word", ["TA001", "ta001", "apple"])
def test_explain_prints_exactly_the_docstring(word, rules):
    result = rules_cli("explain", word)
    assert result.exit_code == 0
    assert result.stdout == rules["TA001"].doc + "\n"
    assert result.stdout.startswith("What it does\n------------\nFlags apples.")


def test_explain_an_unknown_rule_is_an_error_with_close_matches():
    result = rules_cli("explain", "TA01")
    assert result.exit_code == 2
    assert result.stderr.startswith("smpolicy: error: no rule 'TA01' (did you mean TA001")
