"""Patterns: user-supplied terms are literals, and no rule takes pathological time.

A register's suppliers and protected terms are matched as literal text (whole words, any case),
so a term full of regular-expression syntax is just text and cannot make matching slow. (There
are no other user-supplied patterns: custom phrase lists are not a register setting.)

Every lint rule then runs over 100 KB of adversarial text, mostly on one line: runs of one
character, the openers of Markdown syntax, endless sentences full of hits, and every phrase
list's own words run together. Two worker processes share the families; a family that takes
longer than HANG_AFTER seconds is reported as a hang (a hang detector, not a speed test: each
takes well under a second).
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import make_context, rule_hits

HANG_AFTER = 20
SIZE = 100_000

# --- literal terms --------------------------------------------------------------------------

SUPPLIER_CASES = [
    # (supplier, text, what must be found)
    ("A.B. Consulting", "Thanks to A.B. Consulting for the new booking system.", ["A.B. Consulting"]),
    ("A.B. Consulting", "Thanks to AxBx Consulting for the new booking system.", []),
    (".*", "Our new report is out today.", []),
    (".*", "A pattern like .* is not a supplier name.", [".*"]),
    ("(a+)+$", "a" * 5000 + "!", []),
    ("C++ Ltd", "Thanks to C++ Ltd for the code.", ["C++ Ltd"]),
    ("Smith & Sons", "Smith & Sons fixed the roof.", ["Smith & Sons"]),
    ("[Draft] Ltd", "see [Draft] Ltd now", ["[Draft] Ltd"]),
    ("Acme Health", "Thanks to ACME   HEALTH for this.", ["ACME   HEALTH"]),
    ("Acme", "The Acmeplex cinema is closed.", []),
    ("\\d+ Care", "Thanks to 24 Care for the help.", []),
]


@pytest.mark.parametrize(("supplier", "text", "found"), SUPPLIER_CASES)
def test_suppliers_are_matched_as_literal_words(supplier: str, text: str, found: list[str]):
    assert rule_hits("CM001", text, lint={"suppliers": [supplier]}) == found


PROTECTED_CASES = [
    ("witness statement", "I read the Witness Statement today.", ["Witness Statement"]),
    ("a.b", "Call axb now.", []),
    (".*", "Anything at all.", []),
    ("C++", "We used C++ for this.", ["C++"]),
    ("(x|y)", "Either x or y.", []),
]


@pytest.mark.parametrize(("term", "text", "found"), PROTECTED_CASES)
def test_protected_terms_are_matched_as_literal_words(term: str, text: str, found: list[str]):
    assert rule_hits("CF003", text, lint={"protected_terms": [term]}) == found


# --- adversarial text through every rule ------------------------------------------------------


def _repeat(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


FAMILIES: dict[str, str] = {
    "digits": _repeat("0"),
    "digits and spaces": _repeat("0 "),
    "phone numbers run together": _repeat("07700 900"),
    "spaces": "a" + " " * SIZE + "a",
    "one letter": _repeat("a"),
    "hashes": _repeat("#"),
    "hashtags": _repeat("#a"),
    "one endless hashtag": "#" + _repeat("a"),
    "at signs": _repeat("@"),
    "handles and dots": _repeat("@a."),
    "dots": _repeat("."),
    "letters and dots": _repeat("a."),
    "mixed": _repeat("a1 #b@c.d "),
    "one endless web address": "http://" + _repeat("a"),
    "closing brackets after an address": "www.a" + _repeat(")"),
    "square brackets": _repeat("["),
    "links never closed": _repeat("[a]("),
    "escaped brackets": _repeat("\\["),
    "backticks": _repeat("`"),
    "comments never closed": _repeat("<!--"),
    "angle brackets": _repeat("<"),
    "capitals": _repeat("A"),
    "words in capitals": _repeat("NHS "),
    "offers in one endless sentence": _repeat("£5 off "),
    "international numbers": _repeat("+44 "),
    "emoji": _repeat("\U0001F600"),
    "a letter that grows when lowered": _repeat("\u0130"),
    "combining accents": _repeat("e\u0301"),
    "zero-width spaces": _repeat("a\u200b"),
    "many lines": _repeat("a\n"),
    "code fences": _repeat("```\n"),
    "list items with brackets": _repeat("- [a\n"),
}

WORKER = r"""
import re, sys, time
sys.path.insert(0, sys.argv[1])
from conftest import make_context
from smpolicy.lint.engine import lint_text, select_rules
from smpolicy.lint import phrases
from smpolicy.lint.rule import all_rules
import json

