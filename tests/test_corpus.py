"""How well `smpolicy lint` does on the labelled corpus in `tests/corpus/` (see its README.md).

Every draft is linted in-process with its organisation's bundled register and a fixed clock. The
categories lint raises are compared with the categories a comms reviewer would raise (the labels),
per category and overall. False alarms count as much as misses: both precision and recall must
reach 0.9. The corpus was written from the five policies, independently of the rule code, so
these figures measure the rules rather than mirror them: fix the rules, not the labels.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smpolicy.registers import bundled_names, bundled_path
from smpolicy.vocabulary import CATEGORIES, DRAFT_KINDS, PLATFORMS

CORPUS = Path(__file__).resolve().parent / "corpus"
LABELS = CORPUS / "labels.toml"
# The same clock as every other lint test: Tuesday 17 November 2026, 14:30 in London.
FIXED_NOW = dt.datetime(2026, 11, 17, 14, 30, tzinfo=ZoneInfo("Europe/London"))
MINIMUM = 0.9
FRONT_MATTER_KEYS = {"platform", "account", "kind", "handle", "publish_at", "images", "in_reply_to"}


# --- reading the corpus ---------------------------------------------------------------------


def load_labels() -> dict[str, dict]:
    return tomllib.loads(LABELS.read_text(encoding="utf-8"))["drafts"]


def draft_names() -> list[str]:
    """Every draft as `<register>/<file>`, the key it has in labels.toml."""
    return sorted(path.relative_to(CORPUS).as_posix() for path in CORPUS.glob("*/*.md"))


def expected_categories() -> dict[str, frozenset[str]]:
    return {name: frozenset(entry["expect"]) for name, entry in load_labels().items()}


def split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("+++\n"):
        return {}, text
    source, body = text[4:].split("\n+++\n", 1)
    return tomllib.loads(source), body


# --- scoring --------------------------------------------------------------------------------


@dataclass
class Score:
    """True positives, false positives and false negatives for one category (or all of them)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        raised = self.tp + self.fp
        return self.tp / raised if raised else 1.0

    @property
    def recall(self) -> float:
        wanted = self.tp + self.fn
        return self.tp / wanted if wanted else 1.0


@dataclass
class Report:
    by_category: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    # (draft, expected, got) for every draft where lint disagrees with its label.
    disagreements: list[tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=list)


def score(expected: dict[str, frozenset[str]], got: dict[str, frozenset[str]]) -> Report:
    """Compare category sets draft by draft; the overall figures are micro-averaged."""
    report = Report(by_category={category: Score() for category in CATEGORIES})
    for name in sorted(expected):
        want, have = expected[name], got.get(name, frozenset())
        for category in want | have:
            cell = report.by_category.setdefault(category, Score())
            if category in want and category in have:
                cell.tp += 1
            elif category in have:
                cell.fp += 1
            else:
                cell.fn += 1
        if want != have:
            report.disagreements.append((name, want, have))
    for cell in report.by_category.values():
        report.overall.tp += cell.tp
        report.overall.fp += cell.fp
        report.overall.fn += cell.fn
    return report


def render(report: Report, drafts: int) -> str:
    """The table printed on every run, and the disagreements worst-first."""
    lines = [
        f"lint on the labelled corpus: {drafts} drafts, clock {FIXED_NOW.isoformat()}",
        f"{'category':<15} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}",
    ]
    for category, cell in report.by_category.items():
        lines.append(
            f"{category:<15} {cell.tp:>4} {cell.fp:>4} {cell.fn:>4} {cell.precision:>10.2f} {cell.recall:>8.2f}"
        )
    total = report.overall
    lines.append(
        f"{'overall (micro)':<15} {total.tp:>4} {total.fp:>4} {total.fn:>4} "
        f"{total.precision:>10.2f} {total.recall:>8.2f}"
    )
    # Drafts with the most wrong categories first; misses and false alarms both count.
    worst = sorted(report.disagreements, key=lambda d: (-len(d[1] ^ d[2]), d[0]))
    lines.append(f"{len(worst)} drafts disagree with their label (file: expected -> got):")
    lines.extend(f"  {name}: {_names(want)} -> {_names(have)}" for name, want, have in worst)
    return "\n".join(lines)


def _names(categories: frozenset[str]) -> str:
    return "[" + ", ".join(sorted(categories)) + "]"


# --- running lint ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusRun:
    got: dict[str, frozenset[str]]
    # draft -> rule errors reported by the engine (a rule that raised on that draft)
    errors: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def lint_corpus() -> CorpusRun:
    """Lint every draft in-process with its organisation's bundled register and the fixed clock."""
    from smpolicy.lint.context import context_from_data
    from smpolicy.lint.engine import lint_text, select_rules

    got: dict[str, frozenset[str]] = {}
    errors: dict[str, tuple[str, ...]] = {}
    by_register: dict[str, list[str]] = {}
    for name in draft_names():
        by_register.setdefault(name.split("/", 1)[0], []).append(name)
    for register, names in by_register.items():
        data = tomllib.loads(bundled_path(register).read_text(encoding="utf-8"))
        context = context_from_data(data, now=FIXED_NOW)
        ruleset = select_rules(context)
        for name in names:
            text = (CORPUS / name).read_text(encoding="utf-8")
            findings = lint_text(text, name, context, ruleset=ruleset)
            got[name] = frozenset(finding.category for finding in findings)
            if findings.errors:
                errors[name] = tuple(findings.errors)
    return CorpusRun(got, errors)


