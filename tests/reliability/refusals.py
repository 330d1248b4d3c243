"""Shared by the reliability suite: run a command in-process, and check a refusal was clean.

A clean refusal (the promise every hostile-input test checks): exit code 2, one line on stderr
starting `smpolicy: error:` and naming the file, no "Traceback" or "internal error" anywhere, and
nothing written (the folder's files byte for byte the same; only an empty `<register>.lock`,
the store's OS lock file, may appear beside a register an edit command tried to open).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from typer.testing import CliRunner

import smpolicy.cli
from smpolicy.cli import app
from smpolicy.registers import bundled_path

ROOT = Path(__file__).resolve().parents[2]
HSSIB_TEXT = bundled_path("hssib").read_text(encoding="utf-8")
EXAMPLE_CASE = ROOT / "examples" / "proposals" / "2026-05-01-linkedin-hssib-education.md"


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


_BUILT: dict[str, object] = {}


def _built_once(name: str) -> object:
    # Typer rebuilds a command group from its functions' signatures on every call (~40 ms);
    # this suite runs hundreds of commands, so each group is built once and reused.
    if name not in _BUILT:
        _BUILT[name] = _LOAD_COMMAND(name)
    return _BUILT[name]


_LOAD_COMMAND = smpolicy.cli.load_command


def run(*args: str, env: dict[str, str] | None = None, input: str | bytes | None = None) -> Outcome:
    """`smpolicy ARGS...` in this process, with no register chosen by the environment."""
    with mock.patch.object(smpolicy.cli, "load_command", _built_once):
        result = CliRunner().invoke(
            app, list(args), env={"NO_COLOR": "1", "SMPOLICY_REGISTER": "", **(env or {})}, input=input
        )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"smpolicy {' '.join(args)} raised {result.exception!r}\n{result.output}")
    return Outcome(result.exit_code, result.stdout, result.stderr)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative path -> bytes); symbolic links by their target."""
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            files[name] = b"-> " + str(path.readlink()).encode()
        elif path.is_file():
            files[name] = path.read_bytes()
    return files


def same_files(before: dict[str, bytes], after: dict[str, bytes]) -> bool:
    """Nothing written: the same files with the same bytes, allowing an empty store lock file."""
    new = {name: data for name, data in after.items() if name not in before}
    changed = [name for name in before if after.get(name) != before[name]]
    return not changed and all(name.endswith(".toml.lock") and data == b"" for name, data in new.items())


def assert_clean_refusal(outcome: Outcome, names: str, line: int | None = None) -> str:
    """Exit 2 and one error line that names the file (`names`), and its line when given."""
    assert outcome.exit_code == 2, outcome.output
    assert "Traceback" not in outcome.output and "internal error" not in outcome.output, outcome.output
    lines = outcome.stderr.splitlines()
    assert len(lines) == 1, outcome.output
    message = lines[0]
    assert message.startswith(f"smpolicy: error: {names}"), message
    if line is not None:
        assert message.startswith(f"smpolicy: error: {names}:{line}:"), message
    return message
