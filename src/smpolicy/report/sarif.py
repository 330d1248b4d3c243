"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; `tool.driver.rules` lists the rules that ran, each with its documentation as
`fullDescription` and `help` (there is no help URL: the docs travel with the log). Columns are
counted in Unicode code points (`columnKind`), `endColumn` is exclusive. Files that could not be
checked are `toolExecutionNotifications` of the invocation, which is then not successful.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from smpolicy.report import LintRun

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def log(run: "LintRun") -> dict:
    rules = sorted(run.rules, key=lambda active: active.rule.id)
    index = {active.rule.id: position for position, active in enumerate(rules)}
    results = [
        _result(result.path, finding, index)
        for result in run.files
        for finding in result.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": result.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.path)}}}],
        }
        for result in run.files
        if result.error
    ]
    driver = {"name": "smpolicy", "rules": [_descriptor(active) for active in rules]}
    if run.version:
        driver["version"] = run.version
        driver["semanticVersion"] = run.version
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(run: "LintRun") -> str:
    return json.dumps(log(run), indent=2, ensure_ascii=False) + "\n"


def _descriptor(active) -> dict:
    rule = active.rule
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc or rule.message},
        "help": {"text": rule.doc or rule.message, "markdown": rule.doc or rule.message},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def _result(path: str, finding, index: dict[str, int]) -> dict:
    result = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(path)},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                    },
                }
            }
        ],
        "properties": {
            "category": finding.category,
            "policy": finding.policy,
            "suggestion": finding.suggestion,
        },
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    return result


def artifact_uri(path: str) -> str:
    """A relative path as a relative URI reference; an absolute one as a file: URI."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix())
    return quote(pure.as_posix())
