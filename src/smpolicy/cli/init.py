"""`smpolicy init`: not yet available; filled by its own issue."""

from __future__ import annotations

import typer

from smpolicy.cli.options import not_yet_available


def attach(app: typer.Typer) -> None:
    @app.command("init")
    def init() -> None:
        """Write smpolicy.toml into a content repo (not yet available)."""
        not_yet_available("init")
