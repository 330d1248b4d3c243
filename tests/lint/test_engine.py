"""The lint engine with throwaway rules: selection, severity, suppression, positions, failures."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXED_NOW, ROOT, make_context
from smpolicy.errors import InputError, RegisterError
from smpolicy.lint import rule as rule_registry
from smpolicy.lint.engine import (
    Selection,
    lint_text,
    load_context,
    parse_now,
    select_rules,
)
from smpolicy.lint.rule import Hit, Rule
from smpolicy.registers import resolve


def word_rule(rule_id: str, name: str, category: str, severity: str, word: str) -> Rule:
    """A rule that flags a word (whole, case-insensitive) in the masked text."""

    def check(draft, ctx):
        for match in re.finditer(rf"\b{word}\b", draft.lower):
            yield Hit(match.start(), match.end())

    check.__doc__ = f"What it does\n------------\nFlags {word}."
    return Rule(rule_id, name, category, severity, f"Found {word}", f"Remove {word}", check)


@pytest.fixture
def rules(monkeypatch) -> dict[str, Rule]:
    """Three throwaway rules in place of the real registry (plus nothing else)."""
    fake = {
        "TA001": word_rule("TA001", "apple", "commercial", "error", "apple"),
        "TB001": word_rule("TB001", "banana", "abuse", "warning", "banana"),
        "TB002": word_rule("TB002", "cherry", "abuse", "info", "cherry"),
    }
    monkeypatch.setattr(rule_registry, "all_rules", lambda: fake)
    return fake


def lint(text: str, selection: Selection | None = None, **lint_table):
    return lint_text(text, "d.md", make_context(**lint_table), selection)


def ids(findings) -> list[str]:
    return [f.rule for f in findings]


# --- findings -----------------------------------------------------------------------------


def test_a_finding_carries_place_severity_policy_and_wording(rules):
    [finding] = lint("+++\nkind = 'post'\n+++\nFirst line\nAn apple a day")
    assert finding.as_dict() == {
        "rule": "TA001",
        "category": "commercial",
        "severity": "error",
        "line": 5,
        "column": 4,
        "end_line": 5,
        "end_column": 9,
        "message": "Found apple",
        "policy": "HSSIB005 §4.7 Commercial or personal gain",
        "suggestion": "Remove apple",
    }


def test_hit_wording_replaces_the_rule_default(rules, monkeypatch):
    def check(draft, ctx):
        yield Hit(0, 4, message="Specific message", suggestion="Specific fix")

    rules["TC001"] = Rule("TC001", "specific", "media", "warning", "Default", "Default fix", check)
    [finding] = lint("Text here")
    assert (finding.message, finding.suggestion) == ("Specific message", "Specific fix")


def test_findings_are_sorted_by_position_and_deduplicated(rules):
    def twice(draft, ctx):
        yield Hit(8, 12)
        yield Hit(8, 12)

    rules["TC002"] = Rule("TC002", "twice", "media", "info", "Twice", "", twice)
    findings = lint("cherry\nbanana apple")
    assert [(f.rule, f.line, f.column) for f in findings] == [
        ("TB002", 1, 1),
        ("TB001", 2, 1),
        ("TC002", 2, 2),
        ("TA001", 2, 8),
    ]


def test_out_of_range_hits_are_clamped_to_the_text(rules):
    def wild(draft, ctx):
        yield Hit(-5, 10_000)

    rules["TC003"] = Rule("TC003", "wild", "media", "info", "Wild", "", wild)
    [finding] = lint("ab\ncd")
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (1, 1, 2, 3)


def test_a_failing_rule_is_an_error_and_the_other_rules_still_report(rules):
    def broken(draft, ctx):
        yield Hit(0, 1)
        raise ZeroDivisionError("division by zero")

    rules["TC004"] = Rule("TC004", "broken", "media", "error", "Broken", "", broken)
    findings = lint("apple")
    assert ids(findings) == ["TC004", "TA001"]  # what it found before failing still counts
    assert findings.errors == ["internal error in rule TC004: ZeroDivisionError: division by zero"]


# --- selection and severity ---------------------------------------------------------------


@pytest.mark.parametrize(
    "select, ignore, expected",
    [
        ((), (), ["TA001", "TB001", "TB002"]),
        (("TA001",), (), ["TA001"]),
        (("ta001",), (), ["TA001"]),
        (("banana",), (), ["TB001"]),
        (("abuse",), (), ["TB001", "TB002"]),
        (("abuse",), ("cherry",), ["TB001"]),
        ((), ("commercial", "TB002"), ["TB001"]),
    ],
)
def test_select_and_ignore_take_ids_names_and_categories(rules, select, ignore, expected):
    findings = lint("apple banana cherry", Selection(select, ignore))
    assert sorted(ids(findings)) == expected


def test_unknown_select_is_an_input_error_with_close_matches(rules):
    with pytest.raises(InputError, match=r"--select: no rule or category 'TA01' \(did you mean TA001"):
        lint("apple", Selection(select=("TA01",)))
    with pytest.raises(InputError, match="--ignore: no rule or category 'abuze'.*abuse"):
        lint("apple", Selection(ignore=("abuze",)))


def test_register_disable_by_id_or_category(rules):
    assert ids(lint("apple banana cherry", disable=["TA001", "abuse"])) == []
    assert ids(lint("apple banana cherry", disable=["cherry"])) == ["TA001", "TB001"]


def test_select_on_the_command_line_overrides_the_register_disable(rules):
    findings = lint("apple banana", Selection(select=("TA001",)), disable=["commercial"])
    assert ids(findings) == ["TA001"]


def test_severity_overrides_by_category_then_id(rules):
    findings = lint("apple banana cherry", severity={"abuse": "error", "TB002": "warning"})
    assert {f.rule: f.severity for f in findings} == {"TA001": "error", "TB001": "error", "TB002": "warning"}


def test_select_rules_keeps_the_default_severity_without_overrides(rules):
    ruleset = select_rules(make_context())
    assert [(a.rule.id, a.severity) for a in ruleset.active] == [
        ("TA001", "error"),
        ("TB001", "warning"),
        ("TB002", "info"),
    ]


# --- suppression comments -----------------------------------------------------------------


def test_suppression_at_the_end_of_a_line_silences_that_line_only(rules):
    text = "apple banana <!-- smpolicy: ignore TA001 -->\napple"
    assert [(f.rule, f.line) for f in lint(text)] == [("TB001", 1), ("TA001", 2)]


def test_suppression_on_its_own_line_silences_the_next_line(rules):
    text = "apple\n<!-- smpolicy: ignore TA001, banana -->\napple banana\napple"
    assert [(f.rule, f.line) for f in lint(text)] == [("TA001", 1), ("TA001", 4)]


def test_suppression_by_category_and_several_rules(rules):
    text = "<!-- smpolicy: ignore abuse,commercial -->\napple banana cherry"
    assert lint(text) == []


def test_suppression_for_the_whole_file(rules):
    text = "apple banana\n\nmore apple\n<!-- smpolicy: ignore-file TA001 -->"
    assert ids(lint(text)) == ["TB001"]


def test_a_multi_line_suppression_comment_silences_the_line_after_it(rules):
    text = "<!-- smpolicy: ignore\n     TA001 -->\napple\napple"
    assert [f.line for f in lint(text)] == [4]


def test_a_suppression_quoted_in_code_is_not_a_suppression(rules):
    text = "Write `<!-- smpolicy: ignore TA001 -->` at the end: apple"
    assert ids(lint(text)) == ["TA001"]


def test_suppressions_do_not_silence_other_rules_or_lines(rules):
    text = "apple <!-- smpolicy: ignore TB001 -->\n\napple"
    assert [f.line for f in lint(text)] == [1, 3]


# --- the real front-matter rules ----------------------------------------------------------


def test_front_matter_problems_are_fm001_findings_at_their_lines():
    context = make_context()
    findings = lint_text('+++\nplatform = "twitter"\nkynd = "post"\n+++\nHello', "d.md", context, Selection(("FM001",)))
    assert [(f.rule, f.line, f.severity, f.category) for f in findings] == [
        ("FM001", 2, "error", "platform"),
        ("FM001", 3, "error", "platform"),
    ]
    assert findings[1].message == "unknown front-matter key 'kynd' (did you mean 'kind'?)"
    assert findings[0].policy.startswith("HSSIB005 §5")


def test_good_front_matter_has_no_fm001_finding():
    text = '+++\nplatform = "bluesky"\naccount = "@hssib.bsky.social"\n+++\nHello'
    assert lint_text(text, "d.md", make_context(), Selection(("FM001",))) == []


def test_unknown_names_in_suppressions_are_fm002_findings():
    context = make_context()
    text = "Hello <!-- smpolicy: ignore FM01 -->\n<!-- smpolicy: ignore -->\n<!-- smpolicy: ignore FM001 -->\n"
    findings = lint_text(text, "d.md", context, Selection(("FM002",)))
    assert [f.line for f in findings] == [1, 2]
    assert findings[0].message.startswith("No rule or category 'FM01' (did you mean FM001")
    assert findings[1].message == "This suppression comment names no rule, so it silences nothing"


# --- register and clock -------------------------------------------------------------------


def test_bundled_register_gives_the_context_with_the_clock_in_its_zone():
    context = load_context(resolve("hssib", environ={}), now=dt.datetime(2026, 7, 1, 9, 0))
    assert context.organisation == "Health Services Safety Investigations Body"
    assert context.now == dt.datetime(2026, 7, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    aware = load_context(resolve("hssib", environ={}), now=dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.timezone.utc))
    assert aware.now.hour == 9 and aware.now.tzinfo == ZoneInfo("Europe/London")


def test_a_bundled_register_is_loaded_without_pydantic():
    code = (
        "import sys, datetime as dt\n"
        "from smpolicy.registers import resolve\n"
        "from smpolicy.lint.engine import load_context, lint_text\n"
        "ctx = load_context(resolve('hssib', environ={}), dt.datetime(2026, 1, 1))\n"
        "lint_text('Hello world', 'a.md', ctx)\n"
        "print(sorted(m for m in ('pydantic', 'rich', 'yaml', 'tomlkit', 'phonenumbers') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_a_users_register_is_validated_with_file_and_line(tmp_path):
    register = tmp_path / "ours.toml"
    register.write_text('schema_version = 1\n[organisation]\nname = "Ours"\nwebsit = "x"\n', encoding="utf-8")
    with pytest.raises(RegisterError) as raised:
        load_context(resolve(str(register), environ={}), now=FIXED_NOW)
    assert str(raised.value).startswith(f"{register}:4: organisation.websit: unknown key")


def test_a_register_disabling_an_unknown_rule_is_an_error(tmp_path, rules):
    register = tmp_path / "ours.toml"
    register.write_text(
        'schema_version = 1\n[organisation]\nname = "Ours"\n[lint]\ndisable = ["TA01"]\n', encoding="utf-8"
    )
    with pytest.raises(RegisterError, match=r"\[lint\] disable: no rule or category 'TA01' \(did you mean TA001"):
        load_context(resolve(str(register), environ={}), now=FIXED_NOW)


def test_a_valid_users_register_is_used(tmp_path, rules):
    register = tmp_path / "ours.toml"
    register.write_text(
        'schema_version = 1\n[organisation]\nname = "Ours"\n[lint]\ndisable = ["abuse"]\n', encoding="utf-8"
    )
    context = load_context(resolve(str(register), environ={}), now=FIXED_NOW)
    assert context.organisation == "Ours"
    assert ids(lint_text("apple banana", "d.md", context)) == ["TA001"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-11-17T14:30", dt.datetime(2026, 11, 17, 14, 30)),
        ("2026-11-17", dt.datetime(2026, 11, 17, 12, 0)),
        ("2026-11-17T14:30:00+00:00", dt.datetime(2026, 11, 17, 14, 30, tzinfo=dt.timezone.utc)),
    ],
)
def test_parse_now(text, expected):
    assert parse_now(text) == expected


def test_parse_now_rejects_words():
    with pytest.raises(InputError, match="--now: 'tomorrow' is not a date-time"):
        parse_now("tomorrow")


# --- never raises -------------------------------------------------------------------------

FRONT_KEYS = st.sampled_from(["platform", "account", "kind", "handle", "publish_at", "images", "in_reply_to", "plaform"])
FRONT_VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.booleans(),
    st.sampled_from(["x", "bluesky", "reply", "bio", "personal-blog", "2026-11-17T14:30:00", "2026-05-01", "10:00"]),
)
MARKDOWN_BITS = st.sampled_from(
    ["`", "``", "```\n", "~~~\n", "[", "](", "![", ")", "<!--", "-->", "<", ">", "http://", "www.", "\n", "\n\n",
     "    ", "\t", "# ", "- ", "+++\n", "---\n", "<!-- smpolicy: ignore ", "-file ", "PD001", "abuse", ",", "\r\n",
     "\ufeff", "İ", "07700 900123", "943 476 5919", "@", "#"]
)
DRAFT_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=12)), max_size=60).map("".join),
)


def _front_matter(pairs: dict, fmt: str) -> str:
    if fmt == "toml":
        lines = [f"{key} = {json.dumps(value) if not isinstance(value, bool) else str(value).lower()}" for key, value in pairs.items()]
        return "+++\n" + "\n".join(lines) + "\n+++\n"
    lines = [f"{key}: {json.dumps(value)}" for key, value in pairs.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


CONTEXT = make_context()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    front=st.dictionaries(FRONT_KEYS, FRONT_VALUES, max_size=5),
    fmt=st.sampled_from(["toml", "yaml", "none"]),
    body=DRAFT_TEXT,
)
def test_lint_never_raises_on_arbitrary_text_and_front_matter(front, fmt, body):
    text = body if fmt == "none" else _front_matter(front, fmt) + body
    findings = lint_text(text, "fuzz.md", CONTEXT)
    # Every real rule copes with anything: a rule error would be a bug, not a finding.
    assert findings.errors == []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for finding in findings:
        assert 1 <= finding.line <= finding.end_line <= len(lines) + 1
        assert finding.column >= 1 and finding.end_column >= 1
        assert finding.severity in ("error", "warning", "info")


@settings(max_examples=150, deadline=None)
@given(body=DRAFT_TEXT)
def test_masking_keeps_length_and_line_breaks(body):
    from smpolicy.lint.draft import parse_draft

    draft = parse_draft(body, "fuzz.md", "Europe/London")
    assert len(draft.masked) == len(draft.body)
    assert [i for i, c in enumerate(draft.masked) if c == "\n"] == [i for i, c in enumerate(draft.body) if c == "\n"]


def test_a_zone_loaded_on_demand_behaves_as_zoneinfo():
    from smpolicy.lint.engine import ZoneOnDemand

    for key in ("Europe/London", "America/New_York", "Australia/Lord_Howe"):
        real, lazy = ZoneInfo(key), ZoneOnDemand(key)
        # Every 20 minutes across both 2026 transitions (gaps and repeated hours).
        for start in (dt.datetime(2026, 3, 7), dt.datetime(2026, 3, 28), dt.datetime(2026, 10, 24), dt.datetime(2026, 11, 1), dt.datetime(2026, 4, 4)):
            for step in range(0, 48 * 3):
                instant = (start + dt.timedelta(minutes=20 * step)).replace(tzinfo=dt.timezone.utc)
                a, b = instant.astimezone(real), instant.astimezone(lazy)
                assert (a.replace(tzinfo=None), a.fold, a.utcoffset(), a.tzname()) == (b.replace(tzinfo=None), b.fold, b.utcoffset(), b.tzname())
                wall = instant.replace(tzinfo=None)
                for fold in (0, 1):
                    x, y = wall.replace(tzinfo=real, fold=fold), wall.replace(tzinfo=lazy, fold=fold)
                    assert (x.utcoffset(), x.dst(), x.tzname()) == (y.utcoffset(), y.dst(), y.tzname())
                    # (== between two zones is False for times in a gap or fold, by design)
                    assert x.astimezone(dt.timezone.utc) == y.astimezone(dt.timezone.utc)


def test_linting_a_draft_without_times_never_loads_a_time_zone():
    code = (
        "import sys, datetime as dt\n"
        "from smpolicy.registers import resolve\n"
        "from smpolicy.lint.engine import load_context, lint_text\n"
        "ctx = load_context(resolve('hssib', environ={}), dt.datetime(2026, 11, 17, 14, 30))\n"
        "lint_text('Our flu clinics are open this week. Call NHS 111. #FluJab', 'a.md', ctx)\n"
        "ctx = load_context(resolve('hssib', environ={}))\n"
        "lint_text('Our flu clinics are open this week. Call NHS 111. #FluJab', 'a.md', ctx)\n"
        "print('zoneinfo' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stderr
