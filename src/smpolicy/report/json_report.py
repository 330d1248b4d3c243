"""`--format json`: the `LintReport` model (see report/models.py for the exact shape)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smpolicy.report import LintRun


def report(run: "LintRun"):
    from smpolicy.report.models import FileOut, FindingOut, LintReport, SummaryOut

    counts = run.counts()
    return LintReport(
        files=[
            FileOut(
                path=result.path,
                error=result.error,
                findings=[FindingOut(**finding.as_dict()) for finding in result.findings],
            )
            for result in run.files
        ],
        summary=SummaryOut(
            files=len(run.files), errors=counts["error"], warnings=counts["warning"], infos=counts["info"]
        ),
    )


def render(run: "LintRun") -> str:
    return report(run).model_dump_json(indent=2) + "\n"
