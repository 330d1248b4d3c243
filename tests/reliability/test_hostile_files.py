"""Hostile drafts, business cases and paths: each refused in one clear line, nothing written.

`smpolicy lint` reports a draft it cannot read as that file's error (`path: error: reason`) and
exits 2 once every other file is checked; mistakes in a draft's front matter are FM001 findings
at their line (the body is still checked, so the run exits 1). Business cases (`channel check`,
`channel approve`) and registers are refused whole: `smpolicy: error: file:line: reason`, exit 2.
"""

from __future__ import annotations

import builtins
import io
import os
import tracemalloc
from pathlib import Path
from unittest import mock

import pytest

from refusals import EXAMPLE_CASE, HSSIB_TEXT, assert_clean_refusal, run, same_files, snapshot
from smpolicy.lint.discovery import MAX_DRAFT_BYTES

MB = 1024 * 1024


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content repo with its own register and a complete business case that names it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "register.toml").write_text(HSSIB_TEXT, encoding="utf-8")
    (tmp_path / "proposals").mkdir()
    case = EXAMPLE_CASE.read_text(encoding="utf-8").replace('register = "hssib"', 'register = "../register.toml"')
    (tmp_path / "proposals" / "case.md").write_text(case, encoding="utf-8")
    return tmp_path


def lint(*args: str, **options):
    return run("lint", *args, "-r", "register.toml", "--now", "2026-11-17T14:30", **options)


def assert_file_error(outcome, path: str, says: str) -> None:
    """`lint` could not check `path`: one `path: error: ...` line, exit 2, no crash."""
    assert outcome.exit_code == 2, outcome.output
    assert "Traceback" not in outcome.output and "internal error" not in outcome.output, outcome.output
    errors = [line for line in outcome.stdout.splitlines() if line.startswith(f"{path}: error: ")]
    assert len(errors) == 1 and says in errors[0], outcome.output
    assert "could not be checked" in outcome.stdout


# --- drafts lint cannot read ------------------------------------------------------------------

UNREADABLE_DRAFTS = {
    "NUL bytes": (b"Our report is out.\x00\n", "contains NUL bytes"),
    "not UTF-8 on line 3": (b"Line one\nLine two\nCaf\xe9 opening today\n", "not valid UTF-8 (line 3)"),
    "Windows-1252 quotes": (b"\x93Quoted\x94 text\n", "not valid UTF-8 (line 1)"),
    "UTF-16 with a BOM": ("Our report is out.\n".encode("utf-16"), "contains NUL bytes"),
}


@pytest.mark.parametrize("name", UNREADABLE_DRAFTS)
def test_a_draft_that_is_not_utf8_text(repo: Path, name: str):
    data, says = UNREADABLE_DRAFTS[name]
    (repo / "post.md").write_bytes(data)
    before = snapshot(repo)
    assert_file_error(lint("post.md"), "post.md", says)
    assert same_files(before, snapshot(repo))


