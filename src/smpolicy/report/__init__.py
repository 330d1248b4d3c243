"""Output formats: lint results as text, JSON, SARIF 2.1.0, GitHub workflow annotations or
GitLab Code Quality.

Each format is a module with `render(run) -> str`, imported only when asked for, so plain text
output (what pre-commit shows) loads nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Sequence

if TYPE_CHECKING:
    from smpolicy.lint.engine import ActiveRule, FileResult

LINT_FORMATS = ("text", "json", "sarif", "github", "gitlab")


class LintRun(NamedTuple):
    """Everything a format needs: each file's result and the rules that ran."""

    files: Sequence["FileResult"]
    rules: Sequence["ActiveRule"]
    version: str = ""

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for result in self.files:
            for finding in result.findings:
                counts[finding.severity] += 1
        return counts

    @property
    def file_errors(self) -> int:
        return sum(1 for result in self.files if result.error)


def render_lint(run: LintRun, format: str, *, color: bool = False) -> str:
    """The run in one of `LINT_FORMATS`."""
    if format == "text":
        from smpolicy.report import text

        return text.render(run, color=color)
    if format == "json":
        from smpolicy.report import json_report

        return json_report.render(run)
    if format == "sarif":
        from smpolicy.report import sarif

        return sarif.render(run)
    if format == "github":
        from smpolicy.report import github

        return github.render(run)
    if format == "gitlab":
        from smpolicy.report import gitlab

        return gitlab.render(run)
    raise ValueError(f"unknown format {format!r}")
