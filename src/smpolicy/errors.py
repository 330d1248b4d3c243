"""Errors that reach the user as one line and exit code 2.

Every module raises `InputError` (or a subclass) for bad input; the CLI prints `str(error)` and
exits 2. No traceback ever reaches the user for input problems.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2


class InputError(Exception):
    """Bad input: a file that cannot be read, parsed or validated; a bad option value."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = [part for part in (self.path, self.line, self.column) if part is not None]
        prefix = ":".join(str(part) for part in where)
        # One line, always: a multi-line message would break editors' and CI's parsers.
        message = " ".join(self.message.split())
        return f"{prefix}: {message}" if prefix else message


class RegisterError(InputError):
    """A register that cannot be found, read, parsed or validated."""


class StoreError(InputError):
    """A register write that was refused or could not be done safely."""
