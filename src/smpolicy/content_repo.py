"""Set up a comms team's content repo: `smpolicy.toml` and, optionally, a pre-commit config.

Pure text building plus one small writer; `smpolicy init` is the only caller. Existing files are
never overwritten unless the user says `--force`.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from smpolicy.errors import InputError

CONFIG_NAME = "smpolicy.toml"
GITIGNORE_NAME = ".gitignore"
# The register store locks `<register>.toml.lock` beside the register; it is not content.
LOCK_PATTERN = "*.toml.lock"
PRE_COMMIT_NAME = ".pre-commit-config.yaml"
HOOK_IDS = ("smpolicy-lint", "smpolicy-register-check", "smpolicy-review-due", "smpolicy-channel-check")


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    text: str


def config_text(register: str) -> str:
    import json

    # json.dumps gives a valid TOML basic string for any register name or path.
    return (
        "# smpolicy settings for this content repo (see `smpolicy register path`).\n"
        "# register: a bundled register name (hssib, hra, bnssg-icb, tavistock-portman, hee)\n"
        "# or a path to your own register file, relative to this file.\n"
        f"register = {json.dumps(register)}\n"
    )


def pre_commit_text(hook_repo: str | None, hook_rev: str | None) -> str:
    """Remote hooks when a repository is given; otherwise local hooks using the installed smpolicy."""
    if hook_repo:
        hooks = "\n".join(f"      - id: {hook}" for hook in HOOK_IDS)
        return (
            "# pre-commit hooks from smpolicy (https://pre-commit.com): `pre-commit install`.\n"
            "repos:\n"
            f"  - repo: {hook_repo}\n"
            f"    rev: {hook_rev or 'main'}\n"
            "    hooks:\n"
            f"{hooks}\n"
        )
    return (
        "# pre-commit hooks using the smpolicy installed on this machine (`pre-commit install`).\n"
        "# To pin a version instead, point `repo:` at smpolicy's repository and a tag.\n"
        "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: smpolicy-lint\n"
        "        name: smpolicy lint\n"
        "        entry: smpolicy lint\n"
        "        language: system\n"
        "        types_or: [markdown, plain-text]\n"
        "        exclude: ^proposals/\n"
        "      - id: smpolicy-channel-check\n"
        "        name: smpolicy channel check\n"
        "        entry: smpolicy channel check\n"
        "        language: system\n"
        "        files: ^proposals/.*\\.md$\n"
        "      - id: smpolicy-review-due\n"
        "        name: smpolicy review due\n"
        "        entry: smpolicy review due --fail-on overdue\n"
        "        language: system\n"
        "        pass_filenames: false\n"
        "        always_run: true\n"
        "        stages: [manual]\n"
    )


def plan(
    folder: Path,
    register: str,
    pre_commit: bool,
    force: bool,
    hook_repo: str | None = None,
    hook_rev: str | None = None,
) -> list[PlannedFile]:
    """The files `init` would write; refuses to overwrite unless `force`."""
    if not folder.is_dir():
        raise InputError("no such folder", path=folder)
    planned = [PlannedFile(folder / CONFIG_NAME, config_text(register))]
    if pre_commit:
        planned.append(PlannedFile(folder / PRE_COMMIT_NAME, pre_commit_text(hook_repo, hook_rev)))
    if not force:
        for item in planned:
            if item.path.exists():
                raise InputError("already exists; use --force to replace it", path=item.path)
    ignore = _gitignore_with_lock_pattern(folder / GITIGNORE_NAME)
    if ignore is not None:
        planned.append(ignore)
    return planned


def _gitignore_with_lock_pattern(path: Path) -> PlannedFile | None:
    """The .gitignore with the lock-file pattern appended, or None when it is already there."""
    try:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {error}", path=path) from None
    if LOCK_PATTERN in current.splitlines():
        return None
    separator = "" if not current or current.endswith("\n") else "\n"
    comment = "# smpolicy's register lock files\n"
    return PlannedFile(path, f"{current}{separator}{comment}{LOCK_PATTERN}\n")


def write(planned: list[PlannedFile]) -> None:
    for item in planned:
        _write_atomically(item.path, item.text)


def _write_atomically(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
