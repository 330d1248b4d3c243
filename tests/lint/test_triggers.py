"""Rule triggers (smpolicy.lint.triggers): the engine skips a rule for a draft without any of its
trigger words, and that must never change a finding.

Four kinds of test:

1. The word index and trigger matching: what fires and what does not.
2. Coverage: a rule with trigger words says in `needs` which patterns every one of its findings
   needs (a match of one of them; a tuple means all of those). `requirement()` reads those
   regular expressions and the declared triggers must cover every way they can match. When
   this fails after a pattern or phrase list changed, add the trigger the message suggests to
   the rule's `triggers` (`bench/triggers.py --write RULE` rewrites them from `needs`).
3. Generated text: hypothesis writes text each needed pattern matches; it must fire the triggers.
4. Equivalence: every text in the test suite, the labelled corpus and the published examples,
   as a post, a reply, a personal blog and an image's alt text: a rule its triggers skip finds
   nothing when it is run anyway.
"""

from __future__ import annotations

import ast
import random
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from conftest import ROOT, make_context, make_draft

from smpolicy.lint.engine import lint_text, select_rules
from smpolicy.lint.rule import all_rules
from smpolicy.lint.triggers import (
    AllOf,
    Trigger,
    Triggers,
    WordIndex,
    source_of,
    all_of,
    clauses,
    describe,
    index_of,
    needs_any,
    uncovered,
    _generated_triggers,
    read_generated,
    write_generated,
)

# --- 1. the word index and trigger matching ---------------------------------------------------


def fires(items, text: str) -> bool:
    return Trigger(items).fires(WordIndex(text))


@pytest.mark.parametrize(
    "items, text",
    [
        (("whistle*",), "I'm blowing the WHISTLE"),
        (("whistle*",), "whistleblowers"),
        (("tribunal",), "See you at the tribunal."),
        (("*blow*",), "whistle-blowing"),
        (("go public",), "time to go\n   public"),
        (("go public",), "go public"),
        ((("cover*", "ward"),), "a cover-up on our ward"),
        (("a&e",), "You don't need A&E"),
        (("🧵",), "A story 🧵"),
        (("don't know",), "I don\u2019t know"),
        (("istanbul",), "\u0130STANBUL"),  # İ matches i when a pattern ignores case
        (("shit",), "\u017fhit"),  # long s likewise
        (("kelvin",), "\u212aelvin"),
        ((" dim",), "dim view"),  # a leading space matches at the start of the text
    ],
)
def test_triggers_fire(items, text):
    assert fires(items, text)


@pytest.mark.parametrize(
    "items, text",
    [
        (("public",), "published"),
        (("whistle",), "whistleblower"),
        (("whistle*",), "a tin whistl"),
        (("go public",), "going public"),
        ((("cover*", "ward"),), "cover the costs"),
        (("a&e",), "A and E"),
        (("tribunal",), ""),
        (("public health",), "public, health"),
    ],
)
def test_triggers_do_not_fire(items, text):
    assert not fires(items, text)


def test_the_index_reads_the_masked_body_the_reply_and_alt_text():
    draft = make_draft(
        "Look at `secretcode` here", kind="reply", in_reply_to="Is it ReplyWord?", images=[("a.jpg", "AltWord")]
    )
    words = {word.decode() if isinstance(word, bytes) else word for word in index_of(draft).words}
    assert {"look", "replyword", "altword"} <= words
    assert "secretcode" not in words


def test_requirement_reads_words_prefixes_and_phrases():
    assert describe(clauses(r"(?<![\w'])go(?:ing)?\s+public(?![\w])")) == [
        ("go public", "go", "public"),
        ("going public", "going", "public"),
    ]
    assert describe(clauses(r"\btribunals?\b")) == ["tribunal", "tribunals"]
    assert describe(clauses(r"(?<!\w)sh[i*]t\w*")) == [("sh*t", "t*", "sh"), "shit*"]
    assert describe(clauses(r"(?<!\w)to\s+the\s+(?:papers|press)(?!\w)")) == [
        ("to the papers", "papers", "the", "to"),
        ("to the press", "press", "the", "to"),
    ]
    assert describe(clauses(r"(?<!\w)a&e(?!\w)")) == [("a&e", "a", "e")]
    assert describe(clauses(r"(?:x|\w+)\d*")) == ["<anything>"]
    assert describe(clauses(r"(?<!\w)(?:the\s+)?media\s+(?:team|office)")) == [
        ("media office", "office*", "media"),
        ("media team", "team*", "media"),
    ]
    assert describe(clauses(r"(?:abc|def)")) == ["*abc*", "*def*"]


