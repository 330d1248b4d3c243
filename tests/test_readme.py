"""The README's promises: two set-up commands that CI runs, and a lint sample that is true."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SAMPLE = re.compile(r"<!-- lint-sample:.*?-->\n```text\n(?P<body>.*?)```\n<!-- /lint-sample -->", re.S)


def quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_quickstart_has_exactly_two_set_up_commands():
    run, test = quickstart_commands()
    assert "pip install ." in run and "smpolicy lint" in run
    assert "pip install '.[test]'" in test and "pytest" in test


def test_ci_runs_the_readme_install_and_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    _, test = quickstart_commands()
    assert "pip install --quiet '.[test]'" in ci or "pip install '.[test]'" in ci
    test_command = test.split("&&")[-1].strip().replace(".venv/", ".ci-venv/")
    assert test_command.split(" -q")[0] in ci


def lint_sample_output() -> str:
    """What the README's first command prints, run as a newcomer would, from the repo root."""
    run, _ = quickstart_commands()
    arguments = run.split("smpolicy lint", 1)[1].split()
    env = {k: v for k, v in os.environ.items() if k not in ("SMPOLICY_REGISTER", "GITHUB_ACTIONS")}
    result = subprocess.run(
        [sys.executable, "-m", "smpolicy", "lint", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    return result.stdout


def test_readme_lint_sample_is_what_lint_prints():
    match = SAMPLE.search(README)
    assert match, "README has no lint-sample block"
    assert match["body"] == lint_sample_output(), (
        "README's lint sample is out of date: run "
        "`python tests/test_readme.py` to rewrite it from the real output"
    )


if __name__ == "__main__":
    # Rewrite the sample from the real output (after a rule's wording changes).
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    match = SAMPLE.search(text)
    start, end = match.span("body")
    path.write_text(text[:start] + lint_sample_output() + text[end:], encoding="utf-8")
    print("README lint sample updated")
