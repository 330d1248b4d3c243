"""The JSON output of `smpolicy lint` and `smpolicy rules`, as pydantic models (the contract).

`smpolicy lint --format json` is exactly:

    {"schema_version": 1,
     "files": [{"path": str, "error": str | null,
                "findings": [{"rule", "category", "severity", "line", "column", "end_line",
                              "end_column", "message", "policy", "suggestion"}]}],
     "summary": {"files": int, "errors": int, "warnings": int, "infos": int}}

`summary.errors`, `warnings` and `infos` count findings by severity; files that could not be
checked are those whose `error` is not null.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from smpolicy.vocabulary import CATEGORIES

Severity = Literal["error", "warning", "info"]
Category = Literal[CATEGORIES]  # type: ignore[valid-type]


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FindingOut(Closed):
    rule: str
    category: Category
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    policy: str
    suggestion: str


class FileOut(Closed):
    path: str
    error: str | None
    findings: list[FindingOut]


class SummaryOut(Closed):
    files: int
    errors: int
    warnings: int
    infos: int


class LintReport(Closed):
    schema_version: Literal[1] = 1
    files: list[FileOut]
    summary: SummaryOut


class RuleOut(Closed):
    """One rule as `smpolicy rules --format json` lists it."""

    id: str
    name: str
    category: Category
    severity: Severity
    message: str
    suggestion: str
    summary: str
    doc: str
