"""Register hygiene: what `smpolicy register check` reports about each account.

The checks, each with the reason a comms team cares:

- `admins`: an active account with fewer than two admins is one absence away from being lost
  (every source policy has the comms team, not one person, answerable for official accounts);
  an admin that is a team ("Communications and Engagement Team") counts as enough on its own,
  since a team is several people (the seeds name teams, never individuals, as admins);
- `mfa`: an active or dormant account whose MFA is not "yes" (NCSC: turn on two-step
  verification for every organisational account);
- `credentials`: an active or dormant account whose credentials are not recorded as held by the
  communications team (Tavistock and Portman: "the comms team holds the credentials"; HSSIB005
  §5.3: official accounts are managed by the Communications Team);
- `access-review`: an active account whose admin list was never reviewed, or not within the
  register's `[review] access_review_every` (default 12 months);
- `dormant`: a dormant account with no `status_reason` or `status_since`;
- `duplicate-handle`: one handle listed twice on the same platform.

Closed and proposed accounts are only checked for duplicate handles: the first no longer exists,
the second does not exist yet. A month-precision date is read as the last day of its month (see
`dates.py`), so "2025-11" is due for review by 30 November 2026, not before.

No clock (callers pass `as_of`); only `check_file(s)` and `register_files` touch the file system.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Literal

from pydantic import BaseModel, ConfigDict

from smpolicy.errors import InputError, RegisterError

CHECKS = ("admins", "mfa", "credentials", "access-review", "dormant", "duplicate-handle")
MIN_ADMINS = 2
# An admin named as a group of people ("Communications and Engagement Team", "Digital
# Communications Department"), not one person or role.
_TEAM = re.compile(r"\b(?:team|teams|department|directorate|office|unit|hub|service|group)\b", re.IGNORECASE)
# "Communications and Engagement Team", "Comms team", "National communications team".
_COMMS_TEAM = re.compile(r"\bcomm(s|unications?)\b", re.IGNORECASE)


class RegisterFinding(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    line: int | None
    account: str  # platform:handle, else platform:name: a key `register show` accepts
    platform: str
    check: str
    message: str

    def text(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.account}: {self.message}"


class CheckReport(BaseModel):
    """`register check --format json`: findings, and files that could not be checked."""

    schema_version: Literal[1] = 1
    as_of: dt.date
    files: list[str]
    findings: list[RegisterFinding]
    errors: list[str]


def check_text(text: str, path: Path, as_of: dt.date) -> list[RegisterFinding]:
    """Validate a register's text and return its hygiene findings.

    Raises `RegisterError` (exit 2) for anything that stops the file loading, except duplicate
    handles, which are findings.
    """
    from smpolicy import registers

    data = registers.parse_toml(text, path)
    register = registers.validate(data, text, path, duplicate_handles_allowed=True)
    return check_register(register, text, path, as_of)


def check_register(register: Any, text: str, path: Path, as_of: dt.date) -> list[RegisterFinding]:
    every = register.review.access_review_every
    found: list[tuple[int, RegisterFinding]] = []
    for index, account in enumerate(register.accounts):
        where = _Locator(text, path, index, account)
        for key, check, message in _account_problems(account, every, as_of):
            found.append((index, where.finding(key, check, message)))
    found.extend(_duplicate_handles(register, text, path))
    # One account's findings together, in file order, then checks in a fixed order.
    found.sort(key=lambda item: (item[0], item[1].line or 0, CHECKS.index(item[1].check)))
    return [finding for _index, finding in found]


def account_label(account: Any) -> str:
    return f"{account.platform}:{account.handle or account.name}"


@dataclass(frozen=True)
class _Locator:
    text: str
    path: Path
    index: int
    account: Any

    def finding(self, key: str | None, check: str, message: str) -> RegisterFinding:
        from smpolicy.registers import locate

        present = key is not None and key in self.account.model_fields_set
        loc = ("accounts", self.index, key) if present else ("accounts", self.index)
        return RegisterFinding(
            path=str(self.path),
            line=locate(self.text, loc),
            account=account_label(self.account),
            platform=self.account.platform,
            check=check,
            message=message,
        )


def _account_problems(account: Any, every: Any, as_of: dt.date) -> Iterator[tuple[str | None, str, str]]:
    """(key to point at, check, message) for each problem with one account."""
    if account.status == "active":
        yield from _admin_problems(account)
    if account.status in ("active", "dormant"):
        yield from _security_problems(account)
    if account.status == "active":
        yield from _access_review_problems(account, every, as_of)
    if account.status == "dormant":
        yield from _dormant_problems(account)


def _admin_problems(account: Any) -> Iterator[tuple[str | None, str, str]]:
    admins = account.admins
    if any(_TEAM.search(admin) for admin in admins):
        return  # a team is several people: one absence does not lock the account
    if len(admins) < MIN_ADMINS:
        listed = "no admins listed" if not admins else f"only one admin listed ({admins[0]})"
        yield "admins", "admins", f"active account with {listed}; list at least {MIN_ADMINS} so access is never lost"


def _security_problems(account: Any) -> Iterator[tuple[str | None, str, str]]:
    if account.mfa == "no":
        yield "mfa", "mfa", "MFA is off; turn on two-step verification"
    elif account.mfa == "unknown":
        yield "mfa", "mfa", "MFA status unknown; record whether two-step verification is on"
    holder = account.credentials_held_by
    if not holder:
        yield None, "credentials", "no record of who holds the credentials; they should be held by the communications team"
    elif not _COMMS_TEAM.search(holder):
        yield "credentials_held_by", "credentials", f"credentials held by {holder!r}, not the communications team"


def access_review_due(last: Any, every: Any) -> dt.date:
    """The day an access review is due: the last review (month dates at month end) plus the interval."""
    return every.add_to(last.latest())


def _access_review_problems(account: Any, every: Any, as_of: dt.date) -> Iterator[tuple[str | None, str, str]]:
    last = account.last_access_review
    if last is None:
        yield None, "access-review", f"no access review recorded (review admins every {every})"
        return
    due = access_review_due(last, every)
    if due < as_of:
        yield (
            "last_access_review",
            "access-review",
            f"access review overdue: last reviewed {last.human()}, due by {due.strftime('%-d %B %Y')} (every {every})",
        )


def _dormant_problems(account: Any) -> Iterator[tuple[str | None, str, str]]:
    if not (account.status_reason or "").strip():
        yield None, "dormant", "dormant with no status_reason: record why it is no longer used"
    if account.status_since is None:
        yield None, "dormant", "dormant with no status_since: record when it stopped being used"


def _duplicate_handles(register: Any, text: str, path: Path) -> Iterator[tuple[int, RegisterFinding]]:
    first: dict[tuple[str, str], int] = {}
    for index, account in enumerate(register.accounts):
        if not account.handle:
            continue
        key = (account.platform, account.handle.strip().lower().lstrip("@"))
        if key not in first:
            first[key] = index
            continue
        original = register.accounts[first[key]]
        line = _Locator(text, path, first[key], original).finding("handle", "duplicate-handle", "").line
        where = f"line {line}" if line else f"accounts[{first[key]}]"
        message = f"handle {account.handle} on {account.platform} is already used by {original.name!r} ({where})"
        yield index, _Locator(text, path, index, account).finding("handle", "duplicate-handle", message)


def check_file(path: Path, as_of: dt.date) -> list[RegisterFinding]:
    """Read one register file and check it. The only function here that reads a file."""
    from smpolicy.registers import read_text

    return check_text(read_text(path), path, as_of)


def register_files(path: Path) -> list[Path]:
    """A register file, or every `.toml` in a folder of registers (sorted)."""
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise RegisterError("folder holds no .toml registers", path=path)
        return files
    return [path]


def check_files(paths: list[Path], as_of: dt.date) -> CheckReport:
    """Check several registers (pre-commit passes them all at once); one bad file stops no other."""
    findings: list[RegisterFinding] = []
    errors: list[str] = []
    for path in paths:
        try:
            findings.extend(check_file(path, as_of))
        except InputError as error:
            errors.append(str(error))
    return CheckReport(as_of=as_of, files=[str(p) for p in paths], findings=findings, errors=errors)