def test_uncovered_names_what_a_trigger_misses():
    needed = needs_any([r"(?<![\w'])(?:whistle-?blow\w*|go(?:ing)?\s+public)(?![\w'])"])
    assert uncovered(("whistle*", "public"), needed) == []
    assert describe(uncovered(("whistle*",), needed)) == [("go public", "go", "public"), ("going public", "going", "public")]
    assert uncovered(("whistle*", "go public", "going public"), needed) == []
    assert uncovered(("whistleblower",), needed) != []


def test_all_of_needs_each_group_covered():
    needed = needs_any([r"(?<!\w)(?:my|our)\s+(?:manager|boss)\s+is\s+(?:useless|lazy)(?!\w)"])
    assert uncovered(all_of(("manager", "boss"), ("useless", "lazy")), needed) == []
    missing = uncovered(all_of(("manager", "boss"), ("useless",)), needed)
    assert len(missing) == 4 and all(("word", "lazy") in clause for clause in missing)
    assert fires(("x",), "x") and Trigger(("manager",)).fires(WordIndex("our manager"))


# --- 2 and 3. declared triggers cover the patterns their rules need ---------------------------------


def _word_triggered():
    return sorted(rule.id for rule in all_rules().values() if rule.triggers is not None and not callable(rule.triggers))


@cache
def _needed(rule_id: str):
    return needs_any(all_rules()[rule_id].needs())


def test_every_rule_with_trigger_words_says_what_they_stand_for():
    assert [rule_id for rule_id in _word_triggered() if all_rules()[rule_id].needs is None] == []


def test_every_rule_that_says_what_it_needs_has_generated_trigger_words():
    """A rule with `needs` whose words are not in data/triggers.tsv yet would run on every draft."""
    missing = [
        rule.id
        for rule in all_rules().values()
        if rule.needs is not None and not any(isinstance(group, tuple) for group in _groups(rule.triggers))
    ]
    assert missing == [], f"no trigger words for {missing}: run .venv/bin/python bench/triggers.py --write {' '.join(missing)}"


def test_generated_triggers_are_only_for_rules_that_exist():
    assert sorted(set(_generated_triggers()) - set(all_rules())) == []


def _groups(triggers) -> tuple:
    if triggers is None or callable(triggers):
        return ()
    return tuple(triggers) if isinstance(triggers, AllOf) else (tuple(triggers),)


@pytest.mark.parametrize("rule_id", _word_triggered())
def test_declared_triggers_cover_the_patterns(rule_id):
    rule = all_rules()[rule_id]
    missing = uncovered(rule.triggers, _needed(rule_id))
    assert missing == [], (
        f"{rule_id}: its triggers miss {describe(missing)[:20]}; add them to its triggers, or rewrite them"
        f" all with: .venv/bin/python bench/triggers.py --write {rule_id}"
    )


@pytest.mark.parametrize("rule_id", _word_triggered())
def test_text_the_patterns_match_fires_the_triggers(rule_id):
    """Generated from each pattern a rule needs (hypothesis reads the regular expression), any
    text the pattern matches, odd Unicode and all, fires the rule's triggers."""
    rule = all_rules()[rule_id]
    trigger = Trigger(rule.triggers)
    for alternative in rule.needs():
        patterns = [_compiled(pattern) for pattern in (alternative if isinstance(alternative, tuple) else (alternative,))]

        @settings(max_examples=5, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
        @given(st.tuples(*[st.from_regex(pattern, fullmatch=False) for pattern in patterns]))
        def fires(parts):
            text = "\n".join(parts)
            assume(all(pattern.search(text) for pattern in patterns))
            assert trigger.fires(WordIndex(text)), f"{rule_id} does not fire on {text!r}"

        fires()


def _compiled(pattern) -> re.Pattern[str]:
    source, flags = source_of(pattern)
    return re.compile(source, flags)


# --- 4. a rule its triggers skip finds nothing --------------------------------------------------


def _test_texts() -> list[str]:
    """String constants from every test module (the rules' examples, flagged and clean)."""
    found: set[str] = set()
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value) >= 10 and " " in value.strip():
                found.add(value)
    return sorted(found)


