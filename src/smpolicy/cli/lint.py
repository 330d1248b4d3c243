"""`smpolicy lint`: not yet available; filled by its own issue."""

from __future__ import annotations

import typer

from smpolicy.cli.options import not_yet_available


def attach(app: typer.Typer) -> None:
    @app.command("lint")
    def lint() -> None:
        """Check draft posts against the organisation's policy (not yet available)."""
        not_yet_available("lint")
