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
    """`json.dumps(document(run), indent=2, ensure_ascii=False)`, written out by hand.

    With `indent`, `json.dumps` uses its pure-Python encoder: a third of a second for 10,000
    drafts' findings. The shape is fixed, so each string goes through the C string encoder
    instead, once per distinct string (findings repeat their rule, message and policy).
    """
    from json.encoder import encode_basestring

    memo: dict[str, str] = {}

    def quoted(value: str | None) -> str:
        if value is None:
            return "null"
        encoded = memo.get(value)
        if encoded is None:
            encoded = memo[value] = encode_basestring(value)
        return encoded

    counts = run.counts()
    parts = ['{\n  "schema_version": ', str(SCHEMA_VERSION), ',\n  "files": ']
    if run.files:
        parts.append("[")
        separator = "\n"
        for result in run.files:
            parts += [separator, '    {\n      "path": ', quoted(result.path), ',\n      "error": ', quoted(result.error)]
            parts.append(',\n      "findings": ')
            parts.append(_findings(result.findings, quoted) if result.findings else "[]")
            parts.append("\n    }")
            separator = ",\n"
        parts.append("\n  ]")
    else:
        parts.append("[]")
    parts += [',\n  "summary": {\n    "files": ', str(len(run.files)), ',\n    "errors": ', str(counts["error"])]
    parts += [',\n    "warnings": ', str(counts["warning"]), ',\n    "infos": ', str(counts["info"]), "\n  }\n}\n"]
    return "".join(parts)


# Each finding's keys as they open their line inside the findings list (indent=2, depth 4).
_FINDING_OPENERS = tuple(f'{"," if number else ""}\n          "{key}": ' for number, key in enumerate(FINDING_KEYS))
_INTEGER_KEYS = frozenset({"line", "column", "end_line", "end_column"})


def _findings(findings, quoted) -> str:
    kinds = tuple(key in _INTEGER_KEYS for key in FINDING_KEYS)
    parts = ["["]
    separator = "\n"
    for finding in findings:
        parts += [separator, "        {"]
        for opener, is_integer, value in zip(_FINDING_OPENERS, kinds, finding):
            parts += [opener, str(value) if is_integer else quoted(value)]
        parts.append("\n        }")
        separator = ",\n"
    parts.append("\n      ]")
    return "".join(parts)
