"""What a lint rule is, and the registry every rule module adds itself to.

A rule is a plain function decorated with `@rule(...)`. The decorator declares, next to the
check, everything the rest of smpolicy needs: a stable id (never reused), a slug name, one
category from `vocabulary.CATEGORIES`, a default severity, the default message and suggestion.
The function's docstring is the user documentation and must have four headed parts:

    What it does
    ------------
    ...
    Why is this bad?
    ----------------
    ...
    Example
    -------
    ...
    Policy
    ------
    ...

`smpolicy rules explain ID` prints exactly that docstring (dedented).

A check takes a `Draft` and a `LintContext` and yields `Hit`s: character offsets into
`draft.body` (search `draft.masked`, which has the same length and line breaks, with code,
URLs and HTML comments blanked out). The engine turns hits into findings with line and column,
the register's citation for the category, and severity after overrides.

A rule may declare `triggers`: words one of which every draft it can fire on contains (see
`smpolicy.lint.triggers`). The engine skips the rule for a draft without any of them, so an
ordinary post never compiles or runs the rule's patterns. Word triggers come with `needs`: a
function returning the patterns every finding of the rule needs a match of (alternatives; a
tuple of patterns means all of them). The words are generated from `needs` by
`bench/triggers.py --write ID` into data/triggers.tsv and declared as
`triggers=generated("ID")`; tests/lint/test_triggers.py checks they miss nothing. Leave
triggers out when the rule depends on something other than the draft's words (front matter,
the register's names), or give a function of the draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

from smpolicy.vocabulary import CATEGORIES, SEVERITIES

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft

DOC_HEADINGS = ("What it does", "Why is this bad?", "Example", "Policy")


# NamedTuples rather than dataclasses: defining a dataclass costs about a millisecond, and
# `smpolicy lint` on one draft (a pre-commit hook) pays for every definition.


class Hit(NamedTuple):
    """One place a rule fires: offsets into `draft.body`, with optional wording for this case."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    # Front-matter findings point at a front-matter line instead of the body.
    line: int | None = None


Check = Callable[["Draft", "LintContext"], Iterable[Hit]]


class Rule(NamedTuple):
    id: str
    name: str
    category: str
    severity: str
    message: str
    suggestion: str
    check: Check
    # Words one of which a draft must contain for the rule to run (None: always run).
    triggers: "Iterable[str | tuple[str, ...]] | Callable[[Draft], bool] | None" = None
    # The patterns the triggers stand for (checked by tests, never used by the engine).
    needs: "Callable[[], Iterable] | None" = None

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        """The first sentence under "What it does"."""
        lines = self.doc.splitlines()
        body = [ln.strip() for ln in lines[2:] if ln.strip()] if len(lines) > 2 else []
        text = " ".join(body[:3])
        return text.split(". ")[0].rstrip(".") + "." if text else self.message


RULES: dict[str, Rule] = {}


def rule(
    id: str,
    name: str,
    *,
    category: str,
    severity: str,
    message: str,
    suggestion: str,
    triggers: "Iterable[str | tuple[str, ...]] | Callable[[Draft], bool] | None" = None,
    needs: "Callable[[], Iterable] | None" = None,
) -> Callable[[Check], Check]:
    """Declare a lint rule next to its check function."""
    if category not in CATEGORIES:
        raise ValueError(f"{id}: unknown category {category!r}")
    if severity not in SEVERITIES:
        raise ValueError(f"{id}: unknown severity {severity!r}")

    def register(check: Check) -> Check:
        if id in RULES:
            raise ValueError(f"rule id {id} is declared twice")
        RULES[id] = Rule(id, name, category, severity, message, suggestion, check, _frozen(triggers), needs)
        return check

    return register


def _frozen(triggers):
    """Triggers as a hashable value (lists written in a rule become tuples)."""
    if triggers is None or callable(triggers) or type(triggers) is not tuple and isinstance(triggers, tuple):
        return triggers  # a function, or `all_of(...)`
    return tuple(item if isinstance(item, str) else tuple(item) for item in triggers)


# Every module under smpolicy.lint.rules: one per category (named after it), then front matter;
# imported once, in this order, by `all_rules()`.
RULE_MODULES = (*(category.replace("-", "_") for category in CATEGORIES), "front_matter")


def all_rules() -> dict[str, Rule]:
    """Import every rule module (once) and return the registry keyed by rule id."""
    import importlib

    for module in RULE_MODULES:
        try:
            importlib.import_module(f"smpolicy.lint.rules.{module}")
        except ModuleNotFoundError as error:
            # A rule family not written yet must not break the others.
            if error.name != f"smpolicy.lint.rules.{module}":
                raise
    return RULES


def iter_rules() -> Iterator[Rule]:
    return iter(sorted(all_rules().values(), key=lambda r: r.id))
