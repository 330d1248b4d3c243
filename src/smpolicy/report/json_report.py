"""`--format json`: the `LintReport` model (see report/models.py for the exact shape).

The models in report/models.py are the contract. Rendering goes straight to `json.dumps` in the
models' field order rather than through pydantic: importing pydantic and building a model per
finding cost more than linting 10,000 drafts' worth of output takes otherwise.
tests/lint/test_report.py checks the text is exactly what `LintReport.model_dump_json` gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smpolicy.report import LintRun
    from smpolicy.report.models import LintReport

SCHEMA_VERSION = 1
# FindingOut's fields, in order (the engine's Finding has the same fields in the same order).
FINDING_KEYS = ("rule", "category", "severity", "line", "column", "end_line", "end_column", "message", "policy", "suggestion")


def document(run: "LintRun") -> dict:
    """The report as plain JSON values, keys in the models' order."""
    counts = run.counts()
    return {
        "schema_version": SCHEMA_VERSION,
        "files": [
            {
                "path": result.path,
                "error": result.error,
                "findings": [dict(zip(FINDING_KEYS, finding)) for finding in result.findings],
            }
            for result in run.files
        ],
        "summary": {
            "files": len(run.files),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
        },
    }


def report(run: "LintRun") -> "LintReport":
    """The report as the pydantic model (validated): what the JSON output must always equal."""
    from smpolicy.report.models import LintReport

    return LintReport.model_validate(document(run))


def render(run: "LintRun") -> str:
    import json

    return json.dumps(document(run), indent=2, ensure_ascii=False) + "\n"
