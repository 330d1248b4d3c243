"""`--format github`: GitHub Actions workflow commands, which show as annotations on the diff.

    ::error file=drafts/a.md,line=3,col=5,endLine=3,endColumn=14,title=PD001::NHS number ...

Severities map to `error`, `warning` and `notice`. Values are escaped as the runner expects
(`%`, CR and LF everywhere; also `:` and `,` inside properties).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smpolicy.report import LintRun

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render(run: "LintRun") -> str:
    out = []
    for result in run.files:
        for f in result.findings:
            properties = {
                "file": result.path,
                "line": f.line,
                "col": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "title": f"{f.rule} [{f.severity}]",
            }
            message = f.message
            if f.policy:
                message += f" ({f.policy})"
            if f.suggestion:
                message += f"\n{f.suggestion}"
            out.append(_command(LEVEL[f.severity], properties, message))
        if result.error:
            out.append(_command("error", {"file": result.path, "title": "smpolicy"}, result.error))
    return "".join(line + "\n" for line in out)


def _command(level: str, properties: dict[str, object], message: str) -> str:
    joined = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {joined}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
