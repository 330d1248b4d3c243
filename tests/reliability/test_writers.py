"""Writers killed mid-write, stale and live locks, and concurrent `review record` / `channel approve`.

`register add` by eight processes at once is tests/test_store_concurrency.py. Here every command
that writes a register (`register add`, `review record`, `channel approve`) is killed with SIGKILL
at each point of a write, using the store's test hook: with SMPOLICY_TEST_PAUSE="<point>:<file>"
a writer creates <file> and sleeps when it reaches <point>, so the test kills it exactly there.

- locked: the lock is held, nothing read or written yet;
- temp-partial: half of the new text is in the temporary file;
- temp-written: the temporary file is complete and fsynced, not yet renamed;
- replaced: the new register is in place, the lock not yet released.

Afterwards the register is byte for byte the old or the new version and loads; the lock the dead
writer held (the OS released it) does not delay the next writer, who also removes its temp file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Callable

import pytest

from refusals import EXAMPLE_CASE, HSSIB_TEXT, run
from smpolicy import registers, store
from smpolicy.errors import StoreError

POINTS = ("locked", "temp-partial", "temp-written", "replaced")
# A hang detector, not a speed assertion: a writer normally reaches its pause in well under 1 s.
PAUSE_TIMEOUT = 60

WRITERS: dict[str, list[str]] = {
    "register add": ["register", "add", "-r", "register.toml", "--platform", "other", "--name", "Killed writer",
                     "--handle", "@killed", "--admin", "A", "--admin", "B"],
    "review record": ["review", "record", "HSSIB005", "--on", "2026-01-15", "--by", "Killed writer", "-r", "register.toml"],
    "channel approve": ["channel", "approve", "proposals/case.md", "--by", "Head of Communications", "--on", "2026-06-01"],
}


def _changed(command: str) -> Callable[[dict], bool]:
    """Whether the killed writer's change is in a parsed register."""
    if command == "register add":
        return lambda data: any(a.get("handle") == "@killed" for a in data["accounts"])
    if command == "review record":
        return lambda data: any(h.get("by") == "Killed writer" for h in data["policies"][0].get("history", []))
    return lambda data: any(a.get("handle") == "@HSSIBEducation" for a in data["accounts"])


def _make_repo(folder: Path) -> Path:
    (folder / "register.toml").write_text(HSSIB_TEXT, encoding="utf-8")
    (folder / "proposals").mkdir()
    case = EXAMPLE_CASE.read_text(encoding="utf-8").replace('register = "hssib"', 'register = "../register.toml"')
    (folder / "proposals" / "case.md").write_text(case, encoding="utf-8")
    return folder


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return _make_repo(tmp_path)


class Paused:
    """A writer started in its own repo, to be waited for at its pause point."""

    def __init__(self, repo: Path, args: list[str], point: str) -> None:
        self.repo, self.point = repo, point
        self.marker = repo.parent / f"{repo.name}.{point}.paused"
        env = {**os.environ, store.PAUSE_ENV: f"{point}:{self.marker}", "NO_COLOR": "1", "SMPOLICY_REGISTER": ""}
        self.register_before = (repo / "register.toml").read_bytes()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "smpolicy", *args], cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )

    def wait(self) -> subprocess.Popen:
        deadline = time.monotonic() + PAUSE_TIMEOUT
        while not self.marker.exists():
            if self.process.poll() is not None:
                out, err = self.process.communicate()
                raise AssertionError(f"writer ended before {self.point}: exit {self.process.returncode}\n{out!r}\n{err!r}")
            if time.monotonic() > deadline:
                self.process.kill()
                raise AssertionError(f"writer never reached {self.point}")
            time.sleep(0.01)
        return self.process


def _start_paused(repo: Path, args: list[str], point: str) -> subprocess.Popen:
    """Start `smpolicy ARGS` in `repo` and return once it is paused at `point`."""
    return Paused(repo, args, point).wait()