families = json.loads(sys.stdin.read())
# User terms full of pattern syntax and long runs of words, as a register might hold them.
context = make_context(
    suppliers=["(a+)+$", ".*", "a" * 60, "A.B. Consulting", "C++ Ltd"],
    protected_terms=["a " * 30, "#a", "@a", "[a](", "0 0 0 0 0 0"],
)
ruleset = select_rules(context)
assert len(ruleset.active) == len(all_rules()), "every rule must run"
for name, text in families:
    if text.startswith("soup:"):
        lists = text[5:].split(",")
        words = [w for n in lists for e in phrases.read_entries(n) for w in re.findall(r"[a-z£%'’]{2,}", e.match.lower())]
        soup = " ".join(words)
        text = (soup * (100_000 // len(soup) + 1))[:100_000]
    print("start", name, flush=True)
    started = time.perf_counter()
    findings = lint_text(text, "adversarial.md", context, ruleset=ruleset)
    print("done", name, round(time.perf_counter() - started, 2), len(findings.errors), flush=True)
"""


def _phrase_lists() -> list[str]:
    from smpolicy.lint import phrases

    return phrases.data_names()


def _soups() -> dict[str, list[str]]:
    """The phrase lists grouped by category (abuse_hate, abuse_stigma, ... are one soup)."""
    groups: dict[str, list[str]] = {}
    for name in _phrase_lists():
        groups.setdefault(name.split("_")[0], []).append(name)
    return groups


def _all_families() -> list[tuple[str, str]]:
    families = list(FAMILIES.items())
    families += [(f"words of the {group} lists run together", "soup:" + ",".join(names)) for group, names in _soups().items()]
    return families


def _watch(process: subprocess.Popen, lines: "queue.Queue[str | None]") -> list[str]:
    """The worker's report lines; fails naming the family if one runs past HANG_AFTER."""
    done: list[str] = []
    current, since = None, time.monotonic()
    while True:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            line = ""
        if line is None:
            return done
        if line.startswith("start "):
            current, since = line[6:], time.monotonic()
        elif line.startswith("done "):
            done.append(line[5:])
            current = None
        if current is not None and time.monotonic() - since > HANG_AFTER:
            process.kill()
            raise AssertionError(f"lint hung (over {HANG_AFTER} s) on: {current}")


def _reader(stream, lines: "queue.Queue[str | None]") -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def test_every_rule_finishes_on_100_kb_of_adversarial_text():
    import json

    families = _all_families()
    halves = [families[0::2], families[1::2]]
    tests_folder = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    workers = []
    for half in halves:
        process = subprocess.Popen(
            [sys.executable, "-c", WORKER, tests_folder], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, env=env,
        )
        process.stdin.write(json.dumps(half))
        process.stdin.close()
        lines: "queue.Queue[str | None]" = queue.Queue()
        threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True).start()
        workers.append((process, lines, half))
    reported = []
    for process, lines, half in workers:
        done = _watch(process, lines)
        process.wait(timeout=HANG_AFTER)
        assert process.returncode == 0, process.stderr.read()
        assert [entry.rsplit(" ", 2)[0] for entry in done] == [name for name, _text in half]
        reported += done
    # A rule that raised on a family is a bug even if it finished.
    assert [entry for entry in reported if not entry.endswith(" 0")] == []
    assert len(reported) == len(FAMILIES) + len(_soups()) >= 35
    assert sum(len(names) for names in _soups().values()) == len(_phrase_lists())


def test_the_families_are_the_size_promised():
    assert all(len(text) >= SIZE for text in FAMILIES.values())


def test_an_adversarial_context_still_finds_real_hits():
    """The worker's context is not so odd that rules stop working."""
    context = make_context(suppliers=["(a+)+$", "A.B. Consulting"], protected_terms=["#a"])
    from smpolicy.lint.engine import lint_text

    findings = lint_text("Thanks to A.B. Consulting for the #a launch.", "x.md", context)
    assert {finding.rule for finding in findings} >= {"CM001", "CF003"}
