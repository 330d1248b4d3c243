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
from smpolicy.cli.lint import LeanParameters
from smpolicy.errors import EXIT_INPUT, InputError


class SmpolicyGroup(LeanParameters, TyperGroup):
    """Turns input errors raised anywhere below into one line on stderr and exit code 2.

    LeanParameters keeps pydantic out of option conversion for the root group, so
    `smpolicy lint` (run on every commit) never imports it.
    """

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

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *LAZY_COMMANDS]

    def get_command(self, ctx: Any, name: str) -> Any:
        if name in LAZY_COMMANDS:
            return load_command(name)
        return super().get_command(ctx, name)


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


# Command name -> (module, what it provides). Sub-apps are built only when invoked, so
# `smpolicy lint` never pays for Typer inspecting the signatures of every other command.
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "lint": ("smpolicy.cli.lint", "attach"),
    "register": ("smpolicy.cli.register", "app"),
    "review": ("smpolicy.cli.review", "app"),
    "channel": ("smpolicy.cli.channel", "app"),
    "rules": ("smpolicy.cli.rules", "app"),
    "init": ("smpolicy.cli.init", "attach"),
}


def load_command(name: str) -> Any:
    """Build the Typer command (or group) for one top-level command name."""
    import importlib

    module_name, provides = LAZY_COMMANDS[name]
    module = importlib.import_module(module_name)
    if provides == "attach":
        sub_app = typer.Typer()
        module.attach(sub_app)
    else:
        sub_app = getattr(module, provides)
    # Plain help text, like the root's; Typer would otherwise draw rich panels here only.
    sub_app.rich_markup_mode = None
    sub_app.pretty_exceptions_enable = False
    # Completion is installed from the root command only.
    sub_app._add_completion = False
    return typer.main.get_command(sub_app)


def main() -> None:
    app(prog_name="smpolicy")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
