"""`smpolicy channel`: not yet available; filled by its own issue."""

from __future__ import annotations

import typer

from smpolicy.cli.options import not_yet_available

app = typer.Typer(help="(not yet available)", invoke_without_command=True)


@app.callback()
def channel() -> None:
    """(not yet available)"""
    not_yet_available("channel")
