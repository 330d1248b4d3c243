"""The lint engine: which rules run and how severe they are, and findings from their hits.

Pure: no I/O and no clock (the clock is `LintContext.now`). `load_context` is the one function
here that reads a file, the register, and it is kept apart from linting itself.

Which rules run, in order:

1. every rule, or only those named by `--select` (rule ids, names or categories);
2. minus those named by `--ignore`;
3. minus those the register's `[lint] disable` names, unless `--select` named them (the command
   line is the more specific wish);
4. severity: the rule's default, replaced by the register's `[lint] severity` for its category,
   replaced again by one for its id or name.

Suppression comments in a draft (ids, names or categories, comma-separated):

- `<!-- smpolicy: ignore PD001,abuse -->` at the end of a line silences those rules on that line;
  on a line of its own it silences them on the next line.
- `<!-- smpolicy: ignore-file PD001 -->` anywhere silences them for the whole draft.

A rule that raises does not stop the run: its error is recorded in `Findings.errors` (the file is
then reported with an error and the run exits 2), and every other rule's findings still count.
"""

from __future__ import annotations

import datetime as _dt  # already imported by the context module
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, NamedTuple

from smpolicy.errors import InputError, RegisterError
from smpolicy.lint import rule as rule_registry
from smpolicy.lint.context import LintContext, context_from_data
from smpolicy.lint.draft import Draft, mask_markdown, parse_draft

if TYPE_CHECKING:
    import datetime as dt

    from smpolicy.lint.rule import Rule
    from smpolicy.lint.triggers import Triggers
    from smpolicy.registers import Resolution

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


# Value types are NamedTuples rather than dataclasses: a dataclass costs about ten times as much
# to define, and `smpolicy lint` pays for every definition on every commit.


class Finding(NamedTuple):
    """One breach found in one draft, with its place, severity and the policy it comes from.

    Lines and columns are 1-based; columns count characters (Unicode code points) and
    `end_column` is exclusive, as in SARIF.
    """

    rule: str
    category: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    policy: str
    suggestion: str

    def as_dict(self) -> dict[str, object]:
        return self._asdict()


class Findings(list):
    """The findings of one draft, plus `errors`: rules that failed on it (reported per file)."""

    def __init__(self, findings: Iterable[Finding] = (), errors: list[str] | None = None) -> None:
        super().__init__(findings)
        self.errors: list[str] = errors or []


class FileResult(NamedTuple):
    """One checked file: its findings, or why it could not be (fully) checked."""

    path: str
    error: str | None
    findings: list[Finding]


class Selection(NamedTuple):
    """`--select` and `--ignore` as given: rule ids, rule names or categories."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


class ActiveRule(NamedTuple):
    rule: "Rule"
    severity: str


class RuleSet(NamedTuple):
    """The rules that run for one context and selection, with their effective severity."""

    active: tuple[ActiveRule, ...]
    known: dict[str, "Rule"]
    # The active rules' triggers (see smpolicy.lint.triggers).
    triggers: "Triggers | None" = None

    def worth_running(self, draft: Draft) -> list[bool]:
        """For each active rule, whether its triggers let it run on `draft`."""
        if self.triggers is None:
            return [True] * len(self.active)
        return self.triggers.worth_running(draft)


# --- which rules run ------------------------------------------------------------------------


def available_rules() -> dict[str, "Rule"]:
    """Every rule, looked up at call time (tests replace `rule.all_rules` with their own rules)."""
    return rule_registry.all_rules()


def rules_matching(token: str, rules: dict[str, "Rule"]) -> list["Rule"]:
    """Rules a user's word names: an id (any case), a rule name or a category."""
    wanted = token.strip().lower()
    return [r for r in rules.values() if wanted in (r.id.lower(), r.name.lower(), r.category)]


def unknown_tokens(tokens: Iterable[str], rules: dict[str, "Rule"]) -> list[str]:
    return [token for token in tokens if token.strip() and not rules_matching(token, rules)]