# --- the corpus is what it says it is -------------------------------------------------------


def test_labels_and_draft_files_match_one_to_one():
    labelled, files = set(load_labels()), set(draft_names())
    assert not files - labelled, f"drafts without a label: {sorted(files - labelled)}"
    assert not labelled - files, f"labels without a draft: {sorted(labelled - files)}"


def test_every_label_is_a_known_category_with_a_reason():
    for name, entry in load_labels().items():
        unknown = set(entry["expect"]) - set(CATEGORIES)
        assert not unknown, f"{name}: unknown categories {sorted(unknown)}"
        assert len(entry["expect"]) == len(set(entry["expect"])), f"{name}: a category is listed twice"
        assert entry.get("note", "").strip(), f"{name}: says nothing about why"
        assert set(entry) <= {"expect", "note"}, f"{name}: unexpected keys {sorted(set(entry) - {'expect', 'note'})}"


def test_drafts_live_under_a_bundled_register_with_numbered_names():
    registers = set(bundled_names())
    for name in draft_names():
        folder, file = name.split("/")
        assert folder in registers, f"{name}: '{folder}' is not a bundled register"
        number, _, slug = file.removesuffix(".md").partition("-")
        assert len(number) == 3 and number.isdigit() and slug, f"{name}: expected NNN-slug.md"


def test_front_matter_uses_only_the_documented_keys_and_values():
    for name in draft_names():
        meta, body = split_front_matter((CORPUS / name).read_text(encoding="utf-8"))
        assert body.strip(), f"{name}: empty draft"
        assert set(meta) <= FRONT_MATTER_KEYS, f"{name}: unknown keys {sorted(set(meta) - FRONT_MATTER_KEYS)}"
        assert meta.get("platform", "x") in PLATFORMS, f"{name}: unknown platform {meta['platform']}"
        assert meta.get("kind", "post") in DRAFT_KINDS, f"{name}: unknown kind {meta['kind']}"
        if "publish_at" in meta:
            assert isinstance(meta["publish_at"], dt.datetime), f"{name}: publish_at is not a date-time"


def test_the_corpus_is_big_balanced_and_covers_every_category():
    labels = expected_categories()
    assert len(labels) >= 180
    per_register = Counter(name.split("/")[0] for name in labels)
    assert set(per_register) == set(bundled_names()), per_register
    assert min(per_register.values()) >= 36, per_register
    clean = sum(1 for categories in labels.values() if not categories)
    assert clean * 3 >= len(labels), f"only {clean} of {len(labels)} drafts are clean"
    raised = Counter(category for categories in labels.values() for category in categories)
    thin = {category: raised[category] for category in CATEGORIES if raised[category] < 6}
    assert not thin, f"categories with fewer than 6 labelled drafts: {thin}"
    spread = {
        category: {name.split("/")[0] for name, cats in labels.items() if category in cats} for category in CATEGORIES
    }
    narrow = {category: sorted(orgs) for category, orgs in spread.items() if len(orgs) < 3}
    assert not narrow, f"categories labelled in fewer than three organisations: {narrow}"


# --- the scorer itself ----------------------------------------------------------------------


def test_score_counts_false_alarms_as_much_as_misses():
    expected = {
        "a.md": frozenset({"abuse"}),
        "b.md": frozenset(),
        "c.md": frozenset({"timing", "platform"}),
    }
    got = {
        "a.md": frozenset({"abuse"}),
        "b.md": frozenset({"political"}),
        "c.md": frozenset({"timing"}),
    }
    report = score(expected, got)
    assert (report.by_category["abuse"].tp, report.by_category["abuse"].fp) == (1, 0)
    assert report.by_category["political"].fp == 1
    assert report.by_category["platform"].fn == 1
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 1)
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.overall.recall == pytest.approx(2 / 3)
    assert [name for name, _, _ in report.disagreements] == ["b.md", "c.md"]


def test_score_of_a_perfect_run_is_one_and_an_empty_run_misses_everything():
    expected = {"a.md": frozenset({"abuse", "media"}), "b.md": frozenset()}
    assert score(expected, dict(expected)).overall.precision == 1.0
    assert score(expected, dict(expected)).overall.recall == 1.0
    silent = score(expected, {})
    assert (silent.overall.tp, silent.overall.fn, silent.overall.recall) == (0, 2, 0.0)


# --- lint against the labels ----------------------------------------------------------------


def test_no_rule_fails_on_any_corpus_draft():
    run = lint_corpus()
    assert not run.errors, "rules raised on corpus drafts:\n" + "\n".join(
        f"  {name}: {'; '.join(errors)}" for name, errors in sorted(run.errors.items())
    )


def test_lint_precision_and_recall_on_the_corpus_reach_the_bar():
    expected = expected_categories()
    report = score(expected, lint_corpus().got)
    table = render(report, len(expected))
    print("\n" + table)
    overall = report.overall
    assert overall.precision >= MINIMUM and overall.recall >= MINIMUM, (
        f"overall precision {overall.precision:.2f} and recall {overall.recall:.2f} "
        f"must both be at least {MINIMUM}\n{table}"
    )
