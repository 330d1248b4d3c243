"""`smpolicy review`: overdue and upcoming reviews of policies and account access.

Wiring and output only; the date logic is `smpolicy.reviews`, the calendar `report.calendar`,
and writes go through `smpolicy.store`.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from smpolicy.cli import completion

from smpolicy.cli.options import RegisterOption
from smpolicy.errors import EXIT_FINDINGS, InputError

if TYPE_CHECKING:
    from smpolicy.dates import PolicyDate
    from smpolicy.reviews import ReviewItem, ReviewReport

app = typer.Typer(
    help="Overdue and upcoming reviews of policies and account access; record reviews done.",
    no_args_is_help=True,
)


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    ics = "ics"


class FailOn(str, enum.Enum):
    overdue = "overdue"
    due = "due"
    never = "never"


_STATE_LABEL = {"overdue": "OVERDUE", "missing": "NO DATE", "due": "due"}
_KIND_LABEL = {"policy-review": "Policy", "access-review": "Access", "dormant-decision": "Dormant account"}


@app.command("due")
def due(
    within: Annotated[
        str, typer.Option("--within", help="How far ahead to look: 90d, 12w, 3m, 1y.")
    ] = "90d",
    as_of: Annotated[
        Optional[str], typer.Option("--as-of", help="Report as on this day (YYYY-MM-DD); default today.", show_default=False)
    ] = None,
    all_registers: Annotated[
        bool,
        typer.Option("--all-registers", help="Every bundled register, or every .toml in the folder given with --register."),
    ] = False,
    output_format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Exit 1 when anything is overdue (or has no date), or due in the window."),
    ] = FailOn.never,
    register: RegisterOption = None,
) -> None:
    """List reviews overdue or due within the window, grouped by owner, soonest first.

    Policies are due at their next review date (or last review plus their interval), active
    accounts' access 12 months after the last access review, and dormant accounts a close-or-keep
    decision 12 months after they went dormant (both set in the register's [review] table).
    Missing dates are listed too.
    """
    from smpolicy import reviews

    day = parse_day(as_of, "--as-of") if as_of else dt.date.today()
    window = _interval(within)
    loaded = [(label, _load(path)) for label, path in register_paths(register, all_registers)]
    result = reviews.report(loaded, day, window)
    _print(result, output_format)
    if reviews.fails(result.items, fail_on.value):
        raise typer.Exit(EXIT_FINDINGS)


@app.command("record")
def record(
    key: Annotated[str, typer.Argument(
            help="Policy id, or account handle, name or platform:handle.",
            show_default=False,
            autocompletion=completion.review_keys,
        )],
    on: Annotated[
        Optional[str], typer.Option("--on", help="Day the review was done (YYYY-MM-DD); default today.", show_default=False)
    ] = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Who did the review.", show_default=False)] = None,
    version: Annotated[
        Optional[str], typer.Option("--version", help="Policy version after the review.", show_default=False)
    ] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="What was checked or changed.", show_default=False)] = None,
    next_review: Annotated[
        Optional[str],
        typer.Option("--next", help="Set the policy's next review date (YYYY-MM-DD or YYYY-MM).", show_default=False),
    ] = None,
    register: RegisterOption = None,
) -> None:
    """Record a review done: update the dates and append to the item's history in the register.

    A policy's next review moves on by its interval from the review date; a review done early
    keeps the remaining time (next = later of review date and current due date, plus interval).
    An account's last access review is set to the review date.
    """
    from smpolicy import registers, reviews, store

    today = dt.date.today()
    day = parse_day(on, "--on") if on else today
    following = _policy_date(next_review, "--next") if next_review else None
    path = store.editable_path(registers.resolve(register))
    registers.load(path)  # file:line errors before taking the lock

    def change(doc):
        return reviews.record(doc, key, day, today, by=by, version=version, note=note, next_review=following)

    done = store.edit(path, change)
    typer.echo(_recorded_text(done, path))


def _recorded_text(done, path: Path) -> str:
    what = f"policy {done.key} ({done.title})" if done.kind == "policy" else f"access to {done.key} ({done.title})"
    when = done.on.strftime("%-d %B %Y")
    if done.next_due is None:
        after = "no next review date: add review_every to the policy or pass --next"
    else:
        after = f"next due {done.next_due.human()}"
    return f"Recorded a review of {what} on {when} in {path}; {after}."


# --- inputs -----------------------------------------------------------------------------------


def parse_day(text: str, flag: str) -> dt.date:
    date = _policy_date(text, flag)
    if date.day is None:
        raise InputError(f"{flag} needs a day, e.g. 2026-11-21 (got {text!r})")
    return date.latest()


def _policy_date(text: str, flag: str) -> "PolicyDate":
    from smpolicy.dates import PolicyDate

    try:
        return PolicyDate.parse(text)
    except ValueError as error:
        raise InputError(f"{flag}: {error}") from None


def _interval(text: str):
    from smpolicy.dates import Interval

    try:
        return Interval.parse(text)
    except ValueError as error:
        raise InputError(f"--within: {error}") from None


def register_paths(option: str | None, all_registers: bool) -> list[tuple[str, Path]]:
    """(label, path) of each register to report on; bundled ones are labelled by name."""
    from smpolicy import registers

    if all_registers and not option:
        return [(name, registers.bundled_path(name)) for name in registers.bundled_names()]
    resolution = registers.resolve(option)
    path = resolution.path
    if path.is_dir():
        if not all_registers:
            raise InputError(f"{path} is a folder of registers: add --all-registers to report on all of them")
        files = sorted(path.glob("*.toml"))
        if not files:
            raise InputError(f"{path}: no .toml registers in this folder")
        return [(str(file), file) for file in files]
    return [(path.stem if resolution.bundled else str(path), path)]


def _load(path: Path):
    from smpolicy import registers

    return registers.load(path)


# --- output -----------------------------------------------------------------------------------


def _print(result: "ReviewReport", output_format: Format) -> None:
    if output_format is Format.json:
        typer.echo(result.model_dump_json(indent=2))
    elif output_format is Format.ics:
        from smpolicy.report.calendar import to_ics

        typer.echo(to_ics(result), nl=False)  # bytes: CRLF line ends kept as RFC 5545 wants
    elif output_format is Format.markdown:
        typer.echo(markdown(result), nl=False)
    else:
        _print_tables(result)


def heading(result: "ReviewReport") -> str:
    end = result.window_end.strftime("%-d %B %Y")
    return f"Reviews overdue or due by {end} (as of {result.as_of.strftime('%-d %B %Y')}, within {result.within})"


def totals(result: "ReviewReport") -> str:
    counts = result.counts
    if not result.items:
        return "Nothing is overdue or due."
    return f"{counts['overdue']} overdue, {counts['missing']} with no date recorded, {counts['due']} due."


def row(item: "ReviewItem") -> list[str]:
    return [
        _STATE_LABEL[item.state],
        item.due_as_written or "not recorded",
        f"{_KIND_LABEL[item.kind]}: {item.title} ({item.key})",
        item.message,
    ]


HEADERS = ("State", "Due", "Review", "Details")


def _groups(result: "ReviewReport"):
    from smpolicy.reviews import group_by_owner

    return group_by_owner(result.items, result.as_of)


def _print_tables(result: "ReviewReport") -> None:
    from smpolicy.cli.output import print_table

    typer.echo(heading(result))
    for (organisation, owner), items in _groups(result):
        typer.echo("")
        print_table(f"{owner} ({organisation})", HEADERS, [row(item) for item in items])
    typer.echo("")
    typer.echo(totals(result))


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown(result: "ReviewReport") -> str:
    lines = [f"# {heading(result)}", ""]
    for (organisation, owner), items in _groups(result):
        lines += [f"## {_cell(owner)} ({_cell(organisation)})", ""]
        lines += ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
        lines += ["| " + " | ".join(_cell(cell) for cell in row(item)) + " |" for item in items]
        lines.append("")
    lines.append(totals(result))
    return "\n".join(lines) + "\n"
