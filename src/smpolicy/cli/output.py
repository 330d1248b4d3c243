"""Human output: rich tables and colour on a terminal, plain text elsewhere or with NO_COLOR."""

from __future__ import annotations

import os
import sys
from typing import Any, Sequence


def is_plain(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return not (isatty and isatty())


def console(stderr: bool = False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    plain = is_plain(stream)
    return Console(
        file=stream,
        no_color=plain,
        highlight=False,
        emoji=False,
        soft_wrap=plain,
        force_terminal=None if not plain else False,
        width=None if not plain else 10_000,
    )


def print_table(title: str | None, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A rich table on a terminal; tab-free aligned plain text otherwise."""
    if is_plain():
        _print_plain(title, headers, rows)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False)
    for header in headers:
        table.add_column(header)
    for row in rows:
        # Text, not markup: a register value such as "[bold]" must print as written.
        table.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    console().print(table)


def _print_plain(title: str | None, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(headers))]
    out = []
    if title:
        out.append(title)
    for line in cells:
        out.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip())
    sys.stdout.write("\n".join(out) + "\n")
