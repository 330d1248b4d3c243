"""Every real rule is documented the same way, and docs/rules.md is generated from them."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from smpolicy.lint.rule import DOC_HEADINGS, all_rules
from smpolicy.report.rule_docs import markdown, sorted_rules
from smpolicy.vocabulary import CATEGORIES, SEVERITIES

RULES = sorted(all_rules().values(), key=lambda r: r.id)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_the_four_doc_headings_in_order(rule):
    lines = rule.doc.splitlines()
    positions = []
    for heading in DOC_HEADINGS:
        found = [
            index
            for index, line in enumerate(lines[:-1])
            if line.strip() == heading and set(lines[index + 1].strip()) == {"-"}
        ]
        assert found, f"{rule.id}: missing heading {heading!r}"
        positions.append(found[0])
    assert positions == sorted(positions), f"{rule.id}: headings out of order"
    # Each part says something.
    bounds = positions + [len(lines)]
    for heading, start, end in zip(DOC_HEADINGS, bounds, bounds[1:]):
        assert any(line.strip() for line in lines[start + 2 : end]), f"{rule.id}: {heading!r} is empty"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_metadata(rule):
    assert re.fullmatch(r"[A-Z]{2}\d{3}", rule.id)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name)
    assert rule.category in CATEGORIES
    assert rule.severity in SEVERITIES
    assert rule.message.strip() and rule.suggestion.strip()


def test_ids_and_names_are_unique():
    names = [r.name for r in RULES]
    assert len(set(names)) == len(names), sorted(n for n in names if names.count(n) > 1)
    # Ids are unique by construction (the registry refuses a second declaration).
    assert len({r.id for r in RULES}) == len(RULES)


def test_no_rule_name_shadows_a_category():
    # --select, --ignore and suppressions accept both; a clash would make one unreachable.
    assert not {r.name for r in RULES} & set(CATEGORIES)


def test_docs_rules_md_is_up_to_date():
    path = ROOT / "docs" / "rules.md"
    expected = markdown(sorted_rules())
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    assert actual == expected, (
        "docs/rules.md is out of date; regenerate it with:\n"
        "    .venv/bin/python -m smpolicy.report.rule_docs > docs/rules.md"
    )
