"""Options shared by several command groups, so they are spelled and documented once."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from smpolicy.cli import completion

RegisterOption = Annotated[
    Optional[str],
    typer.Option(
        "--register",
        "-r",
        help="Register file, folder or bundled name (default: $SMPOLICY_REGISTER, smpolicy.toml, then 'hssib').",
        show_default=False,
        autocompletion=completion.registers,
    ),
]


def not_yet_available(group: str) -> None:
    """Groups that a later release fills say so plainly, with exit code 2."""
    from smpolicy.errors import InputError

    raise InputError(f"'smpolicy {group}' is not yet available in this version")
