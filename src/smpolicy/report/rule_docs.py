"""The rules' own documentation, for `smpolicy rules` and for docs/rules.md.

docs/rules.md is generated from the rules' docstrings so it cannot drift from what they do:

    python -m smpolicy.report.rule_docs > docs/rules.md

(a test fails, and says this, when the file is out of date).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smpolicy.errors import InputError

if TYPE_CHECKING:
    from smpolicy.lint.rule import Rule


def sorted_rules() -> list["Rule"]:
    from smpolicy.lint.engine import available_rules

    return sorted(available_rules().values(), key=lambda r: r.id)


def rules_in_category(category: str | None) -> list["Rule"]:
    from smpolicy.vocabulary import CATEGORIES

    if category is None:
        return sorted_rules()
    wanted = category.strip().lower()
    if wanted not in CATEGORIES:
        raise InputError(f"--category: no category '{category}'{_close(wanted, list(CATEGORIES))}")
    return [r for r in sorted_rules() if r.category == wanted]


def find_rule(word: str) -> "Rule":
    """A rule by id (any case) or name; an input error naming close matches otherwise."""
    wanted = word.strip().lower()
    for rule in sorted_rules():
        if wanted in (rule.id.lower(), rule.name.lower()):
            return rule
    words = [r.id for r in sorted_rules()] + [r.name for r in sorted_rules()]
    hint = _close(word.strip(), words) or _close(word.strip().upper(), words)
    raise InputError(f"no rule '{word}'{hint}; 'smpolicy rules' lists them")


def _close(word: str, choices: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, choices, n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def rules_json(rules: list["Rule"]) -> str:
    import json

    from smpolicy.report.models import RuleOut

    items = [
        RuleOut(
            id=r.id,
            name=r.name,
            category=r.category,
            severity=r.severity,
            message=r.message,
            suggestion=r.suggestion,
            summary=r.summary,
            doc=r.doc,
        ).model_dump()
        for r in rules
    ]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def markdown(rules: list["Rule"]) -> str:
    """docs/rules.md: an index table, then each rule's documentation under its id."""
    from smpolicy.vocabulary import CATEGORIES

    out = [
        "# Lint rules",
        "",
        "<!-- Generated from the rules' docstrings: python -m smpolicy.report.rule_docs > docs/rules.md -->",
        "",
        "Each rule has a stable id, one category, a default severity (the register's `[lint] severity`",
        "can change it) and documentation, printed by `smpolicy rules explain ID`. Findings cite the",
        "register's policy section for the rule's category.",
        "",
        "| Id | Name | Category | Severity | What it checks |",
        "|---|---|---|---|---|",
    ]
    ordered = sorted(rules, key=lambda r: (CATEGORIES.index(r.category), r.id))
    for r in ordered:
        out.append(f"| [{r.id}](#{r.id.lower()}) | `{r.name}` | {r.category} | {r.severity} | {_cell(r.summary)} |")
    for r in ordered:
        out += ["", f"## {r.id}", "", f"`{r.name}`, {r.category}, {r.severity} by default.", ""]
        out.append(_demote_headings(r.doc))
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _demote_headings(doc: str) -> str:
    """The docstring's underlined headings become `###` headings inside the rule's section."""
    lines = doc.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        underline = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() and underline.strip() and set(underline.strip()) == {"-"} and len(underline.strip()) >= 3:
            out.append(f"### {line.strip()}")
            index += 2
            continue
        out.append(line)
        index += 1
    return "\n".join(out)


if __name__ == "__main__":
    import sys

    sys.stdout.write(markdown(sorted_rules()))
