"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit in a throwaway content repo.

pre-commit clones this repository at its HEAD commit and installs smpolicy into its own
environment from the package index, exactly as a comms team's repo would. This is the one test
that needs the package index (an install, which the project's rules allow); it is slow (about a
minute), so it runs once per session with every scenario inside.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLEAN_DRAFT = """Our annual report is out today. Read how we learned from patient safety investigations
this year on our website.
"""
# 943 476 5919 passes the NHS number modulus-11 check.
NHS_NUMBER_DRAFT = """Thanks to the patient (NHS number 943 476 5919) who shared their story with us.
"""


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)


def _head_commit() -> str | None:
    result = _git(ROOT, "rev-parse", "HEAD")
    return result.stdout.strip() if result.returncode == 0 else None


def _commit(repo: Path, env: dict, message: str) -> subprocess.CompletedProcess:
    _git(repo, "add", "-A")
    return subprocess.run(
        ["git", "commit", "-m", message],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.mark.slow
def test_hooks_pass_clean_drafts_and_stop_bad_ones(tmp_path):
    rev = _head_commit()
    if rev is None or shutil.which("git") is None:
        pytest.skip("needs git and a git checkout of smpolicy")
    repo = tmp_path / "content"
    repo.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Comms Officer",
        "GIT_AUTHOR_EMAIL": "comms@example.org",
        "GIT_COMMITTER_NAME": "Comms Officer",
        "GIT_COMMITTER_EMAIL": "comms@example.org",
    }
    env.pop("SMPOLICY_REGISTER", None)
    env.pop("GITHUB_ACTIONS", None)
    assert _git(repo, "init", "-q", "-b", "main").returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {ROOT}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: smpolicy-lint\n"
        "      - id: smpolicy-register-check\n"
    )
    (repo / "smpolicy.toml").write_text('register = "hssib"\n')
    install = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, capture_output=True, text=True
    )
    assert install.returncode == 0, install.stdout + install.stderr

    (repo / "drafts").mkdir()
    (repo / "drafts" / "annual-report.md").write_text(CLEAN_DRAFT)
    clean = _commit(repo, env, "Clean draft")
    assert clean.returncode == 0, clean.stdout + clean.stderr

    (repo / "drafts" / "patient-story.md").write_text(NHS_NUMBER_DRAFT)
    bad = _commit(repo, env, "Draft with an NHS number")
    output = bad.stdout + bad.stderr
    assert bad.returncode != 0, output
    assert "smpolicy lint" in output and "Failed" in output
    assert "patient-story.md:1" in output and "NHS number" in output
    (repo / "drafts" / "patient-story.md").unlink()

    register = (ROOT / "data" / "registers" / "hssib.toml").read_text()
    (repo / "register.toml").write_text(register.replace('status = "dormant"', 'status = "sleeping"'))
    broken = _commit(repo, env, "Broken register")
    output = broken.stdout + broken.stderr
    assert broken.returncode != 0, output
    assert "smpolicy register check" in output and "register.toml" in output
