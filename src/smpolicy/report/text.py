"""Plain text, one line per finding, in the manner of ruff and flake8:

    drafts/flu.md:3:12: PD001 [error] NHS number in a draft (HSSIB005 §4.8 ...)
        suggestion: Remove the NHS number; never post a patient's details.
    drafts/old.md: error: not valid UTF-8 (line 4); save the draft as UTF-8

    Found 2 problems (1 error, 1 warning) in 1 of 3 files. 1 file could not be checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smpolicy.report import LintRun

# (text, style) pieces of one output line; the style names are rich styles, unused in plain text.
Line = list[tuple[str, str]]

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def lines(run: "LintRun") -> list[Line]:
    out: list[Line] = []
    for result in run.files:
        for finding in result.findings:
            where = f"{result.path}:{finding.line}:{finding.column}:"
            line: Line = [
                (where, "bold"),
                (" ", ""),
                (finding.rule, "bold magenta"),
                (" ", ""),
                (f"[{finding.severity}]", SEVERITY_STYLE.get(finding.severity, "")),
                (f" {finding.message}", ""),
            ]
            if finding.policy:
                line.append((f" ({finding.policy})", "dim"))
            out.append(line)
            if finding.suggestion:
                out.append([("    suggestion: ", "green"), (finding.suggestion, "")])
        if result.error:
            out.append([(f"{result.path}:", "bold"), (" error: ", "bold red"), (result.error, "")])
    if out:
        out.append([])
    out.append([(summary(run), "bold")])
    return out


def summary(run: "LintRun") -> str:
    counts = run.counts()
    total = sum(counts.values())
    checked = len(run.files) - run.file_errors
    if total:
        parts = ", ".join(_plural(counts[s], s) for s in ("error", "warning", "info") if counts[s])
        with_findings = sum(1 for result in run.files if result.findings)
        text = f"Found {_plural(total, 'problem')} ({parts}) in {with_findings} of {_plural(len(run.files), 'file')}."
    elif checked:
        text = f"No problems found in {_plural(checked, 'file')}."
    else:
        text = ""
    if run.file_errors:
        text += f" {_plural(run.file_errors, 'file')} could not be checked."
    return text.strip()


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {word}s" if not word.endswith("s") else f"{count} {word}"


def render(run: "LintRun", color: bool = False) -> str:
    """Plain text (styles are applied by the command line on a terminal)."""
    return "\n".join("".join(text for text, _ in line) for line in lines(run)) + "\n"