def did_you_mean(token: str, rules: dict[str, "Rule"]) -> str:
    import difflib

    from smpolicy.vocabulary import CATEGORIES

    words = [r.id for r in rules.values()] + [r.name for r in rules.values()] + list(CATEGORIES)
    close = difflib.get_close_matches(token.strip(), words, n=3, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(token.strip().upper(), words, n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def select_rules(
    context: LintContext,
    selection: Selection | None = None,
    rules: dict[str, "Rule"] | None = None,
) -> RuleSet:
    """The rules to run and their severities; unknown words in `selection` are input errors."""
    rules = available_rules() if rules is None else rules
    selection = selection or Selection()
    for option, tokens in (("--select", selection.select), ("--ignore", selection.ignore)):
        for token in unknown_tokens(tokens, rules):
            raise InputError(f"{option}: no rule or category '{token}'{did_you_mean(token, rules)}")
    chosen = _named(selection.select, rules) if selection.select else set(rules)
    chosen -= _named(selection.ignore, rules)
    chosen -= _named(context.disable, rules) - _named(selection.select, rules)
    active = tuple(
        ActiveRule(rules[rule_id], _severity(rules[rule_id], context.severity_overrides)) for rule_id in sorted(chosen)
    )
    return RuleSet(active, rules, _triggers(active))


def _triggers(active: tuple[ActiveRule, ...]) -> "Triggers | None":
    specs = [getattr(entry.rule, "triggers", None) for entry in active]
    if all(spec is None for spec in specs):
        return None
    from smpolicy.lint.triggers import Triggers

    return Triggers(specs)


def _named(tokens: Iterable[str], rules: dict[str, "Rule"]) -> set[str]:
    return {r.id for token in tokens for r in rules_matching(token, rules)}


def _severity(rule: "Rule", overrides: dict[str, str]) -> str:
    lowered = {key.strip().lower(): value for key, value in overrides.items()}
    for key in (rule.id.lower(), rule.name.lower(), rule.category):
        if key in lowered:
            return lowered[key]
    return rule.severity


def check_register_settings(context: LintContext, rules: dict[str, "Rule"], where: str) -> None:
    """`[lint] disable` and `[lint] severity` must name real rules or categories."""
    for key, tokens in (("disable", context.disable), ("severity", tuple(context.severity_overrides))):
        for token in unknown_tokens(tokens, rules):
            raise RegisterError(f"[lint] {key}: no rule or category '{token}'{did_you_mean(token, rules)}", path=where)
    for token, severity in context.severity_overrides.items():
        if severity not in SEVERITY_RANK:
            raise RegisterError(f"[lint] severity: '{token}' must be error, warning or info", path=where)


# --- running the rules ----------------------------------------------------------------------


def lint_text(
    text: str,
    path: str,
    context: LintContext,
    selection: Selection | None = None,
    *,
    ruleset: RuleSet | None = None,
    prefilter: bool = True,
) -> Findings:
    """Parse and lint one draft's text."""
    draft = parse_draft(text, path, context.timezone)
    return lint_draft(draft, context, selection, ruleset=ruleset, prefilter=prefilter)


def lint_draft(
    draft: Draft,
    context: LintContext,
    selection: Selection | None = None,
    *,
    ruleset: RuleSet | None = None,
    prefilter: bool = True,
) -> Findings:
    """Every finding in one draft: suppressions applied, de-duplicated, sorted by position.

    Pass `ruleset` (from `select_rules`) when linting many drafts, to choose the rules once.
    `prefilter=False` runs every rule even when the draft has none of its triggers (tests use
    it to prove triggers never change a finding).
    """
    ruleset = ruleset or select_rules(context, selection)
    suppressions = suppressions_in(draft) if "smpolicy" in draft.body else None
    found: dict[tuple, Finding] = {}
    errors: list[str] = []
    worth = ruleset.worth_running(draft) if prefilter else None
    for number, entry in enumerate(ruleset.active):
        if suppressions is not None and suppressions.ignores_file(entry.rule):
            continue
        if worth is not None and not worth[number]:
            continue
        try:
            for hit in entry.rule.check(draft, context):
                finding = _finding(draft, context, entry, hit)
                if suppressions is None or not suppressions.ignores(entry.rule, finding.line):
                    found.setdefault(_identity(finding), finding)
        except Exception as error:  # a rule bug must not stop the other rules or files
            errors.append(f"internal error in rule {entry.rule.id}: {type(error).__name__}: {error}")
    ordered = sorted(found.values(), key=_position_key)
    return Findings(ordered, errors)


def _finding(draft: Draft, context: LintContext, entry: ActiveRule, hit) -> Finding:
    rule = entry.rule
    if hit.line is not None:
        line, column, end_line, end_column = hit.line, 1, hit.line, 1
    else:
        start = max(0, min(hit.start, len(draft.body)))
        end = max(start, min(hit.end, len(draft.body)))
        line, column = draft.position(start)
        end_line, end_column = draft.position(end)
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=entry.severity,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        message=hit.message or rule.message,
        policy=context.citation(rule.category),
        suggestion=hit.suggestion or rule.suggestion,
    )


def _identity(finding: Finding) -> tuple:
    return (finding.rule, finding.line, finding.column, finding.end_line, finding.end_column, finding.message)


def _position_key(finding: Finding) -> tuple:
    return (finding.line, finding.column, finding.end_line, finding.end_column, finding.rule, finding.message)


# --- suppression comments -------------------------------------------------------------------

# Only drafts that mention "smpolicy" are searched for directives, so compile on first use.
_DIRECTIVE = r"(?is)<!--\s*smpolicy\s*:\s*(?P<kind>ignore-file|ignore)(?![\w-])(?P<names>.*?)-->"
_NAME_SPLIT = r"[\s,]+"


class Directive(NamedTuple):
    kind: str  # ignore | ignore-file
    names: tuple[str, ...]  # as written
    line: int  # file line of the comment's start
    target: int  # file line it silences (ignore only)
    start: int  # offsets of the comment in the body
    end: int


class Suppressions(NamedTuple):
    directives: tuple[Directive, ...]

    def ignores_file(self, rule: "Rule") -> bool:
        return any(d.kind == "ignore-file" and _names_rule(d.names, rule) for d in self.directives)

    def ignores(self, rule: "Rule", line: int) -> bool:
        return any(
            d.kind == "ignore" and line in (d.line, d.target) and _names_rule(d.names, rule)
            for d in self.directives
        )


def _names_rule(names: tuple[str, ...], rule: "Rule") -> bool:
    wanted = {name.lower() for name in names}
    return rule.id.lower() in wanted or rule.name.lower() in wanted or rule.category in wanted


def suppressions_in(draft: Draft) -> Suppressions:
    """The suppression comments of a draft, read from its body (they are blanked in `masked`)."""
    directives = []
    code_blanked: str | None = None
    for match in re.finditer(_DIRECTIVE, draft.body):
        # A directive written inside code is an example in the text, not a directive.
        if code_blanked is None:
            code_blanked = mask_markdown(draft.body, keep_comments=True)
        if not code_blanked.startswith("<!--", match.start()):
            continue
        names = tuple(n for n in re.split(_NAME_SPLIT, match["names"].strip()) if n)
        line, _ = draft.position(match.start())
        end_line, _ = draft.position(match.end())
        alone = _alone_on_lines(draft, match.start(), match.end())
        target = end_line + 1 if alone else line
        directives.append(Directive(match["kind"].lower(), names, line, target, match.start(), match.end()))
    return Suppressions(tuple(directives))


def _alone_on_lines(draft: Draft, start: int, end: int) -> bool:
    line_start = draft.body.rfind("\n", 0, start) + 1
    line_end = draft.body.find("\n", end)
    line_end = len(draft.body) if line_end == -1 else line_end
    return not draft.body[line_start:start].strip() and not draft.body[end:line_end].strip()


# --- the register ---------------------------------------------------------------------------


def load_context(resolution: "Resolution", now: "dt.datetime | None" = None) -> LintContext:
    """The lint view of the register in use, with the clock `now` (naive: the register's zone).

    A bundled register is only parsed (tomllib; the test suite validates it); a user's register
    is validated with the pydantic models first, so mistakes are reported with file and line,
    unless that exact text passed before. Either way the parsed register is kept, and the same
    text is not parsed again (see `smpolicy.validation_stamps`).
    """
    from smpolicy import registers, validation_stamps

    path = resolution.path
    text = registers.read_text(path)
    data = validation_stamps.parsed_copy(text)
    if data is None:
        data = registers.parse_toml(text, path)
        if not resolution.bundled and not validation_stamps.known_valid(text):
            registers.validate(data, text, path)
            validation_stamps.remember_valid(text)
        validation_stamps.keep_parsed(text, data)
    context = context_from_data(data)
    context = replace(context, now=_clock(now, context.timezone))
    check_register_settings(context, available_rules(), str(path))
    return context


def _clock(now: "dt.datetime | None", timezone: str) -> "dt.datetime":
    """`now` as an aware date-time. The zone is loaded only when a rule reads the clock
    (importing zoneinfo costs more than linting a draft, and most drafts never ask): the real
    clock is kept in UTC, a `--now` without a zone gets the organisation's zone on demand."""
    import datetime as dt

    if now is None:
        return dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        return now.replace(tzinfo=ZoneOnDemand(timezone))
    from zoneinfo import ZoneInfo

    return now.astimezone(ZoneInfo(timezone))


class ZoneOnDemand(_dt.tzinfo):
    """An IANA time zone that behaves exactly as `ZoneInfo(key)`, loaded on first use."""

    def __init__(self, key: str) -> None:
        self.key = key
        self._zone: "_dt.tzinfo | None" = None

    def _real(self) -> "_dt.tzinfo":
        if self._zone is None:
            from zoneinfo import ZoneInfo

            self._zone = ZoneInfo(self.key)
        return self._zone

    def utcoffset(self, when):
        return self._real().utcoffset(when)

    def dst(self, when):
        return self._real().dst(when)

    def tzname(self, when):
        return self._real().tzname(when)

    def fromutc(self, when):
        real = self._real()
        return real.fromutc(when.replace(tzinfo=real)).replace(tzinfo=self)

    def __repr__(self) -> str:
        return f"ZoneOnDemand({self.key!r})"


def parse_now(text: str) -> "dt.datetime":
    """`--now`: an ISO date-time (naive means the register's zone) or a date (12:00 that day)."""
    import datetime as dt

    value = text.strip()
    try:
        if len(value) <= 10:
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time(12, 0))
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--now: {text!r} is not a date-time; use e.g. 2026-11-17T14:30") from None