@pytest.fixture(scope="module")
def paused_writers(tmp_path_factory: pytest.TempPathFactory):
    """Every (command, point) writer, started at once: their start-ups overlap instead of queueing."""
    writers = {
        (command, point): Paused(_make_repo(tmp_path_factory.mktemp("killed")), WRITERS[command], point)
        for command in WRITERS
        for point in POINTS
    }
    yield writers
    for writer in writers.values():
        if writer.process.poll() is None:
            writer.process.kill()
            writer.process.communicate()


def _kill(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=PAUSE_TIMEOUT)
    assert process.returncode == -signal.SIGKILL


def _temps(repo: Path) -> list[str]:
    return sorted(p.name for p in repo.glob(".register.toml.*.tmp"))


@pytest.mark.parametrize("point", POINTS)
@pytest.mark.parametrize("command", WRITERS)
def test_a_killed_writer_leaves_the_old_or_the_new_register(paused_writers, command: str, point: str):
    paused = paused_writers[(command, point)]
    repo, old = paused.repo, paused.register_before
    register = repo / "register.toml"
    writer = paused.wait()
    during = register.read_bytes()
    _kill(writer)

    after = register.read_bytes()
    assert after == during  # nothing happened after the kill
    registers.load(register)  # always loadable
    data = tomllib.loads(after.decode("utf-8"))
    if point == "replaced":
        assert _changed(command)(data) and after != old
    else:
        assert after == old
    # Killed while the temporary file existed: it is left behind (proving where the kill was).
    assert bool(_temps(repo)) == (point in ("temp-partial", "temp-written"))
    assert (repo / "register.toml.lock").exists()  # the dead writer's lock file, now stale

    # The next writer is not held up by the stale lock, and clears the stale temporary file.
    outcome = run("register", "add", "-r", str(register), "--platform", "other", "--name", "Next writer",
                  "--admin", "A", "--admin", "B")
    assert outcome.exit_code == 0, outcome.output
    assert _temps(repo) == []
    final = registers.load(register)
    assert any(account.name == "Next writer" for account in final.accounts)
    assert _changed(command)(tomllib.loads(register.read_text(encoding="utf-8"))) == (point == "replaced")


def test_a_killed_approval_is_not_half_done(repo: Path):
    """Killed before its register write lands, `channel approve` left the case as it was."""
    case = repo / "proposals" / "case.md"
    old_case = case.read_bytes()
    _kill(_start_paused(repo, WRITERS["channel approve"], "temp-written"))
    assert case.read_bytes() == old_case
    outcome = run("channel", "approve", str(case), "--by", "Head of Communications", "--on", "2026-06-01",
                  "-r", str(repo / "register.toml"))
    assert outcome.exit_code == 0, outcome.output
    assert 'status = "approved"' in case.read_text(encoding="utf-8")


# --- locks --------------------------------------------------------------------------------------

HOLDER = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(600)
"""


def _add(name: str) -> Callable:
    from smpolicy import register_edit

    return lambda doc: register_edit.add(doc, {"platform": "other", "name": name, "admins": ["A", "B"]})


def test_a_stale_lock_file_from_a_dead_process_does_not_block(repo: Path):
    register = repo / "register.toml"
    # What a crashed writer of any version might leave: a lock file with a dead process id in it.
    (repo / "register.toml.lock").write_text("4194301\n", encoding="utf-8")
    assert store.edit(register, _add("After a crash"), timeout=5) == "other:After a crash"


def test_a_live_lock_is_reported_clearly_then_released_by_the_os(repo: Path):
    register = repo / "register.toml"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(repo / "register.toml.lock")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as refused:
            store.edit(register, _add("Blocked"), timeout=0.2)
        message = str(refused.value)
        assert message.startswith(f"{register}: register is locked by another smpolicy process")
        assert "register.toml.lock" in message and "\n" not in message
        assert register.read_text(encoding="utf-8") == HSSIB_TEXT
    finally:
        _kill(holder)
    # SIGKILL gives the holder no chance to clean up; the OS drops its lock all the same.
    assert store.edit(register, _add("After the holder died"), timeout=5) == "other:After the holder died"


def test_a_lock_path_that_cannot_be_a_lock_file(repo: Path):
    (repo / "register.toml.lock").mkdir()
    outcome = run("register", "add", "-r", str(repo / "register.toml"), "--platform", "other", "--name", "N")
    assert outcome.exit_code == 2
    assert outcome.stderr.startswith(f"smpolicy: error: {repo / 'register.toml'}: cannot create the lock file")
    assert (repo / "register.toml").read_text(encoding="utf-8") == HSSIB_TEXT


# --- review record and channel approve, concurrently ---------------------------------------------

WORKERS = 4
EACH = 8

RECORDER = """
import sys
from typer.testing import CliRunner
from smpolicy.cli import app

