"""A user's register is validated with the pydantic models once per exact text: lint on every
commit then reads it with tomllib alone, and any change to the text is validated again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from smpolicy import validation_stamps
from smpolicy.registers import bundled_path

DRAFT = "Our flu clinics are open this week. #FluJab\n"


def lint(tmp_path: Path, register: Path, *extra: str) -> subprocess.CompletedProcess:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code = (
        "import sys, runpy\n"
        "sys.argv = ['smpolicy', 'lint', '-r', sys.argv[1], sys.argv[2]]\n"
        "try:\n    runpy.run_module('smpolicy', run_name='__main__')\n"
        "finally:\n    print('PYDANTIC' if 'pydantic' in sys.modules else 'NO-PYDANTIC', file=sys.stderr)\n"
        "    print('TOMLLIB' if 'tomllib' in sys.modules else 'NO-TOMLLIB', file=sys.stderr)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(register), str(draft), *extra],
        capture_output=True, text=True, timeout=120, env=os.environ.copy(),
    )


def test_a_register_is_validated_once_per_text(tmp_path):
    register = tmp_path / "register.toml"
    register.write_text(bundled_path("hssib").read_text(encoding="utf-8"), encoding="utf-8")
    first = lint(tmp_path, register)
    assert first.returncode == 0, first.stderr
    assert "NO-PYDANTIC" not in first.stderr  # validated
    second = lint(tmp_path, register)
    assert second.returncode == 0 and second.stdout == first.stdout
    assert "NO-PYDANTIC" in second.stderr  # the same text: not validated again

    # A change, even a broken one, is validated again and reported at its line.
    register.write_text(register.read_text(encoding="utf-8").replace('status = "active"', 'status = "actve"', 1), encoding="utf-8")
    third = lint(tmp_path, register)
    assert third.returncode == 2
    assert "register.toml:" in third.stderr and "status" in third.stderr


def test_stamps_differ_with_any_change_and_by_version(monkeypatch):
    text = bundled_path("hssib").read_text(encoding="utf-8")
    assert validation_stamps.stamp(text) == validation_stamps.stamp(text)
    assert validation_stamps.stamp(text) != validation_stamps.stamp(text.replace("Bluesky", "Bluesk y", 1))
    monkeypatch.setattr("smpolicy.__version__", "9.9.9")
    assert validation_stamps.stamp(text).startswith("9.9.9-")


def test_a_cache_that_cannot_be_written_only_means_validating_again(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(validation_stamps.CACHE_ENV, str(blocker / "cache"))
    validation_stamps.remember_valid("anything")
    assert not validation_stamps.known_valid("anything")


def test_the_cache_folder_follows_the_environment(tmp_path):
    assert validation_stamps.cache_dir({"SMPOLICY_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert validation_stamps.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "smpolicy"
    assert validation_stamps.cache_dir({}).parts[-2:] == (".cache", "smpolicy")


EVERY_TOML_TYPE = """
name = "x"
count = 3
ratio = 0.5
big = inf
on = true
day = 2026-03-31
at = 2026-03-31T09:30:00+01:00
local = 2026-03-31T09:30:00
clock = 09:30:00.250
list = [1, "two", [2026-01-01]]
[table.inner]
empty = []
"""


def test_a_parsed_register_comes_back_exactly(tmp_path):
    import tomllib

    environ = {validation_stamps.CACHE_ENV: str(tmp_path)}
    for text in [EVERY_TOML_TYPE, *(bundled_path(name).read_text(encoding="utf-8") for name in ("hssib", "bnssg-icb"))]:
        data = tomllib.loads(text)
        assert validation_stamps.parsed_copy(text, environ) is None
        validation_stamps.keep_parsed(text, data, environ)
        copy = validation_stamps.parsed_copy(text, environ)
        assert copy == data
        assert [type(value) for value in copy.values()] == [type(value) for value in data.values()]


def test_a_damaged_parsed_copy_is_ignored(tmp_path):
    environ = {validation_stamps.CACHE_ENV: str(tmp_path)}
    validation_stamps.keep_parsed(EVERY_TOML_TYPE, {"a": 1}, environ)
    (copy,) = (tmp_path / validation_stamps.PARSED).iterdir()
    for damage in (b"", b"\x00garbage", copy.read_bytes()[:-2], __import__("marshal").dumps([1]), __import__("marshal").dumps({"a": ("bogus", "x")})):
        copy.write_bytes(damage)
        assert validation_stamps.parsed_copy(EVERY_TOML_TYPE, environ) is None


def test_a_bundled_register_is_parsed_once(tmp_path):
    first = lint(tmp_path, Path("hssib"))
    second = lint(tmp_path, Path("hssib"))
    assert first.returncode == second.returncode == 0 and first.stdout == second.stdout
    assert "NO-TOMLLIB" not in first.stderr
    assert "NO-TOMLLIB" in second.stderr  # read from the parsed copy
