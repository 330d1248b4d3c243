"""What `smpolicy register list/admins/show/path` print: rows, JSON models, CSV and Markdown.

Plain functions of a loaded `models.Register`; no I/O, so the commands are thin and every view
is tested directly.
"""

from __future__ import annotations

import csv
import difflib
import io
from typing import Any, Literal, Sequence

from pydantic import BaseModel

from smpolicy.errors import InputError
from smpolicy.models import Account, Register

LIST_COLUMNS = ("platform", "handle", "name", "status", "admins", "mfa", "credentials", "access review")
ADMIN_COLUMNS = ("platform", "type", "account", "status", "authorised admins")


class AccountList(BaseModel):
    schema_version: Literal[1] = 1
    register_path: str
    organisation: str
    accounts: list[Account]


class PlatformAdmins(BaseModel):
    platform: str
    type: str | None
    account: str
    handle: str | None
    status: str
    admins: list[str]


class AdminList(BaseModel):
    schema_version: Literal[1] = 1
    register_path: str
    organisation: str
    admins: list[PlatformAdmins]


class AccountDetails(BaseModel):
    schema_version: Literal[1] = 1
    register_path: str
    accounts: list[Account]


class RegisterInUse(BaseModel):
    schema_version: Literal[1] = 1
    path: str
    source: str
    detail: str
    bundled: bool


def filter_accounts(register: Register, platform: str | None = None, status: str | None = None) -> list[Account]:
    return [
        account
        for account in register.accounts
        if (platform is None or account.platform == platform) and (status is None or account.status == status)
    ]


def list_rows(accounts: Sequence[Account]) -> list[list[str]]:
    return [
        [
            account.platform,
            account.handle or "",
            account.name,
            account.status,
            "; ".join(account.admins),
            account.mfa,
            account.credentials_held_by or "",
            str(account.last_access_review) if account.last_access_review else "",
        ]
        for account in accounts
    ]


def admin_entries(register: Register, platform: str | None = None) -> list[PlatformAdmins]:
    """Authorised admins per platform (HSSIB005 Appendix 1's view), closed accounts left out."""
    from smpolicy.vocabulary import PLATFORMS

    accounts = [a for a in filter_accounts(register, platform) if a.status != "closed"]
    accounts.sort(key=lambda a: PLATFORMS.index(a.platform))  # stable: file order within a platform
    return [
        PlatformAdmins(
            platform=a.platform,
            type=a.type,
            account=a.name,
            handle=a.handle,
            status=a.status,
            admins=list(a.admins),
        )
        for a in accounts
    ]


def admin_rows(entries: Sequence[PlatformAdmins]) -> list[list[str]]:
    return [
        [
            entry.platform,
            entry.type or "",
            f"{entry.account} ({entry.handle})" if entry.handle else entry.account,
            entry.status,
            "; ".join(entry.admins) or "(none listed)",
        ]
        for entry in entries
    ]


def detail_rows(account: Account) -> list[list[str]]:
    """Field and value for every field the account has, then its history, oldest first."""
    rows: list[list[str]] = []
    for field, value in account.model_dump(mode="json", exclude={"history"}).items():
        if value in (None, [], ""):
            continue
        rows.append([field, "; ".join(value) if isinstance(value, list) else str(value)])
    for entry in account.history:
        text = entry.action
        text += f" by {entry.by}" if entry.by else ""
        text += f" (version {entry.version})" if entry.version else ""
        text += f": {entry.note}" if entry.note else ""
        rows.append([f"history {entry.on}", text])
    return rows


def find_accounts(register: Register, key: str) -> list[Account]:
    """Accounts matching a handle, name or `platform:handle`; unknown keys raise with close matches."""
    from smpolicy.store import match_accounts

    dumped = [account.model_dump() for account in register.accounts]
    found = [register.accounts[i] for i in match_accounts(dumped, key)]
    if not found:
        raise InputError(f"no account {key!r} in the register{close_matches(register.accounts, key)}")
    return found


def close_matches(accounts: Sequence[Any], key: str) -> str:
    """'; did you mean ...?' from handles, names and platform:handle keys, or a list of keys."""
    def get(account: Any, field: str) -> Any:
        return account.get(field) if hasattr(account, "get") else getattr(account, field, None)

    choices: dict[str, list[str]] = {}
    for account in accounts:
        label = f"{get(account, 'platform')}:{get(account, 'handle') or get(account, 'name')}"
        for candidate in (get(account, "handle"), get(account, "name"), label):
            if candidate:
                choices.setdefault(str(candidate).lower().lstrip("@"), []).append(label)
    close = difflib.get_close_matches(key.lower().strip().lstrip("@"), list(choices), n=3, cutoff=0.6)
    labels = list(dict.fromkeys(label for c in close for label in choices[c]))
    if labels:
        return f"; did you mean {', '.join(labels)}?"
    known = sorted({label for labels in choices.values() for label in labels})
    return f"; accounts: {', '.join(known)}" if known else "; the register has no accounts"


def to_csv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()


def to_markdown(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def cell(value: Any) -> str:
        return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
