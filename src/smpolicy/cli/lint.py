"""`smpolicy lint`: check drafts against the organisation's policy (wiring only).

Linting itself lives in smpolicy.lint (engine, discovery) and smpolicy.report (formats); both
are imported inside the command so `smpolicy --help` and other commands do not load them.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, List, Optional

import typer

from smpolicy.cli import completion
from typer.core import TyperCommand

from smpolicy.cli.options import RegisterOption


class LintFormat(str, Enum):
    auto = "auto"
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def attach(app: typer.Typer) -> None:
    @app.command("lint", cls=LeanCommand)
    def lint(
        paths: Annotated[
            List[str],
            typer.Argument(help="Draft files or folders (.md, .markdown, .txt); '-' reads standard input.", show_default=False, metavar="PATH"),
        ],
        register: RegisterOption = None,
        format: Annotated[
            LintFormat,
            typer.Option(
                "--format",
                "-f",
                help="Output format. auto: text, or GitHub annotations when GITHUB_ACTIONS=true and output is not a terminal.",
            ),
        ] = LintFormat.auto,
        select: Annotated[
            Optional[List[str]],
            typer.Option(
                "--select",
                help="Run only these rules: ids, names or categories (repeat or comma-separate).",
                show_default=False,
                autocompletion=completion.rules,
            ),
        ] = None,
        ignore: Annotated[
            Optional[List[str]],
            typer.Option(
                "--ignore",
                help="Do not run these rules: ids, names or categories.",
                show_default=False,
                autocompletion=completion.rules,
            ),
        ] = None,
        exclude: Annotated[
            Optional[List[str]],
            typer.Option("--exclude", help="Skip files and folders matching this glob (repeatable).", show_default=False),
        ] = None,
        fail_on: Annotated[
            FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe ('never': report only).")
        ] = FailOn.error,
        now: Annotated[
            Optional[str],
            typer.Option(
                "--now",
                help="The date-time to check against (pre-election periods, publish times), e.g. 2026-11-17T14:30; default: now.",
                show_default=False,
            ),
        ] = None,
        jobs: Annotated[
            Optional[int],
            typer.Option("--jobs", "-j", min=1, help="Worker processes (default: one per CPU when there are many files).", show_default=False),
        ] = None,
    ) -> None:
        """Check draft posts against the organisation's social media policy.

        Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 a file or the register
        could not be read.
        """
        code = run_lint(paths, register, format.value, select or [], ignore or [], exclude or [], fail_on.value, now, jobs)
        raise typer.Exit(code)


class LeanParameters:
    """Mixin for a Typer command or group: its options are converted without pydantic.

    Typer (0.29) converts every option, even `--help` and unset ones, through a pydantic
    TypeAdapter; importing pydantic and building those adapters costs more than linting a
    draft, and `smpolicy lint` runs on every commit. Options here are text, whole numbers and
    choices, converted by `_convert`. With a Typer that has no such machinery this does nothing.
    The root group needs it too for `smpolicy lint` to avoid pydantic altogether.
    """

    def parse_args(self, ctx, args):
        # Here rather than at construction: Typer adds options (shell completion) afterwards.
        make_lean(self.get_params(ctx))
        return super().parse_args(ctx, args)


def make_lean(params) -> None:
    runtime = _plain_runtime_class()
    if runtime is None:
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", "absent") is None:
            param._runtime_param = runtime(descriptor.parameter_info, descriptor.annotation)


_PLAIN_RUNTIME: list = []


def _plain_runtime_class():
    if not _PLAIN_RUNTIME:
        try:
            from typer._coercion import RuntimeParam
        except ImportError:  # pragma: no cover - a Typer without pydantic conversion
            _PLAIN_RUNTIME.append(None)
            return None
        import dataclasses

        @dataclasses.dataclass(frozen=True)
        class PlainRuntimeParam(RuntimeParam):
            def _coerce_value(self, value, param, ctx):
                if isinstance(value, (list, tuple)):
                    return type(value)(_convert(item, self.annotation, param, ctx) for item in value)
                return _convert(value, self.annotation, param, ctx)

        _PLAIN_RUNTIME.append(PlainRuntimeParam)
    return _PLAIN_RUNTIME[0]


class LeanCommand(LeanParameters, TyperCommand):
    """The `lint` command: Typer's command with pydantic-free option conversion."""


def _convert(value, annotation, param, ctx):
    """A command-line value as the option's type: text, a whole number, a choice or a flag."""
    import typing

    leaf = annotation
    while typing.get_args(leaf) and not isinstance(leaf, type):
        leaf = next(arg for arg in typing.get_args(leaf) if arg is not type(None))
    if isinstance(leaf, type) and isinstance(value, leaf):
        return value
    if isinstance(leaf, type) and issubclass(leaf, Enum):
        for member in leaf:
            if str(value) == member.value:
                return member
        choices = ", ".join(repr(member.value) for member in leaf)
        raise typer.BadParameter(f"{value!r} is not one of {choices}.", ctx=ctx, param=param)
    if leaf is int:
        try:
            number = int(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a whole number.", ctx=ctx, param=param) from None
        minimum = getattr(param.type_descriptor.parameter_info, "min", None)
        if minimum is not None and number < minimum:
            raise typer.BadParameter(f"{number} is smaller than the minimum {minimum}.", ctx=ctx, param=param)
        return number
    return str(value) if leaf is str else value


def run_lint(
    paths: list[str],
    register: str | None,
    format: str,
    select: list[str],
    ignore: list[str],
    exclude: list[str],
    fail_on: str,
    now: str | None,
    jobs: int | None,
) -> int:
    from smpolicy import __version__, registers
    from smpolicy.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
    from smpolicy.lint.discovery import discover, lint_files
    from smpolicy.lint.engine import SEVERITY_RANK, Selection, load_context, parse_now, select_rules
    from smpolicy.report import LintRun

    selection = Selection(_split(select), _split(ignore))
    clock = parse_now(now) if now else None
    context = load_context(registers.resolve(register), clock)
    ruleset = select_rules(context, selection)
    results = lint_files(discover(paths, exclude), context, ruleset, jobs)
    run = LintRun(results, ruleset.active, __version__)
    _print(run, resolve_format(format))
    if run.file_errors:
        return EXIT_INPUT
    if fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for result in results for f in result.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def resolve_format(format: str) -> str:
    """`auto`: styled text on a terminal; GitHub annotations inside GitHub Actions; else text."""
    import os

    from smpolicy.cli.output import is_plain

    if format != "auto":
        return format
    if is_plain() and os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "text"


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _print(run, format: str) -> None:
    from smpolicy.cli.output import is_plain

    if format == "text" and not is_plain():
        _print_styled(run)
        return
    from smpolicy.report import render_lint

    typer.echo(render_lint(run, format), nl=False)


def _print_styled(run) -> None:
    from rich.text import Text

    from smpolicy.cli.output import console
    from smpolicy.report import text

    out = console()
    for line in text.lines(run):
        out.print(Text.assemble(*line))
