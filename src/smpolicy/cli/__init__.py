"""Command-line wiring only: one Typer sub-app per command group; logic lives in plain modules.

Sub-apps import their logic lazily inside each command so `smpolicy lint` (run by pre-commit on
every commit) loads only what linting needs.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from smpolicy import __version__
from smpolicy.errors import EXIT_INPUT, InputError


class SmpolicyGroup(TyperGroup):
    """Turns input errors raised anywhere below into one line on stderr and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as error:
            typer.echo(f"smpolicy: error: {error}", err=True)
            raise typer.Exit(EXIT_INPUT) from None
        except KeyboardInterrupt:
            typer.echo("smpolicy: interrupted", err=True)
            raise typer.Exit(130) from None
        except Exception as error:  # a bug: still one line, never a traceback
            # Typer's (and click's) own exceptions carry exit codes and usage messages.
            if os.environ.get("SMPOLICY_DEBUG") or type(error).__module__.startswith(("typer", "click")):
                raise
            typer.echo(
                f"smpolicy: internal error: {type(error).__name__}: {error} "
                "(set SMPOLICY_DEBUG=1 to see the traceback, and please report it)",
                err=True,
            )
            raise typer.Exit(EXIT_INPUT) from None


app = typer.Typer(
    name="smpolicy",
    cls=SmpolicyGroup,
    help="Check social media drafts, account registers and reviews against your organisation's policy.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"smpolicy {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Check social media drafts, account registers and reviews against your organisation's policy.

    Exit codes: 0 ok, 1 problems found, 2 usage or input error.
    """


def _register_groups() -> None:
    from smpolicy.cli import channel, init, lint, register, review, rules

    lint.attach(app)
    app.add_typer(register.app, name="register")
    app.add_typer(review.app, name="review")
    app.add_typer(channel.app, name="channel")
    app.add_typer(rules.app, name="rules")
    init.attach(app)


_register_groups()


def main() -> None:
    app(prog_name="smpolicy")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
