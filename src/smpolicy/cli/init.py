"""`smpolicy init`: set up a content repo (wiring only; logic in smpolicy.content_repo)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def attach(app: typer.Typer) -> None:
    @app.command("init")
    def init(
        folder: Annotated[Path, typer.Argument(help="The content repo's folder.")] = Path("."),
        register: Annotated[
            str,
            typer.Option("--register", "-r", help="Bundled register name or path to your register file."),
        ] = "hssib",
        pre_commit: Annotated[
            bool, typer.Option("--pre-commit", help="Also write a .pre-commit-config.yaml.")
        ] = False,
        hook_repo: Annotated[
            Optional[str],
            typer.Option("--hook-repo", help="Use smpolicy's hooks from this repository (URL or path)."),
        ] = None,
        hook_rev: Annotated[
            Optional[str], typer.Option("--hook-rev", help="The tag or commit of --hook-repo.")
        ] = None,
        force: Annotated[bool, typer.Option("--force", help="Replace existing files.")] = False,
    ) -> None:
        """Write smpolicy.toml (and with --pre-commit a .pre-commit-config.yaml) into a content repo."""
        from smpolicy import content_repo, registers

        # Refuse a register that cannot be found before writing anything.
        registers.resolve(register, environ={}, cwd=folder.resolve())
        planned = content_repo.plan(folder, register, pre_commit, force, hook_repo, hook_rev)
        content_repo.write(planned)
        for item in planned:
            typer.echo(f"wrote {item.path}")
