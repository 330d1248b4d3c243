"""Eight processes each run `smpolicy register add` 25 times on one register: no update is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smpolicy import registers

WORKERS = 8
ADDS_EACH = 25

# Each worker is a separate Python process running the real command (in-process, via CliRunner,
# so the test is not dominated by 200 interpreter start-ups).
WORKER = """
import sys
from typer.testing import CliRunner
from smpolicy.cli import app

register, worker, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
runner = CliRunner()
for n in range(count):
    result = runner.invoke(app, [
        "register", "add", "-r", register, "--platform", "other",
        "--name", f"Worker {worker} account {n}", "--handle", f"@w{worker}_{n}",
        "--admin", "Communications Team", "--admin", "Digital Manager",
    ])
    if result.exit_code != 0:
        print(f"worker {worker} add {n}: exit {result.exit_code}: {result.output}", file=sys.stderr)
        sys.exit(1)
"""


@pytest.mark.slow
def test_concurrent_adds_all_land(tmp_path: Path):
    register = tmp_path / "register.toml"
    original = registers.bundled_path("hssib").read_text(encoding="utf-8")
    register.write_text(original, encoding="utf-8")
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(register), str(worker), str(ADDS_EACH)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(WORKERS)
    ]
    failures = []
    for process in workers:
        _out, err = process.communicate(timeout=120)
        if process.returncode != 0:
            failures.append(err)
    assert not failures, failures

    loaded = registers.load(register)
    added = {account.handle for account in loaded.accounts if account.platform == "other"}
    expected = {f"@w{w}_{n}" for w in range(WORKERS) for n in range(ADDS_EACH)}
    assert added == expected
    assert len(loaded.accounts) == 5 + WORKERS * ADDS_EACH

    text = register.read_text(encoding="utf-8")
    # The original file is still there, comments and all, in front of the new accounts.
    head = original.partition("[lint]")[0].rstrip("\n")
    assert text.startswith(head)
    assert text.endswith("[lint]" + original.partition("[lint]")[2])
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