register, worker, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
for n in range(count):
    result = CliRunner().invoke(app, ["review", "record", "HSSIB005", "-r", register, "--on", "2026-01-15",
                                      "--by", f"Worker {worker}", "--note", f"review {worker}-{n}"])
    if result.exit_code != 0:
        sys.exit(f"worker {worker} record {n}: exit {result.exit_code}: {result.output}")
"""

APPROVER = """
import sys
from typer.testing import CliRunner
from smpolicy.cli import app

register, cases = sys.argv[1], sys.argv[2:]
for case in cases:
    result = CliRunner().invoke(app, ["channel", "approve", case, "--by", "Head of Communications", "--on", "2026-06-01", "-r", register])
    if result.exit_code != 0:
        sys.exit(f"approve {case}: exit {result.exit_code}: {result.output}")
"""


def _all_succeed(processes: list[subprocess.Popen]) -> None:
    failures = []
    for process in processes:
        _out, err = process.communicate(timeout=120)
        if process.returncode != 0:
            failures.append(err)
    assert not failures, failures


def test_concurrent_review_records_all_land(repo: Path):
    register = repo / "register.toml"
    env = {**os.environ, "NO_COLOR": "1", "SMPOLICY_REGISTER": ""}
    _all_succeed([
        subprocess.Popen([sys.executable, "-c", RECORDER, str(register), str(w), str(EACH)], cwd=repo, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(WORKERS)
    ])
    loaded = registers.load(register)
    notes = sorted(entry.note for entry in loaded.policies[0].history)
    assert notes == sorted(f"review {w}-{n}" for w in range(WORKERS) for n in range(EACH))
    text = register.read_text(encoding="utf-8")
    assert text.startswith(HSSIB_TEXT.partition("[[policies]]")[0])  # the comments above are intact
    assert "# Appendix 1: Register of approved corporate HSSIB social media and digital accounts." in text


def test_concurrent_approvals_all_land(repo: Path):
    register = repo / "register.toml"
    template = (repo / "proposals" / "case.md").read_text(encoding="utf-8")
    cases: dict[int, list[str]] = {w: [] for w in range(WORKERS)}
    for w in range(WORKERS):
        for n in range(2):
            path = repo / "proposals" / f"case-{w}-{n}.md"
            path.write_text(template.replace("@HSSIBEducation", f"@HSSIBEd{w}x{n}"), encoding="utf-8")
            cases[w].append(str(path))
    env = {**os.environ, "NO_COLOR": "1", "SMPOLICY_REGISTER": ""}
    _all_succeed([
        subprocess.Popen([sys.executable, "-c", APPROVER, str(register), *cases[w]], cwd=repo, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(WORKERS)
    ])
    handles = {account.handle for account in registers.load(register).accounts}
    assert {f"@HSSIBEd{w}x{n}" for w in range(WORKERS) for n in range(2)} <= handles
    for paths in cases.values():
        for path in paths:
            assert 'status = "approved"' in Path(path).read_text(encoding="utf-8")