def _files(folder: Path) -> list[tuple[str, str]]:
    """(register, text) for each draft under a folder named after its register."""
    drafts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".md", ".txt") and path.is_file():
            register = next((part for part in path.parts if part in _REGISTERS), "hssib")
            drafts.append((register, path.read_text(encoding="utf-8")))
    return drafts


_REGISTERS = ("hssib", "hra", "bnssg-icb", "tavistock-portman", "hee")


def _variants(text: str) -> list[dict]:
    """The text as the rules may meet it: a post, a reply, a personal blog, a reply's source."""
    return [
        {},
        {"kind": "reply", "in_reply_to": "Thanks for your help earlier"},
        {"kind": "personal-blog"},
        {"kind": "reply", "in_reply_to": text, "text": "Sorry to hear that, thank you for telling us."},
        {"images": [("photo.jpg", text)], "text": "Our team at the open day."},
    ]


def _skipped_rules_find_nothing(register: str, text: str, meta: dict) -> list[str]:
    body = meta.pop("text", text)
    try:
        draft = make_draft(body, **meta)
    except Exception:  # noqa: BLE001 - a text that is not a valid draft for this variant
        return []
    context = _context(register)
    problems = []
    ruleset = _ruleset(register)
    for entry, worth in zip(ruleset.active, ruleset.worth_running(draft)):
        if worth:
            continue
        hits = list(entry.rule.check(draft, context))
        if hits:
            found = draft.body[hits[0].start : hits[0].end]
            problems.append(
                f"{entry.rule.id}'s triggers skip it, yet it finds {found!r} in {body[:80]!r} {meta}: the pattern"
                " that found it is missing from the rule's `needs` (then run bench/triggers.py --write)"
            )
    return problems


@cache
def _context(register: str):
    return make_context(register)


@cache
def _ruleset(register: str):
    return select_rules(_context(register))


def test_skipped_rules_find_nothing_in_test_texts():
    problems = []
    for text in _test_texts():
        for meta in _variants(text):
            problems += _skipped_rules_find_nothing("hssib", text, meta)
    assert problems == []


def test_skipped_rules_find_nothing_in_the_corpus_and_published_examples():
    problems = []
    for register, text in _files(ROOT / "tests" / "corpus") + _files(ROOT / "tests" / "published"):
        for meta in _variants(text)[:3]:
            problems += _skipped_rules_find_nothing(register, text, meta)
    assert problems == []


def test_triggers_checked_one_by_one_and_compiled_together_agree():
    ruleset = _ruleset("hssib")
    specs = [entry.rule.triggers for entry in ruleset.active]
    compiled = Triggers(specs)
    compiled.compile()
    for text in _test_texts()[::7] + [text for _, text in _files(ROOT / "tests" / "corpus")][::2]:
        one_by_one = Triggers(specs)  # fresh: checks rule by rule
        assert one_by_one.worth_running(make_draft(text)) == compiled.worth_running(make_draft(text)), text


def test_the_engine_gives_the_same_findings_with_and_without_triggers():
    random.seed(3)
    context = make_context("hssib")
    ruleset = select_rules(context)
    texts = [text for _, text in _files(ROOT / "tests" / "corpus")]
    for text in texts:
        with_triggers = lint_text(text, "d.md", context, ruleset=ruleset)
        without = lint_text(text, "d.md", context, ruleset=ruleset, prefilter=False)
        assert list(with_triggers) == list(without)


def test_generated_triggers_read_back_as_written():
    triggers = {"AB001": ["damn", ("go public", "whistle*|leak*")], "ZZ001": ["£"]}
    assert read_generated(write_generated(triggers)) == triggers


@pytest.mark.parametrize("bad", ["", "a\tb", "a\nb"])
def test_a_trigger_term_that_would_not_read_back_is_refused(bad):
    with pytest.raises(ValueError):
        write_generated({"AB001": [("x", bad)]})
