"""Shell completion for the values comms teams type most: register names, platforms, rule ids,
policy ids and account handles.

Completers must never fail (a traceback in the middle of a shell prompt is worse than no
suggestions), so each one returns an empty list when anything goes wrong.
"""

from __future__ import annotations

from typing import Any


def _matching(values: list[str], incomplete: str) -> list[str]:
    wanted = incomplete.lower()
    return [value for value in values if value.lower().startswith(wanted)]


def registers(incomplete: str) -> list[str]:
    """Bundled register names, and register files in the working folder."""
    try:
        from pathlib import Path

        from smpolicy.registers import bundled_names

        files = sorted(str(path) for path in Path(".").glob("*.toml") if path.name != "pyproject.toml")
        return _matching([*bundled_names(), *files], incomplete)
    except Exception:
        return []


def platforms(incomplete: str) -> list[str]:
    from smpolicy.vocabulary import PLATFORMS

    return _matching(list(PLATFORMS), incomplete)


def rules(incomplete: str) -> list[str]:
    """Rule ids, then categories (both accepted by --select and --ignore)."""
    try:
        from smpolicy.lint.rule import all_rules
        from smpolicy.vocabulary import CATEGORIES

        return _matching([*sorted(all_rules()), *CATEGORIES], incomplete)
    except Exception:
        return []


def rule_ids(incomplete: str) -> list[str]:
    try:
        from smpolicy.lint.rule import all_rules

        return _matching(sorted(all_rules()), incomplete)
    except Exception:
        return []


def review_keys(ctx: Any, incomplete: str) -> list[str]:
    """Policy ids and account handles of the register the command line names (or resolves)."""
    try:
        from smpolicy import registers as found

        register = found.load(found.resolve(ctx.params.get("register")).path)
        keys = [policy.id for policy in register.policies]
        keys += [account.handle for account in register.accounts if account.handle]
        return _matching(keys, incomplete)
    except Exception:
        return []
