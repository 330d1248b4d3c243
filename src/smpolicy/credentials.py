"""Spot secrets that must never be stored in a register.

A register may say *who* holds an account's credentials and *where* (a vault entry name). It must
never hold a password, token, API key or recovery code. We look at key names and at value shapes
(known token prefixes, long high-entropy strings). Messages never echo the value back.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator

# Key names that mean "this is a secret", matched on the key split into words.
_SECRET_KEY = re.compile(
    r"(^|[_\-. ])(password|passwd|passphrase|pwd|secret|token|api[_\-]?key|apikey|"
    r"recovery[_\-]?codes?|backup[_\-]?codes?|otp|totp|2fa[_\-]?seed|mfa[_\-]?seed|"
    r"private[_\-]?key|client[_\-]?secret|access[_\-]?key|pin)($|[_\-. ])",
    re.IGNORECASE,
)

# Value shapes of well-known credential formats.
_TOKEN_PREFIXES = re.compile(
    r"\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|"
    r"AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_\-]{20,}|AIza[0-9A-Za-z_\-]{30,}|EAA[A-Za-z0-9]{30,})"
    # Outside the \b group: there is no word boundary before a "-".
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----"
)
_RECOVERY_CODES = re.compile(r"\b(?:[a-z0-9]{4,5}[- ][a-z0-9]{4,5}\b[\s,;]*){3,}", re.IGNORECASE)
_PASSWORD_IN_TEXT = re.compile(r"\b(password|passcode|pwd)\s*(is|=|:)\s*\S+", re.IGNORECASE)
_LONG_WORD = re.compile(r"[A-Za-z0-9+/=_\-!@#$%^&*]{20,}")
# A web address up to its query string: long and mixed, but not secret (a query string may be).
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s?#]*", re.IGNORECASE)


@dataclass(frozen=True)
class SecretFinding:
    path: str  # dotted key path, e.g. accounts[2].notes
    reason: str

    def message(self) -> str:
        return f"{self.path}: {looks_like(self.reason)}; a register must never hold secrets (value not shown)"


def looks_like(reason: str) -> str:
    return f"looks like {'an' if reason[:1] in 'aeiou' else 'a'} {reason}"


def entropy_bits_per_char(text: str) -> float:
    counts = Counter(text)
    total = len(text)
    return -sum(count / total * math.log2(count / total) for count in counts.values())


def _looks_random(word: str) -> bool:
    # URLs, paths and e-mail addresses are long but not secret.
    if "/" in word and ("." in word or word.startswith("/")):
        return False
    # Hyphenated or slashed words and dates ("Department/service-level", "2024/25-plan") are prose.
    parts = re.split(r"[/\-_.]", word)
    if all(part.isalpha() or (part.isdigit() and len(part) <= 4) or not part for part in parts):
        return False
    if not any(c.isdigit() for c in word):
        return False
    classes = sum(
        (
            any(c.islower() for c in word),
            any(c.isupper() for c in word),
            any(c.isdigit() for c in word),
            any(not c.isalnum() for c in word),
        )
    )
    return classes >= 3 and entropy_bits_per_char(word) >= 3.5


def value_secret_reason(value: str) -> str | None:
    """Why a string value looks like a secret, or None."""
    if _TOKEN_PREFIXES.search(value):
        return "access token or key"
    if _PASSWORD_IN_TEXT.search(value):
        return "password"
    if _RECOVERY_CODES.search(value):
        return "set of recovery codes"
    if any(_looks_random(word) for word in _LONG_WORD.findall(_WEB_ADDRESS.sub(" ", value))):
        return "password or token (long random string)"
    return None


def key_secret_reason(key: str) -> str | None:
    if _SECRET_KEY.search(key):
        return f"secret field name ({key!r})"
    return None


def find_secrets(data: Any, path: str = "") -> Iterator[SecretFinding]:
    """Walk parsed TOML data and yield every key or value that looks like a secret."""
    if isinstance(data, dict):
        for key, value in data.items():
            child = f"{path}.{key}" if path else str(key)
            reason = key_secret_reason(str(key))
            if reason:
                yield SecretFinding(child, reason)
                continue
            yield from find_secrets(value, child)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from find_secrets(value, f"{path}[{index}]")
    elif isinstance(data, str):
        reason = value_secret_reason(data)
        if reason:
            yield SecretFinding(path, reason)
