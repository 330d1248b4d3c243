"""`--format gitlab`: GitLab's Code Quality report, shown in merge requests' Code Quality widget.

A JSON array of issues, each `{description, check_name, fingerprint, severity, location:
{path, lines: {begin, end}}}` (https://docs.gitlab.com/ee/ci/testing/code_quality.html). Severity:
error -> major, warning -> minor, info -> info; a file that could not be read -> blocker.

The fingerprint leaves out line numbers, so a finding that moves because lines were added above it
is the same issue to GitLab, not a fixed one plus a new one: it hashes the path, rule, message and
how many identical findings came before it in the same file.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smpolicy.report import LintRun

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def issues(run: "LintRun") -> list[dict]:
    out: list[dict] = []
    for result in run.files:
        seen: dict[tuple[str, str], int] = {}
        for f in result.findings:
            occurrence = seen.get((f.rule, f.message), 0)
            seen[(f.rule, f.message)] = occurrence + 1
            out.append(
                {
                    "description": f"{f.rule} {f.message} ({f.policy})" if f.policy else f"{f.rule} {f.message}",
                    "check_name": f.rule,
                    "fingerprint": _fingerprint(result.path, f.rule, f.message, occurrence),
                    "severity": SEVERITY[f.severity],
                    "location": {"path": result.path, "lines": {"begin": f.line, "end": f.end_line}},
                }
            )
        if result.error:
            out.append(
                {
                    "description": f"smpolicy could not check this file: {result.error}",
                    "check_name": "smpolicy",
                    "fingerprint": _fingerprint(result.path, "smpolicy", result.error, 0),
                    "severity": "blocker",
                    "location": {"path": result.path, "lines": {"begin": 1}},
                }
            )
    return out


def _fingerprint(path: str, rule: str, message: str, occurrence: int) -> str:
    key = "\x1f".join((path, rule, message, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def render(run: "LintRun") -> str:
    return json.dumps(issues(run), indent=2, ensure_ascii=False) + "\n"
