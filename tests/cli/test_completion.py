"""Shell completion (bash): command names, register names, platforms, rule ids and policy ids."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def complete(words: str, cwd=None) -> list[str]:
    env = {
        **os.environ,
        "_SMPOLICY_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    env.pop("SMPOLICY_REGISTER", None)
    result = subprocess.run(
        [sys.executable, "-m", "smpolicy"], env=env, cwd=cwd, capture_output=True, text=True, timeout=60
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    "words, expected",
    [
        ("smpolicy reg", ["register"]),
        ("smpolicy lint -r bnssg", ["bnssg-icb"]),
        ("smpolicy register list --platform blue", ["bluesky"]),
        ("smpolicy channel propose --platform you", ["youtube"]),
        ("smpolicy rules explain CR00", ["CR001", "CR002"]),
        ("smpolicy review record -r hssib HSS", ["HSSIB005"]),
        ("smpolicy review record -r hee @NHS", ["@NHS_HealthEdEng"]),
    ],
)
def test_bash_completion(words, expected, tmp_path):
    assert complete(words, cwd=tmp_path) == expected


def test_lint_select_completes_rule_ids_and_categories(tmp_path):
    suggestions = complete("smpolicy lint --select PD", cwd=tmp_path)
    assert "PD001" in suggestions
    assert complete("smpolicy lint --select personal", cwd=tmp_path) == ["personal-data"]


def test_completion_of_a_broken_register_is_quiet(tmp_path):
    (tmp_path / "broken.toml").write_text("schema_version = [")
    assert complete("smpolicy review record -r broken.toml H", cwd=tmp_path) == []


def test_show_completion_prints_a_bash_script():
    result = subprocess.run(
        [sys.executable, "-m", "smpolicy", "--show-completion", "bash"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "_SMPOLICY_COMPLETE=complete_bash" in result.stdout