def _write_big(path: Path, size: int, line: bytes) -> None:
    """`size` bytes of text made of `line`, written in chunks so the test never holds it all."""
    chunk = line * (MB // len(line))
    with path.open("wb") as stream:
        for _ in range(size // len(chunk)):
            stream.write(chunk)


@pytest.mark.parametrize(
    ("name", "size", "line"),
    [
        ("50 MB draft", 50 * MB, b"Our new report on patient safety is out today.\n"),
        ("5 MB on one line", 5 * MB, b"word "),
        ("just over the limit", MAX_DRAFT_BYTES + MB, b"a"),
    ],
)
def test_a_huge_draft_is_refused_without_reading_it(repo: Path, name: str, size: int, line: bytes):
    (repo / "big.md").unlink(missing_ok=True)
    _write_big(repo / "big.md", size, line)
    tracemalloc.start()
    try:
        outcome = lint("big.md")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_file_error(outcome, "big.md", "larger than 1,048,576 bytes")
    # Reading the draft would allocate its size at least; refusing it allocates next to nothing.
    assert peak < 16 * MB, f"{name}: {peak:,} bytes allocated"


def test_a_huge_draft_on_standard_input_is_refused(repo: Path):
    outcome = lint("-", input=b"word " * (MB // 5) * 3)  # 3 MB, one line
    assert_file_error(outcome, "-", "larger than 1,048,576 bytes")


def test_a_device_that_never_ends_is_refused(repo: Path):
    """/dev/zero reports size 0: a naive read would never stop allocating."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    assert_file_error(lint("/dev/zero"), "/dev/zero", "larger than 1,048,576 bytes")
    message = assert_clean_refusal(run("channel", "check", "/dev/zero"), "/dev/zero")
    assert "larger than" in message


def test_a_missing_draft(repo: Path):
    assert_file_error(lint("drafts/missing.md"), "drafts/missing.md", "no such file or folder")


@pytest.mark.parametrize("contents", [(), ("photo.png", "notes.docx"), (".hidden/post.md",)])
def test_a_folder_with_no_drafts(repo: Path, contents: tuple[str, ...]):
    folder = repo / "drafts"
    folder.mkdir()
    for name in contents:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("Hello\n", encoding="utf-8")
    assert_file_error(lint("drafts"), "drafts", "no drafts in this folder")


def test_a_folder_with_drafts_is_not_reported_empty(repo: Path):
    (repo / "drafts").mkdir()
    (repo / "drafts" / "post.md").write_text("Our new report is out today.\n", encoding="utf-8")
    outcome = lint("drafts")
    assert outcome.exit_code == 0, outcome.output
    assert "no drafts" not in outcome.output


def test_a_symlink_loop(repo: Path):
    (repo / "loop.md").symlink_to("loop.md")
    assert_file_error(lint("loop.md"), "loop.md", "cannot read")
    # Inside a folder, the loop is that file's error; a folder linking to itself is not walked.
    (repo / "drafts").mkdir()
    (repo / "drafts" / "a.md").symlink_to("b.md")
    (repo / "drafts" / "b.md").symlink_to("a.md")
    (repo / "drafts" / "self").symlink_to("..")
    (repo / "drafts" / "ok.md").write_text("Our new report is out today.\n", encoding="utf-8")
    outcome = lint("drafts")
    assert outcome.exit_code == 2, outcome.output
    assert "drafts/a.md: error: cannot read" in outcome.stdout
    assert "drafts/b.md: error: cannot read" in outcome.stdout
    assert "internal error" not in outcome.output
    (repo / "loop.toml").symlink_to("loop.toml")
    message = assert_clean_refusal(run("register", "list", "-r", "loop.toml"), str(repo / "loop.toml"))
    assert "neither a file nor a bundled register" in message
    message = assert_clean_refusal(run("register", "check", "loop.toml"), "loop.toml")
    assert "Too many levels of symbolic links" in message


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_files_by_mode(repo: Path):
    for name in ("post.md", "locked.toml", "proposals/locked.md"):
        (repo / name).write_text(HSSIB_TEXT if name.endswith(".toml") else "Hello\n", encoding="utf-8")
        (repo / name).chmod(0)
    try:
        _assert_unreadable_refused(repo)
    finally:
        for name in ("post.md", "locked.toml", "proposals/locked.md"):
            (repo / name).chmod(0o644)


def test_unreadable_files_by_permission_error(repo: Path):
    """The same refusals when the OS says "permission denied" (works when the tests run as root)."""
    for name in ("post.md", "locked.toml", "proposals/locked.md"):
        (repo / name).write_text(HSSIB_TEXT if name.endswith(".toml") else "Hello\n", encoding="utf-8")
    denied = {str(repo / name) for name in ("post.md", "locked.toml", "proposals/locked.md")}
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.path.abspath(file) in denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    before = snapshot(repo)
    with mock.patch.object(builtins, "open", guarded_open), mock.patch.object(io, "open", guarded_open):
        _assert_unreadable_refused(repo)
    assert same_files(before, snapshot(repo))


def _assert_unreadable_refused(repo: Path) -> None:
    assert_file_error(lint("post.md"), "post.md", "cannot read: Permission denied")
    message = assert_clean_refusal(run("register", "list", "-r", "locked.toml"), str(repo / "locked.toml"))
    assert "cannot read: Permission denied" in message
    message = assert_clean_refusal(run("channel", "check", "proposals/locked.md"), "proposals/locked.md")
    assert "cannot read: Permission denied" in message


# --- a draft's front matter: findings at their line, never a crash ----------------------------

BAD_FRONT_MATTER = {
    "never closed": ("+++\nplatform = 'x'\nOur report is out.\n", 1, "never closed"),
    "bad TOML": ("+++\nplatform = \n+++\nOur report is out.\n", 2, "not valid TOML"),
    "wrong types": ("+++\nplatform = 5\n+++\nOur report is out.\n", 2, "must be text"),
    "images not a list": ("+++\nimages = 'photo.png'\n+++\nHi\n", 2, "'images' must be a list"),
    "a time with no date": ("+++\npublish_at = 10:00:00\n+++\nHi\n", 2, "needs a date"),
    "25 o'clock": ("+++\npublish_at = 2026-03-10T25:00:00\n+++\nHi\n", 2, "not valid TOML"),
    "a 5,000-digit number": ("+++\nplatform = 1" + "0" * 5000 + "\n+++\nHi\n", 1, "number too long"),
    "arrays nested 3,000 deep": ("+++\nplatform = " + "[" * 3000 + "]" * 3000 + "\n+++\nHi\n", 1, "nesting too deep"),
    "before the first day": ("+++\npublish_at = 0001-01-01T00:00:00+14:00\n+++\nHi\n", 2, "out of range"),
    "after the last day": ("+++\npublish_at = 9999-12-31T23:59:59-12:00\n+++\nHi\n", 2, "out of range"),
    "YAML month 13": ("---\npublish_at: 2026-13-45\n---\nHi\n", 1, "not valid YAML: month must be in 1..12"),
    "YAML 5,000-digit number": ("---\nplatform: 1" + "0" * 5000 + "\n---\nHi\n", 1, "not valid YAML"),
    "YAML nested 3,000 deep": ("---\nplatform: " + "[" * 3000 + "]" * 3000 + "\n---\nHi\n", 2, "must be text"),
    "YAML list, not keys": ("---\n- platform\n- x\n---\nHi\n", 2, "must be a table"),
    "YAML Python object tag": ("---\nplatform: !!python/object/apply:os.system ['echo hi']\n---\nHi\n", 2, "not valid YAML"),
    "YAML before the first day": ("---\npublish_at: 0001-01-01T00:00:00+14:00\n---\nHi\n", 2, "out of range"),
}


@pytest.mark.parametrize("name", BAD_FRONT_MATTER)
def test_bad_front_matter_is_a_finding_at_its_line(repo: Path, name: str):
    text, line, says = BAD_FRONT_MATTER[name]
    (repo / "post.md").write_text(text, encoding="utf-8")
    outcome = lint("post.md")
    assert outcome.exit_code == 1, outcome.output
    assert "Traceback" not in outcome.output and "internal error" not in outcome.output, outcome.output
    fm = [entry for entry in outcome.stdout.splitlines() if " FM001 " in entry]
    assert fm and fm[0].startswith(f"post.md:{line}:1: FM001") and says in fm[0], outcome.output
    assert not outcome.stderr


def test_a_billion_laughs_in_yaml_front_matter_is_harmless(repo: Path):
    """Nested YAML aliases expand to 9^8 items if anything walks them; nothing does."""
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefg", "bcdefgh"):
        levels.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    (repo / "post.md").write_text("---\n" + "\n".join(levels) + "\n---\nHi\n", encoding="utf-8")
    outcome = lint("post.md")
    assert outcome.exit_code == 1 and "unknown front-matter key 'a'" in outcome.stdout, outcome.output


# --- business cases: refused whole, with the line -------------------------------------------

_CASE = EXAMPLE_CASE.read_text(encoding="utf-8").replace('register = "hssib"', 'register = "../register.toml"')

BAD_CASES = {
    "front matter never closed": (_CASE.replace("+++\n\n# Business", "\n# Business", 1), 1, "never closed"),
    "bad TOML": (_CASE.replace('mfa = "yes"', 'mfa = "yes'), 8, "not valid TOML"),
    "a 5,000-digit number": (_CASE.replace('mfa = "yes"', "mfa = 1" + "0" * 5000), 1, "number too long"),
    "arrays nested 3,000 deep": (_CASE.replace('mfa = "yes"', "mfa = " + "[" * 3000 + "]" * 3000), 1, "nesting too deep"),
    "no front matter": ("# A business case\n", 1, "no +++ front matter"),
    "empty file": ("", 1, "no +++ front matter"),
    "YAML front matter": ("---\nstatus: submitted\n---\n# Case\n", 1, "no +++ front matter"),
    "NUL bytes": (_CASE.replace("# Business case", "# Business\x00case"), None, "contains NUL bytes"),
    "names a register that is not there": (_CASE.replace("../register.toml", "../elsewhere.toml"), 15, "names register"),
}


@pytest.mark.parametrize("command", ["check", "approve"])
@pytest.mark.parametrize("name", BAD_CASES)
def test_a_broken_business_case_is_refused(repo: Path, name: str, command: str):
    text, line, says = BAD_CASES[name]
    case = repo / "proposals" / "case.md"
    case.write_text(text, encoding="utf-8")
    before = snapshot(repo)
    extra = ["--by", "Head of Communications"] if command == "approve" else []
    message = assert_clean_refusal(run("channel", command, "proposals/case.md", *extra), "proposals/case.md", line)
    assert says in message
    assert same_files(before, snapshot(repo))


def test_a_business_case_that_is_not_utf8(repo: Path):
    (repo / "proposals" / "case.md").write_bytes(_CASE.encode().replace(b"Strategic case", b"Strat\xe9gic case"))
    line = _CASE[: _CASE.index("Strategic case")].count("\n") + 1
    message = assert_clean_refusal(run("channel", "check", "proposals/case.md"), "proposals/case.md", line)
    assert "not valid UTF-8" in message


# --- channel propose --output may not leave its folder --------------------------------------

PROPOSE = [
    "channel", "propose", "--no-input", "--team", "Education", "--platform", "linkedin",
    "--handle", "@HSSIBEducation", "--owner", "Manager", "--admin", "A", "--admin", "B",
    "--date", "2026-05-01", "-r", "register.toml",
]


@pytest.mark.parametrize(
    "output",
    ["../escaped.md", "../../escaped.md", "a/../../escaped.md", "/tmp/escaped.md", "~/escaped.md",
     "C:\\escaped.md", "\\\\server\\share\\escaped.md", "..", ".", "", "/", "x\x00.md", "link/escaped.md"],
)
def test_propose_output_cannot_escape_its_folder(repo: Path, tmp_path_factory: pytest.TempPathFactory, output: str):
    outside = tmp_path_factory.mktemp("outside")
    (repo / "proposals" / "link").symlink_to(outside, target_is_directory=True)
    before, outside_before = snapshot(repo), snapshot(outside)
    outcome = run(*PROPOSE, "--dir", "proposals", "--output", output)
    message = assert_clean_refusal(outcome, "")
    assert "--output" in message or "outside" in message, message
    assert same_files(before, snapshot(repo)) and snapshot(outside) == outside_before
    assert not Path("/tmp/escaped.md").exists() or output != "/tmp/escaped.md"


def test_propose_never_overwrites(repo: Path):
    before = snapshot(repo)
    message = assert_clean_refusal(run(*PROPOSE, "--dir", "proposals", "--output", "case.md"), str(repo / "proposals" / "case.md"))
    assert "already exists" in message
    assert same_files(before, snapshot(repo))


def test_propose_dir_with_a_nul_byte(repo: Path):
    """Refused by the option parser, as a usage error (exit 2, with the usage line)."""
    before = snapshot(repo)
    outcome = run(*PROPOSE, "--dir", "prop\x00osals")
    assert outcome.exit_code == 2 and "Invalid value for '--dir'" in outcome.stderr, outcome.output
    assert "Traceback" not in outcome.output and "internal error" not in outcome.output
    assert same_files(before, snapshot(repo))


def test_propose_output_inside_its_folder_is_written(repo: Path):
    """The refusals above are about escaping, not about sub-folders."""
    outcome = run(*PROPOSE, "--dir", "proposals", "--output", "2026/education")
    assert outcome.exit_code == 0, outcome.output
    assert (repo / "proposals" / "2026" / "education.md").is_file()
